// What is written into the open catalogue behind the window's back reaches every screen by itself,
// as a user who runs `dalil-cli` beside the window, or a colleague's copy of Dalil on a shared
// folder, expects: an organisation renamed by the command line shows its new name in the list and
// in its open profile; a funding opportunity added and an organisation deleted through another
// connection appear and disappear; the status bar's count of changes waiting to be sent follows
// both the window's own edits and the other program's. In Arabic first, then English and French.
#include "GuiFixture.h"

#include "catalogue/Catalogue.h"
#include "catalogue/SampleCatalogue.h"
#include "directory/DirectoryView.h"
#include "directory/OrganisationListModel.h"
#include "funding/FundingView.h"
#include "main/CatalogueDocument.h"
#include "profile/ProfileView.h"
#include "sync/SyncStatusWidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>

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

// `dalil-cli --db PATH ARGS…`, another process; its exit code (-1 when it did not run).
int runCli(const QString& path, const QStringList& args, QString* output)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(DALIL_CLI_PATH), QStringList{QStringLiteral("--db"), path} + args);
    if (!cli.waitForFinished(120000)) {
        return -1;
    }
    *output = QString::fromUtf8(cli.readAll());
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

private:
    test::GuiFixture m_fixture;
};

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

    QString output;
    QCOMPARE(runCli(m_fixture.path(),
                    {QStringLiteral("edit"), QStringLiteral("organisation"), ercId(), QStringLiteral("--set"),
                     field + QLatin1Char('=') + name},
                    &output),
             0);
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
    std::optional<QJsonObject> erc = window->document().organisation(ercId());
    QVERIFY(erc);
    erc->insert(QStringLiteral("website"), QStringLiteral("https://egyptianrc.org/ar"));
    QCOMPARE(window->document().saveRecord(QStringLiteral("organisation"), *erc, QStringLiteral("Edit")),
             ercId());
    QTRY_COMPARE(status->text(), QStringLiteral("Not synced yet · 1 change to send"));

    // And one by the command line.
    QString output;
    const QString other = SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("ifrc-mena"));
    QCOMPARE(runCli(m_fixture.path(),
                    {QStringLiteral("edit"), QStringLiteral("organisation"), other, QStringLiteral("--set"),
                     QStringLiteral("website=https://www.ifrc.org/ar")},
                    &output),
             0);
    QTRY_COMPARE(status->text(), QStringLiteral("Not synced yet · 2 changes to send"));
}

DALIL_GUI_TEST_MAIN(TestOtherWriters)
#include "tst_otherwriters.moc"
