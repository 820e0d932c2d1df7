// Exports read back by programs nobody here wrote: Python's csv module (CSV with BOM), xlsx2csv
// and Python's zipfile (XLSX), python3-vobject (vCard), GDAL's ogrinfo (GeoJSON, KML) and
// pdftotext (PDF). Every Arabic cell must come back as it went in; private contacts stay home.
#include "TestSupport.h"

#include "catalogue/Catalogue.h"
#include "catalogue/CatalogueGenerator.h"
#include "catalogue/ContactRows.h"
#include "catalogue/SqlStatement.h"
#include "exchange/CsvWriter.h"
#include "exchange/ExportJob.h"
#include "exchange/VCardWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QtTest>

using namespace dalil;

namespace {

// A file an export (its count of records) or a writer wrote, or what went wrong.
struct Written
{
    QString error;
    int records = 0;
    QByteArray file;
};

Written exported(Catalogue& catalogue, const ExportJob::Options& options)
{
    Written done;
    const ExportJob::Result result = ExportJob(options).run(catalogue);
    if (!result.error.isEmpty()) {
        done.error = result.error;
        return done;
    }
    done.records = result.records;
    QFile file(options.out);
    if (!file.open(QIODevice::ReadOnly)) {
        done.error = QStringLiteral("cannot read %1").arg(options.out);
        return done;
    }
    done.file = file.readAll();
    return done;
}

// Every contact exported to CSV with `options` two ways: streamed (one query; into `stem`-0.csv) and
// through the filtered path, from records, for a selection of every organisation (`stem`-1.csv).
std::pair<Written, Written> streamedAndSelected(Catalogue& catalogue, ExportJob::Options options,
                                                const QString& stem)
{
    options.kind = QStringLiteral("contacts");
    options.format = QStringLiteral("csv");
    options.out = stem + QStringLiteral("-0.csv");
    Written streamed = exported(catalogue, options);
    catalogue.organisations().forEach(
        [&](const QJsonObject& record) { options.ids.insert(record.value(QLatin1String("id")).toString()); });
    options.out = stem + QStringLiteral("-1.csv");
    return {std::move(streamed), exported(catalogue, options)};
}

// The file CsvWriter writes at `path` for `rows` given to its UTF-8 path (the streamed export's:
// each cell a view of its UTF-8 bytes).
Written writtenAsUtf8(const QString& path, const CsvWriter::Options& options, const QList<QStringList>& rows)
{
    Written written;
    CsvWriter writer(path, options);
    if (!writer.open(&written.error)) {
        written.error = QStringLiteral("cannot write %1: %2").arg(path, written.error);
        return written;
    }
    for (const QStringList& cells : rows) {
        QList<QByteArray> utf8;
        for (const QString& cell : cells) {
            utf8.append(cell.toUtf8());
        }
        const QList<QByteArrayView> views(utf8.cbegin(), utf8.cend());
        writer.writeRow(views.constData(), int(views.size()));
    }
    if (!writer.close(&written.error)) {
        written.error = QStringLiteral("cannot write %1: %2").arg(path, written.error);
        return written;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        written.error = QStringLiteral("cannot read %1").arg(path);
        return written;
    }
    written.file = file.readAll();
    return written;
}

} // namespace

class TestExchangeExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvWithBomReadByPythonCsv();
    void xlsxReadByXlsx2csvIsRightToLeftWithFrozenHeader();
    void xlsxNumbersAndDatesReadByOpenpyxl();
    void vcardReadByVobject();
    void vcardFoldsAt75OctetsWithoutSplittingLetters();
    void geojsonAndKmlReadByOgrinfo();
    void pdfTextHasEveryOrganisation();
    void filtersAndSelection();
    void everyContactStreamedAsTheFilteredPathWrites();
    void everyContactInOrganisationOrderWithItsFirstOffice_data();
    void everyContactInOrganisationOrderWithItsFirstOffice();
    void everyContactReportsProgressAndCancels_data();
    void everyContactReportsProgressAndCancels();
    void everyContactOfAnEditedCatalogueAsTheFilteredPathWrites_data();
    void everyContactOfAnEditedCatalogueAsTheFilteredPathWrites();
    void utf8CellsQuotedAsText();
    void utf8CellsQuotedAsTextAtEveryLengthAndPlace();
    void utf8SpacesAtEitherEndQuotedAsText();
    void listsJoinedAsTheirItems();
    void cliExportContract();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QString& program, const QStringList& arguments);
    // Debian's Python, where python3-vobject is installed (a pyenv python3 may come first on PATH).
    static QString python()
    {
        return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                 : QStringLiteral("python3");
    }
    ExportJob::Result exportTo(const QString& kind, const QString& format, const QString& file,
                               bool includePrivate = false, bool hxl = false);

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Catalogue> m_catalogue;
    QStringList m_arabicNames;
};

