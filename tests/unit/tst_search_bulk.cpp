#include "TestSupport.h"

#include "catalogue/Catalogue.h"
#include "catalogue/SampleCatalogue.h"
#include "catalogue/SqlStatement.h"
#include "search/SearchEngine.h"
#include "search/SearchIndex.h"
#include "search/SearchKeySorter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

using namespace dalil;

// A bulk write (import, pull, bundle) into a catalogue that already holds many more records is
// reindexed record by record, in batches, instead of by a whole rebuild: the index it leaves must
// be the one a whole rebuild makes (same documents, keys and term counts, so the same results and
// facet counts), with new, renamed and removed records, Arabic names and the funding that carries
// a renamed donor's names.
class TestSearchBulk : public QObject
{
    Q_OBJECT

private slots:
    void bulkReindexEqualsRebuild_data();
    void bulkReindexEqualsRebuild();
    void largeShareRebuildsInstead();
    void smallCatalogueRebuilds();
    void keySorterMergesRuns_data();
    void keySorterMergesRuns();

private:
    struct Snapshot
    {
        QStringList docs;
        QStringList keys;
        QStringList terms;
        QStringList results;
    };
    static Snapshot snapshot(Catalogue& c);
    static std::unique_ptr<Catalogue> base(const QString& path, int filler);
};

namespace {

const char* const kWords[] = {"الأمل",  "التنمية", "الإغاثة", "الصحة",  "التعليم", "الطفولة", "المرأة",
                              "الشباب", "السلام",  "الخير",   "البيئة", "الكرامة", "المياه",  "النور"};
const char* const kKinds[] = {"جمعية", "مؤسسة", "منظمة", "مركز", "رابطة"};
const char* const kCities[] = {"القاهرة", "بيروت", "عمّان", "إربد", "غزة", "صنعاء", "تونس", "الرباط"};
const char* const kCountries[] = {"EG", "LB", "JO", "JO", "PS", "YE", "TN", "MA"};
const char* const kSectors[] = {"health", "education", "wash", "protection", "livelihoods"};

QJsonObject organisation(int i, const QString& tag)
{
    const int kind = i % 5;
    const int word = (i * 7) % 14;
    const int city = (i * 3) % 8;
    return QJsonObject{
        {QStringLiteral("name_ar"), QStringLiteral("%1 %2 %3 %4")
                                        .arg(QString::fromUtf8(kKinds[kind]), QString::fromUtf8(kWords[word]),
                                             QString::fromUtf8(kCities[city]), tag)},
        {QStringLiteral("name_en"), QStringLiteral("%1 organisation %2").arg(tag).arg(i)},
        {QStringLiteral("type"), i % 3 == 0 ? QStringLiteral("22") : QStringLiteral("21")},
        {QStringLiteral("sectors"), QJsonArray{QLatin1String(kSectors[i % 5])}},
        {QStringLiteral("countries"), QJsonArray{QLatin1String(kCountries[city])}},
        {QStringLiteral("description_ar"),
         QStringLiteral("تعمل في مجال %1 في %2")
             .arg(QString::fromUtf8(kWords[(word + 3) % 14]), QString::fromUtf8(kCities[city]))}};
}

QJsonObject office(const QString& organisationId, int i)
{
    const int city = (i * 5) % 8;
    return QJsonObject{{QStringLiteral("organisation_id"), organisationId},
                       {QStringLiteral("country"), QLatin1String(kCountries[city])},
                       {QStringLiteral("city"), QString::fromUtf8(kCities[city])},
                       {QStringLiteral("lat"), 30.0 + city},
                       {QStringLiteral("lon"), 31.0 + city}};
}

QStringList column(Database& db, const char* sql)
{
    QStringList values;
    SqlStatement query(db.handle(), sql);
    while (query.step()) {
        values.append(query.text(0));
    }
    return values;
}

} // namespace

