// The import and export dialogs over app/exchange: a sheet read, its columns shown with what they
// map to, a mapping corrected and kept, the preview, an import on the worker thread, a cancel, and
// an export to a file, a large import and a large export followed on their progress bars in counts
// of rows and cancelled (in English and in Arabic, right to left) without changing the catalogue
// or leaving a file behind.
#include "GuiTestMain.h"
#include "TestSupport.h"

#include "catalogue/Catalogue.h"
#include "catalogue/CatalogueGenerator.h"
#include "exchange/ImportField.h"
#include "importexport/ExportDialog.h"
#include "importexport/ImportDialog.h"
#include "importexport/MergeDialog.h"
#include "main/LanguageManager.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace dalil;

namespace {
void clickButton(QWidget& dialog, const QString& text)
{
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text().remove(QLatin1Char('&')) == text) { // the label as read, without its mnemonic
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button %1").arg(text)));
}

bool hasArabicLetter(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x0621 && c.unicode() <= 0x064A) {
            return true;
        }
    }
    return false;
}

// What a progress bar showed when the user clicked Cancel.
struct SeenProgress
{
    int value = -1;
    int maximum = -1;
    QString text;
};

// The user clicks Cancel as soon as the bar has moved, as one would on seeing it crawl.
void cancelWhenTheBarMoves(QWidget& dialog, QProgressBar* bar, QPushButton* cancel, SeenProgress* seen)
{
    QObject::connect(bar, &QProgressBar::valueChanged, &dialog, [bar, cancel, seen](int value) {
        if (seen->value < 0 && value > 0 && bar->maximum() > 0) {
            seen->value = value;
            seen->maximum = bar->maximum();
            seen->text = bar->text();
            QVERIFY(cancel->isEnabled());
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
}

// The bar had moved but not reached its end, and said so in the language's digits and words.
void checkSeenProgress(const SeenProgress& seen, bool arabic)
{
    QVERIFY2(seen.value > 0, "the progress bar never moved");
    QVERIFY2(seen.value < seen.maximum,
             qPrintable(QStringLiteral("%1 of %2").arg(seen.value).arg(seen.maximum)));
    QVERIFY2(seen.text.contains(QLocale().toString(seen.maximum)), qPrintable(seen.text));
    QVERIFY2(arabic ? hasArabicLetter(seen.text) : seen.text.contains(QLatin1String(" of ")),
             qPrintable(seen.text));
}

// Opens a file in the dialog and waits until it has been read (on the dialog's worker).
bool readFile(ImportDialog& dialog, const QString& path)
{
    QSignalSpy read(&dialog, &ImportDialog::fileRead);
    if (!dialog.openFile(path)) {
        return false;
    }
    if (read.isEmpty() && !read.wait(60000)) {
        return false;
    }
    return read.first().first().toBool();
}
} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importShowsMappingPreviewAndImports();
    void correctedMappingIsKeptForTheNextFile();
    void duplicatesAreMergedFieldByField();
    void exportWritesTheChosenFile();
    void largeExportShowsProgressAndCancels_data();
    void largeExportShowsProgressAndCancels();
    void largeImportShowsRowCountsAndCancels_data();
    void largeImportShowsRowCountsAndCancels();
    void largeFileIsReadWhileTheWindowResponds();

private:
    QString write(const QString& name, const QString& text);
    QTemporaryDir m_dir;
    QString m_db;
};

QString TestImportExport::write(const QString& name, const QString& text)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(text.toUtf8());
    return file.fileName();
}

void TestImportExport::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("dalil-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();
    m_db = m_dir.filePath(QStringLiteral("gui.dalil"));
    QVERIFY(Catalogue::open(m_db, Database::Mode::CreateIfMissing).catalogue);
}

