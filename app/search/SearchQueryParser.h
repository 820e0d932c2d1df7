#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace dalil {

class Database;

struct QueryWord
{
    QString raw;  // normalised as typed
    QString term; // clitic-stripped: what the index is searched for
    QString skeleton;
    bool prefix = false;
};

struct ParsedText
{
    QList<QueryWord> words;
    QString normalised; // the whole query, normalised
};

// Turns the text a user typed into words and those words into FTS5 expressions, checked against the
// index vocabulary (search_term) so that a word the index does not hold costs no FTS5 query.
// Document frequencies are cached until reset() (a new index version).
class SearchQueryParser
{
public:
    explicit SearchQueryParser(Database& db);

    static ParsedText parse(const QString& text);
    static QString quoted(const QString& term);
    // The FTS5 expression over the skeleton keys, or an empty one (a number must match as written).
    static QString skeletonExpression(const QList<QueryWord>& words);
    static bool isDigits(const QString& token);
    // The end of the B-tree range of the keys that start with `prefix`.
    static QString upperBound(const QString& prefix);

    // The FTS5 expression of the words, or an empty one when the index cannot match them.
    QString textExpression(const QList<QueryWord>& words);
    qint64 documentFrequency(const QString& term);
    bool termExists(const QString& term, bool prefix);

    void reset();

private:
    Database& m_db;
    QHash<QString, qint64> m_dfCache;
};

} // namespace dalil
