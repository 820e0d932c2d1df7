// What is written into the open catalogue behind the window's back reaches every screen by itself,
// as a user who runs `dalil-cli` beside the window, or a colleague's copy of Dalil on a shared
// folder, expects: an organisation renamed by the command line shows its new name in the list and
// in its open profile; a funding opportunity added and an organisation deleted through another
// connection appear and disappear; the status bar's count of changes waiting to be sent follows
// both the window's own edits and the other program's. In Arabic first, then English and French.
// The window's own background sync writes through a connection of its own too: a sync that only
// sent the window's edits must not make every screen read the catalogue again (costly on a large
// one), while an edit by the command line during that sync still reaches the screen.
#include "GuiFixture.h"
#include "WindowSyncSettings.h"

#include "catalogue/Catalogue.h"
#include "catalogue/SampleCatalogue.h"
#include "directory/DirectoryView.h"
#include "directory/OrganisationListModel.h"
#include "funding/FundingView.h"
#include "main/CatalogueDocument.h"
#include "profile/ProfileView.h"
#include "sync/BackgroundSync.h"
#include "sync/HubClient.h"
#include "sync/PasswordStore.h"
#include "sync/PgServer.h"
#include "sync/SyncController.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/SyncStatusWidget.h"
#include "sync/TestHub.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>

#include <memory>

using namespace dalil;

namespace {

QString ercId()
{
    return SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("erc"));
}

// Every text the profile shows, one after the other.
QString profileText(ProfileView* profile)
{
    QStringList texts;
    for (QLabel* label : profile->findChildren<QLabel*>()) {
        if (label->isVisibleTo(profile)) {
            texts.append(label->text());
        }
    }
    return texts.join(QLatin1Char('\n'));
}

QString listedName(OrganisationListModel* model, const QString& id)
{
    const int row = model->rowOf(id);
    return row < 0 ? QString() : model->index(row, 0).data().toString();
}

// The Egyptian Red Crescent's `field` set to `value` in the window, as an edit there saves it. An
// error, or an empty string.
QString editErc(CatalogueDocument& document, const QString& field, const QString& value)
{
    std::optional<QJsonObject> erc = document.organisation(ercId());
    if (!erc) {
        return QStringLiteral("no Egyptian Red Crescent");
    }
    erc->insert(field, value);
    const QString saved = document.saveRecord(QStringLiteral("organisation"), *erc, QStringLiteral("Edit"));
    return saved == ercId() ? QString() : QStringLiteral("saved as \"%1\"").arg(saved);
}

// `dalil-cli --db PATH edit organisation ID --set FIELD=VALUE`, another process; its exit code (-1
// when it did not run).
int cliEdit(const QString& path, const QString& id, const QString& field, const QString& value)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(DALIL_CLI_PATH),
              {QStringLiteral("--db"), path, QStringLiteral("edit"), QStringLiteral("organisation"), id,
               QStringLiteral("--set"), field + QLatin1Char('=') + value});
    if (!cli.waitForFinished(120000)) {
        return -1;
    }
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
}

} // namespace

class TestOtherWriters : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_fixture.close(); }
    void renamedByTheCommandLine_data();
    void renamedByTheCommandLine();
    void addedAndDeletedThroughAnotherConnection_data();
    void addedAndDeletedThroughAnotherConnection();
    void changesToSendFollowEveryEdit();
    void syncThatOnlyPushedKeepsTheScreens_data();
    void syncThatOnlyPushedKeepsTheScreens();
    void commandLineEditDuringASyncIsShown_data();
    void commandLineEditDuringASyncIsShown();

