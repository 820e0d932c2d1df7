// Import and export from the main window as a coordinator uses them: File > Import… on a real 3W
// sheet, the rows arriving in the directory, and "Export selection" / "Export these results" from
// the results list writing exactly those organisations.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "directory/DirectoryView.h"
#include "directory/OrganisationListModel.h"
#include "exchange/CsvReader.h"
#include "exchange/ImportField.h"
#include "importexport/ExchangeController.h"
#include "importexport/ExportDialog.h"
#include "importexport/ImportDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace dalil;

namespace {

void clickButton(QWidget* dialog, const QString& text)
{
    for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
        if (button->text().remove(QLatin1Char('&')) == text) { // the label as read, without its mnemonic
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button %1").arg(text)));
}

// The ids in the first column of an exported CSV (after the header row).
QStringList idsInCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    QStringList ids;
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (int i = 1; i < lines.size(); ++i) {
        ids.append(lines[i].section(u',', 0, 0));
    }
    return ids;
}

} // namespace

class TestExchangeWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fileMenuHasImportAndExport();
    void importsARealThreeWSheet();
    void exportsTheSelectedRows();
    void exportsTheSearchResults();

private:
    ExchangeController* controller() const { return m_fixture.window->findChild<ExchangeController*>(); }
    // Exports, from the export dialog the window has just opened, a CSV named fileName and gives the
    // sorted ids of the organisations it holds.
    void exportOpenDialogAsCsv(const QString& fileName, QStringList* ids);
    test::GuiFixture m_fixture;
    QTemporaryDir m_out;
};

void TestExchangeWindow::init()
{
    const QString error = m_fixture.open(QStringLiteral("en"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_fixture.createWindow());
    QTRY_VERIFY(m_fixture.window->directory()->model()->totalCount() > 0);
}

void TestExchangeWindow::cleanup()
{
    m_fixture.close();
}

void TestExchangeWindow::exportOpenDialogAsCsv(const QString& fileName, QStringList* ids)
{
    auto* dialog = m_fixture.window->findChild<ExportDialog*>();
    QVERIFY(dialog);
    const QString out = m_out.filePath(fileName);
    dialog->setFormat(QStringLiteral("csv"));
    dialog->setOutput(out);
    dialog->exportNow();
    QTRY_VERIFY2(dialog->statusText().contains(QLatin1String("Wrote")), qPrintable(dialog->statusText()));
    *ids = idsInCsv(out);
    ids->sort();
    dialog->close();
}

void TestExchangeWindow::fileMenuHasImportAndExport()
{
    QVERIFY(controller());
    QMenu* file = m_fixture.window->menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(controller()->importAction()));
    QVERIFY(file->actions().contains(controller()->exportAction()));
    QCOMPARE(controller()->importAction()->text(), QStringLiteral("&Import organisations…"));
    QTableView* results = m_fixture.window->directory()->results();
    QVERIFY(results->actions().contains(controller()->exportResultsAction()));
    QVERIFY(results->actions().contains(controller()->exportSelectionAction()));

    m_fixture.languages->setLanguage(QStringLiteral("ar"));
    QVERIFY(controller()->importAction()->text() != QStringLiteral("&Import organisations…") ||
            !QFile::exists(QStringLiteral(":/i18n/dalil_ar.qm")));
}

