// The other readers: XLSX (shared and inline strings, several sheets, damaged files), vCard 4.0
// and 3.0, GeoJSON and Dalil's own JSON; and round trips export -> import that keep every letter.
#include "TestSupport.h"

#include "catalogue/Catalogue.h"
#include "exchange/ExportJob.h"
#include "exchange/ImportJob.h"
#include "exchange/TableReader.h"
#include "exchange/XlsxReader.h"

#include <QJsonArray>
#include <QtTest>

using namespace dalil;

class TestExchangeFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripKeepsEverything_data();
    void roundTripKeepsEverything();
    void readsSharedAndInlineStringsAndSheets();
    void truncatedWorkbookIsRefusedAndNothingWritten();
    void readsVCard30QuotedPrintable();
    void geoJsonPolygonIsAnErrorNamingTheFeature();
    void brokenJsonNamesTheCharacter();
    void fuzzCorpusReadsWithoutCrashing_data();
    void fuzzCorpusReadsWithoutCrashing();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
    QString m_source;
};

QString TestExchangeFormats::write(const QString& name, const QByteArray& bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(bytes);
    return file.fileName();
}

void TestExchangeFormats::initTestCase()
{
    m_source = m_dir.filePath(QStringLiteral("source.dalil"));
    auto catalogue = std::move(Catalogue::open(m_source, Database::Mode::CreateIfMissing).catalogue);
    QVERIFY(catalogue);
    catalogue->database().transaction([&] {
        const QString amal = catalogue->organisations().save(QJsonObject{
            {QStringLiteral("name_ar"), QStringLiteral("جَمْعِيَّة الأمل، فرع إربد")},
            {QStringLiteral("name_en"), QStringLiteral("Amal; Irbid \"branch\"")},
            {QStringLiteral("acronym"), QStringLiteral("AMAL")},
            {QStringLiteral("type"), QStringLiteral("22")},
            {QStringLiteral("sectors"), QJsonArray{QStringLiteral("education"), QStringLiteral("wash")}},
            {QStringLiteral("countries"), QJsonArray{QStringLiteral("JO"), QStringLiteral("SY")}},
            {QStringLiteral("languages"), QJsonArray{QStringLiteral("ar"), QStringLiteral("es")}},
            {QStringLiteral("website"), QStringLiteral("https://amal.example.org")}});
        catalogue->locations().save(QJsonObject{{QStringLiteral("organisation_id"), amal},
                                                {QStringLiteral("country"), QStringLiteral("JO")},
                                                {QStringLiteral("city"), QStringLiteral("إربد")},
                                                {QStringLiteral("lat"), 32.55},
                                                {QStringLiteral("lon"), 35.85}});
        catalogue->locations().save(QJsonObject{{QStringLiteral("organisation_id"), amal},
                                                {QStringLiteral("country"), QStringLiteral("SY")},
                                                {QStringLiteral("city"), QStringLiteral("درعا")},
                                                {QStringLiteral("lat"), 32.62},
                                                {QStringLiteral("lon"), 36.10}});
        catalogue->contacts().save(
            QJsonObject{{QStringLiteral("organisation_id"), amal},
                        {QStringLiteral("name"), QStringLiteral("سُعاد العلي")},
                        {QStringLiteral("role"), QStringLiteral("مديرة")},
                        {QStringLiteral("emails"), QJsonArray{QStringLiteral("suad@example.org")}},
                        {QStringLiteral("phones"), QJsonArray{QStringLiteral("+962799999999")}}});
        catalogue->organisations().save(
            QJsonObject{{QStringLiteral("name_fr"), QStringLiteral("Fondation Nour, Tunis")},
                        {QStringLiteral("countries"), QJsonArray{QStringLiteral("TN")}}});
    });
}

void TestExchangeFormats::roundTripKeepsEverything_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("organisations");
    QTest::addColumn<int>("offices");
    QTest::addColumn<int>("contacts");
    QTest::newRow("json") << "organisations"
                          << "json" << 2 << 2 << 1;
    QTest::newRow("vcf") << "organisations"
                         << "vcf" << 2 << 2 << 1;
    QTest::newRow("xlsx") << "organisations"
                          << "xlsx" << 2 << 0 << 0;
    QTest::newRow("csv with hxl") << "organisations"
                                  << "csv" << 2 << 0 << 0;
    QTest::newRow("contacts csv") << "contacts"
                                  << "csv" << 1 << 1 << 1;
    QTest::newRow("geojson") << "organisations"
                             << "geojson" << 1 << 2 << 0;
}