private:
    // A new, empty hub database `database` on this test's PostgreSQL (started at the first call)
    // with an editor "field" (password field-pw), and the window's sync settings for it (no
    // automatic sync; the password typed earlier this session). Call between the fixture's open()
    // and createWindow(). Returns an error or an empty string.
    QString newHub(const QString& database);
    // The window's sync, run once; its error (empty on success).
    QString syncOnce(MainWindow* window);
    // The sample catalogue opened in `language`, a new hub `database` (newHub()) and a window on
    // them that lists the Egyptian Red Crescent and has joined the hub by one sync (the sample has
    // nothing to send, the hub nothing to give). With `watchInterval` > 0 the window looks for other
    // writers that often (ms) from before that sync.
    struct Joined
    {
        QString noServer; // PostgreSQL is not installed here: the test is skipped
        QString error;    // anything else that went wrong
        MainWindow* window = nullptr;
    };
    Joined joinedWindow(const QString& language, const QString& database, int watchInterval = 0);

    test::GuiFixture m_fixture;
    std::unique_ptr<test::PgServer> m_pg;
};

QString TestOtherWriters::newHub(const QString& database)
{
    if (!m_pg) {
        m_pg = std::make_unique<test::PgServer>();
        m_pg->setPostgis(false);
        if (QString error = m_pg->start(); !error.isEmpty()) {
            m_pg.reset();
            return error;
        }
    }
    if (QString error = test::createHub(*m_pg, database, database + QStringLiteral("-catalogue"),
                                        {{"field", "ws1", "editor"}}, test::PgServer::withoutPostgis());
        !error.isEmpty()) {
        return error;
    }
    test::configureWindowSync(m_pg->port(), database);
    return {};
}

QString TestOtherWriters::syncOnce(MainWindow* window)
{
    auto* controller = window->findChild<SyncController*>();
    if (!controller) {
        return QStringLiteral("no sync controller");
    }
    QSignalSpy finished(controller->background(), &BackgroundSync::finished);
    controller->syncNow();
    if (!finished.wait(120000) && finished.isEmpty()) {
        return QStringLiteral("the sync did not finish");
    }
    return finished.first().first().toString();
}

TestOtherWriters::Joined TestOtherWriters::joinedWindow(const QString& language, const QString& database,
                                                        int watchInterval)
{
    Joined joined;
    if (QString error = m_fixture.open(language); !error.isEmpty()) {
        joined.error = error;
        return joined;
    }
    if (QString error = newHub(database); !error.isEmpty()) {
        if (error.contains(QLatin1String("not found")) || error.contains(QLatin1String("missing"))) {
            joined.noServer = error;
        } else {
            joined.error = error;
        }
        return joined;
    }
    MainWindow* window = m_fixture.createWindow();
    if (!window) {
        joined.error = QStringLiteral("no window");
        return joined;
    }
    if (watchInterval > 0) {
        window->document().setWatchInterval(watchInterval);
    }
    OrganisationListModel* model = window->directory()->model();
    if (!QTest::qWaitFor([&] { return model->rowOf(ercId()) >= 0; })) {
        joined.error = QStringLiteral("the Egyptian Red Crescent is not listed");
        return joined;
    }
    joined.error = syncOnce(window);
    joined.window = window;
    return joined;
}

void TestOtherWriters::renamedByTheCommandLine_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("name");
    // Harakat, Arabic-Indic digits and a Latin acronym in one name.
    QTest::newRow("ar") << "ar"
                        << "name_ar" << QStringLiteral("الهلالُ الأحمرُ المصريّ – فرع ٢ (ERC)");
    QTest::newRow("en") << "en"
                        << "name_en" << QStringLiteral("Egyptian Red Crescent, Giza branch");
    QTest::newRow("fr") << "fr"
                        << "name_fr" << QStringLiteral("Croissant-Rouge égyptien, délégation de Gizeh");
}

void TestOtherWriters::renamedByTheCommandLine()
{
    QFETCH(QString, language);
    QFETCH(QString, field);
    QFETCH(QString, name);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    DirectoryView* directory = window->directory();
    OrganisationListModel* model = directory->model();
    QTRY_VERIFY(model->rowOf(ercId()) >= 0);
    directory->selectOrganisation(ercId());
    QTRY_COMPARE(directory->profile()->organisationId(), ercId());
    const QString before = listedName(model, ercId());
    QVERIFY(!before.contains(name));
    QVERIFY(!profileText(directory->profile()).contains(name));

    QCOMPARE(cliEdit(m_fixture.path(), ercId(), field, name), 0);
    // Nobody touches the window: the list and the open profile follow by themselves.
    QTRY_COMPARE(listedName(model, ercId()), name);
    QTRY_VERIFY2(profileText(directory->profile()).contains(name),
                 qPrintable(profileText(directory->profile())));
    QCOMPARE(directory->profile()->organisationId(), ercId());
    // And the new name is found by a search typed afterwards.
    directory->searchField()->setText(name);
    QTRY_COMPARE(model->idAt(0), ercId());
}

