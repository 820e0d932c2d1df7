#pragma once

#include <QtGlobal>

namespace dalil {

class Database;

// A big import's connection settings, for the length of the import, put back as they were.
// - A page cache that holds the whole transaction: each new page is written to the WAL once, at the
//   commit, instead of spilled and written again, and the index builds at the end read the tables
//   from memory (SyncEngine's first pull does the same).
// - Into an empty catalogue, no foreign-key lookup per office and contact: every organisation_id
//   the import writes is that of an organisation it has just inserted (an import that updates the
//   catalogue keeps the checks). SQLite takes this pragma outside a transaction only.
// - No automatic checkpoint: the commits do not copy every new page from the WAL into the file (as
//   long again as writing them, mostly waiting for the disk); the caller copies them once, after it
//   has reported the import done (ImportJob::checkpoint). SyncEngine's first pull does the same.
class BulkConnection
{
public:
    // `records`: about how many the import writes (the page cache is sized for them).
    BulkConnection(Database& db, qint64 records, bool emptyCatalogue);
    ~BulkConnection();
    BulkConnection(const BulkConnection&) = delete;
    BulkConnection& operator=(const BulkConnection&) = delete;

private:
    Database& m_db;
    qint64 m_cacheSize = 0;
    qint64 m_autoCheckpoint = -1; // pages, as PRAGMA wal_autocheckpoint said
    bool m_cacheChanged = false;
    bool m_foreignKeys = false;
};

} // namespace dalil
