#include "sync/LongSyncWrite.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dalil {

LongSyncWrite& LongSyncWrite::instance()
{
    // Never deleted: a sync may end during exit. It lives on the application's thread, whichever
    // thread asked first.
    static LongSyncWrite* board = [] {
        auto* made = new LongSyncWrite;
        if (QCoreApplication* app = QCoreApplication::instance()) {
            made->moveToThread(app->thread());
        }
        return made;
    }();
    return *board;
}

QString LongSyncWrite::key(const QString& cataloguePath)
{
    // The window and the sync open the same file, perhaps by different paths.
    const QFileInfo info(cataloguePath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool LongSyncWrite::isHeld(const QString& cataloguePath) const
{
    const QString k = key(cataloguePath);
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_held.value(k) > 0;
}

LongSyncWrite::Scope::Scope(const QString& cataloguePath)
    : m_key(key(cataloguePath))
{
    LongSyncWrite& board = instance();
    std::lock_guard<std::mutex> lock(board.m_mutex);
    ++board.m_held[m_key];
}

LongSyncWrite::Scope::~Scope()
{
    LongSyncWrite& board = instance();
    {
        std::lock_guard<std::mutex> lock(board.m_mutex);
        if (--board.m_held[m_key] <= 0) {
            board.m_held.remove(m_key);
        }
    }
    emit board.released(m_key);
}

} // namespace dalil
