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

#include <algorithm>
#include <utility>
#include <vector>

namespace dalil {

namespace {

// A batch is small enough to hold in memory and large enough that the FTS5 writes of a batch go
// out as a few segments (deletes, then inserts, each in rowid order).
constexpr int kBatch = 2000;

// Adds `delta` to the document frequency of every distinct word of a document's names and body.
void countTerms(QHash<QString, qint64>& frequencyChange, const QString& names, const QString& body, int delta)
{
    QSet<QString> terms;
    for (const QString& text : {names, body}) {
        for (const QString& t : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            terms.insert(t);
        }
    }
    for (const QString& term : std::as_const(terms)) {
        frequencyChange[term] += delta;
    }
}

struct OldDoc
{
    qint64 docid = -1;
    QString names, body, skel, keys;
};

struct NewDoc
{
    qint64 docid = -1;
    IndexDoc doc;
    QString names, body, skel;
};

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
        SqlStatement queue(m_db.handle(), "SELECT entity_id, kind FROM search_queue WHERE kind >= 0");
        while (queue.step()) {
            items.append({queue.text(0), int(queue.int64(1))});
        }
    }
    // Funding, resources and events carry their donor's, publisher's or organiser's names: an
    // organisation whose names changed (or that is gone) sends them back to the index too.
    QSet<QString> reindexed;
    QJsonArray renamed;
    for (qsizetype start = 0; start < items.size(); start += kBatch) {
        reindex(items.mid(start, kBatch), &reindexed, &renamed);
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
        for (qsizetype start = 0; start < dependents.size(); start += kBatch) {
            reindex(dependents.mid(start, kBatch), nullptr, nullptr);
        }
    }
    m_db.execute("DELETE FROM search_term WHERE df <= 0");
    m_db.execute("DELETE FROM search_queue");
    m_writer.saveSequence();
    if (m_documentChange != 0) {
        m_db.setMeta(
            QStringLiteral("search_docs"),
            QString::number(m_db.meta(QStringLiteral("search_docs")).toLongLong() + m_documentChange));
        m_documentChange = 0;
    }
    m_db.setMeta(QStringLiteral("search_version"),
                 QString::number(m_db.meta(QStringLiteral("search_version")).toLongLong() + 1));
}

void SearchIndexUpkeep::reindex(const QList<QPair<QString, int>>& items, QSet<QString>* reindexed,
                                QJsonArray* renamed)
{
    std::vector<OldDoc> olds;
    std::vector<NewDoc> news;
    olds.reserve(size_t(items.size()));
    news.reserve(size_t(items.size()));
    for (const auto& [id, kind] : items) {
        if (reindexed) {
            reindexed->insert(id);
        }
        std::optional<IndexDoc> doc = m_builder.loadDoc(id, kind);
        OldDoc old;
        QString oldKeys;
        {
            SqlStatement& query =
                m_db.statement("SELECT docid, names, body, skel, keys FROM search_doc WHERE entity_id = ?");
            query.bind(1, id);
            if (query.step()) {
                old.docid = query.int64(0);
                old.names = query.text(1);
                old.body = query.text(2);
                old.skel = query.text(3);
                oldKeys = query.text(4);
                old.keys = oldKeys;
            }
            query.reset();
        }
        if (renamed && kind == int(EntityKind::Organisation) && old.docid >= 0 &&
            (!doc || doc->displayKeys.join(QLatin1Char('\n')) != oldKeys)) {
            renamed->append(id);
        }
        if (doc) {
            NewDoc added;
            added.docid = old.docid >= 0 && SearchIndexWriter::importanceOfDocid(old.docid) == doc->importance
                              ? old.docid
                              : SearchIndexWriter::docidFor(doc->importance, m_writer.nextSequence());
            added.names = SearchIndexWriter::joinUnique(doc->names);
            added.body = SearchIndexWriter::joinUnique(doc->body);
            added.skel = SearchIndexWriter::joinUnique(doc->skel);
            added.doc = std::move(*doc);
            news.push_back(std::move(added));
        }
        if (old.docid >= 0) {
            olds.push_back(std::move(old));
        }
    }
    // FTS5 writes its pending terms out whenever a rowid goes backwards: deletes, then inserts, each
    // in rowid order.
    std::sort(olds.begin(), olds.end(), [](const OldDoc& a, const OldDoc& b) { return a.docid < b.docid; });
    std::sort(news.begin(), news.end(), [](const NewDoc& a, const NewDoc& b) { return a.docid < b.docid; });
    m_documentChange += qint64(news.size()) - qint64(olds.size());
    QHash<QString, qint64> frequencyChange;
    for (const OldDoc& old : olds) {
        m_db.statement("INSERT INTO search_name_fts (search_name_fts, rowid, names) VALUES ('delete', ?, ?)")
            .bindAll(old.docid, old.names)
            .exec();
        m_db.statement(
                "INSERT INTO search_all_fts (search_all_fts, rowid, names, body) VALUES ('delete', ?, ?, ?)")
            .bindAll(old.docid, old.names, old.body)
            .exec();
        m_db.statement("INSERT INTO search_skel_fts (search_skel_fts, rowid, skel) VALUES ('delete', ?, ?)")
            .bindAll(old.docid, old.skel)
            .exec();
        countTerms(frequencyChange, old.names, old.body, -1);
        // By its primary key (key, docid): a delete by docid alone reads the whole of search_key
        // (3 million rows at a million records, tens of ms per record).
        for (const QString& key : SearchDocumentBuilder::exactKeysOf(old.keys)) {
            m_db.statement("DELETE FROM search_key WHERE key = ? AND docid = ?")
                .bindAll(key, old.docid)
                .exec();
        }
        m_db.statement("DELETE FROM search_doc WHERE docid = ?").bind(1, old.docid).exec();
    }
    for (const NewDoc& added : news) {
        m_writer.insertDoc(added.docid, added.doc, added.names, added.body);
        m_db.statement("INSERT INTO search_name_fts (rowid, names) VALUES (?, ?)")
            .bindAll(added.docid, added.names)
            .exec();
        m_db.statement("INSERT INTO search_all_fts (rowid, names, body) VALUES (?, ?, ?)")
            .bindAll(added.docid, added.names, added.body)
            .exec();
        m_db.statement("INSERT INTO search_skel_fts (rowid, skel) VALUES (?, ?)")
            .bindAll(added.docid, added.skel)
            .exec();
        countTerms(frequencyChange, added.names, added.body, 1);
    }
    for (auto it = frequencyChange.cbegin(); it != frequencyChange.cend(); ++it) {
        if (it.value() == 0) {
            continue;
        }
        m_db.statement("INSERT INTO search_term (term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE "
                       "SET df = df + excluded.df")
            .bindAll(it.key(), it.value())
            .exec();
    }
}

} // namespace dalil
