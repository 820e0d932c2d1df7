#include "sync/SyncEngine.h"

#include "catalogue/BulkLoad.h"
#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"
#include "catalogue/SyncStateRepository.h"
#include "search/SearchIndex.h"
#include "search/SearchIndexFeed.h"
#include "sync/Changes.h"
#include "sync/HubClient.h"
#include "sync/HubPush.h"
#include "sync/HubSchema.h"
#include "sync/LongSyncWrite.h"
#include "sync/PagePrefetcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <ctime>
#include <limits>
#include <memory>
#include <optional>

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::SyncEngine", text);
}

// Thrown inside a local transaction to roll it back with a message for the user.
struct HubFailure
{
    QString message;
};

// Thrown inside a local transaction when the user stops the sync.
struct Cancelled
{
};

std::int64_t threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return std::int64_t(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

SyncEngine::SyncEngine(Catalogue& catalogue, HubClient& hub)
    : m_catalogue(catalogue)
    , m_hub(hub)
{
}

qint64 SyncEngine::pendingChanges(Catalogue& catalogue)
{
    qint64 total = 0;
    for (const TableSpec* spec : tables::all()) {
        total += catalogue.repository(QLatin1String(spec->table))->dirtyCount();
    }
    return total;
}

QString SyncEngine::hubKey() const
{
    return m_hub.address().display();
}

QString SyncEngine::check(Report* report)
{
    if (!m_hub.isOpen()) {
        if (QString error = m_hub.open(); !error.isEmpty()) {
            return error;
        }
    }
    HubClient::Info info;
    if (QString error = m_hub.readInfo(&info); !error.isEmpty()) {
        return error;
    }
    const QString where = m_hub.address().display();
    if (!info.initialised) {
        return tr("%1 is not a Dalil hub yet (an administrator creates one with `dalil-cli hub init --hub "
                  "URL`)")
            .arg(where);
    }
    if (info.schemaVersion > HubSchema::kVersion) {
        return tr("the hub %1 uses a newer format (%2) than this version of Dalil understands (%3); update "
                  "Dalil to sync with it")
            .arg(where)
            .arg(info.schemaVersion)
            .arg(HubSchema::kVersion);
    }
    if (info.role.isEmpty()) {
        return tr("user %1 has no account on the hub %2 (an administrator adds one with `dalil-cli hub "
                  "add-user`)")
            .arg(info.user, where);
    }
    SyncStateRepository state(m_catalogue.database());
    if (state.joined() && state.catalogueId() != info.catalogueId) {
        return tr("the hub %1 keeps another catalogue (%2) than this one (%3); nothing was exchanged")
            .arg(where, info.catalogueId, state.catalogueId());
    }
    m_hubCatalogueId = info.catalogueId;
    report->role = info.role;
    report->workspace = info.workspace;
    try {
        m_catalogue.database().transaction(
            [&] { state.setAccount(hubKey(), info.user, info.workspace, info.role); });
    } catch (const DbError& e) {
        return e.message();
    }
    m_checked = true;
    return {};
}

QString SyncEngine::sync(Report* report)
{
    QString error = check(report);
    if (error.isEmpty()) {
        error = push(report);
    }
    if (error.isEmpty()) {
        error = pull(report);
    }
    try {
        m_catalogue.database().transaction(
            [&] { SyncStateRepository(m_catalogue.database()).recordResult(hubKey(), error); });
    } catch (const DbError&) {
        // Keeping the last result is a courtesy; the sync's own outcome stands.
    }
    return error;
}

QString SyncEngine::push(Report* report)
{
    if (!m_checked) {
        if (QString error = check(report); !error.isEmpty()) {
            return error;
        }
    }
    return HubPush(m_catalogue, m_hub).run(report, m_pushBatch, m_faultHook, m_hubCatalogueId);
}

SyncEngine::ChangeMarks SyncEngine::changeMarks() const
{
    ChangeMarks marks;
    for (const TableSpec* spec : tables::all()) {
        marks.insert(spec, m_catalogue.repository(QLatin1String(spec->table))->lastChange());
    }
    return marks;
}

QString SyncEngine::fetchMissingParents(const ChangeMarks& before, Changes& changes)
{
    // A row of this page may point at a parent whose latest version comes in a later page; the
    // catalogue's deferred foreign keys would refuse the commit, so those parents come now. The
    // page's rows are those numbered after the marks taken before it.
    for (int depth = 0; depth < 3; ++depth) {
        QHash<const TableSpec*, QSet<QString>> missing;
        for (const TableSpec* spec : tables::all()) {
            const RecordTable* table = m_catalogue.repository(QLatin1String(spec->table));
            for (const Column& c : spec->columns) {
                if (c.type != ColumnType::Reference) {
                    continue;
                }
                const char* parent = HubSchema::referencedTable(c.name);
                for (const QString& id : table->missingReferences(c.name, parent, before.value(spec))) {
                    missing[tables::byName(QLatin1String(parent))].insert(id);
                }
            }
        }
        if (missing.isEmpty()) {
            break;
        }
        for (auto it = missing.begin(); it != missing.end(); ++it) {
            QList<QJsonObject> rows;
            const QStringList ids(it.value().begin(), it.value().end());
            if (QString error = m_hub.fetchByIds(*it.key(), ids, &rows); !error.isEmpty()) {
                return error;
            }
            for (const QJsonObject& row : rows) {
                changes.apply(*it.key(), row);
            }
        }
    }
    return {};
}

void SyncEngine::copyPage(qint64 after, qint64 upTo, Changes& changes)
{
    for (const TableSpec* spec : tables::all()) {
        const QString error = m_hub.copyRange(*spec, after, upTo, [&](const HubClient::TextRow& row) {
            if (!changes.insertNew(*spec, row.fields.data())) {
                changes.apply(*spec, row.toRecord());
            }
        });
        if (!error.isEmpty()) {
            throw HubFailure{error};
        }
    }
}

QString SyncEngine::pull(Report* report)
{
    if (!m_checked) {
        if (QString error = check(report); !error.isEmpty()) {
            return error;
        }
    }
    SyncStateRepository state(m_catalogue.database());
    qint64 cursor = state.hub(hubKey()).cursor;
    qint64 last = 0;
    if (QString error = m_hub.lastSeq(&last); !error.isEmpty()) {
        return error;
    }
    if (last < cursor) {
        // A hub restored from an older backup: read it all again; equal revisions change nothing.
        cursor = 0;
    }
    const qint64 estimate = last - cursor;
    if (m_bulkFirstPull && cursor == 0 && estimate > SearchIndex::kIncrementalLimit) {
        bool empty = false;
        try {
            // A new catalogue: nothing but the shipped vocabularies and sample, which nobody pushes.
            empty = BulkLoad::onlyShippedRows(m_catalogue.database());
        } catch (const DbError& e) {
            return e.message();
        }
        if (empty) {
            return firstPull(report);
        }
    }
    const qint64 start = cursor;
    // A large pull would reindex row by row at every page: index once afterwards.
    std::unique_ptr<SearchIndex::BulkScope> bulk;
    if (estimate > SearchIndex::kIncrementalLimit) {
        bulk = std::make_unique<SearchIndex::BulkScope>(m_catalogue.database(), estimate);
    }
    // A large pull reads its pages on a second thread while this one writes (PagePrefetcher); a
    // small one, the usual periodic sync, does without the second connection.
    std::unique_ptr<PagePrefetcher> reader;
    PagePrefetcher::Chunk pending;
    if (estimate > SearchIndex::kIncrementalLimit) {
        reader = std::make_unique<PagePrefetcher>(m_hub, m_pageSize);
        reader->start(cursor);
        pending = reader->next();
    }
    int page = 0;
    for (;;) {
        qint64 end = cursor;
        if (!reader) {
            if (QString error = m_hub.pageEnd(cursor, m_pageSize, &end); !error.isEmpty()) {
                return error;
            }
        } else if (pending.kind == PagePrefetcher::Chunk::Kind::Failed) {
            return pending.error;
        } else if (pending.kind != PagePrefetcher::Chunk::Kind::Done) {
            end = cursor + 1; // a page is coming; its end arrives after its rows
        }
        if (end <= cursor) {
            break;
        }
        try {
            throwIfCancelled();
            Changes changes(m_catalogue, Changes::Source::Hub);
            // The rows stream from the hub straight into the page's local transaction: a hub
            // that fails half-way leaves nothing of the page behind.
            m_catalogue.database().transaction([&] {
                const ChangeMarks before = changeMarks();
                if (!reader) {
                    copyPage(cursor, end, changes);
                } else {
                    for (;; pending = reader->next()) {
                        if (pending.kind == PagePrefetcher::Chunk::Kind::Rows) {
                            writeRows(pending, changes);
                        } else if (pending.kind == PagePrefetcher::Chunk::Kind::PageEnd) {
                            end = pending.pageEnd;
                            break;
                        } else {
                            throw HubFailure{pending.error}; // Failed; Done never comes mid-page
                        }
                    }
                }
                if (QString error = fetchMissingParents(before, changes); !error.isEmpty()) {
                    throw HubFailure{error};
                }
                changes.finish();
                state.setCursor(hubKey(), end);
                if (!state.joined()) {
                    state.join(m_hubCatalogueId);
                }
            });
            report->pulled += changes.counts().inserted + changes.counts().updated;
            report->conflicts += changes.counts().conflicts;
        } catch (const HubFailure& failure) {
            return failure.message;
        } catch (const Cancelled&) {
            return tr("the sync was stopped; the pages received so far are kept and the next sync goes "
                      "on from there");
        } catch (const DbError& e) {
            return tr("changes from the hub could not be applied to the catalogue (%1); nothing of this "
                      "page was kept")
                .arg(e.message());
        }
        cursor = end;
        if (m_progress) {
            // By position in the hub's history: it ends at 100 % even when rows were written
            // several times, and never moves back.
            m_progress(Phase::Receiving, end - start, std::max(estimate, end - start));
        }
        if (m_faultHook) {
            m_faultHook(Stage::Pull, page++);
        }
        if (reader) {
            pending = reader->next();
        }
    }
    return {};
}

void SyncEngine::writeRows(const PagePrefetcher::Chunk& chunk, Changes& changes, SearchIndexFeed* feed)
{
    const TableSpec& spec = *chunk.spec;
    const size_t fieldCount = 5 + spec.columns.size();
    for (size_t at = 0; at < chunk.fields.size(); at += fieldCount) {
        const RecordTable::TextField* fields = chunk.fields.data() + at;
        if (changes.insertNew(spec, fields)) {
            if (feed) {
                feed->addRow(spec, fields);
            }
        } else {
            if (feed) {
                feed->rowWrittenElsewhere(spec);
            }
            HubClient::TextRow row;
            row.spec = &spec;
            row.fields.assign(fields, fields + fieldCount);
            changes.apply(spec, row.toRecord());
        }
    }
}

QString SyncEngine::firstPull(Report* report)
{
    // Into an empty catalogue, the whole pull is one local transaction: the rows of every page,
    // then the secondary indexes, the offices' R*Tree and the search index built once over them,
    // then the cursor. Cut anywhere, it leaves the catalogue as empty as it was and the next pull
    // starts again from the beginning (docs/ARCHITECTURE-sync.md "The first pull"). The pages are
    // read from the hub on a second thread while this one writes (PagePrefetcher).
    Database& db = m_catalogue.database();
    SyncStateRepository state(db);
    Changes changes(m_catalogue, Changes::Source::Hub);
    qint64 estimate = 0;
    if (QString error = m_hub.countRows(0, &estimate); !error.isEmpty()) {
        return error;
    }
    // Past the last organisation, office, link and label, the organisations' search documents can
    // be made while the other rows are still coming (SearchIndexFeed); unknown: once all have come.
    qint64 documentRowsUntil = std::numeric_limits<qint64>::max();
    // Measured at 100,000 organisations on 2 cores under load 6-8, 12 pulls alternated (bench_sync
    // --alternate): the search step 7.5-8.8 s with the feed against 11.1-16.6 s reading the documents
    // back, but the rows and indexes slower by as much (the feed's worker shares the cores with the
    // hub reader and the writer), so the whole pull the same (19.5-23.6 s against 19.4-27.4 s) for
    // about 4 % more CPU (10.5 s against 10.1 s a pull; callgrind: the same instructions, moved off
    // the writer's thread). On a quiet machine (session 17, load 0.2-0.9, three pulls each,
    // alternated) it pays: 3.73 / 3.79 / 4.18 s against 4.25 / 4.25 / 4.48 s, the search step 1.5-1.7 s
    // against 2.1-2.3 s for the same CPU. On by default; DALIL_SYNC_SEARCH_FEED=0 reads the documents
    // back instead (and does not ask the hub where they end).
    const bool useFeed = qgetenv("DALIL_SYNC_SEARCH_FEED") != "0";
    if (useFeed) {
        std::vector<const TableSpec*> feeding;
        for (const TableSpec* spec : tables::all()) {
            if (SearchIndexFeed::feeds(*spec)) {
                feeding.push_back(spec);
            }
        }
        qint64 last = 0;
        if (m_hub.lastSeqOf(feeding, &last).isEmpty()) {
            documentRowsUntil = last;
        }
    }
    qint64 cursor = 0;
    qint64 received = 0;
    PullTimings& timings = report->timings;
    const std::int64_t cpuFrom = threadCpuNs();
    QElapsedTimer clock;
    clock.start();
    qint64 lapFrom = 0;
    std::int64_t lapCpuFrom = cpuFrom;
    qint64 lapCpuMs = 0; // CPU of the last lap
    auto lap = [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 spent = (now - lapFrom) / 1000000;
        lapFrom = now;
        const std::int64_t cpuNow = threadCpuNs();
        lapCpuMs = (cpuNow - lapCpuFrom) / 1000000;
        lapCpuFrom = cpuNow;
        return spent;
    };
    std::unique_ptr<PagePrefetcher> reader;
    // Stop also interrupts a long statement (the indexes, the search index) within milliseconds.
    db.setCancelFlag(m_cancel);
    // A large transaction whose pages stay in memory writes each of them to the WAL once, at the
    // commit, instead of spilling and writing them again (the window's connections keep a small cache).
    qint64 cacheKib = 0;
    {
        SqlStatement cache(db.handle(), "PRAGMA cache_size");
        cacheKib = cache.step() ? cache.int64(0) : 0;
    }
    db.execute("PRAGMA cache_size = -65536");
    // The commit must not copy the whole new catalogue from the WAL into the file (SQLite's automatic
    // checkpoint, as long again as writing it): that copy is made after the commit, once the rows
    // are searchable (below). Dalil stopping in between loses nothing: the committed pull is in the
    // WAL, which SQLite reads back at the next open; a power cut may undo the whole pull, cursor
    // included (synchronous = NORMAL, as every commit here), never half of it.
    qint64 autoCheckpoint = 1000;
    {
        SqlStatement pages(db.handle(), "PRAGMA wal_autocheckpoint");
        autoCheckpoint = pages.step() ? pages.int64(0) : autoCheckpoint;
    }
    // 0 already: off, or a background checkpointer's hook (the window's connection), kept as it is.
    if (autoCheckpoint > 0) {
        db.execute("PRAGMA wal_autocheckpoint = 0");
    }
    struct Restore
    {
        Database& db;
        qint64 cacheKib;
        qint64 autoCheckpoint;
        ~Restore()
        {
            db.setCancelFlag(nullptr);
            if (autoCheckpoint > 0) {
                const QByteArray checkpoint =
                    "PRAGMA wal_autocheckpoint = " + QByteArray::number(autoCheckpoint);
                try {
                    db.execute(checkpoint.constData());
                } catch (const DbError&) {
                    // Only when the WAL is copied back changes.
                }
            }
            // Negative: KiB; positive: pages, as PRAGMA cache_size said.
            const QByteArray pragma = "PRAGMA cache_size = " + QByteArray::number(cacheKib);
            try {
                db.execute(pragma.constData());
            } catch (const DbError&) {
                // The cache size is a matter of speed only.
            }
        }
    } restore{db, cacheKib, autoCheckpoint};
    // The window's saves wait for the end of this pull instead of failing on the locked catalogue.
    std::optional<LongSyncWrite::Scope> holding;
    holding.emplace(db.path());
    try {
        db.transaction([&] {
            BulkLoad load;
            std::unique_ptr<SearchIndexFeed> feed;
            {
                // Nothing queues for the search index while the rows go in: it is rebuilt below.
                SearchIndex::BulkScope quietSearch(db);
                // Every row gets its change number from the writer (insertNew, or Changes::finish
                // for rows fetched as missing parents): no numbering trigger runs per row. A table
                // with an insert trigger also pays SQLite's statement journal on every insert.
                // Pulled rows are clean: the indexes of local edits stay as they are.
                load = BulkLoad::begin(db, BulkLoad::Numbering::SetAside, BulkLoad::Existing::Shipped,
                                       BulkLoad::Written::Clean);
                changes.setNumberingSetAside(load.active());
                feed = std::make_unique<SearchIndexFeed>(db);
                if (!useFeed) {
                    feed->abandon();
                }
                const ChangeMarks before = changeMarks();
                reader = std::make_unique<PagePrefetcher>(m_hub, m_pageSize);
                reader->start(0);
                int page = 0;
                for (bool more = true; more;) {
                    PagePrefetcher::Chunk chunk = reader->next();
                    throwIfCancelled();
                    switch (chunk.kind) {
                    case PagePrefetcher::Chunk::Kind::Rows:
                        writeRows(chunk, changes, feed.get());
                        received += qint64(chunk.ends.size());
                        // Nothing points into it any more: rows are bound and stepped, the feed
                        // keeps copies.
                        reader->recycle(std::move(chunk));
                        if (m_progress) {
                            m_progress(Phase::Receiving, received, std::max(estimate, received));
                        }
                        break;
                    case PagePrefetcher::Chunk::Kind::PageEnd:
                        cursor = chunk.pageEnd;
                        if (cursor >= documentRowsUntil && !feed->readsCatalogue()) {
                            feed->startBuilding(); // on the second core, while the rest comes
                        }
                        if (m_faultHook) {
                            m_faultHook(Stage::Pull, page++);
                        }
                        break;
                    case PagePrefetcher::Chunk::Kind::Failed:
                        throw HubFailure{chunk.error};
                    case PagePrefetcher::Chunk::Kind::Done:
                        more = false;
                        break;
                    }
                }
                const Changes::Counts written = changes.counts();
                if (QString error = fetchMissingParents(before, changes); !error.isEmpty()) {
                    throw HubFailure{error};
                }
                const Changes::Counts& now = changes.counts();
                if (now.inserted + now.updated + now.unchanged + now.conflicts !=
                    written.inserted + written.updated + written.unchanged + written.conflicts) {
                    feed->abandon(); // parents fetched apart and merged: read them back instead
                }
                changes.finish();
            }
            timings.waitMs = reader->waitNanoseconds() / 1000000;
            timings.readMs = reader->readNanoseconds() / 1000000;
            timings.readCpuMs = reader->readCpuNanoseconds() / 1000000;
            reader.reset();
            timings.applyMs = lap();
            timings.applyCpuMs = lapCpuMs;
            // The indexing phase counts the organisations the search index has taken in, of all of
            // them (the other indexes are a small part of the time, counted as none).
            qint64 organisations = 0;
            {
                SqlStatement count(db.handle(), "SELECT count(*) FROM organisation WHERE deleted = 0");
                organisations = count.step() ? count.int64(0) : 0;
            }
            if (m_progress) {
                m_progress(Phase::Indexing, 0, organisations);
            }
            throwIfCancelled();
            if (!feed->readsCatalogue()) {
                feed->startBuilding(); // the documents made while the indexes are built
            }
            load.finish(db);
            timings.indexMs = lap();
            timings.indexCpuMs = lapCpuMs;
            throwIfCancelled();
            const auto indexing = [&](qint64 indexed) {
                if (m_progress) {
                    m_progress(Phase::Indexing, std::min(indexed, organisations), organisations);
                }
            };
            timings.searchFromRows = feed->write(indexing);
            if (!timings.searchFromRows) {
                SearchIndex(db).rebuild(indexing);
            }
            feed.reset();
            timings.searchMs = lap();
            timings.searchCpuMs = lapCpuMs;
            throwIfCancelled();
            state.setCursor(hubKey(), cursor);
            if (!state.joined()) {
                state.join(m_hubCatalogueId);
            }
        });
        timings.commitMs = lap();
        timings.commitCpuMs = lapCpuMs;
    } catch (const HubFailure& failure) {
        return failure.message;
    } catch (const Cancelled&) {
        return tr("the sync was stopped; nothing of the pull was kept and the next sync starts it again");
    } catch (const DbError& e) {
        if (m_cancel && m_cancel->load()) {
            return tr("the sync was stopped; nothing of the pull was kept and the next sync starts it again");
        }
        return tr("changes from the hub could not be applied to the catalogue (%1); nothing was kept")
            .arg(e.message());
    }
    holding.reset();
    report->pulled += changes.counts().inserted + changes.counts().updated;
    report->conflicts += changes.counts().conflicts;
    if (m_progress && cursor > 0) {
        m_progress(Phase::Done, received, received);
    }
    // The catalogue is searchable and writable now; the copy of the WAL into the file follows here
    // (the window's commits meanwhile leave it to their background checkpointer, never copy it on
    // the GUI thread: Database::checkpointInBackground). Passive: readers and writers go on
    // meanwhile.
    try {
        db.execute("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (const DbError&) {
        // The next automatic checkpoint copies what this one could not.
    }
    timings.checkpointMs = lap();
    timings.checkpointCpuMs = lapCpuMs;
    return {};
}

void SyncEngine::throwIfCancelled() const
{
    if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
        throw Cancelled{};
    }
}

} // namespace dalil
