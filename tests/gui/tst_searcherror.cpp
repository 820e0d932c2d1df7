// A search that cannot open the catalogue says so, in the UI language, in the list and the status
// bar, instead of "Searching…" for ever.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "directory/DirectoryView.h"
#include "directory/OrganisationListModel.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>

using namespace dalil;

class TestSearchError : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_fixture.close(); }
    void unreadableCatalogueIsSaidNotSearchedForEver_data();
    void unreadableCatalogueIsSaidNotSearchedForEver();

private:
    test::GuiFixture m_fixture;
};

void TestSearchError::unreadableCatalogueIsSaidNotSearchedForEver_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ar") << QStringLiteral("ar");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestSearchError::unreadableCatalogueIsSaidNotSearchedForEver()
{
    QFETCH(QString, language);
    const QString error = m_fixture.open(language);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The file goes away under the open catalogue (a USB stick pulled out, a folder renamed): the
    // search, which opens the catalogue on its own thread, finds nothing there.
    QVERIFY(QFile::rename(m_fixture.path(), m_fixture.path() + QStringLiteral(".moved")));
    MainWindow* window = m_fixture.createWindow();
    QVERIFY(window);
    DirectoryView* directory = window->directory();
    auto* count = directory->findChild<QLabel*>(QStringLiteral("resultCount"));
    QVERIFY(count);
    const QString searching = QCoreApplication::translate("dalil::DirectoryView", "Searching…");
    // The message is in the list area and in the status bar.
    QTRY_VERIFY(!window->statusBar()->currentMessage().isEmpty());
    const QString message = window->statusBar()->currentMessage();
    auto* inList = directory->results()->findChild<QLabel*>(QStringLiteral("searchError"));
    QVERIFY(inList);
    QVERIFY(inList->isVisible());
    QCOMPARE(inList->text(), message);
    QVERIFY(count->text() != searching);
    QVERIFY(!count->text().isEmpty());
    QCOMPARE(directory->model()->rowCount(), 0);
    // In the UI language: in Arabic the sentence is not the English source.
    QCOMPARE(message.contains(QLatin1String("could not be searched")), language == QLatin1String("en"));
    QCOMPARE(count->text().contains(QLatin1String("failed")), language == QLatin1String("en"));

    // Typing again answers again, with the same message, not "Searching…".
    test::typeText(directory->searchField(), QStringLiteral("الهلال"));
    QTRY_VERIFY(directory->model()->query().text == QStringLiteral("الهلال"));
    QTRY_VERIFY(!directory->model()->isSearching());
    QVERIFY(inList->isVisible());
    QVERIFY(count->text() != searching);
    QCOMPARE(window->statusBar()->currentMessage(), message);
}

DALIL_GUI_TEST_MAIN(TestSearchError)
#include "tst_searcherror.moc"
