// Reading what partners send: encodings Excel and Windows write, delimiters of Arabic and French
// locales, RFC 4180 quoting, HXL hashtags (1.1 and legacy 1.0) and headers in ar/en/fr.
#include "TestSupport.h"

#include "catalogue/TableSpec.h"
#include "catalogue/Validation.h"

#include "exchange/CellReader.h"
#include "exchange/ColumnMapping.h"
#include "exchange/CountryNames.h"
#include "exchange/CsvReader.h"
#include "exchange/HxlTag.h"
#include "exchange/ImportRecord.h"
#include "exchange/TableReader.h"
#include "exchange/TextDecoder.h"
#include "search/ArabicText.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace dalil;

class TestExchangeRead : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(test::speakEnglish()); }
    void decodesEncodings_data();
    void decodesEncodings();
    void refusesUndetectableEncoding_data();
    void refusesUndetectableEncoding();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void parsesQuotedFieldsWithNewlines();
    void reportsUnclosedQuoteWithRow();
    void parsesAsACharacterLoopWould();
    void splitsListCells_data();
    void splitsListCells();
    void checksEmailsAndPhonesAsTheExpressions();
    void parsesHxlTags_data();
    void parsesHxlTags();
    void recognisesHeaders_data();
    void recognisesHeaders();
    void findsHeaderAndHashtagRows();
    void shortRowIsAnErrorNamingTheRow();
    void unknownHashtagIsAWarningNamingTheColumn();
    void sizeGuardRefusesBigFilesBeforeReading();
    void resolvesCountries_data();
    void resolvesCountries();
    void normalisesPhonesAndNumbers();
    void searchKeyFoldsSpellings();
    void savedMappingAppliesToSameHeaders();
};

void TestExchangeRead::decodesEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral("الاسم,المدينة\nجمعية الأمل للتنمية,عمّان\n");
    QTest::newRow("utf-8") << text.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QStringLiteral("UTF-8 (BOM)");
    QByteArray le("\xFF\xFE");
    QByteArray beNoBom;
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xFF));
        le.append(char(c.unicode() >> 8));
        beNoBom.append(char(c.unicode() >> 8));
        beNoBom.append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("utf-16le bom") << le << QStringLiteral("UTF-16LE");
    QTest::newRow("utf-16be without bom") << beNoBom << QStringLiteral("UTF-16BE");
    // What Excel on an Arabic Windows saves as "CSV", and the ISO code page: the same text.
    QTest::newRow("windows-1256") << QByteArray::fromHex(
                                         "c7e1c7d3e32cc7e1e3cfede4c90acce3daedc920c7e1c3e3e120e1e1"
                                         "cae4e3edc92cdae3f8c7e40a")
                                  << QStringLiteral("windows-1256");
    QTest::newRow("iso-8859-6") << QByteArray::fromHex(
                                       "c7e4c7d3e52cc7e4e5cfeae6c90acce5d9eac920c7e4c3e5e420e4e4"
                                       "cae6e5eac92cd9e5f1c7e60a")
                                << QStringLiteral("ISO-8859-6");
}

void TestExchangeRead::decodesEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.text, QStringLiteral("الاسم,المدينة\nجمعية الأمل للتنمية,عمّان\n"));
}

void TestExchangeRead::refusesUndetectableEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("symbols") << QByteArray(
        "name,city\n\xA2\xA3\xA4\xA5\xA6,\xA7\xA8\xA9\xAB\xAC\xAE\xB0\xB1\xB2\n");
    QTest::newRow("binary") << QByteArray("name\0\x01\x02\xFF\xFE\x80,x\n", 14);
}

void TestExchangeRead::refusesUndetectableEncoding()
{
    QFETCH(QByteArray, bytes);
    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("encoded")), qPrintable(result.error));
}

