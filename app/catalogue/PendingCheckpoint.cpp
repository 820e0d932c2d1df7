#include "catalogue/PendingCheckpoint.h"

#include <QFileInfo>

namespace dalil {

std::mutex PendingCheckpoint::s_mutex;
QHash<QString, int> PendingCheckpoint::s_pending;
std::atomic<int> PendingCheckpoint::s_scopes{0};

QString PendingCheckpoint::key(const QString& cataloguePath)
{
    const QFileInfo info(cataloguePath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool PendingCheckpoint::isPending(const QString& key)
{
    if (s_scopes.load(std::memory_order_acquire) == 0) {
        return false;
    }
    std::lock_guard<std::mutex> lock(s_mutex);
    return s_pending.value(key) > 0;
}

PendingCheckpoint::Scope::Scope(const QString& cataloguePath)
    : m_key(key(cataloguePath))
{
    std::lock_guard<std::mutex> lock(s_mutex);
    ++s_pending[m_key];
    ++s_scopes;
}

PendingCheckpoint::Scope::~Scope()
{
    std::lock_guard<std::mutex> lock(s_mutex);
    if (--s_pending[m_key] <= 0) {
        s_pending.remove(m_key);
    }
    --s_scopes;
}

} // namespace dalil
