// The directory's list fetches a page of results at a time as the person scrolls (a million
// results cost one page). Scrolling to the end of the first page must add the next one under it,
// not replace the list with it: the next page came back with the ticket of the search it belongs
// to and was taken for a new first page, so the rows on screen jumped to the 201st result.
#include "GuiFixture.h"

#include "catalogue/CatalogueGenerator.h"
#include "directory/DirectoryView.h"
#include "directory/OrganisationListModel.h"

#include <QScrollBar>
#include <QSet>
#include <QTableView>

using namespace dalil;

class TestDirectoryPaging : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_fixture.close(); }
    void scrollingAddsTheNextPage();

private:
    test::GuiFixture m_fixture;
};

void TestDirectoryPaging::scrollingAddsTheNextPage()
{
    const QString error = m_fixture.open(QStringLiteral("ar"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    CatalogueGenerator::Options options;
    options.organisations = 700;
    options.seed = 11;
    const CatalogueGenerator::Result generated = CatalogueGenerator::fill(*m_fixture.catalogue, options);
    QVERIFY2(generated.error.isEmpty(), qPrintable(generated.error));
    MainWindow* window = m_fixture.createWindow();
    QVERIFY(window);
    OrganisationListModel* model = window->directory()->model();
    QTRY_VERIFY(model->totalCount() > 2 * OrganisationListModel::kPageSize);
    QTRY_COMPARE(model->rowCount(), OrganisationListModel::kPageSize);
    QStringList firstPage;
    for (int row = 0; row < model->rowCount(); ++row) {
        firstPage.append(model->idAt(row));
    }

    QTableView* list = window->directory()->results();
    list->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), 2 * OrganisationListModel::kPageSize);
    for (int row = 0; row < OrganisationListModel::kPageSize; ++row) {
        QCOMPARE(model->idAt(row), firstPage.at(row));
    }
    // The rows added are the next ones, none of them shown already.
    const QSet<QString> shown(firstPage.cbegin(), firstPage.cend());
    QSet<QString> added;
    for (int row = OrganisationListModel::kPageSize; row < model->rowCount(); ++row) {
        QVERIFY(!shown.contains(model->idAt(row)));
        added.insert(model->idAt(row));
    }
    QCOMPARE(added.size(), OrganisationListModel::kPageSize);
}

DALIL_GUI_TEST_MAIN(TestDirectoryPaging)
#include "tst_directorypaging.moc"
