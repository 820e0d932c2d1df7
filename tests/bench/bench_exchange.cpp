// Import and export at coordinator scale, beside SQLite's own shell on the same data
// (DESIGN.md "Performance"): a 100,000-row CSV imported validated, deduplicated and indexed, beside
// `sqlite3 .import` of the same file, and its floors on SQLite: the search index's FTS5 tables alone
// (ftsFloorMs()) and the sqlite3 shell making the same catalogue from the same file (importFloor());
// 100,000 contacts exported to CSV and XLSX, beside `sqlite3 -csv`. Prints markdown table rows. For
// profiling: DALIL_BENCH_ROWS=N imports N rows, DALIL_BENCH_IMPORT_ONLY=1 prints the import's steps and stops
// there, DALIL_BENCH_KEEP_CATALOGUE=FILE copies the imported catalogue to FILE (to profile an export on its
// own with dalil-cli).
#include "BenchSupport.h"
#include "ShellFloor.h"

#include "catalogue/BulkLoad.h"
#include "catalogue/Catalogue.h"
#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"
#include "exchange/ExportJob.h"
#include "exchange/ImportJob.h"
#include "search/SearchIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace dalil;

namespace {

using bench::mark;
using bench::runShell;
using bench::ShellRun;

const char* const kArabicWords[] = {"جمعية",   "مؤسسة",  "الأمل",   "النور",   "التنمية",
                                    "الشباب",  "المرأة", "الريفية", "للإغاثة", "الخيرية",
                                    "الطفولة", "السلام", "التعليم", "الصحة",   "البيئة"};
const char* const kLatinWords[] = {"Association", "Foundation", "Hope",    "Light",    "Development",
                                   "Youth",       "Women",      "Relief",  "Children", "Peace",
                                   "Education",   "Health",     "Network", "Aid"};
const struct
{
    const char* country;
    const char* city;
    double lat;
    double lon;
    const char* prefix;
} kPlaces[] = {{"Jordan", "عمّان", 31.95, 35.93, "+9626"},    {"Lebanon", "Beirut", 33.89, 35.50, "+9611"},
               {"Egypt", "القاهرة", 30.04, 31.24, "+2022"},  {"Iraq", "Erbil", 36.19, 44.01, "+96466"},
               {"Tunisia", "Tunis", 36.80, 10.18, "+21671"}, {"Morocco", "الرباط", 34.02, -6.83, "+212537"}};
const char* const kSectors[] = {"Education",        "Health",      "Protection",
                                "Child Protection", "Livelihoods", "WASH"};

QString makeCsv(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    QRandomGenerator random(7);
    QByteArray out = "Organisation,Name (Arabic),Country,City,Latitude,Longitude,Sector,Email,Phone\n";
    for (int i = 0; i < rows; ++i) {
        const auto& place = kPlaces[random.bounded(6)];
        const QString latin = QStringLiteral("%1 %2 %3")
                                  .arg(QLatin1String(kLatinWords[random.bounded(14)]),
                                       QLatin1String(kLatinWords[random.bounded(14)]))
                                  .arg(i);
        const QString arabic = QStringLiteral("%1 %2 %3")
                                   .arg(QString::fromUtf8(kArabicWords[random.bounded(15)]),
                                        QString::fromUtf8(kArabicWords[random.bounded(15)]))
                                   .arg(i);
        out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,contact%8@example.org,%9%10\n")
                   .arg(latin, arabic, QLatin1String(place.country), QString::fromUtf8(place.city))
                   .arg(place.lat + random.bounded(1.0) / 10, 0, 'f', 5)
                   .arg(place.lon + random.bounded(1.0) / 10, 0, 'f', 5)
                   .arg(QLatin1String(kSectors[random.bounded(6)]))
                   .arg(i)
                   .arg(QLatin1String(place.prefix))
                   .arg(1000000 + i)
                   .toUtf8();
    }
    file.write(out);
    return path;
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// CPU time of this process: on a machine shared with other builds, wall time alone says little.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double runSqlite(const QStringList& arguments, const QString& outputFile = QString())
{
    QProcess process;
    if (!outputFile.isEmpty()) {
        process.setStandardOutputFile(outputFile);
    }
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("sqlite3"), arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        return -1;
    }
    return seconds(timer);
}

// The floor of any import into this catalogue's search index: its three FTS5 tables, with their own
// definitions read from the catalogue, filled by the sqlite3 shell from the documents' already
// normalised text (copied out of `catalogue` first, untimed): what SQLite's FTS5 costs alone, with no
// reading, checking, normalising or writing of records. Milliseconds, or -1.
double ftsFloorMs(Database& catalogue, const QString& catalogueFile, const QString& scratch)
{
    QStringList create;
    {
        SqlStatement tables(catalogue.handle(),
                            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN "
                            "('search_name_fts', 'search_all_fts', 'search_skel_fts') "
                            "ORDER BY name");
        while (tables.step()) {
            create.append(tables.text(0).replace(QStringLiteral("'search_doc'"), QStringLiteral("'doc'")));
        }
    }
    if (create.size() != 3) {
        return -1;
    }
    const QString floorDb = QDir(scratch).filePath(QStringLiteral("fts-floor.db"));
    QFile::remove(floorDb);
    const QString copy = QStringLiteral("ATTACH '%1' AS src; CREATE TABLE doc AS SELECT docid, names, body, "
                                        "skel FROM src.search_doc; DETACH src;")
                             .arg(catalogueFile);
    if (runSqlite({floorDb, copy}) < 0) {
        return -1;
    }
    QString fill = QStringLiteral("BEGIN;");
    for (const QString& sql : create) {
        const QString name = sql.section(QLatin1Char(' '), 3, 3);
        fill += sql + QStringLiteral("; INSERT INTO %1 (%1) VALUES ('rebuild');").arg(name);
    }
    fill += QStringLiteral("COMMIT;");
    const double filled = runSqlite({floorDb, fill});
    return filled < 0 ? -1 : 1000 * filled;
}

bool writeFile(const QString& path, const QString& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

struct ImportFloor
{
    ShellRun catalogue;      // the floor: a new catalogue of Dalil's schema, ready to search
    QStringList differences; // tables whose rows differ from Dalil's import (none expected)
};

// The floor of the import on SQLite: the sqlite3 shell loading the same CSV file into a new catalogue
// of Dalil's own schema, ready to search, as Dalil's import stores it, with none of Dalil's own work
// (decoding and checking cells, folding duplicates, country names, ids, search documents). Modelled
// on bench_sync's pullFloor().
// - untimed: Dalil creates the catalogue (Catalogue::open); the indexes and insert triggers that the
//   import's BulkLoad sets aside (BulkLoad::setAside with Numbering::SetAside: every index of the
//   five tables it fills, the R*Tree's three triggers, the search queue's and the numbering's insert
//   triggers) are dropped (bench::createSetAside). A side file gets, from Dalil's imported
//   catalogue `imported`: its search documents (search_doc, search_key, search_term, search_code:
//   normalised text, keys, term counts, filter codes); the ids and revisions Dalil gave each line's
//   organisation, office and contact (the CSV has none: ids, by the line's number, which is the
//   organisation's change_seq); and the country codes Dalil read from the file's country names
//   (six rows: CountryNames' lookup, in C++).
// - timed (one shell, start to exit): the import's pragmas (Catalogue::open's synchronous NORMAL and
//   in-memory temp store, BulkConnection's page cache for `rows` records and no automatic
//   checkpoint; no checkpoint at close either: ImportJob::checkpoint comes after the import's time
//   too); `.import --csv` of the file into an in-memory TEMP table; then one transaction: INSERT…SELECT
//   into organisation, location and contact, values as Dalil stores them (its ids and revisions
//   joined from the side file by line number, the country code joined by name, lists as JSON, a
//   change_seq per line), the set-aside indexes created again, the offices' R*Tree filled by one
//   INSERT…SELECT and the triggers put back, the documents copied in from the side file, the three
//   FTS5 tables' 'rebuild' with Dalil's term buffer, COMMIT. Foreign keys are not checked (the shell's
//   default; BulkConnection turns them off too). Dalil writes in two transactions (the rows, then
//   the search index) and its meta rows (search counts, clock); the floor in one, without them.
ImportFloor importFloor(const QString& dir, const QString& csv, Catalogue& imported, int rows)
{
    ImportFloor floor;
    const QString floorFile = QDir(dir).filePath(QStringLiteral("import-floor.dalil"));
    const QString sideFile = QDir(dir).filePath(QStringLiteral("import-floor-side.db"));
    QFile::remove(floorFile);
    QFile::remove(sideFile);
    // What ImportJob's BulkLoad::begin sets aside (Numbering::SetAside, Written::Any).
    const std::optional<BulkLoad::SetAside> aside = bench::createSetAside(
        floorFile, BulkLoad::Numbering::SetAside, BulkLoad::Written::Any, &floor.catalogue.error);
    if (!aside) {
        return floor;
    }
    // The file's columns, as its header names them (the bench's file quotes none).
    QStringList columns;
    {
        QFile file(csv);
        if (!file.open(QIODevice::ReadOnly)) {
            floor.catalogue.error = QStringLiteral("cannot read %1").arg(csv);
            return floor;
        }
        for (const QByteArray& name : file.readLine().trimmed().split(',')) {
            columns.append(QLatin1Char('"') + QString::fromUtf8(name) + QLatin1Char('"'));
        }
    }
    const QString staging =
        QStringLiteral("CREATE TEMP TABLE csv (%1);\n.import --csv --skip 1 --schema temp "
                       "'%2' csv\n")
            .arg(columns.join(QStringLiteral(", ")), csv);
    {
        QString sql = QStringLiteral("ATTACH '%1' AS src;\n").arg(imported.path());
        for (const char* table : {"search_doc", "search_key", "search_term", "search_code"}) {
            sql += QStringLiteral("CREATE TABLE %1 AS SELECT * FROM src.%1;\n").arg(QLatin1String(table));
        }
        sql += staging;
        sql += QStringLiteral(
            "CREATE TABLE ids (line INTEGER PRIMARY KEY, organisation TEXT, organisation_rev TEXT, "
            "office TEXT, office_rev TEXT, contact TEXT, contact_rev TEXT);\n"
            "INSERT INTO ids SELECT o.change_seq, o.id, o.rev, l.id, l.rev, c.id, c.rev FROM "
            "src.organisation "
            "o JOIN src.location l ON l.organisation_id = o.id JOIN src.contact c ON c.organisation_id = "
            "o.id "
            "ORDER BY o.change_seq;\n"
            "CREATE TABLE country (name TEXT PRIMARY KEY, code TEXT);\n"
            "INSERT INTO country SELECT DISTINCT csv.\"Country\", l.country FROM temp.csv JOIN ids ON "
            "ids.line "
            "= csv.rowid JOIN src.location l ON l.id = ids.office;\n");
        if (!writeFile(sideFile + QStringLiteral(".sql"), sql)) {
            floor.catalogue.error = QStringLiteral("cannot write in %1").arg(dir);
            return floor;
        }
    }
    if (ShellRun copied = runShell(sideFile, sideFile + QStringLiteral(".sql")); copied.wallMs < 0) {
        floor.catalogue.error = copied.error;
        return floor;
    }

    const QString source = QStringLiteral("import:%1").arg(QFileInfo(csv).fileName());
    // A list of one value, or none.
    auto list = [](const char* column) {
        return QStringLiteral("iif(csv.\"%1\" = '', '[]', json_array(csv.\"%1\"))")
            .arg(QLatin1String(column));
    };
    auto text = [](const char* column) {
        return QStringLiteral("NULLIF(csv.\"%1\", '')").arg(QLatin1String(column));
    };
    auto real = [](const char* column) {
        return QStringLiteral("CAST(NULLIF(csv.\"%1\", '') AS REAL)").arg(QLatin1String(column));
    };
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    const QString from =
        QStringLiteral("FROM temp.csv JOIN side.ids ON ids.line = csv.rowid LEFT JOIN side.country ON "
                       "country.name = csv.\"Country\" ORDER BY csv.rowid");
    QString sql = QStringLiteral(".dbconfig no_ckpt_on_close on\n"
                                 "PRAGMA synchronous = NORMAL;\nPRAGMA cache_size = -%1;\n"
                                 "PRAGMA wal_autocheckpoint = 0;\nPRAGMA temp_store = MEMORY;\n")
                      .arg(std::min<qint64>(qint64(rows) * 3 / 2, 256 * 1024));
    sql += mark("start");
    sql += staging;
    sql += mark("import");
    sql += QStringLiteral("ATTACH '%1' AS side;\nBEGIN;\n").arg(sideFile);
    sql += QStringLiteral(
               "INSERT INTO organisation (id, name_ar, name_en, sectors, countries, source, rev, "
               "updated_at, deleted, dirty, change_seq) SELECT ids.organisation, %1, %2, %3, "
               "iif(country.code IS NULL, '[]', json_array(country.code)), '%4', ids.organisation_rev, "
               "%5, 0, 1, csv.rowid %6;\n")
               .arg(text("Name (Arabic)"), text("Organisation"), list("Sector"), source, now, from);
    sql += QStringLiteral(
               "INSERT INTO location (id, organisation_id, country, city, lat, lon, rev, updated_at, "
               "deleted, dirty, change_seq) SELECT ids.office, ids.organisation, country.code, %1, %2, "
               "%3, ids.office_rev, %4, 0, 1, csv.rowid %5;\n")
               .arg(text("City"), real("Latitude"), real("Longitude"), now, from);
    sql += QStringLiteral(
               "INSERT INTO contact (id, organisation_id, emails, phones, rev, updated_at, deleted, "
               "dirty, change_seq) SELECT ids.contact, ids.organisation, %1, %2, ids.contact_rev, %3, "
               "0, 1, csv.rowid %4;\n")
               .arg(list("Email"), list("Phone"), now, from);
    sql += bench::scriptEnd(*aside, "side");
    const QString script = QDir(dir).filePath(QStringLiteral("import-floor.sql"));
    if (!writeFile(script, sql)) {
        floor.catalogue.error = QStringLiteral("cannot write %1").arg(script);
        return floor;
    }
    floor.catalogue = runShell(floorFile, script);
    if (floor.catalogue.wallMs < 0) {
        return floor;
    }

    // The same catalogue as Dalil's import: every row of the three tables (all columns but
    // updated_at, each writer's time of writing), the search documents, the R*Tree and the FTS5
    // tables' stored index, compared both ways; and their counts.
    QList<std::pair<QString, QString>> compared;
    for (const char* table : {"organisation", "location", "contact"}) {
        QStringList names;
        SqlStatement info(imported.database().handle(), "SELECT name FROM pragma_table_info(?)");
        info.bind(1, QString::fromLatin1(table));
        while (info.step()) {
            if (info.text(0) != QLatin1String("updated_at")) {
                names.append(QLatin1Char('"') + info.text(0) + QLatin1Char('"'));
            }
        }
        compared.append({QLatin1String(table), names.join(QStringLiteral(", "))});
    }
    floor.differences = bench::differingTables(floorFile, imported, compared,
                                               QDir(dir).filePath(QStringLiteral("import-floor-compare.sql")),
                                               &floor.catalogue.error);
    if (!floor.catalogue.error.isEmpty()) {
        floor.catalogue.wallMs = -1;
    }
    return floor;
}

// DALIL_BENCH_EXPORT_FROM=FILE: only the CSV export of every contact of FILE (a catalogue kept by
// DALIL_BENCH_KEEP_CATALOGUE), DALIL_BENCH_RUNS times (5), each beside `sqlite3 -csv`: wall and
// CPU of each run, then the medians.
int exportOnly(const QString& from, const QString& scratch)
{
    // Its own connection, used by this thread alone, as the command line's and the window's exports.
    auto catalogue = std::move(
        Catalogue::open(from, Database::Mode::OpenExisting, Database::Threading::OneThread).catalogue);
    if (!catalogue) {
        bench::progress(QStringLiteral("bench_exchange: cannot open %1").arg(from));
        return 1;
    }
    const int runs = std::max(1, qEnvironmentVariableIntValue("DALIL_BENCH_RUNS") > 0
                                     ? qEnvironmentVariableIntValue("DALIL_BENCH_RUNS")
                                     : 5);
    QList<double> walls, cpus, references, referenceCpus, ratios, cpuRatios;
    for (int run = 0; run < runs; ++run) {
        ExportJob::Options exportOptions;
        exportOptions.kind = QStringLiteral("contacts");
        exportOptions.format = QStringLiteral("csv");
        exportOptions.out = QDir(scratch).filePath(QStringLiteral("contacts.csv"));
        ExportJob::Result exported;
        const double cpu = cpuSeconds();
        const double wall = bench::once([&] { exported = ExportJob(exportOptions).run(*catalogue); });
        cpus.append(cpuSeconds() - cpu);
        if (!exported.error.isEmpty()) {
            bench::progress(QStringLiteral("export failed: %1").arg(exported.error));
            return 1;
        }
        rusage children{};
        getrusage(RUSAGE_CHILDREN, &children);
        const double childCpu = double(children.ru_utime.tv_sec + children.ru_stime.tv_sec) +
                                double(children.ru_utime.tv_usec + children.ru_stime.tv_usec) / 1e6;
        const double reference = 1000 * runSqlite({QStringLiteral("-csv"), QStringLiteral("-header"), from,
                                                   QStringLiteral("SELECT * FROM contact WHERE deleted = 0")},
                                                  QDir(scratch).filePath(QStringLiteral("sqlite.csv")));
        getrusage(RUSAGE_CHILDREN, &children);
        const double referenceCpu = double(children.ru_utime.tv_sec + children.ru_stime.tv_sec) +
                                    double(children.ru_utime.tv_usec + children.ru_stime.tv_usec) / 1e6 -
                                    childCpu;
        walls.append(wall);
        references.append(reference);
        referenceCpus.append(referenceCpu);
        ratios.append(wall / reference);
        cpuRatios.append(cpus.last() / referenceCpu);
        std::printf("run %d: %d contacts, %.1f ms wall, %.1f ms CPU; sqlite3 -csv %.1f ms wall, %.1f ms CPU: "
                    "%.2fx wall, %.2fx CPU\n",
                    run + 1, exported.records, wall, 1000 * cpus.last(), reference, 1000 * referenceCpu,
                    ratios.last(), cpuRatios.last());
    }
    auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    };
    std::printf(
        "median: %.1f ms wall, %.1f ms CPU; sqlite3 -csv %.1f ms wall, %.1f ms CPU; ratio %.2fx wall, "
        "%.2fx CPU\n",
        median(walls), 1000 * median(cpus), median(references), 1000 * median(referenceCpus), median(ratios),
        median(cpuRatios));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bench::Options options = bench::parseOptions(QCoreApplication::arguments(), false);
    const int rows = qEnvironmentVariableIntValue("DALIL_BENCH_ROWS") > 0
                         ? qEnvironmentVariableIntValue("DALIL_BENCH_ROWS")
                         : (options.quick ? 10000 : 100000);
    QTemporaryDir dir(QDir(options.scratch).filePath(QStringLiteral("exchange-XXXXXX")));
    if (const QString from = qEnvironmentVariable("DALIL_BENCH_EXPORT_FROM"); !from.isEmpty()) {
        return exportOnly(from, dir.path());
    }
    bench::progress(QStringLiteral("bench_exchange: writing a %1-row CSV").arg(rows));
    const QString csv = makeCsv(dir.filePath(QStringLiteral("partners.csv")), rows);
    const QString db = dir.filePath(QStringLiteral("bench.dalil"));
    auto catalogue = std::move(
        Catalogue::open(db, Database::Mode::CreateIfMissing, Database::Threading::OneThread).catalogue);
    if (csv.isEmpty() || !catalogue) {
        bench::progress(QStringLiteral("bench_exchange: cannot write in %1").arg(dir.path()));
        return 1;
    }

    // The import is done when run() returns (the dialog says so then); the copy of its pages from
    // the WAL into the file follows (ImportJob::checkpoint) and is timed on its own.
    double cpu = cpuSeconds();
    ImportReport report;
    ImportJob job(csv, {});
    const double importMs = bench::once([&] { report = job.run(*catalogue); });
    const double importCpu = cpuSeconds() - cpu;
    cpu = cpuSeconds();
    const double checkpointMs = bench::once([&] { job.checkpoint(*catalogue); });
    const double checkpointCpu = cpuSeconds() - cpu;
    if (!report.written || report.organisationsCreated != rows) {
        bench::progress(
            QStringLiteral("import failed: %1 %2").arg(report.fatal, report.issues.value(0).toString()));
        return 1;
    }
    if (qEnvironmentVariableIsSet("DALIL_BENCH_IMPORT_ONLY")) {
        const ImportReport::Timings& t = report.timings;
        for (const auto& [name, s] : {std::pair{"read", t.read},
                                      {"check", t.check},
                                      {"dedupe", t.dedupe},
                                      {"write", t.write},
                                      {"index", t.index}}) {
            std::printf("%-7s %.3f s CPU %.3f s wall\n", name, s.cpu, s.wall);
        }
        std::printf("import  %.3f s CPU %.3f s wall (done; search documents %s, %d of 3 FTS5 tables "
                    "built aside)\n",
                    importCpu, importMs / 1000, t.searchFromRecords ? "from the rows" : "rebuilt",
                    t.searchFtsPrebuilt);
        std::printf("checkpoint %.3f s CPU %.3f s wall (after)\n", checkpointCpu, checkpointMs / 1000);
        return 0;
    }
    if (const QString keep = qEnvironmentVariable("DALIL_BENCH_KEEP_CATALOGUE"); !keep.isEmpty()) {
        // For profiling the export on its own: the imported catalogue, copied out (WAL checkpointed).
        catalogue->database().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        QFile::remove(keep);
        QFile::copy(db, keep);
    }
    // SQLite's floor for the same catalogue from the same file, compared with the import's before the
    // rebuild below writes its search index again.
    const ImportFloor floor = importFloor(dir.path(), csv, *catalogue, rows);
    // The index rebuild the import ends with, timed again on its own: how much of the import it is.
    const double rebuildMs = bench::once([&] { catalogue->searchIndex().rebuild(); });
    const double sqliteImportMs =
        1000 * runSqlite({dir.filePath(QStringLiteral("plain.db")), QStringLiteral(".mode csv"),
                          QStringLiteral(".import %1 partners").arg(csv)});
    const QLocale c = QLocale::c();
    bench::printRow(
        QStringLiteral("import a %1-row CSV (validated, deduplicated, indexed)").arg(c.toString(rows)),
        bench::milliseconds(importMs),
        bench::milliseconds(sqliteImportMs) + QStringLiteral(" sqlite3 .import"),
        bench::ratio(importMs, sqliteImportMs), QStringLiteral("≤ 3 s, ≤ 2.5×"));
    const double floorMs = ftsFloorMs(catalogue->database(), db, dir.path());
    bench::printRow(
        QStringLiteral("its floor: the search index's three FTS5 tables alone, filled by the sqlite3 "
                       "shell from the same already normalised text"),
        bench::milliseconds(floorMs),
        bench::milliseconds(sqliteImportMs) + QStringLiteral(" sqlite3 .import"),
        bench::ratio(floorMs, sqliteImportMs), QStringLiteral("—"));
    bench::printRow(
        QStringLiteral("its floor on SQLite: the sqlite3 shell making the same catalogue, ready to "
                       "search, from the same file (its .import, rows, indexes, R*Tree, "
                       "FTS5; Dalil's ids and search documents given)"),
        floor.catalogue.wallMs < 0 ? QStringLiteral("failed") : bench::milliseconds(floor.catalogue.wallMs),
        bench::milliseconds(sqliteImportMs) + QStringLiteral(" sqlite3 .import"),
        bench::ratio(floor.catalogue.wallMs, sqliteImportMs), QStringLiteral("—"));

    QList<double> cpuTimes{importCpu};
    // The exports on a connection of their own, used by this thread alone, as the command line's and
    // the window's exports.
    catalogue = std::move(
        Catalogue::open(db, Database::Mode::OpenExisting, Database::Threading::OneThread).catalogue);
    if (!catalogue) {
        bench::progress(QStringLiteral("bench_exchange: cannot open %1").arg(db));
        return 1;
    }
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        ExportJob::Options exportOptions;
        exportOptions.kind = QStringLiteral("contacts");
        exportOptions.format = format;
        exportOptions.out = dir.filePath(QStringLiteral("contacts.") + format);
        ExportJob::Result exported;
        cpu = cpuSeconds();
        const double exportMs = bench::once([&] { exported = ExportJob(exportOptions).run(*catalogue); });
        cpuTimes.append(cpuSeconds() - cpu);
        if (!exported.error.isEmpty() || exported.records != rows) {
            bench::progress(QStringLiteral("export failed: %1").arg(exported.error));
            return 1;
        }
        const double sqliteMs = 1000 * runSqlite({QStringLiteral("-csv"), QStringLiteral("-header"), db,
                                                  QStringLiteral("SELECT * FROM contact WHERE deleted = 0")},
                                                 dir.filePath(QStringLiteral("sqlite.csv")));
        bench::printRow(
            QStringLiteral("export %1 contacts to %2").arg(c.toString(rows), format.toUpper()),
            bench::milliseconds(exportMs), bench::milliseconds(sqliteMs) + QStringLiteral(" sqlite3 -csv"),
            bench::ratio(exportMs, sqliteMs),
            format == QLatin1String("csv") ? QStringLiteral("≤ 1 s, ≤ 1.5×") : QStringLiteral("≤ 3 s"));
    }
    const ImportReport::Timings& t = report.timings;
    auto step = [](const ImportReport::Step& s) {
        return QStringLiteral("%1 s CPU (%2 s wall)").arg(s.cpu, 0, 'f', 2).arg(s.wall, 0, 'f', 2);
    };
    bench::note(
        QStringLiteral(
            "Exchange: CPU time of Dalil's process (the machine is shared): import %1 s, CSV export %2 s, "
            "XLSX export %3 s. The import reads, validates and deduplicates the file, writes %4 "
            "organisations with an office and a contact each in one transaction, then rebuilds the search "
            "index: that rebuild alone, timed again after the import, takes %5 s. The import's time is until "
            "it is done (ImportJob::run returns, the dialog shows the result): its commits leave out "
            "SQLite's automatic checkpoint, and the copy of the new pages from the WAL into the catalogue "
            "file is made once after (ImportJob::checkpoint, on the import's thread): %6 s wall, %7 s CPU, "
            "in neither the import's time nor its ratio. The contact exports "
            "stream rows from one query to the file (ContactRows: every organisation's first office read "
            "beforehand in one pass over the offices into a map, not looked up by an index per "
            "organisation); "
            "the reference is the shell dumping the contact table alone.")
            .arg(cpuTimes[0], 0, 'f', 2)
            .arg(cpuTimes[1], 0, 'f', 2)
            .arg(cpuTimes[2], 0, 'f', 2)
            .arg(c.toString(rows))
            .arg(rebuildMs / 1000, 0, 'f', 2)
            .arg(checkpointMs / 1000, 0, 'f', 2)
            .arg(checkpointCpu, 0, 'f', 2));
    bench::note(
        QStringLiteral(
            "Import of %1 rows, step by step: reading the file (decoding, CSV fields) %2; parsing and "
            "validating cells and records, rows of one organisation and same-name duplicates within the file "
            "folded (CellReader and RecordBuilder into plain ImportRecords, no JSON object per row; the "
            "names' "
            "search keys made on two threads; the "
            "cells "
            "read on two threads, a second thread reading chunks of rows ahead while the first folds them "
            "in file order; the repositories' whole-record rules on the records that may break them) %3; "
            "duplicate check against the catalogue (Dedupe) %4; the one transaction %5 (prepared INSERTs "
            "with time-ordered ids; into an empty catalogue a second thread makes the records' values, "
            "UTF-8 text and ids, in batches of buffers reused once written, while the first writes the "
            "records before them and allocates nothing per record, NewRowsPipeline; the "
            "secondary indexes, the offices' R*Tree and the numbering triggers are set aside and built once "
            "at the end, BulkLoad, the R*Tree from the offices' points as they were written, with no "
            "foreign-key lookup per office and contact and a page cache that "
            "holds the whole transaction); search index %6.")
            .arg(c.toString(rows), step(t.read), step(t.check), step(t.dedupe), step(t.write),
                 step(t.index)));
    if (floor.catalogue.wallMs < 0) {
        bench::note(
            QStringLiteral("Import floor on SQLite: failed: %1").arg(floor.catalogue.error.trimmed()));
    } else {
        QStringList steps;
        double withoutImport = 0;
        for (const auto& [name, ms] : floor.catalogue.steps) {
            steps.append(QStringLiteral("%1 %2").arg(name, bench::milliseconds(ms)));
            if (name != QLatin1String("import")) {
                withoutImport += ms;
            }
        }
        bench::note(
            QStringLiteral(
                "Import floor on SQLite (importFloor()): one sqlite3 process, start to exit, %1: with the "
                "import's pragmas (synchronous NORMAL, WAL, in-memory temp store, BulkConnection's page "
                "cache, no checkpoint), `.import --csv` of the same file into a TEMP table, then one "
                "transaction: INSERT…SELECT into organisation, location and contact as Dalil stores them "
                "(lists as JSON, a change_seq per line; Dalil's own ids and revisions and the country codes "
                "it read from the country names joined from a side file by line number and by name, copied "
                "untimed from Dalil's catalogue), the indexes and insert triggers the import's BulkLoad sets "
                "aside dropped beforehand (untimed) and created again, the offices' R*Tree filled by one "
                "INSERT…SELECT, Dalil's search documents (search_doc, search_key, search_term, search_code; "
                "copied untimed from its import) copied in, the three FTS5 tables' 'rebuild' with Dalil's "
                "term buffer, COMMIT. Its steps by SQLite's clock: %2; all but the .import %3. "
                "Compared both ways (EXCEPT) with Dalil's imported catalogue: the three tables' rows (every "
                "column but updated_at, each writer's time of writing), the search documents, the R*Tree "
                "and the FTS5 tables' stored index: %4. Dalil writes the search index in a second "
                "transaction and its meta rows too (search counts, its clock); the floor does neither.")
                .arg(bench::milliseconds(floor.catalogue.wallMs), steps.join(QStringLiteral(", ")),
                     bench::milliseconds(withoutImport),
                     floor.differences.isEmpty()
                         ? QStringLiteral("the same rows")
                         : QStringLiteral("differ: ") + floor.differences.join(QStringLiteral(", "))));
    }
    return 0;
}
