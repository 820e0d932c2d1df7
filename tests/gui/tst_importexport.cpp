// The import and export dialogs over app/exchange: a sheet read, its columns shown with what they
// map to, a mapping corrected and kept, the preview, an import on the worker thread, a cancel, and
// an export to a file.
#include "TestSupport.h"

#include "catalogue/Catalogue.h"
#include "exchange/ImportField.h"
#include "importexport/ExportDialog.h"
#include "importexport/ImportDialog.h"
#include "importexport/MergeDialog.h"

#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QtTest>

using namespace dalil;

namespace {
void clickButton(QWidget& dialog, const QString& text)
{
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text() == text) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button %1").arg(text)));
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
    QVERIFY(dialog.openFile(path));
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
        QVERIFY(dialog.openFile(path));
        auto* combo = qobject_cast<QComboBox*>(dialog.mappingTable()->cellWidget(1, 2));
        QCOMPARE(combo->currentData().toInt(), int(ImportField::Ignore));
        combo->setCurrentIndex(combo->findData(int(ImportField::DescriptionAr)));
    }
    const QString next =
        write(QStringLiteral("notes-2.csv"), QStringLiteral("Organisation,ملاحظات\nNour,نص آخر\n"));
    ImportDialog dialog(m_db);
    QVERIFY(dialog.openFile(next));
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
    QVERIFY(dialog.openFile(path));
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

QTEST_MAIN(TestImportExport)
#include "tst_importexport.moc"
