// The catalogue file: migrations, refusal of what it cannot open, revisions and tombstones, and
// crash safety. Everything here is what a user would notice as lost or damaged data.
#include "TestSupport.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "catalogue/Migrations.h"
#include "catalogue/SqlStatement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace dalil;

namespace {

constexpr int kWriterRows = 20000;

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Builds a catalogue file at an older schema version by running the first `version` migrations
// with the raw sqlite3 API, as an older Dalil would have left it.
void writeOldCatalogue(const QString& path, int version)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    for (const Migration& step : migrations()) {
        if (step.version > version) {
            break;
        }
        QCOMPARE(sqlite3_exec(db, step.sql, nullptr, nullptr, nullptr), SQLITE_OK);
        if (step.version == 1) {
            sqlite3_exec(db, "INSERT INTO meta VALUES ('format', 'dalil'), ('catalogue_id', 'old')", nullptr,
                         nullptr, nullptr);
            sqlite3_exec(db,
                         "INSERT INTO organisation (id, name_ar, name_en, rev, updated_at) VALUES "
                         "('org-1', 'الهلال الأحمر المصري', 'Egyptian Red Crescent', "
                         "'0001700000000000-000000-aaaa', '2024-01-01T00:00:00Z')",
                         nullptr, nullptr, nullptr);
        }
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(step.version);
        sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
}

QJsonObject sampleOrganisation()
{
    return QJsonObject{{QStringLiteral("name_ar"), QStringLiteral("جمعيّة التنمية الأهليّة")},
                       {QStringLiteral("name_en"), QStringLiteral("Civil Development Association")},
                       {QStringLiteral("type"), QStringLiteral("22")},
                       {QStringLiteral("sectors"), QJsonArray{QStringLiteral("education")}},
                       {QStringLiteral("countries"), QJsonArray{QStringLiteral("JO")}}};
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void createsCurrentSchema();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void refusesNewerCatalogueUntouched();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesLockedCatalogue();
    void saveAssignsRevisionAndDirty();
    void revisionsIncreaseMonotonically();
    void deleteLeavesTombstone();
    void organisationDeleteCascades();
    void validationMessages();
    void killDuringWriteLeavesWholeOrNothing();
};

void TestCatalogue::createsCurrentSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.dalil"));
    auto opened = Catalogue::open(path, Database::Mode::CreateIfMissing);
    QVERIFY2(opened.catalogue, qPrintable(opened.error));
    Database& db = opened.catalogue->database();
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    QCOMPARE(db.meta(QStringLiteral("format")), QStringLiteral("dalil"));
    QVERIFY(!db.meta(QStringLiteral("node_id")).isEmpty());
    SqlStatement mode(db.handle(), "PRAGMA journal_mode");
    QVERIFY(mode.step());
    QCOMPARE(mode.text(0), QStringLiteral("wal"));
    SqlStatement keys(db.handle(), "PRAGMA foreign_keys");
    QVERIFY(keys.step());
    QCOMPARE(keys.int64(0), 1);
    // Every syncable table carries the five sync columns.
    for (const TableSpec* spec : tables::all()) {
        const QByteArray sql = QByteArray("SELECT id, rev, updated_at, deleted, dirty FROM ") + spec->table;
        SqlStatement probe(db.handle(), sql.constData());
        QCOMPARE(probe.columnCount(), 5);
    }
    QVERIFY(opened.catalogue->database().lastBackupPath().isEmpty());
}

void TestCatalogue::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (const Migration& step : migrations()) {
        if (step.version < latestSchemaVersion()) {
            QTest::addRow("from v%d", step.version) << step.version;
        }
    }
}

