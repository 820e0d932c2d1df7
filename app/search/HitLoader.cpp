#include "search/HitLoader.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"
#include "search/ArabicText.h"

#include <QByteArray>

#include <cmath>

namespace dalil {

HitLoader::HitLoader(Database& db, SearchQueryParser& terms)
    : m_db(db)
    , m_terms(terms)
{
}

void HitLoader::setStatistics(double docCount, double avgNames, double avgBody)
{
    m_docCount = docCount;
    m_avgNames = avgNames;
    m_avgBody = avgBody;
}

DocText HitLoader::loadDocText(qint64 docid)
{
    DocText doc;
    SqlStatement& query =
        m_db.statement("SELECT kind, entity_id, names, body, skel, keys FROM search_doc WHERE docid = ?");
    query.bind(1, docid);
    if (query.step()) {
        doc.kind = int(query.int64(0));
        doc.entityId = query.text(1);
        doc.namesText = query.text(2);
        doc.bodyText = query.text(3);
        doc.skelText = query.text(4);
        doc.names = QStringView(doc.namesText).split(u' ', Qt::SkipEmptyParts);
        doc.body = QStringView(doc.bodyText).split(u' ', Qt::SkipEmptyParts);
        doc.skel = QStringView(doc.skelText).split(u' ', Qt::SkipEmptyParts);
        doc.keys = query.text(5).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    query.reset();
    return doc;
}

int HitLoader::countMatches(const QList<QStringView>& tokens, const QString& term, bool prefix,
                            bool* exactSeen)
{
    int n = 0;
    for (const QStringView token : tokens) {
        if (token == term) {
            ++n;
            *exactSeen = true;
        } else if (prefix && token.startsWith(term)) {
            ++n;
        }
    }
    return n;
}

void HitLoader::score(Candidate& c, const DocText& doc, const QList<QueryWord>& words, const ParsedText& text)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    constexpr double nameWeight = 3.0;
    constexpr double bodyWeight = 1.0;
    constexpr double skeletonWeight = 1.2;
    auto saturate = [&](int tf, double length, double average) {
        if (tf == 0) {
            return 0.0;
        }
        return tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / average));
    };
    double total = 0;
    double namesOnly = 0;
    bool allInNames = true;
    bool allInText = true;
    for (const QueryWord& word : words) {
        bool exactName = false;
        bool exactBody = false;
        const int inNames = countMatches(doc.names, word.term, word.prefix, &exactName);
        const int inBody = countMatches(doc.body, word.term, word.prefix, &exactBody);
        const qint64 df = m_terms.documentFrequency(word.term);
        const double idf = std::log(1 + (m_docCount - df + 0.5) / (df + 0.5));
        const double nameScore = nameWeight * saturate(inNames, doc.names.size(), m_avgNames) *
                                 (exactName || !word.prefix ? 1.0 : 0.8);
        double s = nameScore + bodyWeight * saturate(inBody, doc.body.size(), m_avgBody) *
                                   (exactBody || !word.prefix ? 1.0 : 0.8);
        if (inNames == 0) {
            allInNames = false;
        }
        if (inNames == 0 && inBody == 0) {
            allInText = false;
            bool unused = false;
            if (!word.skeleton.isEmpty() && countMatches(doc.skel, word.skeleton, word.prefix, &unused) > 0) {
                s = skeletonWeight * saturate(1, doc.names.size(), m_avgNames);
            }
        }
        total += idf * s;
        namesOnly += idf * nameScore;
    }
    // Within the name tiers only the names compete: a long description that repeats the name
    // must not push a record above one that is named the same and matters more.
    if (allInNames) {
        total = namesOnly;
    }
    c.score = total;
    if (c.exact) {
        c.match = SearchHit::Match::ExactName;
        return;
    }
    const QString query = text.normalised;
    QStringList strippedWords;
    for (const QString& token : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        strippedWords.append(ArabicText::stripClitic(token));
    }
    const QString strippedQuery = strippedWords.join(QLatin1Char(' '));
    for (const QString& key : doc.keys) {
        if (key == query) {
            c.match = SearchHit::Match::ExactName;
            return;
        }
    }
    if (allInNames && !query.isEmpty()) {
        for (const QString& key : doc.keys) {
            QStringList keyWords;
            for (const QString& token : key.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                keyWords.append(ArabicText::stripClitic(token));
            }
            const QString strippedKey = keyWords.join(QLatin1Char(' '));
            if (key.startsWith(query) || strippedKey.startsWith(strippedQuery)) {
                // A whole-word start ranks above a word still being typed in the middle.
                c.match = SearchHit::Match::NamePrefix;
                return;
            }
        }
    }
    c.match = allInNames  ? SearchHit::Match::Name
              : allInText ? SearchHit::Match::Text
                          : SearchHit::Match::Skeleton;
}

SearchHit HitLoader::loadHit(const Candidate& c, const DocText& doc)
{
    SearchHit hit;
    hit.id = doc.entityId;
    hit.kind = EntityKind(doc.kind);
    hit.score = std::round(c.score * 1000.0) / 1000.0;
    hit.match = c.match;
    const char* sql = nullptr;
    switch (hit.kind) {
    case EntityKind::Organisation:
        sql = "SELECT name_ar, name_en, name_fr, acronym, countries, (SELECT country FROM location WHERE "
              "organisation_id = organisation.id AND deleted = 0 AND country IS NOT NULL ORDER BY rowid "
              "LIMIT 1) "
              "FROM organisation WHERE id = ?";
        break;
    case EntityKind::Funding:
        sql = "SELECT title_ar, title_en, NULL, NULL, countries, NULL FROM funding WHERE id = ?";
        break;
    case EntityKind::Resource:
        sql = "SELECT title_ar, title_en, NULL, NULL, countries, NULL FROM resource WHERE id = ?";
        break;
    case EntityKind::Event:
        sql = "SELECT title_ar, title_en, NULL, NULL, json_array(country), country FROM event WHERE id = ?";
        break;
    }
    SqlStatement& query = m_db.statement(sql);
    query.bind(1, hit.id);
    if (query.step()) {
        hit.nameAr = query.text(0);
        hit.nameEn = query.text(1);
        hit.nameFr = query.text(2);
        hit.acronym = query.text(3);
        const QByteArray list = query.utf8(4);
        int start = -1;
        for (int i = 0; i < list.size(); ++i) {
            if (list[i] == '"') {
                if (start < 0) {
                    start = i + 1;
                } else {
                    hit.countries.append(QString::fromUtf8(list.constData() + start, i - start));
                    start = -1;
                }
            }
        }
        hit.country = query.text(5);
        if (hit.country.isEmpty() && !hit.countries.isEmpty()) {
            hit.country = hit.countries.first();
        }
        if (!hit.country.isEmpty() && !hit.countries.contains(hit.country)) {
            hit.countries.prepend(hit.country);
        }
    }
    query.reset();
    return hit;
}

} // namespace dalil
