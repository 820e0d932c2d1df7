#pragma once

#include "catalogue/TextHashMap.h"

#include <QString>
#include <QStringList>

namespace dalil {

class Database;
class SqlStatement;
struct IndexDoc;

// Writes index documents into search_doc and search_key (the FTS5 tables and search_term are the
// rebuild's and the upkeep's business), packs facet codes through search_code, and hands out the
// sequence numbers that make up the docids.
class SearchIndexWriter
{
public:
    explicit SearchIndexWriter(Database& db);

    // A docid is (255 - importance) << 40 | sequence, so FTS5's natural rowid order is the static
    // importance order.
    static qint64 docidFor(int importance, qint64 sequence)
    {
        return (qint64(255 - importance) << 40) | (sequence & ((qint64(1) << 40) - 1));
    }
    static int importanceOfDocid(qint64 docid) { return 255 - int(docid >> 40); }

    // The tokens once each, in first-seen order, separated by spaces ("" when there are none).
    static QString joinUnique(const QStringList& tokens);

    // Inserts the document row and its exact keys (FTS tables are written by the caller).
    void insertDoc(qint64 docid, const IndexDoc& doc, const QString& names, const QString& body);
    // The document row alone, its text already joined and in UTF-8 (the rebuild writes the exact
    // keys itself, in key order).
    void insertDocRow(qint64 docid, const IndexDoc& doc, const QByteArray& names, const QByteArray& body,
                      const QByteArray& skel, const QByteArray& keys);

    qint64 nextSequence();
    // Stores the last sequence handed out (meta search_seq) if it moved.
    void saveSequence();
    // The next sequence is 1 (a full rebuild).
    void resetSequence();

private:
    quint32 code(const QString& value);
    QByteArray encodeCodes(const QStringList& values);

    Database& m_db;
    SqlStatement* m_insertDoc = nullptr;  // Database's, found once
    SqlStatement* m_insertCode = nullptr; // likewise
    TextHashMap<quint32> m_codes;
    bool m_codesLoaded = false;
    qint64 m_sequence = -1;
    bool m_sequenceDirty = false;
};

} // namespace dalil
