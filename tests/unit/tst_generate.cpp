// `dalil-cli generate`: synthetic catalogues for tests and benchmarks. What a user of them would
// notice: the same seed gives the same catalogue, the records look like real MENA organisations
// (names in Arabic and Latin script, offices at real cities, valid e-mails and phones), every
// generated row passes the repositories' own validation, and a killed run leaves nothing half-made.
#include "TestSupport.h"

#include "catalogue/Catalogue.h"
#include "catalogue/CatalogueGenerator.h"
#include "catalogue/RtreeBulkLoader.h"
#include "catalogue/SampleCatalogue.h"
#include "catalogue/SqlStatement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <cmath>

using namespace dalil;

namespace {

constexpr qint64 kOrganisations = 3000;
constexpr quint64 kSeed = 42;

const char* const kGeneratedTables[] = {"organisation", "location",   "contact",
                                        "partnership",  "membership", "location_rtree"};

// Every row of a table, in the order of its first column (the id), each value quoted as SQL text so
// that types count too (1 and '1' differ).
QByteArray dump(Catalogue& catalogue, const QByteArray& table)
{
    QByteArray columns;
    {
        SqlStatement info(catalogue.database().handle(),
                          ("SELECT * FROM \"" + table + "\" LIMIT 0").constData());
        for (int i = 0; i < info.columnCount(); ++i) {
            columns += (i ? "|| '|' || quote(\"" : "quote(\"") + info.columnName(i).toUtf8() + "\")";
        }
    }
    SqlStatement rows(catalogue.database().handle(),
                      ("SELECT " + columns + " FROM \"" + table + "\" ORDER BY 1").constData());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 count = 0;
    while (rows.step()) {
        hash.addData(rows.utf8(0));
        hash.addData("\n");
        ++count;
    }
    return QByteArray::number(count) + ':' + hash.result().toHex();
}

QStringList everyTable(Catalogue& catalogue)
{
    SqlStatement tables(catalogue.database().handle(),
                        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        "ORDER BY name");
    QStringList names;
    while (tables.step()) {
        names.append(tables.text(0));
    }
    return names;
}

qint64 scalar(Catalogue& catalogue, const char* sql)
{
    SqlStatement query(catalogue.database().handle(), sql);
    return query.step() ? query.int64(0) : -1;
}

std::unique_ptr<Catalogue> openOrFail(const QString& path)
{
    Catalogue::OpenResult opened = Catalogue::open(path);
    if (!opened.catalogue) {
        qWarning() << opened.error;
    }
    return std::move(opened.catalogue);
}

struct Box
{
    float west, south, east, north;
};

// Country bounding boxes from the shipped Natural Earth basemap (format in resources/geo/README.md):
// an independent source to check the gazetteer coordinates the generator used.
QHash<QString, Box> countryBoxes(const QString& path)
{
    QHash<QString, Box> boxes;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return boxes;
    }
    const QByteArray data = file.readAll();
    const char* p = data.constData();
    const char* end = p + data.size();
    auto u32 = [&](const char* at) { return qFromLittleEndian<quint32>(at); };
    auto f32 = [&](const char* at) {
        const quint32 bits = qFromLittleEndian<quint32>(at);
        float value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    };
    if (data.size() < 12 || data.left(4) != "DLBM") {
        return boxes;
    }
    const quint32 countries = u32(p + 8);
    p += 12;
    for (quint32 i = 0; i < countries && p + 32 <= end; ++i) {
        const QString iso2 = QString::fromLatin1(p + 2, 2);
        boxes.insert(iso2, Box{f32(p + 12), f32(p + 16), f32(p + 20), f32(p + 24)});
        quint32 rings = u32(p + 28);
        p += 32;
        while (rings-- > 0 && p + 4 <= end) {
            p += 4 + 8 * qsizetype(u32(p));
        }
    }
    return boxes;
}

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    const double toRad = M_PI / 180;
    const double dLat = (lat2 - lat1) * toRad;
    const double dLon = (lon2 - lon1) * toRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(lat1 * toRad) *
                                                                   std::cos(lat2 * toRad) *
                                                                   std::sin(dLon / 2) * std::sin(dLon / 2);
    return 6371.0 * 2 * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

