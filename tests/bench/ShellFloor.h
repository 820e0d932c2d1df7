#pragma once

// Shared by the benches whose "floor" rows have the sqlite3 shell (Debian's /usr/bin/sqlite3) make
// the catalogue Dalil made, with none of Dalil's own work (bench_exchange's importFloor(),
// bench_sync's pullFloor()): a new catalogue without what Dalil's bulk load sets aside, running a
// script in the shell with timed marks, and comparing the shell's catalogue with Dalil's.

#include "catalogue/BulkLoad.h"
#include "catalogue/Catalogue.h"
#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"
#include "search/SearchIndexRebuild.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace dalil::bench {

// What the shell took for a script: the whole process, start to exit, and the time between the
// script's marks (lines `mark|NAME|MS` it prints with the clock SQLite reads, in milliseconds).
struct ShellRun
{
    double wallMs = -1; // -1: the shell failed (error says why)
    QList<std::pair<QString, double>> steps;
    QString error;
};

inline ShellRun runShell(const QString& database, const QString& scriptFile)
{
    ShellRun run;
    QProcess shell;
    shell.setStandardInputFile(scriptFile);
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), QStringLiteral("-batch"), database});
    if (!shell.waitForFinished(600000) || shell.exitStatus() != QProcess::NormalExit ||
        shell.exitCode() != 0) {
        run.error = QString::fromLocal8Bit(shell.readAllStandardError());
        return run;
    }
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    double last = -1;
    for (const QByteArray& line : shell.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.split('|');
        if (fields.size() != 3 || fields[0] != "mark") {
            continue;
        }
        const double at = fields[2].toDouble();
        if (last >= 0) {
            run.steps.append({QString::fromUtf8(fields[1]), at - last});
        }
        last = at;
    }
    return run;
}

// A script line that prints a mark named `name` (see ShellRun).
inline QString mark(const char* name)
{
    return QStringLiteral(
               "SELECT 'mark', '%1', printf('%.1f', (julianday('now') - 2440587.5) * 86400000.0);\n")
        .arg(QLatin1String(name));
}

// Creates a new catalogue of Dalil's schema at `file` (Catalogue::open, as Dalil's own), drops what
// Dalil's bulk load sets aside for `numbering` and `written` (BulkLoad::setAside: the floor's script
// creates it again) and checkpoints the WAL into the file. Returns what was dropped, or nothing
// when the catalogue could not be made (`error` says why).
inline std::optional<BulkLoad::SetAside> createSetAside(const QString& file, BulkLoad::Numbering numbering,
                                                        BulkLoad::Written written, QString* error)
{
    Catalogue::OpenResult created =
        Catalogue::open(file, Database::Mode::CreateIfMissing, Database::Threading::OneThread);
    if (!created.catalogue) {
        *error = created.error;
        return std::nullopt;
    }
    Database& db = created.catalogue->database();
    BulkLoad::SetAside aside = BulkLoad::setAside(db, numbering, written);
    for (const QByteArray& drop : aside.drops) {
        db.execute(drop.constData());
    }
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    return aside;
}

// The end of a floor's script, after its rows are written inside its transaction: the indexes
// `aside` lists created again, the offices' R*Tree filled by one INSERT…SELECT and the triggers put
// back, the search documents copied in from the attached database `documents`, the three FTS5
// tables' 'rebuild' with the term buffer Dalil's build gives them (fewer, larger segments, then
// their default), COMMIT; a mark after each step.
inline QString scriptEnd(const BulkLoad::SetAside& aside, const char* documents)
{
    QString sql = mark("rows");
    for (const QByteArray& statement : aside.indexes) {
        sql += QString::fromUtf8(statement) + QStringLiteral(";\n");
    }
    sql += mark("indexes");
    sql += QStringLiteral("INSERT INTO location_rtree SELECT rowid, lon, lon, lat, lat FROM location "
                          "WHERE deleted = 0 AND lat IS NOT NULL AND lon IS NOT NULL;\n");
    for (const QByteArray& statement : aside.triggers) {
        sql += QString::fromUtf8(statement) + QStringLiteral(";\n");
    }
    sql += mark("R*Tree");
    for (const char* table : {"search_doc", "search_key", "search_term", "search_code"}) {
        sql += QStringLiteral("INSERT INTO %1 SELECT * FROM %2.%1;\n")
                   .arg(QLatin1String(table), QLatin1String(documents));
    }
    sql += mark("documents");
    for (const char* table : {"search_name_fts", "search_all_fts", "search_skel_fts"}) {
        sql += QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('hashsize', %2);\n"
                              "INSERT INTO %1 (%1) VALUES ('rebuild');\n"
                              "INSERT INTO %1 (%1, rank) VALUES ('hashsize', %3);\n")
                   .arg(QLatin1String(table))
                   .arg(SearchIndexRebuild::kBuildHashSize)
                   .arg(SearchIndexRebuild::kHashSize);
    }
    sql += mark("fts");
    return sql + QStringLiteral("COMMIT;\n") + mark("commit");
}

