#pragma once

#include "search/SearchQueryParser.h"
#include "search/SearchResults.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace dalil {

class Database;

// A record found by a query, before it is ranked.
struct Candidate
{
    qint64 docid = 0;
    SearchHit::Match match = SearchHit::Match::Text;
    double score = 0;
    bool exact = false;
    bool skeletonOnly = false;
};

// The indexed text of one record (search_doc), as the scorer reads it.
struct DocText
{
    int kind = 0;
    QString entityId;
    QString namesText;
    QString bodyText;
    QString skelText;
    // Views into the texts above (no copy per word).
    QList<QStringView> names;
    QList<QStringView> body;
    QList<QStringView> skel;
    QStringList keys;
};

// Ranks a candidate against the query words (BM25F and the match tier) and loads what a hit shows
// (names, acronym, countries) from the catalogue tables.
class HitLoader
{
public:
    // terms: the document frequencies (idf) of the words.
    HitLoader(Database& db, SearchQueryParser& terms);

    // Index statistics of the current index version (meta search_docs, search_avg_names/body).
    void setStatistics(double docCount, double avgNames, double avgBody);

    DocText loadDocText(qint64 docid);
    // BM25F over names and text, the skeleton keys as a weaker field; and the match tier.
    void score(Candidate& c, const DocText& doc, const QList<QueryWord>& words, const ParsedText& text);
    SearchHit loadHit(const Candidate& c, const DocText& doc);

private:
    static int countMatches(const QList<QStringView>& tokens, const QString& term, bool prefix,
                            bool* exactSeen);

    Database& m_db;
    SearchQueryParser& m_terms;
    double m_docCount = 1;
    double m_avgNames = 8;
    double m_avgBody = 40;
};

} // namespace dalil
