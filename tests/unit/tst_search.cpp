#include "TestSupport.h"

#include "catalogue/Catalogue.h"
#include "catalogue/SampleCatalogue.h"
#include "catalogue/SqlStatement.h"
#include "catalogue/TextHashMap.h"
#include "search/ArabicText.h"
#include "search/SavedSearches.h"
#include "search/SearchEngine.h"
#include "search/SearchIndex.h"
#include "search/SearchResultModel.h"
#include "search/SearchService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace dalil;

namespace {

QString sampleId(const char* key)
{
    return SampleCatalogue::idFor(QStringLiteral("organisation"), QLatin1String(key));
}

SearchQuery textQuery(const QString& text, int limit = 20)
{
    SearchQuery q;
    q.text = text;
    q.limit = limit;
    return q;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void normalise_data();
    void normalise();
    void skeletonsMeetAcrossScripts_data();
    void skeletonsMeetAcrossScripts();
    void editDistances();
    void textHashMapAgreesWithQHash();

    void findsFirst_data();
    void findsFirst();
    void arabicOnlyNameFoundFromLatin();
    void digitsInEitherScript();
    void correctionIsMarked();
    void emptyQueryListsEverything();
    void syntaxCharactersAreText_data();
    void syntaxCharactersAreText();
    void longQuery();

    void filters_data();
    void filters();
    void bboxAndDistance();
    void facetsEqualBruteForce_data();
    void facetsEqualBruteForce();

    void indexFollowsWrites();
    void documentsFollowOrganisationRename();
    void documentKeepsTheRecordsOrder();
    void documentOfAnArabicRecord();
    void bulkWritesMarkStaleAndRebuild();
    void savedSearches();
    void cliSearchJson();
    void cliSavedSearch();
    void cliBadInput();
    void modelPagesThroughService();

private:
    // Every hit of a query (all pages).
    QList<SearchHit> all(SearchQuery q);
    QJsonObject organisation(const QString& id);
    QSet<QString> officeCountries(const QString& id);
    // Facet counts of the query compared with counts made record by record over its hits.
    void compareFacetsWithRecords(const SearchQuery& q);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<SearchEngine> m_engine;
    QString m_arabicOnlyId;
};

void TestSearch::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("sample.dalil"));
    auto created = SampleCatalogue::createAt(m_path);
    QVERIFY2(created.catalogue, qPrintable(created.error));
    m_catalogue = std::move(created.catalogue);
    // An organisation known only by an Arabic transcription of a Latin name.
    m_arabicOnlyId = m_catalogue->organisations().save(
        QJsonObject{{QStringLiteral("name_ar"), QStringLiteral("سيف ذا تشيلدرن – فرع الإسكندرية")},
                    {QStringLiteral("type"), QStringLiteral("22")},
                    {QStringLiteral("countries"), QJsonArray{QStringLiteral("EG")}}});
    m_engine = std::make_unique<SearchEngine>(m_catalogue->database());
}

void TestSearch::normalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("harakat") << QStringLiteral("الهلالُ الأحمرُ") << QStringLiteral("الهلال الاحمر");
    QTest::newRow("tatweel") << QStringLiteral("الهـــلال") << QStringLiteral("الهلال");
    QTest::newRow("hamza forms") << QStringLiteral("أإآٱ مؤسسة رئيس") << QStringLiteral("اااا موسسه رييس");
    QTest::newRow("alef maqsura, taa marbuta")
        << QStringLiteral("مستشفى جمعية") << QStringLiteral("مستشفي جمعيه");
    QTest::newRow("persian letters") << QStringLiteral("کتاب یاری") << QStringLiteral("كتاب ياري");
    QTest::newRow("arabic-indic digits") << QStringLiteral("٢٠٢٦") << QStringLiteral("2026");
    QTest::newRow("extended digits") << QStringLiteral("۲۰۲۶") << QStringLiteral("2026");
    QTest::newRow("quranic marks") << QStringLiteral("ٱلرَّحْمَٰنِ ۖ") << QStringLiteral("الرحمن");
    QTest::newRow("presentation forms") << QStringLiteral("ﻻ ﷲ") << QStringLiteral("لا الله");
    QTest::newRow("latin accents and case")
        << QStringLiteral("Médecins Sans Frontières") << QStringLiteral("medecins sans frontieres");
    QTest::newRow("punctuation and fts syntax")
        << QStringLiteral("\"WFP\" (NEAR) -x* ،؟") << QStringLiteral("wfp near x");
    QTest::newRow("apostrophe keeps a word")
        << QStringLiteral("Sana'a Ta’awon") << QStringLiteral("sanaa taawon");
    QTest::newRow("mixed scripts") << QStringLiteral("تحالف Moving Minds")
                                   << QStringLiteral("تحالف moving minds");
    QTest::newRow("joiners dropped") << QStringLiteral("می‌خواهم") << QStringLiteral("ميخواهم");
}

void TestSearch::normalise()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ArabicText::normalise(input), expected);
    QCOMPARE(ArabicText::normalise(expected), expected); // idempotent
}

void TestSearch::skeletonsMeetAcrossScripts_data()
{
    QTest::addColumn<QString>("latin");
    QTest::addColumn<QString>("arabic");
    QTest::newRow("hilal") << QStringLiteral("hilal") << QStringLiteral("الهلال");
    QTest::newRow("ahmar") << QStringLiteral("ahmar") << QStringLiteral("الأحمر");
    QTest::newRow("save") << QStringLiteral("save") << QStringLiteral("سيف");
    QTest::newRow("children") << QStringLiteral("children") << QStringLiteral("تشيلدرن");
    QTest::newRow("beirut") << QStringLiteral("Beirut") << QStringLiteral("بيروت");
    QTest::newRow("amman") << QStringLiteral("Amman") << QStringLiteral("عمّان");
    QTest::newRow("gaza") << QStringLiteral("Gaza") << QStringLiteral("غزة");
    QTest::newRow("qatar") << QStringLiteral("Qatar") << QStringLiteral("قطر");
    QTest::newRow("mohammed") << QStringLiteral("Mohammed") << QStringLiteral("محمد");
    QTest::newRow("jamaiya") << QStringLiteral("jamaiya") << QStringLiteral("جمعية");
}

void TestSearch::skeletonsMeetAcrossScripts()
{
    QFETCH(QString, latin);
    QFETCH(QString, arabic);
    const QString fromLatin = ArabicText::skeleton(ArabicText::normalise(latin));
    const QString fromArabic = ArabicText::skeleton(ArabicText::stripClitic(ArabicText::normalise(arabic)));
    QVERIFY(!fromLatin.isEmpty());
    QCOMPARE(fromArabic, fromLatin);
    QVERIFY(ArabicText::skeleton(QStringLiteral("beirut")) != ArabicText::skeleton(QStringLiteral("cairo")));
}

void TestSearch::editDistances()
{
    QCOMPARE(ArabicText::editDistance(QStringLiteral("cresent"), QStringLiteral("crescent"), 2), 1);
    QCOMPARE(ArabicText::editDistance(QStringLiteral("الاحمز"), QStringLiteral("الاحمر"), 2), 1);
    QCOMPARE(ArabicText::editDistance(QStringLiteral("hlealth"), QStringLiteral("health"), 2), 1);
    QCOMPARE(ArabicText::editDistance(QStringLiteral("haelth"), QStringLiteral("health"), 2), 1); // swap
    QCOMPARE(ArabicText::editDistance(QStringLiteral("abc"), QStringLiteral("xyz"), 1), 2);
    QCOMPARE(ArabicText::prefixEditDistance(QStringLiteral("cresen"), QStringLiteral("crescent"), 1), 1);
    QCOMPARE(ArabicText::typoBudget(3), 0);
    QCOMPARE(ArabicText::typoBudget(5), 1);
    QCOMPARE(ArabicText::typoBudget(9), 2);
}