bool isArabicText(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!(u == ' ' || (u >= 0x0600 && u <= 0x06FF))) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestGenerate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedGivesIdenticalTables();
    void otherSeedGivesOtherCatalogue();
    void addingToOpenCatalogueWritesTheSameRows();
    void countsAndGraph();
    void officesAreAtRealMenaCities();
    void spatialIndexIsComplete();
    void packedSpatialIndexTakesLaterEdits();
    void namesLookReal();
    void everyRowPassesValidation();
    void cliGenerates();
    void cliUsageErrors_data();
    void cliUsageErrors();
    void sameSeedTwiceIsRefusedOtherSeedAdds();
    void killedRunLeavesNoHalfCatalogue();

private:
    CatalogueGenerator::Result generate(const QString& name, quint64 seed);

    QTemporaryDir m_dir;
    std::unique_ptr<Catalogue> m_a;
};

CatalogueGenerator::Result TestGenerate::generate(const QString& name, quint64 seed)
{
    CatalogueGenerator::Options options;
    options.organisations = kOrganisations;
    options.seed = seed;
    return CatalogueGenerator::createAt(m_dir.filePath(name), options);
}

void TestGenerate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const CatalogueGenerator::Result result = generate(QStringLiteral("a.dalil"), kSeed);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.counts.organisations, kOrganisations);
    m_a = openOrFail(m_dir.filePath(QStringLiteral("a.dalil")));
    QVERIFY(m_a);
}

void TestGenerate::sameSeedGivesIdenticalTables()
{
    QVERIFY(generate(QStringLiteral("b.dalil"), kSeed).error.isEmpty());
    auto b = openOrFail(m_dir.filePath(QStringLiteral("b.dalil")));
    QVERIFY(b);
    const QStringList tables = everyTable(*m_a);
    QCOMPARE(everyTable(*b), tables);
    QVERIFY(tables.contains(QStringLiteral("vocabulary")));
    QVERIFY(tables.contains(QStringLiteral("location_rtree_node")));
    for (const QString& table : tables) {
        if (table == QLatin1String("meta")) {
            continue; // each file's own identity: catalogue_id, node_id, created_at
        }
        QCOMPARE(dump(*b, table.toUtf8()), dump(*m_a, table.toUtf8()));
    }
    // Revisions are from the seed's fixed clock, not from the wall clock of the run.
    QCOMPARE(scalar(*m_a, "SELECT count(*) FROM organisation WHERE rev NOT LIKE '1767225%'"), 0);
}

void TestGenerate::otherSeedGivesOtherCatalogue()
{
    QVERIFY(generate(QStringLiteral("c.dalil"), kSeed + 1).error.isEmpty());
    auto c = openOrFail(m_dir.filePath(QStringLiteral("c.dalil")));
    QVERIFY(c);
    for (const char* table : {"organisation", "location", "contact", "partnership"}) {
        QVERIFY2(dump(*c, table) != dump(*m_a, table), table);
    }
    c->database().execute("ATTACH DATABASE '" + m_dir.filePath(QStringLiteral("a.dalil")).toUtf8() +
                          "' AS a");
    QCOMPARE(scalar(*c, "SELECT count(*) FROM organisation JOIN a.organisation USING (id)"), 0);
    const qint64 sameName =
        scalar(*c, "SELECT count(*) FROM organisation o JOIN a.organisation p ON "
                   "o.rowid = p.rowid AND o.name_ar IS p.name_ar AND o.name_en IS p.name_en");
    QVERIFY2(sameName < kOrganisations / 20, qPrintable(QString::number(sameName)));
}

