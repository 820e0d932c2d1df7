// Sync benchmark (DESIGN.md "Performance"): the first pull of 100,000 organisations with their
// offices and contacts from a hub on this machine, beside `psql \copy` of the same rows, and a push
// of 10,000 edits. Starts its own PostgreSQL like the sync tests. Prints markdown table rows.
// Usage: bench_sync [ORGANISATIONS]   (default 100000)

#include "../sync/PgServer.h"

#include "catalogue/Catalogue.h"
#include "sync/HubClient.h"
#include "sync/HubSchema.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <cstdio>

using namespace dalil;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void die(const QString& message)
{
    QTextStream(stderr) << "bench_sync: " << message << "\n";
    std::exit(1);
}

QString ms(qint64 value)
{
    return QStringLiteral("%1 ms").arg(value);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int organisations = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    if (organisations <= 0) {
        die(QStringLiteral("the number of organisations must be positive"));
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

    // The first pull into a new catalogue.
    Catalogue::OpenResult opened =
        Catalogue::open(dir.path() + QStringLiteral("/client.dalil"), Database::Mode::CreateIfMissing);
    if (!opened.catalogue) {
        die(opened.error);
    }
    Catalogue& catalogue = *opened.catalogue;
    HubAddress address;
    HubAddress::parse(pg.url(QStringLiteral("field"), QStringLiteral("field-pw"), QStringLiteral("bench")),
                      &address);
    HubClient hub(address);
    SyncEngine engine(catalogue, hub);
    SyncEngine::Report report;
    timer.restart();
    if (QString error = engine.pull(&report); !error.isEmpty()) {
        die(error);
    }
    const qint64 pullMs = timer.elapsed();
    if (report.pulled != rows) {

        die(QStringLiteral("pulled %1 rows, expected %2").arg(report.pulled).arg(rows));
    }

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
    timer.restart();
    if (QString error = engine.push(&pushReport); !error.isEmpty()) {
        die(error);
    }
    const qint64 pushMs = timer.elapsed();
    if (pushReport.pushed != edits) {
        die(QStringLiteral("pushed %1 rows, expected %2").arg(pushReport.pushed).arg(edits));
    }
    QTextStream(stderr) << edits << " local edits took " << editMs << " ms\n";

    const QLocale c = QLocale::c();
    out() << "| work | rows | Dalil | compared with | ratio | target |\n";
    out() << "|---|---|---|---|---|---|\n";
    out() << "| first pull from a local hub (" << c.toString(organisations)
          << " organisations + offices + contacts) | " << c.toString(rows) << " | " << ms(pullMs)
          << " | psql \\copy of the same rows: " << ms(copyMs) << " | "
          << QString::number(double(pullMs) / std::max<qint64>(1, copyMs), 'f', 2) << "× | ≤ 10 s, ≤ 3× |\n";
    out() << "| push of " << c.toString(edits) << " edits (one hub transaction) | " << c.toString(edits)
          << " | " << ms(pushMs) << " | | | |\n";
    out().flush();
    return 0;
}
