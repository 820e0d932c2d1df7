#pragma once

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <optional>

class QJsonArray;

namespace dalil {

class Database;
class SearchDocumentBuilder;
class SearchIndexWriter;
struct IndexDoc;

// Incremental upkeep of the search index on writes: reindexes the records that search_queue names
// (documents, FTS rows, exact keys, term counts), in batches of a few thousand records, within the
// caller's transaction. SearchIndex decides whether the queue is small enough for this (at every
// commit, or once after a bulk write) or the whole index is rebuilt instead.
class SearchIndexUpkeep
{
public:
    SearchIndexUpkeep(Database& db, SearchDocumentBuilder& builder, SearchIndexWriter& writer);

    // Reindexes every queued record (and the funding, resources and events that carry the names of
    // a renamed or removed organisation), empties the queue and bumps meta search_version.
    void reindexQueue();

private:
    // Replaces (or removes) the documents, FTS rows, keys and term counts of these records.
    // `reindexed` gets their ids, `renamed` the organisations whose names changed or that are gone.
    void reindex(const QList<QPair<QString, int>>& items, QSet<QString>* reindexed, QJsonArray* renamed);

    Database& m_db;
    SearchDocumentBuilder& m_builder;
    SearchIndexWriter& m_writer;
    qint64 m_documentChange = 0;
};

} // namespace dalil