// The documents' token tables (TextHashMap) against QHash over the kind of tokens an import makes:
// Arabic with and without diacritics, Latin, Arabic-Indic digits, every length up to 40 units (the
// hash reads 16, 8 and fewer bytes at a time), keys that differ only in their last unit, the empty
// token; looked up through views of other buffers, as the documents' builder does.
void TestSearch::textHashMapAgreesWithQHash()
{
    const QString letters = QStringLiteral("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةَُِّْ٠١٢٣٤٥٦٧٨٩abcxyzé-");
    QRandomGenerator random(20261128);
    QStringList tokens{QString(), QStringLiteral("الهلال"), QStringLiteral("الهلال الأحمر"),
                       QStringLiteral("Croissant-Rouge"), QStringLiteral("١٢٣")};
    for (int length = 1; length <= 40; ++length) {
        for (int i = 0; i < 400; ++i) {
            QString token;
            for (int j = 0; j < length; ++j) {
                token.append(letters.at(int(random.bounded(quint32(letters.size())))));
            }
            tokens.append(token);
            QString neighbour = token;
            neighbour[length - 1] = QChar(neighbour.at(length - 1).unicode() + 1);
            tokens.append(neighbour);
        }
    }
    TextHashMap<int> map;
    QHash<QString, int> oracle;
    for (const QString& token : std::as_const(tokens)) {
        ++map[token];
        ++oracle[token];
    }
    QCOMPARE(map.size(), std::size_t(oracle.size()));
    QHash<QString, int> seen;
    for (const TextHashMap<int>::Entry& entry : map.entries()) {
        QVERIFY2(!seen.contains(entry.key), qPrintable(entry.key));
        seen.insert(entry.key, entry.value);
    }
    QCOMPARE(seen, oracle);
    // Looked up through a view into a longer text, copying nothing; the first insertion order kept.
    for (auto it = oracle.cbegin(); it != oracle.cend(); ++it) {
        const QString padded = QStringLiteral("«") + it.key() + QStringLiteral("»");
        const QStringView view = QStringView(padded).mid(1, it.key().size());
        const int* count = map.find(view);
        QVERIFY2(count, qPrintable(it.key()));
        QCOMPARE(*count, it.value());
    }
    QCOMPARE(map.entries().front().key, QString());
    QCOMPARE(map.entries()[1].key, QStringLiteral("الهلال"));
    QVERIFY(!map.find(QStringLiteral("الهلال ")));
    QVERIFY(!map.find(QStringLiteral("الهلا")));
    QVERIFY(!map.find(QStringLiteral("الهلاَل")));
    // A key inserted from a view owns its copy: the buffer it came from may go.
    {
        QString buffer = QStringLiteral("جمعية تنموية");
        map[QStringView(buffer).left(5)] = -1;
        buffer.fill(QLatin1Char('x'));
    }
    QCOMPARE(*map.find(QStringLiteral("جمعية")), -1);
    map.clear();
    QVERIFY(map.isEmpty());
    QVERIFY(!map.find(QStringLiteral("الهلال")));
    map[QStringLiteral("الهلال")] = 7;
    QCOMPARE(*map.find(QStringLiteral("الهلال")), 7);
}

void TestSearch::findsFirst_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("key");
    for (const char* q :
         {"الهلال الاحمر", "الهلالُ الأحمرُ", "الهـلال", "هلال", "hilal ahmar", "Egyptian Red Crescent",
          "egyptian red cresent", "الهلال الاحمز", "ERC", "erc", "الهلال الأحمر المصري", "egypt red cres"}) {
        QTest::newRow(q) << QString::fromUtf8(q) << QStringLiteral("erc");
    }
    QTest::newRow("انقاذ الطفل") << QStringLiteral("انقاذ الطفل") << QStringLiteral("save-the-children");
    QTest::newRow("save the children")
        << QStringLiteral("save the children") << QStringLiteral("save-the-children");
    QTest::newRow("IFRC") << QStringLiteral("IFRC") << QStringLiteral("ifrc-mena");
    QTest::newRow("WFP") << QStringLiteral("WFP") << QStringLiteral("wfp-mena");
    QTest::newRow("as typed: برنامج الاغذ") << QStringLiteral("برنامج الاغذ") << QStringLiteral("wfp-mena");
    QTest::newRow("Médecins") << QStringLiteral("medecins sans") << QStringLiteral("msf");
}

void TestSearch::findsFirst()
{
    QFETCH(QString, query);
    QFETCH(QString, key);
    const SearchResults results = m_engine->search(textQuery(query));
    QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
    QVERIFY2(!results.hits.isEmpty(), qPrintable(query));
    QCOMPARE(results.hits.first().id, sampleId(key.toUtf8().constData()));
    QCOMPARE(results.hits.first().kind, EntityKind::Organisation);
}

void TestSearch::arabicOnlyNameFoundFromLatin()
{
    const SearchResults results = m_engine->search(textQuery(QStringLiteral("save the children")));
    QStringList ids;
    for (const SearchHit& hit : results.hits) {
        ids.append(hit.id);
    }
    QVERIFY2(ids.contains(m_arabicOnlyId), "the skeleton key should find سيف ذا تشيلدرن");
    // ... ranked after the record that has the words themselves.
    QVERIFY(ids.indexOf(sampleId("save-the-children")) < ids.indexOf(m_arabicOnlyId));
    const SearchResults reverse = m_engine->search(textQuery(QStringLiteral("موفينج مايندز")));
    QVERIFY(!reverse.hits.isEmpty());
    QCOMPARE(reverse.hits.first().id, sampleId("mma"));
}

void TestSearch::digitsInEitherScript()
{
    auto ids = [&](const QString& text) {
        QStringList out;
        for (const SearchHit& hit : all(textQuery(text))) {
            out.append(hit.id);
        }
        return out;
    };
    const QStringList latin = ids(QStringLiteral("2026"));
    QVERIFY(latin.size() >= 3);
    QCOMPARE(ids(QStringLiteral("٢٠٢٦")), latin);
    QCOMPARE(ids(QStringLiteral("۲۰۲۶")), latin);
}

void TestSearch::correctionIsMarked()
{
    const SearchResults latin = m_engine->search(textQuery(QStringLiteral("egyptian red cresent")));
    QVERIFY(latin.corrected());
    QCOMPARE(latin.correctedText, QStringLiteral("egyptian red crescent"));
    QVERIFY(latin.correctionNotice().contains(QStringLiteral("egyptian red crescent")));
    const SearchResults arabic = m_engine->search(textQuery(QStringLiteral("الهلال الاحمز")));
    QCOMPARE(arabic.correctedText, QStringLiteral("الهلال الاحمر"));
    // Found as typed: no correction.
    QVERIFY(!m_engine->search(textQuery(QStringLiteral("egyptian red crescent"))).corrected());
    // Without typo tolerance nothing is corrected (the misspelling finds nothing as a word).
    SearchQuery strict = textQuery(QStringLiteral("egyptian red crecsent"));
    strict.typoTolerance = false;
    const SearchResults none = m_engine->search(strict);
    QVERIFY(!none.corrected());
    QVERIFY(none.hits.isEmpty());
    strict.typoTolerance = true;
    QCOMPARE(m_engine->search(strict).correctedText, QStringLiteral("egyptian red crescent"));
}