TestExchangeExport::Run TestExchangeExport::run(const QString& program, const QStringList& arguments)
{
    Run result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestExchangeExport::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("export.dalil"));
    Catalogue::OpenResult opened = Catalogue::open(m_db, Database::Mode::CreateIfMissing);
    QVERIFY(opened.catalogue);
    m_catalogue = std::move(opened.catalogue);
    m_arabicNames = {QStringLiteral("جَمْعِيَّة الأمل لتنمية المرأة الريفية في محافظة إربد الشمالية"),
                     QStringLiteral("مؤسسة نور للتعليم"), QStringLiteral("الهلال الأحمر، فرع ٣")};
    const QStringList latin = {QStringLiteral("Amal Association"), QStringLiteral("Noor Foundation"),
                               QStringLiteral("Red Crescent; Branch \"3\"")};
    const double coordinates[][2] = {{32.55, 35.85}, {31.95, 35.93}, {33.89, 35.50}};
    const char* countries[] = {"JO", "JO", "LB"};
    m_catalogue->database().transaction([&] {
        for (int i = 0; i < 3; ++i) {
            const QString id = m_catalogue->organisations().save(
                QJsonObject{{QStringLiteral("name_ar"), m_arabicNames[i]},
                            {QStringLiteral("name_en"), latin[i]},
                            {QStringLiteral("acronym"), QStringLiteral("ORG%1").arg(i)},
                            {QStringLiteral("type"), QStringLiteral("22")},
                            {QStringLiteral("sectors"),
                             QJsonArray{QStringLiteral("education"), QStringLiteral("health")}},
                            {QStringLiteral("countries"), QJsonArray{QLatin1String(countries[i])}},
                            {QStringLiteral("website"), QStringLiteral("https://example.org/%1").arg(i)}});
            m_catalogue->locations().save(
                QJsonObject{{QStringLiteral("organisation_id"), id},
                            {QStringLiteral("country"), QLatin1String(countries[i])},
                            {QStringLiteral("city"), QStringLiteral("إربد")},
                            {QStringLiteral("lat"), coordinates[i][0]},
                            {QStringLiteral("lon"), coordinates[i][1]}});
            m_catalogue->contacts().save(QJsonObject{
                {QStringLiteral("organisation_id"), id},
                {QStringLiteral("name"), QStringLiteral("سُعاد العَلي %1").arg(i)},
                {QStringLiteral("role"), QStringLiteral("منسقة البرامج")},
                {QStringLiteral("emails"), QJsonArray{QStringLiteral("suad%1@example.org").arg(i)}},
                {QStringLiteral("phones"),
                 QJsonArray{QStringLiteral("+96227") + QString::number(i) + QStringLiteral("000000")}}});
            m_catalogue->contacts().save(QJsonObject{
                {QStringLiteral("organisation_id"), id},
                {QStringLiteral("name"), QStringLiteral("Private Person %1").arg(i)},
                {QStringLiteral("private"), true},
                {QStringLiteral("phones"),
                 QJsonArray{QStringLiteral("+96279") + QString::number(i) + QStringLiteral("111111")}}});
        }
    });
}

ExportJob::Result TestExchangeExport::exportTo(const QString& kind, const QString& format,
                                               const QString& file, bool includePrivate, bool hxl)
{
    ExportJob::Options options;
    options.kind = kind;
    options.format = format;
    options.out = m_dir.filePath(file);
    options.includePrivate = includePrivate;
    options.hxl = hxl;
    ExportJob job(options);
    return job.run(*m_catalogue);
}

void TestExchangeExport::csvWithBomReadByPythonCsv()
{
    const ExportJob::Result result = exportTo(QStringLiteral("organisations"), QStringLiteral("csv"),
                                              QStringLiteral("orgs.csv"), false, true);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.records, 3);
    const Run reader = run(
        python(), {QStringLiteral("-c"),
                   QStringLiteral("import csv,json,sys\n"
                                  "raw=open(sys.argv[1],'rb').read(3)\n"
                                  "rows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline='')))\n"
                                  "print(json.dumps({'bom':raw==b'\\xef\\xbb\\xbf','rows':rows}))"),
                   m_dir.filePath(QStringLiteral("orgs.csv"))});
    QCOMPARE(reader.exitCode, 0);
    const QJsonObject parsed = QJsonDocument::fromJson(reader.out).object();
    QVERIFY(parsed.value(QLatin1String("bom")).toBool());
    const QJsonArray rows = parsed.value(QLatin1String("rows")).toArray();
    QCOMPARE(rows.size(), 5); // header, HXL row, three organisations
    QCOMPARE(rows[0].toArray()[1].toString(), QStringLiteral("name_ar"));
    QCOMPARE(rows[1].toArray()[1].toString(), QStringLiteral("#org+name+i_ar"));
    QStringList names;
    for (int i = 2; i < rows.size(); ++i) {
        names.append(rows[i].toArray()[1].toString());
        QCOMPARE(rows[i].toArray()[6].toString(), QStringLiteral("education; health"));
    }
    for (const QString& name : m_arabicNames) {
        QVERIFY2(names.contains(name), qPrintable(name));
    }
    QVERIFY(rows[4].toArray()[2].toString() == QStringLiteral("Red Crescent; Branch \"3\"") ||
            rows[3].toArray()[2].toString() == QStringLiteral("Red Crescent; Branch \"3\"") ||
            rows[2].toArray()[2].toString() == QStringLiteral("Red Crescent; Branch \"3\""));
}

