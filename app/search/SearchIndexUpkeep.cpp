#include "search/SearchIndexUpkeep.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"
#include "search/SearchDocumentBuilder.h"
#include "search/SearchIndexWriter.h"
#include "search/SearchQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QSet>

#include <utility>

namespace dalil {

namespace {

QStringList distinctTokens(const QString& names, const QString& body)
{
    QSet<QString> set;
    for (const QString& t : names.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        set.insert(t);
    }
    for (const QString& t : body.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        set.insert(t);
    }
    return QStringList(set.begin(), set.end());
}

} // namespace

SearchIndexUpkeep::SearchIndexUpkeep(Database& db, SearchDocumentBuilder& builder, SearchIndexWriter& writer)
    : m_db(db)
    , m_builder(builder)
    , m_writer(writer)
{
}

void SearchIndexUpkeep::reindexQueue()
{
    if (!m_builder.vocabularyLoaded()) {
        m_builder.loadVocabulary();
    }
    QList<QPair<QString, int>> items;
    {
        SqlStatement queue(m_db.handle(), "SELECT entity_id, kind FROM search_queue");
        while (queue.step()) {
            items.append({queue.text(0), int(queue.int64(1))});
        }
    }
    // Funding, resources and events carry their donor's, publisher's or organiser's names: an
    // organisation whose names changed (or that is gone) sends them back to the index too.
    QSet<QString> reindexed;
    QJsonArray renamed;
    for (const auto& [id, kind] : items) {
        reindexed.insert(id);
        std::optional<IndexDoc> doc = m_builder.loadDoc(id, kind);
        if (kind == int(EntityKind::Organisation)) {
            SqlStatement& old = m_db.statement("SELECT keys FROM search_doc WHERE entity_id = ?");
            old.bind(1, id);
            const bool wasIndexed = old.step();
            const QString oldKeys = wasIndexed ? old.text(0) : QString();
            old.reset();
            if (wasIndexed && (!doc || doc->displayKeys.join(QLatin1Char('\n')) != oldKeys)) {
                renamed.append(id);
            }
        }
        replace(id, doc);
    }
    if (!renamed.isEmpty()) {
        const QString ids = QString::fromUtf8(QJsonDocument(renamed).toJson(QJsonDocument::Compact));
        QList<QPair<QString, int>> dependents;
        for (const auto& [sql, kind] :
             {std::make_pair("SELECT id FROM funding WHERE deleted = 0 AND donor_id IN "
                             "(SELECT value FROM json_each(?))",
                             int(EntityKind::Funding)),
              std::make_pair("SELECT id FROM resource WHERE deleted = 0 AND publisher_id IN "
                             "(SELECT value FROM json_each(?))",
                             int(EntityKind::Resource)),
              std::make_pair("SELECT id FROM event WHERE deleted = 0 AND organiser_id IN "
                             "(SELECT value FROM json_each(?))",
                             int(EntityKind::Event))}) {
            SqlStatement& query = m_db.statement(sql);
            query.bind(1, ids);
            while (query.step()) {
                const QString id = query.text(0);
                if (!reindexed.contains(id)) {
                    dependents.append({id, kind});
                }
            }
            query.reset();
        }
        for (const auto& [id, kind] : dependents) {
            replace(id, m_builder.loadDoc(id, kind));
        }
    }
    m_db.execute("DELETE FROM search_term WHERE df <= 0");
    m_db.execute("DELETE FROM search_queue");
    m_writer.saveSequence();
    m_db.setMeta(QStringLiteral("search_version"),
                 QString::number(m_db.meta(QStringLiteral("search_version")).toLongLong() + 1));
}

void SearchIndexUpkeep::replace(const QString& entityId, const std::optional<IndexDoc>& doc)
{
    qint64 oldDocid = -1;
    {
        SqlStatement& old =
            m_db.statement("SELECT docid, names, body, skel FROM search_doc WHERE entity_id = ?");
        old.bind(1, entityId);
        if (old.step()) {
            oldDocid = old.int64(0);
            const QString names = old.text(1);
            const QString body = old.text(2);
            const QString skel = old.text(3);
            old.reset();
            m_db.statement(
                    "INSERT INTO search_name_fts (search_name_fts, rowid, names) VALUES ('delete', ?, ?)")
                .bindAll(oldDocid, names)
                .exec();
            m_db.statement("INSERT INTO search_all_fts (search_all_fts, rowid, names, body) VALUES "
                           "('delete', ?, ?, ?)")
                .bindAll(oldDocid, names, body)
                .exec();
            m_db.statement(
                    "INSERT INTO search_skel_fts (search_skel_fts, rowid, skel) VALUES ('delete', ?, ?)")
                .bindAll(oldDocid, skel)
                .exec();
            for (const QString& term : distinctTokens(names, body)) {
                m_db.statement("UPDATE search_term SET df = df - 1 WHERE term = ?").bind(1, term).exec();
            }
            m_db.statement("DELETE FROM search_key WHERE docid = ?").bind(1, oldDocid).exec();
            m_db.statement("DELETE FROM search_doc WHERE docid = ?").bind(1, oldDocid).exec();
        } else {
            old.reset();
        }
    }
    if (!doc) {
        return;
    }
    const qint64 docid = oldDocid >= 0 && SearchIndexWriter::importanceOfDocid(oldDocid) == doc->importance
                             ? oldDocid
                             : SearchIndexWriter::docidFor(doc->importance, m_writer.nextSequence());
    const QString names = SearchIndexWriter::joinUnique(doc->names);
    const QString body = SearchIndexWriter::joinUnique(doc->body);
    m_writer.insertDoc(docid, *doc, names, body);
    m_db.statement("INSERT INTO search_name_fts (rowid, names) VALUES (?, ?)").bindAll(docid, names).exec();
    m_db.statement("INSERT INTO search_all_fts (rowid, names, body) VALUES (?, ?, ?)")
        .bindAll(docid, names, body)
        .exec();
    m_db.statement("INSERT INTO search_skel_fts (rowid, skel) VALUES (?, ?)")
        .bindAll(docid, SearchIndexWriter::joinUnique(doc->skel))
        .exec();
    for (const QString& term : distinctTokens(names, body)) {
        m_db.statement("INSERT INTO search_term (term, df) VALUES (?, 1) ON CONFLICT (term) DO UPDATE "
                       "SET df = df + 1")
            .bind(1, term)
            .exec();
    }
}

} // namespace dalil
