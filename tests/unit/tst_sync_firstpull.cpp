// First pulls and shipped rows, with a real PostgreSQL hub started by this test: a first pull in
// pages with parents after children, the large first pull in one transaction (read on a second
// thread, cut or stopped without a trace), into a new catalogue holding the sample, and the shipped
// vocabularies and sample that no client ever pushes.

#include "TestSupport.h"
#include "sync/PgServer.h"
#include "sync/SyncTestSupport.h"
#include "sync/TestHub.h"

#include "catalogue/SampleCatalogue.h"
#include "catalogue/SqlStatement.h"
#include "catalogue/SyncStateRepository.h"
#include "search/SearchEngine.h"
#include "search/SearchIndex.h"
#include "search/SearchQuery.h"

#include <QtTest>

#include <atomic>

#include <sqlite3.h>

using namespace dalil;
using namespace dalil::test;

class TestSyncFirstPull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void firstPullInPagesWithMissingParents();
    void largeFirstPullIsOneTransaction();
    void stoppedFirstPullKeepsNothing();
    void largePullIntoEditsResumesAtItsLastPage();
    void loginLimitedToOneConnection();
    void firstPullIntoTheSample();
    void shippedVocabulariesAreNeverPushed();
    void sampleIsNeverPushed();
    void searchIndexFromRowsIsTheRebuiltOne_data();
    void searchIndexFromRowsIsTheRebuiltOne();

private:
    QString newHub(const QString& database) { return createTestHub(m_pg, database); }
    QString userUrl(const QString& database, const QString& user) const
    {
        return m_pg.url(user, user + QStringLiteral("-pw"), database);
    }
    std::unique_ptr<Client> client(const QString& name, const QString& database, const QString& user)
    {
        return std::make_unique<Client>(m_dir.path(), name, userUrl(database, user));
    }
    // A new catalogue with the sample, as the window creates on first start.
    std::unique_ptr<Client> sampleClient(const QString& name, const QString& database, const QString& user)
    {
        const QString path = m_dir.path() + QLatin1Char('/') + name + QStringLiteral(".dalil");
        if (!SampleCatalogue::createAt(path).catalogue) {
            return nullptr;
        }
        return client(name, database, user);
    }
    // A hub of 1,200 organisations, 900 offices and 300 contacts (more than the incremental search
    // limit), three organisations edited after their children.
    void fillLargeHub(const QString& database);

    PgServer m_pg;
    QTemporaryDir m_dir;
};

namespace {

qint64 scalar(Catalogue& catalogue, const char* sql)
{
    SqlStatement query(catalogue.database().handle(), sql);
    return query.step() ? query.int64(0) : -1;
}

// Every row of the search index's own tables (all but the FTS5 tables, which are filled from
// search_doc) and its statistics, one line each, bytes in hex, in a stable order.
QStringList searchIndexLines(Catalogue& catalogue)
{
    sqlite3* db = catalogue.database().handle();
    QStringList queries;
    {
        // The FTS5 tables by their shadow tables: the same segments, byte for byte.
        SqlStatement tables(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'search%' "
                                "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name");
        while (tables.step()) {
            queries.append(QStringLiteral("SELECT * FROM \"%1\"").arg(tables.text(0)));
        }
    }
    queries.append(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'search%' AND key NOT IN "
                                  "('search_built_at', 'search_version')"));
    QStringList lines;
    for (const QString& sql : std::as_const(queries)) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
            lines.append(QStringLiteral("cannot read: ") + sql);
            continue;
        }
        QStringList rows;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList values;
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const char* bytes = static_cast<const char*>(sqlite3_column_blob(statement, i));
                values.append(
                    QString::number(sqlite3_column_type(statement, i)) + QLatin1Char(':') +
                    QString::fromLatin1(QByteArray(bytes, sqlite3_column_bytes(statement, i)).toHex()));
            }
            // An FTS5 structure record (id 10) starts with a cookie that counts every change ever
            // made to the table: the rebuild the test compares with made more.
            if (sql.endsWith(QLatin1String("_fts_data\"")) && values.size() == 2 &&
                values[0] == QLatin1String("1:3130")) {
                values[1].replace(2, 8, QStringLiteral("cookie"));
            }
            rows.append(sql + QLatin1Char(' ') + values.join(QLatin1Char(' ')));
        }
        sqlite3_finalize(statement);
        rows.sort();
        lines += rows;
    }
    return lines;
}

} // namespace