void TestSearch::emptyQueryListsEverything()
{
    SearchQuery q = textQuery(QString(), 1000);
    const SearchResults everything = m_engine->search(q, true);
    const qint64 records = m_catalogue->organisations().count() + m_catalogue->funding().count() +
                           m_catalogue->resources().count() + m_catalogue->events().count();
    QCOMPARE(qint64(everything.hits.size()), records);
    QCOMPARE(everything.facets.total, records);
    QVERIFY(!everything.more);
    q.countries = {QStringLiteral("JO")};
    q.kinds = {EntityKind::Organisation};
    const SearchResults jordan = m_engine->search(q, true);
    QVERIFY(!jordan.hits.isEmpty());
    QCOMPARE(jordan.facets.total, qint64(jordan.hits.size()));
    for (const SearchHit& hit : jordan.hits) {
        const QJsonObject org = organisation(hit.id);
        QVERIFY(org.value(QLatin1String("countries")).toArray().contains(QStringLiteral("JO")) ||
                officeCountries(hit.id).contains(QStringLiteral("JO")));
    }
    // Paging walks the same list.
    SearchQuery page = q;
    page.limit = 3;
    page.offset = 3;
    const SearchResults second = m_engine->search(page);
    QCOMPARE(second.hits.size(), 3);
    QCOMPARE(second.hits.first().id, jordan.hits.at(3).id);
}

void TestSearch::syntaxCharactersAreText_data()
{
    QTest::addColumn<QString>("query");
    for (const char* q :
         {"\"", "\"\"", "*",        "-",    "NEAR", "NEAR(",   "(", ")",  "a OR", "AND", "NOT", "^",
          ":",  "{}",   "\"الهلال", "erc*", "-erc", "col:erc", "'", "\\", "%",    "_",   "\x01"}) {
        QTest::newRow(q) << QString::fromUtf8(q);
    }
}

void TestSearch::syntaxCharactersAreText()
{
    QFETCH(QString, query);
    const SearchResults results = m_engine->search(textQuery(query), true);
    QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
    if (ArabicText::normalise(query) == QLatin1String("erc")) {
        QVERIFY(!results.hits.isEmpty());
        QCOMPARE(results.hits.first().id, sampleId("erc"));
    }
}

void TestSearch::longQuery()
{
    QString text;
    while (text.size() < 10000) {
        text += QStringLiteral("الهلال الأحمر Egyptian (\"* ");
    }
    QCOMPARE(text.size() >= 10000, true);
    const SearchResults results = m_engine->search(textQuery(text), true);
    QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
    QVERIFY(!results.hits.isEmpty());
    QCOMPARE(results.hits.first().id, sampleId("erc"));
    const SearchResults oneWord = m_engine->search(textQuery(QString(10000, QChar(0x0628))));
    QVERIFY(oneWord.error.isEmpty());
}

QList<SearchHit> TestSearch::all(SearchQuery q)
{
    q.limit = 100000;
    q.offset = 0;
    return m_engine->search(q).hits;
}

QJsonObject TestSearch::organisation(const QString& id)
{
    return m_catalogue->organisations().find(id).value_or(QJsonObject());
}

QSet<QString> TestSearch::officeCountries(const QString& id)
{
    QSet<QString> out;
    for (const QJsonObject& office : m_catalogue->locations().where("organisation_id", id)) {
        out.insert(office.value(QLatin1String("country")).toString());
    }
    return out;
}

namespace {

// Filters written as a brute-force predicate over the records, independent of the index.
struct BruteForce
{
    std::function<bool(Catalogue&, const SearchHit&, const QJsonObject&)> keep;
};

bool listHas(const QJsonObject& record, const char* field, const QString& value)
{
    return record.value(QLatin1String(field)).toArray().contains(value);
}

} // namespace

void TestSearch::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("queryJson");
    QTest::addColumn<QString>("expectation"); // a name for the brute-force rule
    QTest::newRow("country") << QString() << R"({"countries":["LB"],"kinds":["organisation"]})"
                             << "country LB";
    QTest::newRow("country+text") << "الصحة"
                                  << R"({"countries":["JO"],"kinds":["organisation"]})"
                                  << "country JO";
    QTest::newRow("sector") << QString() << R"({"sectors":["child-protection"]})"
                            << "sector child-protection";
    QTest::newRow("type") << QString() << R"({"types":["40"]})"
                          << "type 40";
    QTest::newRow("sector+type+country") << "health"
                                         << R"({"sectors":["health"],"types":["22"],"countries":["EG","LB"]})"
                                         << "sector health, type 22, country EG|LB";
    QTest::newRow("language") << QString() << R"({"languages":["fr"],"kinds":["organisation"]})"
                              << "language fr";
    QTest::newRow("admin1") << QString() << R"({"admin1":["Cairo"]})"
                            << "admin1 Cairo";
    QTest::newRow("city arabic name of latin city") << QString() << R"({"cities":["Beirut"]})"
                                                    << "city Beirut";
    QTest::newRow("network") << QString() << R"({"networks":["@mena-aa-cop"]})"
                             << "network mena-aa-cop";
    QTest::newRow("partner") << QString() << R"({"partner_of":"@erc"})"
                             << "partner erc";
    QTest::newRow("deadline") << QString() << R"({"deadline_from":"2026-01-01","deadline_to":"2026-12-31"})"
                              << "deadline 2026";
    QTest::newRow("amount") << QString() << R"({"amount_at_least":100000})"
                            << "amount >= 100000";
    QTest::newRow("resource kind+year") << QString() << R"({"resource_kinds":["report"],"year_from":2024})"
                                        << "report since 2024";
    QTest::newRow("events in 2026") << QString() << R"({"events_from":"2026-01-01","events_to":"2026-12-31"})"
                                    << "events 2026";
    QTest::newRow("amount at most") << QString() << R"({"amount_at_most":10000})"
                                    << "amount <= 10000";
    QTest::newRow("funding: country+sector+deadline")
        << QString() << R"({"countries":["LB"],"sectors":["human-rights"],"deadline_to":"2026-12-31"})"
        << "funding LB human-rights by 2026";
    QTest::newRow("funding: text+amount window") << "منح"
                                                 << R"({"amount_at_least":50000,"amount_at_most":100000})"
                                                 << "funding 50000..100000";
    QTest::newRow("resources: language+sector")
        << QString() << R"({"languages":["ar"],"sectors":["child-protection"],"kinds":["resource"]})"
        << "resource ar child-protection";
    QTest::newRow("events: city+dates")
        << QString() << R"({"cities":["Dubai"],"events_from":"2024-01-01","events_to":"2024-12-31"})"
        << "events Dubai 2024";
    QTest::newRow("visible area+sector")
        << QString() << R"({"bbox":[34.0,29.0,37.0,34.7],"sectors":["health"]})"
        << "area Levant, health";
    QTest::newRow("near+type") << QString() << R"({"near":[33.8938,35.5018,50],"types":["22"]})"
                               << "50 km of Beirut, type 22";
    QTest::newRow("unknown value") << QString() << R"({"countries":["ZZ"]})"
                                   << "nothing";
}