void TestExchangeExport::xlsxReadByXlsx2csvIsRightToLeftWithFrozenHeader()
{
    if (QStandardPaths::findExecutable(QStringLiteral("xlsx2csv")).isEmpty()) {
        QSKIP("xlsx2csv is not installed (scripts/setup-deps installs it)");
    }
    const ExportJob::Result result =
        exportTo(QStringLiteral("contacts"), QStringLiteral("xlsx"), QStringLiteral("contacts.xlsx"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.records, 3); // the private contacts stay home
    const Run csv = run(QStringLiteral("xlsx2csv"), {m_dir.filePath(QStringLiteral("contacts.xlsx"))});
    QCOMPARE(csv.exitCode, 0);
    const QString text = QString::fromUtf8(csv.out);
    for (const QString& name : m_arabicNames) {
        QVERIFY2(text.contains(name), qPrintable(name));
    }
    for (int i = 0; i < 3; ++i) {
        QVERIFY(text.contains(QStringLiteral("سُعاد العَلي %1").arg(i)));
        QVERIFY(text.contains(QStringLiteral("+96227") + QString::number(i) + QStringLiteral("000000")));
        QVERIFY(!text.contains(QStringLiteral("Private Person %1").arg(i)));
    }
    QVERIFY(text.contains(QStringLiteral("منسقة البرامج")));
    const Run sheet =
        run(python(),
            {QStringLiteral("-c"),
             QStringLiteral("import zipfile,sys\n"
                            "print(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode())"),
             m_dir.filePath(QStringLiteral("contacts.xlsx"))});
    QCOMPARE(sheet.exitCode, 0);
    QVERIFY(sheet.out.contains("rightToLeft=\"1\""));
    QVERIFY(sheet.out.contains("state=\"frozen\""));
    QVERIFY(sheet.out.contains("<col "));
}

void TestExchangeExport::xlsxNumbersAndDatesReadByOpenpyxl()
{
    if (run(python(), {QStringLiteral("-c"), QStringLiteral("import openpyxl")}).exitCode != 0) {
        QSKIP("python3-openpyxl is not installed (scripts/setup-deps installs it)");
    }
    m_catalogue->funding().save(
        QJsonObject{{QStringLiteral("title_ar"), QStringLiteral("منحة دعم التعليم ٢٠٢٦")},
                    {QStringLiteral("title_en"), QStringLiteral("Education grant")},
                    {QStringLiteral("amount_min"), 25000},
                    {QStringLiteral("amount_max"), 150000.5},
                    {QStringLiteral("currency"), QStringLiteral("USD")},
                    {QStringLiteral("deadline"), QStringLiteral("2026-03-15")}});
    QVERIFY(exportTo(QStringLiteral("organisations"), QStringLiteral("xlsx"), QStringLiteral("orgs.xlsx"))
                .error.isEmpty());
    QVERIFY(exportTo(QStringLiteral("funding"), QStringLiteral("xlsx"), QStringLiteral("funding.xlsx"))
                .error.isEmpty());
    // Each value is printed with the type openpyxl found in the cell: n = number, d = date.
    const QString script = QStringLiteral(
        "import openpyxl,sys\n"
        "for path in sys.argv[1:]:\n"
        "    ws = openpyxl.load_workbook(path).active\n"
        "    print('rtl', bool(ws.sheet_view.rightToLeft))\n"
        "    head = [c.value for c in ws[1]]\n"
        "    for name in ('lat', 'lon', 'amount_min', 'amount_max', 'deadline', 'name_ar', 'title_ar'):\n"
        "        if name in head:\n"
        "            cell = ws.cell(row=2, column=head.index(name) + 1)\n"
        "            kind = 'd' if cell.is_date else cell.data_type\n"
        "            print(name, kind, cell.value)\n");
    const Run read = run(python(), {QStringLiteral("-c"), script, m_dir.filePath(QStringLiteral("orgs.xlsx")),
                                    m_dir.filePath(QStringLiteral("funding.xlsx"))});
    QVERIFY2(read.exitCode == 0, read.err.constData());
    const QStringList lines = QString::fromUtf8(read.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 7, read.out.constData());
    QCOMPARE(lines[0], QStringLiteral("rtl True")); // Arabic names: a right-to-left sheet
    QVERIFY2(lines[1].startsWith(QLatin1String("name_ar s ")), qPrintable(lines[1]));
    QCOMPARE(lines[3], QStringLiteral("amount_min n 25000"));
    QCOMPARE(lines[4], QStringLiteral("amount_max n 150000.5"));
    QCOMPARE(lines[5], QStringLiteral("deadline d 2026-03-15 00:00:00"));
    QCOMPARE(lines[6], QStringLiteral("title_ar s منحة دعم التعليم ٢٠٢٦"));
}

void TestExchangeExport::vcardReadByVobject()
{
    const ExportJob::Result result =
        exportTo(QStringLiteral("organisations"), QStringLiteral("vcf"), QStringLiteral("orgs.vcf"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const ExportJob::Result withPrivate =
        exportTo(QStringLiteral("contacts"), QStringLiteral("vcf"), QStringLiteral("all.vcf"), true);
    QVERIFY(withPrivate.error.isEmpty());
    const QString script =
        QStringLiteral("import vobject,json,sys\n"
                       "cards=[]\n"
                       "for c in vobject.readComponents(open(sys.argv[1],encoding='utf-8').read()):\n"
                       "  cards.append({'kind':c.kind.value if hasattr(c,'kind') else '',"
                       "'fn':[f.value for f in c.contents.get('fn',[])],"
                       "'tel':[t.value for t in c.contents.get('tel',[])],"
                       "'email':[e.value for e in c.contents.get('email',[])]})\n"
                       "print(json.dumps(cards))");
    const Run orgs =
        run(python(), {QStringLiteral("-c"), script, m_dir.filePath(QStringLiteral("orgs.vcf"))});
    if (orgs.exitCode != 0 && orgs.err.contains("No module named 'vobject'")) {
        QSKIP("python3-vobject is not installed (scripts/setup-deps installs it)");
    }
    QVERIFY2(orgs.exitCode == 0, orgs.err.constData());
    const QJsonArray cards = QJsonDocument::fromJson(orgs.out).array();
    QCOMPARE(cards.size(), 6); // three organisations, three public contacts
    QStringList names, tels, emails;
    for (const QJsonValue& card : cards) {
        for (const QJsonValue& v : card.toObject().value(QLatin1String("fn")).toArray()) {
            names.append(v.toString());
        }
        for (const QJsonValue& v : card.toObject().value(QLatin1String("tel")).toArray()) {
            tels.append(v.toString());
        }
        for (const QJsonValue& v : card.toObject().value(QLatin1String("email")).toArray()) {
            emails.append(v.toString());
        }
    }
    for (const QString& name : m_arabicNames) {
        QVERIFY2(names.contains(name), qPrintable(names.join(u'|')));
    }
    QVERIFY(names.contains(QStringLiteral("Red Crescent; Branch \"3\"")));
    QVERIFY(names.contains(QStringLiteral("سُعاد العَلي 2")));
    QVERIFY2(tels.contains(QStringLiteral("tel:+962271000000")), qPrintable(tels.join(u'|')));
    QVERIFY(emails.contains(QStringLiteral("suad1@example.org")));
    QVERIFY(!names.contains(QStringLiteral("Private Person 0")));
    const Run all = run(python(), {QStringLiteral("-c"), script, m_dir.filePath(QStringLiteral("all.vcf"))});
    QCOMPARE(QJsonDocument::fromJson(all.out).array().size(), 6); // contacts only, the private ones too
    QVERIFY(all.out.contains("Private Person 0"));
}

void TestExchangeExport::vcardFoldsAt75OctetsWithoutSplittingLetters()
{
    const QString longName =
        QStringLiteral("جَمْعِيَّة الأمل لتنمية المرأة الريفية في محافظة إربد الشمالية ومنطقة الأغوار");
    const QByteArray line = "FN;LANGUAGE=ar:" + longName.toUtf8();
    const QByteArray folded = VCardWriter::fold(line);
    const QList<QByteArray> lines = folded.split('\n');
    QVERIFY(lines.size() > 2);
    QByteArray unfolded;
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray physical = lines[i];
        if (physical.endsWith('\r')) {
            physical.chop(1);
        }
        QVERIFY2(physical.size() <= 75, physical.constData());
        if (i > 0) {
            QVERIFY(physical.startsWith(' '));
            physical.remove(0, 1);
        }
        // Each physical line is whole UTF-8 on its own: no letter was cut in two.
        QCOMPARE(QString::fromUtf8(physical).toUtf8(), physical);
        QVERIFY(!QString::fromUtf8(physical).contains(QChar::ReplacementCharacter));
        unfolded += physical;
    }
    QCOMPARE(unfolded, line);
}

void TestExchangeExport::geojsonAndKmlReadByOgrinfo()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ogrinfo")).isEmpty()) {
        QSKIP("ogrinfo is not installed (gdal-bin; scripts/setup-deps installs it)");
    }
    for (const QString& format : {QStringLiteral("geojson"), QStringLiteral("kml")}) {
        const ExportJob::Result result =
            exportTo(QStringLiteral("organisations"), format, QStringLiteral("offices.") + format);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.features, 3);
        const Run info =
            run(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-al"),
                                            m_dir.filePath(QStringLiteral("offices.") + format)});
        QVERIFY2(info.exitCode == 0, info.err.constData());
        QVERIFY2(info.out.contains("Feature Count: 3"), info.out.left(2000).constData());
        QVERIFY(QString::fromUtf8(info.out).contains(m_arabicNames[1]));
        QVERIFY(info.out.contains("POINT (35.93 31.95)"));
    }
}

