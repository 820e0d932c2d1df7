// Start-up on a catalogue of any size: the window paints first (menus, tabs, the search field and
// a page naming the catalogue being opened), and the Organisations screen is built right after
// and takes its place. What is typed meanwhile is kept; the actions that need an organisation wait
// for it; asking for a screen early builds what it needs instead of failing.
#include "GuiFixture.h"

#include "dashboard/DashboardView.h"
#include "directory/DirectoryView.h"
#include "directory/OrganisationListModel.h"
#include "events/EventsView.h"
#include "funding/FundingView.h"
#include "main/LoadingPage.h"
#include "networks/NetworksView.h"
#include "resources/ResourcesView.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>

using namespace dalil;

namespace {

// Notes whether the directory existed when the window was first painted.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(MainWindow* window)
        : m_window(window)
    {
        window->installEventFilter(this);
    }
    bool painted = false;
    bool directoryExisted = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !painted) {
            painted = true;
            directoryExisted = m_window->directory() != nullptr;
        }
        return false;
    }

private:
    MainWindow* m_window;
};

// Whether a library whose file name starts with `name` is mapped into this process.
bool mapped(const char* name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly)) {
        return false;
    }
    return maps.readAll().contains(QByteArray("/") + name);
}

// Loaded only when needed (the Dashboard, the hub, a stored password, an .xlsx file, online map
// tiles), never for the first paint.
constexpr const char* kOnDemand[] = {"libQt6Charts.so",  "libpq.so",      "libqt6keychain.so",
                                     "libxlsxwriter.so", "libminizip.so", "libcrypto.so",
                                     "libQt6Network.so"};

} // namespace

class TestLazyStart : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void paintsFirstThenBuildsTheDirectory();
    void otherScreensAreBuiltWhenFirstShown();
    void screensAskedForEarlyAreBuilt();

private:
    test::GuiFixture m_fixture;
};

void TestLazyStart::cleanup()
{
    m_fixture.close();
}