void TestExchangeRead::detectsDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n4,5,6\n") << QChar(u',');
    QTest::newRow("semicolon with commas inside")
        << QStringLiteral("nom;ville;note\nAmal;Tunis;a, b\nNour;Sfax;c\n") << QChar(u';');
    QTest::newRow("tab") << QStringLiteral("الاسم\tالمدينة\nأمل\tعمان\n") << QChar(u'\t');
    QTest::newRow("quoted comma fields, semicolon")
        << QStringLiteral("\"a,b\";c\n\"d,e\";f\n") << QChar(u';');
}

void TestExchangeRead::detectsDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
}

void TestExchangeRead::parsesQuotedFieldsWithNewlines()
{
    const QString text =
        QStringLiteral("name,note,city\r\n\"جمعية \"\"الأمل\"\"\",\"سطر أول\r\nسطر ثانٍ, مع فاصلة\",عمّان\r\n"
                       "Nour,,\"Beirut\"\r\n\r\n");
    const CsvReader::Result result = CsvReader::parse(text);
    QVERIFY(result.issues.isEmpty());
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.records[1][0], QStringLiteral("جمعية \"الأمل\""));
    QCOMPARE(result.records[1][1], QStringLiteral("سطر أول\nسطر ثانٍ, مع فاصلة"));
    QCOMPARE(result.records[1][2], QStringLiteral("عمّان"));
    QCOMPARE(result.records[2], (QStringList{QStringLiteral("Nour"), QString(), QStringLiteral("Beirut")}));
}

void TestExchangeRead::reportsUnclosedQuoteWithRow()
{
    const CsvReader::Result result = CsvReader::parse(QStringLiteral("a,b\n1,2\n3,\"open\n4,5\n"));
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().row, 3);
    QCOMPARE(result.issues.first().column, QStringLiteral("B"));
}

namespace {

// RFC 4180 as the reader followed it before it copied runs of characters at once: one character at
// a time. The two must split every text into the same records.
QList<QStringList> parseCharacterByCharacter(QStringView text, QChar sep)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStart = true;
    auto endField = [&] {
        record.append(field);
        field.clear();
        fieldStart = true;
    };
    auto endRecord = [&] {
        endField();
        records.append(record);
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r') {
                if (i + 1 < text.size() && text[i + 1] == u'\n') {
                    ++i;
                }
                field.append(u'\n');
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == sep) {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
                ++i;
            }
            endRecord();
        } else if (c == u'"' && fieldStart) {
            quoted = true;
            fieldStart = false;
        } else {
            field.append(c);
            fieldStart = false;
        }
    }
    if (!fieldStart || !record.isEmpty() || !field.isEmpty()) {
        endRecord();
    }
    while (!records.isEmpty() && std::all_of(records.last().cbegin(), records.last().cend(),
                                             [](const QString& cell) { return cell.trimmed().isEmpty(); })) {
        records.removeLast();
    }
    return records;
}

} // namespace

void TestExchangeRead::parsesAsACharacterLoopWould()
{
    // Texts made of the characters that matter to the parser (quotes next to delimiters, quotes
    // inside unquoted fields and after closing quotes, CR, LF and CRLF inside and outside quotes,
    // Arabic letters), a few thousand of them, and a few written out.
    const QChar alphabet[] = {u'a', u'ب', u',', u';', u'"', u'"', u'\n', u'\r', u' ', u'\u060C'};
    QStringList texts = {QStringLiteral("a,\"b\"c,d\n"), QStringLiteral("\"a\"\"\",\"\"\r\n\"x\ry\"z,\"\n"),
                         QStringLiteral("ab\"c\",d\r\r\n,,\n"), QStringLiteral("\"\"\"\""),
                         QStringLiteral("a,b\n1,\"2\r\n3\"\n\n")};
    QRandomGenerator random(11);
    for (int t = 0; t < 4000; ++t) {
        QString text;
        const int length = int(random.bounded(40));
        for (int i = 0; i < length; ++i) {
            text.append(alphabet[random.bounded(int(std::size(alphabet)))]);
        }
        texts.append(text);
    }
    for (const QString& text : texts) {
        for (const QChar sep : {QChar(u','), QChar(u';')}) {
            const CsvReader::Result result = CsvReader::parse(text, sep);
            const QList<QStringList> expected = parseCharacterByCharacter(text, sep);
            QVERIFY2(result.records == expected, qPrintable(QStringLiteral("text: %1").arg(text)));
        }
    }
}