void TestExchangeExport::pdfTextHasEveryOrganisation()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext is not installed (poppler-utils; scripts/setup-deps installs it)");
    }
    const QString pdf = m_dir.filePath(QStringLiteral("directory.pdf"));
    // Through the real binary: a PDF needs fonts, which dalil-cli's export starts without a display.
    const test::CliRun cli =
        test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--kind"),
                      QStringLiteral("organisations"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("--out"), pdf});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    QVERIFY2(cli.err.isEmpty(), cli.err.constData());
    const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    // pdftotext gives Arabic as shaped presentation forms inside direction marks: fold them back.
    QString plain = QString::fromUtf8(text.out).normalized(QString::NormalizationForm_KC);
    for (const char16_t mark : {u'\u202A', u'\u202B', u'\u202C', u'\u200E', u'\u200F'}) {
        plain.remove(QChar(mark));
    }
    QVERIFY(plain.contains(QStringLiteral("Amal Association")));
    QVERIFY(plain.contains(QStringLiteral("Noor Foundation")));
    QVERIFY2(plain.contains(QStringLiteral("مؤسسة نور للتعليم")), qPrintable(plain));
    if (!plain.contains(QStringLiteral("+962271000000"))) {
        QFile dump(QDir::temp().filePath(QStringLiteral("dalil-pdf-dump.txt")));
        dump.open(QIODevice::WriteOnly);
        dump.write(plain.toUtf8());
    }
    QVERIFY2(plain.contains(QStringLiteral("+962271000000")), "see dalil-pdf-dump.txt in the temp folder");
    QVERIFY(!plain.contains(QStringLiteral("Private Person")));
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.out.contains("Pages:"));
    // The cover is page 1 and is numbered like every page.
    QVERIFY(plain.contains(QRegularExpression(QStringLiteral("\\n\\s*1\\s*\\n"))));
}

