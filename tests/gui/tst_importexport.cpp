// The import and export dialogs over app/exchange: a sheet read, its columns shown with what they
// map to, a mapping corrected and kept, the preview, an import on the worker thread, a cancel, and
// an export to a file.
#include "TestSupport.h"

#include "catalogue/Catalogue.h"
#include "exchange/ImportField.h"
#include "importexport/ExportDialog.h"
#include "importexport/ImportDialog.h"

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
