// The sync widgets: the conflicts view compares and restores, the settings dialog asks for TLS by
// default, the status indicator says what waits.

#include "GuiFixture.h"
#include "Heartbeat.h"
#include "TestSupport.h"
#include "WindowSyncSettings.h"
#include "sync/PgServer.h"
#include "sync/SyncTestSupport.h"
#include "sync/TestHub.h"

#include "directory/DirectoryView.h"
#include "directory/OrganisationListModel.h"
#include "profile/RecordEditDialog.h"
#include "profile/RecordForm.h"
#include "sync/BackgroundSync.h"
#include "sync/Bundle.h"
#include "sync/ConflictsView.h"
#include "sync/PasswordStore.h"
#include "sync/SyncController.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/SyncStatusWidget.h"

#include <QMenuBar>
#include <QStatusBar>

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

using namespace dalil;
using namespace dalil::test;

class TestSyncWidgets : public QObject
{
    Q_OBJECT

private slots:
    void conflictsViewRestores();
    void settingsDefaultToVerifiedTls();
    void statusSaysWhatWaits();
    void mainWindowHasSyncMenuAndIndicator();
    void arabicStatusSeparatesWithAComma();
    void passwordKeptOrAskedOncePerSession();
    void firstPullFillsTheWindow();
    void saveDuringFirstPullWaitsForIt();

private:
    // A hub database on this test's PostgreSQL (started at the first call) with an editor "field"
    // (password field-pw) of ws1 and `organisations` organisations, 1.5 offices and one contact
    // each. Returns an error or an empty string.
    QString newFilledHub(const QString& database, int organisations);
    // The window's sync settings for that hub, the password typed earlier this session.
    void configureSync(const QString& database);

    QTemporaryDir m_dir;
    std::unique_ptr<PgServer> m_pg;
};

QString TestSyncWidgets::newFilledHub(const QString& database, int organisations)
{
    if (!m_pg) {
        m_pg = std::make_unique<PgServer>();
        if (QString error = m_pg->start(); !error.isEmpty()) {
            m_pg.reset();
            return error;
        }
    }
    if (QString error = test::createHub(*m_pg, database, database + QStringLiteral("-catalogue"),
                                        {{"field", "ws1", "editor"}});
        !error.isEmpty()) {
        return error;
    }
    const QStringList fill = {
        QStringLiteral(
            "INSERT INTO dalil.organisation (id, rev, updated_at, name_ar, name_en, workspace, seq, "
            "written_by, written_at) SELECT 'org-' || g, '1764000000000-' || lpad(g::text, 6, '0') "
            "|| '-hubgen', '2025-11-24T10:00:00.000Z', 'جمعية رقم ' || g, 'Society ' || g, 'ws1', 0, "
            "'', now() FROM generate_series(1, %1) g"),
        QStringLiteral(
            "INSERT INTO dalil.location (id, rev, updated_at, organisation_id, city, lat, lon, seq, "
            "written_by, written_at) SELECT 'loc-' || g, '1764000000001-' || lpad(g::text, 6, '0') || "
            "'-hubgen', '2025-11-24T10:00:00.000Z', 'org-' || (1 + g % %1), 'صيدا', 33.5 + g % 100 "
            "/ 1000.0, 35.3 + g % 97 / 1000.0, 0, '', now() FROM generate_series(1, %1 * 3 / 2) g"),
        QStringLiteral(
            "INSERT INTO dalil.contact (id, rev, updated_at, organisation_id, name, seq, written_by, "
            "written_at) SELECT 'con-' || g, '1764000000002-' || lpad(g::text, 6, '0') || '-hubgen', "
            "'2025-11-24T10:00:00.000Z', 'org-' || g, 'ليلى ' || g, 0, '', now() FROM "
            "generate_series(1, %1) g")};
    for (const QString& sql : fill) {
        if (QString error = m_pg->admin(database, sql.arg(organisations)); !error.isEmpty()) {
            return error;
        }
    }
    return {};
}

void TestSyncWidgets::configureSync(const QString& database)
{
    test::configureWindowSync(m_pg->port(), database);
}