void TestCatalogue::migratesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.dalil"));
    writeOldCatalogue(path, from);
    const QByteArray before = fileHash(path);

    auto opened = Catalogue::open(path);
    QVERIFY2(opened.catalogue, qPrintable(opened.error));
    QCOMPARE(opened.catalogue->database().schemaVersion(), latestSchemaVersion());
    // The data survived and the backup holds the file exactly as it was.
    const auto org = opened.catalogue->organisations().find(QStringLiteral("org-1"));
    QVERIFY(org.has_value());
    QCOMPARE(org->value(QLatin1String("name_ar")).toString(), QStringLiteral("الهلال الأحمر المصري"));
    const QString backup = opened.catalogue->database().lastBackupPath();
    QVERIFY(QFile::exists(backup));
    sqlite3* copy = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(backup).constData(), &copy), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(copy, "PRAGMA user_version", -1, &stmt, nullptr);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(stmt, 0), from);
    sqlite3_finalize(stmt);
    sqlite3_close(copy);
    QVERIFY(!before.isEmpty());
}

void TestCatalogue::refusesNewerCatalogueUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.dalil"));
    writeOldCatalogue(path, latestSchemaVersion());
    sqlite3* db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(latestSchemaVersion() + 7);
    sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    const QByteArray before = fileHash(path);

    auto opened = Catalogue::open(path);
    QVERIFY(!opened.catalogue);
    QVERIFY2(opened.error.contains(path), qPrintable(opened.error));
    QVERIFY2(opened.error.contains(QStringLiteral("newer version of Dalil")), qPrintable(opened.error));
    QCOMPARE(fileHash(path), before);

    // The CLI says the same on one line and exits 1.
    const auto run = test::runCli({QStringLiteral("--db"), path, QStringLiteral("stats")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("newer version of Dalil"));
    QCOMPARE(run.err.trimmed().count('\n'), 0);
    QCOMPARE(fileHash(path), before);
}

void TestCatalogue::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not sqlite") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
    QTest::newRow("other program's database")
        << QStringLiteral("foreign") << QStringLiteral("another program");
    QTest::newRow("read-only") << QStringLiteral("readonly") << QStringLiteral("read-only");
    QTest::newRow("missing folder") << QStringLiteral("nodir") << QStringLiteral("does not exist");
    QTest::newRow("missing file") << QStringLiteral("nofile") << QStringLiteral("no catalogue here");
}

void TestCatalogue::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("catalogue.dalil"));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,country\nشبكة,EG\n");
    } else if (kind == QLatin1String("foreign")) {
        sqlite3* db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        sqlite3_exec(db, "CREATE TABLE t(x); PRAGMA user_version = 1;", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    } else if (kind == QLatin1String("readonly")) {
        writeOldCatalogue(path, latestSchemaVersion());
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    } else if (kind == QLatin1String("nodir")) {
        path = dir.filePath(QStringLiteral("no/such/folder/catalogue.dalil"));
    }
    const QByteArray before = fileHash(path);
    const QStringList entriesBefore = QDir(dir.path()).entryList(QDir::Files);

    auto opened = Catalogue::open(path);
    QVERIFY(!opened.catalogue);
    QVERIFY2(opened.error.contains(path), qPrintable(opened.error));
    QVERIFY2(opened.error.contains(expected), qPrintable(opened.error));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), entriesBefore);

    const auto run = test::runCli({QStringLiteral("--db"), path, QStringLiteral("stats")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(path.toUtf8()), run.err.constData());
    QCOMPARE(run.err.trimmed().count('\n'), 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), entriesBefore);
}

void TestCatalogue::refusesLockedCatalogue()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.dalil"));
    QString id;
    {
        auto opened = Catalogue::open(path, Database::Mode::CreateIfMissing);
        QVERIFY(opened.catalogue);
        id = opened.catalogue->organisations().save(sampleOrganisation());
    }
    // Another program holds the write lock.
    sqlite3* other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);

    const auto run =
        test::runCli({QStringLiteral("--db"), path, QStringLiteral("edit"), QStringLiteral("organisation"),
                      id, QStringLiteral("--set"), QStringLiteral("name_en=Changed")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("locked"), run.err.constData());
    QVERIFY2(run.err.contains(path.toUtf8()), run.err.constData());
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);

    auto reopened = Catalogue::open(path);
    QVERIFY(reopened.catalogue);
    QCOMPARE(reopened.catalogue->organisations().find(id)->value(QLatin1String("name_en")).toString(),
             QStringLiteral("Civil Development Association"));
}

