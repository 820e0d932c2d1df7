// Sync with a real PostgreSQL hub started by this test: convergence of two and three clients,
// row-level security decided by the hub, private contacts, and faults that must leave the
// catalogue as it was.

#include "TestSupport.h"
#include "sync/PgServer.h"
#include "sync/SyncTestSupport.h"
#include "sync/TestHub.h"

#include "sync/HubSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace dalil;
using namespace dalil::test;

class TestSyncHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void twoClientsConverge();
    void threeClientsWithDeletesAndOfflinePeriods();
    void editingTwiceOfflineIsNoConflict();
    void readerCannotWrite();
    void editorCannotChangeAnotherWorkspace();
    void privateContactNeverReachesHub();
    void faultsLeaveCatalogueUnchanged_data();
    void faultsLeaveCatalogueUnchanged();
    void faultsFromAHubServerThatSpeaksFrench();
    void cliEndToEnd();
    void postgisGeometryOnOffices();
    void hubWithoutPostgisRightsStillInitialises();

private:
    // A new hub database with the accounts of createTestHub.
    QString newHub(const QString& database, const QString& options = {});
    QString userUrl(const QString& database, const QString& user) const
    {
        return m_pg.url(user, user + QStringLiteral("-pw"), database);
    }
    std::unique_ptr<Client> client(const QString& name, const QString& database, const QString& user)
    {
        auto c = std::make_unique<Client>(m_dir.path(), name, userUrl(database, user));
        return c;
    }

    PgServer m_pg;
    QTemporaryDir m_dir;
};

QString TestSyncHub::newHub(const QString& database, const QString& options)
{
    return createTestHub(m_pg, database, options);
}

