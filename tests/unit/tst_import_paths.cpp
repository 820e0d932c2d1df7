// A big import into an empty catalogue has a writer of its own (NewRowsPipeline with BulkLoad: no
// secondary indexes, R*Tree packed at the end, search index rebuilt once); a small import and an
// import into a catalogue that has rows go through the repositories and the search queue. The
// same awkward file (Arabic with diacritics and tatweel, Arabic-Indic digits, letters beyond the
// BMP, quotes, commas, tabs and line breaks in fields, rows folded into one organisation) must end
// as the same catalogue whichever way it is written: every column of every organisation, office
// and contact, the R*Tree, the search documents, keys and vocabulary, and what a search finds.
#include "TestSupport.h"

#include "catalogue/Catalogue.h"
#include "catalogue/SqlStatement.h"
#include "exchange/ImportJob.h"
#include "search/SearchEngine.h"
#include "search/SearchIndex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QUuid>
#include <QtEndian>
#include <QtTest>

#include <sqlite3.h>

#include <algorithm>

using namespace dalil;

namespace {

// One organisation of the generated file: its rows (a second and third row add offices and
// contacts to the same organisation, folded by name).
struct GeneratedOrganisation
{
    QList<QStringList> rows;
};

const QStringList kHeader = {QStringLiteral("Name in English"),
                             QStringLiteral("Name in Arabic"),
                             QStringLiteral("Acronym"),
                             QStringLiteral("Sectors"),
                             QStringLiteral("Description in Arabic"),
                             QStringLiteral("Website"),
                             QStringLiteral("Registration identifier"),
                             QStringLiteral("Country"),
                             QStringLiteral("City"),
                             QStringLiteral("Latitude"),
                             QStringLiteral("Longitude"),
                             QStringLiteral("Contact person"),
                             QStringLiteral("E-mail"),
                             QStringLiteral("Phone")};

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n'))) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString arabicIndic(int number)
{
    QString digits = QString::number(number);
    for (QChar& c : digits) {
        c = QChar(0x0660 + c.digitValue());
    }
    return digits;
}

QList<GeneratedOrganisation> generate(int count)
{
    static const char* const latin[] = {"Hope",        "Light",     "Youth", "Women's \"Voice\"",
                                        "Relief, Aid", "Éducation", "Santé", "Peace"};
    static const char* const arabic[] = {"جَمْعِيَّة",   "مؤسسة",     "الأمل",  "النّور",
                                         "التنمية", "الشبـــاب", "المرأة", "للإغاثة"};
    static const char* const beyondBmp[] = {"🌍", "𝔸", "🤝", "𐤀"};
    static const struct
    {
        const char* country;
        const char* city;
        double lat;
        double lon;
    } places[] = {{"Jordan", "عمّان", 31.95, 35.93},   {"Lebanon", "Beirut", 33.89, 35.50},
                  {"Egypt", "القاهرة", 30.04, 31.24}, {"Iraq", "Erbil", 36.19, 44.01},
                  {"Tunisia", "Tunis", 36.80, 10.18}, {"Morocco", "الرباط", 34.02, -6.83}};
    static const char* const sectors[] = {"Education", "Health", "Protection", "WASH"};

    QList<GeneratedOrganisation> organisations;
    for (int i = 0; i < count; ++i) {
        QString english = QStringLiteral("%1 %2 %3")
                              .arg(QLatin1String(latin[i % 8]), QLatin1String(latin[(i / 8) % 8]))
                              .arg(i);
        QString name = QStringLiteral("%1 %2 %3")
                           .arg(QString::fromUtf8(arabic[i % 8]), QString::fromUtf8(arabic[(i / 3) % 8]))
                           .arg(i % 2 ? arabicIndic(i) : QString::number(i));
        if (i % 7 == 0) {
            english += QLatin1Char(' ') + QString::fromUtf8(beyondBmp[i % 4]);
            name += QLatin1Char(' ') + QString::fromUtf8(beyondBmp[(i + 1) % 4]);
        }
        if (i % 11 == 0) {
            name += QStringLiteral(" Relief Network"); // a Latin part in the Arabic name
        }
        GeneratedOrganisation organisation;
        const int rows = 1 + (i % 5 == 0) + (i % 15 == 0);
        for (int row = 0; row < rows; ++row) {
            // Rows folded into one organisation stay in its country (another country would make
            // another organisation), in another city.
            const auto& place = places[i % 6];
            const bool located = (i + row) % 9 != 0;
            QString description = QStringLiteral("تعمل في %1\nمنذ عام %2\t(وصف)")
                                      .arg(QString::fromUtf8(place.city), arabicIndic(1990 + i % 30));
            organisation.rows.append(
                {english, name, i % 4 == 0 ? QStringLiteral("ORG%1").arg(i) : QString(),
                 QLatin1String(sectors[(i + row) % 4]), row == 0 ? description : QString(),
                 i % 6 == 0 ? QStringLiteral("https://org%1.example.org/").arg(i) : QString(),
                 i % 3 == 0 ? QStringLiteral("REG-%1").arg(i) : QString(), QLatin1String(place.country),
                 QString::fromUtf8(place.city) + (row ? QStringLiteral(" %1").arg(row) : QString()),
                 located ? QString::number(place.lat + double(i % 100) / 1000, 'f', 5) : QString(),
                 located ? QString::number(place.lon + double(row) / 100, 'f', 5) : QString(),
                 QStringLiteral("سارة \"أم علي\" %1").arg(i),
                 QStringLiteral("person%1.%2@example.org").arg(i).arg(row),
                 QStringLiteral("+962 6 %1").arg(5000000 + i * 3 + row)});
        }
        organisations.append(organisation);
    }
    return organisations;
}

QByteArray csv(const QList<GeneratedOrganisation>& organisations)
{
    QString out = kHeader.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const GeneratedOrganisation& organisation : organisations) {
        for (const QStringList& row : organisation.rows) {
            QStringList fields;
            for (const QString& value : row) {
                fields.append(csvField(value));
            }
            out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
    }
    return out.toUtf8();
}

QString valueText(const SqlStatement& query, int column)
{
    switch (query.columnType(column)) {
    case SQLITE_NULL:
        return QStringLiteral("NULL");
    case SQLITE_BLOB:
        return QString::fromLatin1(query.blob(column).toHex());
    default:
        return query.text(column);
    }
}

// Each row of `sql` as one line, the columns joined with a separator no value has; sorted, so that
// the order rows were written in does not matter.
QStringList lines(Catalogue& catalogue, const char* sql)
{
    SqlStatement query(catalogue.database().handle(), sql);
    QStringList out;
    while (query.step()) {
        QStringList values;
        for (int column = 0; column < query.columnCount(); ++column) {
            values.append(valueText(query, column));
        }
        out.append(values.join(QStringLiteral(" ¦ ")));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The columns of a table other than those that differ by nature between two writes of the same
// data (ids, revisions, times, change numbers), read from the schema itself so that a column added
// later is compared too.
QString comparedColumns(Catalogue& catalogue, const QString& table, const QString& prefix)
{
    SqlStatement query(catalogue.database().handle(), "SELECT name FROM pragma_table_info(?) ORDER BY cid");
    query.bind(1, table);
    QStringList columns;
    const QStringList skipped = {QStringLiteral("id"),         QStringLiteral("organisation_id"),
                                 QStringLiteral("rev"),        QStringLiteral("updated_at"),
                                 QStringLiteral("change_seq"), QStringLiteral("docid"),
                                 QStringLiteral("entity_id"),  QStringLiteral("codes")};
    while (query.step()) {
        const QString name = query.text(0);
        if (!skipped.contains(name)) {
            columns.append(prefix + name);
        }
    }
    return columns.join(QStringLiteral(", "));
}

// The whole catalogue as text, each line starting with its organisation's English name (unique in
// the file); the vocabulary of the search index with its document counts too when `terms`.
QStringList dump(Catalogue& catalogue, bool terms = true)
{
    QStringList out;
    auto section = [&](const QString& title, const QString& sql) {
        out.append(QStringLiteral("== ") + title);
        out += lines(catalogue, sql.toUtf8().constData());
    };
    section(QStringLiteral("organisation"),
            QStringLiteral("SELECT o.name_en, %1 FROM organisation AS o")
                .arg(comparedColumns(catalogue, QStringLiteral("organisation"), QStringLiteral("o."))));
    section(QStringLiteral("location"),
            QStringLiteral("SELECT o.name_en, %1 FROM location AS l JOIN organisation AS o ON o.id = "
                           "l.organisation_id")
                .arg(comparedColumns(catalogue, QStringLiteral("location"), QStringLiteral("l."))));
    section(QStringLiteral("contact"),
            QStringLiteral("SELECT o.name_en, %1 FROM contact AS c JOIN organisation AS o ON o.id = "
                           "c.organisation_id")
                .arg(comparedColumns(catalogue, QStringLiteral("contact"), QStringLiteral("c."))));
    // The R*Tree holds each located office once, at its point (as 32-bit floats).
    section(QStringLiteral("location_rtree"),
            QStringLiteral("SELECT o.name_en, l.city, abs(r.min_lon - l.lon) < 1e-4, "
                           "abs(r.min_lat - l.lat) < 1e-4 FROM location_rtree AS r "
                           "JOIN location AS l ON l.rowid = r.id JOIN organisation AS o "
                           "ON o.id = l.organisation_id"));
    section(QStringLiteral("search_doc"),
            QStringLiteral("SELECT o.name_en, %1 FROM search_doc AS d JOIN organisation AS o ON o.id = "
                           "d.entity_id")
                .arg(comparedColumns(catalogue, QStringLiteral("search_doc"), QStringLiteral("d."))));
    // A document's codes (country, sector, city...) are numbers given in the order they were first
    // met, so they are compared as the values they stand for.
    out.append(QStringLiteral("== search_doc codes"));
    QHash<quint32, QString> values;
    SqlStatement code(catalogue.database().handle(), "SELECT code, value FROM search_code");
    while (code.step()) {
        values.insert(quint32(code.int64(0)), code.text(1));
    }
    QStringList codes;
    SqlStatement doc(catalogue.database().handle(),
                     "SELECT o.name_en, d.codes FROM search_doc AS d JOIN organisation AS o ON o.id = "
                     "d.entity_id");
    while (doc.step()) {
        const QByteArray blob = doc.blob(1);
        QStringList named;
        for (qsizetype at = 0; at + 4 <= blob.size(); at += 4) {
            named.append(
                values.value(qFromLittleEndian<quint32>(blob.constData() + at), QStringLiteral("?")));
        }
        named.sort();
        codes.append(doc.text(0) + QStringLiteral(" ¦ ") + named.join(QLatin1Char(' ')));
    }
    codes.sort();
    out += codes;
    section(QStringLiteral("search_key"),
            QStringLiteral("SELECT o.name_en, k.key FROM search_key AS k JOIN search_doc AS d "
                           "ON d.docid = k.docid JOIN organisation AS o ON o.id = d.entity_id"));
    if (terms) {
        section(QStringLiteral("search_term"), QStringLiteral("SELECT term, df FROM search_term"));
    }
    return out;
}

// The first line where two dumps differ, for a failure message that says what.
QString firstDifference(const QStringList& a, const QStringList& b)
{
    for (int i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (a[i] != b[i]) {
            return QStringLiteral("line %1:\n  %2\n  %3").arg(i).arg(a[i], b[i]);
        }
    }
    return QStringLiteral("%1 lines against %2").arg(a.size()).arg(b.size());
}

} // namespace

class TestImportPaths : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bulkAndRepositoryPathsStoreTheSame();
    void searchIndexFromRecordsIsTheRebuiltOne_data();
    void searchIndexFromRecordsIsTheRebuiltOne();
    void editsAfterAnImportAreIndexed();

private:
    std::unique_ptr<Catalogue> newCatalogue(const QString& name);
    ImportReport import(Catalogue& catalogue, const QString& directory, const QByteArray& bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportPaths::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

std::unique_ptr<Catalogue> TestImportPaths::newCatalogue(const QString& name)
{
    return std::move(
        Catalogue::open(m_dir->filePath(name + QStringLiteral(".dalil")), Database::Mode::CreateIfMissing)
            .catalogue);
}

ImportReport TestImportPaths::import(Catalogue& catalogue, const QString& directory, const QByteArray& bytes)
{
    // The same file name everywhere: the records' source names it.
    QDir(m_dir->path()).mkpath(directory);
    const QString path = m_dir->filePath(directory + QStringLiteral("/partners.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    file.close();
    ImportJob job(path, {});
    if (!job.read() || job.tables().size() != 1) {
        return {};
    }
    // Every column of the file is recognised, so every one is compared below.
    for (int column = 0; column < job.mapping(0).size(); ++column) {
        if (job.mapping(0).field(column) == ImportField::Ignore) {
            qWarning("column %d not recognised", column);
            return {};
        }
    }
    return job.run(catalogue);
}

void TestImportPaths::bulkAndRepositoryPathsStoreTheSame()
{
    const int count = SearchIndex::kIncrementalLimit + 400;
    const QList<GeneratedOrganisation> organisations = generate(count);
    int rowCount = 0;
    for (const GeneratedOrganisation& organisation : organisations) {
        rowCount += int(organisation.rows.size());
    }

    // 1. The whole file into an empty catalogue: the bulk writer.
    auto bulk = newCatalogue(QStringLiteral("bulk"));
    QVERIFY(bulk);
    const ImportReport bulkReport = import(*bulk, QStringLiteral("whole"), csv(organisations));
    QVERIFY2(bulkReport.written, qPrintable(bulkReport.fatal + bulkReport.issues.value(0).toString()));
    QCOMPARE(bulkReport.errors(), 0);
    QCOMPARE(bulkReport.rowsRead, rowCount);
    QCOMPARE(bulkReport.organisationsCreated, count);

    auto scalar = [](Catalogue& catalogue, const char* sql) {
        SqlStatement query(catalogue.database().handle(), sql);
        return query.step() ? query.int64(0) : -1;
    };
    QCOMPARE(scalar(*bulk, "SELECT count(*) FROM location"), rowCount);
    QCOMPARE(scalar(*bulk, "SELECT count(*) FROM contact"), rowCount);
    QVERIFY(scalar(*bulk, "SELECT count(*) FROM location_rtree") > rowCount * 8 / 10);

    // 2. The same organisations in parts small enough to be indexed one by one.
    auto small = newCatalogue(QStringLiteral("small"));
    QVERIFY(small);
    const int part = SearchIndex::kIncrementalLimit / 2;
    int created = 0;
    for (int first = 0; first < count; first += part) {
        const ImportReport report =
            import(*small, QStringLiteral("part%1").arg(first), csv(organisations.mid(first, part)));
        QVERIFY2(report.written, qPrintable(report.fatal + report.issues.value(0).toString()));
        created += report.organisationsCreated;
    }
    QCOMPARE(created, count);

    // 3. The whole file into a catalogue that already has an organisation: a big import that
    // cannot set the indexes aside.
    auto filled = newCatalogue(QStringLiteral("filled"));
    QVERIFY(filled);
    QJsonObject existing{{QStringLiteral("name_ar"), QStringLiteral("منظمة سابقة")},
                         {QStringLiteral("name_en"), QStringLiteral("An earlier organisation")}};
    filled->organisations().save(existing);
    const ImportReport filledReport = import(*filled, QStringLiteral("whole"), csv(organisations));
    QVERIFY2(filledReport.written, qPrintable(filledReport.fatal + filledReport.issues.value(0).toString()));
    QCOMPARE(filledReport.organisationsCreated, count);

    for (Catalogue* catalogue : {bulk.get(), small.get(), filled.get()}) {
        catalogue->searchIndex().ensureFresh();
    }
    const QStringList expected = dump(*small);
    const QStringList fromBulk = dump(*bulk);
    QVERIFY2(fromBulk == expected, qPrintable(firstDifference(fromBulk, expected)));
    // Beside the earlier organisation (whose words also count in the vocabulary), the same.
    QStringList fromFilled = dump(*filled, false);
    QVERIFY(fromFilled.removeIf(
                [](const QString& line) { return line.startsWith(QLatin1String("An earlier")); }) > 0);
    const QStringList expectedWithoutTerms = dump(*small, false);
    QVERIFY2(fromFilled == expectedWithoutTerms,
             qPrintable(firstDifference(fromFilled, expectedWithoutTerms)));

    // What was stored is the file's text, letter for letter (diacritics, tatweel, Arabic-Indic
    // digits, letters beyond the BMP, line breaks and tabs).
    const QStringList& row = organisations[7].rows[0];
    SqlStatement stored(bulk->database().handle(),
                        "SELECT name_ar, description_ar FROM organisation WHERE name_en = ?");
    stored.bind(1, row[0]);
    QVERIFY(stored.step());
    QCOMPARE(stored.text(0), row[1]);
    QCOMPARE(stored.text(1), row[4]);
    QVERIFY(row[1].contains(QString::fromUtf8("𝔸")) || row[1].contains(QString::fromUtf8("🤝")) ||
            row[1].contains(QString::fromUtf8("🌍")) || row[1].contains(QString::fromUtf8("𐤀")));

    // And each catalogue finds an organisation by its Arabic name typed without diacritics,
    // tatweel or Arabic-Indic digits.
    for (Catalogue* catalogue : {bulk.get(), small.get(), filled.get()}) {
        SearchQuery query;
        query.text = QStringLiteral("الشباب مؤسسه 1205"); // stored as "الشبـــاب مؤسسة ١٢٠٥"
        const SearchResults found = SearchEngine(catalogue->database()).search(query);
        QVERIFY(!found.hits.isEmpty());
        QCOMPARE(catalogue->organisations()
                     .find(found.hits.first().id)
                     ->value(QLatin1String("name_en"))
                     .toString(),
                 organisations[1205].rows[0][0]);
    }
}

// Every table of the search index (documents, keys, terms, codes, the FTS5 tables' own), row by
// row with every column, and the index's figures in meta: what two builds of the same index share.
QStringList searchIndexDump(Catalogue& catalogue)
{
    Database& db = catalogue.database();
    QStringList out;
    QStringList tables;
    {
        SqlStatement names(db.handle(), "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE "
                                        "'search%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name");
        while (names.step()) {
            tables.append(names.text(0));
        }
    }
    for (const QString& table : std::as_const(tables)) {
        out.append(QStringLiteral("== ") + table);
        // An FTS5 structure record (id 10) starts with a counter of its writes, not of its content.
        const QString sql =
            table.endsWith(QLatin1String("_fts_data"))
                ? QStringLiteral("SELECT id, CASE id WHEN 10 THEN substr(block, 5) ELSE block "
                                 "END FROM \"%1\"")
                : QStringLiteral("SELECT * FROM \"%1\"");
        out += lines(catalogue, sql.arg(table).toUtf8().constData());
    }
    out.append(QStringLiteral("== meta"));
    out += lines(catalogue, "SELECT key, value FROM meta WHERE key LIKE 'search%' AND key NOT IN "
                            "('search_built_at', 'search_version')");
    return out;
}

// What a user finds: ids, ranks and facet counts of a few searches.
QStringList searchResults(Catalogue& catalogue)
{
    QStringList out;
    SearchEngine engine(catalogue.database());
    for (const char* text : {"", "الشباب مؤسسه", "مؤسسة الأمل", "hope light", "relief", "عمان", "Beirut",
                             "ORG20", "REG-33", "اغاثه", "santé", "🌍", "education"}) {
        SearchQuery query;
        query.text = QString::fromUtf8(text);
        query.limit = 50;
        const SearchResults results = engine.search(query, true);
        QStringList ids;
        for (const SearchHit& hit : results.hits) {
            ids.append(hit.id);
        }
        QString line =
            QStringLiteral("%1: %2 [%3]").arg(query.text).arg(results.facets.total).arg(ids.join(','));
        for (const QList<FacetCount>* facet :
             {&results.facets.countries, &results.facets.sectors, &results.facets.types}) {
            for (const FacetCount& count : *facet) {
                line += QStringLiteral(" %1=%2").arg(count.value).arg(count.count);
            }
        }
        out.append(line);
    }
    return out;
}

void TestImportPaths::searchIndexFromRecordsIsTheRebuiltOne_data()
{
    QTest::addColumn<bool>("others");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<bool>("wait");
    QTest::addColumn<int>("prebuilt"); // -1: any number
    // Funding and events take docids among the organisations': the FTS5 tables are then filled by
    // 'rebuild' on the writer's thread.
    QTest::newRow("with funding and an event") << true << false << true << 0;
    // The FTS5 tables built on a thread of their own (SearchFtsPrebuild), then copied in.
    QTest::newRow("organisations only") << false << false << true << 3;
    // As the import does it: the tables the build has not begun when the writer needs them are
    // filled there by 'rebuild' (how many depends on the machine).
    QTest::newRow("organisations only, writer not waiting") << false << false << false << -1;
    // The copy refused half-way (the catalogue's connection denies it a DELETE): what it copied is
    // rolled back and the table filled by 'rebuild'.
    QTest::newRow("organisations only, copy refused") << false << true << true << 2;
}

void TestImportPaths::searchIndexFromRecordsIsTheRebuiltOne()
{
    // A big import into an empty catalogue makes the organisations' search documents from the rows
    // it writes (SearchIndexFromRecords) instead of rebuilding the index from the catalogue: the
    // index must be, byte for byte, the one the rebuild makes (same docids, so the same order of
    // equal ranks; same FTS5 segments), whatever order the file gives its ids in.
    QFETCH(bool, others);
    QFETCH(bool, refused);
    QFETCH(bool, wait);
    QFETCH(int, prebuilt);
    if (wait) {
        qputenv("DALIL_IMPORT_FTS_PREBUILD_WAIT", "1");
    }
    const auto unset = qScopeGuard([] { qunsetenv("DALIL_IMPORT_FTS_PREBUILD_WAIT"); });
    const int count = SearchIndex::kIncrementalLimit + 300;
    QList<GeneratedOrganisation> organisations = generate(count);
    // Dalil ids of the file's own, in no order (an export imported again), others made by the import.
    for (int i = 0; i < count; i += 3) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (QStringList& row : organisations[i].rows) {
            row.append(i % 2 ? id : id.toUpper());
        }
    }
    for (int i = 0; i < count; ++i) {
        for (QStringList& row : organisations[i].rows) {
            if (row.size() == kHeader.size()) {
                row.append(i % 5 == 1 ? QStringLiteral("ORG-%1").arg(i) : QString());
            }
        }
    }
    QByteArray file = csv(organisations);
    file.replace(kHeader.join(QLatin1Char(',')).toUtf8(),
                 (kHeader.join(QLatin1Char(',')) + ",Dalil id").toUtf8());

    auto catalogue = newCatalogue(QStringLiteral("records"));
    QVERIFY(catalogue);
    if (refused) {
        // FTS5 itself never deletes its settings (it replaces them); the copy empties the table first.
        sqlite3_set_authorizer(
            catalogue->database().handle(),
            [](void*, int action, const char* table, const char*, const char*, const char*) {
                return action == SQLITE_DELETE && table && QByteArray(table) == "search_all_fts_config"
                           ? SQLITE_DENY
                           : SQLITE_OK;
            },
            nullptr);
    }
    // Funding and an event the import does not write, indexed with its organisations.
    catalogue->database().transaction([&] {
        if (!others) {
            return;
        }
        catalogue->database().execute(
            "INSERT INTO funding (id, title_ar, title_en, countries, sectors, rev, updated_at) VALUES "
            "('f-1', 'منحة التعليم', 'Education grant', '[\"JO\"]', '[\"education\"]', '1', '2025-01-01')");
        catalogue->database().execute(
            "INSERT INTO event (id, title_ar, title_en, start_utc, country, city, rev, updated_at) VALUES "
            "('e-1', 'ملتقى الشباب', 'Youth forum', '2025-03-01T09:00:00Z', 'LB', 'Beirut', '1', "
            "'2025-01-01')");
    });
    catalogue->searchIndex().ensureFresh();
    // The facet codes numbered so far (the funding's and the event's): a rebuild after the import
    // would number the new ones after them.
    catalogue->database().execute("CREATE TEMP TABLE codes_before AS SELECT * FROM search_code");
    const ImportReport report = import(*catalogue, QStringLiteral("records"), file);
    QVERIFY2(report.written, qPrintable(report.fatal + report.issues.value(0).toString()));
    QCOMPARE(report.organisationsCreated, count);
    QVERIFY2(report.timings.searchFromRecords, "the documents were made from the rows");
    if (prebuilt >= 0) {
        QCOMPARE(report.timings.searchFtsPrebuilt, prebuilt);
    }
    sqlite3_set_authorizer(catalogue->database().handle(), nullptr, nullptr);
    QVERIFY(!catalogue->searchIndex().isStale());
    Database& db = catalogue->database();
    {
        // The file's own ids were kept (so the documents were not made in id order).
        SqlStatement given(db.handle(), "SELECT count(*) FROM organisation WHERE id <> lower(id)");
        QVERIFY(given.step());
        QVERIFY(given.int64(0) > count / 10);
    }
    // FTS5's own checks, the index against its content (search_doc) too: on the connection that
    // wrote the index (which must not read it from what it held before), and on a new one.
    sqlite3* other = nullptr;
    QCOMPARE(sqlite3_open_v2(qPrintable(db.path()), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    const auto closeOther = qScopeGuard([other] { sqlite3_close_v2(other); });
    for (const char* table : {"search_name_fts", "search_all_fts", "search_skel_fts"}) {
        const QByteArray name(table);
        const QByteArray check =
            "INSERT INTO " + name + " (" + name + ", rank) VALUES ('integrity-check', 1)";
        db.execute(check.constData());
        QVERIFY2(sqlite3_exec(other, check.constData(), nullptr, nullptr, nullptr) == SQLITE_OK,
                 sqlite3_errmsg(other));
    }
    auto matches = [](sqlite3* connection, const char* sql) {
        SqlStatement count(connection, sql);
        return count.step() ? count.int64(0) : -1;
    };
    for (const char* sql : {"SELECT count(*) FROM search_all_fts WHERE search_all_fts MATCH 'a*'",
                            "SELECT count(*) FROM search_name_fts WHERE search_name_fts MATCH 'b*'",
                            "SELECT count(*) FROM search_skel_fts WHERE search_skel_fts MATCH 'ab*'"}) {
        QCOMPARE(matches(db.handle(), sql), matches(other, sql));
    }
    QVERIFY(matches(db.handle(), "SELECT count(*) FROM search_all_fts WHERE search_all_fts MATCH 'a*'") > 0);
    const QStringList fromRecords = searchIndexDump(*catalogue);
    const QStringList foundFromRecords = searchResults(*catalogue);
    QVERIFY(fromRecords.size() > 3 * count);

    // The rebuild, with the facet codes as they were before the import: the new ones numbered in
    // the order the rebuild meets them.
    db.transaction([&] {
        db.execute("DELETE FROM search_code");
        db.execute("INSERT INTO search_code SELECT * FROM temp.codes_before");
    });
    SearchIndex(db).rebuild();
    const QStringList rebuilt = searchIndexDump(*catalogue);
    QVERIFY2(fromRecords == rebuilt, qPrintable(firstDifference(fromRecords, rebuilt)));
    QCOMPARE(foundFromRecords, searchResults(*catalogue));
}

void TestImportPaths::editsAfterAnImportAreIndexed()
{
    // The index the import filled from its rows is kept up by the same connection afterwards: an
    // organisation saved with facet values no record had (a new city, sector, country) is indexed
    // at its commit, with codes that follow the import's.
    auto catalogue = newCatalogue(QStringLiteral("edits"));
    QVERIFY(catalogue);
    Database& db = catalogue->database();
    db.transaction([&] {
        db.execute("INSERT INTO funding (id, title_ar, countries, rev, updated_at) VALUES ('f-1', 'منحة', "
                   "'[\"JO\"]', '1', '2025-01-01')");
    });
    catalogue->searchIndex().ensureFresh(); // the connection's index writer knows the codes so far
    const ImportReport report =
        import(*catalogue, QStringLiteral("edits"), csv(generate(SearchIndex::kIncrementalLimit + 10)));
    QVERIFY2(report.written, qPrintable(report.fatal + report.issues.value(0).toString()));
    QVERIFY(report.timings.searchFromRecords);
    QString id;
    db.transaction([&] {
        id = catalogue->organisations().save(
            QJsonObject{{QStringLiteral("name_ar"), QStringLiteral("جمعية وادي عربة")},
                        {QStringLiteral("name_en"), QStringLiteral("Wadi Araba Society")},
                        {QStringLiteral("sectors"), QJsonArray{QStringLiteral("beekeeping")}},
                        {QStringLiteral("countries"), QJsonArray{QStringLiteral("OM")}}});
        catalogue->locations().save(QJsonObject{{QStringLiteral("organisation_id"), id},
                                                {QStringLiteral("country"), QStringLiteral("OM")},
                                                {QStringLiteral("city"), QStringLiteral("صلالة")}});
    });
    QVERIFY(!catalogue->searchIndex().isStale());
    SearchQuery query;
    query.text = QStringLiteral("وادي عربه");
    const SearchResults found = SearchEngine(db).search(query, true);
    QCOMPARE(found.hits.value(0).id, id);
    QCOMPARE(found.facets.total, qint64(1));
    SqlStatement codes(db.handle(), "SELECT count(*), count(DISTINCT value), max(code) FROM search_code");
    QVERIFY(codes.step());
    QCOMPARE(codes.int64(0), codes.int64(1));
    QCOMPARE(codes.int64(2), codes.int64(0));
}

QTEST_GUILESS_MAIN(TestImportPaths)
#include "tst_import_paths.moc"