void TestImportExport::importShowsMappingPreviewAndImports()
{
    const QString path =
        write(QStringLiteral("partners.csv"), QStringLiteral("اسم المنظمة;Pays;Courriel;Remarque\n"
                                                             "جمعية الأمل;الأردن;amal@example.org;x\n"
                                                             "Nour;Liban;bad-address;y\n"));
    ImportDialog dialog(m_db);
    dialog.show();
    QVERIFY(readFile(dialog, path));
    QTableWidget* mapping = dialog.mappingTable();
    QCOMPARE(mapping->rowCount(), 4);
    auto* nameCombo = qobject_cast<QComboBox*>(mapping->cellWidget(0, 2));
    QVERIFY(nameCombo);
    QCOMPARE(nameCombo->currentData().toInt(), int(ImportField::Name));
    QCOMPARE(qobject_cast<QComboBox*>(mapping->cellWidget(1, 2))->currentData().toInt(),
             int(ImportField::Country));
    QTableWidget* preview = dialog.previewTable();
    QCOMPARE(preview->rowCount(), 2);
    QVERIFY(preview->item(0, 1)->text().contains(QStringLiteral("جمعية الأمل")));
    QVERIFY(preview->item(1, preview->columnCount() - 1)->text().contains(QStringLiteral("bad-address")));

    // With an error, Import writes nothing and says why.
    clickButton(dialog, QStringLiteral("Check only"));
    QTRY_VERIFY2(dialog.resultText().contains(QStringLiteral("partners.csv, row 3, column “Courriel”")),
                 qPrintable(dialog.resultText()));
    QCOMPARE(Catalogue::open(m_db).catalogue->organisations().count(), 0);

    // The user ignores the e-mail column: the preview follows, and the import goes through.
    auto* emailCombo = qobject_cast<QComboBox*>(mapping->cellWidget(2, 2));
    emailCombo->setCurrentIndex(emailCombo->findData(int(ImportField::Ignore)));
    QCOMPARE(preview->item(1, preview->columnCount() - 1)->text(), QString());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    clickButton(dialog, QStringLiteral("Import"));
    QTRY_COMPARE(imported.count(), 1);
    QCOMPARE(Catalogue::open(m_db).catalogue->organisations().count(), 2);
}

void TestImportExport::correctedMappingIsKeptForTheNextFile()
{
    const QString path =
        write(QStringLiteral("notes.csv"), QStringLiteral("Organisation,ملاحظات\nAmal,نص\n"));
    {
        ImportDialog dialog(m_db);
        QVERIFY(readFile(dialog, path));
        auto* combo = qobject_cast<QComboBox*>(dialog.mappingTable()->cellWidget(1, 2));
        QCOMPARE(combo->currentData().toInt(), int(ImportField::Ignore));
        combo->setCurrentIndex(combo->findData(int(ImportField::DescriptionAr)));
    }
    const QString next =
        write(QStringLiteral("notes-2.csv"), QStringLiteral("Organisation,ملاحظات\nNour,نص آخر\n"));
    ImportDialog dialog(m_db);
    QVERIFY(readFile(dialog, next));
    auto* combo = qobject_cast<QComboBox*>(dialog.mappingTable()->cellWidget(1, 2));
    QCOMPARE(combo->currentData().toInt(), int(ImportField::DescriptionAr));
}