void TestOtherWriters::addedAndDeletedThroughAnotherConnection_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ar") << "ar";
    QTest::newRow("en") << "en";
}

void TestOtherWriters::addedAndDeletedThroughAnotherConnection()
{
    QFETCH(QString, language);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    FundingView* funding = window->funding();
    QVERIFY(funding);
    QTRY_VERIFY(!funding->shownIds().isEmpty());
    DirectoryView* directory = window->directory();
    QTRY_VERIFY(directory->model()->rowOf(ercId()) >= 0);
    directory->selectOrganisation(ercId());
    QTRY_COMPARE(directory->profile()->organisationId(), ercId());

    // Another connection: another program, or a worker of this one that does not tell the window.
    Catalogue::OpenResult other = Catalogue::open(m_fixture.path());
    QVERIFY2(other.catalogue, qPrintable(other.error));
    const QString grant = other.catalogue->funding().save(
        {{QStringLiteral("title_ar"), QStringLiteral("منحة المياه والصرف الصحي في اليمن ٢٠٢٧")},
         {QStringLiteral("title_en"), QStringLiteral("Water and sanitation grant, Yemen 2027")}});
    QVERIFY(!grant.isEmpty());
    QTRY_VERIFY(funding->shownIds().contains(grant));

    QVERIFY(other.catalogue->organisations().remove(ercId()));
    QTRY_VERIFY(directory->model()->rowOf(ercId()) < 0);
    // The profile of a deleted organisation is not left on screen.
    QTRY_VERIFY(directory->profile()->organisationId().isEmpty());
}

void TestOtherWriters::changesToSendFollowEveryEdit()
{
    MainWindow* window = m_fixture.openActiveWindow(QStringLiteral("en"));
    QVERIFY(window);
    auto* status = window->findChild<SyncStatusWidget*>();
    QVERIFY(status);
    // The sample catalogue has nothing to send.
    QTRY_COMPARE(status->text(), QStringLiteral("Not synced yet"));

    // An edit in the window.
    QCOMPARE(
        editErc(window->document(), QStringLiteral("website"), QStringLiteral("https://egyptianrc.org/ar")),
        QString());
    QTRY_COMPARE(status->text(), QStringLiteral("Not synced yet · 1 change to send"));

    // And one by the command line.
    const QString other = SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("ifrc-mena"));
    QCOMPARE(cliEdit(m_fixture.path(), other, QStringLiteral("website"),
                     QStringLiteral("https://www.ifrc.org/ar")),
             0);
    QTRY_COMPARE(status->text(), QStringLiteral("Not synced yet · 2 changes to send"));
}

void TestOtherWriters::syncThatOnlyPushedKeepsTheScreens_data()
{
    renamedByTheCommandLine_data();
}