std::unique_ptr<Catalogue> TestSearchBulk::base(const QString& path, int filler)
{
    auto created = SampleCatalogue::createAt(path);
    if (!created.catalogue) {
        return nullptr;
    }
    Catalogue& c = *created.catalogue;
    c.database().transaction([&] {
        for (int i = 0; i < filler; ++i) {
            const QString id = c.organisations().save(organisation(i, QStringLiteral("base")));
            c.locations().save(office(id, i));
        }
    });
    c.searchIndex().ensureFresh();
    return std::move(created.catalogue);
}

TestSearchBulk::Snapshot TestSearchBulk::snapshot(Catalogue& c)
{
    Database& db = c.database();
    Snapshot s;
    // Sequence numbers (the low bits of a docid) depend on the order records were indexed in; the
    // importance (the high bits) and everything else must be equal.
    s.docs = column(db, "SELECT entity_id || '|' || kind || '|' || (docid >> 40) || '|' || names || '|' || "
                        "body || '|' || skel || '|' || keys || '|' || coalesce(hex(codes), '') || '|' || "
                        "coalesce(hex(geo), '') || '|' || coalesce(d0, '') || '|' || coalesce(d1, '') || "
                        "'|' || coalesce(amin, '') || '|' || coalesce(amax, '') || '|' || coalesce(year, '') "
                        "FROM search_doc ORDER BY entity_id");
    s.keys = column(db, "SELECT k.key || '|' || d.entity_id FROM search_key k JOIN search_doc d ON "
                        "d.docid = k.docid ORDER BY 1");
    s.terms = column(db, "SELECT term || '|' || df FROM search_term ORDER BY term");
    SearchEngine engine(db);
    for (const char* text : {"", "جمعية الأمل", "الامل", "مؤسسه الصحة", "هلال", "الهلالُ الأحمرُ",
                             "red crescent", "renamed", "جديدة", "added organisation", "base organisation 1",
                             "amal", "صحة", "التنمية في بيروت", "ERC", "save the children", "gone"}) {
        SearchQuery q;
        q.text = QString::fromUtf8(text);
        q.limit = 100000;
        q.typoTolerance = false;
        const SearchResults results = engine.search(q, true);
        QStringList ids;
        for (const SearchHit& hit : results.hits) {
            ids.append(hit.id);
        }
        ids.sort();
        QString line = QStringLiteral("%1: %2 hits [%3] total %4")
                           .arg(q.text)
                           .arg(ids.size())
                           .arg(ids.join(QLatin1Char(',')))
                           .arg(results.facets.total);
        for (const QList<FacetCount>* facet : {&results.facets.countries, &results.facets.sectors,
                                               &results.facets.types, &results.facets.networks}) {
            QStringList counts;
            for (const FacetCount& count : *facet) {
                counts.append(QStringLiteral("%1=%2").arg(count.value).arg(count.count));
            }
            counts.sort();
            line += QLatin1Char(' ') + counts.join(QLatin1Char(','));
        }
        s.results.append(line);
    }
    return s;
}

void TestSearchBulk::bulkReindexEqualsRebuild_data()
{
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("renamed");
    QTest::addColumn<int>("removed");
    QTest::newRow("new records only") << 120 << 0 << 0;
    QTest::newRow("renames, donors among them") << 0 << 60 << 0;
    QTest::newRow("removals") << 0 << 0 << 50;
    QTest::newRow("new, renamed and removed together") << 90 << 40 << 30;
}

