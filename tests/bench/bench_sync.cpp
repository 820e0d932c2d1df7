// Sync benchmark (DESIGN.md "Performance"): the first pull of 100,000 organisations with their
// offices and contacts from a hub on this machine, beside `psql \copy` of the same rows and the
// sqlite3 shell loading psql's files into a new catalogue of the same schema (its floor on SQLite:
// pullFloor()), and a push of 10,000 edits. Starts its own PostgreSQL like the sync tests. Prints
// rows of scripts/bench's shared table (BenchSupport.h) and notes.
// Usage: bench_sync [--orgs N | --quick] [--first-pull-only [--repeat N] [--alternate]]   (default
// 100,000 organisations; --quick: 20,000; --first-pull-only: only the first pull, its timings on
// stderr, for profiling, no table and no floor; --repeat: that many first pulls, each into a new
// catalogue, from the one hub filled once; --alternate: every other one of them with
// DALIL_SYNC_SEARCH_FEED=0, the search documents read back from the catalogue instead of made from
// the pulled rows (the default), to compare the two ways at the same machine load)

#include "../sync/PgServer.h"
#include "BenchSupport.h"
#include "ShellFloor.h"

#include "catalogue/BulkLoad.h"
#include "catalogue/Catalogue.h"
#include "catalogue/SqlStatement.h"
#include "search/SearchIndex.h"
#include "sync/HubClient.h"
#include "sync/HubSchema.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <sqlite3.h>

#include <cstdio>
#include <ctime>

using namespace dalil;

