// The sync widgets: the conflicts view compares and restores, the settings dialog asks for TLS by
// default, the status indicator says what waits.

#include "TestSupport.h"
#include "sync/SyncTestSupport.h"

#include "sync/Bundle.h"
#include "sync/ConflictsView.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/SyncStatusWidget.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
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

private:
    QTemporaryDir m_dir;
};

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
    QTest::qWait(3);
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

QTEST_MAIN(TestSyncWidgets)
#include "tst_syncwidgets.moc"