void TestSearchBulk::bulkReindexEqualsRebuild()
{
    QFETCH(int, added);
    QFETCH(int, renamed);
    QFETCH(int, removed);
    QTemporaryDir dir;
    std::unique_ptr<Catalogue> catalogue = base(dir.filePath(QStringLiteral("bulk.dalil")), 1200);
    QVERIFY(catalogue);
    Catalogue& c = *catalogue;
    Database& db = c.database();
    QVERIFY(!c.searchIndex().isStale());
    const QString builtAt = db.meta(QStringLiteral("search_built_at"));
    // Donors of funding first: renaming them sends their funding back to the index too.
    QStringList existing = column(db, "SELECT DISTINCT donor_id FROM funding WHERE donor_id IS NOT NULL");
    existing += column(db, "SELECT id FROM organisation WHERE deleted = 0 AND id NOT IN (SELECT donor_id "
                           "FROM funding WHERE donor_id IS NOT NULL) ORDER BY id");
    {
        SearchIndex::BulkScope bulk(db, added + renamed + removed);
        QVERIFY(bulk.queueing());
        db.transaction([&] {
            QStringList newIds;
            for (int i = 0; i < added; ++i) {
                QJsonObject record = organisation(i + 5000, QStringLiteral("جديدة"));
                record.insert(QStringLiteral("name_en"), QStringLiteral("Added organisation %1").arg(i));
                const QString id = c.organisations().save(record);
                c.locations().save(office(id, i + 1));
                newIds.append(id);
            }
            for (int i = 0; i < renamed; ++i) {
                QJsonObject record = *c.organisations().find(existing.at(i));
                record.insert(QStringLiteral("name_ar"),
                              QStringLiteral("هيئة الإنقاذ المُعدَّلة %1").arg(QChar(0x0660 + i % 10)));
                record.insert(QStringLiteral("name_en"), QStringLiteral("Renamed body %1").arg(i));
                c.organisations().save(record);
                if (!newIds.isEmpty()) {
                    c.partnerships().save(
                        QJsonObject{{QStringLiteral("org_a"), existing.at(i)},
                                    {QStringLiteral("org_b"), newIds.at(i % newIds.size())}});
                }
            }
            for (int i = 0; i < removed; ++i) {
                QVERIFY(c.organisations().remove(existing.at(existing.size() - 1 - i)));
            }
        });
    }
    SqlStatement queued(db.handle(), "SELECT count(*) FROM search_queue");
    queued.step();
    QVERIFY(queued.int64(0) >= added + renamed + removed);
    queued.reset();
    QVERIFY(c.searchIndex().isStale());
    QVERIFY(c.searchIndex().ensureFresh());
    QVERIFY(!c.searchIndex().isStale());
    QCOMPARE(db.meta(QStringLiteral("search_built_at")), builtAt); // not a whole rebuild
    for (const char* table : {"search_name_fts", "search_all_fts", "search_skel_fts"}) {
        const QByteArray name(table);
        db.execute(("INSERT INTO " + name + " (" + name + ") VALUES ('integrity-check')").constData());
    }
    const Snapshot incremental = snapshot(c);
    QCOMPARE(db.meta(QStringLiteral("search_docs")), QString::number(incremental.docs.size()));
    c.searchIndex().rebuild();
    const Snapshot rebuilt = snapshot(c);
    QCOMPARE(incremental.docs.size(), rebuilt.docs.size());
    for (qsizetype i = 0; i < rebuilt.docs.size(); ++i) {
        const QString& a = incremental.docs.at(i);
        const QString& b = rebuilt.docs.at(i);
        qsizetype at = 0;
        while (at < a.size() && at < b.size() && a[at] == b[at]) {
            ++at;
        }
        QVERIFY2(a == b, qPrintable(QStringLiteral("%1 ... %2 | rebuilt: %3")
                                        .arg(a.left(40), a.mid(std::max<qsizetype>(0, at - 20), 80),
                                             b.mid(std::max<qsizetype>(0, at - 20), 80))));
    }
    QCOMPARE(incremental.keys, rebuilt.keys);
    QCOMPARE(incremental.terms, rebuilt.terms);
    for (qsizetype i = 0; i < rebuilt.results.size(); ++i) {
        QCOMPARE(incremental.results.at(i), rebuilt.results.at(i));
    }
}

void TestSearchBulk::largeShareRebuildsInstead()
{
    QTemporaryDir dir;
    std::unique_ptr<Catalogue> catalogue = base(dir.filePath(QStringLiteral("share.dalil")), 400);
    QVERIFY(catalogue);
    Catalogue& c = *catalogue;
    Database& db = c.database();
    {
        // Announced as small, but touching more than a quarter of the index: rebuilt at the end.
        SearchIndex::BulkScope bulk(db, 10);
        QVERIFY(bulk.queueing());
        db.transaction([&] {
            for (int i = 0; i < 300; ++i) {
                c.organisations().save(organisation(i + 9000, QStringLiteral("كثيرة")));
            }
        });
    }
    QVERIFY(c.searchIndex().isStale());
    SqlStatement queued(db.handle(), "SELECT count(*) FROM search_queue");
    queued.step();
    QCOMPARE(queued.int64(0), 0);
    queued.reset();
    QVERIFY(c.searchIndex().ensureFresh());
    SearchEngine engine(db);
    SearchQuery q;
    q.text = QStringLiteral("كثيره");
    QCOMPARE(engine.facets(q).total, qint64(300));
}