void TestSyncHub::initTestCase()
{
    const QString error = m_pg.start();
    if (error.contains(QLatin1String("not found")) || error.contains(QLatin1String("missing"))) {
        QSKIP(qPrintable(error));
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSyncHub::cleanupTestCase()
{
    m_pg.stop();
}

void TestSyncHub::twoClientsConverge()
{
    QVERIFY2(newHub(QStringLiteral("two")).isEmpty(), "hub");
    auto a = client(QStringLiteral("a2"), QStringLiteral("two"), QStringLiteral("alice"));
    auto b = client(QStringLiteral("b2"), QStringLiteral("two"), QStringLiteral("bob"));

    const QString org = a->addOrganisation(QStringLiteral("جمعيّة الهلال الأحمر اللبنانيّ"),
                                           QStringLiteral("Lebanese Red Cross"));
    a->addOffice(org, QStringLiteral("طرابلس"), 34.4367, 35.8497);
    a->addContact(org, QStringLiteral("ليلى حدّاد"));
    const QString other =
        a->addOrganisation(QStringLiteral("مؤسسة عامل"), QStringLiteral("Amel Association"));
    QCOMPARE(a->sync(), QString());
    QCOMPARE(b->sync(), QString());
    QCOMPARE(a->sync(), QString());
    QCOMPARE(difference(dump(a->cat()), dump(b->cat())), QString());
    QCOMPARE(b->cat().organisations().find(org)->value(QLatin1String("name_ar")).toString(),
             QStringLiteral("جمعيّة الهلال الأحمر اللبنانيّ"));

    // Both edit the same organisation while apart; b's edit is later and wins everywhere, a's is
    // kept as a conflict.
    a->setField("organisation", org, QStringLiteral("acronym"), QStringLiteral("LRC-أ"));
    const QString losing = a->cat().organisations().find(org)->value(QLatin1String("rev")).toString();
    QTest::qWait(3);
    b->setField("organisation", org, QStringLiteral("acronym"), QStringLiteral("LRC-ب"));
    // And a deletes the other organisation while b edits it.
    b->setField("organisation", other, QStringLiteral("website"), QStringLiteral("https://amel.org"));
    QTest::qWait(3);
    a->cat().organisations().remove(other);

    QCOMPARE(a->sync(), QString());
    QCOMPARE(b->sync(), QString());
    QCOMPARE(a->sync(), QString());
    QCOMPARE(difference(dump(a->cat()), dump(b->cat())), QString());
    QCOMPARE(a->cat().organisations().find(org)->value(QLatin1String("acronym")).toString(),
             QStringLiteral("LRC-ب"));
    QVERIFY(!a->cat().organisations().find(other)); // the later delete wins
    const QStringList kept = a->losingRevisions() + b->losingRevisions();
    QVERIFY2(kept.contains(losing), "a's losing edit is kept as a conflict");
    QCOMPARE(a->cat().stats().dirty, 0);
    QCOMPARE(b->cat().stats().dirty, 0);
}

void TestSyncHub::threeClientsWithDeletesAndOfflinePeriods()
{
    QVERIFY2(newHub(QStringLiteral("three")).isEmpty(), "hub");
    auto a = client(QStringLiteral("a3"), QStringLiteral("three"), QStringLiteral("alice"));
    auto b = client(QStringLiteral("b3"), QStringLiteral("three"), QStringLiteral("bob"));
    auto c = client(QStringLiteral("c3"), QStringLiteral("three"), QStringLiteral("carol"));
    QStringList orgs;
    for (int i = 0; i < 6; ++i) {
        const QString id = a->addOrganisation(QStringLiteral("منظمة رقم %1").arg(QChar(0x0661 + i)),
                                              QStringLiteral("Organisation %1").arg(i));
        a->addOffice(id, QStringLiteral("صيدا"), 33.56, 35.37);
        orgs.append(id);
    }
    QCOMPARE(a->sync(), QString());
    QCOMPARE(b->sync(), QString());
    QCOMPARE(c->sync(), QString());

    // c goes offline for a long time and edits a lot; a and b keep syncing.
    for (int round = 0; round < 3; ++round) {
        c->setField("organisation", orgs[round], QStringLiteral("name_en"),
                    QStringLiteral("C edit %1").arg(round));
        a->setField("organisation", orgs[round + 1], QStringLiteral("name_en"),
                    QStringLiteral("A edit %1").arg(round));
        QCOMPARE(a->sync(), QString());
        b->setField("organisation", orgs[round + 2], QStringLiteral("name_fr"),
                    QStringLiteral("B édition %1").arg(round));
        QCOMPARE(b->sync(), QString());
        QTest::qWait(2);
    }
    b->cat().organisations().remove(orgs[5]);
    c->addOffice(orgs[5], QStringLiteral("صور"), 33.27, 35.20); // an office added to what b deleted
    const QString newOrg =
        c->addOrganisation(QStringLiteral("شبكة المنظمات العربية"), QStringLiteral("ANND"));
    QCOMPARE(b->sync(), QString());
    QCOMPARE(c->sync(), QString());
    QCOMPARE(a->sync(), QString());
    QCOMPARE(b->sync(), QString());
    QCOMPARE(c->sync(), QString());
    QCOMPARE(difference(dump(a->cat()), dump(b->cat())), QString());
    QCOMPARE(difference(dump(b->cat()), dump(c->cat())), QString());
    QVERIFY(a->cat().organisations().find(newOrg));
    QVERIFY(!a->cat().organisations().find(orgs[5]));
}

void TestSyncHub::editingTwiceOfflineIsNoConflict()
{
    QVERIFY2(newHub(QStringLiteral("twice")).isEmpty(), "hub");
    auto a = client(QStringLiteral("at"), QStringLiteral("twice"), QStringLiteral("alice"));
    auto b = client(QStringLiteral("bt"), QStringLiteral("twice"), QStringLiteral("bob"));
    const QString org = a->addOrganisation(QStringLiteral("منظمة"), QStringLiteral("Org"));
    QCOMPARE(a->sync(), QString());
    QCOMPARE(b->sync(), QString());
    for (int i = 0; i < 3; ++i) {
        a->setField("organisation", org, QStringLiteral("acronym"), QStringLiteral("v%1").arg(i));
    }
    QCOMPARE(a->sync(), QString());
    QCOMPARE(b->sync(), QString());
    b->setField("organisation", org, QStringLiteral("acronym"), QStringLiteral("after"));
    QCOMPARE(b->sync(), QString());
    QCOMPARE(a->sync(), QString());
    QCOMPARE(a->losingRevisions(), QStringList());
    QCOMPARE(b->losingRevisions(), QStringList());
    QCOMPARE(a->cat().organisations().find(org)->value(QLatin1String("acronym")).toString(),
             QStringLiteral("after"));
}

void TestSyncHub::readerCannotWrite()
{
    QVERIFY2(newHub(QStringLiteral("reader")).isEmpty(), "hub");
    auto a = client(QStringLiteral("ar"), QStringLiteral("reader"), QStringLiteral("alice"));
    const QString org = a->addOrganisation(QStringLiteral("جمعية"), QStringLiteral("Society"));
    QCOMPARE(a->sync(), QString());

    auto r = client(QStringLiteral("rr"), QStringLiteral("reader"), QStringLiteral("rami"));
    SyncEngine::Report report;
    QCOMPARE(r->sync(&report), QString());
    QVERIFY(r->cat().organisations().find(org)); // readers read
    r->setField("organisation", org, QStringLiteral("name_en"), QStringLiteral("changed by a reader"));
    QCOMPARE(r->sync(&report), QString());
    QVERIFY(report.notSent >= 1);

    // Even a client that tries: the hub refuses the push itself, and plain SQL too.
    HubAddress address;
    HubAddress::parse(userUrl(QStringLiteral("reader"), QStringLiteral("rami")), &address);
    HubClient hub(address);
    QCOMPARE(hub.open(), QString());
    QCOMPARE(hub.begin(), QString());
    QList<HubClient::PushVerdict> verdicts;
    const QString error =
        hub.push(tables::organisation(), {*r->cat().organisations().findSyncRow(org)}, &verdicts);
    hub.rollback();
    QVERIFY2(!error.isEmpty(), "the hub must refuse a reader's push");
    QVERIFY2(error.contains(QLatin1String("refused")), qPrintable(error));
    const QString direct = hub.execute(QStringLiteral("UPDATE dalil.organisation SET name_en = 'x'"));
    QVERIFY2(direct.contains(QLatin1String("permission denied")), qPrintable(direct));

    // Nothing changed on the hub.
    auto check = client(QStringLiteral("cr"), QStringLiteral("reader"), QStringLiteral("bob"));
    QCOMPARE(check->sync(), QString());
    QCOMPARE(check->cat().organisations().find(org)->value(QLatin1String("name_en")).toString(),
             QStringLiteral("Society"));
}

void TestSyncHub::editorCannotChangeAnotherWorkspace()
{
    QVERIFY2(newHub(QStringLiteral("ws")).isEmpty(), "hub");
    auto a = client(QStringLiteral("aw"), QStringLiteral("ws"), QStringLiteral("alice"));
    auto d = client(QStringLiteral("dw"), QStringLiteral("ws"), QStringLiteral("dina"));
    const QString org =
        a->addOrganisation(QStringLiteral("منظمة في مساحة العمل الأولى"), QStringLiteral("WS1 org"));
    const QString office = a->addOffice(org, QStringLiteral("بيروت"), 33.89, 35.50);
    QCOMPARE(a->sync(), QString());
    QCOMPARE(d->sync(), QString());

    // dina (ws2) edits ws1's organisation and office, and creates her own organisation.
    d->setField("organisation", org, QStringLiteral("name_en"), QStringLiteral("taken over"));
    d->setField("location", office, QStringLiteral("city"), QStringLiteral("Jounieh"));
    const QString mine = d->addOrganisation(QStringLiteral("منظمة دينا"), QStringLiteral("Dina's org"));
    SyncEngine::Report report;
    QCOMPARE(d->sync(&report), QString());
    QCOMPARE(report.refused, 2);
    QCOMPARE(report.pushed >= 1, true);
    // Her client is back to the hub's version; her edits are kept as conflicts to look at.
    QCOMPARE(d->cat().organisations().find(org)->value(QLatin1String("name_en")).toString(),
             QStringLiteral("WS1 org"));
    QCOMPARE(ConflictRepository(d->cat().database()).countUnresolved(), 2);

    // Around the client, straight SQL: the hub's row-level security refuses it.
    HubAddress address;
    HubAddress::parse(userUrl(QStringLiteral("ws"), QStringLiteral("dina")), &address);
    HubClient hub(address);
    QCOMPARE(hub.open(), QString());
    QStringList updated;
    QCOMPARE(
        hub.execute(QStringLiteral("UPDATE dalil.organisation SET name_en = 'x' WHERE name_en = 'WS1 org' "
                                   "RETURNING id"),
                    &updated),
        QString());
    QCOMPARE(updated, QStringList()); // ws1's rows are not hers to update
    const QString insert = hub.execute(
        QStringLiteral("INSERT INTO dalil.organisation (id, rev, updated_at, name_en, workspace, seq, "
                       "written_by, written_at) "
                       "VALUES ('forged', '0000000000001-000000-x', 'now', 'forged', 'ws1', 0, '', now())"));
    QVERIFY2(insert.contains(QLatin1String("row-level security")) ||
                 insert.contains(QLatin1String("refused")),
             qPrintable(insert));

    QCOMPARE(a->sync(), QString());
    QCOMPARE(a->cat().organisations().find(org)->value(QLatin1String("name_en")).toString(),
             QStringLiteral("WS1 org"));
    QCOMPARE(a->cat().locations().find(office)->value(QLatin1String("city")).toString(),
             QStringLiteral("بيروت"));
    QVERIFY(a->cat().organisations().find(mine)); // her own workspace's row went through

    // Every write on the hub records who made it.
    QStringList writers;
    QCOMPARE(m_pg.admin(QStringLiteral("ws"),
                        QStringLiteral("SELECT written_by FROM dalil.organisation WHERE id = '%1'").arg(mine),
                        &writers),
             QString());
    QCOMPARE(writers, QStringList{QStringLiteral("dina")});
}

void TestSyncHub::privateContactNeverReachesHub()
{
    QVERIFY2(newHub(QStringLiteral("private")).isEmpty(), "hub");
    auto a = client(QStringLiteral("ap"), QStringLiteral("private"), QStringLiteral("alice"));
    const QString org = a->addOrganisation(QStringLiteral("مركز"), QStringLiteral("Centre"));
    const QString secret = a->addContact(org, QStringLiteral("سارة السرية"), true);
    const QString shared = a->addContact(org, QStringLiteral("عمر المعلن"), false);
    QCOMPARE(a->sync(), QString());

    auto hubHas = [&](const QString& sql) {
        QStringList rows;
        const QString error = m_pg.admin(QStringLiteral("private"), sql, &rows);
        return error.isEmpty() ? rows : QStringList{error};
    };
    QCOMPARE(hubHas(QStringLiteral("SELECT id FROM dalil.contact WHERE id = '%1'").arg(secret)),
             QStringList());
    QCOMPARE(hubHas(QStringLiteral("SELECT count(*) FROM dalil.contact WHERE name LIKE '%سارة%'")),
             QStringList{QStringLiteral("0")});
    QCOMPARE(hubHas(QStringLiteral("SELECT count(*) FROM dalil.history WHERE row_id = '%1'").arg(secret)),
             QStringList{QStringLiteral("0")});
    QCOMPARE(hubHas(QStringLiteral("SELECT count(*) FROM dalil.contact WHERE id = '%1'").arg(shared)),
             QStringList{QStringLiteral("1")});
    QCOMPARE(a->cat().stats().dirty, 0);

    // A contact made private after it was shared leaves only a tombstone without the person.
    a->setField("contact", shared, QStringLiteral("private"), true);
    QCOMPARE(a->sync(), QString());
    QCOMPARE(hubHas(QStringLiteral(
                        "SELECT coalesce(name, '') || '|' || deleted FROM dalil.contact WHERE id = '%1'")
                        .arg(shared)),
             QStringList{QStringLiteral("|true")});
    QVERIFY(a->cat().contacts().find(shared)); // still there, at home
    // The hub itself refuses a private contact (not only the client).
    const QString error =
        m_pg.admin(QStringLiteral("private"),
                   QStringLiteral("UPDATE dalil.contact SET deleted = false WHERE id = '%1'").arg(shared));
    QVERIFY2(error.contains(QLatin1String("contact_private_stays_home")), qPrintable(error));
}

void TestSyncHub::faultsLeaveCatalogueUnchanged_data()
{
    // The message in English (in-process), and as `dalil-cli sync` prints it in Arabic and French.
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("ar");
    QTest::addColumn<QString>("fr");
    QTest::newRow("wrong password") << "password"
                                    << "refused the password" << QStringLiteral("كلمة مرور المستخدم alice")
                                    << QStringLiteral("a refusé le mot de passe de l'utilisateur alice");
    QTest::newRow("unreachable hub") << "unreachable"
                                     << "cannot reach the hub"
                                     << QStringLiteral("تعذّر الوصول إلى مركز المزامنة")
                                     << QStringLiteral("impossible de joindre le hub");
    QTest::newRow("newer hub schema")
        << "newer"
        << "newer format" << QStringLiteral("تنسيقًا أحدث") << QStringLiteral("utilise un format plus récent");
    QTest::newRow("another catalogue")
        << "catalogue"
        << "another catalogue" << QStringLiteral("بدليل آخر") << QStringLiteral("garde un autre catalogue");
    QTest::newRow("not a hub") << "nohub"
                               << "not a Dalil hub" << QStringLiteral("ليس مركز مزامنة لـ«دليل» بعد")
                               << QStringLiteral("pas encore un hub Dalil");
    QTest::newRow("no account") << "noaccount"
                                << "has no account" << QStringLiteral("ليس للمستخدم stranger حساب")
                                << QStringLiteral("n'a pas de compte sur le hub");
    QTest::newRow("no right to connect")
        << "noconnect"
        << "does not let user outsider open the database \"fault_noconnect\""
        << QStringLiteral("للمستخدم outsider بفتح قاعدة البيانات «fault_noconnect»")
        << QStringLiteral("ne permet pas à l'utilisateur outsider d'ouvrir la base « fault_noconnect »");
    QTest::newRow("no sign-in") << "nologin"
                                << "does not let user sleeper sign in"
                                << QStringLiteral("للمستخدم sleeper بتسجيل الدخول")
                                << QStringLiteral("ne permet pas à l'utilisateur sleeper de se connecter");
    QTest::newRow("bad address") << "address"
                                 << "not a hub address" << QStringLiteral("ليس عنوان مركز مزامنة")
                                 << QStringLiteral("n'est pas une adresse de hub");
}

void TestSyncHub::faultsLeaveCatalogueUnchanged()
{
    QFETCH(QString, fault);
    QFETCH(QString, expected);
    const QString database = QStringLiteral("fault_") + fault;
    QVERIFY2(newHub(database).isEmpty(), "hub");
    auto a = client(QStringLiteral("af_") + fault, database, QStringLiteral("alice"));
    const QString org = a->addOrganisation(QStringLiteral("جمعية الأمل"), QStringLiteral("Hope"));
    if (fault == QLatin1String("catalogue")) {
        QCOMPARE(a->sync(), QString()); // joined this hub's catalogue
        auto other = QStringLiteral("fault_other");
        QVERIFY2(newHub(other).isEmpty(), "hub");
        a->url = userUrl(other, QStringLiteral("alice"));
    }
    a->setField("organisation", org, QStringLiteral("acronym"), QStringLiteral("أمل"));
    if (fault == QLatin1String("password")) {
        a->url = m_pg.url(QStringLiteral("alice"), QStringLiteral("wrong"), database);
    } else if (fault == QLatin1String("unreachable")) {
        a->url = QStringLiteral("postgresql://alice:x@127.0.0.1:1/%1?sslmode=disable&connect_timeout=3")
                     .arg(database);
    } else if (fault == QLatin1String("newer")) {
        QCOMPARE(m_pg.admin(database, QStringLiteral("UPDATE dalil.hub_meta SET value = '%1' WHERE key = "
                                                     "'schema_version'")
                                          .arg(HubSchema::kVersion + 1)),
                 QString());
    } else if (fault == QLatin1String("nohub")) {
        QCOMPARE(m_pg.admin(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE plain_db")),
                 QString());
        a->url = m_pg.adminUrl(QStringLiteral("plain_db"));
    } else if (fault == QLatin1String("noaccount")) {
        QCOMPARE(
            m_pg.admin(database, QStringLiteral("CREATE ROLE stranger LOGIN PASSWORD 'stranger-pw'; GRANT "
                                                "CONNECT ON DATABASE %1 TO stranger")
                                     .arg(database)),
            QString());
        a->url = m_pg.url(QStringLiteral("stranger"), QStringLiteral("stranger-pw"), database);
    } else if (fault == QLatin1String("noconnect")) {
        // A login of the server without the right to connect to the hub's database.
        QCOMPARE(m_pg.admin(database, QStringLiteral("CREATE ROLE outsider LOGIN PASSWORD 'outsider-pw'; "
                                                     "REVOKE CONNECT ON DATABASE %1 FROM PUBLIC")
                                          .arg(database)),
                 QString());
        a->url = m_pg.url(QStringLiteral("outsider"), QStringLiteral("outsider-pw"), database);
    } else if (fault == QLatin1String("nologin")) {
        QCOMPARE(m_pg.admin(database, QStringLiteral("CREATE ROLE sleeper NOLOGIN PASSWORD 'sleeper-pw'")),
                 QString());
        a->url = m_pg.url(QStringLiteral("sleeper"), QStringLiteral("sleeper-pw"), database);
    } else if (fault == QLatin1String("address")) {
        a->url = QStringLiteral("http://hub.example/x");
    }
    const Dump before = dump(a->cat());
    const auto conflictsBefore = a->losingRevisions();
    const QString error = a->sync();
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(difference(before, dump(a->cat())), QString());
    QCOMPARE(a->losingRevisions(), conflictsBefore);

    // From the command line, in the user's language: one line on stderr, exit 1, nothing changed.
    QFETCH(QString, ar);
    QFETCH(QString, fr);
    const QList<std::pair<QString, QString>> languages = {{QStringLiteral("ar_EG.UTF-8"), ar},
                                                          {QStringLiteral("fr_FR.UTF-8"), fr},
                                                          {QStringLiteral("C.UTF-8"), expected}};
    for (const auto& [language, message] : languages) {
        const CliRun run = runCliIn(language, {QStringLiteral("--db"), a->path, QStringLiteral("sync"),
                                               QStringLiteral("--hub"), a->url});
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(run.exitCode == 1, qPrintable(language + QLatin1Char(' ') + err));
        QVERIFY2(err.startsWith(QLatin1String("dalil-cli: ")) && run.err.count('\n') == 1, qPrintable(err));
        QVERIFY2(err.contains(message),
                 qPrintable(language + QStringLiteral(": ") + message + QStringLiteral(" not in: ") + err));
    }
    QCOMPARE(difference(before, dump(a->cat())), QString());
}

void TestSyncHub::faultsFromAHubServerThatSpeaksFrench()
{
    // Debian sets a PostgreSQL server's lc_messages from its locale, so the hub of an office in Tunis
    // or Rabat refuses a password, names a missing database and denies a function in French. Dalil
    // must still tell each fault in its own sentence, in the user's language.
    if (!QFile::exists(QStringLiteral("/usr/share/locale/fr/LC_MESSAGES/postgres-15.mo"))) {
        QSKIP("PostgreSQL's French messages are not installed: the server cannot speak French here");
    }
    QTemporaryDir locales;
    // Readable by the server, which runs as nobody when the tests run as root.
    QVERIFY(QFile::setPermissions(locales.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                      QFile::ExeOther));
    if (const QString error = makeLocale(locales.path(), QStringLiteral("fr_FR")); !error.isEmpty()) {
        QSKIP(qPrintable(error));
    }
    PgServer french;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LOCPATH"), locales.path());
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    french.setServerEnvironment(environment);
    french.setServerSettings({QStringLiteral("lc_messages=fr_FR.UTF-8")});
    QCOMPARE(french.start(), QString());

    // The server does speak French: Qt's driver quotes its refusal as it is.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("french-probe"));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(french.port());
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(QStringLiteral("postgres"));
        db.setPassword(QStringLiteral("wrong"));
        db.setConnectOptions(QStringLiteral("sslmode=disable"));
        QVERIFY(!db.open());
        QVERIFY2(db.lastError().databaseText().contains(QStringLiteral("authentification par mot de passe")),
                 qPrintable(db.lastError().databaseText()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("french-probe"));

    const QString db = m_dir.path() + QStringLiteral("/french-server.dalil");
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
    CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("hub"), QStringLiteral("init"),
                         QStringLiteral("--hub"), french.adminUrl(QStringLiteral("postgres"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(
        french.admin(QStringLiteral("postgres"),
                     QStringLiteral("CREATE ROLE stranger LOGIN PASSWORD 'stranger-pw'; GRANT CONNECT ON "
                                    "DATABASE postgres TO stranger; CREATE ROLE outsider LOGIN PASSWORD "
                                    "'outsider-pw'; REVOKE CONNECT ON DATABASE postgres FROM PUBLIC; "
                                    "CREATE ROLE sleeper NOLOGIN PASSWORD 'sleeper-pw'")),
        QString());

    struct Fault
    {
        QString url;
        QStringList messages; // in C, ar_EG and fr_FR
    };
    const QList<Fault> faults = {
        {french.url(QStringLiteral("postgres"), QStringLiteral("wrong"), QStringLiteral("postgres")),
         {QStringLiteral("refused the password of user postgres"),
          QStringLiteral("كلمة مرور المستخدم postgres"),
          QStringLiteral("a refusé le mot de passe de l'utilisateur postgres")}},
        {french.adminUrl(QStringLiteral("no_such_hub")),
         {QStringLiteral("has no database \"no_such_hub\""), QStringLiteral("قاعدة بيانات «no_such_hub»"),
          QStringLiteral("n'a pas de base « no_such_hub »")}},
        {french.url(QStringLiteral("stranger"), QStringLiteral("stranger-pw"), QStringLiteral("postgres")),
         {QStringLiteral("has no account"), QStringLiteral("ليس للمستخدم stranger حساب"),
          QStringLiteral("n'a pas de compte sur le hub")}},
        {french.url(QStringLiteral("outsider"), QStringLiteral("outsider-pw"), QStringLiteral("postgres")),
         {QStringLiteral("does not let user outsider open the database \"postgres\""),
          QStringLiteral("للمستخدم outsider بفتح قاعدة البيانات «postgres»"),
          QStringLiteral("ne permet pas à l'utilisateur outsider d'ouvrir la base « postgres »")}},
        {french.url(QStringLiteral("sleeper"), QStringLiteral("sleeper-pw"), QStringLiteral("postgres")),
         {QStringLiteral("does not let user sleeper sign in"),
          QStringLiteral("للمستخدم sleeper بتسجيل الدخول"),
          QStringLiteral("ne permet pas à l'utilisateur sleeper de se connecter")}},
    };
    const QStringList languages = {QStringLiteral("C.UTF-8"), QStringLiteral("ar_EG.UTF-8"),
                                   QStringLiteral("fr_FR.UTF-8")};
    const QString generic[] = {QStringLiteral("reported:"), QStringLiteral("أفاد مركز"),
                               QStringLiteral("a signalé")};
    for (const Fault& fault : faults) {
        for (qsizetype i = 0; i < languages.size(); ++i) {
            run = runCliIn(languages.at(i), {QStringLiteral("--db"), db, QStringLiteral("sync"),
                                             QStringLiteral("--hub"), fault.url});
            const QString err = QString::fromUtf8(run.err);
            QVERIFY2(run.exitCode == 1, qPrintable(languages.at(i) + QLatin1Char(' ') + err));
            QVERIFY2(err.contains(fault.messages.at(i)) && !err.contains(generic[i]),
                     qPrintable(languages.at(i) + QStringLiteral(": ") + fault.messages.at(i) +
                                QStringLiteral(" not in: ") + err));
        }
    }
}

void TestSyncHub::cliEndToEnd()
{
    QCOMPARE(m_pg.admin(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE clihub")), QString());
    const QString admin = m_pg.adminUrl(QStringLiteral("clihub"));
    const QString db = m_dir.path() + QStringLiteral("/cli.dalil");
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
    CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("hub"), QStringLiteral("init"),
                         QStringLiteral("--hub"), admin});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = runCli({QStringLiteral("hub"), QStringLiteral("init"), QStringLiteral("--hub"), admin});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("already a Dalil hub"));
    run = runCli({QStringLiteral("hub"), QStringLiteral("add-user"), QStringLiteral("--hub"), admin,
                  QStringLiteral("--name"), QStringLiteral("field1"), QStringLiteral("--workspace"),
                  QStringLiteral("beirut"), QStringLiteral("--role"), QStringLiteral("editor")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QRegularExpression passwordLine(QStringLiteral("Password[^:]*: (\\S+)"));
    const QString password = passwordLine.match(QString::fromUtf8(run.out)).captured(1);
    QVERIFY(!password.isEmpty());
    run = runCli({QStringLiteral("hub"), QStringLiteral("add-user"), QStringLiteral("--hub"), admin,
                  QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--workspace"),
                  QStringLiteral("w"), QStringLiteral("--role"), QStringLiteral("owner")});
    QCOMPARE(run.exitCode, 2);

    const QString url = m_pg.url(QStringLiteral("field1"), password, QStringLiteral("clihub"));
    run = runCli({QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--hub"), url,
                  QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QLatin1String("pushed")).toInt(), 0); // the shipped vocabularies stay home
    QCOMPARE(report.value(QLatin1String("workspace")).toString(), QStringLiteral("beirut"));
    QCOMPARE(report.value(QLatin1String("role")).toString(), QStringLiteral("editor"));
    // The text report: each count a phrase of its own that agrees with it (none sent: not "sent 0").
    run = runCliIn(QStringLiteral("ar_EG.UTF-8"),
                   {QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--hub"), url});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(QString::fromUtf8(run.out).contains(
                 QStringLiteral(": لم يُرسل أي تغيير، لم يصل أي تغيير ولا تعارضات جديدة.")),
             run.out.constData());
    run = runCliIn(QStringLiteral("fr_FR.UTF-8"),
                   {QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--hub"), url});
    QVERIFY2(QString::fromUtf8(run.out).contains(
                 QStringLiteral(" : 0 modification envoyée, 0 modification reçue et 0 nouveau conflit.")),
             run.out.constData());

    run = runCli({QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--hub"),
                  m_pg.url(QStringLiteral("field1"), QStringLiteral("nope"), QStringLiteral("clihub"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("dalil-cli: ") && run.err.count('\n') == 1, run.err.constData());
    QVERIFY(run.err.contains("refused the password"));
    run = runCli({QStringLiteral("--db"), db, QStringLiteral("sync")});
    QCOMPARE(run.exitCode, 2);
    run = runCli({QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--hub"), url,
                  QStringLiteral("--bundle-in"), QStringLiteral("x")});
    QCOMPARE(run.exitCode, 2);
}

void TestSyncHub::postgisGeometryOnOffices()
{
    QStringList available;
    QCOMPARE(m_pg.admin(QStringLiteral("postgres"),
                        QStringLiteral("SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'"),
                        &available),
             QString());
    if (available.value(0) != QLatin1String("1")) {
        QSKIP("PostGIS is not installed here (Debian package postgresql-15-postgis-3)");
    }
    QVERIFY(m_pg.hasPostgis());
    // From a database without the extension, so that hub init creates it here once for real (every
    // other test database is copied from a template1 that has it already).
    QVERIFY2(newHub(QStringLiteral("gis"), PgServer::withoutPostgis()).isEmpty(), "hub");
    QStringList version;
    QCOMPARE(m_pg.admin(QStringLiteral("gis"),
                        QStringLiteral("SELECT value FROM dalil.hub_meta WHERE key = 'postgis'"), &version),
             QString());
    QCOMPARE(version.size(), 1);
    QVERIFY(!version.first().isEmpty());
    auto a = client(QStringLiteral("agis"), QStringLiteral("gis"), QStringLiteral("alice"));
    const QString org =
        a->addOrganisation(QStringLiteral("شبكة المنظمات الأهلية"), QStringLiteral("NGO Network"));
    const QString beirut = a->addOffice(org, QStringLiteral("بيروت"), 33.8938, 35.5018);
    const QString tripoli = a->addOffice(org, QStringLiteral("طرابلس"), 34.4367, 35.8497);
    const QString amman = a->addOffice(org, QStringLiteral("عمّان"), 31.9539, 35.9106);
    QCOMPARE(a->sync(), QString());

    // What a GIS user runs on the hub, with a reader's account: offices within 100 km of Beirut.
    HubAddress address;
    HubAddress::parse(userUrl(QStringLiteral("gis"), QStringLiteral("rami")), &address);
    HubClient reader(address);
    QCOMPARE(reader.open(), QString());
    const QString nearBeirut =
        QStringLiteral("SELECT id FROM dalil.location WHERE ST_DWithin(geom::geography, "
                       "ST_SetSRID(ST_MakePoint(35.5018, 33.8938), 4326)::geography, 100000) ORDER BY id");
    auto sorted = [](QStringList ids) {
        ids.sort();
        return ids;
    };
    QStringList ids;
    QCOMPARE(reader.execute(nearBeirut, &ids), QString());
    QCOMPARE(ids, sorted({beirut, tripoli}));

    // The geometry follows the coordinates a client syncs, and a deleted office has none.
    a->setField("location", amman, QStringLiteral("lat"), 33.95);
    a->setField("location", amman, QStringLiteral("lon"), 35.60);
    a->cat().locations().remove(tripoli);
    QCOMPARE(a->sync(), QString());
    ids.clear();
    QCOMPARE(reader.execute(nearBeirut, &ids), QString());
    QCOMPARE(ids, sorted({beirut, amman}));
    QStringList srid;
    QCOMPARE(reader.execute(
                 QStringLiteral("SELECT DISTINCT ST_SRID(geom) FROM dalil.location WHERE geom IS NOT NULL"),
                 &srid),
             QString());
    QCOMPARE(srid, QStringList{QStringLiteral("4326")});
    // The column is the hub's own: clients never see it in what they pull.
    auto b = client(QStringLiteral("bgis"), QStringLiteral("gis"), QStringLiteral("bob"));
    QCOMPARE(b->sync(), QString());
    QVERIFY(!b->cat().locations().findSyncRow(beirut)->contains(QLatin1String("geom")));
    QCOMPARE(difference(dump(a->cat()), dump(b->cat())), QString());
}

void TestSyncHub::hubWithoutPostgisRightsStillInitialises()
{
    // PostGIS is not a trusted extension: a database owner who is not a superuser cannot create
    // it, and gets a hub without the geometry column rather than an error.
    QCOMPARE(m_pg.admin(QStringLiteral("postgres"),
                        QStringLiteral("CREATE ROLE hubowner LOGIN CREATEROLE PASSWORD 'hubowner-pw'")),
             QString());
    QCOMPARE(m_pg.admin(QStringLiteral("postgres"),
                        QStringLiteral("CREATE DATABASE nogis OWNER hubowner") + PgServer::withoutPostgis()),
             QString());
    HubAddress address;
    HubAddress::parse(
        m_pg.url(QStringLiteral("hubowner"), QStringLiteral("hubowner-pw"), QStringLiteral("nogis")),
        &address);
    HubClient owner(address);
    QCOMPARE(owner.open(), QString());
    QCOMPARE(owner.initialise(QStringLiteral("cat-nogis")), QString());
    QVERIFY(!owner.hasPostgis());
    QStringList columns;
    QCOMPARE(m_pg.admin(QStringLiteral("nogis"),
                        QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                       "'dalil' AND table_name = 'location' AND column_name = 'geom'"),
                        &columns),
             QString());
    QCOMPARE(columns, QStringList{QStringLiteral("0")});
    HubClient::Info info;
    QCOMPARE(owner.readInfo(&info), QString());
    QVERIFY(info.initialised);
    QCOMPARE(info.catalogueId, QStringLiteral("cat-nogis"));
}

QTEST_GUILESS_MAIN(TestSyncHub)
#include "tst_sync_hub.moc"