void TestGenerate::addingToOpenCatalogueWritesTheSameRows()
{
    // `init` then `generate`: the transactional path must write what the new-file path writes.
    const QString path = m_dir.filePath(QStringLiteral("init.dalil"));
    Catalogue::OpenResult opened = Catalogue::open(path, Database::Mode::CreateIfMissing);
    QVERIFY(opened.catalogue);
    QVERIFY(SampleCatalogue::loadVocabularies(*opened.catalogue).isEmpty());
    CatalogueGenerator::Options options;
    options.organisations = kOrganisations;
    options.seed = kSeed;
    const CatalogueGenerator::Result result = CatalogueGenerator::fill(*opened.catalogue, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    for (const char* table : kGeneratedTables) {
        QVERIFY2(dump(*opened.catalogue, table) == dump(*m_a, table), table);
    }
    SqlStatement mode(opened.catalogue->database().handle(), "PRAGMA journal_mode");
    QVERIFY(mode.step());
    QCOMPARE(mode.text(0), QStringLiteral("wal"));
}

void TestGenerate::countsAndGraph()
{
    Catalogue& c = *m_a;
    QCOMPARE(scalar(c, "SELECT count(*) FROM organisation"), kOrganisations);
    QCOMPARE(scalar(c, "SELECT count(*) FROM organisation WHERE source = 'generated' AND dirty = 1 AND "
                       "deleted = 0"),
             kOrganisations);
    QCOMPARE(scalar(c, "SELECT count(*) FROM organisation o WHERE NOT EXISTS (SELECT 1 FROM location l "
                       "WHERE l.organisation_id = o.id)"),
             0);
    QCOMPARE(scalar(c, "SELECT max(n) FROM (SELECT count(*) AS n FROM location GROUP BY organisation_id)"),
             3);
    QVERIFY(scalar(c, "SELECT count(*) FROM organisation o WHERE NOT EXISTS (SELECT 1 FROM contact k WHERE "
                      "k.organisation_id = o.id)") > 0);
    QCOMPARE(scalar(c, "SELECT max(n) FROM (SELECT count(*) AS n FROM contact GROUP BY organisation_id)"), 3);

    const qint64 partnerships = scalar(c, "SELECT count(*) FROM partnership");
    QVERIFY2(partnerships > kOrganisations * 4 / 10 && partnerships <= kOrganisations / 2,
             qPrintable(QString::number(partnerships)));
    QCOMPARE(scalar(c, "SELECT count(*) FROM partnership WHERE org_a = org_b"), 0);
    QCOMPARE(scalar(c, "SELECT count(*) FROM (SELECT min(org_a, org_b), max(org_a, org_b) FROM partnership "
                       "GROUP BY 1, 2 HAVING count(*) > 1)"),
             0);
    QCOMPARE(scalar(c, "PRAGMA foreign_key_check"), -1);

    const qint64 networks = scalar(c, "SELECT count(*) FROM organisation WHERE type = 'network'");
    QVERIFY(networks >= kOrganisations / 250);
    QCOMPARE(scalar(c, "SELECT count(DISTINCT network_id) FROM membership"), networks);
    QCOMPARE(scalar(c, "SELECT count(*) FROM membership m JOIN organisation o ON o.id = m.network_id WHERE "
                       "o.type IS NOT 'network'"),
             0);
    QVERIFY(scalar(c, "SELECT min(n) FROM (SELECT count(*) AS n FROM membership GROUP BY network_id)") >= 5);
    QVERIFY(scalar(c, "SELECT count(*) FROM membership WHERE role = 'co-lead'") >= networks);

    // Sync numbers every row in its table (change_seq), as its trigger would have.
    for (const char* sql : {"SELECT count(*) FROM organisation WHERE change_seq IS NULL",
                            "SELECT count(*) FROM location WHERE change_seq IS NULL",
                            "SELECT count(*) - count(DISTINCT change_seq) FROM contact",
                            "SELECT count(*) - count(DISTINCT change_seq) FROM partnership"}) {
        QVERIFY2(scalar(c, sql) == 0, sql);
    }
}

void TestGenerate::officesAreAtRealMenaCities()
{
    const QHash<QString, Box> boxes =
        countryBoxes(QStringLiteral(DALIL_SOURCE_DIR "/resources/geo/basemap.dbm"));
    QVERIFY(boxes.contains(QStringLiteral("LB")));
    QMultiHash<QString, QPair<double, double>> cities; // "LB/Beirut" → (lat, lon)
    QFile gazetteer(QStringLiteral(DALIL_SOURCE_DIR "/resources/geo/mena-cities.tsv"));
    QVERIFY(gazetteer.open(QIODevice::ReadOnly));
    gazetteer.readLine();
    while (!gazetteer.atEnd()) {
        const QList<QByteArray> f = gazetteer.readLine().trimmed().split('\t');
        if (f.size() >= 7) {
            cities.insert(QString::fromUtf8(f[0] + '/' + f[1]), {f[4].toDouble(), f[5].toDouble()});
        }
    }
    QSet<QString> countries;
    SqlStatement offices(m_a->database().handle(), "SELECT country, city, lat, lon FROM location");
    int checked = 0;
    while (offices.step()) {
        const QString country = offices.text(0);
        const double lat = offices.real(2);
        const double lon = offices.real(3);
        countries.insert(country);
        QVERIFY2(boxes.contains(country), qPrintable(country));
        const Box box = boxes.value(country);
        const double margin = 0.03; // the 2 km jitter around a coastal or border city
        QVERIFY2(lon >= box.west - margin && lon <= box.east + margin && lat >= box.south - margin &&
                     lat <= box.north + margin,
                 qPrintable(QStringLiteral("%1 %2,%3").arg(country).arg(lat).arg(lon)));
        double nearest = 1e9;
        const auto range = cities.equal_range(country + QLatin1Char('/') + offices.text(1));
        for (auto it = range.first; it != range.second; ++it) {
            nearest = std::min(nearest, distanceKm(lat, lon, it->first, it->second));
        }
        QVERIFY2(nearest < 2.0,
                 qPrintable(QStringLiteral("%1 %2: %3 km").arg(country, offices.text(1)).arg(nearest)));
        ++checked;
    }
    QVERIFY(checked >= kOrganisations);
    QVERIFY2(countries.size() >= 15, qPrintable(QString::number(countries.size())));
    // Weighted by population: Cairo, the region's largest city, has many offices; a town of 15,000 few.
    QVERIFY(scalar(*m_a, "SELECT count(*) FROM location WHERE city = 'Cairo'") > checked / 100);
}

void TestGenerate::spatialIndexIsComplete()
{
    Catalogue& c = *m_a;
    SqlStatement check(c.database().handle(), "SELECT rtreecheck('location_rtree')");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
    QCOMPARE(scalar(c, "SELECT count(*) FROM location_rtree"), scalar(c, "SELECT count(*) FROM location"));
    // The packed tree holds exactly the boxes SQLite's own insert trigger would have written.
    QCOMPARE(scalar(c, "SELECT count(*) FROM location l JOIN location_rtree r ON r.id = l.rowid WHERE "
                       "r.min_lon > l.lon OR r.max_lon < l.lon OR r.min_lat > l.lat OR r.max_lat < l.lat"),
             0);
    const float down = RtreeBulkLoader::roundDown(35.501611);
    const float up = RtreeBulkLoader::roundUp(35.501611);
    QVERIFY(double(down) <= 35.501611 && double(up) >= 35.501611 && down < up);
    // A map query over Lebanon finds through the index what a scan of the table finds.
    QCOMPARE(scalar(c, "SELECT count(*) FROM location_rtree WHERE max_lon >= 35.1 AND min_lon <= 36.6 AND "
                       "max_lat >= 33.05 AND min_lat <= 34.69"),
             scalar(c, "SELECT count(*) FROM location WHERE lon BETWEEN 35.1 AND 36.6 AND lat BETWEEN 33.05 "
                       "AND 34.69"));
}

void TestGenerate::packedSpatialIndexTakesLaterEdits()
{
    CatalogueGenerator::Options options;
    options.organisations = 300;
    QVERIFY(
        CatalogueGenerator::createAt(m_dir.filePath(QStringLiteral("edit.dalil")), options).error.isEmpty());
    auto catalogue = openOrFail(m_dir.filePath(QStringLiteral("edit.dalil")));
    QVERIFY(catalogue);
    Catalogue& c = *catalogue;
    // The search index was not fed row by row: it is marked stale, and one rebuild indexes it all.
    QVERIFY(c.searchIndex().isStale());
    QCOMPARE(scalar(c, "SELECT count(*) FROM search_queue"), 0);
    c.searchIndex().rebuild();
    QVERIFY(!c.searchIndex().isStale());
    QCOMPARE(c.database().meta(QStringLiteral("search_docs")).toInt(), 300);
    // Edits go through the insert, update and delete triggers into the packed tree.
    const QList<QJsonObject> offices = c.locations().where("country", QStringLiteral("EG"));
    QVERIFY(offices.size() > 3);
    QJsonObject moved = offices.first();
    moved.insert(QStringLiteral("lat"), 34.0); // at sea off Lebanon: no generated office is there
    moved.insert(QStringLiteral("lon"), 34.0);
    c.locations().save(moved);
    QJsonObject added = offices.last();
    added.remove(QStringLiteral("id"));
    c.locations().save(added);
    QVERIFY(c.organisations().remove(offices.at(1).value(QStringLiteral("organisation_id")).toString()));
    SqlStatement check(c.database().handle(), "SELECT rtreecheck('location_rtree')");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
    QCOMPARE(scalar(c, "SELECT count(*) FROM location_rtree"),
             scalar(c, "SELECT count(*) FROM location WHERE deleted = 0"));
    QCOMPARE(scalar(c,
                    "SELECT count(*) FROM location_rtree WHERE max_lat >= 33.999 AND min_lat <= 34.001 AND "
                    "max_lon >= 33.999 AND min_lon <= 34.001"),
             1);
}

void TestGenerate::namesLookReal()
{
    Catalogue& c = *m_a;
    QCOMPARE(scalar(c, "SELECT count(*) FROM organisation WHERE coalesce(name_ar, name_en, name_fr) IS NULL"),
             0);
    const qint64 both = scalar(c, "SELECT count(*) FROM organisation WHERE name_ar IS NOT NULL AND "
                                  "coalesce(name_en, name_fr) IS NOT NULL");
    QVERIFY2(both >= kOrganisations / 2, qPrintable(QString::number(both)));
    QVERIFY(scalar(c, "SELECT count(*) FROM organisation WHERE name_ar IS NOT NULL AND name_en IS NULL AND "
                      "name_fr IS NULL") > kOrganisations / 50);
    QVERIFY(scalar(c, "SELECT count(*) FROM organisation WHERE name_ar IS NULL") > kOrganisations / 50);
    QVERIFY(scalar(c, "SELECT count(*) FROM organisation WHERE name_fr IS NOT NULL") > 0);
    QVERIFY(scalar(c, "SELECT count(DISTINCT name_ar) FROM organisation") >
            scalar(c, "SELECT count(name_ar) FROM organisation") * 6 / 10);

    // GeoNames' Latin place names keep their marks: Nabatîyé, ’Aïn el Turk, Aş Şanamayn.
    static const QRegularExpression latin(
        QStringLiteral("^[^ ][\\p{Latin}\\p{M}0-9 ,'\\-\\x{2018}\\x{2019}`]+$"));
    static const QRegularExpression acronym(QStringLiteral("^[A-Z]{2,6}$"));
    int taaMarbuta = 0;
    int hamza = 0;
    int harakat = 0;
    int arabic = 0;
    int clitic = 0;
    SqlStatement names(c.database().handle(), "SELECT name_ar, name_en, name_fr, acronym FROM organisation");
    while (names.step()) {
        const QString ar = names.text(0);
        if (!ar.isEmpty()) {
            ++arabic;
            QVERIFY2(isArabicText(ar), qPrintable(ar));
            QVERIFY2(ar == ar.simplified(), qPrintable(ar));
            taaMarbuta += ar.contains(QChar(0x0629));
            hamza += ar.contains(QRegularExpression(QStringLiteral("[أإؤئء]")));
            harakat += ar.contains(QRegularExpression(QStringLiteral("[\\x{064B}-\\x{0652}]")));
            clitic += ar.contains(QStringLiteral(" لل"));
        }
        for (int column : {1, 2}) {
            if (!names.isNull(column)) {
                QVERIFY2(latin.match(names.text(column)).hasMatch(), qPrintable(names.text(column)));
            }
        }
        if (!names.isNull(3)) {
            QVERIFY2(acronym.match(names.text(3)).hasMatch(), qPrintable(names.text(3)));
        }
    }
    QVERIFY(taaMarbuta > arabic / 3);
    QVERIFY(hamza > arabic / 20);
    QVERIFY(clitic > arabic / 20);
    QVERIFY2(harakat > 0 && harakat < arabic / 10, qPrintable(QString::number(harakat)));
    QVERIFY(scalar(c, "SELECT count(*) FROM organisation WHERE name_en LIKE '% for %'") >
            kOrganisations / 10);
    QVERIFY(scalar(c, "SELECT count(*) FROM organisation WHERE name_ar LIKE 'جمعية %'") > 0);
    QVERIFY(scalar(c, "SELECT count(*) FROM organisation WHERE name_ar LIKE 'مؤسسة %'") > 0);
    QVERIFY(scalar(c, "SELECT count(*) FROM organisation WHERE name_ar LIKE '% حماية الطفل%' OR name_ar LIKE "
                      "'% لحماية الطفل%'") > 0);
    QVERIFY(scalar(c, "SELECT count(*) FROM organisation WHERE name_en LIKE '%Association%'") > 0);
    QVERIFY(scalar(c, "SELECT count(*) FROM organisation WHERE name_en LIKE '%Foundation%'") > 0);
    // A child-protection name carries the child-protection sector, so filters and names agree.
    QCOMPARE(scalar(c, "SELECT count(*) FROM organisation WHERE name_en LIKE '%Child Protection%' AND "
                       "sectors NOT LIKE '%\"child-protection\"%'"),
             0);
}

void TestGenerate::everyRowPassesValidation()
{
    Catalogue& c = *m_a;
    QSet<QString> sectors;
    QSet<QString> types;
    c.vocabularies().forEach([&](const QJsonObject& row) {
        const QString kind = row.value(QStringLiteral("kind")).toString();
        (kind == QLatin1String("sector") ? sectors : types)
            .insert(row.value(QStringLiteral("code")).toString());
    });
    QVERIFY(!sectors.isEmpty());
    int rows = 0;
    for (RecordTable* table :
         {static_cast<RecordTable*>(&c.organisations()), static_cast<RecordTable*>(&c.locations()),
          static_cast<RecordTable*>(&c.contacts()), static_cast<RecordTable*>(&c.partnerships()),
          static_cast<RecordTable*>(&c.memberships())}) {
        table->forEach([&](const QJsonObject& record) {
            ++rows;
            const QList<FieldError> errors = table->validate(record);
            if (!errors.isEmpty()) {
                QFAIL(qPrintable(
                    QStringLiteral("%1 %2: %3 %4")
                        .arg(QLatin1String(table->spec().table),
                             QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)),
                             errors.first().field, errors.first().message)));
            }
        });
    }
    QVERIFY(rows > kOrganisations * 4);
    c.organisations().forEach([&](const QJsonObject& org) {
        for (const QJsonValue& sector : org.value(QStringLiteral("sectors")).toArray()) {
            QVERIFY2(sectors.contains(sector.toString()), qPrintable(sector.toString()));
        }
        QVERIFY(!org.value(QStringLiteral("sectors")).toArray().isEmpty());
        QVERIFY(types.contains(org.value(QStringLiteral("type")).toString()));
    });
    // Phones carry the calling code of the organisation's country; e-mails its own domain.
    QCOMPARE(scalar(c,
                    "SELECT count(*) FROM contact k JOIN location l ON l.organisation_id = k.organisation_id "
                    "AND l.name_en = 'Head office' WHERE l.country = 'LB' AND k.phones <> '[]' AND k.phones "
                    "NOT LIKE '[\"+961%'"),
             0);
    QCOMPARE(scalar(c, "SELECT count(*) FROM contact k JOIN organisation o ON o.id = k.organisation_id WHERE "
                       "o.website IS NOT NULL AND k.emails NOT LIKE '%@' || substr(o.website, 13) || '\"%'"),
             0);
    QCOMPARE(scalar(c, "SELECT count(*) FROM (SELECT website FROM organisation WHERE website IS NOT NULL "
                       "GROUP BY website HAVING count(*) > 1)"),
             0);
}