void TestSyncWidgets::conflictsViewRestores()
{
    Client a(m_dir.path(), QStringLiteral("a"), {});
    Client b(m_dir.path(), QStringLiteral("b"), {});
    const QString org = a.addOrganisation(QStringLiteral("جمعية النور"), QStringLiteral("Al Nour"));
    Bundle::Summary summary;
    const QString first = m_dir.path() + QStringLiteral("/1");
    QCOMPARE(Bundle::write(a.cat(), first, QStringLiteral("b"), true, &summary), QString());
    QCOMPARE(Bundle::import(b.cat(), first, &summary), QString());
    a.setField("organisation", org, QStringLiteral("name_en"), QStringLiteral("Al Nour (mine)"));
    // The other laptop's edit comes later by the clock: wait for the clock to move on.
    const qint64 mine = QDateTime::currentMSecsSinceEpoch();
    QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > mine + 2);
    b.setField("organisation", org, QStringLiteral("name_en"), QStringLiteral("Al Nour (theirs)"));
    const QString second = m_dir.path() + QStringLiteral("/2");
    QCOMPARE(Bundle::write(b.cat(), second, QStringLiteral("a"), false, &summary), QString());
    QCOMPARE(Bundle::import(a.cat(), second, &summary), QString());

    ConflictsView view(a.cat());
    view.resize(700, 500);
    view.show();
    QCOMPARE(view.count(), 1);
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("comparison"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("name_en"));
    QVERIFY(table->item(0, 1)->text().contains(QLatin1String("(mine)")));
    QVERIFY(table->item(0, 2)->text().contains(QLatin1String("(theirs)")));
    QSignalSpy changed(&view, &ConflictsView::catalogueChanged);
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("restore")), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(view.count(), 0);
    QCOMPARE(a.cat().organisations().find(org)->value(QLatin1String("name_en")).toString(),
             QStringLiteral("Al Nour (mine)"));
    QVERIFY(a.cat().organisations().find(org)->value(QLatin1String("dirty")).toBool());
}

void TestSyncWidgets::settingsDefaultToVerifiedTls()
{
    SyncSettingsDialog dialog;
    QCOMPARE(dialog.sslMode(), QStringLiteral("verify-full"));
    QCOMPARE(dialog.url(), QString()); // nothing to connect to yet
    dialog.findChild<QLineEdit*>(QStringLiteral("host"))->setText(QStringLiteral("hub.example.org"));
    QVERIFY(dialog.url().startsWith(QLatin1String("postgresql://")));
    QVERIFY(dialog.url().contains(QLatin1String("sslmode=verify-full")));
    dialog.findChild<QComboBox*>(QStringLiteral("security"))->setCurrentIndex(2);
    QVERIFY(dialog.url().contains(QLatin1String("sslmode=disable")));
    HubAddress address;
    QCOMPARE(HubAddress::parse(dialog.url() + QStringLiteral("&user=x"), &address), QString());
    QVERIFY(!dialog.url().contains(QLatin1String("secret")));
}

void TestSyncWidgets::statusSaysWhatWaits()
{
    SyncStatusWidget status;
    status.show();
    QVERIFY(!status.findChild<QToolButton*>(QStringLiteral("conflicts"))->isVisible());
    status.setCounts(3, 2);
    QVERIFY(status.findChild<QToolButton*>(QStringLiteral("conflicts"))->isVisible());
    QVERIFY(status.text().contains(QLatin1Char('3')));
    status.setLastSync(QDateTime(), QStringLiteral("cannot reach the hub"));
    QVERIFY(!status.text().isEmpty());
    QSignalSpy asked(&status, &SyncStatusWidget::syncRequested);
    QTest::mouseClick(status.findChild<QToolButton*>(QStringLiteral("syncNow")), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
}

void TestSyncWidgets::mainWindowHasSyncMenuAndIndicator()
{
    GuiFixture fixture;
    QCOMPARE(fixture.open(QStringLiteral("en")), QString());
    MainWindow* window = fixture.createWindow();
    QVERIFY(window);
    auto* menu = window->findChild<QMenu*>(QStringLiteral("syncMenu"));
    QVERIFY(menu);
    QVERIFY(window->menuBar()->actions().contains(menu->menuAction()));
    QVERIFY(!menu->title().isEmpty());
    // Not configured yet: nothing to sync with, and the indicator says so.
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("syncNowAction"))->isEnabled());
    auto* status = window->statusBar()->findChild<SyncStatusWidget*>();
    QVERIFY(status);
    QVERIFY(!status->text().isEmpty());
    fixture.close();
}