void TestExchangeExport::filtersAndSelection()
{
    ExportJob::Options options;
    options.kind = QStringLiteral("organisations");
    options.countries = {QStringLiteral("LB")};
    ExportJob byCountry(options);
    QCOMPARE(byCountry.collect(*m_catalogue).size(), 1);
    options.countries.clear();
    options.query = QStringLiteral("مؤسسه نور");
    ExportJob byName(options);
    QCOMPARE(byName.collect(*m_catalogue).size(), 1);
    options.query.clear();
    options.sectors = {QStringLiteral("wash")};
    ExportJob bySector(options);
    QCOMPARE(bySector.collect(*m_catalogue).size(), 0);
    QVERIFY(!ExportJob::checkFormat(QStringLiteral("funding"), QStringLiteral("vcf")).isEmpty());
    QVERIFY(ExportJob::checkFormat(QStringLiteral("events"), QStringLiteral("kml")).isEmpty());
}

void TestExchangeExport::everyContactStreamedAsTheFilteredPathWrites()
{
    // All contacts (streamed from one query) and the same contacts picked by a selection of every
    // organisation (gathered as records) must give the same file, private contacts or not.
    for (const bool includePrivate : {false, true}) {
        ExportJob::Options options;
        options.includePrivate = includePrivate;
        options.hxl = true;
        const auto [streamed, selected] =
            streamedAndSelected(*m_catalogue, options, m_dir.filePath(QStringLiteral("every")));
        QVERIFY2(streamed.error.isEmpty() && selected.error.isEmpty(),
                 qPrintable(streamed.error + selected.error));
        QCOMPARE(streamed.records, includePrivate ? 6 : 3);
        QCOMPARE(selected.records, includePrivate ? 6 : 3);
        QVERIFY(streamed.file.contains(QStringLiteral("سُعاد العَلي 2").toUtf8()));
        QCOMPARE(streamed.file.contains("Private Person 1"), includePrivate);
        QCOMPARE(streamed.file, selected.file);
    }
}

void TestExchangeExport::everyContactInOrganisationOrderWithItsFirstOffice_data()
{
    QTest::addColumn<bool>("includePrivate");
    QTest::newRow("without private contacts") << false;
    QTest::newRow("with private contacts") << true;
}

void TestExchangeExport::everyContactInOrganisationOrderWithItsFirstOffice()
{
    // Offices and contacts stored in another order than their organisations (as edits over time
    // leave them): the export still lists organisations in their order, each with its contacts in
    // theirs, and gives each row its organisation's first live office, not a later or deleted one
    // nor another organisation's.
    QFETCH(bool, includePrivate);
    QTemporaryDir dir;
    Catalogue::OpenResult opened =
        Catalogue::open(dir.filePath(QStringLiteral("order.dalil")), Database::Mode::CreateIfMissing);
    QVERIFY(opened.catalogue);
    Catalogue& catalogue = *opened.catalogue;
    auto organisation = [&](const QString& nameEn, const QString& nameAr) {
        return catalogue.organisations().save(
            QJsonObject{{QStringLiteral("name_en"), nameEn}, {QStringLiteral("name_ar"), nameAr}});
    };
    auto office = [&](const QString& organisationId, const char* country, const QString& city) {
        return catalogue.locations().save(QJsonObject{{QStringLiteral("organisation_id"), organisationId},
                                                      {QStringLiteral("country"), QLatin1String(country)},
                                                      {QStringLiteral("city"), city}});
    };
    auto contact = [&](const QString& organisationId, const QString& name, bool isPrivate = false) {
        return catalogue.contacts().save(QJsonObject{{QStringLiteral("organisation_id"), organisationId},
                                                     {QStringLiteral("name"), name},
                                                     {QStringLiteral("private"), isPrivate}});
    };
    catalogue.database().transaction([&] {
        const QString alpha = organisation(QStringLiteral("Alpha"), QStringLiteral("جمعية الألف"));
        const QString beta = organisation(QStringLiteral("Beta"), QStringLiteral("مؤسسة الباء"));
        const QString gamma = organisation(QStringLiteral("Gamma"), QStringLiteral("شبكة الجيم"));
        const QString delta = organisation(QStringLiteral("Delta"), QStringLiteral("رابطة الدال"));
        office(beta, "LB", QStringLiteral("بيروت"));
        catalogue.locations().remove(office(alpha, "JO", QStringLiteral("عمّان")));
        office(alpha, "JO", QStringLiteral("الزرقاء"));
        office(alpha, "JO", QStringLiteral("العقبة"));
        office(beta, "LB", QStringLiteral("صيدا"));
        office(gamma, "EG", QStringLiteral("القاهرة"));
        contact(beta, QStringLiteral("بسمة"));
        contact(alpha, QStringLiteral("أمينة"));
        contact(gamma, QStringLiteral("شادي"));
        contact(beta, QStringLiteral("بلال"));
        catalogue.contacts().remove(contact(alpha, QStringLiteral("عادل")));
        contact(alpha, QStringLiteral("أسماء"), true);
        contact(delta, QStringLiteral("دينا"));
        contact(alpha, QStringLiteral("أنور"));
        catalogue.organisations().remove(gamma);
    });
    ExportJob::Options options;
    options.kind = QStringLiteral("contacts");
    options.format = QStringLiteral("csv");
    options.plainCsv = true;
    options.includePrivate = includePrivate;
    options.out = dir.filePath(QStringLiteral("order.csv"));
    const Written result = exported(catalogue, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QStringList rows;
    const QList<QByteArray> lines = result.file.split('\n');
    for (const QByteArray& line : lines.mid(1)) {
        if (line.isEmpty()) {
            continue;
        }
        // name_en, contact_name, country, city
        const QList<QByteArray> cells = line.split(',');
        QVERIFY2(cells.size() >= 10, line.constData());
        rows.append(QString::fromUtf8(cells[2] + ' ' + cells[4] + ' ' + cells[8] + ' ' + cells[9]));
    }
    QStringList expected = {
        QStringLiteral("Alpha أمينة JO الزرقاء"), QStringLiteral("Alpha أسماء JO الزرقاء"),
        QStringLiteral("Alpha أنور JO الزرقاء"),  QStringLiteral("Beta بسمة LB بيروت"),
        QStringLiteral("Beta بلال LB بيروت"),     QStringLiteral("Delta دينا  ")};
    if (!includePrivate) {
        expected.removeAt(1);
    }
    QCOMPARE(rows, expected);
    QCOMPARE(result.records, int(expected.size()));
}

void TestExchangeExport::everyContactReportsProgressAndCancels_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestExchangeExport::everyContactReportsProgressAndCancels()
{
    // The streamed export of every contact says how far it is while it writes, and stops when
    // cancelled, leaving no file behind.
    QFETCH(QString, format);
    QTemporaryDir dir;
    Catalogue::OpenResult opened =
        Catalogue::open(dir.filePath(QStringLiteral("many.dalil")), Database::Mode::CreateIfMissing);
    QVERIFY(opened.catalogue);
    Catalogue& catalogue = *opened.catalogue;
    const int organisations = 300;
    const int perOrganisation = 10;
    catalogue.database().transaction([&] {
        for (int i = 0; i < organisations; ++i) {
            const QString id = catalogue.organisations().save(
                QJsonObject{{QStringLiteral("name_ar"), QStringLiteral("جمعية الأمل %1").arg(i)}});
            for (int k = 0; k < perOrganisation; ++k) {
                catalogue.contacts().save(
                    QJsonObject{{QStringLiteral("organisation_id"), id},
                                {QStringLiteral("name"), QStringLiteral("سلمى %1").arg(k)},
                                {QStringLiteral("emails"),
                                 QJsonArray{QStringLiteral("s%1.%2@example.org").arg(i).arg(k)}}});
            }
        }
    });
    const qint64 total = organisations * perOrganisation;
    ExportJob::Options options;
    options.kind = QStringLiteral("contacts");
    options.format = format;
    options.out = dir.filePath(QStringLiteral("all.") + format);
    ExportJob job(options);
    QList<QPair<qint64, qint64>> seen;
    connect(&job, &ExportJob::progress, &job, [&seen](qint64 done, qint64 of) { seen.append({done, of}); });
    const ExportJob::Result result = job.run(catalogue);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.records, int(total));
    QVERIFY(QFile::exists(options.out));
    int intermediate = 0;
    for (int i = 0; i < seen.size(); ++i) {
        QCOMPARE(seen[i].second, total);
        QVERIFY(i == 0 || seen[i].first >= seen[i - 1].first);
        intermediate += seen[i].first > 0 && seen[i].first < total ? 1 : 0;
    }
    QVERIFY2(intermediate >= 2, "progress is reported while the rows are written");
    QCOMPARE(seen.last(), qMakePair(total, total));

    options.out = dir.filePath(QStringLiteral("cancelled.") + format);
    ExportJob cancelled(options);
    connect(&cancelled, &ExportJob::progress, &cancelled, [&cancelled](qint64 done, qint64) {
        if (done > 0) {
            cancelled.cancel();
        }
    });
    const ExportJob::Result stopped = cancelled.run(catalogue);
    QVERIFY(stopped.cancelled);
    QVERIFY(stopped.error.isEmpty());
    QVERIFY(stopped.records > 0 && stopped.records < total);
    QVERIFY(!QFile::exists(options.out));
}