void TestImportExport::duplicatesAreMergedFieldByField()
{
    // "جمعية الامل" is "جمعية الأمل" (imported above) without its hamza, in the same country;
    // "Nour" is in the catalogue too.
    const QString path = write(QStringLiteral("update.csv"),
                               QStringLiteral("اسم المنظمة,الاختصار,البلد,الموقع\n"
                                              "جمعية الامل,AMAL,الأردن,https://amal.example.org\n"
                                              "Nour,NR,لبنان,\n"));
    Catalogue::OpenResult before = Catalogue::open(m_db);
    const qint64 count = before.catalogue->organisations().count();
    QString amalId;
    before.catalogue->organisations().forEach([&](const QJsonObject& record) {
        if (record.value(QLatin1String("name_ar")).toString() == QStringLiteral("جمعية الأمل")) {
            amalId = record.value(QLatin1String("id")).toString();
        }
    });
    before.catalogue.reset();
    QVERIFY(!amalId.isEmpty());

    ImportDialog dialog(m_db);
    dialog.show();
    QVERIFY(readFile(dialog, path));
    clickButton(dialog, QStringLiteral("Check only"));
    QTableWidget* duplicates = dialog.duplicatesTable();
    QTRY_COMPARE(duplicates->rowCount(), 2);
    QVERIFY(duplicates->isVisible());
    int amalRow = duplicates->item(0, 2)->text().contains(QStringLiteral("جمعية الأمل")) ? 0 : 1;
    QVERIFY(duplicates->item(amalRow, 1)->text().contains(QStringLiteral("جمعية الامل")));
    QCOMPARE(duplicates->item(amalRow, 3)->text(), QStringLiteral("same name in the same country"));
    QCOMPARE(duplicates->item(amalRow, 4)->text(), QStringLiteral("Updates the catalogue's record"));

    // Field by field: the catalogue's spelling of the name, the file's acronym and website.
    MergeDialog* merge = dialog.mergeDuplicate(amalRow);
    QVERIFY(merge);
    QVERIFY(merge->fields().contains(QStringLiteral("name_ar")));
    QTableWidget* fields = merge->table();
    const int nameRow = int(merge->fields().indexOf(QStringLiteral("name_ar")));
    QVERIFY(fields->item(nameRow, 1)->text().contains(QStringLiteral("جمعية الأمل")));
    QVERIFY(fields->item(nameRow, 2)->text().contains(QStringLiteral("جمعية الامل")));
    QCOMPARE(merge->choice(QStringLiteral("name_ar")), MergeDialog::TakeFile);
    merge->setChoice(QStringLiteral("name_ar"), MergeDialog::KeepCatalogue);
    QCOMPARE(merge->choice(QStringLiteral("acronym")), MergeDialog::TakeFile);
    merge->accept();
    QVERIFY(duplicates->item(amalRow, 4)->text().contains(QStringLiteral("as you chose")));

    // Nour of the file is kept apart: a second organisation.
    MergeDialog* apart = dialog.mergeDuplicate(1 - amalRow);
    QVERIFY(apart);
    QPushButton* keepApart = apart->findChild<QPushButton*>(QStringLiteral("keepApartButton"));
    QVERIFY(keepApart);
    QTest::mouseClick(keepApart, Qt::LeftButton);

    QSignalSpy imported(&dialog, &ImportDialog::imported);
    clickButton(dialog, QStringLiteral("Import"));
    QTRY_COMPARE(imported.count(), 1);
    Catalogue::OpenResult after = Catalogue::open(m_db);
    QCOMPARE(after.catalogue->organisations().count(), count + 1);
    const std::optional<QJsonObject> amal = after.catalogue->organisations().find(amalId);
    QVERIFY(amal);
    QCOMPARE(amal->value(QLatin1String("name_ar")).toString(), QStringLiteral("جمعية الأمل"));
    QCOMPARE(amal->value(QLatin1String("acronym")).toString(), QStringLiteral("AMAL"));
    QCOMPARE(amal->value(QLatin1String("website")).toString(), QStringLiteral("https://amal.example.org"));
}

void TestImportExport::exportWritesTheChosenFile()
{
    const QString out = m_dir.filePath(QStringLiteral("contacts.xlsx"));
    ExportDialog dialog(m_db);
    dialog.setKind(QStringLiteral("organisations"));
    dialog.setFormat(QStringLiteral("xlsx"));
    dialog.setOutput(out);
    dialog.exportNow();
    QTRY_VERIFY2(dialog.statusText().contains(QLatin1String("Wrote")), qPrintable(dialog.statusText()));
    QVERIFY(QFileInfo(out).size() > 0);
    dialog.setKind(QStringLiteral("funding"));
    dialog.setFormat(QStringLiteral("vcf")); // not offered for funding: the first format stays
    dialog.setOutput(m_dir.filePath(QStringLiteral("funding.xlsx")));
    dialog.exportNow();
    QTRY_VERIFY(QFile::exists(m_dir.filePath(QStringLiteral("funding.xlsx"))));
    QTRY_VERIFY(!dialog.isRunning());
}

void TestImportExport::largeExportShowsProgressAndCancels_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Arabic, right to left") << QStringLiteral("ar");
}

