#include "catalogue/BulkConnection.h"

#include "catalogue/Database.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"

#include <algorithm>

namespace dalil {

BulkConnection::BulkConnection(Database& db, qint64 records, bool emptyCatalogue)
    : m_db(db)
{
    {
        SqlStatement cache(db.handle(), "PRAGMA cache_size");
        m_cacheSize = cache.step() ? cache.int64(0) : 0;
    }
    // About 1.5 KiB of pages a record with its office and contact (tables and indexes).
    const qint64 kib = std::min<qint64>(records * 3 / 2, 256 * 1024);
    const qint64 current = m_cacheSize < 0 ? -m_cacheSize : m_cacheSize * 4;
    if (kib > current) {
        db.setCacheKib(int(kib));
        m_cacheChanged = true;
    }
    {
        SqlStatement pages(db.handle(), "PRAGMA wal_autocheckpoint");
        m_autoCheckpoint = pages.step() ? pages.int64(0) : -1;
    }
    if (m_autoCheckpoint > 0) {
        db.execute("PRAGMA wal_autocheckpoint = 0");
    }
    if (emptyCatalogue) {
        {
            SqlStatement keys(db.handle(), "PRAGMA foreign_keys");
            m_foreignKeys = keys.step() && keys.int64(0) == 1;
        }
        if (m_foreignKeys) {
            db.execute("PRAGMA foreign_keys = OFF");
        }
    }
}

BulkConnection::~BulkConnection()
{
    try {
        if (m_foreignKeys) {
            m_db.execute("PRAGMA foreign_keys = ON");
        }
        if (m_autoCheckpoint > 0) {
            const QByteArray pragma = "PRAGMA wal_autocheckpoint = " + QByteArray::number(m_autoCheckpoint);
            m_db.execute(pragma.constData());
        }
        if (m_cacheChanged) {
            // Negative: KiB; positive: pages, as PRAGMA cache_size said.
            const QByteArray pragma = "PRAGMA cache_size = " + QByteArray::number(m_cacheSize);
            m_db.execute(pragma.constData());
        }
    } catch (const DbError&) {
        // Only a connection that is being lost refuses a pragma.
    }
}

} // namespace dalil