void TestLazyStart::paintsFirstThenBuildsTheDirectory()
{
    QCOMPARE(m_fixture.open(QStringLiteral("ar")), QString());
    m_fixture.window = std::make_unique<MainWindow>(*m_fixture.catalogue, *m_fixture.languages);
    MainWindow* window = m_fixture.window.get();
    FirstPaint firstPaint(window);
    QSignalSpy ready(window, &MainWindow::directoryReady);
    window->resize(1280, 800);
    window->show();

    // Before the first paint: the loading page, in Arabic, naming the catalogue.
    QVERIFY(!window->directory());
    auto* loading = window->findChild<LoadingPage*>();
    QVERIFY(loading);
    QCOMPARE(window->searchField(), loading->searchField());
    const auto* message = loading->findChild<QLabel*>(QStringLiteral("loadingMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("الدليل التجريبي")), qPrintable(message->text()));
    for (const char* name : {"newOrganisationAction", "editOrganisationAction", "deleteOrganisationAction"}) {
        QVERIFY2(!window->findChild<QAction*>(QLatin1String(name))->isEnabled(), name);
    }
    // Ctrl+F and typing work at once; the directory takes the words over.
    window->findChild<QAction*>(QStringLiteral("findAction"))->trigger();
    test::typeText(window->searchField(), QStringLiteral("هلال"));

    QVERIFY(QTest::qWaitForWindowExposed(window, 30000));
    QVERIFY(ready.count() == 1 || ready.wait(30000));
    QVERIFY(firstPaint.painted);
    QVERIFY2(!firstPaint.directoryExisted, "the directory was built before the window was painted");
    for (const char* library : kOnDemand) {
        QVERIFY2(!mapped(library), library);
    }
    DirectoryView* directory = window->directory();
    QVERIFY(directory);
    QVERIFY(directory->isVisible());
    QCOMPARE(window->searchField(), directory->searchField());
    QCOMPARE(directory->searchField()->text(), QStringLiteral("هلال"));
    QTRY_VERIFY(!window->findChild<LoadingPage*>());
    for (const char* name : {"newOrganisationAction", "editOrganisationAction", "deleteOrganisationAction"}) {
        QVERIFY2(window->findChild<QAction*>(QLatin1String(name))->isEnabled(), name);
    }
    // The words typed while loading are searched (waited for until that search has answered).
    OrganisationListModel* model = directory->model();
    QTRY_VERIFY(model->query().text == QStringLiteral("هلال") && !model->isSearching() &&
                model->totalCount() > 0);
    QVERIFY(model->totalCount() < m_fixture.catalogue->organisations().count());
    QCOMPARE(ready.count(), 1);
    // The directory at work, the map, the sync status: still none of them.
    for (const char* library : kOnDemand) {
        QVERIFY2(!mapped(library), library);
    }
}

namespace {

// How many views of each screen other than Organisations the window holds.
QList<int> screensBuilt(MainWindow* window)
{
    return {
        int(window->findChildren<FundingView*>().size()), int(window->findChildren<ResourcesView*>().size()),
        int(window->findChildren<EventsView*>().size()), int(window->findChildren<NetworksView*>().size()),
        int(window->findChildren<DashboardView*>().size())};
}

} // namespace

void TestLazyStart::otherScreensAreBuiltWhenFirstShown()
{
    // Funding, Resources, Events, Networks and the Dashboard (Qt Charts) cost the start nothing:
    // each is built the first time its tab is shown, not before, and once.
    QCOMPARE(m_fixture.open(QStringLiteral("ar")), QString());
    MainWindow* window = m_fixture.createWindow();
    QVERIFY(window);
    QTRY_VERIFY(window->directory()->model()->totalCount() > 0);
    QCoreApplication::processEvents();
    QCOMPARE(screensBuilt(window), QList<int>({0, 0, 0, 0, 0}));
    QVERIFY(!mapped("libQt6Charts.so"));
    const QList<MainWindow::Tab> order = {MainWindow::FundingTab, MainWindow::ResourcesTab,
                                          MainWindow::EventsTab, MainWindow::NetworksTab,
                                          MainWindow::DashboardTab};
    QList<int> expected = {0, 0, 0, 0, 0};
    for (int i = 0; i < order.size(); ++i) {
        window->tabs()->setCurrentIndex(order[i]);
        expected[i] = 1;
        QCOMPARE(screensBuilt(window), expected);
        QVERIFY(window->tabs()->currentWidget()->isVisible());
    }
    // Back and forth: nothing built twice.
    window->tabs()->setCurrentIndex(MainWindow::OrganisationsTab);
    window->tabs()->setCurrentIndex(MainWindow::FundingTab);
    QCOMPARE(screensBuilt(window), QList<int>({1, 1, 1, 1, 1}));
}

void TestLazyStart::screensAskedForEarlyAreBuilt()
{
    QCOMPARE(m_fixture.open(QStringLiteral("en")), QString());
    m_fixture.window = std::make_unique<MainWindow>(*m_fixture.catalogue, *m_fixture.languages);
    MainWindow* window = m_fixture.window.get();
    QSignalSpy ready(window, &MainWindow::directoryReady);
    // Not shown yet: the dashboard needs the directory's counts, so asking builds both.
    DashboardView* dashboard = window->dashboard();
    QVERIFY(dashboard);
    // Its charts plugin brought Qt Charts.
    QVERIFY2(dashboard->countriesChart(), qPrintable(dashboard->chartsError()));
    QVERIFY(mapped("libQt6Charts.so"));
    QVERIFY(window->directory());
    QCOMPARE(ready.count(), 1);
    QCOMPARE(window->dashboard(), dashboard);
    window->tabs()->setCurrentIndex(MainWindow::DashboardTab);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window, 30000));
    QVERIFY(dashboard->isVisible());
    QCOMPARE(ready.count(), 1);
    QTRY_VERIFY(window->directory()->model()->totalCount() > 100);
}

DALIL_GUI_TEST_MAIN(TestLazyStart)
#include "tst_lazystart.moc"