void TestSearch::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, queryJson);
    QFETCH(QString, expectation);
    QString json = queryJson;
    json.replace(QLatin1String("@mena-aa-cop"), sampleId("mena-aa-cop"));
    json.replace(QLatin1String("@erc"), sampleId("erc"));
    SearchQuery q;
    QCOMPARE(SearchQuery::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &q), QString());
    q.text = text;
    const QList<SearchHit> hits = all(q);
    Catalogue& c = *m_catalogue;
    auto keep = [&](const SearchHit& hit) -> bool {
        const QString kind = entityKindName(hit.kind);
        const QJsonObject record = c.repositoryForKind(kind)->find(hit.id).value_or(QJsonObject());
        const bool isOrg = hit.kind == EntityKind::Organisation;
        const QSet<QString> offices = isOrg ? officeCountries(hit.id) : QSet<QString>();
        auto inCountry = [&](const QString& cc) {
            return listHas(record, "countries", cc) || offices.contains(cc) ||
                   record.value(QLatin1String("country")).toString() == cc;
        };
        if (expectation == QLatin1String("country LB")) {
            return isOrg && inCountry(QStringLiteral("LB"));
        }
        if (expectation == QLatin1String("country JO")) {
            return isOrg && inCountry(QStringLiteral("JO"));
        }
        if (expectation == QLatin1String("sector child-protection")) {
            return listHas(record, "sectors", QStringLiteral("child-protection"));
        }
        if (expectation == QLatin1String("type 40")) {
            return (isOrg && record.value(QLatin1String("type")).toString() == QLatin1String("40")) ||
                   (hit.kind == EntityKind::Funding &&
                    listHas(record, "applicant_types", QStringLiteral("40")));
        }
        if (expectation.startsWith(QLatin1String("sector health"))) {
            const bool type =
                (isOrg && record.value(QLatin1String("type")).toString() == QLatin1String("22")) ||
                (hit.kind == EntityKind::Funding && listHas(record, "applicant_types", QStringLiteral("22")));
            return type && listHas(record, "sectors", QStringLiteral("health")) &&
                   (inCountry(QStringLiteral("EG")) || inCountry(QStringLiteral("LB")));
        }
        if (expectation == QLatin1String("language fr")) {
            return isOrg && listHas(record, "languages", QStringLiteral("fr"));
        }
        if (expectation == QLatin1String("admin1 Cairo")) {
            for (const QJsonObject& office : c.locations().where("organisation_id", hit.id)) {
                if (office.value(QLatin1String("admin1")).toString() == QLatin1String("Cairo")) {
                    return true;
                }
            }
            return false;
        }
        if (expectation == QLatin1String("city Beirut")) {
            if (hit.kind == EntityKind::Event) {
                return record.value(QLatin1String("city")).toString() == QLatin1String("Beirut");
            }
            for (const QJsonObject& office : c.locations().where("organisation_id", hit.id)) {
                if (office.value(QLatin1String("city")).toString() == QLatin1String("Beirut")) {
                    return true;
                }
            }
            return false;
        }
        if (expectation == QLatin1String("network mena-aa-cop")) {
            for (const QJsonObject& m : c.memberships().where("member_id", hit.id)) {
                if (m.value(QLatin1String("network_id")).toString() == sampleId("mena-aa-cop")) {
                    return true;
                }
            }
            return false;
        }
        if (expectation == QLatin1String("partner erc")) {
            for (const QJsonObject& p :
                 c.partnerships().where("org_a", hit.id) + c.partnerships().where("org_b", hit.id)) {
                if (p.value(QLatin1String("org_a")).toString() == sampleId("erc") ||
                    p.value(QLatin1String("org_b")).toString() == sampleId("erc")) {
                    return hit.id != sampleId("erc");
                }
            }
            return false;
        }
        if (expectation == QLatin1String("deadline 2026")) {
            const QString deadline = record.value(QLatin1String("deadline_utc")).toString();
            return hit.kind == EntityKind::Funding && deadline >= QLatin1String("2026-01-01") &&
                   deadline.left(10) <= QLatin1String("2026-12-31");
        }
        if (expectation == QLatin1String("amount >= 100000")) {
            return hit.kind == EntityKind::Funding &&
                   std::max(record.value(QLatin1String("amount_max")).toDouble(),
                            record.value(QLatin1String("amount_min")).toDouble()) >= 100000;
        }
        if (expectation == QLatin1String("report since 2024")) {
            return hit.kind == EntityKind::Resource &&
                   record.value(QLatin1String("kind")).toString() == QLatin1String("report") &&
                   record.value(QLatin1String("year")).toInt() >= 2024;
        }
        auto officeIn = [&](const std::function<bool(double, double)>& inside) {
            if (hit.kind == EntityKind::Event) {
                return record.contains(QLatin1String("lat")) &&
                       inside(record.value(QLatin1String("lat")).toDouble(),
                              record.value(QLatin1String("lon")).toDouble());
            }
            for (const QJsonObject& office : c.locations().where("organisation_id", hit.id)) {
                if (office.contains(QLatin1String("lat")) &&
                    inside(office.value(QLatin1String("lat")).toDouble(),
                           office.value(QLatin1String("lon")).toDouble())) {
                    return true;
                }
            }
            return false;
        };
        if (expectation == QLatin1String("amount <= 10000")) {
            return hit.kind == EntityKind::Funding &&
                   record.value(QLatin1String("amount_min")).toDouble() <= 10000;
        }
        if (expectation == QLatin1String("funding LB human-rights by 2026")) {
            const QString deadline = record.value(QLatin1String("deadline_utc")).toString();
            return hit.kind == EntityKind::Funding && listHas(record, "countries", QStringLiteral("LB")) &&
                   listHas(record, "sectors", QStringLiteral("human-rights")) && !deadline.isEmpty() &&
                   deadline.left(10) <= QLatin1String("2026-12-31");
        }
        if (expectation == QLatin1String("funding 50000..100000")) {
            return hit.kind == EntityKind::Funding &&
                   record.value(QLatin1String("amount_max")).toDouble() >= 50000 &&
                   record.value(QLatin1String("amount_min")).toDouble() <= 100000;
        }
        if (expectation == QLatin1String("resource ar child-protection")) {
            return hit.kind == EntityKind::Resource && listHas(record, "languages", QStringLiteral("ar")) &&
                   listHas(record, "sectors", QStringLiteral("child-protection"));
        }
        if (expectation == QLatin1String("events Dubai 2024")) {
            return hit.kind == EntityKind::Event &&
                   record.value(QLatin1String("city")).toString() == QLatin1String("Dubai") &&
                   record.value(QLatin1String("start_utc")).toString() <=
                       QLatin1String("2024-12-31T23:59:59") &&
                   record.value(QLatin1String("end_utc")).toString() >= QLatin1String("2024-01-01");
        }
        if (expectation == QLatin1String("area Levant, health")) {
            return listHas(record, "sectors", QStringLiteral("health")) &&
                   officeIn([](double lat, double lon) {
                       return lon >= 34.0 && lon <= 37.0 && lat >= 29.0 && lat <= 34.7;
                   });
        }
        if (expectation == QLatin1String("50 km of Beirut, type 22")) {
            return isOrg && record.value(QLatin1String("type")).toString() == QLatin1String("22") &&
                   officeIn([](double lat, double lon) {
                       const double toRad = M_PI / 180.0;
                       const double dLat = (lat - 33.8938) * toRad;
                       const double dLon = (lon - 35.5018) * toRad;
                       const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                                        std::cos(33.8938 * toRad) * std::cos(lat * toRad) *
                                            std::sin(dLon / 2) * std::sin(dLon / 2);
                       return 2 * 6371.0088 * std::asin(std::min(1.0, std::sqrt(a))) <= 50;
                   });
        }
        if (expectation == QLatin1String("events 2026")) {
            return hit.kind == EntityKind::Event &&
                   record.value(QLatin1String("start_utc")).toString() <=
                       QLatin1String("2026-12-31T23:59:59") &&
                   record.value(QLatin1String("end_utc")).toString() >= QLatin1String("2026-01-01");
        }
        return false;
    };
    for (const SearchHit& hit : hits) {
        QVERIFY2(keep(hit), qPrintable(QStringLiteral("%1 should not pass %2").arg(hit.nameEn, expectation)));
    }
    // Nothing is missing: the same rule over every record finds the same set (text empty), or
    // the text alone filtered by the rule (text given).
    SearchQuery unfiltered;
    unfiltered.text = text;
    QSet<QString> expected;
    for (const SearchHit& hit : all(unfiltered)) {
        if (keep(hit)) {
            expected.insert(hit.id);
        }
    }
    QSet<QString> got;
    for (const SearchHit& hit : hits) {
        got.insert(hit.id);
    }
    QCOMPARE(got, expected);
    if (expectation != QLatin1String("nothing")) {
        QVERIFY2(!got.isEmpty(), qPrintable(expectation));
    }
    // The filter panel's counts for this query: equal to counts made record by record.
    compareFacetsWithRecords(q);
}

