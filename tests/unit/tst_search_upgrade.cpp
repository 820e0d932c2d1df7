// A catalogue whose search index was built with the FTS5 tables of migration 3 (format 4) is
// upgraded by migration 5: the tables are recreated with the cheaper options, the index is rebuilt
// at the first search, and every query finds what it found before, in the same order.

#include "TestSupport.h"

#include "catalogue/Catalogue.h"
#include "catalogue/Migrations.h"
#include "catalogue/SampleCatalogue.h"
#include "catalogue/SqlStatement.h"
#include "search/SearchEngine.h"
#include "search/SearchIndex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dalil;

namespace {

// The FTS5 tables as migration 3 created them (what a format-4 catalogue holds).
const char* const kFormat4Tables[] = {
    "CREATE VIRTUAL TABLE search_name_fts USING fts5 (names, content = 'search_doc', content_rowid = "
    "'docid', tokenize = 'ascii', detail = 'none', prefix = '1 2 3')",
    "CREATE VIRTUAL TABLE search_all_fts USING fts5 (names, body, content = 'search_doc', content_rowid = "
    "'docid', tokenize = 'ascii', detail = 'none', prefix = '1 2 3')",
    "CREATE VIRTUAL TABLE search_skel_fts USING fts5 (skel, content = 'search_doc', content_rowid = "
    "'docid', tokenize = 'ascii', detail = 'none', prefix = '1 2')",
};

// Diacritics, hamza forms, tatweel, Arabic-Indic digits, clitics, Latin for Arabic, a typo, and the
// first keystrokes (one, two and three letters, Arabic and Latin).
const char* const kQueries[] = {"الهلال الأحمر",
                                "الهلالُ الأحمرُ",
                                "الهـلال",
                                "هلال",
                                "hilal ahmar",
                                "انقاذ الطفل",
                                "save the children",
                                "مؤسسة",
                                "موسسه",
                                "٢٠٢٦",
                                "2026",
                                "ERC",
                                "egyptian red cresent",
                                "الهلال الاحمز",
                                "ج",
                                "جم",
                                "جمع",
                                "h",
                                "he",
                                "hea",
                                "برنامج الاغذ",
                                "جمعية ا",
                                "بيروت",
                                ""};

QString schemaOf(Database& db, const char* table)
{
    SqlStatement query(db.handle(), "SELECT sql FROM sqlite_master WHERE name = ?");
    query.bind(1, QString::fromLatin1(table));
    return query.step() ? query.text(0) : QString();
}

// Every query's hits (ids in order, with how they matched) and its facet total, one line each.
QStringList answers(Database& db)
{
    SearchEngine engine(db);
    QStringList lines;
    for (const char* text : kQueries) {
        SearchQuery q;
        q.text = QString::fromUtf8(text);
        q.limit = 50;
        const SearchResults results = engine.search(q, true);
        QStringList ids;
        for (const SearchHit& hit : results.hits) {
            ids.append(hit.id + QLatin1Char('/') + QString::number(int(hit.match)));
        }
        lines.append(QStringLiteral("%1 | %2 | %3 | %4 | %5")
                         .arg(q.text, ids.join(QLatin1Char(' ')), results.correctedText)
                         .arg(results.facets.total)
                         .arg(results.error));
    }
    return lines;
}

} // namespace

class TestSearchUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void format4IndexUpgradesWithSameResults();
};

void TestSearchUpgrade::format4IndexUpgradesWithSameResults()
{
    QVERIFY(latestSchemaVersion() >= 5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("format4.dalil"));
    QStringList before;
    {
        auto created = SampleCatalogue::createAt(path);
        QVERIFY2(created.catalogue, qPrintable(created.error));
        Catalogue& c = *created.catalogue;
        c.organisations().save(
            QJsonObject{{QStringLiteral("name_ar"), QStringLiteral("جَمْعِيَّةُ الأَمَلِ ٢٠٢٦")},
                        {QStringLiteral("name_en"), QStringLiteral("Hope Association 2026")},
                        {QStringLiteral("type"), QStringLiteral("22")},
                        {QStringLiteral("countries"), QJsonArray{QStringLiteral("LB")}}});
        Database& db = c.database();
        // Back to the tables of format 4, the index built in them, as Dalil left such a catalogue.
        db.transaction([&] {
            for (const char* table : {"search_name_fts", "search_all_fts", "search_skel_fts"}) {
                db.execute((QByteArray("DROP TABLE ") + table).constData());
            }
            for (const char* sql : kFormat4Tables) {
                db.execute(sql);
            }
        });
        c.searchIndex().rebuild();
        db.execute("PRAGMA user_version = 4");
        QVERIFY(!schemaOf(db, "search_all_fts").contains(QLatin1String("columnsize")));
        before = answers(db);
    }
    QCOMPARE(before.size(), int(std::size(kQueries)));

    auto opened = Catalogue::open(path);
    QVERIFY2(opened.catalogue, qPrintable(opened.error));
    Database& db = opened.catalogue->database();
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    for (const char* table : {"search_name_fts", "search_all_fts", "search_skel_fts"}) {
        QVERIFY2(schemaOf(db, table).contains(QLatin1String("columnsize = 0")), table);
    }
    QVERIFY2(schemaOf(db, "search_skel_fts").contains(QLatin1String("prefix = '2'")),
             qPrintable(schemaOf(db, "search_skel_fts")));
    // The recreated tables are empty until the rebuild: the upgrade marks the index stale.
    QVERIFY(opened.catalogue->searchIndex().isStale());
    const QStringList after = answers(db);
    QVERIFY(!opened.catalogue->searchIndex().isStale());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i), before.at(i));
    }
    // The first answers were not empty (a comparison of two empty indexes proves nothing).
    QVERIFY2(
        after.first().contains(SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("erc"))),
        qPrintable(after.first()));
    SqlStatement check(db.handle(), "INSERT INTO search_all_fts (search_all_fts) VALUES ('integrity-check')");
    check.exec();
}

QTEST_GUILESS_MAIN(TestSearchUpgrade)
#include "tst_search_upgrade.moc"