void TestSyncWidgets::arabicStatusSeparatesWithAComma()
{
    // Between Arabic words a middle dot (U+00B7) is drawn like the Arabic-Indic zero (٠): "لم تتم
    // المزامنة بعد · تغيير واحد" reads as "... after 0 one change". Arabic joins the two parts with
    // an Arabic comma.
    GuiFixture fixture;
    QCOMPARE(fixture.open(QStringLiteral("ar")), QString());
    MainWindow* window = fixture.createWindow();
    QVERIFY(window);
    auto* status = window->statusBar()->findChild<SyncStatusWidget*>();
    QVERIFY(status);
    for (const int pending : {1, 2, 7, 15}) {
        status->setCounts(pending, 0);
        const QString text = status->text();
        QVERIFY2(!text.contains(QChar(0x00B7)), qPrintable(text));
        QVERIFY2(text.contains(QChar(0x060C)), qPrintable(text));
    }
    fixture.close();
}

void TestSyncWidgets::passwordKeptOrAskedOncePerSession()
{
    const QString account = QStringLiteral("postgresql://field@127.0.0.1:1/dalil?sslmode=disable");
    const QString secret = QStringLiteral("كلمة-سرّ-٢٠٢٦");
    if (PasswordStore::keyringAvailable()) {
        QVERIFY(PasswordStore::write(account, secret));
        QCOMPARE(PasswordStore::read(account), secret);
    } else {
        // No keyring on this desktop: the password is never written anywhere, only remembered
        // for this session.
        QVERIFY(!PasswordStore::write(account, secret));
        QCOMPARE(PasswordStore::read(account), secret);
    }
    PasswordStore::forget(account);
    QCOMPARE(PasswordStore::read(account), QString());
    QCOMPARE(PasswordStore::sessionPassword(account), QString());

    // A hub is set up but no password is known: "Sync now" asks for it, once in the session.
    GuiFixture fixture;
    QCOMPARE(fixture.open(QStringLiteral("en")), QString());
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("sync"));
        settings.setValue(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
        settings.setValue(QStringLiteral("port"), 1);
        settings.setValue(QStringLiteral("database"), QStringLiteral("dalil"));
        settings.setValue(QStringLiteral("user"), QStringLiteral("field"));
        settings.setValue(QStringLiteral("sslmode"), QStringLiteral("disable"));
        settings.setValue(QStringLiteral("interval"), 0);
    }
    MainWindow* window = fixture.createWindow();
    QVERIFY(window);
    auto* controller = window->findChild<SyncController*>();
    QVERIFY(controller);
    const QString url = SyncSettingsDialog::storedUrl();
    QVERIFY(!url.isEmpty());
    QVERIFY(!url.contains(secret));
    // Answers any password prompt that shows up (the keyring probe may come first).
    int asked = 0;
    QTimer answerer;
    answerer.setInterval(50);
    connect(&answerer, &QTimer::timeout, this, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QInputDialog*>(widget); dialog && dialog->isVisible()) {
                ++asked;
                QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
                dialog->setTextValue(secret);
                dialog->accept();
            }
        }
    });
    answerer.start();
    QSignalSpy finished(controller->background(), &BackgroundSync::finished);
    controller->syncNow();
    QCOMPARE(asked, 1);
    QCOMPARE(PasswordStore::sessionPassword(url), secret);
    QTRY_COMPARE(finished.count(), 1); // the hub is unreachable: it fails, and says so
    QVERIFY(!finished.first().first().toString().isEmpty());

    // Asked once: the next "Sync now" of this session uses what was typed.
    // The password is asked (or not) inside syncNow(), before the sync starts.
    controller->syncNow();
    QCOMPARE(asked, 1);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(asked, 1);
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        QVERIFY(!(qobject_cast<QInputDialog*>(widget) && widget->isVisible()));
    }
    answerer.stop();
    PasswordStore::forget(url);
    fixture.close();
}