void TestSearchBulk::smallCatalogueRebuilds()
{
    QTemporaryDir dir;
    std::unique_ptr<Catalogue> catalogue = base(dir.filePath(QStringLiteral("small.dalil")), 0);
    QVERIFY(catalogue);
    // Expected to touch more than a quarter of what is indexed: triggers off, rebuilt afterwards.
    SearchIndex::BulkScope bulk(catalogue->database(), 100000);
    QVERIFY(!bulk.queueing());
}

void TestSearchBulk::keySorterMergesRuns_data()
{
    QTest::addColumn<qint64>("runBytes");
    QTest::addColumn<qint64>("reserved"); // keys announced to reserve(), as the rebuild does
    QTest::newRow("one run in memory") << qint64(64 * 1024 * 1024) << qint64(0);
    QTest::newRow("runs spilled and merged") << qint64(4096) << qint64(0);
    QTest::newRow("one run in memory, room reserved") << qint64(64 * 1024 * 1024) << qint64(3000);
    QTest::newRow("runs spilled and merged, room reserved") << qint64(4096) << qint64(3000);
}

// The rebuild's exact keys go to search_key in key order, also when they were spilled to disk in
// sorted runs (a million records): the merged order must be SQLite's (bytes, then length, then
// docid), with Arabic keys, keys that prefix each other and repeated keys.
void TestSearchBulk::keySorterMergesRuns()
{
    QFETCH(qint64, runBytes);
    QFETCH(qint64, reserved);
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &raw), SQLITE_OK);
    std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close);
    // A plain table: its rowids keep the order the keys were inserted in.
    QCOMPARE(
        sqlite3_exec(raw, "CREATE TABLE search_key (key TEXT, docid INTEGER)", nullptr, nullptr, nullptr),
        SQLITE_OK);
    QRandomGenerator random(7);
    QList<QPair<QByteArray, qint64>> expected;
    SearchKeySorter sorter(runBytes);
    sorter.reserve(reserved);
    for (int i = 0; i < 3000; ++i) {
        QString key = QString::fromUtf8(kKinds[random.bounded(5)]);
        if (random.bounded(3) > 0) {
            key += QLatin1Char(' ') + QString::fromUtf8(kWords[random.bounded(14)]);
        }
        if (random.bounded(4) == 0) {
            key = QStringLiteral("unicef %1").arg(random.bounded(50));
        }
        const qint64 docid = (qint64(random.bounded(4)) << 40) | random.bounded(100);
        expected.append({key.toUtf8(), docid});
        sorter.add(key.toUtf8(), docid);
    }
    sorter.write(raw);
    QCOMPARE(sorter.spilledRuns() > 1, runBytes < 1024 * 1024);
    SqlStatement rows(raw, "SELECT key, docid FROM search_key ORDER BY rowid");
    QList<QPair<QByteArray, qint64>> written;
    while (rows.step()) {
        written.append({rows.utf8(0), rows.int64(1)});
    }
    SqlStatement sorted(raw,
                        "SELECT count(*) FROM (SELECT key, docid, rowid, row_number() OVER (ORDER BY key, "
                        "docid) AS n FROM search_key) WHERE n = rowid");
    sorted.step();
    QCOMPARE(sorted.int64(0), qint64(expected.size()));
    std::sort(expected.begin(), expected.end());
    std::sort(written.begin(), written.end());
    QCOMPARE(written, expected);
}

QTEST_GUILESS_MAIN(TestSearchBulk)
#include "tst_search_bulk.moc"