void TestImportExport::largeExportShowsProgressAndCancels()
{
    QFETCH(QString, language);
    // Enough contacts that the export is still writing when the user clicks Cancel.
    const QString big = m_dir.filePath(QStringLiteral("big.dalil"));
    if (!QFile::exists(big)) {
        CatalogueGenerator::Options options;
        options.organisations = 40000;
        const CatalogueGenerator::Result generated = CatalogueGenerator::createAt(big, options);
        QVERIFY2(generated.error.isEmpty(), qPrintable(generated.error));
        QVERIFY(generated.counts.contacts > 20000);
    }
    LanguageManager languages;
    languages.setLanguage(language);
    const bool arabic = language == QLatin1String("ar");
    QDir outDir(m_dir.filePath(QStringLiteral("cancelled-") + language));
    QVERIFY(outDir.mkpath(QStringLiteral(".")));
    const QString out = outDir.filePath(QStringLiteral("contacts.xlsx"));

    ExportDialog dialog(big);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog, 30000));
    QCOMPARE(dialog.layoutDirection(), arabic ? Qt::RightToLeft : Qt::LeftToRight);
    dialog.setKind(QStringLiteral("contacts"));
    dialog.setFormat(QStringLiteral("xlsx"));
    dialog.setOutput(out);
    auto* bar = dialog.findChild<QProgressBar*>(QStringLiteral("exportProgress"));
    auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancelExport"));
    QVERIFY(bar);
    QVERIFY(cancel);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(arabic ? hasArabicLetter(cancel->text())
                   : cancel->text().remove(QLatin1Char('&')) == QStringLiteral("Cancel export"));

    SeenProgress seen;
    cancelWhenTheBarMoves(dialog, bar, cancel, &seen);
    const QString cancelled =
        QCoreApplication::translate("dalil::ExportDialog", "Export cancelled: no file was written.");
    QVERIFY(arabic ? hasArabicLetter(cancelled)
                   : cancelled == QStringLiteral("Export cancelled: no file was written."));
    dialog.exportNow();
    QVERIFY(dialog.isRunning());
    // The dialog says how it ended once the worker has stopped.
    QTRY_COMPARE_WITH_TIMEOUT(dialog.statusText(), cancelled, 60000);
    QVERIFY(!dialog.isRunning());
    checkSeenProgress(seen, arabic);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(!QFile::exists(out));
    QVERIFY2(outDir.entryList(QDir::Files | QDir::Hidden).isEmpty(),
             qPrintable(outDir.entryList(QDir::Files | QDir::Hidden).join(u' ')));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!bar->isVisible());
    languages.setLanguage(QStringLiteral("en"));
}

void TestImportExport::largeImportShowsRowCountsAndCancels_data()
{
    largeExportShowsProgressAndCancels_data();
}