void TestOtherWriters::syncThatOnlyPushedKeepsTheScreens()
{
    QFETCH(QString, language);
    QFETCH(QString, field);
    QFETCH(QString, name);
    // The look for other writers, several times during and after a sync.
    const Joined joined = joinedWindow(language, QStringLiteral("pushonly_") + language, 100);
    if (!joined.noServer.isEmpty()) {
        QSKIP(qPrintable(joined.noServer));
    }
    QVERIFY2(joined.error.isEmpty(), qPrintable(joined.error));
    MainWindow* window = joined.window;
    CatalogueDocument& document = window->document();
    DirectoryView* directory = window->directory();
    OrganisationListModel* model = directory->model();

    // An edit in the window, shown at once, then sent by a sync that brings nothing back.
    QCOMPARE(editErc(document, field, name), QString());
    QTRY_COMPARE(listedName(model, ercId()), name);
    directory->selectOrganisation(ercId());
    QTRY_COMPARE(directory->profile()->organisationId(), ercId());
    QTest::qWait(300); // the window's own edit has been looked at
    QSignalSpy changes(&document, &CatalogueDocument::recordChanged);
    auto* controller = window->findChild<SyncController*>();
    QVERIFY(controller);
    QSignalSpy started(controller->background(), &BackgroundSync::started);
    QCOMPARE(syncOnce(window), QString());
    QCOMPARE(started.count(), 1);
    QCOMPARE(controller->background()->lastReport().pushed, 1);
    QCOMPARE(controller->background()->lastReport().pulled, 0);
    QCOMPARE(m_fixture.catalogue->organisations().find(ercId())->value(QLatin1String("dirty")).toBool(),
             false);
    // Several looks later, no screen was told that anything may have changed: the list and the open
    // profile were not read again.
    QTest::qWait(600);
    for (const QList<QVariant>& change : changes) {
        QVERIFY2(!change.first().toString().isEmpty(),
                 "the screens were read again after a sync that only pushed");
    }
    QCOMPARE(directory->profile()->organisationId(), ercId());
    QCOMPARE(listedName(model, ercId()), name);

    // The look for other writers goes on: the command line's next edit is shown.
    const QString renamed = name + QStringLiteral(" ٣");
    QCOMPARE(cliEdit(m_fixture.path(), ercId(), field, renamed), 0);
    QTRY_COMPARE(listedName(model, ercId()), renamed);
    QTRY_VERIFY2(profileText(directory->profile()).contains(renamed),
                 qPrintable(profileText(directory->profile())));
}

void TestOtherWriters::commandLineEditDuringASyncIsShown_data()
{
    renamedByTheCommandLine_data();
}

void TestOtherWriters::commandLineEditDuringASyncIsShown()
{
    QFETCH(QString, language);
    QFETCH(QString, field);
    QFETCH(QString, name);
    const Joined joined = joinedWindow(language, QStringLiteral("during_") + language);
    if (!joined.noServer.isEmpty()) {
        QSKIP(qPrintable(joined.noServer));
    }
    QVERIFY2(joined.error.isEmpty(), qPrintable(joined.error));
    MainWindow* window = joined.window;
    CatalogueDocument& document = window->document();
    DirectoryView* directory = window->directory();
    OrganisationListModel* model = directory->model();
    QCOMPARE(editErc(document, QStringLiteral("website"), QStringLiteral("https://egyptianrc.org/ar")),
             QString());
    directory->selectOrganisation(ercId());
    QTRY_COMPARE(directory->profile()->organisationId(), ercId());
    QVERIFY(!profileText(directory->profile()).contains(name));

    // No periodic look: what the command line writes while the sync runs must be shown at the end
    // of the sync itself, which only pushed. The edit commits after the sync's connection was opened
    // and the window looked, before the sync's own commits.
    document.setWatchInterval(0);
    auto* controller = window->findChild<SyncController*>();
    QVERIFY(controller);
    int cli = -1;
    connect(controller->background(), &BackgroundSync::started, this,
            [&] { cli = cliEdit(m_fixture.path(), ercId(), field, name); });
    QCOMPARE(syncOnce(window), QString());
    QCOMPARE(cli, 0);
    QCOMPARE(controller->background()->lastReport().pushed, 1);
    QCOMPARE(controller->background()->lastReport().pulled, 0);
    // Nobody touches the window: the list and the open profile follow.
    QTRY_COMPARE(listedName(model, ercId()), name);
    QTRY_VERIFY2(profileText(directory->profile()).contains(name),
                 qPrintable(profileText(directory->profile())));
    QCOMPARE(directory->profile()->organisationId(), ercId());
}

DALIL_GUI_TEST_MAIN(TestOtherWriters)
#include "tst_otherwriters.moc"