void TestExchangeFormats::roundTripKeepsEverything()
{
    QFETCH(QString, kind);
    QFETCH(QString, format);
    QFETCH(int, organisations);
    QFETCH(int, offices);
    QFETCH(int, contacts);
    const QString file = m_dir.filePath(QStringLiteral("trip-%1.%2").arg(kind, format));
    {
        auto source = std::move(Catalogue::open(m_source).catalogue);
        ExportJob::Options options;
        options.kind = kind;
        options.format = format;
        options.out = file;
        options.hxl = true;
        const ExportJob::Result exported = ExportJob(options).run(*source);
        QVERIFY2(exported.error.isEmpty(), qPrintable(exported.error));
    }
    const QString target = m_dir.filePath(QStringLiteral("target-%1-%2.dalil").arg(kind, format));
    auto catalogue = std::move(Catalogue::open(target, Database::Mode::CreateIfMissing).catalogue);
    ImportJob job(file, {});
    const ImportReport report = job.run(*catalogue);
    QVERIFY2(report.written, qPrintable(report.fatal + report.issues.value(0).toString()));
    QCOMPARE(report.errors(), 0);
    QCOMPARE(catalogue->organisations().count(), organisations);
    QCOMPARE(catalogue->locations().count(), offices);
    QCOMPARE(catalogue->contacts().count(), contacts);
    const QList<QJsonObject> amal =
        catalogue->organisations().where("name_ar", QStringLiteral("جَمْعِيَّة الأمل، فرع إربد"));
    QCOMPARE(amal.size(), 1);
    if (kind == QLatin1String("organisations") && format != QLatin1String("vcf") &&
        format != QLatin1String("geojson")) {
        QCOMPARE(amal.first().value(QLatin1String("sectors")).toArray(),
                 (QJsonArray{QStringLiteral("education"), QStringLiteral("wash")}));
    }
    if (kind == QLatin1String("organisations")) {
        QCOMPARE(amal.first().value(QLatin1String("name_en")).toString(),
                 QStringLiteral("Amal; Irbid \"branch\""));
        QVERIFY(amal.first().value(QLatin1String("countries")).toArray().contains(QStringLiteral("JO")));
    }
    if (contacts > 0) {
        const QJsonObject contact =
            catalogue->contacts()
                .where("organisation_id", amal.first().value(QLatin1String("id")).toString())
                .first();
        QCOMPARE(contact.value(QLatin1String("name")).toString(), QStringLiteral("سُعاد العلي"));
        QCOMPARE(contact.value(QLatin1String("phones")).toArray(),
                 QJsonArray{QStringLiteral("+962799999999")});
    }
    // Importing the same file again adds nothing.
    ImportJob again(file, {});
    const ImportReport second = again.run(*catalogue);
    QCOMPARE(second.organisationsCreated, 0);
    QCOMPARE(catalogue->organisations().count(), organisations);
    QCOMPARE(catalogue->locations().count(), offices);
}