void TestSyncWidgets::firstPullFillsTheWindow()
{
    // A hub with 3,000 organisations, their offices and contacts: a first pull of many pages.
    const QString hub = newFilledHub(QStringLiteral("gui"), 3000);
    if (hub.contains(QLatin1String("not found")) || hub.contains(QLatin1String("missing"))) {
        QSKIP(qPrintable(hub));
    }
    QVERIFY2(hub.isEmpty(), qPrintable(hub));

    // The window on its new catalogue (the sample), set up for this hub; the password was typed
    // earlier in the session.
    GuiFixture fixture;
    QCOMPARE(fixture.open(QStringLiteral("en")), QString());
    configureSync(QStringLiteral("gui"));
    MainWindow* window = fixture.createWindow();
    QVERIFY(window);
    auto* controller = window->findChild<SyncController*>();
    QVERIFY(controller);
    controller->background()->setPageSize(400);
    OrganisationListModel* list = window->directory()->model();
    QTRY_VERIFY(list->totalCount() > 100);
    const qint64 sample = list->totalCount();
    auto* status = window->statusBar()->findChild<SyncStatusWidget*>();
    QVERIFY(status);
    auto* bar = status->findChild<QProgressBar*>(QStringLiteral("syncProgress"));
    auto* stop = status->findChild<QToolButton*>(QStringLiteral("stopSync"));
    QVERIFY(bar && stop);

    // A heartbeat on the window's thread: the longest gap between beats is the longest freeze.
    Heartbeat beat(10);
    QSignalSpy finished(controller->background(), &BackgroundSync::finished);

    // The password was given this session; should the desktop's keyring still make the window ask,
    // the answer is the same (a prompt left open would hang the test).
    QTimer answerer;
    answerer.setInterval(50);
    connect(&answerer, &QTimer::timeout, this, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QInputDialog*>(widget); dialog && dialog->isVisible()) {
                dialog->setTextValue(QStringLiteral("field-pw"));
                dialog->accept();
            }
        }
    });
    answerer.start();

    // Stopped by the user once rows come in: nothing of it is kept, and the status says so.
    bool stopShown = false;
    auto pressStop = connect(controller->background(), &BackgroundSync::progress, this, [&] {
        if (stop->isVisible() && stop->isEnabled()) {
            stopShown = true;
            QTest::mouseClick(stop, Qt::LeftButton);
        }
    });
    beat.start();
    controller->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 180000);
    disconnect(pressStop);
    QVERIFY(stopShown);
    QVERIFY(finished.first().first().toString().contains(QLatin1String("stopped")));
    QVERIFY2(status->text().contains(QLatin1String("stopped")), qPrintable(status->text()));
    QCOMPARE(fixture.catalogue->organisations().count(), sample);

    // Again, to the end: the bar counts the rows received, the window stays live, the list fills.
    QList<int> values;
    QStringList texts;
    bool indexing = false;
    connect(controller->background(), &BackgroundSync::progress, this, [&] {
        QVERIFY(bar->isVisible());
        values.append(bar->value());
        texts.append(status->text());
    });
    connect(controller->background(), &BackgroundSync::indexing, this, [&](qint64 done, qint64 total) {
        QVERIFY(done <= total);
        indexing = true;
    });
    beat.start(); // the second sync's freezes alone
    controller->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 180000);
    beat.stop();
    QCOMPARE(finished.last().first().toString(), QString());
    QVERIFY2(values.size() >= 5, qPrintable(QString::number(values.size())));
    for (qsizetype i = 1; i < values.size(); ++i) {
        QVERIFY(values[i] > values[i - 1]);
    }
    QCOMPARE(values.last(), 1000); // every row announced came in
    QVERIFY2(texts.first().contains(QLocale().toString(3000 + 4500 + 3000)), qPrintable(texts.first()));
    QVERIFY(indexing);
    QVERIFY2(beat.longestGapMs() < 1500, qPrintable(beat.describe()));
    QTRY_COMPARE(list->totalCount(), sample + 3000);
    QCOMPARE(fixture.catalogue->locations().count() >= 4500, true);
    QVERIFY(!bar->isVisible());
    QVERIFY(!stop->isVisible());
    fixture.close();
}

