// Import and export at coordinator scale, beside SQLite's own shell on the same data
// (DESIGN.md "Performance"): a 100,000-row CSV imported validated, deduplicated and indexed, beside
// `sqlite3 .import` of the same file; 100,000 contacts exported to CSV and XLSX, beside
// `sqlite3 -csv`. Prints markdown table rows. For profiling: DALIL_BENCH_ROWS=N imports N rows,
// DALIL_BENCH_IMPORT_ONLY=1 prints the import's steps and stops there, DALIL_BENCH_KEEP_CATALOGUE=FILE
// copies the imported catalogue to FILE (to profile an export on its own with dalil-cli).
#include "BenchSupport.h"

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
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace dalil;

namespace {

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
    return 0;
}