void TestExchangeRead::splitsListCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("emails");
    QTest::newRow("one") << QStringLiteral(" a@example.org ") << QStringList{QStringLiteral("a@example.org")};
    QTest::newRow("separators in runs")
        << QStringLiteral("a@example.org ;; b@example.org|\r\nc@example.org ؛ d@example.org")
        << QStringList{QStringLiteral("a@example.org"), QStringLiteral("b@example.org"),
                       QStringLiteral("c@example.org"), QStringLiteral("d@example.org")};
    QTest::newRow("commas, Arabic commas, empty items")
        << QStringLiteral(",a@example.org,، b@example.org , ,;")
        << QStringList{QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
    QTest::newRow("only separators") << QStringLiteral(" ; , | ") << QStringList();
}

void TestExchangeRead::splitsListCells()
{
    QFETCH(QString, cell);
    QFETCH(QStringList, emails);
    const CellReader reader(nullptr);
    ImportRecord organisation(tables::organisation());
    ImportRecord office(tables::location());
    ImportRecord contact(tables::contact());
    QString warning;
    QCOMPARE(reader.read(ImportField::Email, cell, {&organisation, &office, &contact}, &warning), QString());
    QCOMPARE(contact.list("emails"), emails);
}

void TestExchangeRead::checksEmailsAndPhonesAsTheExpressions()
{
    // validation::isEmail and isE164Phone check ASCII text with a loop of their own: it must accept
    // exactly what their regular expressions accept.
    const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$"));
    const QRegularExpression phone(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    const QChar alphabet[] = {u'a', u'Z', u'0', u'1', u'9',  u'+', u'@',
                              u'.', u'.', u'-', u' ', u'\n', u'é', u'\u00A0'};
    QStringList texts = {QStringLiteral("a@b.cc"),
                         QStringLiteral("a@.b.cc"),
                         QStringLiteral("a@b.c"),
                         QStringLiteral("@b.cc"),
                         QStringLiteral("a@b@c.cc"),
                         QStringLiteral("a@b..cc"),
                         QStringLiteral("a@b.cc\n"),
                         QStringLiteral("a@b.cc "),
                         QStringLiteral("+9611234567"),
                         QStringLiteral("+0611234567"),
                         QStringLiteral("+123456"),
                         QStringLiteral("+1234567"),
                         QStringLiteral("+123456789012345"),
                         QStringLiteral("+1234567890123456"),
                         QStringLiteral("+9611234567\n"),
                         QStringLiteral("9611234567"),
                         QString()};
    QRandomGenerator random(5);
    for (int t = 0; t < 20000; ++t) {
        QString text;
        const int length = int(random.bounded(18));
        for (int i = 0; i < length; ++i) {
            text.append(alphabet[random.bounded(int(std::size(alphabet)))]);
        }
        if (random.bounded(2) == 0) {
            text.prepend(u'+');
        }
        texts.append(text);
    }
    for (const QString& text : texts) {
        QVERIFY2(validation::isEmail(text) == email.match(text).hasMatch(), qPrintable(text));
        QVERIFY2(validation::isE164Phone(text) == phone.match(text).hasMatch(), qPrintable(text));
    }
}

void TestExchangeRead::parsesHxlTags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("use");
    const int imported = int(HxlTag::Use::Imported);
    QTest::newRow("org") << "#org" << int(ImportField::Name) << imported;
    QTest::newRow("org+name+i_ar") << "#org +name +i_ar" << int(ImportField::NameAr) << imported;
    QTest::newRow("org+i_en") << "#org+i_en" << int(ImportField::NameEn) << imported;
    QTest::newRow("org+acronym") << "#org+acronym" << int(ImportField::Acronym) << imported;
    QTest::newRow("org+type") << "#org+type" << int(ImportField::Type) << imported;
    QTest::newRow("org+code") << "#org+code" << int(ImportField::RegistrationId) << imported;
    QTest::newRow("sector") << "#sector+name" << int(ImportField::Sectors) << imported;
    QTest::newRow("adm1+name") << "#adm1+name" << int(ImportField::Admin1) << imported;
    QTest::newRow("adm1+code") << "#adm1+code" << int(ImportField::Admin1Pcode) << imported;
    QTest::newRow("country+code") << "#country+code" << int(ImportField::Country) << imported;
    QTest::newRow("geo+lat") << "#geo+lat" << int(ImportField::Lat) << imported;
    QTest::newRow("geo+lon") << "#geo+lon" << int(ImportField::Lon) << imported;
    QTest::newRow("contact+email") << "#contact+email" << int(ImportField::Email) << imported;
    QTest::newRow("contact+phone") << "#contact+phone" << int(ImportField::Phone) << imported;
    QTest::newRow("legacy lat_deg") << "#lat_deg" << int(ImportField::Lat) << imported;
    QTest::newRow("legacy lon_deg") << "#lon_deg" << int(ImportField::Lon) << imported;
    QTest::newRow("indicator") << "#indicator+value" << int(ImportField::Ignore) << int(HxlTag::Use::NotUsed);
    QTest::newRow("unknown") << "#frobnicate+x" << int(ImportField::Ignore) << int(HxlTag::Use::Unknown);
}