namespace {

using bench::mark;
using bench::runShell;
using bench::ShellRun;

[[noreturn]] void die(const QString& message)
{
    QTextStream(stderr) << "bench_sync: " << message << "\n";
    std::exit(1);
}

QString count(qint64 value)
{
    QLocale c = QLocale::c();
    c.setNumberOptions({}); // with group separators: 100,000
    return c.toString(value);
}

// The machine's load average over the last minute (other processes share the cores).
QString loadNow()
{
    QFile load(QStringLiteral("/proc/loadavg"));
    return load.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(load.readAll()).section(QLatin1Char(' '), 0, 0)
               : QStringLiteral("unknown");
}

// The columns of psql's \copy files, as HubSchema::selectList writes them: the five sync columns,
// then the table's own.
QStringList copyColumns(const TableSpec& spec)
{
    QStringList names = {QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("updated_at"),
                         QStringLiteral("deleted"), QStringLiteral("base_rev")};
    for (const Column& c : spec.columns) {
        names.append(QLatin1String(c.name));
    }
    return names;
}

QString quoted(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// A \copy file's text into a catalogue column as Dalil's pull stores it (RecordTable::insertRemoteText):
// no text (psql's NULL and an empty string alike) is NULL, 't' is 1, jsonb's lists compact and an
// absent list '[]', numbers as numbers.
QString columnValue(const Column& c)
{
    const QString name = quoted(QLatin1String(c.name));
    switch (c.type) {
    case ColumnType::Integer:
        return QStringLiteral("CAST(NULLIF(%1, '') AS INTEGER)").arg(name);
    case ColumnType::Real:
        return QStringLiteral("CAST(NULLIF(%1, '') AS REAL)").arg(name);
    case ColumnType::Bool:
        return QStringLiteral("%1 = 't'").arg(name);
    case ColumnType::List:
        return QStringLiteral("coalesce(json(NULLIF(%1, '')), '[]')").arg(name);
    case ColumnType::Text:
    case ColumnType::Reference:
        break;
    }
    return QStringLiteral("NULLIF(%1, '')").arg(name);
}

struct Floor
{
    ShellRun catalogue;      // the floor: a new catalogue of Dalil's schema, ready to search
    ShellRun plain;          // .import alone into bare tables
    QStringList differences; // tables whose rows differ from Dalil's pull (none expected)
};

// The floor of a first pull on SQLite: the sqlite3 shell loading psql's \copy files (in `dir`) into
// a new catalogue of Dalil's own schema, ready to search, the way Dalil's first pull writes it but
// with none of Dalil's own work (reading the hub, checking rows, making search documents).
// - untimed: Dalil creates the catalogue (Catalogue::open, as the pull's own); the secondary indexes
//   and insert triggers that BulkLoad sets aside during a first pull (BulkLoad::setAside with
//   Numbering::SetAside, Written::Clean: those of the five tables a bulk load fills, partnership and
//   membership too, empty here) are dropped (bench::createSetAside); the search documents Dalil made
//   in the pulled catalogue `pulled` (search_doc, search_key, search_term, search_code: normalised
//   text, keys, filter codes) are copied into a side file.
// - timed (one shell, start to exit): the pragmas of Dalil's pull (synchronous NORMAL, a 64 MiB
//   page cache, no automatic checkpoint; no checkpoint at close either: Dalil's copy of the WAL into
//   the file comes after its time too); `.import` of the three files into in-memory TEMP tables; then
//   one transaction: INSERT…SELECT into organisation, location and contact (values as Dalil stores
//   them, change numbers given), the set-aside indexes created again, the offices' R*Tree filled by
//   one INSERT…SELECT and the triggers put back, the search documents copied in from the side
//   file, the three FTS5 tables' 'rebuild', COMMIT. Foreign keys are not checked (the shell's
//   default; Dalil's are deferred to the commit); the sync cursor's row is not written.
Floor pullFloor(const QString& dir, Catalogue& pulled)
{
    Floor floor;
    const QString floorFile = dir + QStringLiteral("/floor.dalil");
    std::vector<const TableSpec*> specs = {&tables::organisation(), &tables::location(), &tables::contact()};
    // What BulkLoad::begin sets aside for a first pull (Numbering::SetAside, Written::Clean).
    const std::optional<BulkLoad::SetAside> aside = bench::createSetAside(
        floorFile, BulkLoad::Numbering::SetAside, BulkLoad::Written::Clean, &floor.catalogue.error);
    if (!aside) {
        return floor;
    }
    const QString docsFile = dir + QStringLiteral("/floor-documents.db");
    QFile::remove(docsFile);
    {
        QFile script(dir + QStringLiteral("/floor-documents.sql"));
        if (!script.open(QIODevice::WriteOnly)) {
            floor.catalogue.error = QStringLiteral("cannot write %1").arg(script.fileName());
            return floor;
        }
        QString sql = QStringLiteral("ATTACH '%1' AS src;\n").arg(pulled.path());
        for (const char* table : {"search_doc", "search_key", "search_term", "search_code"}) {
            sql += QStringLiteral("CREATE TABLE %1 AS SELECT * FROM src.%1;\n").arg(QLatin1String(table));
        }
        script.write(sql.toUtf8());
    }
    if (ShellRun copied = runShell(docsFile, dir + QStringLiteral("/floor-documents.sql"));
        copied.wallMs < 0) {
        floor.catalogue.error = copied.error;
        return floor;
    }

    QString sql = QStringLiteral(".dbconfig no_ckpt_on_close on\n"
                                 "PRAGMA synchronous = NORMAL;\nPRAGMA cache_size = -65536;\n"
                                 "PRAGMA wal_autocheckpoint = 0;\nPRAGMA temp_store = MEMORY;\n");
    sql += mark("start");
    for (const TableSpec* spec : specs) {
        QStringList columns;
        for (const QString& name : copyColumns(*spec)) {
            columns.append(quoted(name));
        }
        sql +=
            QStringLiteral("CREATE TEMP TABLE hub_%1 (%2);\n.import --csv --schema temp %3/%1.csv hub_%1\n")
                .arg(QLatin1String(spec->table), columns.join(QStringLiteral(", ")), dir);
    }
    sql += mark("import");
    sql += QStringLiteral("ATTACH '%1' AS documents;\nBEGIN;\n").arg(docsFile);
    for (const TableSpec* spec : specs) {
        QStringList into = {QStringLiteral("id"),         QStringLiteral("rev"),
                            QStringLiteral("updated_at"), QStringLiteral("deleted"),
                            QStringLiteral("base_rev"),   QStringLiteral("dirty"),
                            QStringLiteral("change_seq")};
        QStringList values = {QStringLiteral("id"),
                              QStringLiteral("rev"),
                              QStringLiteral("NULLIF(updated_at, '')"),
                              QStringLiteral("deleted = 't'"),
                              QStringLiteral("NULLIF(base_rev, '')"),
                              QStringLiteral("0"),
                              QStringLiteral("rowid")};
        for (const Column& c : spec->columns) {
            into.append(quoted(QLatin1String(c.name)));
            values.append(columnValue(c));
        }
        sql += QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM temp.hub_%1;\n")
                   .arg(QLatin1String(spec->table), into.join(QStringLiteral(", ")),
                        values.join(QStringLiteral(", ")));
    }
    sql += bench::scriptEnd(*aside, "documents");
    {
        QFile script(dir + QStringLiteral("/floor.sql"));
        if (!script.open(QIODevice::WriteOnly)) {
            floor.catalogue.error = QStringLiteral("cannot write %1").arg(script.fileName());
            return floor;
        }
        script.write(sql.toUtf8());
    }
    floor.catalogue = runShell(floorFile, dir + QStringLiteral("/floor.sql"));
    if (floor.catalogue.wallMs >= 0) {
        // The same catalogue as Dalil's pull: every row of the three tables (all columns but the change
        // numbers, which each writer gives in its own order), the search documents and the FTS5
        // tables' stored index, compared both ways; and their counts.
        QList<std::pair<QString, QString>> columns;
        for (const TableSpec* spec : specs) {
            QStringList names = {QStringLiteral("id"),         QStringLiteral("rev"),
                                 QStringLiteral("updated_at"), QStringLiteral("deleted"),
                                 QStringLiteral("base_rev"),   QStringLiteral("dirty")};
            for (const Column& c : spec->columns) {
                names.append(quoted(QLatin1String(c.name)));
            }
            columns.append({QLatin1String(spec->table), names.join(QStringLiteral(", "))});
        }
        floor.differences = bench::differingTables(
            floorFile, pulled, columns, dir + QStringLiteral("/floor-compare.sql"), &floor.catalogue.error);
        if (!floor.catalogue.error.isEmpty()) {
            floor.catalogue.wallMs = -1;
        }
    }

    // The shell's plain .import of the same files into bare tables of the files' columns, each file
    // in the shell's own transaction, with its defaults (rollback journal, synchronous FULL).
    QString plain;
    for (const TableSpec* spec : specs) {
        QStringList columns;
        for (const QString& name : copyColumns(*spec)) {
            columns.append(quoted(name));
        }
        plain += QStringLiteral("CREATE TABLE %1 (%2);\n.import --csv %3/%1.csv %1\n")
                     .arg(QLatin1String(spec->table), columns.join(QStringLiteral(", ")), dir);
    }
    {
        QFile script(dir + QStringLiteral("/plain.sql"));
        if (!script.open(QIODevice::WriteOnly)) {
            floor.plain.error = QStringLiteral("cannot write %1").arg(script.fileName());
            return floor;
        }
        script.write(plain.toUtf8());
    }
    QFile::remove(dir + QStringLiteral("/plain.db"));
    floor.plain = runShell(dir + QStringLiteral("/plain.db"), dir + QStringLiteral("/plain.sql"));
    return floor;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int organisations = 100000;
    bool firstPullOnly = false; // for profiling: no page-by-page pull, no push, no table
    int repeat = 1;             // first pulls from the same hub, with --first-pull-only
    bool alternate = false;     // every other first pull makes its search documents from the rows
    const QStringList arguments = app.arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--first-pull-only")) {
            firstPullOnly = true;
        } else if (arguments[i] == QLatin1String("--alternate")) {
            alternate = true;
        } else if (arguments[i] == QLatin1String("--repeat") && i + 1 < arguments.size()) {
            repeat = std::max(1, arguments[++i].toInt());
        } else if (arguments[i] == QLatin1String("--quick")) {
            organisations = 20000;
        } else if (arguments[i] == QLatin1String("--orgs") && i + 1 < arguments.size()) {
            organisations = arguments[++i].toInt();
        } else if (arguments[i] == QLatin1String("--catalogue") ||
                   arguments[i] == QLatin1String("--scratch") || arguments[i] == QLatin1String("--cli")) {
            ++i; // the shared catalogue is not used: the hub is filled here
        } else {
            organisations = arguments[i].toInt();
        }
    }
    if (organisations <= 0) {
        die(QStringLiteral("usage: bench_sync [--orgs N | --quick]"));
    }
    QString loadAverage = QStringLiteral("unknown");
    if (QFile load(QStringLiteral("/proc/loadavg")); load.open(QIODevice::ReadOnly)) {
        loadAverage = QString::fromLatin1(load.readAll()).section(QLatin1Char(' '), 0, 0);
    }
    test::PgServer pg;
    if (QString error = pg.start(); !error.isEmpty()) {
        die(error);
    }
    if (QString error = pg.admin(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE bench"));
        !error.isEmpty()) {
        die(error);
    }
    {
        HubAddress address;
        HubAddress::parse(pg.adminUrl(QStringLiteral("bench")), &address);
        HubClient admin(address);
        if (QString error = admin.open(); !error.isEmpty()) {
            die(error);
        }
        if (QString error = admin.initialise(QStringLiteral("bench-catalogue")); !error.isEmpty()) {
            die(error);
        }
        if (QString error = admin.addUser(QStringLiteral("field"), QStringLiteral("field-pw"),
                                          QStringLiteral("ws1"), QStringLiteral("editor"));
            !error.isEmpty()) {
            die(error);
        }
    }
    // The hub's rows: organisations, 1.5 offices and one contact each, with Arabic and Latin text.
    QElapsedTimer timer;
    timer.start();
    const QString fill = QStringLiteral(R"SQL(
INSERT INTO dalil.organisation (id, rev, updated_at, name_ar, name_en, acronym, type, sectors, countries,
    description_ar, founded, website, languages, workspace, seq, written_by, written_at)
SELECT 'org-' || g, '1764000000000-' || lpad((g % 1000000)::text, 6, '0') || '-hubgen', '2025-11-24T10:00:00.000Z',
    'جمعية التنمية والتعاون رقم ' || g, 'Development and Cooperation Society ' || g, 'DCS' || g, '22',
    '["health", "education", "child_protection"]', '["LB", "JO"]',
    'منظمة غير حكومية تعمل في مجال حماية الطفل والتعليم في المناطق الريفية', 1950 + g % 70,
    'https://example.org/' || g, '["ar", "en"]', 'ws1', 0, '', now()
FROM generate_series(1, %1) g;
INSERT INTO dalil.location (id, rev, updated_at, organisation_id, name_ar, country, admin1, city, lat, lon,
    seq, written_by, written_at)
SELECT 'loc-' || g, '1764000000001-' || lpad((g % 1000000)::text, 6, '0') || '-hubgen', '2025-11-24T10:00:00.000Z',
    'org-' || (1 + g % %1), 'المكتب الرئيسي', 'LB', 'محافظة الشمال', 'طرابلس', 33 + (g % 1000) / 1000.0,
    35 + (g % 997) / 1000.0, 0, '', now()
FROM generate_series(1, %1 * 3 / 2) g;
INSERT INTO dalil.contact (id, rev, updated_at, organisation_id, name, role, emails, phones, languages,
    seq, written_by, written_at)
SELECT 'con-' || g, '1764000000002-' || lpad((g % 1000000)::text, 6, '0') || '-hubgen', '2025-11-24T10:00:00.000Z',
    'org-' || g, 'ليلى حداد ' || g, 'منسقة البرامج', ('["contact' || g || '@example.org"]')::jsonb, '["+9611234567"]',
    '["ar"]', 0, '', now()
FROM generate_series(1, %1) g;
ANALYZE;
)SQL")
                             .arg(organisations);
    // One statement at a time: QPSQL reads only the first result of a multi-statement query.
    for (const QString& statement : fill.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty()) {
            continue;
        }
        if (QString error = pg.admin(QStringLiteral("bench"), statement); !error.isEmpty()) {
            die(error);
        }
    }
    const qint64 rows = qint64(organisations) * 7 / 2;
    QTextStream(stderr) << "hub filled with " << rows << " rows in " << timer.elapsed() << " ms\n";