void TestExchangeWindow::importsARealThreeWSheet()
{
    const QString sheet = test::sharedDir() + QStringLiteral("/data/hxl/unhcr-3w.csv");
    if (!QFile::exists(sheet)) {
        QSKIP(qPrintable(QStringLiteral("%1 is absent").arg(sheet)));
    }
    Catalogue& catalogue = *m_fixture.catalogue;
    const qint64 before = catalogue.organisations().count();
    ImportDialog* dialog = controller()->openImport(sheet);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 60000);
    // The legacy HXL row maps the organisation, the country, the place and the coordinates.
    QTableWidget* mapping = dialog->mappingTable();
    QCOMPARE(mapping->rowCount(), 8);
    auto fieldOf = [mapping](int column) {
        return qobject_cast<QComboBox*>(mapping->cellWidget(column, 2))->currentData().toInt();
    };
    QCOMPARE(fieldOf(7), int(ImportField::Name));
    QCOMPARE(fieldOf(0), int(ImportField::Country));
    QCOMPARE(fieldOf(2), int(ImportField::Lat));
    QCOMPARE(fieldOf(3), int(ImportField::Lon));
    QVERIFY(dialog->previewTable()->rowCount() > 0);
    QCOMPARE(dialog->previewTable()->item(0, 1)->text().isEmpty() &&
                 dialog->previewTable()->item(0, 2)->text().isEmpty(),
             false);

    QSignalSpy imported(dialog, &ImportDialog::imported);
    dialog->findChild<QCheckBox*>()->setChecked(true); // the good rows, if some are refused
    clickButton(dialog, QStringLiteral("Import"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning() && imported.count() == 1, 60000);
    QVERIFY2(dialog->resultText().contains(QStringLiteral("Imported:")), qPrintable(dialog->resultText()));
    const qint64 after = catalogue.organisations().count();
    QVERIFY2(after > before + 200, qPrintable(QString::number(after - before)));

    // The directory shows them without a restart.
    OrganisationListModel* model = m_fixture.window->directory()->model();
    test::typeText(m_fixture.window->directory()->searchField(), QStringLiteral("LWF Chad"));
    // The sheet's "LWF Chad" is among the results, marked as coming from the sheet.
    auto listed = [&] {
        if (model->isSearching()) {
            return false;
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            const std::optional<QJsonObject> record = catalogue.organisations().find(model->idAt(row));
            if (record && record->value(QLatin1String("name_en")).toString() == QLatin1String("LWF Chad") &&
                record->value(QLatin1String("source")).toString().contains(QLatin1String("unhcr-3w.csv"))) {
                return true;
            }
        }
        return false;
    };
    QTRY_VERIFY(listed());
    dialog->close();
}

void TestExchangeWindow::exportsTheSelectedRows()
{
    DirectoryView* directory = m_fixture.window->directory();
    OrganisationListModel* model = directory->model();
    QTRY_VERIFY(model->rowCount() >= 3);
    QTableView* results = directory->results();
    QItemSelection selection;
    selection.select(model->index(0, 0), model->index(0, model->columnCount() - 1));
    selection.select(model->index(2, 0), model->index(2, model->columnCount() - 1));
    results->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const QStringList chosen = {model->idAt(0), model->idAt(2)};
    QVERIFY(controller()->exportSelectionAction()->isEnabled());
    controller()->exportSelectionAction()->trigger();
    QStringList written;
    exportOpenDialogAsCsv(QStringLiteral("selection.csv"), &written);
    QStringList expected = chosen;
    expected.sort();
    QCOMPARE(written, expected);
}

void TestExchangeWindow::exportsTheSearchResults()
{
    DirectoryView* directory = m_fixture.window->directory();
    OrganisationListModel* model = directory->model();
    const qint64 all = model->totalCount();
    test::typeText(directory->searchField(), QStringLiteral("الهلال الأحمر"));
    QTRY_VERIFY(model->totalCount() >= 1 && model->totalCount() < all && !model->isSearching());
    while (model->canFetchMore()) {
        model->fetchMore();
        QTRY_VERIFY(!model->isSearching());
    }
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        shown.append(model->idAt(row));
    }
    controller()->exportResultsAction()->trigger();
    QStringList written;
    exportOpenDialogAsCsv(QStringLiteral("results.csv"), &written);
    shown.sort();
    QCOMPARE(written, shown);
}

DALIL_GUI_TEST_MAIN(TestExchangeWindow)
#include "tst_exchangewindow.moc"
