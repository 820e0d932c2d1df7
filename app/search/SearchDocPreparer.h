#pragma once

#include "catalogue/TextHashMap.h"
#include "search/SearchDocumentBuilder.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <utility>
#include <vector>

namespace dalil {

// One record ready to be written by a whole build of the index: its document, its text joined and
// in UTF-8, its exact keys.
struct PreparedDoc
{
    IndexDoc doc;
    QByteArray names, body, skel, keys;
    QList<QByteArray> exactKeys;
    int nameCount = 0;
    int bodyCount = 0;
};

// Turns built documents into what SearchIndexWriter inserts, and counts the document frequency of
// every term (search_term). Not thread-safe: one thread prepares at a time. Used by both whole
// builds of the index, SearchIndexRebuild and SearchIndexFeed (a first pull's index built from the
// rows in memory), so the two give the same bytes (tst_sync_firstpull compares the indexes).
class SearchDocPreparer
{
public:
    PreparedDoc prepare(IndexDoc&& doc);
    using TermFrequencies = std::vector<std::pair<QByteArray, qint64>>;
    // Every term seen, in UTF-8, with the number of documents that had it, in term order (SQLite's
    // BINARY collation: bytes).
    TermFrequencies documentFrequencies() const;

private:
    // Per term: its document frequency and the last document that had it (in a field, at all), so
    // one hash lookup per token both removes repeats and counts the documents.
    // Its UTF-8 is kept too: a term is written into a document's text far more often than it is
    // new, and encoding it each time cost more than the lookup.
    struct Term
    {
        qint64 df = 0;
        qint64 inNames = 0;
        qint64 inBody = 0;
        qint64 inDoc = 0;
        QByteArray utf8;
    };

    QByteArray join(const QStringList& tokens, qint64 Term::*field);
    static QByteArray joinSkeletons(const QStringList& tokens);
    static char* putUtf8(char* out, const QString& token);

    TextHashMap<Term> m_terms;
    qint64 m_document = 0;
};

} // namespace dalil
