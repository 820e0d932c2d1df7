#include "search/SearchIndexRebuild.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"
#include "search/SearchDocumentBuilder.h"
#include "search/SearchIndexWriter.h"
#include "search/SortedStream.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace dalil {

namespace {

// joinUnique that also leaves the distinct non-empty tokens in `seen` (the rebuild counts document
// frequencies from them instead of splitting the joined text again).
QString joinUniqueInto(const QStringList& tokens, QSet<QString>& seen)
{
    QString out;
    const qsizetype before = seen.size();
    for (const QString& token : tokens) {
        const qsizetype size = seen.size();
        seen.insert(token);
        if (seen.size() == size) {
            continue;
        }
        if (seen.size() - before > 1) {
            out.append(QLatin1Char(' '));
        }
        out.append(token);
    }
    seen.remove(QString());
    return out.isNull() ? QStringLiteral("") : out;
}

} // namespace

SearchIndexRebuild::SearchIndexRebuild(Database& db, SearchDocumentBuilder& builder,
                                       SearchIndexWriter& writer)
    : m_db(db)
    , m_builder(builder)
    , m_writer(writer)
{
}

void SearchIndexRebuild::run(const std::function<void(qint64)>& progress)
{
    m_builder.loadVocabulary();
    for (const char* sql :
         {"INSERT INTO search_name_fts (search_name_fts) VALUES ('delete-all')",
          "INSERT INTO search_all_fts (search_all_fts) VALUES ('delete-all')",
          "INSERT INTO search_skel_fts (search_skel_fts) VALUES ('delete-all')", "DELETE FROM search_doc",
          "DELETE FROM search_key", "DELETE FROM search_term", "DELETE FROM search_queue"}) {
        m_db.execute(sql);
    }
    m_writer.resetSequence();
    QHash<QString, qint64> documentFrequency;
    qint64 indexed = 0;
    double namesLength = 0;
    double bodyLength = 0;
    QSet<QString> nameTerms;
    QSet<QString> bodyTerms;
    auto store = [&](const IndexDoc& doc) {
        nameTerms.clear();
        bodyTerms.clear();
        const QString names = joinUniqueInto(doc.names, nameTerms);
        const QString body = joinUniqueInto(doc.body, bodyTerms);
        m_writer.insertDoc(SearchIndexWriter::docidFor(doc.importance, m_writer.nextSequence()), doc, names,
                           body);
        for (const QString& term : nameTerms) {
            ++documentFrequency[term];
        }
        for (const QString& term : bodyTerms) {
            if (!nameTerms.contains(term)) {
                ++documentFrequency[term];
            }
        }
        namesLength += doc.names.size();
        bodyLength += doc.body.size();
        ++indexed;
        if (progress && indexed % 10000 == 0) {
            progress(indexed);
        }
    };

    sqlite3* db = m_db.handle();
    SortedStream offices(db, "SELECT organisation_id, country, admin1, admin1_pcode, admin2, city, lat, lon "
                             "FROM location WHERE deleted = 0 ORDER BY organisation_id");
    SortedStream networks(
        db, "SELECT member_id, network_id FROM membership WHERE deleted = 0 ORDER BY member_id");
    SortedStream members(db,
                         "SELECT network_id, count(*) FROM membership WHERE deleted = 0 GROUP BY network_id "
                         "ORDER BY network_id");
    SortedStream partnersA(db, "SELECT org_a, org_b FROM partnership WHERE deleted = 0 ORDER BY org_a");
    SortedStream partnersB(db, "SELECT org_b, org_a FROM partnership WHERE deleted = 0 ORDER BY org_b");
    SqlStatement orgs(
        db, "SELECT id, name_ar, name_en, name_fr, acronym, type, sectors, countries, description_ar, "
            "description_en, founded, registration_id, languages, source FROM organisation "
            "WHERE deleted = 0 ORDER BY id");
    while (orgs.step()) {
        SearchDocumentBuilder::OrganisationData org;
        const QByteArray key = orgs.utf8(0);
        org.id = QString::fromUtf8(key);
        SearchDocumentBuilder::readOrganisationColumns(orgs, 1, org);
        offices.take(key, [&](const SqlStatement& row) {
            org.offices.append(SearchDocumentBuilder::readOffice(row, 1));
        });
        networks.take(key, [&](const SqlStatement& row) { org.networks.append(row.text(1)); });
        members.take(key, [&](const SqlStatement& row) { org.memberCount = row.int64(1); });
        partnersA.take(key, [&](const SqlStatement& row) { org.partners.append(row.text(1)); });
        partnersB.take(key, [&](const SqlStatement& row) { org.partners.append(row.text(1)); });
        store(m_builder.buildOrganisation(org));
    }
    {
        SqlStatement rows(db, SearchDocumentBuilder::kFundingSql);
        while (rows.step()) {
            store(m_builder.buildFunding(rows));
        }
    }
    {
        SqlStatement rows(db, SearchDocumentBuilder::kResourceSql);
        while (rows.step()) {
            store(m_builder.buildResource(rows));
        }
    }
    {
        SqlStatement rows(db, SearchDocumentBuilder::kEventSql);
        while (rows.step()) {
            store(m_builder.buildEvent(rows));
        }
    }
    // Each FTS5 table is filled in one pass with a large in-memory term buffer (fewer, larger
    // segments to merge: about a third less work), then set back to the default buffer for
    // the small incremental writes.
    for (const char* table : {"search_name_fts", "search_all_fts", "search_skel_fts"}) {
        const QByteArray name(table);
        m_db.execute(
            ("INSERT INTO " + name + " (" + name + ", rank) VALUES ('hashsize', 67108864)").constData());
        m_db.execute(("INSERT INTO " + name + " (" + name + ") VALUES ('rebuild')").constData());
        m_db.execute(
            ("INSERT INTO " + name + " (" + name + ", rank) VALUES ('hashsize', 1048576)").constData());
    }
    QStringList terms = documentFrequency.keys();
    terms.sort();
    SqlStatement insertTerm(db, "INSERT INTO search_term (term, df) VALUES (?, ?)");
    for (const QString& term : terms) {
        insertTerm.bindAll(term, documentFrequency.value(term)).exec();
    }
    m_writer.saveSequence();
    m_db.execute("DELETE FROM meta WHERE key = 'search_stale'");
    m_db.setMeta(QStringLiteral("search_docs"), QString::number(indexed));
    m_db.setMeta(QStringLiteral("search_avg_names"),
                 QString::number(indexed ? namesLength / double(indexed) : 1.0));
    m_db.setMeta(QStringLiteral("search_avg_body"),
                 QString::number(indexed ? bodyLength / double(indexed) : 1.0));
    m_db.setMeta(QStringLiteral("search_built_at"), Database::nowText());
    m_db.setMeta(QStringLiteral("search_version"),
                 QString::number(m_db.meta(QStringLiteral("search_version")).toLongLong() + 1));
}

} // namespace dalil
