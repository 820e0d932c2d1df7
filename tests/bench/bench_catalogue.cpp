// The catalogue: how long opening a 1,000,000-organisation catalogue takes next to SQLite doing the
// least it can, and how fast `generate` writes next to plain SQLite INSERTs of as many rows.
// Interface and output: see BenchSupport.h.
#include "BenchSupport.h"

#include "catalogue/Catalogue.h"
#include "catalogue/CatalogueGenerator.h"
#include "catalogue/Migrations.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace dalil;
using namespace dalil::bench;

namespace {

void removeCatalogue(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", ".generating"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

void exec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        progress(QStringLiteral("sqlite3: %1 in %2").arg(QString::fromUtf8(message), QString::fromUtf8(sql)));
        sqlite3_free(message);
        std::exit(1);
    }
}

// The reference for `generate`: the same number of rows per table written with the sqlite3 C API
// and nothing else — fixed texts of the generator's typical lengths, ids and revisions from a
// counter, prepared INSERTs in one transaction, the same PRAGMAs as the generator. With `bare`, the
// tables have no secondary index and no trigger (what writing the bytes alone costs); without,
// they have the catalogue's full schema, maintained row by row.
void referenceInsert(const QString& path, const CatalogueGenerator::Counts& counts, bool bare)
{
    removeCatalogue(path);
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                    nullptr);
    exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144");
    for (const Migration& migration : migrations()) {
        exec(db, migration.sql);
    }
    if (bare) {
        QList<QByteArray> drops;
        sqlite3_stmt* schema = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT type, name FROM sqlite_schema WHERE type IN ('index', 'trigger') AND "
                           "sql IS NOT NULL",
                           -1, &schema, nullptr);
        while (sqlite3_step(schema) == SQLITE_ROW) {
            drops.append(QByteArray("DROP ") + reinterpret_cast<const char*>(sqlite3_column_text(schema, 0)) +
                         " \"" + reinterpret_cast<const char*>(sqlite3_column_text(schema, 1)) + '"');
        }
        sqlite3_finalize(schema);
        for (const QByteArray& drop : drops) {
            exec(db, drop.constData());
        }
    } else {
        exec(db, "INSERT INTO meta (key, value) VALUES ('search_bulk', '1')"); // as the generator does
    }
    exec(db, "BEGIN");
    const char* const sql[] = {
        "INSERT INTO organisation (id, rev, updated_at, deleted, dirty, name_ar, name_en, acronym, type, "
        "sectors, countries, description_ar, description_en, founded, website, registration_id, languages, "
        "source, change_seq) VALUES (?1, ?2, ?3, 0, 1, 'جمعية الأمل لحماية الطفل في طرابلس', "
        "'Al-Amal Association for Child Protection', 'AACP', ?4, '[\"child-protection\",\"education\"]', "
        "'[\"LB\"]', 'تعمل في مجال حماية الطفل في لبنان منذ عام 2004.', "
        "'Works on child protection in Lebanon since 2004.', 2004, 'https://www.aacp.org.lb', "
        "'LB-MOI-12345', '[\"ar\",\"en\"]', 'generated', ?5)",
        "INSERT INTO location (id, rev, updated_at, deleted, dirty, organisation_id, name_ar, name_en, "
        "country, admin1, city, lat, lon, change_seq) VALUES (?1, ?2, ?3, 0, 1, ?4, 'مكتب طرابلس', "
        "'Tripoli office', ?5, 'North Governorate', 'Tripoli', ?6, ?7, ?8)",
        "INSERT INTO contact (id, rev, updated_at, deleted, dirty, organisation_id, name, role, emails, "
        "phones, languages, private, change_seq) VALUES (?1, ?2, ?3, 0, 1, ?4, 'فريق البرامج', 'Programmes', "
        "'[\"programmes@aacp.org.lb\"]', '[\"+96171234567\"]', '[\"ar\",\"en\"]', 0, ?5)",
        "INSERT INTO partnership (id, rev, updated_at, deleted, dirty, org_a, org_b, kind, since, "
        "change_seq) "
        "VALUES (?1, ?2, ?3, 0, 1, ?4, ?5, 'implementing', '2019-03-01', ?6)",
        "INSERT INTO membership (id, rev, updated_at, deleted, dirty, network_id, member_id, role, since, "
        "change_seq) VALUES (?1, ?2, ?3, 0, 1, ?4, ?5, 'member', '2018-05-01', ?6)",
    };
    sqlite3_stmt* insert[5];
    for (int i = 0; i < 5; ++i) {
        if (sqlite3_prepare_v3(db, sql[i], -1, SQLITE_PREPARE_PERSISTENT, &insert[i], nullptr) != SQLITE_OK) {
            progress(QString::fromUtf8(sqlite3_errmsg(db)));
            std::exit(1);
        }
    }
    char id[64];
    char other[64];
    char reference[64];
    char rev[64];
    qint64 serial = 0;
    auto stamp = [&](sqlite3_stmt* statement, int table, qint64 row) {
        std::snprintf(id, sizeof id, "%08llx-0000-7000-8%03x-%012llx", (long long)(row >> 12) & 0xffffffff, table,
                      (long long)row);
        std::snprintf(rev, sizeof rev, "%013lld-%06lld-0123456789abcdef", 1767225600000LL + serial / 1000,
                      serial % 1000);
        ++serial;
        sqlite3_bind_text(statement, 1, id, -1, SQLITE_STATIC);
        sqlite3_bind_text(statement, 2, rev, -1, SQLITE_STATIC);
        sqlite3_bind_text(statement, 3, "2026-01-01T00:00:00.000Z", -1, SQLITE_STATIC);
    };
    auto organisationId = [](char* out, qint64 row) {
        std::snprintf(out, 64, "%08llx-0000-7000-8001-%012llx", (long long)(row >> 12) & 0xffffffff, (long long)row & 0xffffffffffff);
    };
    auto step = [&](sqlite3_stmt* statement) {
        if (sqlite3_step(statement) != SQLITE_DONE) {
            progress(QString::fromUtf8(sqlite3_errmsg(db)));
            std::exit(1);
        }
        sqlite3_reset(statement);
    };
    static const char* const kTypes[] = {"10", "21", "22", "23", "24", "40", "60", "70", "80", "90"};
    static const char* const kCountries[] = {"EG", "JO", "LB", "SY", "IQ", "MA", "TN", "DZ", "SA", "YE"};
    const qint64 organisations = counts.organisations;
    for (qint64 i = 0; i < organisations; ++i) {
        stamp(insert[0], 1, i);
        sqlite3_bind_text(insert[0], 4, kTypes[i % 10], -1, SQLITE_STATIC);
        sqlite3_bind_int64(insert[0], 5, i + 1);
        step(insert[0]);
    }
    for (qint64 i = 0; i < counts.locations; ++i) {
        stamp(insert[1], 2, i);
        organisationId(reference, i * organisations / counts.locations);
        sqlite3_bind_text(insert[1], 4, reference, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert[1], 5, kCountries[(i * 7) % 10], -1, SQLITE_STATIC);
        sqlite3_bind_double(insert[1], 6, 15.0 + double((i * 7919) % 20000) / 1000.0);
        sqlite3_bind_double(insert[1], 7, -10.0 + double((i * 104729) % 600000) / 10000.0);
        sqlite3_bind_int64(insert[1], 8, i + 1);
        step(insert[1]);
    }
    for (qint64 i = 0; i < counts.contacts; ++i) {
        stamp(insert[2], 3, i);
        organisationId(reference, i * organisations / std::max<qint64>(1, counts.contacts));
        sqlite3_bind_text(insert[2], 4, reference, -1, SQLITE_STATIC);
        sqlite3_bind_int64(insert[2], 5, i + 1);
        step(insert[2]);
    }
    for (int table : {3, 4}) {
        const qint64 rows = table == 3 ? counts.partnerships : counts.memberships;
        for (qint64 i = 0; i < rows; ++i) {
            stamp(insert[table], table + 1, i);
            organisationId(reference, (i * 7919) % organisations);
            organisationId(other, (i * 104729 + 1) % organisations);
            sqlite3_bind_text(insert[table], 4, reference, -1, SQLITE_STATIC);
            sqlite3_bind_text(insert[table], 5, other, -1, SQLITE_STATIC);
            sqlite3_bind_int64(insert[table], 6, i + 1);
            step(insert[table]);
        }
    }
    for (sqlite3_stmt* statement : insert) {
        sqlite3_finalize(statement);
    }
    exec(db, "COMMIT");
    exec(db, "PRAGMA journal_mode = WAL");
    sqlite3_close(db);