// Compares the shell's catalogue `floorFile` with Dalil's `dalil`, both ways (EXCEPT): the rows of
// organisation, location and contact in the columns `recordColumns` gives for each ("id, rev, …"),
// and every row of the search documents, the offices' R*Tree and the FTS5 tables' stored index; and
// the three tables' row counts. The script is written to `scriptFile`. Returns the tables whose rows
// differ ("contact (3 rows)"), none expected; `error` says what went wrong when the comparison could
// not be made or the counts differ.
inline QStringList differingTables(const QString& floorFile, Catalogue& dalil,
                                   const QList<std::pair<QString, QString>>& recordColumns,
                                   const QString& scriptFile, QString* error)
{
    QString compare =
        QStringLiteral("ATTACH '%1' AS dalil;\nSELECT 'rows', (SELECT count(*) FROM organisation) "
                       "+ (SELECT count(*) FROM location) + (SELECT count(*) FROM contact);\n")
            .arg(dalil.path());
    QList<std::pair<QString, QString>> compared = recordColumns;
    for (const char* table : {"search_doc", "search_key", "search_term", "search_code", "location_rtree",
                              "search_name_fts_data", "search_all_fts_data", "search_skel_fts_data",
                              "search_name_fts_idx", "search_all_fts_idx", "search_skel_fts_idx"}) {
        compared.append({QLatin1String(table), QStringLiteral("*")});
    }
    for (const auto& [table, columns] : std::as_const(compared)) {
        compare +=
            QStringLiteral("SELECT 'differ', '%1', (SELECT count(*) FROM (SELECT %2 FROM main.%1 EXCEPT "
                           "SELECT %2 FROM dalil.%1)) + (SELECT count(*) FROM (SELECT %2 FROM dalil.%1 "
                           "EXCEPT SELECT %2 FROM main.%1));\n")
                .arg(table, columns);
    }
    QFile script(scriptFile);
    if (!script.open(QIODevice::WriteOnly) || script.write(compare.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(scriptFile);
        return {};
    }
    script.close();
    QProcess shell;
    shell.setStandardInputFile(scriptFile);
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), QStringLiteral("-batch"), floorFile});
    shell.waitForFinished(600000);
    SqlStatement count(dalil.database().handle(),
                       "SELECT (SELECT count(*) FROM organisation) + (SELECT count(*) FROM location) + "
                       "(SELECT count(*) FROM contact)");
    const qint64 expected = count.step() ? count.int64(0) : -1;
    QStringList differences;
    QStringList problems;
    for (const QByteArray& line : shell.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.split('|');
        if (fields.size() == 2 && fields[0] == "rows" && fields[1].toLongLong() != expected) {
            problems.append(
                QStringLiteral("%1 rows, Dalil's %2").arg(QString::fromUtf8(fields[1])).arg(expected));
        } else if (fields.size() == 3 && fields[0] == "differ" && fields[2] != "0") {
            differences.append(QStringLiteral("%1 (%2 rows)")
                                   .arg(QString::fromUtf8(fields[1]), QString::fromUtf8(fields[2])));
        }
    }
    if (shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0 || !problems.isEmpty()) {
        *error = QStringLiteral("the floor's catalogue: %1 %2")
                     .arg(problems.join(QStringLiteral("; ")),
                          QString::fromLocal8Bit(shell.readAllStandardError()));
    }
    return differences;
}

} // namespace dalil::bench