void TestImportExport::largeImportShowsRowCountsAndCancels()
{
    QFETCH(QString, language);
    // Enough rows that the import is still writing when the user clicks Cancel.
    const int rows = 30000;
    const QString path = m_dir.filePath(QStringLiteral("big-import.csv"));
    if (!QFile::exists(path)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray csv = "اسم المنظمة,Organisation,Country,City,Latitude,Longitude,Email\n";
        for (int i = 0; i < rows; ++i) {
            csv +=
                QStringLiteral("جمعية الأمل للتنمية ٣%1,Amal %1,Jordan,إربد,32.5%2,35.8,amal%1@example.org\n")
                    .arg(i)
                    .arg(i % 10)
                    .toUtf8();
        }
        file.write(csv);
    }
    const qint64 before = Catalogue::open(m_db).catalogue->organisations().count();
    LanguageManager languages;
    languages.setLanguage(language);
    const bool arabic = language == QLatin1String("ar");

    ImportDialog dialog(m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog, 30000));
    QCOMPARE(dialog.layoutDirection(), arabic ? Qt::RightToLeft : Qt::LeftToRight);
    QVERIFY(readFile(dialog, path));
    auto* bar = dialog.findChild<QProgressBar*>(QStringLiteral("importProgress"));
    auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancelImport"));
    auto* start = dialog.findChild<QPushButton*>(QStringLiteral("startImport"));
    QVERIFY(bar && cancel && start);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(arabic ? hasArabicLetter(cancel->text())
                   : cancel->text().remove(QLatin1Char('&')) == QStringLiteral("Cancel import"));

    SeenProgress seen;
    cancelWhenTheBarMoves(dialog, bar, cancel, &seen);
    const QString cancelled =
        QCoreApplication::translate("dalil::ImportDialog", "Cancelled: nothing was imported.");
    QVERIFY(arabic ? hasArabicLetter(cancelled)
                   : cancelled == QStringLiteral("Cancelled: nothing was imported."));
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    // The dialog says how it ended once the worker has stopped.
    QTRY_VERIFY2_WITH_TIMEOUT(dialog.resultText().startsWith(cancelled), qPrintable(dialog.resultText()),
                              60000);
    QVERIFY(!dialog.isRunning());
    checkSeenProgress(seen, arabic);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(seen.maximum, rows);
    // The counts of rows: "12,345 of 30,000 rows".
    QVERIFY2(seen.text.contains(QLocale().toString(seen.value)), qPrintable(seen.text));
    QVERIFY2(arabic || seen.text.endsWith(QLatin1String(" rows")), qPrintable(seen.text));
    QCOMPARE(Catalogue::open(m_db).catalogue->organisations().count(), before);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!bar->isVisible());
    languages.setLanguage(QStringLiteral("en"));
}

void TestImportExport::largeFileIsReadWhileTheWindowResponds()
{
    // A sheet of tens of megabytes takes a while to read: the window keeps handling events while it
    // is read (a timer stands for the user's clicks and the repaints), says that it is reading, and
    // the reading can be cancelled.
    const QString path = m_dir.filePath(QStringLiteral("large-read.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Organisation,اسم المنظمة,Country,City,Email\n");
        QByteArray block;
        for (int i = 0; i < 1000; ++i) {
            block +=
                QStringLiteral("Amal %1,جمعية الأمل للتنمية الريفية ٣%1,Jordan,إربد,amal%1@example.org\n")
                    .arg(i)
                    .toUtf8();
        }
        for (int i = 0; i < 200; ++i) {
            file.write(block);
        }
    }
    ImportDialog dialog(m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog, 30000));
    auto* bar = dialog.findChild<QProgressBar*>(QStringLiteral("importProgress"));
    auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancelImport"));
    auto* start = dialog.findChild<QPushButton*>(QStringLiteral("startImport"));
    QVERIFY(bar && cancel && start);

    int ticksWhileReading = 0;
    bool barShown = false;
    bool cancelOffered = false;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, &dialog, [&] {
        if (dialog.mappingTable()->rowCount() == 0) { // the file's columns are not shown yet
            ++ticksWhileReading;
            barShown = barShown || bar->isVisible();
            cancelOffered = cancelOffered || cancel->isEnabled();
        }
    });
    ticker.start();
    dialog.openFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.mappingTable()->rowCount(), 5, 60000);
    ticker.stop();
    QVERIFY2(
        ticksWhileReading >= 3,
        qPrintable(
            QStringLiteral("the event loop ran %1 times while the file was read").arg(ticksWhileReading)));
    QVERIFY(barShown);
    QVERIFY(cancelOffered);
    QVERIFY(!bar->isVisible());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(start->isEnabled());

    // Cancelled while it reads: no file is open, nothing can be imported, and the next file reads.
    QVERIFY(dialog.openFile(path));
    QVERIFY(dialog.isReading());
    QVERIFY(!start->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!dialog.isReading());
    QVERIFY(!bar->isVisible());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!start->isEnabled());
    QCOMPARE(dialog.mappingTable()->rowCount(), 0);
    const QString small = write(QStringLiteral("after-cancel.csv"), QStringLiteral("Organisation\nAmal\n"));
    QVERIFY(readFile(dialog, small));
    QCOMPARE(dialog.mappingTable()->rowCount(), 1);
    QVERIFY(start->isEnabled());
}

DALIL_GUI_TEST_MAIN(TestImportExport)
#include "tst_importexport.moc"