#ifdef Q_OS_UNIX
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        ::fsync(file.handle());
    }
#endif
}

qint64 rowsOf(const CatalogueGenerator::Counts& counts)
{
    return counts.organisations + counts.locations + counts.contacts + counts.partnerships +
           counts.memberships;
}

void benchGenerate(const Options& options, qint64 organisations, bool withBare, const QString& target)
{
    const QString generated = QDir(options.scratch).filePath(QStringLiteral("generated.dalil"));
    const QString reference = QDir(options.scratch).filePath(QStringLiteral("reference.dalil"));
    removeCatalogue(generated);
    CatalogueGenerator::Options generate;
    generate.organisations = organisations;
    generate.seed = 1;
    CatalogueGenerator::Result result;
    progress(QStringLiteral("generate %1 organisations").arg(organisations));
    const double dalilMs = once([&] { result = CatalogueGenerator::createAt(generated, generate); });
    if (!result.error.isEmpty()) {
        progress(result.error);
        std::exit(1);
    }
    removeCatalogue(generated);
    const CatalogueGenerator::Counts& counts = result.counts;
    progress(QStringLiteral("reference: plain INSERTs of %1 rows").arg(rowsOf(counts)));
    const double referenceMs = once([&] { referenceInsert(reference, counts, false); });
    removeCatalogue(reference);
    const QString work =
        QStringLiteral("generate %1 organisations (%2 rows in all), new file")
            .arg(QLocale::c().toString(organisations), QLocale::c().toString(rowsOf(counts)));
    printRow(work,
             QStringLiteral("%1 (%2)").arg(milliseconds(dalilMs),
                                           rate(double(organisations), dalilMs, QStringLiteral("orgs"))),
             QStringLiteral("%1 (%2)").arg(milliseconds(referenceMs),
                                           rate(double(organisations), referenceMs, QStringLiteral("orgs"))),
             ratio(dalilMs, referenceMs), target);
    if (withBare) {
        progress(QStringLiteral("reference: plain INSERTs into tables without indexes or triggers"));
        const double bareMs = once([&] { referenceInsert(reference, counts, true); });
        removeCatalogue(reference);
        printRow(work + QStringLiteral(", against tables without indexes or triggers"), milliseconds(dalilMs),
                 QStringLiteral("%1 (%2)").arg(milliseconds(bareMs),
                                               rate(double(organisations), bareMs, QStringLiteral("orgs"))),
                 ratio(dalilMs, bareMs), QStringLiteral("—"));
    }
}