void TestExchangeRead::parsesHxlTags()
{
    QFETCH(QString, text);
    QFETCH(int, field);
    QFETCH(int, use);
    const HxlTag tag = HxlTag::parse(text);
    QVERIFY(tag.isValid());
    HxlTag::Use how = HxlTag::Use::Unknown;
    QCOMPARE(int(tag.field(&how)), field);
    QCOMPARE(int(how), use);
    QVERIFY(!HxlTag::parse(QStringLiteral("# not a tag")).isValid());
    QVERIFY(!HxlTag::parse(QStringLiteral("Organisation")).isValid());
}

void TestExchangeRead::recognisesHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field");
    const struct
    {
        const char* header;
        ImportField field;
    } rows[] = {
        {"Organisation name", ImportField::Name},
        {"Nom de l'organisation", ImportField::Name},
        {"اسم المنظمة", ImportField::Name},
        {"Name (Arabic)", ImportField::NameAr},
        {"الاسم بالإنجليزية", ImportField::NameEn},
        {"Nom en arabe", ImportField::NameAr},
        {"name_fr", ImportField::NameFr},
        {"Sector (English)", ImportField::Sectors},
        {"القطاع", ImportField::Sectors},
        {"Secteurs", ImportField::Sectors},
        {"Organisation URL", ImportField::Website},
        {"Country name", ImportField::Country},
        {"Pays", ImportField::Country},
        {"البلد", ImportField::Country},
        {"Admin level 1", ImportField::Admin1},
        {"المحافظة", ImportField::Admin1},
        {"Latitude", ImportField::Lat},
        {"خط الطول", ImportField::Lon},
        {"E-mail", ImportField::Email},
        {"Courriel", ImportField::Email},
        {"البريد الإلكتروني", ImportField::Email},
        {"Contact person e-mail", ImportField::Email},
        {"Téléphone", ImportField::Phone},
        {"رقم الهاتف", ImportField::Phone},
        {"Personne de contact", ImportField::ContactName},
        {"رقم التسجيل", ImportField::RegistrationId},
        {"Année de création", ImportField::Founded},
        {"Sigle", ImportField::Acronym},
        {"Favourite colour", ImportField::Ignore},
    };
    for (const auto& row : rows) {
        QTest::newRow(row.header) << QString::fromUtf8(row.header) << int(row.field);
    }
}

