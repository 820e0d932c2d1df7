#include "search/SearchIndex.h"

#include "catalogue/Database.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"
#include "search/SearchDocumentBuilder.h"
#include "search/SearchIndexRebuild.h"
#include "search/SearchIndexUpkeep.h"
#include "search/SearchIndexWriter.h"

namespace dalil {

SearchIndex::SearchIndex(Database& db)
    : m_db(db)
    , m_builder(std::make_unique<SearchDocumentBuilder>(db))
    , m_writer(std::make_unique<SearchIndexWriter>(db))
{
    // A bulk writer that died before the end of its BulkScope left the triggers off.
    if (!m_db.meta(QStringLiteral("search_bulk")).isNull()) {
        m_db.transaction([&] {
            m_db.execute("DELETE FROM meta WHERE key = 'search_bulk'");
            m_db.setMeta(QStringLiteral("search_stale"), QStringLiteral("1"));
        });
    }
}

SearchIndex::~SearchIndex() = default;

bool SearchIndex::isStale() const
{
    return m_db.meta(QStringLiteral("search_stale")) == QLatin1String("1");
}

void SearchIndex::markStale()
{
    m_db.transaction([&] { m_db.setMeta(QStringLiteral("search_stale"), QStringLiteral("1")); });
}

void SearchIndex::flush()
{
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
    if (queued > kIncrementalLimit || minKind < 0 || isStale()) {
        // Too much for row-by-row work (or a vocabulary change touching every record): rebuild later.
        m_db.execute("DELETE FROM search_queue");
        m_db.setMeta(QStringLiteral("search_stale"), QStringLiteral("1"));
        return;
    }
    SearchIndexUpkeep(m_db, *m_builder, *m_writer).reindexQueue();
}

bool SearchIndex::ensureFresh()
{
    if (isStale()) {
        rebuild();
        return true;
    }
    return false;
}

void SearchIndex::rebuild(const std::function<void(qint64)>& progress)
{
    m_db.transaction([&] { SearchIndexRebuild(m_db, *m_builder, *m_writer).run(progress); });
}

SearchIndex::BulkScope::BulkScope(Database& db)
    : m_db(db)
{
    m_db.transaction([&] { m_db.setMeta(QStringLiteral("search_bulk"), QStringLiteral("1")); });
}

SearchIndex::BulkScope::~BulkScope()
{
    try {
        m_db.transaction([&] {
            m_db.execute("DELETE FROM meta WHERE key = 'search_bulk'");
            m_db.setMeta(QStringLiteral("search_stale"), QStringLiteral("1"));
        });
    } catch (const DbError&) {
        // The next SearchIndex constructed on this catalogue clears the mark and marks it stale.
    }
}

} // namespace dalil