void TestCatalogue::saveAssignsRevisionAndDirty()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.dalil"));
    QString id;
    QString firstRev;
    {
        auto opened = Catalogue::open(path, Database::Mode::CreateIfMissing);
        QVERIFY(opened.catalogue);
        id = opened.catalogue->organisations().save(sampleOrganisation());
        const auto row = opened.catalogue->organisations().find(id);
        QVERIFY(row);
        firstRev = row->value(QLatin1String("rev")).toString();
        Hlc::Parts parts;
        QVERIFY(Hlc::parse(firstRev, &parts));
        QCOMPARE(parts.nodeId, opened.catalogue->database().meta(QStringLiteral("node_id")));
        // Mark clean as a push would, so the edit below must set dirty again.
        opened.catalogue->database().execute("UPDATE organisation SET dirty = 0");
    }
    // Through the real CLI, as a script would.
    const auto run =
        test::runCli({QStringLiteral("--db"), path, QStringLiteral("edit"), QStringLiteral("organisation"),
                      id, QStringLiteral("--set"), QStringLiteral("name_ar=جمعية التنمية"),
                      QStringLiteral("--set"), QStringLiteral("website=https://example.org")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto show = test::runCli({QStringLiteral("--db"), path, QStringLiteral("show"),
                                    QStringLiteral("organisation"), id, QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(json.value(QLatin1String("name_ar")).toString(), QStringLiteral("جمعية التنمية"));
    QCOMPARE(json.value(QLatin1String("website")).toString(), QStringLiteral("https://example.org"));
    QCOMPARE(json.value(QLatin1String("dirty")).toBool(), true);
    QVERIFY(json.value(QLatin1String("rev")).toString() > firstRev);

    // A bad value is refused with the field named, and changes nothing.
    const auto bad =
        test::runCli({QStringLiteral("--db"), path, QStringLiteral("edit"), QStringLiteral("organisation"),
                      id, QStringLiteral("--set"), QStringLiteral("website=not a url")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("website"), bad.err.constData());
    const auto unknown =
        test::runCli({QStringLiteral("--db"), path, QStringLiteral("edit"), QStringLiteral("organisation"),
                      id, QStringLiteral("--set"), QStringLiteral("colour=blue")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("colour"));
    const auto usage = test::runCli(
        {QStringLiteral("--db"), path, QStringLiteral("edit"), QStringLiteral("organisation"), id});
    QCOMPARE(usage.exitCode, 2);
    const auto again = test::runCli({QStringLiteral("--db"), path, QStringLiteral("show"),
                                     QStringLiteral("organisation"), id, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QLatin1String("website")).toString(),
             QStringLiteral("https://example.org"));
}

void TestCatalogue::revisionsIncreaseMonotonically()
{
    // A clock that stands still or jumps back must not produce equal or smaller revisions.
    qint64 wall = 1'700'000'000'000;
    Hlc clock(QStringLiteral("node-a"), [&wall] { return wall; });
    QString previous = clock.next();
    for (int i = 0; i < 100; ++i) {
        if (i == 50) {
            wall -= 60'000;
        }
        const QString revision = clock.next();
        QVERIFY2(revision > previous, qPrintable(revision + QStringLiteral(" <= ") + previous));
        previous = revision;
    }
    // Observing a remote revision from the future moves the local clock past it.
    const QString remote = Hlc::format(wall + 3'600'000, 5, QStringLiteral("node-b"));
    clock.observe(remote);
    QVERIFY(clock.next() > remote);
    // The text form: 13 digits of milliseconds, 6 of counter (more when it outgrows them), node.
    QCOMPARE(Hlc::format(1'764'000'000'123, 7, QStringLiteral("9f3a")),
             QStringLiteral("1764000000123-000007-9f3a"));
    QCOMPARE(Hlc::format(5, 1'234'567, QStringLiteral("n-1")), QStringLiteral("0000000000005-1234567-n-1"));
    QCOMPARE(Hlc::format(0, 0, QString()), QStringLiteral("0000000000000-000000-"));
}

void TestCatalogue::deleteLeavesTombstone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.dalil"));
    QString id;
    {
        auto opened = Catalogue::open(path, Database::Mode::CreateIfMissing);
        id = opened.catalogue->organisations().save(sampleOrganisation());
    }
    const auto run = test::runCli({QStringLiteral("--db"), path, QStringLiteral("edit"),
                                   QStringLiteral("organisation"), id, QStringLiteral("--delete")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    auto opened = Catalogue::open(path);
    QVERIFY(!opened.catalogue->organisations().find(id));
    const auto tombstone = opened.catalogue->organisations().find(id, true);
    QVERIFY(tombstone);
    QCOMPARE(tombstone->value(QLatin1String("deleted")).toBool(), true);
    QCOMPARE(tombstone->value(QLatin1String("dirty")).toBool(), true);
    QCOMPARE(tombstone->value(QLatin1String("name_en")).toString(),
             QStringLiteral("Civil Development Association"));
    const auto show = test::runCli(
        {QStringLiteral("--db"), path, QStringLiteral("show"), QStringLiteral("organisation"), id});
    QCOMPARE(show.exitCode, 1);
}

void TestCatalogue::organisationDeleteCascades()
{
    QTemporaryDir dir;
    auto opened = Catalogue::open(dir.filePath(QStringLiteral("c.dalil")), Database::Mode::CreateIfMissing);
    Catalogue& c = *opened.catalogue;
    const QString org = c.organisations().save(sampleOrganisation());
    QJsonObject other = sampleOrganisation();
    other.insert(QStringLiteral("name_en"), QStringLiteral("Partner"));
    const QString partner = c.organisations().save(other);
    c.locations().save({{QStringLiteral("organisation_id"), org},
                        {QStringLiteral("city"), QStringLiteral("Amman")},
                        {QStringLiteral("lat"), 31.95},
                        {QStringLiteral("lon"), 35.93}});
    c.contacts().save(
        {{QStringLiteral("organisation_id"), org}, {QStringLiteral("name"), QStringLiteral("Office")}});
    c.partnerships().save({{QStringLiteral("org_a"), partner}, {QStringLiteral("org_b"), org}});
    SqlStatement rtree(c.database().handle(), "SELECT count(*) FROM location_rtree");
    QVERIFY(rtree.step());
    QCOMPARE(rtree.int64(0), 1);
    rtree.reset();

    QVERIFY(c.organisations().remove(org));
    QCOMPARE(c.locations().count(), 0);
    QCOMPARE(c.contacts().count(), 0);
    QCOMPARE(c.partnerships().count(), 0);
    QCOMPARE(c.locations().count(true), 1);
    QVERIFY(c.organisations().find(partner));
    QVERIFY(rtree.step());
    QCOMPARE(rtree.int64(0), 0);             // the map no longer shows the office
    QVERIFY(!c.organisations().remove(org)); // already gone
}

void TestCatalogue::validationMessages()
{
    QTemporaryDir dir;
    auto opened = Catalogue::open(dir.filePath(QStringLiteral("c.dalil")), Database::Mode::CreateIfMissing);
    Catalogue& c = *opened.catalogue;
    QVERIFY(!c.organisations().validate({{QStringLiteral("acronym"), QStringLiteral("X")}}).isEmpty());
    QVERIFY(c.organisations().validate(sampleOrganisation()).isEmpty());
    const auto badCoordinates =
        c.locations().validate({{QStringLiteral("organisation_id"), QStringLiteral("x")},
                                {QStringLiteral("lat"), 95.0},
                                {QStringLiteral("lon"), 31.0}});
    QCOMPARE(badCoordinates.size(), 1);
    QCOMPARE(badCoordinates.first().field, QStringLiteral("lat"));
    const auto badContact =
        c.contacts().validate({{QStringLiteral("organisation_id"), QStringLiteral("x")},
                               {QStringLiteral("emails"), QJsonArray{QStringLiteral("info@")}},
                               {QStringLiteral("phones"), QJsonArray{QStringLiteral("+20 2 2345")}}});
    QCOMPARE(badContact.size(), 2);
    QVERIFY(c.contacts()
                .validate({{QStringLiteral("organisation_id"), QStringLiteral("x")},
                           {QStringLiteral("emails"), QJsonArray{QStringLiteral("info@egyptianrc.org")}},
                           {QStringLiteral("phones"), QJsonArray{QStringLiteral("+20223456789")}}})
                .isEmpty());
    const auto funding =
        c.funding().validate({{QStringLiteral("title_en"), QStringLiteral("Grant")},
                              {QStringLiteral("amount_min"), 5000.0},
                              {QStringLiteral("amount_max"), 100.0},
                              {QStringLiteral("deadline_tz"), QStringLiteral("Mars/Olympus")}});
    QCOMPARE(funding.size(), 2);
    // The deadline instant follows the local time and zone.
    const QString id = c.funding().save({{QStringLiteral("title_en"), QStringLiteral("Grant")},
                                         {QStringLiteral("deadline"), QStringLiteral("2026-12-15T23:59:00")},
                                         {QStringLiteral("deadline_tz"), QStringLiteral("Asia/Amman")}});
    QCOMPARE(c.funding().find(id)->value(QLatin1String("deadline_utc")).toString(),
             QStringLiteral("2026-12-15T20:59:00Z"));
}

void TestCatalogue::killDuringWriteLeavesWholeOrNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.dalil"));
    QString committed;
    {
        auto opened = Catalogue::open(path, Database::Mode::CreateIfMissing);
        committed = opened.catalogue->organisations().save(sampleOrganisation());
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DALIL_TEST_WRITER"), path);
        writer.setProcessEnvironment(env);
        writer.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(writer.waitForStarted());
        // Wait until the writer is inside its transaction, then kill it without warning.
        QVERIFY(writer.waitForReadyRead(20000));
        QTest::qWait(100 + attempt * 150);
        writer.kill();
        writer.waitForFinished();

        auto opened = Catalogue::open(path);
        QVERIFY2(opened.catalogue, qPrintable(opened.error));
        SqlStatement check(opened.catalogue->database().handle(), "PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
        const qint64 count = opened.catalogue->organisations().count();
        QVERIFY2(count == 1 || count == 1 + kWriterRows * (attempt + 1) || count % kWriterRows == 1,
                 qPrintable(QString::number(count)));
        QVERIFY(opened.catalogue->organisations().find(committed));
    }
}

// The crash test runs this binary again as a writer that it kills mid-transaction.
static int runWriter(const QString& path)
{
    auto opened = Catalogue::open(path);
    if (!opened.catalogue) {
        return 3;
    }
    Catalogue& c = *opened.catalogue;
    c.database().transaction([&] {
        QTextStream(stdout) << "writing\n" << Qt::flush;
        for (int i = 0; i < kWriterRows; ++i) {
            QJsonObject row = sampleOrganisation();
            row.insert(QStringLiteral("name_en"), QStringLiteral("Org %1").arg(i));
            c.organisations().save(row);
            if (i % 1000 == 0) {
                QThread::msleep(20);
            }
        }
    });
    return 0;
}

int main(int argc, char** argv)
{
    const QString writerPath = qEnvironmentVariable("DALIL_TEST_WRITER");
    if (!writerPath.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runWriter(writerPath);
    }
    QCoreApplication app(argc, argv);
    TestCatalogue test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_catalogue.moc"