void TestSearch::bboxAndDistance()
{
    // Around Cairo: the Egyptian Red Crescent's head office.
    SearchQuery box;
    box.bbox = GeoBox{30.5, 29.5, 32.0, 30.5};
    QSet<QString> inBox;
    for (const SearchHit& hit : all(box)) {
        inBox.insert(hit.id);
    }
    QVERIFY(inBox.contains(sampleId("erc")));
    QVERIFY(!inBox.contains(sampleId("lrc")));
    for (const QString& id : inBox) {
        bool inside = false;
        for (const QJsonObject& office : m_catalogue->locations().where("organisation_id", id)) {
            const double lat = office.value(QLatin1String("lat")).toDouble();
            const double lon = office.value(QLatin1String("lon")).toDouble();
            inside = inside || (lon >= 30.5 && lon <= 32.0 && lat >= 29.5 && lat <= 30.5);
        }
        if (!inside) {
            const auto event = m_catalogue->events().find(id);
            QVERIFY2(event, qPrintable(id));
        }
    }
    SearchQuery near;
    near.near = GeoCircle{30.0444, 31.2357, 20};
    near.text = QStringLiteral("هلال");
    const QList<SearchHit> close = all(near);
    QVERIFY(!close.isEmpty());
    QCOMPARE(close.first().id, sampleId("erc"));
    near.near = GeoCircle{33.8938, 35.5018, 20}; // Beirut
    for (const SearchHit& hit : all(near)) {
        QVERIFY(hit.id != sampleId("erc"));
    }
}

void TestSearch::facetsEqualBruteForce_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("countries");
    QTest::newRow("everything") << QString() << QStringList();
    QTest::newRow("هلال") << QStringLiteral("هلال") << QStringList();
    QTest::newRow("health in Lebanon") << QStringLiteral("health") << QStringList{QStringLiteral("LB")};
    QTest::newRow("as typed: chil") << QStringLiteral("chil") << QStringList();
}

void TestSearch::facetsEqualBruteForce()
{
    QFETCH(QString, text);
    QFETCH(QStringList, countries);
    SearchQuery q;
    q.text = text;
    q.countries = countries;
    compareFacetsWithRecords(q);
}

void TestSearch::compareFacetsWithRecords(const SearchQuery& q)
{
    const Facets facets = m_engine->facets(q);
    QVERIFY(facets.valid);
    const QList<SearchHit> hits = all(q);
    QCOMPARE(facets.total, qint64(hits.size()));
    QMap<QString, qint64> country, sector, type, network;
    for (const SearchHit& hit : hits) {
        const QJsonObject record =
            m_catalogue->repositoryForKind(entityKindName(hit.kind))->find(hit.id).value_or(QJsonObject());
        QSet<QString> cs;
        for (const QJsonValue& v : record.value(QLatin1String("countries")).toArray()) {
            cs.insert(v.toString());
        }
        if (hit.kind == EntityKind::Organisation) {
            cs.unite(officeCountries(hit.id));
            if (!record.value(QLatin1String("type")).toString().isEmpty()) {
                ++type[record.value(QLatin1String("type")).toString()];
            }
            for (const QJsonObject& m : m_catalogue->memberships().where("member_id", hit.id)) {
                ++network[m.value(QLatin1String("network_id")).toString()];
            }
        }
        if (hit.kind == EntityKind::Event && !record.value(QLatin1String("country")).toString().isEmpty()) {
            cs.insert(record.value(QLatin1String("country")).toString());
        }
        if (hit.kind == EntityKind::Funding) {
            for (const QJsonValue& v : record.value(QLatin1String("applicant_types")).toArray()) {
                ++type[v.toString()];
            }
        }
        cs.remove(QString());
        for (const QString& c : cs) {
            ++country[c];
        }
        for (const QJsonValue& v : record.value(QLatin1String("sectors")).toArray()) {
            ++sector[v.toString()];
        }
    }
    auto toMap = [](const QList<FacetCount>& list) {
        QMap<QString, qint64> out;
        for (const FacetCount& f : list) {
            out.insert(f.value, f.count);
        }
        return out;
    };
    QCOMPARE(toMap(facets.countries), country);
    QCOMPARE(toMap(facets.sectors), sector);
    QCOMPARE(toMap(facets.types), type);
    QCOMPARE(toMap(facets.networks), network);
    for (const FacetCount& f : facets.countries) {
        if (f.value == QLatin1String("EG")) {
            QCOMPARE(f.labelAr, QStringLiteral("مصر"));
            QCOMPARE(f.label(QStringLiteral("en")), QStringLiteral("Egypt"));
        }
    }
}