void TestExchangeExport::everyContactOfAnEditedCatalogueAsTheFilteredPathWrites_data()
{
    QTest::addColumn<bool>("plainCsv");
    QTest::addColumn<bool>("hxl");
    QTest::addColumn<bool>("includePrivate");
    for (const bool plainCsv : {false, true}) {
        for (const bool hxl : {false, true}) {
            for (const bool includePrivate : {false, true}) {
                QTest::addRow("%s%s%s", plainCsv ? "plain" : "bom", hxl ? ", hxl" : "",
                              includePrivate ? ", private" : "")
                    << plainCsv << hxl << includePrivate;
            }
        }
    }
}

void TestExchangeExport::everyContactOfAnEditedCatalogueAsTheFilteredPathWrites()
{
    // A generated catalogue edited as months of use leave one: first offices deleted (the next one
    // takes their place), offices and contacts added to old organisations long after them, an
    // organisation whose office and contact were stored before it, organisations deleted with
    // their contacts left live, contacts deleted or private, cells that need quotes. The streamed
    // export (one query, first offices looked up in storage order) must write the very file the
    // filtered path writes from records for a selection of every organisation.
    QFETCH(bool, plainCsv);
    QFETCH(bool, hxl);
    QFETCH(bool, includePrivate);
    QTemporaryDir dir;
    Catalogue::OpenResult opened =
        Catalogue::open(dir.filePath(QStringLiteral("edited.dalil")), Database::Mode::CreateIfMissing);
    QVERIFY(opened.catalogue);
    Catalogue& catalogue = *opened.catalogue;
    CatalogueGenerator::Options generate;
    generate.organisations = 400;
    generate.seed = 29;
    const CatalogueGenerator::Result generated = CatalogueGenerator::fill(catalogue, generate);
    QVERIFY2(generated.error.isEmpty(), qPrintable(generated.error));
    QVERIFY(generated.counts.locations > generated.counts.organisations); // some have more than one

    QStringList organisations;
    catalogue.organisations().forEach([&](const QJsonObject& record) {
        organisations.append(record.value(QLatin1String("id")).toString());
    });
    QList<QPair<QString, QString>> offices; // id, organisation
    catalogue.locations().forEach([&](const QJsonObject& record) {
        offices.append({record.value(QLatin1String("id")).toString(),
                        record.value(QLatin1String("organisation_id")).toString()});
    });
    QStringList contacts;
    catalogue.contacts().forEach(
        [&](const QJsonObject& record) { contacts.append(record.value(QLatin1String("id")).toString()); });
    const QStringList awkward = {QStringLiteral("سُعاد \"العلي\", مديرة"), QStringLiteral(" leading space"),
                                 QStringLiteral("trailing\u00A0"),        QStringLiteral("سطر\nثان"),
                                 QStringLiteral("\u2003em space"),        QStringLiteral("منسقة البرامج"),
                                 QStringLiteral("0123456789abcdef,"),     QString()};
    catalogue.database().transaction([&] {
        QSet<QString> seen;
        for (int i = 0; i < offices.size(); ++i) {
            if (!seen.contains(offices[i].second) && i % 5 == 0) {
                catalogue.locations().remove(offices[i].first); // a first office deleted
            }
            seen.insert(offices[i].second);
        }
        for (int i = 0; i < contacts.size(); i += 11) {
            catalogue.contacts().remove(contacts[i]);
        }
        for (int i = 0; i < organisations.size(); i += 3) {
            catalogue.contacts().save(QJsonObject{
                {QStringLiteral("organisation_id"), organisations[i]},
                {QStringLiteral("name"), awkward[i % awkward.size()]},
                {QStringLiteral("role"), awkward[(i + 3) % awkward.size()]},
                {QStringLiteral("emails"),
                 QJsonArray{QStringLiteral("x\"y%1@example.org").arg(i), QStringLiteral("z@example.org")}},
                {QStringLiteral("phones"),
                 QJsonArray{QStringLiteral("+962 6 123"), QStringLiteral("٠٧٩١٢٣٤٥٦٧"),
                            i % 2 == 0 ? QStringLiteral("+000 private") : QStringLiteral("+000 public")}},
                {QStringLiteral("private"), i % 2 == 0}});
        }
        for (int i = 1; i < organisations.size(); i += 4) {
            catalogue.locations().save(
                QJsonObject{{QStringLiteral("organisation_id"), organisations[i]},
                            {QStringLiteral("country"), QStringLiteral("ZZ")},
                            {QStringLiteral("city"), QStringLiteral("مدينة, \"جديدة\"")}});
        }
        const QString late = catalogue.organisations().save(
            QJsonObject{{QStringLiteral("name_ar"), QStringLiteral("جمعية متأخرة")},
                        {QStringLiteral("name_en"), QStringLiteral("Late, \"org\"")},
                        {QStringLiteral("acronym"), QStringLiteral(" ACR")}});
        SqlStatement moveOffice(catalogue.database().handle(),
                                "UPDATE location SET organisation_id = ?1 WHERE id = ?2");
        moveOffice.bind(1, late);
        moveOffice.bind(2, offices[2].first);
        moveOffice.step();
        SqlStatement moveContact(catalogue.database().handle(),
                                 "UPDATE contact SET organisation_id = ?1 WHERE id = ?2");
        moveContact.bind(1, late);
        moveContact.bind(2, contacts[4]);
        moveContact.step();
        // Deleted behind the repository's back: their contacts and offices stay live.
        catalogue.database().execute("UPDATE organisation SET deleted = 1 WHERE rowid % 17 = 0");
    });

    ExportJob::Options options;
    options.plainCsv = plainCsv;
    options.hxl = hxl;
    options.includePrivate = includePrivate;
    const auto [streamed, selected] =
        streamedAndSelected(catalogue, options, dir.filePath(QStringLiteral("edited")));
    QVERIFY2(streamed.error.isEmpty() && selected.error.isEmpty(),
             qPrintable(streamed.error + selected.error));
    QVERIFY(streamed.records > 400);
    QCOMPARE(streamed.records, selected.records);
    QVERIFY(streamed.file.contains(QStringLiteral("\"مدينة, \"\"جديدة\"\"\"").toUtf8()));
    QVERIFY(streamed.file.contains(QStringLiteral("\"Late, \"\"org\"\"\"").toUtf8()));
    QVERIFY(streamed.file.contains(QStringLiteral("\"سُعاد \"\"العلي\"\", مديرة\"").toUtf8()));
    QVERIFY(streamed.file.contains("+000 public"));
    QCOMPARE(streamed.file.contains("+000 private"), includePrivate);
    QCOMPARE(streamed.file.startsWith("\xEF\xBB\xBF"), !plainCsv);
    QCOMPARE(streamed.file, selected.file);
}