void TestGenerate::cliGenerates()
{
    const QString path = m_dir.filePath(QStringLiteral("cli.dalil"));
    const auto run =
        test::runCli({QStringLiteral("--db"), path, QStringLiteral("generate"), QStringLiteral("--orgs"),
                      QStringLiteral("500"), QStringLiteral("--seed=9")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("500"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".generating")));
    const auto stats =
        test::runCli({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(stats.out).object();
    QCOMPARE(json.value(QStringLiteral("organisations")).toInt(), 500);
    QVERIFY(json.value(QStringLiteral("locations")).toInt() >= 500);
    QVERIFY(json.value(QStringLiteral("vocabulary")).toInt() > 0);
}

void TestGenerate::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("negative") << QStringList{QStringLiteral("--orgs"), QStringLiteral("-5")};
    QTest::newRow("not a number") << QStringList{QStringLiteral("--orgs"), QStringLiteral("abc")};
    QTest::newRow("arabic words") << QStringList{QStringLiteral("--orgs"), QStringLiteral("ألف")};
    QTest::newRow("zero") << QStringList{QStringLiteral("--orgs=0")};
    QTest::newRow("too many") << QStringList{QStringLiteral("--orgs"), QStringLiteral("20000000")};
    QTest::newRow("missing") << QStringList{};
    QTest::newRow("no value") << QStringList{QStringLiteral("--orgs")};
    QTest::newRow("bad seed") << QStringList{QStringLiteral("--orgs"), QStringLiteral("10"),
                                             QStringLiteral("--seed"), QStringLiteral("-1")};
    QTest::newRow("unknown") << QStringList{QStringLiteral("--orgs"), QStringLiteral("10"),
                                            QStringLiteral("--networks")};
}

void TestGenerate::cliUsageErrors()
{
    QFETCH(QStringList, arguments);
    const QString path = m_dir.filePath(QStringLiteral("usage.dalil"));
    const auto run =
        test::runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("generate")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith("dalil-cli generate: "));
    QVERIFY(!QFile::exists(path));
}