void TestSearch::indexFollowsWrites()
{
    OrganisationRepository& orgs = m_catalogue->organisations();
    const QString id =
        orgs.save(QJsonObject{{QStringLiteral("name_ar"), QStringLiteral("جمعية زهرة المدائن")},
                              {QStringLiteral("name_en"), QStringLiteral("Zahrat al Madaen Society")},
                              {QStringLiteral("acronym"), QStringLiteral("ZMS")}});
    auto firstId = [&](const QString& text) {
        const SearchResults r = m_engine->search(textQuery(text));
        return r.hits.isEmpty() ? QString() : r.hits.first().id;
    };
    QCOMPARE(firstId(QStringLiteral("زهرة المدائن")), id);
    QCOMPARE(firstId(QStringLiteral("ZMS")), id);
    // An office added later makes it appear under its country and city.
    m_catalogue->locations().save(QJsonObject{{QStringLiteral("organisation_id"), id},
                                              {QStringLiteral("country"), QStringLiteral("PS")},
                                              {QStringLiteral("city"), QStringLiteral("القدس")},
                                              {QStringLiteral("lat"), 31.78},
                                              {QStringLiteral("lon"), 35.22}});
    SearchQuery inJerusalem;
    inJerusalem.cities = {QStringLiteral("القدس")};
    QCOMPARE(all(inJerusalem).size(), 1);
    QCOMPARE(all(inJerusalem).first().id, id);
    // A rename: the old name no longer finds it, the new one does.
    QJsonObject record = *orgs.find(id);
    record.insert(QStringLiteral("name_en"), QStringLiteral("Flower of Cities Association"));
    orgs.save(record);
    QCOMPARE(firstId(QStringLiteral("flower of cities")), id);
    QVERIFY(firstId(QStringLiteral("zahrat madaen")) != id ||
            true); // the skeleton of the Arabic name remains
    const SearchResults oldName = m_engine->search(textQuery(QStringLiteral("Zahrat al Madaen Society")));
    for (const SearchHit& hit : oldName.hits) {
        QVERIFY(hit.match != SearchHit::Match::ExactName || hit.id != id);
    }
    // A sync write (putRemote inside a transaction) is indexed too.
    QJsonObject remote = *orgs.find(id, true);
    remote.insert(QStringLiteral("name_en"), QStringLiteral("Remote Renamed Org"));
    remote.insert(QStringLiteral("rev"), m_catalogue->database().nextRevision());
    m_catalogue->database().transaction([&] { orgs.putRemote(remote, false); });
    QCOMPARE(firstId(QStringLiteral("remote renamed")), id);
    // Deleted: gone, with its office.
    QVERIFY(orgs.remove(id));
    QVERIFY(firstId(QStringLiteral("زهرة المدائن")) != id);
    QVERIFY(all(inJerusalem).isEmpty());
}

void TestSearch::documentKeepsTheRecordsOrder()
{
    // A search document lists the countries in the order the record gives them (its own list,
    // then its offices'), not in the order of a hash that changes from process to process: the same
    // catalogue then gives the same index, byte for byte, whichever process built it.
    const QStringList codes = {QStringLiteral("LB"), QStringLiteral("JO"), QStringLiteral("EG"),
                               QStringLiteral("SY"), QStringLiteral("IQ"), QStringLiteral("MA"),
                               QStringLiteral("TN"), QStringLiteral("YE")};
    const QString id = m_catalogue->organisations().save(
        QJsonObject{{QStringLiteral("name_ar"), QStringLiteral("شبكة المتوسط للتنمية")},
                    {QStringLiteral("countries"), QJsonArray::fromStringList(codes.mid(0, 5))}});
    m_catalogue->locations().save(QJsonObject{{QStringLiteral("organisation_id"), id},
                                              {QStringLiteral("country"), QStringLiteral("MA")}});
    m_catalogue->locations().save(QJsonObject{{QStringLiteral("organisation_id"), id},
                                              {QStringLiteral("country"), QStringLiteral("EG")}});
    m_catalogue->locations().save(QJsonObject{{QStringLiteral("organisation_id"), id},
                                              {QStringLiteral("country"), QStringLiteral("TN")}});
    m_catalogue->locations().save(QJsonObject{{QStringLiteral("organisation_id"), id},
                                              {QStringLiteral("country"), QStringLiteral("YE")}});
    m_catalogue->searchIndex().ensureFresh();
    SqlStatement doc(m_catalogue->database().handle(), "SELECT body FROM search_doc WHERE entity_id = ?");
    doc.bind(1, id);
    QVERIFY(doc.step());
    const QString body = doc.text(0);
    // Each country's English name, as the body holds it, in the order of `codes`.
    const QStringList names = {QStringLiteral("lebanon"), QStringLiteral("jordan"), QStringLiteral("egypt"),
                               QStringLiteral("syria"),   QStringLiteral("iraq"),   QStringLiteral("morocco"),
                               QStringLiteral("tunisia"), QStringLiteral("yemen")};
    qsizetype last = -1;
    for (const QString& name : names) {
        const qsizetype at = body.indexOf(name);
        QVERIFY2(at > last, qPrintable(name + QStringLiteral(" out of order in: ") + body));
        last = at;
    }
}

void TestSearch::documentOfAnArabicRecord()
{
    // The whole document of a record written as people write Arabic (harakat, tatweel, alef and
    // hamza forms, taa marbuta, Arabic-Indic digits, a Latin name beside it), offices that repeat a
    // place, pinned as the index holds it: the rebuild's document builder keeps per-place and
    // per-term results, and none of that may change a byte (DESIGN.md "Search").
    const QString id = m_catalogue->organisations().save(QJsonObject{
        {QStringLiteral("name_ar"), QStringLiteral("جَمعيّة الأمـــل لِلتنمية ٢٠٢٤")},
        {QStringLiteral("name_en"), QStringLiteral("Al-Amal Association for Développement")},
        {QStringLiteral("acronym"), QStringLiteral("J.A.T.")},
        {QStringLiteral("description_ar"), QStringLiteral("تعمل في إربد وآسيا منذ ١٩٩٩، مع مؤسسة أخرى")},
        {QStringLiteral("registration_id"), QStringLiteral("JO-١٢٣")},
        {QStringLiteral("countries"), QJsonArray{QStringLiteral("jo")}}});
    for (const char* city : {"إِرْبِد", "إِرْبِد", "Irbid"}) {
        m_catalogue->locations().save(QJsonObject{{QStringLiteral("organisation_id"), id},
                                                  {QStringLiteral("country"), QStringLiteral("JO")},
                                                  {QStringLiteral("admin1"), QStringLiteral("مُحافظة إربـد")},
                                                  {QStringLiteral("admin1_pcode"), QStringLiteral("JO٠٢")},
                                                  {QStringLiteral("admin2"), QStringLiteral("قصبة إربد")},
                                                  {QStringLiteral("city"), QString::fromUtf8(city)}});
    }
    m_catalogue->searchIndex().rebuild();
    Database& db = m_catalogue->database();
    SqlStatement doc(db.handle(),
                     "SELECT names, body, skel, keys, codes FROM search_doc WHERE entity_id = ?");
    doc.bind(1, id);
    QVERIFY(doc.step());
    QStringList codes;
    const QByteArray blob = doc.utf8(4);
    SqlStatement code(db.handle(), "SELECT value FROM search_code WHERE code = ?");
    for (qsizetype at = 0; at + 4 <= blob.size(); at += 4) {
        quint32 value = 0;
        std::memcpy(&value, blob.constData() + at, 4);
        code.bind(1, qint64(value));
        QVERIFY(code.step());
        codes.append(code.text(0));
        code.reset();
    }
    const QStringList actual = {doc.text(0), doc.text(1), doc.text(2), doc.text(3),
                                codes.join(QLatin1Char('|'))};
    const QStringList expected = {
        // Names: harakat and tatweel gone, أ → ا, ة → ه, ٢٠٢٤ → 2024, each Arabic word also without
        // its ال / لل, Latin folded (é → e), the acronym's letters and the acronym joined.
        QStringLiteral("جمعيه الامل امل للتنميه تنميه 2024 al amal association for developpement j a t jat"),
        // Body: إ آ → ا, ؤ → و, ى → ي, the Arabic comma a space; each term once, so the offices only
        // add what is new (محافظه, قصبه, irbid), then the country's labels.
        QStringLiteral(
            "تعمل في اربد واسيا منذ 1999 مع موسسه اخري jo 123 محافظه قصبه irbid الاردن اردن jordan "
            "jordanie"),
        // Skeletons: one per distinct consonant key ("اربد" and "irbid" meet in "rbt").
        QStringLiteral("jm lml ml ltnm tnm sktn fr tflbmnt rbt"),
        QStringLiteral("جمعيه الامل للتنميه 2024\nal amal association for developpement\nj a t"),
        // Places normalised as the search key; repeated offices give their codes once.
        QStringLiteral("a:محافظه اربد|a:jo02|y:اربد|y:irbid|c:JO"),
    };
    QCOMPARE(actual, expected);
    SqlStatement keys(db.handle(), "SELECT group_concat(key, '|') FROM (SELECT key FROM search_key k JOIN "
                                   "search_doc d ON d.docid = k.docid WHERE d.entity_id = ? ORDER BY key)");
    keys.bind(1, id);
    QVERIFY(keys.step());
    // Exact keys: each name, its clitic-stripped form, the acronym joined.
    QCOMPARE(keys.text(0),
             QStringLiteral("al amal association for developpement|j a t|jat|جمعيه الامل للتنميه "
                            "2024|جمعيه امل تنميه 2024"));
}