void TestExchangeExport::utf8CellsQuotedAsText()
{
    // The streamed export writes UTF-8 cells; each must be quoted exactly when its text would be.
    const QStringList cells = {
        QStringLiteral("جمعية \"الأمل\""), QStringLiteral("a,b"), QStringLiteral(" leading"),
        QStringLiteral("trailing\u00A0"), QStringLiteral("\u2003سُعاد"), QStringLiteral("سطر\nثان"),
        QStringLiteral("٠٧٩١٢٣٤٥٦٧"), QString(), QStringLiteral("😀 emoji"),
        // Tested eight bytes at a time: what asks for quotes on either side of a boundary, and none.
        QStringLiteral("0123456,89"), QStringLiteral("01234567,9"), QStringLiteral("abcdefghijklmno\""),
        QStringLiteral("abcdefghijklmnop\r"), QStringLiteral("abcdefgh"), QStringLiteral("abcdefghijklmnop"),
        QStringLiteral("مؤسسة الأمل للتنمية \"قديمة\""), QStringLiteral("مؤسسة الأمل للتنمية الريفية")};
    const Written written = writtenAsUtf8(m_dir.filePath(QStringLiteral("utf8.csv")), {true, u','}, {cells});
    QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
    QCOMPARE(written.file, QByteArray("\xEF\xBB\xBF") + CsvWriter::encodeRow(cells, u',', "\r\n"));
}

