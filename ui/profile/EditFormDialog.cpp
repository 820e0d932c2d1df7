#include "profile/EditFormDialog.h"

#include "sync/SaveAfterSync.h"

#include <QEventLoop>
#include <QPointer>

namespace dalil {

EditFormDialog::EditFormDialog(const QString& cataloguePath, QWidget* parent)
    : QDialog(parent)
{
    m_saveAfterSync = new SaveAfterSync(cataloguePath, this);
    connect(m_saveAfterSync, &SaveAfterSync::waitStarted, this, &EditFormDialog::stopBlocking);
}

EditFormDialog::~EditFormDialog()
{
    if (m_loop) {
        m_loop->exit();
    }
}

int EditFormDialog::exec()
{
    if (m_loop) {
        return -1; // already running
    }
    const Qt::WindowModality before = windowModality();
    setResult(0);
    setWindowModality(Qt::ApplicationModal);
    show();
    QEventLoop loop;
    m_loop = &loop;
    QPointer<EditFormDialog> guard(this);
    loop.exec(QEventLoop::DialogExec);
    if (!guard) {
        return QDialog::Rejected;
    }
    m_loop = nullptr;
    setWindowModality(before);
    return result();
}

void EditFormDialog::done(int result)
{
    QDialog::done(result);
    if (m_loop) {
        m_loop->exit();
    }
}

void EditFormDialog::setVisible(bool visible)
{
    QDialog::setVisible(visible);
    // Hidden by anyone (as QDialog::exec() ends then), except while shown again without modality.
    if (!visible && m_loop && !m_reshowing) {
        m_loop->exit();
    }
}

void EditFormDialog::reject()
{
    if (!m_saveAfterSync->confirmDiscard()) {
        return; // the edit goes on waiting
    }
    QDialog::reject();
}

void EditFormDialog::stopBlocking()
{
    if (!blocksWindows()) {
        return;
    }
    QWidget* focus = focusWidget();
    const QRect where = geometry();
    m_reshowing = true;
    hide();
    setWindowModality(Qt::NonModal);
    setGeometry(where);
    show();
    m_reshowing = false;
    if (focus) {
        focus->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace dalil
