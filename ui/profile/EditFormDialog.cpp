#include "profile/EditFormDialog.h"

#include "sync/SaveAfterSync.h"

#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace dalil {

EditFormDialog::EditFormDialog(const QString& cataloguePath, QWidget* parent)
    : QDialog(parent)
{
    m_saveAfterSync = new SaveAfterSync(cataloguePath, this);
    connect(m_saveAfterSync, &SaveAfterSync::waitStarted, this, &EditFormDialog::stopBlocking);
    // The window's Ctrl+Q (an application shortcut) does not reach a window a modal form blocks;
    // this one is on only while the form blocks, so the two never compete for the keys.
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setShortcutContext(Qt::WindowShortcut);
    m_quit->setEnabled(false);
    addAction(m_quit);
    connect(m_quit, &QAction::triggered, this, &EditFormDialog::quitFromForm);
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
    m_quit->setEnabled(true);
    QEventLoop loop;
    m_loop = &loop;
    QPointer<EditFormDialog> guard(this);
    loop.exec(QEventLoop::DialogExec);
    if (!guard) {
        return QDialog::Rejected;
    }
    m_loop = nullptr;
    m_quit->setEnabled(false);
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
    m_quit->setEnabled(false); // from now on the window's own Ctrl+Q is heard here
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

void EditFormDialog::quitFromForm()
{
    if (!blocksWindows()) {
        return;
    }
    QPointer<QWidget> window = parentWidget() ? parentWidget()->window() : nullptr;
    if (!window) {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMainWindow*>(widget)) {
                window = widget;
            }
        }
    }
    if (hasUnsavedChanges()) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved change"),
                        tr("This form holds a change that is not saved yet. Save it and quit, keep "
                           "editing, or discard it and quit?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("quitWithOpenForm"));
        QPushButton* save = box.addButton(tr("&Save and quit"), QMessageBox::AcceptRole);
        QPushButton* keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        QPushButton* discard = box.addButton(tr("&Discard and quit"), QMessageBox::DestructiveRole);
        box.setDefaultButton(save);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() == save) {
            accept();
            // A field that fails its check keeps the form open, and the window with it; a save
            // that has to wait is asked about again by the window as it closes.
            if (isVisible() && !m_saveAfterSync->isWaiting()) {
                return;
            }
        } else if (box.clickedButton() == discard) {
            done(QDialog::Rejected);
        } else {
            return;
        }
    } else {
        done(QDialog::Rejected);
    }
    if (m_loop && !isVisible()) {
        m_loop->exit();
    }
    // Once the form's own event loop has returned: closing the window is then what Ctrl+Q does
    // there (it asks about an edit still waiting, saves the settings and quits).
    if (window) {
        QTimer::singleShot(0, window, [window] {
            if (window) {
                window->close();
            }
        });
    }
}

} // namespace dalil