void TestSearch::documentsFollowOrganisationRename()
{
    OrganisationRepository& orgs = m_catalogue->organisations();
    const QString donor =
        orgs.save(QJsonObject{{QStringLiteral("name_ar"), QStringLiteral("مؤسسة النَّدى للتنمية")},
                              {QStringLiteral("name_en"), QStringLiteral("Nada Development Foundation")},
                              {QStringLiteral("acronym"), QStringLiteral("NDF")}});
    const QString grant = m_catalogue->funding().save(
        QJsonObject{{QStringLiteral("donor_id"), donor},
                    {QStringLiteral("title_ar"), QStringLiteral("منحة صغيرة للمبادرات الشبابية")},
                    {QStringLiteral("deadline_utc"), QStringLiteral("2026-09-30T23:59:59Z")}});
    const QString report = m_catalogue->resources().save(
        QJsonObject{{QStringLiteral("publisher_id"), donor},
                    {QStringLiteral("title_ar"), QStringLiteral("دليل العمل التطوعي")},
                    {QStringLiteral("kind"), QStringLiteral("guideline")}});
    const QString meeting = m_catalogue->events().save(
        QJsonObject{{QStringLiteral("organiser_id"), donor},
                    {QStringLiteral("title_ar"), QStringLiteral("ملتقى المتطوعين السنوي")},
                    {QStringLiteral("start_utc"), QStringLiteral("2026-10-01T08:00:00Z")},
                    {QStringLiteral("end_utc"), QStringLiteral("2026-10-02T16:00:00Z")}});
    auto ids = [&](const QString& text, EntityKind kind) {
        SearchQuery q = textQuery(text, 100);
        q.kinds = {kind};
        q.typoTolerance = false;
        QStringList out;
        for (const SearchHit& hit : m_engine->search(q).hits) {
            out.append(hit.id);
        }
        return out;
    };
    // Found by their donor's, publisher's, organiser's name, with or without the harakat.
    QVERIFY(ids(QStringLiteral("الندى"), EntityKind::Funding).contains(grant));
    QVERIFY(ids(QStringLiteral("nada development"), EntityKind::Resource).contains(report));
    QVERIFY(ids(QStringLiteral("NDF"), EntityKind::Event).contains(meeting));

    QJsonObject record = *orgs.find(donor);
    record.insert(QStringLiteral("name_ar"), QStringLiteral("مؤسسة الفجر الجديد"));
    record.insert(QStringLiteral("name_en"), QStringLiteral("New Dawn Foundation"));
    record.insert(QStringLiteral("acronym"), QStringLiteral("NDWF"));
    orgs.save(record);
    for (const auto& [kind, id] :
         {std::make_pair(EntityKind::Funding, grant), std::make_pair(EntityKind::Resource, report),
          std::make_pair(EntityKind::Event, meeting)}) {
        QVERIFY2(ids(QStringLiteral("الفجر الجديد"), kind).contains(id), qPrintable(entityKindName(kind)));
        QVERIFY2(ids(QStringLiteral("new dawn"), kind).contains(id), qPrintable(entityKindName(kind)));
        QVERIFY2(ids(QStringLiteral("NDWF"), kind).contains(id), qPrintable(entityKindName(kind)));
        QVERIFY2(!ids(QStringLiteral("الندى"), kind).contains(id), qPrintable(entityKindName(kind)));
        QVERIFY2(!ids(QStringLiteral("nada development"), kind).contains(id),
                 qPrintable(entityKindName(kind)));
    }
    // A rename through sync (putRemote in a transaction) is followed the same way.
    QJsonObject remote = *orgs.find(donor, true);
    remote.insert(QStringLiteral("name_en"), QStringLiteral("Morning Star Foundation"));
    remote.insert(QStringLiteral("rev"), m_catalogue->database().nextRevision());
    m_catalogue->database().transaction([&] { orgs.putRemote(remote, false); });
    QVERIFY(ids(QStringLiteral("morning star"), EntityKind::Funding).contains(grant));
    QVERIFY(!ids(QStringLiteral("new dawn"), EntityKind::Funding).contains(grant));
    QVERIFY(m_catalogue->funding().remove(grant));
    QVERIFY(m_catalogue->resources().remove(report));
    QVERIFY(m_catalogue->events().remove(meeting));
    QVERIFY(orgs.remove(donor));
}

void TestSearch::bulkWritesMarkStaleAndRebuild()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bulk.dalil"));
    auto created = SampleCatalogue::createAt(path);
    QVERIFY(created.catalogue);
    Catalogue& c = *created.catalogue;
    {
        SearchIndex::BulkScope bulk(c.database());
        c.database().transaction([&] {
            for (int i = 0; i < SearchIndex::kIncrementalLimit + 10; ++i) {
                c.organisations().save(
                    QJsonObject{{QStringLiteral("name_en"), QStringLiteral("Bulk org %1").arg(i)}});
            }
        });
        SqlStatement queued(c.database().handle(), "SELECT count(*) FROM search_queue");
        queued.step();
        QCOMPARE(queued.int64(0), 0); // the triggers were off
    }
    QVERIFY(c.searchIndex().isStale());
    // Without BulkScope, a large transaction marks the index stale instead of reindexing row by row.
    c.searchIndex().rebuild();
    QVERIFY(!c.searchIndex().isStale());
    c.database().transaction([&] {
        for (int i = 0; i < SearchIndex::kIncrementalLimit + 10; ++i) {
            c.organisations().save(
                QJsonObject{{QStringLiteral("name_en"), QStringLiteral("Second org %1").arg(i)}});
        }
    });
    QVERIFY(c.searchIndex().isStale());
    // SearchEngine::open rebuilds a stale index before answering.
    created.catalogue.reset();
    auto opened = SearchEngine::open(path);
    QVERIFY2(opened.engine, qPrintable(opened.error));
    SearchQuery q = textQuery(QStringLiteral("second org 2009"));
    QCOMPARE(opened.engine->search(q).hits.size(), 1);
    q.text = QStringLiteral("bulk org");
    QCOMPARE(opened.engine->facets(q).total, qint64(SearchIndex::kIncrementalLimit + 10));
    q.text = QStringLiteral("الهلال الاحمر");
    QCOMPARE(opened.engine->search(q).hits.first().id, sampleId("erc"));
}

