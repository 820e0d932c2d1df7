#include "search/SearchIndexRebuild.h"

#include "catalogue/Database.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"
#include "search/SearchDocPreparer.h"
#include "search/SearchDocumentBuilder.h"
#include "search/SearchIndexWriter.h"
#include "search/SearchKeySorter.h"
#include "search/SortedStream.h"
#include "search/ThreadCpu.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QPair>
#include <QScopeGuard>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <vector>

namespace dalil {

namespace {

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Phase times on stderr when DALIL_SEARCH_PROFILE is set (what to look at when the rebuild is slow).
class PhaseClock
{
public:
    PhaseClock()
        : m_on(qEnvironmentVariableIsSet("DALIL_SEARCH_PROFILE"))
    {
        m_wall.start();
        m_cpu = cpuMs();
    }
    void lap(const char* phase)
    {
        if (!m_on) {
            return;
        }
        const double cpu = cpuMs();
        std::fprintf(stderr, "search rebuild: %-12s %8lld ms wall %8.0f ms CPU\n", phase,
                     qint64(m_wall.restart()), cpu - m_cpu);
        m_cpu = cpu;
    }

    void note(const char* what, double ms)
    {
        if (m_on) {
            std::fprintf(stderr, "search rebuild: %-12s %8.0f ms CPU\n", what, ms);
        }
    }

private:
    bool m_on;
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

constexpr size_t kBatch = 256;

} // namespace

SearchIndexRebuild::CacheScope::CacheScope(Database& db)
    : m_db(db)
{
    {
        SqlStatement cache(db.handle(), "PRAGMA cache_size");
        m_cacheSize = cache.step() ? cache.int64(0) : 0;
    }
    // The largest rowids are a cheap upper bound of the record counts (no table scan).
    qint64 records = 0;
    for (const char* sql : {"SELECT max(rowid) FROM organisation", "SELECT max(rowid) FROM funding",
                            "SELECT max(rowid) FROM resource", "SELECT max(rowid) FROM event"}) {
        SqlStatement count(db.handle(), sql);
        if (count.step()) {
            records += count.int64(0);
        }
    }
    m_records = records;
    const qint64 needKib = std::min<qint64>(records * 13 / 10, 256 * 1024);
    const qint64 currentKib = m_cacheSize < 0 ? -m_cacheSize : m_cacheSize * 4;
    if (needKib > 1024) {
        db.setCacheKib(int(std::min<qint64>(currentKib + needKib, INT_MAX)));
        m_changed = true;
    }
}

SearchIndexRebuild::CacheScope::~CacheScope()
{
    if (!m_changed) {
        return;
    }
    try {
        // Negative: KiB; positive: pages, as PRAGMA cache_size said.
        const QByteArray pragma = "PRAGMA cache_size = " + QByteArray::number(m_cacheSize);
        m_db.execute(pragma.constData());
    } catch (const DbError&) {
        // Only a connection that is being lost refuses a pragma.
    }
}

SearchIndexRebuild::SearchIndexRebuild(Database& db, SearchDocumentBuilder& builder,
                                       SearchIndexWriter& writer)
    : m_db(db)
    , m_builder(builder)
    , m_writer(writer)
{
}

void SearchIndexRebuild::run(const std::function<void(qint64)>& progress)
{
    PhaseClock clock;
    const CacheScope cache(m_db);
    m_builder.loadVocabulary();
    clear(m_db);
    m_writer.resetSequence();
    clock.lap("clear");
    SearchDocPreparer preparer;
    SearchKeySorter keys;
    // A record has about three exact keys (a name in two scripts, one of them clitic-stripped).
    keys.reserve(cache.records() * 3);
    qint64 indexed = 0;
    double namesLength = 0;
    double bodyLength = 0;
    auto store = [&](const PreparedDoc& prepared) {
        const qint64 docid = SearchIndexWriter::docidFor(prepared.doc.importance, m_writer.nextSequence());
        m_writer.insertDocRow(docid, prepared.doc, prepared.names, prepared.body, prepared.skel,
                              prepared.keys);
        for (const QByteArray& key : prepared.exactKeys) {
            keys.add(key, docid);
        }
        namesLength += prepared.nameCount;
        bodyLength += prepared.bodyCount;
        ++indexed;
        if (progress && indexed % 10000 == 0) {
            progress(indexed);
        }
    };

    sqlite3* db = m_db.handle();
    QThreadPool worker;
    worker.setMaxThreadCount(1);
    {
        // Organisations are read here (SQLite) and turned into documents on a worker thread
        // (normalisation), one batch ahead of the writes: the two cores work at the same time.
        // One batch at a time is in the worker's hands, so the builder and the preparer need no lock.
        QFuture<std::vector<PreparedDoc>> building;
        const auto waitForWorker = qScopeGuard([&] {
            if (building.isValid()) {
                building.waitForFinished();
            }
        });
        std::vector<SearchDocumentBuilder::OrganisationData> batch;
        double workerMs = 0;
        double storeMs = 0;
        // The documents of the batch stored last time are freed on the worker too (with the batch it
        // reads): their strings were allocated there, and a free from another thread costs more.
        std::vector<PreparedDoc> built;
        auto handOver = [&] {
            std::vector<PreparedDoc> spent = std::move(built);
            built.clear();
            if (building.isValid()) {
                built = building.takeResult();
            }
            building = QtConcurrent::run(
                &worker, [this, &preparer, &workerMs, read = std::move(batch), spent = std::move(spent)]() {
                    const double started = threadCpuMs();
                    const auto count = qScopeGuard([&] { workerMs += threadCpuMs() - started; });
                    std::vector<PreparedDoc> docs;
                    docs.reserve(read.size());
                    for (const SearchDocumentBuilder::OrganisationData& org : read) {
                        docs.push_back(preparer.prepare(m_builder.buildOrganisation(org)));
                    }
                    return docs;
                });
            batch = {};
            batch.reserve(kBatch);
            const double started = threadCpuMs();
            for (const PreparedDoc& doc : built) {
                store(doc);
            }
            storeMs += threadCpuMs() - started;
        };
        batch.reserve(kBatch);
        SortedStream offices(db,
                             "SELECT organisation_id, country, admin1, admin1_pcode, admin2, city, lat, lon "
                             "FROM location WHERE deleted = 0 ORDER BY organisation_id");
        SortedStream networks(
            db, "SELECT member_id, network_id FROM membership WHERE deleted = 0 ORDER BY member_id");
        SortedStream members(
            db, "SELECT network_id, count(*) FROM membership WHERE deleted = 0 GROUP BY network_id "
                "ORDER BY network_id");
        SortedStream partnersA(db, "SELECT org_a, org_b FROM partnership WHERE deleted = 0 ORDER BY org_a");
        SortedStream partnersB(db, "SELECT org_b, org_a FROM partnership WHERE deleted = 0 ORDER BY org_b");
        SqlStatement orgs(
            db, "SELECT id, name_ar, name_en, name_fr, acronym, type, sectors, countries, description_ar, "
                "description_en, founded, registration_id, languages, source FROM organisation "
                "WHERE deleted = 0 ORDER BY id");
        while (orgs.step()) {
            SearchDocumentBuilder::OrganisationData& org = batch.emplace_back();
            const QByteArray key = orgs.utf8(0);
            org.id = QString::fromUtf8(key);
            SearchDocumentBuilder::readOrganisationColumns(orgs, 1, org);
            offices.take(key, [&](const SqlStatement& row) {
                org.offices.append(SearchDocumentBuilder::readOffice(row, 1));
            });
            networks.take(key, [&](const SqlStatement& row) { org.networks.append(row.text(1)); });
            members.take(key, [&](const SqlStatement& row) { org.memberCount = row.int64(1); });
            partnersA.take(key, [&](const SqlStatement& row) { org.partners.append(row.text(1)); });
            partnersB.take(key, [&](const SqlStatement& row) { org.partners.append(row.text(1)); });
            if (batch.size() == kBatch) {
                handOver();
            }
        }
        handOver();
        for (const PreparedDoc& doc : building.takeResult()) {
            store(doc);
        }
        clock.note("worker", workerMs);
        clock.note("store", storeMs);
    }
    clock.lap("orgs");
    {
        SqlStatement rows(db, SearchDocumentBuilder::kFundingSql);
        while (rows.step()) {
            store(preparer.prepare(m_builder.buildFunding(rows)));
        }
    }
    {
        SqlStatement rows(db, SearchDocumentBuilder::kResourceSql);
        while (rows.step()) {
            store(preparer.prepare(m_builder.buildResource(rows)));
        }
    }
    {
        SqlStatement rows(db, SearchDocumentBuilder::kEventSql);
        while (rows.step()) {
            store(preparer.prepare(m_builder.buildEvent(rows)));
        }
    }
    clock.lap("others");
    // The exact keys are sorted and the vocabulary listed in term order on the worker while this
    // thread fills the FTS5 tables (neither needs SQLite); then both are written here.
    QFuture<SearchDocPreparer::TermFrequencies> sorting = QtConcurrent::run(&worker, [&keys, &preparer] {
        keys.sort();
        return preparer.documentFrequencies();
    });
    const auto waitForSorting = qScopeGuard([&] {
        if (sorting.isValid() && !sorting.isFinished()) {
            sorting.waitForFinished();
        }
    });
    fillFts(m_db);
    clock.lap("fts");
    const SearchDocPreparer::TermFrequencies terms = sorting.takeResult();
    keys.write(db);
    clock.lap("keys");
    finishTerms(m_db, m_writer, terms, indexed, namesLength, bodyLength);
    clock.lap("terms");
    m_db.execute("DELETE FROM meta WHERE key = 'search_stale'");
}

void SearchIndexRebuild::finish(Database& db, SearchIndexWriter& writer, const SearchDocPreparer& preparer,
                                qint64 indexed, double namesLength, double bodyLength)
{
    fillFts(db);
    finishTerms(db, writer, preparer.documentFrequencies(), indexed, namesLength, bodyLength);
}

void SearchIndexRebuild::finish(Database& db, SearchIndexWriter& writer,
                                const std::vector<std::pair<QByteArray, qint64>>& terms, qint64 indexed,
                                double namesLength, double bodyLength)
{
    fillFts(db);
    finishTerms(db, writer, terms, indexed, namesLength, bodyLength);
}

void SearchIndexRebuild::clear(Database& db)
{
    for (const char* sql :
         {"INSERT INTO search_name_fts (search_name_fts) VALUES ('delete-all')",
          "INSERT INTO search_all_fts (search_all_fts) VALUES ('delete-all')",
          "INSERT INTO search_skel_fts (search_skel_fts) VALUES ('delete-all')", "DELETE FROM search_doc",
          "DELETE FROM search_key", "DELETE FROM search_term", "DELETE FROM search_queue"}) {
        db.execute(sql);
    }
}

void SearchIndexRebuild::fillFts(Database& db)
{
    // Each FTS5 table is filled from the documents by its own 'rebuild' (cheaper than feeding the
    // three from one read through INSERT statements: measured, 3.8 s against 4.9 s CPU at 200,000),
    // with a large in-memory term buffer (fewer, larger segments to merge), then set back to the
    // default buffer for the small incremental writes. (A larger page size, automerge off or a
    // 16 MiB or 256 MiB buffer made no difference: 1.37-1.47 s CPU for search_all_fts at 100,000.)
    for (const char* table : {"search_name_fts", "search_all_fts", "search_skel_fts"}) {
        fillFts(db, table);
    }
}

void SearchIndexRebuild::fillFts(Database& db, const char* table)
{
    const QByteArray name(table);
    const QByteArray setHashSize = "INSERT INTO " + name + " (" + name + ", rank) VALUES ('hashsize', ?)";
    db.statement(setHashSize.constData()).bind(1, kBuildHashSize).exec();
    db.execute(("INSERT INTO " + name + " (" + name + ") VALUES ('rebuild')").constData());
    db.statement(setHashSize.constData()).bind(1, kHashSize).exec();
}

void SearchIndexRebuild::finishTerms(Database& db, SearchIndexWriter& writer,
                                     const std::vector<std::pair<QByteArray, qint64>>& terms, qint64 indexed,
                                     double namesLength, double bodyLength)
{
    // One row a statement: 64 rows a statement measured ~15 % more instructions (SQLite's
    // multi-row VALUES).
    SqlStatement insertTerm(db.handle(), "INSERT INTO search_term (term, df) VALUES (?, ?)");
    for (const auto& [term, df] : terms) {
        insertTerm.bindStatic(1, term.constData(), int(term.size())).bind(2, df).exec();
    }
    writer.saveSequence();
    db.setMeta(QStringLiteral("search_docs"), QString::number(indexed));
    db.setMeta(QStringLiteral("search_avg_names"),
               QString::number(indexed ? namesLength / double(indexed) : 1.0));
    db.setMeta(QStringLiteral("search_avg_body"),
               QString::number(indexed ? bodyLength / double(indexed) : 1.0));
    db.setMeta(QStringLiteral("search_built_at"), Database::nowText());
    db.setMeta(QStringLiteral("search_version"),
               QString::number(db.meta(QStringLiteral("search_version")).toLongLong() + 1));
}

} // namespace dalil