void TestExchangeFormats::readsSharedAndInlineStringsAndSheets()
{
    // A workbook put together by Python's zipfile, as other spreadsheet programs write it: shared
    // strings with a rich-text run, an inline string, a number, a boolean, and two sheets.
    const QString path = m_dir.filePath(QStringLiteral("crafted.xlsx"));
    const QString script = QStringLiteral(
        "import zipfile,sys\n"
        "z=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED)\n"
        "z.writestr('[Content_Types].xml','<Types/>')\n"
        "z.writestr('xl/workbook.xml','<workbook "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"شركاء\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Empty\" sheetId=\"2\" "
        "r:id=\"rId2\"/>"
        "<sheet name=\"Second\" sheetId=\"3\" r:id=\"rId3\"/></sheets></workbook>')\n"
        "z.writestr('xl/_rels/workbook.xml.rels','<Relationships><Relationship Id=\"rId1\" "
        "Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Target=\"worksheets/sheet2.xml\"/><Relationship Id=\"rId3\" "
        "Target=\"/xl/worksheets/sheet3.xml\"/></Relationships>')\n"
        "z.writestr('xl/sharedStrings.xml','<sst><si><t>اسم المنظمة</t></si><si><r><t>جمعية "
        "</t></r><r><t>النور</t></r>"
        "<rPh><t>x</t></rPh></si><si><t>Acronym</t></si></sst>')\n"
        "z.writestr('xl/worksheets/sheet1.xml','<worksheet><sheetData><row r=\"1\"><c r=\"A1\" "
        "t=\"s\"><v>0</v></c>"
        "<c r=\"C1\" t=\"s\"><v>2</v></c></row><row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" "
        "t=\"b\"><v>1</v></c>"
        "<c r=\"C3\"><v>32.5</v></c></row></sheetData></worksheet>')\n"
        "z.writestr('xl/worksheets/sheet2.xml','<worksheet><sheetData/></worksheet>')\n"
        "z.writestr('xl/worksheets/sheet3.xml','<worksheet><sheetData><row><c "
        "t=\"inlineStr\"><is><t>Organisation</t></is></c></row>"
        "<row><c t=\"inlineStr\"><is><t>مؤسسة الغد</t></is></c></row></sheetData></worksheet>')\n"
        "z.close()\n");
    QProcess python;
    python.start(QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                   : QStringLiteral("python3"),
                 {QStringLiteral("-c"), script, path});
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 0);
    const XlsxReader::Result workbook = XlsxReader::read(path);
    QVERIFY2(workbook.error.isEmpty(), qPrintable(workbook.error));
    QCOMPARE(workbook.sheets.size(), 3);
    QCOMPARE(workbook.sheets[0].name, QStringLiteral("شركاء"));
    QCOMPARE(workbook.sheets[0].grid.size(), 3);
    QCOMPARE(workbook.sheets[0].grid[0],
             (QStringList{QStringLiteral("اسم المنظمة"), QString(), QStringLiteral("Acronym")}));
    QCOMPARE(workbook.sheets[0].grid[2],
             (QStringList{QStringLiteral("جمعية النور"), QStringLiteral("TRUE"), QStringLiteral("32.5")}));
    QCOMPARE(workbook.sheets[2].grid[1].first(), QStringLiteral("مؤسسة الغد"));

    const TableReader::Result tables = TableReader::read(path, {});
    QCOMPARE(tables.tables.size(), 2); // the empty sheet is left out
    QCOMPARE(tables.tables[0].rows.first().number, 3);
    auto catalogue = std::move(
        Catalogue::open(m_dir.filePath(QStringLiteral("crafted.dalil")), Database::Mode::CreateIfMissing)
            .catalogue);
    ImportJob job(path, {});
    const ImportReport report = job.run(*catalogue);
    QVERIFY2(report.written, qPrintable(report.fatal + report.issues.value(0).toString()));
    QCOMPARE(catalogue->organisations().count(), 2);
    QCOMPARE(XlsxReader::columnOf(u"AB12"), 27);
}

void TestExchangeFormats::truncatedWorkbookIsRefusedAndNothingWritten()
{
    const QString full = m_dir.filePath(QStringLiteral("full.xlsx"));
    {
        auto source = std::move(Catalogue::open(m_source).catalogue);
        ExportJob::Options options;
        options.format = QStringLiteral("xlsx");
        options.out = full;
        QVERIFY(ExportJob(options).run(*source).error.isEmpty());
    }
    QFile file(full);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString cut = write(QStringLiteral("cut.xlsx"), bytes.left(bytes.size() * 2 / 3));
    const QString target = m_dir.filePath(QStringLiteral("cut.dalil"));
    auto catalogue = std::move(Catalogue::open(target, Database::Mode::CreateIfMissing).catalogue);
    ImportJob job(cut, {});
    const ImportReport report = job.run(*catalogue);
    QVERIFY(!report.written);
    QVERIFY2(report.fatal.startsWith(QLatin1String("cut.xlsx: ")), qPrintable(report.fatal));
    QVERIFY2(report.fatal.contains(QLatin1String("damaged")) ||
                 report.fatal.contains(QLatin1String("cut short")),
             qPrintable(report.fatal));
    QCOMPARE(catalogue->organisations().count(), 0);
}