void TestGenerate::sameSeedTwiceIsRefusedOtherSeedAdds()
{
    const QString path = m_dir.filePath(QStringLiteral("twice.dalil"));
    const QStringList generate = {QStringLiteral("--db"), path, QStringLiteral("generate"),
                                  QStringLiteral("--orgs"), QStringLiteral("200")};
    QCOMPARE(test::runCli(generate + QStringList{QStringLiteral("--seed"), QStringLiteral("1")}).exitCode, 0);
    const auto again = test::runCli(generate + QStringList{QStringLiteral("--seed"), QStringLiteral("1")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("seed 1"));
    QCOMPARE(again.err.count('\n'), 1);
    QCOMPARE(test::runCli(generate + QStringList{QStringLiteral("--seed"), QStringLiteral("2")}).exitCode, 0);
    auto catalogue = openOrFail(path);
    QVERIFY(catalogue);
    QCOMPARE(scalar(*catalogue, "SELECT count(*) FROM organisation"), 400);
    // The second run went through the insert trigger into the existing spatial index.
    QCOMPARE(scalar(*catalogue, "SELECT count(*) FROM location_rtree"),
             scalar(*catalogue, "SELECT count(*) FROM location"));
    SqlStatement check(catalogue->database().handle(), "SELECT rtreecheck('location_rtree')");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
}

void TestGenerate::killedRunLeavesNoHalfCatalogue()
{
    // A new file: killed while building, it never appears under its name; the next run starts over.
    const QString fresh = m_dir.filePath(QStringLiteral("killed.dalil"));
    // Into an existing catalogue: killed inside the one transaction, nothing of the run remains.
    const QString existing = m_dir.filePath(QStringLiteral("existing.dalil"));
    QCOMPARE(test::runCli({QStringLiteral("--db"), existing, QStringLiteral("init")}).exitCode, 0);
    for (const QString& path : {fresh, existing}) {
        QProcess process;
        process.start(QStringLiteral(DALIL_CLI_PATH),
                      {QStringLiteral("--db"), path, QStringLiteral("generate"), QStringLiteral("--orgs"),
                       QStringLiteral("1000000")});
        QVERIFY(process.waitForStarted());
        // The first progress line: 50,000 organisations are written, inside the transaction.
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("generate:"), 60000);
        process.kill();
        QVERIFY(process.waitForFinished());
    }
    QVERIFY(!QFile::exists(fresh));
    auto catalogue = openOrFail(existing);
    QVERIFY(catalogue);
    SqlStatement integrity(catalogue->database().handle(), "PRAGMA integrity_check");
    QVERIFY(integrity.step());
    QCOMPARE(integrity.text(0), QStringLiteral("ok"));
    QCOMPARE(scalar(*catalogue, "SELECT count(*) FROM organisation"), 0);
    QCOMPARE(scalar(*catalogue, "SELECT count(*) FROM sqlite_schema WHERE name = 'location_rtree_insert'"),
             1);
    catalogue.reset();

    const auto retry = test::runCli({QStringLiteral("--db"), fresh, QStringLiteral("generate"),
                                     QStringLiteral("--orgs"), QStringLiteral("100")});
    QCOMPARE(retry.exitCode, 0);
    QVERIFY(QFile::exists(fresh));
    QVERIFY(!QFile::exists(fresh + QStringLiteral(".generating")));
}

QTEST_GUILESS_MAIN(TestGenerate)
#include "tst_generate.moc"