void TestExchangeRead::recognisesHeaders()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    QCOMPARE(int(ColumnMapping::recogniseHeader(header)), field);
}

void TestExchangeRead::findsHeaderAndHashtagRows()
{
    SourceTable table;
    table.file = QStringLiteral("3w.csv");
    ImportIssues issues;
    const QList<QStringList> grid = {
        {QStringLiteral("Pays"), QStringLiteral("Organisation"), QStringLiteral("Secteur"), QString()},
        {QStringLiteral("#country"), QStringLiteral("#org+name"), QStringLiteral("#sector"), QString()},
        {QStringLiteral("Liban"), QStringLiteral("Amel"), QStringLiteral("Santé"), QString()},
        {QString(), QString(), QString(), QString()},
        {QStringLiteral("Jordanie"), QStringLiteral("JOHUD"), QStringLiteral("Éducation"), QString()},
    };
    TableReader::shape(grid, 1, table, issues, false);
    QVERIFY(issues.isEmpty());
    QCOMPARE(table.headerRow, 1);
    QCOMPARE(table.hxlRow, 2);
    QCOMPARE(table.columnCount(), 3); // the empty trailing column is padding
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows[1].number, 5);
    const ColumnMapping mapping = ColumnMapping::detect(table);
    QCOMPARE(mapping.field(0), ImportField::Country);
    QCOMPARE(mapping.source(0), ColumnMapping::Source::Hxl);
    QCOMPARE(mapping.field(1), ImportField::Name);
    QCOMPARE(mapping.field(2), ImportField::Sectors);
}

void TestExchangeRead::shortRowIsAnErrorNamingTheRow()
{
    SourceTable table;
    table.file = QStringLiteral("/tmp/partners.csv");
    ImportIssues issues;
    QStringList header;
    for (int i = 0; i < 10; ++i) {
        header.append(QStringLiteral("c%1").arg(i));
    }
    TableReader::shape({header, QStringList(10, QStringLiteral("x")), {"a", "b", "c"}}, 1, table, issues,
                       false);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().row, 3);
    const QString text = issues.first().toString();
    QVERIFY2(text.startsWith(QLatin1String("partners.csv, row 3: ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("3 values")) && text.contains(QLatin1String("10 columns")),
             qPrintable(text));
}

void TestExchangeRead::unknownHashtagIsAWarningNamingTheColumn()
{
    SourceTable table;
    table.file = QStringLiteral("3w.csv");
    ImportIssues issues;
    TableReader::shape({{QStringLiteral("Org"), QStringLiteral("Mystery")},
                        {QStringLiteral("#org"), QStringLiteral("#wibble+x")},
                        {QStringLiteral("Amel"), QStringLiteral("42")}},
                       1, table, issues, false);
    const ColumnMapping mapping = ColumnMapping::detect(table, &issues);
    QCOMPARE(mapping.field(1), ImportField::Ignore);
    QCOMPARE(issues.size(), 1);
    QVERIFY(!issues.first().isError());
    QCOMPARE(issues.first().row, 2);
    QCOMPARE(issues.first().column, QStringLiteral("Mystery"));
    QVERIFY(issues.first().message.contains(QLatin1String("#wibble+x")));
}

void TestExchangeRead::sizeGuardRefusesBigFilesBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray line = QStringLiteral("جمعية,عمان\n").toUtf8();
    for (int i = 0; i < 20000; ++i) {
        file.write(line);
    }
    file.close();
    TableReader::Options options;
    options.maxBytes = 64 * 1024;
    const TableReader::Result result = TableReader::read(path, options);
    QVERIFY(result.tables.isEmpty());
    QCOMPARE(result.issues.size(), 1);
    QVERIFY2(result.issues.first().toString().startsWith(QLatin1String("big.csv: the file is ")),
             qPrintable(result.issues.first().toString()));
    options.maxBytes = TableReader::kDefaultMaxBytes;
    QCOMPARE(TableReader::read(path, options).tables.size(), 1);
}