void TestExchangeFormats::readsVCard30QuotedPrintable()
{
    const QString path =
        write(QStringLiteral("phone.vcf"),
              "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;Suad;;;\r\nFN:Suad Ali\r\nORG:Amal Society;Irbid\r\n"
              "TEL;TYPE=CELL:+962 79 999 9999\r\nEMAIL;TYPE=INTERNET:suad@example.org\r\nEND:VCARD\r\n"
              "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=B3=D8=B9=D8=A7="
              "D8=AF\r\n"
              "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=AC=D9=85=D8=B9=D9=8A=D8=A9 "
              "=D8=A7=D9=84=D8=A3=D9=85=\r\n"
              "=D9=84\r\nTEL;CELL:0799999998\r\nADR;WORK:;;;Amman;;;Jordan\r\nEND:VCARD\r\n");
    auto catalogue = std::move(
        Catalogue::open(m_dir.filePath(QStringLiteral("phone.dalil")), Database::Mode::CreateIfMissing)
            .catalogue);
    ImportJob job(path, {});
    const ImportReport report = job.run(*catalogue);
    QVERIFY2(report.written, qPrintable(report.fatal + report.issues.value(0).toString()));
    QCOMPARE(catalogue->organisations().count(), 2);
    const QList<QJsonObject> amal =
        catalogue->organisations().where("name_ar", QStringLiteral("جمعية الأمل"));
    QCOMPARE(amal.size(), 1);
    const QJsonObject contact =
        catalogue->contacts()
            .where("organisation_id", amal.first().value(QLatin1String("id")).toString())
            .first();
    QCOMPARE(contact.value(QLatin1String("name")).toString(), QStringLiteral("سعاد"));
    QCOMPARE(contact.value(QLatin1String("phones")).toArray(), QJsonArray{QStringLiteral("+962799999998")});
}

void TestExchangeFormats::geoJsonPolygonIsAnErrorNamingTheFeature()
{
    const QString path = write(QStringLiteral("places.geojson"),
                               R"({"type":"FeatureCollection","features":[
        {"type":"Feature","geometry":{"type":"Point","coordinates":[35.5,33.9]},"properties":{"name_ar":"عامل","city":"بيروت"}},
        {"type":"Feature","geometry":{"type":"Polygon","coordinates":[]},"properties":{"name_ar":"نور"}}]})");
    auto catalogue = std::move(
        Catalogue::open(m_dir.filePath(QStringLiteral("geo.dalil")), Database::Mode::CreateIfMissing)
            .catalogue);
    ImportJob job(path, {});
    const ImportReport report = job.run(*catalogue);
    QVERIFY(!report.written);
    QCOMPARE(report.errors(), 1);
    QCOMPARE(report.issues.first().toString(),
             QStringLiteral(
                 "places.geojson, feature 2: only points are imported (offices); this feature is a Polygon"));
    QCOMPARE(catalogue->organisations().count(), 0);
}

void TestExchangeFormats::brokenJsonNamesTheCharacter()
{
    const QString path = write(QStringLiteral("broken.json"), "[{\"name_ar\": \"عامل\",}");
    TableReader::Result result = TableReader::read(path, {});
    QVERIFY(result.tables.isEmpty());
    QVERIFY2(result.issues.first().toString().startsWith(
                 QLatin1String("broken.json: not valid JSON at character")),
             qPrintable(result.issues.first().toString()));
}

void TestExchangeFormats::fuzzCorpusReadsWithoutCrashing_data()
{
    // The seed corpus of tests/fuzz, with the inputs that once crashed a reader, read by the
    // normal build too: a regression shows up in every test run, not only when fuzzing.
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    const QDir corpus(QStringLiteral(DALIL_SOURCE_DIR "/tests/fuzz/corpus"));
    const QList<QPair<QString, QString>> folders = {{QStringLiteral("csv"), QStringLiteral("csv")},
                                                    {QStringLiteral("xlsx"), QStringLiteral("xlsx")},
                                                    {QStringLiteral("vcard"), QStringLiteral("vcf")},
                                                    {QStringLiteral("geojson"), QStringLiteral("geojson")}};
    for (const auto& [folder, format] : folders) {
        for (const QFileInfo& file : QDir(corpus.filePath(folder)).entryInfoList(QDir::Files)) {
            QTest::newRow(qPrintable(folder + u'/' + file.fileName())) << file.absoluteFilePath() << format;
        }
    }
}

void TestExchangeFormats::fuzzCorpusReadsWithoutCrashing()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    TableReader::Options options;
    options.format = format;
    const TableReader::Result result = TableReader::read(path, options);
    QVERIFY(!result.tables.isEmpty() || !result.issues.isEmpty());
}

QTEST_GUILESS_MAIN(TestExchangeFormats)
#include "tst_exchange_formats.moc"