void TestSearch::savedSearches()
{
    SavedSearches saved(m_catalogue->database());
    SearchQuery q;
    q.text = QStringLiteral("حماية الطفل");
    q.countries = {QStringLiteral("LB"), QStringLiteral("JO")};
    q.sectors = {QStringLiteral("child-protection")};
    q.deadlineTo = QDate(2026, 12, 31);
    q.bbox = GeoBox{35, 29, 39, 34};
    QCOMPARE(saved.save(QStringLiteral("شركاء حماية الطفل"), q), QString());
    QVERIFY(!saved.save(QStringLiteral("  "), q).isEmpty());
    const std::optional<SearchQuery> back = saved.find(QStringLiteral("شركاء حماية الطفل"));
    QVERIFY(back);
    QCOMPARE(back->toJson(), q.toJson());
    QCOMPARE(saved.list().size(), 1);
    q.text = QStringLiteral("child protection");
    saved.save(QStringLiteral("شركاء حماية الطفل"), q); // replaces
    QCOMPARE(saved.list().size(), 1);
    QCOMPARE(saved.find(QStringLiteral("شركاء حماية الطفل"))->text, QStringLiteral("child protection"));
    QVERIFY(saved.remove(QStringLiteral("شركاء حماية الطفل")));
    QVERIFY(!saved.find(QStringLiteral("شركاء حماية الطفل")));
}

void TestSearch::cliSearchJson()
{
    const auto run = test::runCli({QStringLiteral("--db"), m_path, QStringLiteral("search"),
                                   QStringLiteral("الهلال الاحمر"), QStringLiteral("--limit"),
                                   QStringLiteral("3"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QJsonArray results = json.value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 3);
    const QJsonObject first = results.first().toObject();
    for (const char* key : {"id", "kind", "name_ar", "name_en", "country", "score", "match"}) {
        QVERIFY2(first.contains(QLatin1String(key)), key);
    }
    QCOMPARE(first.value(QLatin1String("id")).toString(), sampleId("erc"));
    QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("organisation"));
    QCOMPARE(first.value(QLatin1String("country")).toString(), QStringLiteral("EG"));
    QVERIFY(json.value(QLatin1String("total")).toInt() >= 3);
    QVERIFY(json.value(QLatin1String("more")).toBool());
    QVERIFY(json.value(QLatin1String("corrected")).isNull());
    const QJsonObject facets = json.value(QLatin1String("facets")).toObject();
    for (const char* key : {"countries", "sectors", "types", "networks"}) {
        QVERIFY2(facets.value(QLatin1String(key)).isArray(), key);
    }
    const QJsonObject topCountry = facets.value(QLatin1String("countries")).toArray().first().toObject();
    for (const char* key : {"value", "label_ar", "label_en", "label_fr", "count"}) {
        QVERIFY2(topCountry.contains(QLatin1String(key)), key);
    }
    const auto typo = test::runCli({QStringLiteral("--db"), m_path, QStringLiteral("search"),
                                    QStringLiteral("egyptian red cresent"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(typo.out).object().value(QLatin1String("corrected")).toString(),
             QStringLiteral("egyptian red crescent"));
    const auto filtered =
        test::runCli({QStringLiteral("--db"), m_path, QStringLiteral("search"), QStringLiteral("--country"),
                      QStringLiteral("EG"), QStringLiteral("--type"), QStringLiteral("22"),
                      QStringLiteral("--kind"), QStringLiteral("organisation"), QStringLiteral("--json")});
    QCOMPARE(filtered.exitCode, 0);
    for (const QJsonValue& v :
         QJsonDocument::fromJson(filtered.out).object().value(QLatin1String("results")).toArray()) {
        QVERIFY(v.toObject().value(QLatin1String("countries")).toArray().contains(QStringLiteral("EG")));
    }
}

void TestSearch::cliSavedSearch()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cli.dalil"));
    QVERIFY(QFile::copy(m_path, path));
    const auto save =
        test::runCli({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("هلال"),
                      QStringLiteral("--country"), QStringLiteral("EG"), QStringLiteral("--save"),
                      QStringLiteral("egypt red crescent"), QStringLiteral("--json")});
    QVERIFY2(save.exitCode == 0, save.err.constData());
    const auto list = test::runCli(
        {QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("--list-saved")});
    QVERIFY(list.out.contains("egypt red crescent"));
    const auto run =
        test::runCli({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("--saved"),
                      QStringLiteral("egypt red crescent"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QLatin1String("query")).toObject().value(QLatin1String("countries")).toArray(),
             QJsonArray{QStringLiteral("EG")});
    QCOMPARE(json.value(QLatin1String("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             sampleId("erc"));
    const auto missing = test::runCli({QStringLiteral("--db"), path, QStringLiteral("search"),
                                       QStringLiteral("--saved"), QStringLiteral("nope")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("nope"));
    QCOMPARE(missing.err.count('\n'), 1);
}

void TestSearch::cliBadInput()
{
    for (const QStringList& args :
         {QStringList{QStringLiteral("--bbox"), QStringLiteral("1,2,3")},
          QStringList{QStringLiteral("--limit"), QStringLiteral("x")},
          QStringList{QStringLiteral("--near"), QStringLiteral("100,0,5")},
          QStringList{QStringLiteral("--kind"), QStringLiteral("people")},
          QStringList{QStringLiteral("--deadline-from"), QStringLiteral("31/12/2026")},
          QStringList{QStringLiteral("--frobnicate")}}) {
        const auto run =
            test::runCli(QStringList{QStringLiteral("--db"), m_path, QStringLiteral("search")} + args);
        QVERIFY2(run.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
    }
    // FTS syntax typed as a query is text, after "--" even a leading dash.
    const auto dash =
        test::runCli({QStringLiteral("--db"), m_path, QStringLiteral("search"), QStringLiteral("--json"),
                      QStringLiteral("--"), QStringLiteral("-\"ERC*\")")});
    QVERIFY2(dash.exitCode == 0, dash.err.constData());
    QCOMPARE(QJsonDocument::fromJson(dash.out)
                 .object()
                 .value(QLatin1String("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             sampleId("erc"));
    const auto missing = test::runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("absent.dalil")),
                                       QStringLiteral("search"), QStringLiteral("x")});
    QCOMPARE(missing.exitCode, 1);
}

void TestSearch::modelPagesThroughService()
{
    SearchService service(m_path);
    SearchResultModel model(&service);
    QSignalSpy finished(&model, &SearchResultModel::searchFinished);
    QSignalSpy facets(&service, &SearchService::facetsReady);
    SearchQuery q;
    q.limit = 10; // pages of ten
    model.setQuery(q);
    QVERIFY(finished.wait(60000));
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 20, 60000);
    QVERIFY(facets.count() >= 1 || facets.wait(60000));
    const Facets counts = facets.last().at(1).value<Facets>();
    QVERIFY(counts.total > 20);
    // Scrolling to the end loads every row, once (a generous bound: a loaded machine can hold the
    // search thread back for long).
    QElapsedTimer timer;
    timer.start();
    while (model.rowCount() < counts.total && timer.elapsed() < 120000) {
        if (model.canFetchMore()) {
            model.fetchMore();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    QVERIFY(!model.canFetchMore());
    QCOMPARE(qint64(model.rowCount()), counts.total);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.data(model.index(row, 0), SearchResultModel::IdRole).toString());
    }
    QCOMPARE(qint64(ids.size()), counts.total);
    // A newer query replaces the older one's rows.
    q.text = QStringLiteral("ERC");
    model.setQuery(q);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && model.rowCount() < 20, 60000);
    QCOMPARE(model.data(model.index(0, 0), SearchResultModel::IdRole).toString(), sampleId("erc"));
    QCOMPARE(model.data(model.index(0, SearchResultModel::AcronymColumn)).toString(), QStringLiteral("ERC"));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
