#include "sync/SaveAfterSync.h"

#include "sync/LongSyncWrite.h"

#include <QEvent>

namespace dalil {

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
    retranslate();
}

bool SaveAfterSync::waitIfSyncing(std::function<void()> save)
{
    if (!LongSyncWrite::instance().isHeld(m_path)) {
        return false;
    }
    m_save = std::move(save);
    show();
    return true;
}

void SaveAfterSync::onReleased()
{
    if (!m_save || LongSyncWrite::instance().isHeld(m_path)) {
        return;
    }
    hide();
    const std::function<void()> save = std::move(m_save);
    m_save = nullptr;
    save();
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
    setText(tr("The catalogue is receiving its first download from the hub and cannot be changed until "
               "it ends. Your change is kept in this form and will be saved by itself as soon as the "
               "download is over."));
}

} // namespace dalil