void benchOpen(const Options& options)
{
    const int runs = options.quick ? 5 : 21;
    progress(QStringLiteral("open %1").arg(options.catalogue));
    qint64 organisations = 0;
    const Timing dalil = measure(runs, [&] {
        Catalogue::OpenResult opened = Catalogue::open(options.catalogue);
        if (!opened.catalogue) {
            progress(opened.error);
            std::exit(1);
        }
        organisations = opened.catalogue->organisations().count();
    });
    const Timing reference = measure(runs, [&] {
        sqlite3* db = nullptr;
        sqlite3_open_v2(QFile::encodeName(options.catalogue).constData(), &db, SQLITE_OPEN_READWRITE,
                        nullptr);
        for (const char* sql :
             {"PRAGMA user_version", "SELECT count(*) FROM organisation WHERE deleted = 0"}) {
            sqlite3_stmt* statement = nullptr;
            sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
            sqlite3_step(statement);
            sqlite3_finalize(statement);
        }
        sqlite3_close(db);
    });
    printRow(QStringLiteral("open the %1-organisation catalogue and count its organisations, in-process "
                            "(Catalogue::open)")
                 .arg(QLocale::c().toString(organisations)),
             percentiles(dalil), percentiles(reference), ratio(dalil.p50(), reference.p50()),
             QStringLiteral("—"));

    const QString sqlite3Cli = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3Cli.isEmpty() || options.cli.isEmpty()) {
        note(QStringLiteral(
            "- The sqlite3 command-line shell is not installed: the process row was skipped."));
        return;
    }
    auto runProcess = [&](const QString& program, const QStringList& arguments) {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            progress(QStringLiteral("%1 failed: %2")
                         .arg(program, QString::fromUtf8(process.readAllStandardError())));
            std::exit(1);
        }
    };
    const int processRuns = options.quick ? 3 : 11;
    const Timing cli = measure(processRuns, [&] {
        runProcess(options.cli, {QStringLiteral("--db"), options.catalogue, QStringLiteral("stats"),
                                 QStringLiteral("--json")});
    });
    const Timing shell = measure(processRuns, [&] {
        runProcess(sqlite3Cli, {options.catalogue, QStringLiteral("PRAGMA user_version; SELECT count(*) FROM "
                                                                  "organisation")});
    });
    printRow(QStringLiteral("`dalil-cli stats --json` on it (a process: start, open, count every table)"),
             percentiles(cli), percentiles(shell) + QStringLiteral(" (`sqlite3` shell: user_version, count)"),
             ratio(cli.p50(), shell.p50()), QStringLiteral("—"));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(QCoreApplication::arguments());
    benchOpen(options);
    benchGenerate(options, options.quick ? 20000 : 100000, true, QStringLiteral("—"));
    if (!options.quick) {
        benchGenerate(options, 1000000, false, QStringLiteral("< 60 s"));
    }
    note(
        QStringLiteral("- generate: `CatalogueGenerator::createAt`, seed 1, into a new file (built without a "
                       "journal and renamed, WAL at the end, fsync). Reference: the same number of rows per "
                       "table through the sqlite3 C API — prepared INSERTs of fixed texts, ids from a "
                       "counter, one transaction, the same PRAGMAs — into the catalogue's schema, whose "
                       "indexes and R*Tree trigger SQLite then maintains row by row; the second 100k row "
                       "writes into the same tables stripped of every secondary index and trigger."));
    note(QStringLiteral(
        "- open: 21 runs after one warm-up, page cache warm. `dalil-cli stats` counts live rows, "
        "tombstones and unsynced rows of every table; the shell counts one table."));
    return 0;
}