void TestExchangeRead::resolvesCountries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("approximate");
    QTest::newRow("code") << "JO"
                          << "JO" << false;
    QTest::newRow("alpha-3") << "LBN"
                             << "LB" << false;
    QTest::newRow("english") << "Lebanon"
                             << "LB" << false;
    QTest::newRow("french") << "Égypte"
                            << "EG" << false;
    QTest::newRow("french no accent") << "egypte"
                                      << "EG" << false;
    QTest::newRow("arabic") << "الأردن"
                            << "JO" << false;
    QTest::newRow("arabic hamza-less") << "الاردن"
                                       << "JO" << false;
    QTest::newRow("typo") << "Congo (Brazaville)"
                          << "CG" << true;
    QTest::newRow("not a country") << "Mali Situation"
                                   << "" << false;
}

void TestExchangeRead::resolvesCountries()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(bool, approximate);
    const CountryNames::Match match = CountryNames::resolve(text);
    QCOMPARE(match.code, code);
    QCOMPARE(match.approximate, approximate);
}

void TestExchangeRead::normalisesPhonesAndNumbers()
{
    QString error;
    QCOMPARE(CellReader::normalisePhone(QStringLiteral("+961 1 234 567"), QString(), &error),
             QStringLiteral("+9611234567"));
    QCOMPARE(CellReader::normalisePhone(QStringLiteral("00962-6-5551234"), QString(), &error),
             QStringLiteral("+96265551234"));
    QCOMPARE(CellReader::normalisePhone(QStringLiteral("٠١٠١٢٣٤٥٦٧٨"), QStringLiteral("EG"), &error),
             QStringLiteral("+201012345678"));
    QVERIFY(error.isEmpty());
    QVERIFY(CellReader::normalisePhone(QStringLiteral("06 555 1234"), QString(), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("country code")));
    double value = 0;
    QVERIFY(CellReader::parseNumber(QStringLiteral("٣٣٫٨٩"), &value));
    QCOMPARE(value, 33.89);
    QVERIFY(CellReader::parseNumber(QStringLiteral("35,5"), &value));
    QCOMPARE(value, 35.5);
    QVERIFY(!CellReader::parseNumber(QStringLiteral("north"), &value));
}

void TestExchangeRead::searchKeyFoldsSpellings()
{
    QCOMPARE(ArabicText::normalise(QStringLiteral("جَمْعِيَّة الأمل")),
             ArabicText::normalise(QStringLiteral("جمعيه الامل")));
    QCOMPARE(ArabicText::normalise(QStringLiteral("مؤسسة إنقاذ الطفل")),
             ArabicText::normalise(QStringLiteral("موسسه انقاذ الطفل")));
    QCOMPARE(ArabicText::normalise(QStringLiteral("Save The Children")),
             ArabicText::normalise(QStringLiteral("save the children")));
    QCOMPARE(ArabicText::normalise(QStringLiteral("Solidarités")), QStringLiteral("solidarites"));
    QVERIFY(ArabicText::normalise(QStringLiteral("الأمل")) != ArabicText::normalise(QStringLiteral("الأمن")));
}

void TestExchangeRead::savedMappingAppliesToSameHeaders()
{
    SourceTable table;
    table.headers = {QStringLiteral("الجهة"), QStringLiteral("ملاحظات")};
    ColumnMapping mapping = ColumnMapping::detect(table);
    QCOMPARE(mapping.field(1), ImportField::Ignore);
    mapping.set(1, ImportField::DescriptionAr);
    const QJsonObject saved = mapping.toJson(table);
    ColumnMapping fresh = ColumnMapping::detect(table);
    QCOMPARE(fresh.applySaved(saved, table), 2);
    QCOMPARE(fresh.field(1), ImportField::DescriptionAr);
    QCOMPARE(ColumnMapping::signature(table).size(), 16);
}

QTEST_GUILESS_MAIN(TestExchangeRead)
#include "tst_exchange_read.moc"
