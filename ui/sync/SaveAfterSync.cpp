#include "sync/SaveAfterSync.h"

#include "sync/LongSyncWrite.h"

#include <QDialog>
#include <QEvent>
#include <QList>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

#include <memory>

namespace dalil {

namespace {

// Every notice of the application (the window's thread only): quitting asks about all of them.
QList<SaveAfterSync*>& notices()
{
    static QList<SaveAfterSync*> all;
    return all;
}

} // namespace

SaveAfterSync::SaveAfterSync(QString cataloguePath, QWidget* parent)
    : QLabel(parent)
    , m_path(std::move(cataloguePath))
{
    setObjectName(QStringLiteral("saveAfterSync"));
    setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
    hide();
    // Queued: the sync's thread says so, this label acts on the window's thread.
    connect(&LongSyncWrite::instance(), &LongSyncWrite::released, this, &SaveAfterSync::onReleased,
            Qt::QueuedConnection);
    m_retry.setSingleShot(true);
    m_retry.setInterval(1000);
    connect(&m_retry, &QTimer::timeout, this, &SaveAfterSync::retry);
    notices().append(this);
    retranslate();
}

SaveAfterSync::~SaveAfterSync()
{
    notices().removeAll(this);
}

bool SaveAfterSync::waitIfSyncing(std::function<void()> save)
{
    if (!LongSyncWrite::instance().isHeld(m_path)) {
        return false;
    }
    m_retry.stop();
    m_refusedSince.invalidate();
    m_save = std::move(save);
    m_reason = Reason::FirstPull;
    retranslate();
    show();
    emit waitStarted();
    return true;
}

bool SaveAfterSync::waitForOtherProgram(std::function<void()> save)
{
    if (!m_refusedSince.isValid()) {
        m_refusedSince.start();
    } else if (m_refusedSince.elapsed() >= m_patienceMs) {
        m_save = nullptr;
        stopWaiting();
        return false;
    }
    m_save = std::move(save);
    m_reason = Reason::OtherProgram;
    retranslate();
    show();
    m_retry.start();
    emit waitStarted();
    return true;
}

void SaveAfterSync::discard()
{
    m_save = nullptr;
    stopWaiting();
}

void SaveAfterSync::stopWaiting()
{
    m_retry.stop();
    m_refusedSince.invalidate();
    m_reason = Reason::None;
    hide();
}

void SaveAfterSync::onReleased()
{
    if (!m_save || m_reason != Reason::FirstPull || LongSyncWrite::instance().isHeld(m_path)) {
        return;
    }
    const std::function<void()> save = std::move(m_save);
    m_save = nullptr;
    stopWaiting();
    save();
    emit waitEnded();
}

void SaveAfterSync::retry()
{
    if (!m_save || m_reason != Reason::OtherProgram) {
        return;
    }
    const std::function<void()> save = std::move(m_save);
    m_save = nullptr;
    save(); // waits again (m_save set anew) while the other program goes on writing
    if (!m_save) {
        stopWaiting();
    }
    emit waitEnded();
}

bool SaveAfterSync::confirmDiscard()
{
    if (!isWaiting()) {
        return true;
    }
    QMessageBox box(QMessageBox::Question, tr("Unsaved change"),
                    m_reason == Reason::FirstPull
                        ? tr("Your change is not saved yet: it waits for the first download from the hub "
                             "to end and will be saved by itself then. Discard your unsaved change?")
                        : tr("Your change is not saved yet: another program is writing to the catalogue, "
                             "and Dalil saves your change as soon as it has finished. Discard your "
                             "unsaved change?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("discardWaitingSave"));
    QPushButton* discardButton = box.addButton(tr("&Discard the change"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(tr("&Keep waiting"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != discardButton) {
        return false;
    }
    discard();
    return true;
}

bool SaveAfterSync::confirmQuit(QWidget* window)
{
    QList<QPointer<SaveAfterSync>> waiting;
    for (SaveAfterSync* notice : notices()) {
        if (notice->isWaiting()) {
            waiting.append(notice);
        }
    }
    if (waiting.isEmpty()) {
        return true;
    }
    const bool firstPull = waiting.first()->reason() == Reason::FirstPull;
    QMessageBox box(QMessageBox::Question, tr("Unsaved change"),
                    firstPull ? tr("A change you made is not saved yet: it waits for the first download "
                                   "from the hub to end. Wait for the download and quit once the change "
                                   "is saved, keep editing, or discard the change and quit?")
                              : tr("A change you made is not saved yet: another program is writing to the "
                                   "catalogue. Wait and quit once the change is saved, keep editing, or "
                                   "discard the change and quit?"),
                    QMessageBox::NoButton, window);
    box.setObjectName(QStringLiteral("quitWithWaitingSave"));
    QPushButton* wait = box.addButton(tr("&Wait, then quit"), QMessageBox::AcceptRole);
    QPushButton* keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    QPushButton* discardButton = box.addButton(tr("&Discard and quit"), QMessageBox::DestructiveRole);
    box.setDefaultButton(wait);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == discardButton) {
        for (const QPointer<SaveAfterSync>& notice : waiting) {
            if (notice) {
                notice->discard();
                if (auto* dialog = qobject_cast<QDialog*>(notice->window())) {
                    dialog->reject();
                }
            }
        }
        return true;
    }
    if (box.clickedButton() == wait) {
        // Closed again once no form waits any more; a save that fails leaves its form open, and the
        // window with it.
        QPointer<QWidget> target(window);
        auto closeWhenSaved = [target, waiting] {
            for (const QPointer<SaveAfterSync>& notice : waiting) {
                if (notice && (notice->isWaiting() || notice->window()->isVisible())) {
                    return;
                }
            }
            if (target) {
                target->close();
            }
        };
        for (const QPointer<SaveAfterSync>& notice : waiting) {
            connect(notice.data(), &SaveAfterSync::waitEnded, window, closeWhenSaved, Qt::QueuedConnection);
        }
    }
    return false;
}

void SaveAfterSync::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QLabel::changeEvent(event);
}

void SaveAfterSync::retranslate()
{
    if (m_reason == Reason::OtherProgram) {
        setText(tr("Another program is writing to the catalogue (an import, a sync or another Dalil "
                   "window), so your change cannot be saved yet. It is kept in this form and saved by "
                   "itself as soon as that program has finished."));
        return;
    }
    setText(tr("The catalogue is receiving its first download from the hub and cannot be changed until "
               "it ends. Your change is kept in this form and will be saved by itself as soon as the "
               "download is over."));
}

QString SaveAfterSync::gaveUpMessage() const
{
    return tr("Your change could not be saved: another program has been writing to the catalogue for "
              "%1 seconds (an import, a sync or another Dalil window). Your change is still in this "
              "form: wait for that program to finish or close it, then press Save again.")
        .arg(QLocale().toString(m_patienceMs / 1000));
}

} // namespace dalil