    // psql \copy of the same rows and columns, to a file.
    QTemporaryDir dir;
    QStringList copyArgs = {QStringLiteral("-h"),       QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                            QString::number(pg.port()), QStringLiteral("-U"),        QStringLiteral("field"),
                            QStringLiteral("-d"),       QStringLiteral("bench"),     QStringLiteral("-q")};
    for (const TableSpec* spec : {&tables::organisation(), &tables::location(), &tables::contact()}) {
        copyArgs << QStringLiteral("-c")
                 << QStringLiteral("\\copy (SELECT %1 FROM dalil.%2 ORDER BY seq) TO '%3/%2.csv' WITH CSV")
                        .arg(QString::fromLatin1(HubSchema::selectList(*spec)), QLatin1String(spec->table),
                             dir.path());
    }
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("field-pw"));
    env.insert(QStringLiteral("PGSSLMODE"), QStringLiteral("disable"));
    psql.setProcessEnvironment(env);
    timer.restart();
    psql.start(QStringLiteral("psql"), copyArgs);
    if (!psql.waitForFinished(600000) || psql.exitCode() != 0) {
        die(QStringLiteral("psql failed: %1").arg(QString::fromLocal8Bit(psql.readAllStandardError())));
    }
    const qint64 copyMs = timer.elapsed();

    // The first pull into a new catalogue, as `dalil-cli sync` does it: one local transaction, the
    // indexes and the search index built once at the end, inside the timed pull.
    HubAddress address;
    HubAddress::parse(pg.url(QStringLiteral("field"), QStringLiteral("field-pw"), QStringLiteral("bench")),
                      &address);
    SyncEngine::PullTimings timings;
    auto firstPull = [&](const QString& file, bool bulk, Catalogue::OpenResult* opened, qint64* cpuMs) {
        // Used by this thread alone, as by `dalil-cli sync` and the window's background sync.
        *opened = Catalogue::open(dir.path() + file, Database::Mode::CreateIfMissing,
                                  Database::Threading::OneThread);
        if (!opened->catalogue) {
            die(opened->error);
        }
        HubClient hub(address);
        SyncEngine engine(*opened->catalogue, hub);
        engine.setBulkFirstPull(bulk);
        SyncEngine::Report report;
        QElapsedTimer clock;
        // A first pull in one transaction is usable once committed (Phase::Done); the copy of its
        // WAL into the file follows on the same thread, reported apart.
        qint64 doneMs = -1;
        engine.setProgress([&](SyncEngine::Phase phase, qint64, qint64) {
            if (phase == SyncEngine::Phase::Done) {
                doneMs = clock.elapsed();
            }
        });
        int unused = 0;
        sqlite3* handle = opened->catalogue->database().handle();
        for (const int op :
             {SQLITE_DBSTATUS_CACHE_WRITE, SQLITE_DBSTATUS_CACHE_SPILL, SQLITE_DBSTATUS_CACHE_MISS}) {
            sqlite3_db_status(handle, op, &unused, &unused, 1);
        }
        clock.start();
        const std::clock_t cpuBefore = std::clock();
        if (QString error = engine.pull(&report); !error.isEmpty()) {
            die(error);
        }
        // Usable means searchable: the page-by-page pull leaves the index stale (one rebuild) or
        // its touched records queued (one batched reindex); ensureFresh() does whichever is due.
        SearchIndex index(opened->catalogue->database());
        if (bulk && index.isStale()) {
            die(QStringLiteral("the first pull left the search index stale"));
        }
        const qint64 pulledMs = clock.elapsed();
        index.ensureFresh();
        const qint64 elapsed = doneMs >= 0 ? doneMs + (clock.elapsed() - pulledMs) : clock.elapsed();
        *cpuMs = qint64(std::clock() - cpuBefore) * 1000 / CLOCKS_PER_SEC;
        if (report.pulled != rows) {
            die(QStringLiteral("pulled %1 rows, expected %2").arg(report.pulled).arg(rows));
        }
        if (bulk) {
            timings = report.timings;
        }
        if (firstPullOnly) {
            // Pages written to the WAL (spilled during the transaction or at its commit), read back
            // after a spill, and the file's size.
            int written = 0;
            int spilled = 0;
            int missed = 0;
            sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_WRITE, &written, &unused, 0);
            sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_SPILL, &spilled, &unused, 0);
            sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_MISS, &missed, &unused, 0);
            SqlStatement pages(handle, "PRAGMA page_count");
            QTextStream(stderr) << "pages: " << (pages.step() ? pages.int64(0) : 0) << " in the file, "
                                << written << " written, " << spilled << " spilled, " << missed
                                << " read (cache misses); WAL "
                                << QFileInfo(dir.path() + file + QStringLiteral("-wal")).size() / 1024
                                << " KiB\n";
        }
        return elapsed;
    };
    QTextStream(stderr) << "first pull, one transaction\n";
    Catalogue::OpenResult opened;
    qint64 pullCpuMs = 0;
    qint64 pullMs = firstPull(QStringLiteral("/client.dalil"), true, &opened, &pullCpuMs);
    Floor floor;
    if (!firstPullOnly) {
        QTextStream(stderr) << "its floor: the sqlite3 shell\n";
        floor = pullFloor(dir.path(), *opened.catalogue);
        if (floor.catalogue.wallMs < 0 || floor.plain.wallMs < 0) {
            die(QStringLiteral("the sqlite3 shell failed: %1%2")
                    .arg(floor.catalogue.error, floor.plain.error));
        }
    }
    for (int run = 1; firstPullOnly; ++run) {
        QTextStream(stderr) << "load " << loadNow() << ", first pull " << pullMs << " ms, CPU " << pullCpuMs
                            << " ms; rows " << timings.applyMs << " ms (CPU " << timings.applyCpuMs
                            << "), indexes " << timings.indexMs << " ms (CPU " << timings.indexCpuMs
                            << "), search " << timings.searchMs << " ms (CPU " << timings.searchCpuMs << ")"
                            << (timings.searchFromRows ? " from the rows in memory" : " read back")
                            << ", commit " << timings.commitMs << " ms (CPU " << timings.commitCpuMs
                            << "), then checkpoint " << timings.checkpointMs << " ms (CPU "
                            << timings.checkpointCpuMs << "), reader " << timings.readMs << " ms (CPU "
                            << timings.readCpuMs << "), waited " << timings.waitMs << " ms\n";
        if (run == repeat) {
            return 0;
        }
        opened = {};
        QFile::remove(dir.path() + QStringLiteral("/client.dalil"));
        QFile::remove(dir.path() + QStringLiteral("/client.dalil-wal"));
        QFile::remove(dir.path() + QStringLiteral("/client.dalil-shm"));
        if (alternate && run % 2 == 1) {
            qputenv("DALIL_SYNC_SEARCH_FEED", "0");
        } else if (alternate) {
            qunsetenv("DALIL_SYNC_SEARCH_FEED");
        }
        pullMs = firstPull(QStringLiteral("/client.dalil"), true, &opened, &pullCpuMs);
    }
    QTextStream(stderr) << "first pull, page by page\n";
    qint64 pagedMs = 0;
    qint64 pagedCpuMs = 0;
    {
        Catalogue::OpenResult paged;
        pagedMs = firstPull(QStringLiteral("/paged.dalil"), false, &paged, &pagedCpuMs);
    }
    Catalogue& catalogue = *opened.catalogue;
    HubClient hub(address);
    SyncEngine engine(catalogue, hub);

    // 10,000 edits, then one push.
    const int edits = std::min(10000, organisations);
    timer.restart();
    catalogue.database().transaction([&] {
        for (int i = 1; i <= edits; ++i) {
            QJsonObject org = *catalogue.organisations().find(QStringLiteral("org-%1").arg(i));
            org.insert(QStringLiteral("acronym"), QStringLiteral("تعديل %1").arg(i));
            catalogue.organisations().save(org);
        }
    });
    const qint64 editMs = timer.elapsed();
    SyncEngine::Report pushReport;
    QTextStream(stderr) << "push\n";
    timer.restart();
    if (QString error = engine.push(&pushReport); !error.isEmpty()) {
        die(error);
    }
    const qint64 pushMs = timer.elapsed();
    if (pushReport.pushed != edits) {
        die(QStringLiteral("pushed %1 rows, expected %2").arg(pushReport.pushed).arg(edits));
    }

    const QString what = QStringLiteral("%1 organisations + %2 offices + %3 contacts (%4 rows)")
                             .arg(count(organisations), count(qint64(organisations) * 3 / 2),
                                  count(organisations), count(rows));
    const QString reference = QStringLiteral("psql \\copy of the same rows and columns: %1")
                                  .arg(bench::milliseconds(double(copyMs)));
    bench::printRow(
        QStringLiteral("sync: first pull from a hub on this machine into a new catalogue, ready to "
                       "search, %1")
            .arg(what),
        bench::milliseconds(double(pullMs)), reference, bench::ratio(double(pullMs), double(copyMs)),
        QStringLiteral("≤ 10 s, ≤ 3× psql"));
    bench::printRow(
        QStringLiteral(
            "its floor: the sqlite3 shell loading the same \\copy CSV files into a new catalogue of "
            "Dalil's schema, ready to search (.import into in-memory staging tables, then one "
            "transaction: INSERT…SELECT into organisation, location and contact, their indexes "
            "and the offices' R*Tree, the search documents Dalil made for this pull copied in "
            "from a side file, the three FTS5 tables' 'rebuild', COMMIT)"),
        bench::milliseconds(double(floor.catalogue.wallMs)), reference,
        bench::ratio(double(floor.catalogue.wallMs), double(copyMs)), QStringLiteral("—"));
    bench::printRow(QStringLiteral("the sqlite3 shell's plain .import of the same CSV files into bare tables "
                                   "(no indexes, no FTS)"),
                    bench::milliseconds(double(floor.plain.wallMs)), reference,
                    bench::ratio(double(floor.plain.wallMs), double(copyMs)), QStringLiteral("—"));
    bench::printRow(
        QStringLiteral("sync: the same first pull page by page (as into a catalogue with edits of "
                       "its own), then the search index"),
        bench::milliseconds(double(pagedMs)), reference, bench::ratio(double(pagedMs), double(copyMs)),
        QStringLiteral("—"));
    bench::printRow(
        QStringLiteral("sync: push of %1 edited organisations (one hub transaction)").arg(count(edits)),
        bench::milliseconds(double(pushMs)),
        QStringLiteral("making the %1 edits locally: %2")
            .arg(count(edits), bench::milliseconds(double(editMs))),
        QStringLiteral("—"), QStringLiteral("—"));
    bench::note(QStringLiteral(
        "Sync: the hub is a PostgreSQL 15 started by the bench on 127.0.0.1 (TCP, no TLS), filled with "
        "generated rows in Arabic and Latin script. The reference is psql \\copy of the same columns "
        "to CSV files, which writes no database. The pull reads the hub's history in pages with COPY "
        "through libpq on a second thread, one page ahead, and writes the rows straight from the hub's "
        "text with prepared statements."));
    bench::note(
        QStringLiteral(
            "Sync: the first pull's time includes everything until the catalogue is usable: reading the "
            "hub, writing the rows, building the secondary indexes, the offices' R*Tree and the search "
            "index, the cursor, and the commit — all in one local transaction (`dalil-cli sync`; "
            "CPU of this process %1). The page-by-page pull commits each page with its cursor (resumable, "
            "other writers served between pages), maintains every index row by row, and is followed by "
            "the search index rebuild, which is included (CPU %2).")
            .arg(bench::milliseconds(double(pullCpuMs)), bench::milliseconds(double(pagedCpuMs))));
    const auto ms = [](qint64 value) { return bench::milliseconds(double(value)); };
    bench::note(
        QStringLiteral(
            "Sync: where the first pull's %1 went (wall, then CPU of the writing thread) — reading the "
            "hub (COPY, on a second thread with its own connection, overlapping the writes): %2, CPU %3, "
            "of which the writer waited %4; writing the rows: %5 (waits included), CPU %6; the secondary "
            "indexes, the offices' R*Tree and the triggers: %7, CPU %8; the search index: %9, CPU %10 "
            "(%16); the commit (SQLite writing the new pages to its WAL): %11, CPU %12. Then, the catalogue "
            "already searchable, the same thread copies the WAL into the file (a passive checkpoint, "
            "readers and writers going on): %13, CPU %14, not in the time above. Load average at the "
            "start: %15.")
            .arg(ms(pullMs), ms(timings.readMs), ms(timings.readCpuMs), ms(timings.waitMs),
                 ms(timings.applyMs), ms(timings.applyCpuMs), ms(timings.indexMs), ms(timings.indexCpuMs),
                 ms(timings.searchMs))
            .arg(ms(timings.searchCpuMs), ms(timings.commitMs), ms(timings.commitCpuMs),
                 ms(timings.checkpointMs), ms(timings.checkpointCpuMs), loadAverage,
                 timings.searchFromRows
                     ? QStringLiteral("the organisations' documents made on a second thread from the rows "
                                      "held in memory, while the last rows and the indexes were written")
                     : QStringLiteral("read back from the catalogue")));
    QStringList floorSteps;
    for (const auto& [name, ms] : floor.catalogue.steps) {
        floorSteps.append(QStringLiteral("%1 %2").arg(name, bench::milliseconds(ms)));
    }
    bench::note(
        QStringLiteral(
            "Sync: the floor row is what SQLite alone needs for the same catalogue, none of Dalil's own "
            "work (reading the hub, checking rows, normalising text, making search documents). Untimed "
            "before it: Dalil creates a new catalogue (Catalogue::open, as for its own pull), the indexes "
            "and insert triggers that Dalil's first pull sets aside (BulkLoad::setAside: those of "
            "organisation, location, contact, partnership and membership) are dropped, and the search "
            "documents Dalil made in its pull (search_doc, search_key, search_term, search_code: the "
            "same normalised text, keys and filter codes) are copied into a side file. Timed, one "
            "`sqlite3` process from start to exit: the pragmas of Dalil's pull (synchronous NORMAL, a "
            "64 MiB page cache, no automatic checkpoint, and none at close: Dalil's copy of the WAL into the "
            "file is after its time too); "
            "`.import --csv` of the three \\copy files into TEMP tables in memory; then one transaction: "
            "INSERT…SELECT of the rows as Dalil stores them (NULL for no text, booleans 0/1, jsonb lists "
            "through json(), change numbers given, dirty 0), the set-aside indexes created again from their "
            "own SQL, the R*Tree filled by one INSERT…SELECT of the offices' points and the triggers put "
            "back, the documents copied in from the side file, the three FTS5 tables' 'rebuild' (each with "
            "the 64 MiB term buffer Dalil's rebuild gives it), COMMIT. Foreign keys are not checked (the "
            "shell's default) and the sync cursor's row is not written. "
            "Its steps, by SQLite's clock: %1 (the R*Tree row by row through SQLite's rtree "
            "module, which has no bulk load; Dalil packs it, RtreeBulkLoader). Compared afterwards with "
            "Dalil's pulled catalogue, both ways (EXCEPT), the three tables' rows (every column but the "
            "change numbers, which each writer gives in its own order), the search tables, the R*Tree and "
            "the FTS5 tables' stored index (%_data, %_idx): %2. The plain .import: three CREATE TABLE of the "
            "files' "
            "columns and three `.import --csv`, each in the shell's own transaction, with the shell's "
            "defaults (rollback journal, synchronous FULL).")
            .arg(floorSteps.join(QStringLiteral(", ")),
                 floor.differences.isEmpty()
                     ? QStringLiteral("the same")
                     : QStringLiteral("they differ in ") + floor.differences.join(QStringLiteral(", "))));
    bench::note(QStringLiteral(
        "Sync: the push sends the edits through the hub's last-writer-wins function in batches of "
        "2,000 within one transaction."));
    return 0;
}