void TestSyncWidgets::saveDuringFirstPullWaitsForIt()
{
    // A first pull holds the catalogue's write lock from its first row to its commit. An edit saved
    // meanwhile must not be lost: the form keeps it, says why it waits, and saves it after the pull.
    const QString database = QStringLiteral("guisave");
    const QString hub = newFilledHub(database, 6000);
    if (hub.contains(QLatin1String("not found")) || hub.contains(QLatin1String("missing"))) {
        QSKIP(qPrintable(hub));
    }
    QVERIFY2(hub.isEmpty(), qPrintable(hub));
    GuiFixture fixture;
    QCOMPARE(fixture.open(QStringLiteral("ar")), QString());
    configureSync(database);
    MainWindow* window = fixture.createWindow();
    QVERIFY(window);
    auto* controller = window->findChild<SyncController*>();
    QVERIFY(controller);
    controller->background()->setPageSize(200);
    const qint64 sample = fixture.catalogue->organisations().count();

    // An organisation of the sample, its English name being edited.
    QString id;
    fixture.catalogue->organisations().forEach([&](const QJsonObject& row) {
        if (id.isEmpty()) {
            id = row.value(QLatin1String("id")).toString();
        }
    });
    const QJsonObject before = *fixture.catalogue->organisations().find(id);
    // Without a parent: the window, closed at the end, must not delete this one on the stack.
    RecordEditDialog dialog(window->document(), QStringLiteral("organisation"), before,
                            QStringLiteral("تعديل"));
    dialog.show();
    auto* field = qobject_cast<QLineEdit*>(dialog.form()->editor(QStringLiteral("name_en")));
    QVERIFY(field);
    field->selectAll();
    const QString edited = QStringLiteral("Edited while the hub downloads");
    typeText(field, edited);
    QCOMPARE(field->text(), edited);

    // A refusal ("could not be saved") would come as a message box: noted and closed.
    QStringList warnings;
    QTimer closer;
    closer.setInterval(50);
    connect(&closer, &QTimer::timeout, this, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible()) {
                warnings.append(box->text());
                box->done(QMessageBox::Ok);
            }
        }
    });
    closer.start();

    // Once rows come in (the local transaction is open), the hub's contacts are locked: the pull
    // waits for them with the catalogue held, longer than SQLite's busy timeout (3 s).
    HubAddress adminAddress;
    HubAddress::parse(m_pg->adminUrl(database), &adminAddress);
    HubClient admin(adminAddress);
    QCOMPARE(admin.open(), QString());
    bool locked = false;
    QString lockError;
    connect(controller->background(), &BackgroundSync::progress, this, [&] {
        if (!locked) {
            locked = true;
            lockError = admin.begin();
            if (lockError.isEmpty()) {
                lockError =
                    admin.execute(QStringLiteral("LOCK TABLE dalil.contact IN ACCESS EXCLUSIVE MODE"));
            }
        }
    });
    QSignalSpy finished(controller->background(), &BackgroundSync::finished);
    controller->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(locked, 120000);
    QCOMPARE(lockError, QString());
    QVERIFY2(controller->background()->isRunning(), "the pull ended before the hub was held");

    dialog.buttons()->button(QDialogButtonBox::Save)->click();
    // The save does not try the held catalogue (which would fail after SQLite's 3 s): it waits,
    // and says so, at once.
    auto* notice = dialog.findChild<QLabel*>(QStringLiteral("saveAfterSync"));
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QVERIFY(controller->background()->isRunning());
    QVERIFY(dialog.isVisible());
    QCOMPARE(field->text(), edited);
    // In the window's language, not the English source.
    QVERIFY2(!notice->text().isEmpty() && !notice->text().contains(QLatin1String("download")),
             qPrintable(notice->text()));
    QCOMPARE(fixture.catalogue->organisations().find(id)->value(QLatin1String("name_en")),
             before.value(QLatin1String("name_en")));

    // The hub lets the pull go on: it commits, and the change is saved without another click.
    QCOMPARE(admin.commit(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 180000);
    QCOMPARE(finished.first().first().toString(), QString());
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(notice->isHidden());
    const QJsonObject after = *fixture.catalogue->organisations().find(id);
    QCOMPARE(after.value(QLatin1String("name_en")).toString(), edited);
    QCOMPARE(fixture.catalogue->organisations().count(), sample + 6000);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    // The edit waits to be sent like any other.
    QCOMPARE(after.value(QLatin1String("dirty")).toBool(), true);
    closer.stop();
    dialog.close();
    fixture.close();
}

DALIL_GUI_TEST_MAIN(TestSyncWidgets)
#include "tst_syncwidgets.moc"