void TestExchangeExport::utf8CellsQuotedAsTextAtEveryLengthAndPlace()
{
    // The streamed export reads cells in blocks (16 bytes, 8, 4, the last one overlapping the one
    // before): a character that asks for quotes is found at any length and place, and every byte of
    // a cell is written whatever the block that holds it.
    QList<QStringList> rows;
    QByteArray expected;
    for (int length = 1; length <= 40; ++length) {
        QStringList cells;
        for (int place = -1; place < length; ++place) {
            for (const char special : {',', '"', '\n', '\r'}) {
                QString cell;
                for (int i = 0; i < length; ++i) {
                    cell.append(QChar(u'a' + (i % 26)));
                }
                if (place >= 0) {
                    cell[place] = QLatin1Char(special);
                }
                cells.append(cell);
                if (place < 0) {
                    break;
                }
            }
        }
        rows.append(cells);
        expected += CsvWriter::encodeRow(cells, u',', "\n");
    }
    const Written written = writtenAsUtf8(m_dir.filePath(QStringLiteral("places.csv")), {false, u','}, rows);
    QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
    QCOMPARE(written.file, expected);
}

void TestExchangeExport::utf8SpacesAtEitherEndQuotedAsText()
{
    // A UTF-8 cell that starts or ends with a space is quoted as its text would be: the writer
    // decodes only letters whose first byte can start a space, so every space QChar knows must
    // start with one of those bytes; and a letter of every other first byte is left unquoted.
    QStringList cells;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) {
            continue;
        }
        const QString letter = QString::fromUcs4(&c, 1);
        const auto lead = static_cast<unsigned char>(letter.toUtf8().at(0));
        if (QChar::isSpace(c)) {
            QVERIFY2(lead < 0x80 || lead == 0xC2 || (lead >= 0xE1 && lead <= 0xE3),
                     qPrintable(QString::number(quint32(c), 16)));
            cells << letter + QStringLiteral("نص") << QStringLiteral("text") + letter << letter;
        }
    }
    QVERIFY(cells.size() > 3 * 20);
    for (unsigned lead = 0xC2; lead <= 0xF4; ++lead) {
        // The first letter with that first byte, at either end.
        const char32_t first = lead < 0xE0   ? char32_t((lead & 0x1F) << 6)
                               : lead < 0xF0 ? char32_t(std::max(0x800u, (lead & 0x0F) << 12))
                                             : char32_t(std::max(0x10000u, (lead & 0x07) << 18));
        const QString letter = QString::fromUcs4(&first, 1);
        QCOMPARE(static_cast<unsigned char>(letter.toUtf8().at(0)), lead);
        cells << letter + QStringLiteral("x") << QStringLiteral("x") + letter;
    }
    const Written written =
        writtenAsUtf8(m_dir.filePath(QStringLiteral("spaces.csv")), {true, u','}, {cells});
    QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
    QCOMPARE(written.file, QByteArray("\xEF\xBB\xBF") + CsvWriter::encodeRow(cells, u',', "\r\n"));
}

void TestExchangeExport::listsJoinedAsTheirItems()
{
    // Compact lists are joined in place; any other (an escape, a space) goes through the parser:
    // either way the cell holds the items the JSON holds, after what the buffer held before.
    const QList<QByteArray> lists = {"[]",
                                     "[\"a\"]",
                                     "[\"a\",\"b\"]",
                                     "[\"a\\\"b\",\"c\"]",
                                     "[\"a\\\\b\"]",
                                     "[\"a\", \"b\"]",
                                     "[\"\\u0041\",\"x\"]",
                                     "[\"info@example.org\",\"+962 6 123 4567\",\"سطر\"]"};
    for (const QByteArray& json : lists) {
        QStringList items;
        for (const QJsonValue& item : QJsonDocument::fromJson(json).array()) {
            items.append(item.toString());
        }
        QByteArray out("before|");
        ContactRows::appendList(json, "; ", &out);
        QCOMPARE(QString::fromUtf8(out), QStringLiteral("before|") + items.join(QStringLiteral("; ")));
    }
}

void TestExchangeExport::cliExportContract()
{
    const QString out = m_dir.filePath(QStringLiteral("cli.csv"));
    const test::CliRun ok =
        test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--kind"),
                      QStringLiteral("contacts"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--out"), out, QStringLiteral("--json")});
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(ok.out).object().value(QLatin1String("records")).toInt(), 3);
    const test::CliRun usage =
        test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--kind"),
                      QStringLiteral("funding"), QStringLiteral("--format"), QStringLiteral("vcf"),
                      QStringLiteral("--out"), out});
    QCOMPARE(usage.exitCode, 2);
    const test::CliRun folder =
        test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--kind"),
                      QStringLiteral("contacts"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--out"), QStringLiteral("/nonexistent/x.csv")});
    QCOMPARE(folder.exitCode, 1);
    QVERIFY(folder.err.contains("/nonexistent/x.csv"));
}

QTEST_GUILESS_MAIN(TestExchangeExport)
#include "tst_exchange_export.moc"