void TestSyncFirstPull::initTestCase()
{
    const QString error = m_pg.start();
    if (error.contains(QLatin1String("not found")) || error.contains(QLatin1String("missing"))) {
        QSKIP(qPrintable(error));
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSyncFirstPull::cleanupTestCase()
{
    m_pg.stop();
}

void TestSyncFirstPull::fillLargeHub(const QString& database)
{
    const QStringList fill = {
        QStringLiteral(
            "INSERT INTO dalil.organisation (id, rev, updated_at, name_ar, name_en, sectors, workspace, "
            "seq, written_by, written_at) SELECT 'org-' || g, '1764000000000-' || lpad(g::text, 6, "
            "'0') || '-hubgen', '2025-11-24T10:00:00.000Z', 'جمعيّة الأمل للتنمية رقم ' || g, "
            "'Hope Society ' || g, '[\"health\"]', 'ws1', 0, '', now() FROM generate_series(1, 1200) g"),
        QStringLiteral(
            "INSERT INTO dalil.location (id, rev, updated_at, organisation_id, city, lat, lon, seq, "
            "written_by, written_at) SELECT 'loc-' || g, '1764000000001-' || lpad(g::text, 6, '0') "
            "|| '-hubgen', '2025-11-24T10:00:00.000Z', 'org-' || (1 + g % 1200), 'صيدا', 33.5 + g % "
            "100 / 1000.0, 35.3 + g % 97 / 1000.0, 0, '', now() FROM generate_series(1, 900) g"),
        QStringLiteral(
            "INSERT INTO dalil.contact (id, rev, updated_at, organisation_id, name, seq, written_by, "
            "written_at) SELECT 'con-' || g, '1764000000002-' || lpad(g::text, 6, '0') || "
            "'-hubgen', '2025-11-24T10:00:00.000Z', 'org-' || g, 'ليلى ' || g, 0, '', now() FROM "
            "generate_series(1, 300) g"),
        // Parents edited after their children: their seq comes later.
        QStringLiteral(
            "UPDATE dalil.organisation SET founded = 1990, rev = '1764000000003-000001-hubgen' WHERE "
            "id IN ('org-1', 'org-2', 'org-3')")};
    for (const QString& sql : fill) {
        QCOMPARE(m_pg.admin(database, sql), QString());
    }
}

void TestSyncFirstPull::firstPullInPagesWithMissingParents()
{
    QVERIFY2(newHub(QStringLiteral("pages")).isEmpty(), "hub");
    auto a = client(QStringLiteral("apg"), QStringLiteral("pages"), QStringLiteral("alice"));
    QStringList orgs;
    for (int i = 0; i < 40; ++i) {
        const QString org =
            a->addOrganisation(QStringLiteral("جمعية %1").arg(i), QStringLiteral("Society %1").arg(i));
        a->addOffice(org, QStringLiteral("زحلة"), 33.85, 35.90);
        orgs.append(org);
    }
    QCOMPARE(a->sync(), QString());
    // Parents edited after their children: on the hub, children now come first in seq order.
    for (const QString& org : orgs) {
        a->setField("organisation", org, QStringLiteral("founded"), 1990);
    }
    QCOMPARE(a->sync(), QString());
    auto b = client(QStringLiteral("bpg"), QStringLiteral("pages"), QStringLiteral("bob"));
    int pages = 0;
    QCOMPARE(
        b->sync(
            nullptr, [&](SyncEngine::Stage stage, int) { pages += stage == SyncEngine::Stage::Pull; }, 20),
        QString());
    QVERIFY(pages > 5);
    QCOMPARE(a->sync(), QString());
    QCOMPARE(difference(dump(a->cat()), dump(b->cat())), QString());
}

void TestSyncFirstPull::largeFirstPullIsOneTransaction()
{
    // A hub with more writes than a page and than the incremental search limit: the first pull into
    // an empty catalogue goes in one transaction, indexes built at the end.
    QVERIFY2(newHub(QStringLiteral("large")).isEmpty(), "hub");
    fillLargeHub(QStringLiteral("large"));
    auto b = client(QStringLiteral("blarge"), QStringLiteral("large"), QStringLiteral("bob"));
    const char* schemaCount = "SELECT count(*) FROM sqlite_schema";
    const qint64 schemaObjects = scalar(b->cat(), schemaCount);

    // Cut off mid-pull (the hub ends the connection after the first page): nothing stays.
    int pages = 0;
    const QString cut = b->sync(
        nullptr,
        [&](SyncEngine::Stage stage, int) {
            if (stage == SyncEngine::Stage::Pull && pages++ == 0) {
                QCOMPARE(m_pg.admin(QStringLiteral("large"),
                                    QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                   "WHERE usename = 'bob'")),
                         QString());
            }
        },
        500);
    QVERIFY2(!cut.isEmpty(), "the pull was cut");
    // The reader thread may have had the next pages already (it reads one ahead of the page being
    // written): those are written, never kept.
    QVERIFY2(pages >= 1 && pages <= 3, qPrintable(QString::number(pages)));
    QCOMPARE(b->cat().organisations().count(), 0);
    QCOMPARE(scalar(b->cat(), "SELECT count(*) FROM location_rtree"), 0);
    QCOMPARE(scalar(b->cat(), schemaCount), schemaObjects);
    HubAddress bAddress;
    HubAddress::parse(b->url, &bAddress);
    QCOMPARE(SyncStateRepository(b->cat().database()).hub(bAddress.display()).cursor, 0);

    pages = 0;
    QList<QPair<qint64, qint64>> received;
    bool indexed = false;
    {
        HubAddress address;
        HubAddress::parse(b->url, &address);
        HubClient hub(address);
        SyncEngine engine(b->cat(), hub);
        engine.setPageSize(500);
        engine.setFaultHook([&](SyncEngine::Stage stage, int) { pages += stage == SyncEngine::Stage::Pull; });
        engine.setProgress([&](SyncEngine::Phase phase, qint64 done, qint64 total) {
            if (phase == SyncEngine::Phase::Receiving) {
                QVERIFY(!indexed);
                received.append({done, total});
            } else if (phase == SyncEngine::Phase::Indexing) {
                // Then the organisations indexed for search, of all of them.
                QCOMPARE(total, 1200);
                QVERIFY(done <= total);
                indexed = true;
            }
        });
        SyncEngine::Report report;
        QCOMPARE(engine.sync(&report), QString());
        QCOMPARE(report.pulled, 1200 + 900 + 300);
    }
    QVERIFY(pages > 3);
    // Rows received out of the rows the hub announced: rising to exactly all of them.
    QVERIFY(received.size() >= 2);
    for (qsizetype i = 0; i < received.size(); ++i) {
        QCOMPARE(received[i].second, 1200 + 900 + 300);
        QVERIFY(i == 0 || received[i].first > received[i - 1].first);
    }
    QCOMPARE(received.last().first, 1200 + 900 + 300);
    QVERIFY(indexed);
    QCOMPARE(b->cat().organisations().count(), 1200);
    QCOMPARE(b->cat().locations().count(), 900);
    QCOMPARE(b->cat().contacts().count(), 300);
    QCOMPARE(b->cat().organisations().find(QStringLiteral("org-2"))->value(QLatin1String("founded")).toInt(),
             1990);
    // Usable at once: indexes and triggers back, offices on the map, names searchable.
    QCOMPARE(scalar(b->cat(), schemaCount), schemaObjects);
    QCOMPARE(scalar(b->cat(), "SELECT count(*) FROM location_rtree"), 900);
    QCOMPARE(scalar(b->cat(), "SELECT count(*) FROM organisation WHERE change_seq IS NULL OR dirty = 1"), 0);
    QVERIFY(!SearchIndex(b->cat().database()).isStale());
    SearchQuery query;
    query.text = QStringLiteral("جمعية الامل رقم ٧٧٧");
    const SearchResults found = SearchEngine(b->cat().database()).search(query);
    QVERIFY(!found.hits.isEmpty());
    QCOMPARE(found.hits.first().id, QStringLiteral("org-777"));
    // A later office is indexed by its trigger as usual.
    b->addOffice(QStringLiteral("org-5"), QStringLiteral("صور"), 33.27, 35.2);
    QCOMPARE(scalar(b->cat(), "SELECT count(*) FROM location_rtree"), 901);

    // The same catalogue as a client that pulled page by page.
    auto c = client(QStringLiteral("clarge"), QStringLiteral("large"), QStringLiteral("carol"));
    HubAddress address;
    HubAddress::parse(c->url, &address);
    HubClient hub(address);
    SyncEngine engine(c->cat(), hub);
    engine.setBulkFirstPull(false);
    engine.setPageSize(500);
    SyncEngine::Report report;
    QCOMPARE(engine.pull(&report), QString());
    QVERIFY(report.pulled >= 1200 + 900 + 300);
    QCOMPARE(c->sync(), QString());
    QCOMPARE(b->sync(), QString());
    QCOMPARE(c->sync(), QString());
    QCOMPARE(difference(dump(b->cat()), dump(c->cat())), QString());
}

void TestSyncFirstPull::loginLimitedToOneConnection()
{
    // A hub whose administrator allows each login one connection (CONNECTION LIMIT 1): a large pull
    // cannot read on a second connection while it writes, so it reads on its only one.
    const QString database = QStringLiteral("solo");
    QVERIFY2(newHub(database).isEmpty(), "hub");
    fillLargeHub(database);
    {
        HubAddress address;
        HubAddress::parse(m_pg.adminUrl(database), &address);
        HubClient admin(address);
        QCOMPARE(admin.open(), QString());
        QCOMPARE(admin.addUser(QStringLiteral("samira"), QStringLiteral("samira-pw"), QStringLiteral("ws1"),
                               QStringLiteral("editor")),
                 QString());
        QCOMPARE(admin.execute(QStringLiteral("ALTER ROLE samira CONNECTION LIMIT 1")), QString());
    }
    // A connection just closed may still count for a moment on the server.
    auto waitForNoSession = [&] {
        for (int i = 0; i < 100; ++i) {
            QStringList open;
            m_pg.admin(database,
                       QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = 'samira'"),
                       &open);
            if (open.value(0) == QLatin1String("0")) {
                return;
            }
            QTest::qWait(50);
        }
    };
    auto solo = client(QStringLiteral("solo"), database, QStringLiteral("samira"));
    SyncEngine::Report report;
    // The first pull in one transaction, in several pages.
    QCOMPARE(solo->sync(&report, {}, 500), QString());
    QCOMPARE(report.pulled, 1200 + 900 + 300);
    QCOMPARE(solo->cat().organisations().count(), 1200);
    QCOMPARE(solo->cat().locations().count(), 900);
    QCOMPARE(solo->cat().contacts().count(), 300);
    QCOMPARE(
        solo->cat().organisations().find(QStringLiteral("org-2"))->value(QLatin1String("founded")).toInt(),
        1990);
    QCOMPARE(scalar(solo->cat(), "SELECT count(*) FROM location_rtree"), 900);

    // A later large pull (page by page, each page with its cursor) reads on one connection too.
    QCOMPARE(m_pg.admin(database,
                        QStringLiteral("UPDATE dalil.organisation SET acronym = 'أمل-' || substr(id, 5), rev "
                                       "= '1764000000009-' || lpad(substr(id, 5), 6, '0') || '-hubgen'")),
             QString());
    QCOMPARE(m_pg.admin(database, QStringLiteral("UPDATE dalil.location SET city = 'صور', rev = "
                                                 "'1764000000009-' || lpad(substr(id, 5), 6, '0') || "
                                                 "'-hubloc'")),
             QString());
    waitForNoSession();
    report = {};
    QCOMPARE(solo->sync(&report, {}, 500), QString());
    QCOMPARE(report.pulled, 1200 + 900);
    QCOMPARE(solo->cat()
                 .organisations()
                 .find(QStringLiteral("org-77"))
                 ->value(QLatin1String("acronym"))
                 .toString(),
             QStringLiteral("أمل-77"));
    QCOMPARE(solo->cat().locations().find(QStringLiteral("loc-9"))->value(QLatin1String("city")).toString(),
             QStringLiteral("صور"));

    // The same catalogue as a client whose login may open two connections.
    auto other = client(QStringLiteral("notsolo"), database, QStringLiteral("alice"));
    QCOMPARE(other->sync(nullptr, {}, 500), QString());
    waitForNoSession();
    QCOMPARE(solo->sync(), QString());
    QCOMPARE(difference(dump(solo->cat()), dump(other->cat())), QString());
}

void TestSyncFirstPull::shippedVocabulariesAreNeverPushed()
{
    // Two laptops set up with `dalil-cli init`: the same shipped vocabularies, nothing to send.
    QVERIFY2(newHub(QStringLiteral("vocab")).isEmpty(), "hub");
    std::vector<std::unique_ptr<Client>> clients;
    for (const QString& name : {QStringLiteral("avocab"), QStringLiteral("bvocab")}) {
        const QString path = m_dir.path() + QLatin1Char('/') + name + QStringLiteral(".dalil");
        const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("init")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        auto c = std::make_unique<Client>(m_dir.path(), name,
                                          userUrl(QStringLiteral("vocab"), QStringLiteral("alice")));
        QVERIFY(c->catalogue);
        QCOMPARE(c->cat().stats().dirty, 0);
        QCOMPARE(SyncEngine::pendingChanges(c->cat()), 0);
        QCOMPARE(c->cat().vocabularies().count(), 297);
        c->cat().vocabularies().forEach([&](const QJsonObject& row) {
            QCOMPARE(row.value(QLatin1String("rev")).toString(), SampleCatalogue::shippedRevision());
        });
        clients.push_back(std::move(c));
    }
    QCOMPARE(difference(dump(clients[0]->cat()), dump(clients[1]->cat())), QString());
    // init again changes nothing.
    const Dump before = dump(clients[0]->cat());
    QCOMPARE(runCli({QStringLiteral("--db"), clients[0]->path, QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(difference(before, dump(clients[0]->cat())), QString());

    for (auto& c : clients) {
        SyncEngine::Report report;
        QCOMPARE(c->sync(&report), QString());
        QCOMPARE(report.pushed, 0);
        QCOMPARE(report.alreadyThere, 0);
    }
    QStringList onHub;
    QCOMPARE(
        m_pg.admin(QStringLiteral("vocab"), QStringLiteral("SELECT count(*) FROM dalil.vocabulary"), &onHub),
        QString());
    QCOMPARE(onHub, QStringList{QStringLiteral("0")});

    // A label corrected on the hub wins over the shipped row everywhere, and an edit made here is
    // pushed like any other.
    const QString lebanon =
        SampleCatalogue::idFor(QStringLiteral("vocabulary"), QStringLiteral("country/LB"));
    QJsonObject shipped = *clients[0]->cat().vocabularies().find(lebanon);
    QCOMPARE(m_pg.admin(
                 QStringLiteral("vocab"),
                 QStringLiteral("INSERT INTO dalil.vocabulary (id, rev, updated_at, kind, code, label_ar, "
                                "label_en, label_fr, sort_order, seq, written_by, written_at) VALUES ('%1', "
                                "'1764000000000-000000-hubadmin', '2025-11-24T10:00:00.000Z', 'country', "
                                "'LB', 'الجمهوريّة اللبنانيّة', 'Lebanese Republic', 'République libanaise', "
                                "%2, 0, '', now())")
                     .arg(lebanon)
                     .arg(shipped.value(QLatin1String("sort_order")).toInt())),
             QString());
    for (auto& c : clients) {
        QCOMPARE(c->sync(), QString());
        QCOMPARE(c->cat().vocabularies().find(lebanon)->value(QLatin1String("label_en")).toString(),
                 QStringLiteral("Lebanese Republic"));
        QCOMPARE(c->cat().stats().dirty, 0);
    }
    const QString jordan = SampleCatalogue::idFor(QStringLiteral("vocabulary"), QStringLiteral("country/JO"));
    clients[1]->setField("vocabulary", jordan, QStringLiteral("label_fr"),
                         QStringLiteral("Royaume de Jordanie"));
    SyncEngine::Report report;
    QCOMPARE(clients[1]->sync(&report), QString());
    QCOMPARE(report.pushed, 1);
    QCOMPARE(clients[0]->sync(), QString());
    QCOMPARE(difference(dump(clients[0]->cat()), dump(clients[1]->cat())), QString());
}

void TestSyncFirstPull::stoppedFirstPullKeepsNothing()
{
    QVERIFY2(newHub(QStringLiteral("stopped")).isEmpty(), "hub");
    fillLargeHub(QStringLiteral("stopped"));
    auto d = client(QStringLiteral("dstopped"), QStringLiteral("stopped"), QStringLiteral("carol"));
    const Dump before = dump(d->cat());
    HubAddress address;
    HubAddress::parse(d->url, &address);
    std::atomic<bool> stop{false};
    {
        HubClient hub(address);
        SyncEngine engine(d->cat(), hub);
        engine.setPageSize(500);
        engine.setCancelFlag(&stop);
        // The user presses Stop once the first rows are in.
        engine.setProgress([&](SyncEngine::Phase phase, qint64 done, qint64) {
            if (phase == SyncEngine::Phase::Receiving && done > 0) {
                stop = true;
            }
        });
        SyncEngine::Report report;
        const QString error = engine.sync(&report);
        QVERIFY2(error.contains(QLatin1String("stopped")), qPrintable(error));
    }
    QCOMPARE(difference(before, dump(d->cat())), QString());
    QCOMPARE(SyncStateRepository(d->cat().database()).hub(address.display()).cursor, 0);
    // Nothing stays in the way of the next sync.
    QCOMPARE(d->sync(), QString());
    QCOMPARE(d->cat().organisations().count(), 1200);
}

void TestSyncFirstPull::largePullIntoEditsResumesAtItsLastPage()
{
    // A laptop with an edit of its own meets a large hub: page by page (read on a second thread),
    // each page committed with its cursor; cut by the hub, it keeps the pages it had and goes on.
    QVERIFY2(newHub(QStringLiteral("resume")).isEmpty(), "hub");
    fillLargeHub(QStringLiteral("resume"));
    auto e = client(QStringLiteral("eresume"), QStringLiteral("resume"), QStringLiteral("alice"));
    const QString mine = e->addOrganisation(QStringLiteral("جمعية الياسمين"), QStringLiteral("Jasmine"));
    HubAddress address;
    HubAddress::parse(e->url, &address);
    int pages = 0;
    const QString cut = e->sync(
        nullptr,
        [&](SyncEngine::Stage stage, int) {
            if (stage == SyncEngine::Stage::Pull && ++pages == 2) {
                QCOMPARE(m_pg.admin(QStringLiteral("resume"),
                                    QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                   "WHERE usename = 'alice'")),
                         QString());
            }
        },
        400);
    QVERIFY2(!cut.isEmpty(), "the pull was cut");
    const qint64 kept = SyncStateRepository(e->cat().database()).hub(address.display()).cursor;
    QVERIFY(kept > 0);
    const qint64 orgs = e->cat().organisations().count();
    QVERIFY2(orgs > 1 && orgs < 1201, qPrintable(QString::number(orgs)));
    pages = 0;
    QCOMPARE(
        e->sync(
            nullptr, [&](SyncEngine::Stage stage, int) { pages += stage == SyncEngine::Stage::Pull; }, 400),
        QString());
    QVERIFY(pages >= 1);
    QCOMPARE(e->cat().organisations().count(), 1200 + 1);
    QCOMPARE(e->cat().locations().count(), 900);
    QVERIFY(e->cat().organisations().find(mine));
    QCOMPARE(scalar(e->cat(), "SELECT count(*) FROM location_rtree"), 900);
    auto f = client(QStringLiteral("fresume"), QStringLiteral("resume"), QStringLiteral("bob"));
    QCOMPARE(f->sync(), QString());
    QCOMPARE(e->sync(), QString());
    QCOMPARE(difference(dump(e->cat()), dump(f->cat())), QString());
}

void TestSyncFirstPull::firstPullIntoTheSample()
{
    // The window's first start writes the sample; its first pull still goes in one transaction,
    // with the sample's rows kept, indexed and on the map beside the hub's.
    QVERIFY2(newHub(QStringLiteral("intosample")).isEmpty(), "hub");
    fillLargeHub(QStringLiteral("intosample"));
    auto s = sampleClient(QStringLiteral("sinto"), QStringLiteral("intosample"), QStringLiteral("bob"));
    QVERIFY(s);
    const qint64 sampleOrgs = s->cat().organisations().count();
    const qint64 sampleOffices =
        scalar(s->cat(), "SELECT count(*) FROM location WHERE deleted = 0 AND lat IS NOT "
                         "NULL AND lon IS NOT NULL");
    QVERIFY(sampleOrgs > 100);
    QVERIFY(sampleOffices > 0);
    const char* schemaCount = "SELECT count(*) FROM sqlite_schema";
    const qint64 schemaObjects = scalar(s->cat(), schemaCount);
    bool indexed = false;
    {
        HubAddress address;
        HubAddress::parse(s->url, &address);
        HubClient hub(address);
        SyncEngine engine(s->cat(), hub);
        engine.setPageSize(500);
        engine.setProgress([&](SyncEngine::Phase phase, qint64, qint64) {
            indexed = indexed || phase == SyncEngine::Phase::Indexing;
        });
        SyncEngine::Report report;
        QCOMPARE(engine.sync(&report), QString());
        QCOMPARE(report.pushed, 0);
    }
    QVERIFY2(indexed, "the first pull went in one transaction");
    QCOMPARE(s->cat().organisations().count(), sampleOrgs + 1200);
    QCOMPARE(scalar(s->cat(), schemaCount), schemaObjects);
    QCOMPARE(scalar(s->cat(), "SELECT count(*) FROM location_rtree"), sampleOffices + 900);
    QCOMPARE(scalar(s->cat(), "SELECT count(*) FROM location WHERE rowid NOT IN (SELECT id FROM "
                              "location_rtree) AND deleted = 0 AND lat IS NOT NULL"),
             0);
    QCOMPARE(s->cat().stats().dirty, 0);
    QVERIFY(!SearchIndex(s->cat().database()).isStale());
    SearchQuery query;
    query.text = QStringLiteral("جمعية الامل رقم ٧٧٧");
    SearchResults found = SearchEngine(s->cat().database()).search(query);
    QVERIFY(!found.hits.isEmpty());
    QCOMPARE(found.hits.first().id, QStringLiteral("org-777"));
    // A sample organisation is still found by its name.
    SqlStatement pick(
        s->cat().database().handle(),
        "SELECT id, name_ar FROM organisation WHERE rev = '0000000000000-000000-shipped' AND name_ar "
        "IS NOT NULL ORDER BY id LIMIT 1");
    QVERIFY(pick.step());
    query.text = pick.text(1);
    found = SearchEngine(s->cat().database()).search(query);
    const QString wanted = pick.text(0);
    QVERIFY2(
        std::any_of(found.hits.begin(), found.hits.end(), [&](const auto& hit) { return hit.id == wanted; }),
        qPrintable(query.text));
}

void TestSyncFirstPull::sampleIsNeverPushed()
{
    // Two laptops whose window wrote the sample on first start: the same shipped rows, clean,
    // nothing to send.
    QVERIFY2(newHub(QStringLiteral("sample")).isEmpty(), "hub");
    auto a = sampleClient(QStringLiteral("asample"), QStringLiteral("sample"), QStringLiteral("alice"));
    auto b = sampleClient(QStringLiteral("bsample"), QStringLiteral("sample"), QStringLiteral("bob"));
    QVERIFY(a && b);
    for (Client* c : {a.get(), b.get()}) {
        QVERIFY(c->cat().organisations().count() > 100);
        QCOMPARE(c->cat().stats().dirty, 0);
        QCOMPARE(SyncEngine::pendingChanges(c->cat()), 0);
        QCOMPARE(
            scalar(c->cat(), "SELECT count(*) FROM organisation WHERE rev <> '0000000000000-000000-shipped'"),
            0);
    }
    QCOMPARE(difference(dump(a->cat()), dump(b->cat())), QString());
    for (Client* c : {a.get(), b.get()}) {
        SyncEngine::Report report;
        QCOMPARE(c->sync(&report), QString());
        QCOMPARE(report.pushed, 0);
        QCOMPARE(report.alreadyThere, 0);
    }
    for (const char* table : {"organisation", "location", "contact", "funding", "event"}) {
        QStringList onHub;
        QCOMPARE(m_pg.admin(QStringLiteral("sample"),
                            QStringLiteral("SELECT count(*) FROM dalil.%1").arg(QLatin1String(table)),
                            &onHub),
                 QString());
        QCOMPARE(onHub, QStringList{QStringLiteral("0")});
    }

    // An office of a sample organisation corrected on one laptop: the hub gets the office and the
    // shipped organisation it belongs to (its foreign key), and the other laptop the correction.
    SqlStatement pick(a->cat().database().handle(),
                      "SELECT id, organisation_id FROM location WHERE deleted = 0 ORDER BY id LIMIT 1");
    QVERIFY(pick.step());
    const QString office = pick.text(0);
    const QString organisation = pick.text(1);
    a->setField("location", office, QStringLiteral("city"), QStringLiteral("طرابلس الشام"));
    SyncEngine::Report report;
    QCOMPARE(a->sync(&report), QString());
    QCOMPARE(report.pushed, 2);
    QStringList onHub;
    QCOMPARE(
        m_pg.admin(QStringLiteral("sample"),
                   QStringLiteral("SELECT rev FROM dalil.organisation WHERE id = '%1'").arg(organisation),
                   &onHub),
        QString());
    QCOMPARE(onHub, QStringList{SampleCatalogue::shippedRevision()});
    QCOMPARE(a->sync(&report), QString());
    QCOMPARE(b->sync(), QString());
    QCOMPARE(b->cat().locations().find(office)->value(QLatin1String("city")).toString(),
             QStringLiteral("طرابلس الشام"));
    QCOMPARE(difference(dump(a->cat()), dump(b->cat())), QString());
    QCOMPARE(a->cat().stats().dirty, 0);
    QCOMPARE(b->cat().stats().dirty, 0);
}

void TestSyncFirstPull::searchIndexFromRowsIsTheRebuiltOne_data()
{
    QTest::addColumn<bool>("sample");
    QTest::newRow("new catalogue") << false;
    QTest::newRow("into the sample") << true;
}

void TestSyncFirstPull::searchIndexFromRowsIsTheRebuiltOne()
{
    // A first pull makes the organisations' search documents from the rows it holds in memory
    // (SearchIndexFeed) instead of reading them back: what a user then finds must be exactly what a
    // rebuild from the catalogue gives — names, places, networks, partners, ranks, the docids (in
    // the organisations' id order, which is not the order the hub sends them in: org-10 before
    // org-2) and the FTS5 segments.
    QFETCH(bool, sample);
    const QString hub = sample ? QStringLiteral("feedsample") : QStringLiteral("feed");
    QVERIFY2(newHub(hub).isEmpty(), "hub");
    fillLargeHub(hub);
    const QStringList more = {
        QStringLiteral(
            "UPDATE dalil.organisation SET acronym = 'ج.ت.' || substr(id, 5), type = 'ngo', countries = "
            "'[\"LB\", \"SY\"]', languages = '[\"ar\", \"fr\"]', description_ar = 'تُعنى بالتعليم "
            "والصحة في عكّار وطرابلس ٢٠٢٤', description_en = 'Education and health, Akkar', founded = 1980 + "
            "length(id), registration_id = 'REG-' || id WHERE id LIKE 'org-1%'"),
        QStringLiteral(
            "INSERT INTO dalil.location (id, rev, updated_at, organisation_id, country, admin1, "
            "admin1_pcode, "
            "admin2, city, lat, lon, deleted, seq, written_by, written_at) SELECT 'place-' || g, "
            "'1764000000004-' || lpad(g::text, 6, '0') || '-hubgen', '2025-11-24T10:00:00.000Z', 'org-' "
            "|| (1 + g * 7 % 1200), CASE WHEN g % 3 = 0 THEN 'SY' ELSE 'LB' END, 'محافظة الشمال', 'LB05', "
            "'قضاء عكار', CASE WHEN g % 2 = 0 THEN 'حلبا' ELSE 'Halba' END, CASE WHEN g % 5 = 0 THEN NULL "
            "ELSE 34.5 END, 36.08, g % 11 = 0, 0, '', now() FROM generate_series(1, 400) g"),
        QStringLiteral(
            "INSERT INTO dalil.membership (id, rev, updated_at, network_id, member_id, deleted, seq, "
            "written_by, written_at) SELECT 'mem-' || g, '1764000000005-' || lpad(g::text, 6, '0') || "
            "'-hubgen', '2025-11-24T10:00:00.000Z', 'org-' || (1 + g % 7), 'org-' || (100 + g * 13 % "
            "1000), g % 17 = 0, 0, '', now() FROM generate_series(1, 300) g"),
        QStringLiteral(
            "INSERT INTO dalil.partnership (id, rev, updated_at, org_a, org_b, deleted, seq, written_by, "
            "written_at) SELECT 'par-' || g, '1764000000006-' || lpad(g::text, 6, '0') || '-hubgen', "
            "'2025-11-24T10:00:00.000Z', 'org-' || (1 + g % 50), 'org-' || (1 + g * 31 % 1200), g % 13 = 0, "
            "0, '', now() FROM generate_series(1, 250) g"),
        // An organisation removed on the hub, its offices left behind.
        QStringLiteral("UPDATE dalil.organisation SET deleted = true, rev = '1764000000007-000001-hubgen' "
                       "WHERE id = 'org-1100'")};
    for (const QString& sql : more) {
        QCOMPARE(m_pg.admin(hub, sql), QString());
    }
    auto b = sample ? sampleClient(hub + QStringLiteral("-b"), hub, QStringLiteral("bob"))
                    : client(hub + QStringLiteral("-b"), hub, QStringLiteral("bob"));
    QVERIFY(b);
    SyncEngine::Report report;
    {
        HubAddress address;
        HubAddress::parse(b->url, &address);
        HubClient client(address);
        SyncEngine engine(b->cat(), client);
        engine.setPageSize(500);
        qunsetenv("DALIL_SYNC_SEARCH_FEED"); // the default: documents made from the rows
        QCOMPARE(engine.sync(&report), QString());
    }
    QVERIFY2(report.timings.searchFromRows, "the documents were made from the rows");
    QVERIFY(!SearchIndex(b->cat().database()).isStale());
    const QStringList fromRows = searchIndexLines(b->cat());
    QVERIFY(fromRows.size() > 1200);
    SearchIndex(b->cat().database()).rebuild();
    const QStringList rebuilt = searchIndexLines(b->cat());
    for (qsizetype i = 0; i < std::min(fromRows.size(), rebuilt.size()); ++i) {
        QCOMPARE(fromRows[i], rebuilt[i]);
    }
    QCOMPARE(fromRows.size(), rebuilt.size());
}

QTEST_GUILESS_MAIN(TestSyncFirstPull)
#include "tst_sync_firstpull.moc"
