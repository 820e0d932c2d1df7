#include "search/SearchIndex.h"

#include "catalogue/Database.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"
#include "search/SearchDocumentBuilder.h"
#include "search/SearchIndexFromRecords.h"
#include "search/SearchIndexRebuild.h"
#include "search/SearchIndexUpkeep.h"
#include "search/SearchIndexWriter.h"

namespace dalil {

SearchIndex::SearchIndex(Database& db)
    : m_db(db)
    , m_builder(std::make_unique<SearchDocumentBuilder>(db))
    , m_writer(std::make_unique<SearchIndexWriter>(db))
{
    // A bulk writer that died before the end of its BulkScope left the triggers off (the index
    // must be rebuilt), or left what it committed queued (reindexed at the next ensureFresh()).
    if (!m_db.meta(QStringLiteral("search_bulk")).isNull()) {
        m_db.transaction([&] {
            m_db.execute("DELETE FROM meta WHERE key = 'search_bulk'");
            m_db.setMeta(QStringLiteral("search_stale"), QStringLiteral("1"));
        });
    }
    if (!m_db.meta(QStringLiteral("search_defer")).isNull()) {
        m_db.transaction([&] {
            m_db.execute("DELETE FROM meta WHERE key = 'search_defer'");
            m_db.setMeta(QStringLiteral("search_pending"), QStringLiteral("1"));
        });
    }
}

SearchIndex::~SearchIndex() = default;

bool SearchIndex::isStale() const
{
    return m_db.meta(QStringLiteral("search_stale")) == QLatin1String("1") || isPending();
}

bool SearchIndex::isPending() const
{
    return m_db.meta(QStringLiteral("search_pending")) == QLatin1String("1");
}

void SearchIndex::markStale()
{
    m_db.transaction([&] { m_db.setMeta(QStringLiteral("search_stale"), QStringLiteral("1")); });
}

void SearchIndex::flush()
{
    if (isPending() || m_db.meta(QStringLiteral("search_defer")) == QLatin1String("1")) {
        // A bulk write's records wait in the queue for one batched reindex (ensureFresh()); later
        // writes join them.
        return;
    }
    SqlStatement& count =
        m_db.statement("SELECT count(*), min(kind) FROM (SELECT kind FROM search_queue LIMIT ?)");
    count.bind(1, qint64(kIncrementalLimit + 1));
    count.step();
    const qint64 queued = count.int64(0);
    const qint64 minKind = count.int64(1);
    count.reset();
    if (queued == 0) {
        return;
    }
    if (minKind < 0 && queued == 1) {
        SqlStatement& indexed = m_db.statement("SELECT EXISTS (SELECT 1 FROM search_doc)");
        indexed.step();
        const bool empty = indexed.int64(0) == 0;
        indexed.reset();
        if (empty) {
            // New vocabulary labels and nothing indexed yet (a new catalogue): nothing to redo.
            m_db.execute("DELETE FROM search_queue");
            m_builder->forgetVocabulary();
            return;
        }
    }
    if (queued > kIncrementalLimit || minKind < 0 ||
        m_db.meta(QStringLiteral("search_stale")) == QLatin1String("1")) {
        // Too much for row-by-row work (or a vocabulary change touching every record): rebuild later.
        m_db.execute("DELETE FROM search_queue");
        m_db.setMeta(QStringLiteral("search_stale"), QStringLiteral("1"));
        return;
    }
    SearchIndexUpkeep(m_db, *m_builder, *m_writer).reindexQueue();
}

bool SearchIndex::ensureFresh()
{
    if (m_db.meta(QStringLiteral("search_stale")) == QLatin1String("1")) {
        rebuild();
        return true;
    }
    if (!isPending()) {
        return false;
    }
    m_db.transaction([&] {
        SqlStatement vocabulary(m_db.handle(), "SELECT EXISTS (SELECT 1 FROM search_queue WHERE kind < 0)");
        vocabulary.step();
        if (vocabulary.int64(0) != 0) {
            // A vocabulary label changed: every record that names it is affected.
            SearchIndexRebuild(m_db, *m_builder, *m_writer).run({});
        } else {
            SearchIndexUpkeep(m_db, *m_builder, *m_writer).reindexQueue();
        }
        m_db.execute("DELETE FROM meta WHERE key IN ('search_pending', 'search_defer')");
    });
    return true;
}

void SearchIndex::rebuild(const std::function<void(qint64)>& progress)
{
    m_db.transaction([&] {
        SearchIndexRebuild(m_db, *m_builder, *m_writer).run(progress);
        m_db.execute("DELETE FROM meta WHERE key IN ('search_pending', 'search_defer')");
    });
}

bool SearchIndex::fill(SearchIndexFromRecords& documents, const std::function<void(qint64)>& progress)
{
    return documents.write(*m_writer, progress);
}

namespace {

qint64 indexedRecords(Database& db)
{
    if (db.meta(QStringLiteral("search_stale")) == QLatin1String("1")) {
        return 0;
    }
    // Organisations too: a bulk write into a catalogue without any goes through BulkLoad, which
    // drops the queueing triggers.
    SqlStatement indexed(db.handle(),
                         "SELECT EXISTS (SELECT 1 FROM search_doc) AND EXISTS (SELECT 1 FROM organisation)");
    indexed.step();
    return indexed.int64(0) != 0 ? db.meta(QStringLiteral("search_docs")).toLongLong() : 0;
}

} // namespace

SearchIndex::BulkScope::BulkScope(Database& db, qint64 expectedRecords)
    : m_db(db)
{
    m_db.transaction([&] {
        const qint64 indexed = indexedRecords(m_db);
        m_queueing = expectedRecords >= 0 ? indexed > 0 && expectedRecords * kRebuildShareDivisor <= indexed
                                          : indexed >= kQueueingIndexSize;
        m_db.setMeta(m_queueing ? QStringLiteral("search_defer") : QStringLiteral("search_bulk"),
                     QStringLiteral("1"));
    });
}

SearchIndex::BulkScope::~BulkScope()
{
    try {
        m_db.transaction([&] {
            if (m_queueing) {
                m_db.execute("DELETE FROM meta WHERE key = 'search_defer'");
                SqlStatement queued(m_db.handle(), "SELECT count(*) FROM search_queue");
                queued.step();
                const qint64 indexed = indexedRecords(m_db);
                if (queued.int64(0) * kRebuildShareDivisor > indexed) {
                    m_db.execute("DELETE FROM search_queue");
                    m_db.setMeta(QStringLiteral("search_stale"), QStringLiteral("1"));
                } else if (queued.int64(0) > 0) {
                    m_db.setMeta(QStringLiteral("search_pending"), QStringLiteral("1"));
                }
                return;
            }
            m_db.execute("DELETE FROM meta WHERE key = 'search_bulk'");
            m_db.setMeta(QStringLiteral("search_stale"), QStringLiteral("1"));
        });
    } catch (const DbError&) {
        // The next SearchIndex constructed on this catalogue clears the mark and marks the index
        // stale (or its queue pending).
    }
}

} // namespace dalil
