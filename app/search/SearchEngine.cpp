#include "search/SearchEngine.h"

#include "catalogue/Database.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"
#include "search/ArabicText.h"
#include "search/SearchDocStore.h"
#include "search/SearchFilter.h"
#include "search/SearchIndex.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <unordered_map>
#include <vector>

namespace dalil {

namespace {

// How many candidates are ranked per query: enough for the first pages, bounded so that a query
// matching half the catalogue costs the same as one matching a hundred records.
constexpr int kCandidates = 64;
constexpr int kMaxQueryTokens = 32;
// Prefixes up to this length have their own FTS5 prefix index (migration 3: prefix = '1 2 3').
constexpr int kPrefixIndexed = 3;
// A longer prefix that starts at most this many words of the vocabulary is searched as those words.
constexpr int kMaxExpansion = 24;
constexpr int kMaxTokenLength = 64;
// A query whose text finds fewer records than this is retried with corrected words.
constexpr int kTypoThreshold = 3;
// A bounding box or circle holding at most this many offices is answered from the R*Tree.
constexpr int kRtreeLimit = 2000;

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::SearchEngine", text);
}

bool isDigits(const QString& token)
{
    for (const QChar c : token) {
        if (!c.isDigit()) {
            return false;
        }
    }
    return !token.isEmpty();
}

QString upperBound(const QString& prefix)
{
    return prefix + QChar(0xFFFF);
}

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

ParsedText parseText(const QString& text)
{
    ParsedText parsed;
    QStringList tokens = ArabicText::tokens(text);
    if (tokens.size() > kMaxQueryTokens) {
        tokens = tokens.mid(0, kMaxQueryTokens);
    }
    QSet<QString> seen;
    for (QString& token : tokens) {
        if (token.size() > kMaxTokenLength) {
            token.truncate(kMaxTokenLength);
        }
    }
    parsed.normalised = tokens.join(QLatin1Char(' '));
    // The last word is still being typed unless the text ends with a space.
    const bool lastIsPrefix = !text.isEmpty() && !text.back().isSpace();
    for (int i = 0; i < tokens.size(); ++i) {
        QueryWord word;
        word.raw = tokens[i];
        word.term = ArabicText::stripClitic(tokens[i]);
        word.prefix = lastIsPrefix && i == tokens.size() - 1;
        if (seen.contains(word.term + (word.prefix ? QStringLiteral("*") : QString()))) {
            continue;
        }
        seen.insert(word.term + (word.prefix ? QStringLiteral("*") : QString()));
        word.skeleton = ArabicText::skeleton(word.term);
        parsed.words.append(word);
    }
    return parsed;
}

QString quoted(const QString& term)
{
    QString out = term;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString skeletonExpression(const QList<QueryWord>& words)
{
    QStringList parts;
    for (const QueryWord& word : words) {
        if (word.skeleton.isEmpty()) {
            if (isDigits(word.term)) {
                return {}; // a number has no skeleton and must match as written
            }
            continue;
        }
        // In a query of several words the word being typed counts as whole: a skeleton prefix
        // beyond the prefix index makes FTS5 gather every match of every key it starts before the
        // AND can stop (tens of ms on a million records); the whole key still meets across scripts.
        const bool prefix = word.prefix && words.size() == 1;
        parts.append(quoted(word.skeleton) + (prefix ? QStringLiteral("*") : QString()));
    }
    return parts.join(QLatin1String(" AND "));
}

struct Candidate
{
    qint64 docid = 0;
    SearchHit::Match match = SearchHit::Match::Text;
    double score = 0;
    bool exact = false;
    bool skeletonOnly = false;
};

} // namespace

class SearchEngine::Impl
{
public:
    explicit Impl(Database& db)
        : m_db(db)
    {
    }

    Database& m_db;
    std::atomic<bool> m_cancelled{false};
    qint64 m_version = -1;
    SearchDocStore m_store;
    bool m_storeLoaded = false;
    double m_docCount = 1;
    double m_avgNames = 8;
    double m_avgBody = 40;
    QHash<QString, qint64> m_dfCache;
    // Vocabulary for typo tolerance, by first letter: people rarely get the first letter wrong, and
    // a swap of the first two letters is found through the second letter's list.
    QHash<QChar, std::vector<std::pair<QString, qint64>>> m_vocabulary;
    bool m_vocabularyLoaded = false;
    QHash<QString, FacetCount> m_labels;        // "c:EG" → labels
    QHash<QString, FacetCount> m_networkLabels; // network id → its names
    bool m_labelsLoaded = false;

    void checkCancelled()
    {
        if (m_cancelled.load()) {
            throw DbError(tr("the search was cancelled"), SQLITE_INTERRUPT);
        }
    }

    // Drops what was derived from an older state of the index, and rebuilds a stale index (after
    // a bulk write) before answering from it.
    void refresh()
    {
        {
            SqlStatement& stale =
                m_db.statement("SELECT 1 FROM meta WHERE key = 'search_stale' AND value = '1'");
            const bool isStale = stale.step();
            stale.reset();
            if (isStale) {
                SearchIndex(m_db).rebuild();
            }
        }
        SqlStatement& read = m_db.statement("SELECT value FROM meta WHERE key = 'search_version'");
        const qint64 version = read.step() ? read.text(0).toLongLong() : 0;
        read.reset();
        if (version == m_version) {
            return;
        }
        m_version = version;
        m_storeLoaded = false;
        m_store = SearchDocStore();
        m_vocabularyLoaded = false;
        m_vocabulary.clear();
        m_dfCache.clear();
        m_labels.clear();
        m_networkLabels.clear();
        m_labelsLoaded = false;
        m_docCount = std::max(1.0, m_db.meta(QStringLiteral("search_docs")).toDouble());
        m_avgNames = std::max(1.0, m_db.meta(QStringLiteral("search_avg_names")).toDouble());
        m_avgBody = std::max(1.0, m_db.meta(QStringLiteral("search_avg_body")).toDouble());
    }

    SearchDocStore& store()
    {
        if (!m_storeLoaded) {
            m_store.load(m_db.handle());
            m_storeLoaded = true;
        }
        return m_store;
    }

    SearchFilter compile(const SearchQuery& q)
    {
        SearchFilter f;
        if (!q.hasFilters()) {
            return f;
        }
        f.active = true;
        SearchDocStore& s = store();
        if (!q.kinds.isEmpty()) {
            f.kindMask = 0;
            for (EntityKind kind : q.kinds) {
                f.kindMask |= 1u << int(kind);
            }
        }
        auto group = [&](const QString& prefix, const QStringList& values, bool normalise, bool upper) {
            if (values.isEmpty()) {
                return;
            }
            SearchFilter::CodeGroup g;
            // Country, sector, type and network are facet fields, numbered by the store; the
            // others keep search_code's numbers.
            g.facet = prefix == QLatin1String("c:") || prefix == QLatin1String("s:") ||
                      prefix == QLatin1String("t:") || prefix == QLatin1String("n:");
            for (const QString& value : values) {
                QString v = normalise ? ArabicText::normalise(value) : value.trimmed();
                if (upper) {
                    v = v.toUpper();
                }
                if (g.facet) {
                    if (std::optional<quint32> c = s.facetCode(prefix + v)) {
                        g.codes.push_back(*c);
                    }
                    continue;
                }
                SqlStatement& lookup = m_db.statement("SELECT code FROM search_code WHERE value = ?");
                lookup.bind(1, prefix + v);
                if (lookup.step()) {
                    g.codes.push_back(quint32(lookup.int64(0)));
                }
                lookup.reset();
            }
            std::sort(g.codes.begin(), g.codes.end());
            f.groups.push_back(g); // an empty group keeps nothing: no record has that value
        };
        group(QStringLiteral("c:"), q.countries, false, true);
        group(QStringLiteral("a:"), q.admin1, true, false);
        group(QStringLiteral("y:"), q.cities, true, false);
        group(QStringLiteral("s:"), q.sectors, false, false);
        group(QStringLiteral("t:"), q.types, false, false);
        group(QStringLiteral("n:"), q.networks, false, false);
        QStringList languages;
        for (const QString& language : q.languages) {
            languages.append(language.trimmed().toLower());
        }
        group(QStringLiteral("l:"), languages, false, false);
        if (!q.partnerOf.isEmpty()) {
            group(QStringLiteral("p:"), {q.partnerOf}, false, false);
        }
        group(QStringLiteral("r:"), q.resourceKinds, false, false);
        // Filters that only one kind of record has keep only that kind.
        if (q.deadlineFrom || q.deadlineTo) {
            f.deadline = std::make_pair(
                q.deadlineFrom ? q.deadlineFrom->toJulianDay() : std::numeric_limits<qint64>::min() + 1,
                q.deadlineTo ? q.deadlineTo->toJulianDay() : std::numeric_limits<qint64>::max());
        }
        f.amountAtLeast = q.amountAtLeast;
        f.amountAtMost = q.amountAtMost;
        if (f.deadline || f.amountAtLeast || f.amountAtMost) {
            f.kindMask &= 1u << int(EntityKind::Funding);
        }
        if (q.yearFrom || q.yearTo || !q.resourceKinds.isEmpty()) {
            if (q.yearFrom || q.yearTo) {
                f.years = std::make_pair(q.yearFrom.value_or(std::numeric_limits<int>::min() + 1),
                                         q.yearTo.value_or(std::numeric_limits<int>::max()));
            }
            f.kindMask &= 1u << int(EntityKind::Resource);
        }
        if (q.eventsFrom || q.eventsTo) {
            f.eventDays = std::make_pair(
                q.eventsFrom ? q.eventsFrom->toJulianDay() : std::numeric_limits<qint64>::min() + 1,
                q.eventsTo ? q.eventsTo->toJulianDay() : std::numeric_limits<qint64>::max());
            f.kindMask &= 1u << int(EntityKind::Event);
        }
        if (!q.partnerOf.isEmpty() || !q.networks.isEmpty() || !q.admin1.isEmpty() || !q.types.isEmpty()) {
            // Only organisations have partners, networks and offices; funding has applicant types.
            unsigned mask = 1u << int(EntityKind::Organisation);
            if (q.partnerOf.isEmpty() && q.networks.isEmpty() && q.admin1.isEmpty()) {
                mask |= 1u << int(EntityKind::Funding);
            }
            f.kindMask &= mask;
        }
        f.bbox = q.bbox;
        f.near = q.near;
        if (f.bbox || f.near) {
            f.kindMask &= (1u << int(EntityKind::Organisation)) | (1u << int(EntityKind::Event));
            f.spatialDocids = spatialFromRtree(q);
        }
        return f;
    }

    // Offices inside the area, from the R*Tree of migration 1, when there are few; otherwise the
    // DocStore's copy of the coordinates is scanned instead.
    std::optional<QSet<qint64>> spatialFromRtree(const SearchQuery& q)
    {
        double west, south, east, north;
        if (q.bbox) {
            west = q.bbox->west;
            south = q.bbox->south;
            east = q.bbox->east;
            north = q.bbox->north;
        } else {
            const double dLat = q.near->km / 111.0;
            const double cosLat = std::max(0.01, std::cos(q.near->lat * M_PI / 180.0));
            const double dLon = std::min(180.0, q.near->km / (111.0 * cosLat));
            west = q.near->lon - dLon;
            east = q.near->lon + dLon;
            south = q.near->lat - dLat;
            north = q.near->lat + dLat;
        }
        if (west > east || west < -180 || east > 180) {
            return std::nullopt; // across the antimeridian: the coordinate scan handles it
        }
        SqlStatement& rtree = m_db.statement(
            "SELECT l.organisation_id, l.lat, l.lon FROM location_rtree r JOIN location l ON l.rowid = r.id "
            "WHERE r.min_lon >= ? AND r.max_lon <= ? AND r.min_lat >= ? AND r.max_lat <= ? LIMIT ?");
        rtree.bind(1, west).bind(2, east).bind(3, south).bind(4, north).bind(5, qint64(kRtreeLimit + 1));
        QSet<QString> organisations;
        int rows = 0;
        while (rtree.step()) {
            if (++rows > kRtreeLimit) {
                rtree.reset();
                return std::nullopt;
            }
            if (q.near && SearchFilter::distanceKm(q.near->lat, q.near->lon, rtree.real(1), rtree.real(2)) >
                              q.near->km) {
                continue;
            }
            organisations.insert(rtree.text(0));
        }
        rtree.reset();
        QSet<qint64> docids;
        for (const QString& id : organisations) {
            SqlStatement& lookup = m_db.statement("SELECT docid FROM search_doc WHERE entity_id = ?");
            lookup.bind(1, id);
            if (lookup.step()) {
                docids.insert(lookup.int64(0));
            }
            lookup.reset();
        }
        return docids;
    }

    bool passes(const SearchFilter& f, qint64 docid)
    {
        if (!f.active) {
            return true;
        }
        SearchDocStore& s = store();
        return f.pass(s, s.indexOf(docid));
    }

    // Steps through an FTS5 MATCH in docid (importance) order, keeping what the filter passes.
    template <typename Visit>
    void scan(const char* sql, const QString& expression, const SearchFilter& f, Visit&& visit)
    {
        if (expression.isEmpty()) {
            return;
        }
        // Cached statements: preparing an FTS5 query costs as much as answering a short one.
        SqlStatement& query = m_db.statement(sql);
        query.bind(1, expression);
        int steps = 0;
        try {
            while (query.step()) {
                if ((++steps & 1023) == 0) {
                    checkCancelled();
                }
                const qint64 docid = query.int64(0);
                if (passes(f, docid) && !visit(docid)) {
                    break;
                }
            }
        } catch (...) {
            query.reset();
            throw;
        }
        query.reset(); // ends the read: a pending statement would pin the WAL snapshot
    }

    // The FTS5 expression of the words, or an empty one when the index cannot match them (a whole
    // word it does not hold, a prefix that starts none of its words). A word still being typed is
    // looked up in the vocabulary: when it starts a few words it is searched as those words (FTS5
    // then streams and stops at the first candidates; a prefix query beyond the prefix indexes
    // would first gather every match of every word it starts).
    QString textExpression(const QList<QueryWord>& words)
    {
        QStringList parts;
        for (const QueryWord& word : words) {
            if (!word.prefix) {
                if (documentFrequency(word.term) == 0) {
                    return {};
                }
                parts.append(quoted(word.term));
                continue;
            }
            if (word.term.size() <= kPrefixIndexed) {
                parts.append(quoted(word.term) + QLatin1Char('*'));
                continue;
            }
            SqlStatement& query =
                m_db.statement("SELECT term FROM search_term WHERE term >= ?1 AND term < ?2 LIMIT ?3");
            query.bindAll(word.term, upperBound(word.term), qint64(kMaxExpansion + 1));
            QStringList terms;
            while (query.step()) {
                terms.append(quoted(query.text(0)));
            }
            query.reset();
            if (terms.isEmpty()) {
                return {};
            }
            if (terms.size() > kMaxExpansion) {
                parts.append(quoted(word.term) + QLatin1Char('*'));
            } else if (terms.size() == 1) {
                parts.append(terms.first());
            } else {
                parts.append(QLatin1Char('(') + terms.join(QLatin1String(" OR ")) + QLatin1Char(')'));
            }
        }
        return parts.join(QLatin1String(" AND "));
    }

    // False when a whole skeleton word of a query of several words has no document: the AND then
    // matches nothing, and FTS5 need not gather the matches of the word still being typed.
    bool skeletonCanMatch(const QList<QueryWord>& words)
    {
        if (words.size() < 2) {
            return true;
        }
        for (const QueryWord& word : words) {
            if (word.prefix || word.skeleton.isEmpty()) {
                continue;
            }
            bool found = false;
            scan("SELECT rowid FROM search_skel_fts WHERE search_skel_fts MATCH ?", quoted(word.skeleton),
                 SearchFilter{}, [&](qint64) {
                     found = true;
                     return false;
                 });
            if (!found) {
                return false;
            }
        }
        return true;
    }

    qint64 documentFrequency(const QString& term)
    {
        auto it = m_dfCache.constFind(term);
        if (it != m_dfCache.constEnd()) {
            return *it;
        }
        SqlStatement& query = m_db.statement("SELECT df FROM search_term WHERE term = ?");
        query.bind(1, term);
        const qint64 df = query.step() ? query.int64(0) : 0;
        query.reset();
        m_dfCache.insert(term, df);
        return df;
    }

    bool termExists(const QString& term, bool prefix)
    {
        SqlStatement& query =
            m_db.statement(prefix ? "SELECT 1 FROM search_term WHERE term >= ?1 AND term < ?2 LIMIT 1"
                                  : "SELECT 1 FROM search_term WHERE term = ?1 AND ?2 IS NOT NULL");
        query.bindAll(term, upperBound(term));
        const bool found = query.step();
        query.reset();
        return found;
    }

    void loadVocabulary()
    {
        if (m_vocabularyLoaded) {
            return;
        }
        SqlStatement query(m_db.handle(), "SELECT term, df FROM search_term");
        while (query.step()) {
            const QString term = query.text(0);
            if (!term.isEmpty()) {
                m_vocabulary[term.at(0)].emplace_back(term, query.int64(1));
            }
        }
        // By length, so that a word is compared only with the words its typo budget can reach.
        for (auto it = m_vocabulary.begin(); it != m_vocabulary.end(); ++it) {
            std::stable_sort(it->begin(), it->end(),
                             [](const auto& a, const auto& b) { return a.first.size() < b.first.size(); });
        }
        m_vocabularyLoaded = true;
    }

    // The closest vocabulary word within the typo budget (ties: the more frequent word).
    QString correct(const QueryWord& word)
    {
        const int budget = ArabicText::typoBudget(int(word.raw.size()));
        if (budget == 0 || isDigits(word.raw)) {
            return {};
        }
        loadVocabulary();
        QString best;
        int bestDistance = budget + 1;
        qint64 bestDf = -1;
        const int length = int(word.raw.size());
        const QChar firsts[] = {word.raw.at(0), word.raw.at(1)};
        for (int i = 0; i < 2; ++i) {
            if (i == 1 && firsts[1] == firsts[0]) {
                break;
            }
            const auto it = m_vocabulary.constFind(firsts[i]);
            if (it == m_vocabulary.constEnd()) {
                continue;
            }
            const auto first = std::lower_bound(
                it->begin(), it->end(), length - budget,
                [](const std::pair<QString, qint64>& entry, int size) { return entry.first.size() < size; });
            for (auto entry = first; entry != it->end(); ++entry) {
                const QString& term = entry->first;
                const qint64 df = entry->second;
                if (!word.prefix && term.size() > length + budget) {
                    break;
                }
                const int distance = word.prefix ? ArabicText::prefixEditDistance(word.raw, term, budget)
                                                 : ArabicText::editDistance(word.raw, term, budget);
                if (distance == 0 || distance > budget) {
                    continue;
                }
                if (distance < bestDistance || (distance == bestDistance && df > bestDf)) {
                    best = term;
                    bestDistance = distance;
                    bestDf = df;
                }
            }
        }
        return best;
    }

    struct Plan
    {
        ParsedText text;
        QString expression; // FTS5 over names (+ body)
        QString skeleton;   // FTS5 over skeleton keys, or empty
        bool useSkeleton = false;
        std::vector<qint64> skeletonDocids; // the first matches of `skeleton` that pass the filter
        QString correctedText;
        QList<QueryWord> correctedWords;
        QString correctedExpression;
    };

    qint64 countUpTo(const QString& expression, const SearchFilter& f, int limit)
    {
        qint64 n = 0;
        scan("SELECT rowid FROM search_all_fts WHERE search_all_fts MATCH ?", expression, f,
             [&](qint64) { return ++n < limit; });
        return n;
    }

    static int fewFor(const SearchQuery& q) { return std::max(kTypoThreshold, q.offset + q.limit); }

    // knownFound: how many records the text matches (counted up to fewFor(q)), when the caller
    // already knows; otherwise counted here.
    Plan plan(const SearchQuery& q, const SearchFilter& f, qint64 knownFound = -1)
    {
        Plan p;
        p.text = parseText(q.text);
        if (p.text.words.isEmpty()) {
            return p;
        }
        p.expression = textExpression(p.text.words);
        const int few = fewFor(q);
        const qint64 found = knownFound >= 0 ? knownFound : countUpTo(p.expression, f, few);
        if (found >= few) {
            return p;
        }
        // Little found: the cross-script skeleton keys, then typo tolerance.
        if (skeletonCanMatch(p.text.words)) {
            p.skeleton = skeletonExpression(p.text.words);
        }
        qint64 skeletonFound = 0;
        if (!p.skeleton.isEmpty()) {
            p.useSkeleton = true;
            const int window = std::max(kCandidates, q.offset + q.limit + 1);
            scan("SELECT rowid FROM search_skel_fts WHERE search_skel_fts MATCH ?", p.skeleton, f,
                 [&](qint64 docid) {
                     p.skeletonDocids.push_back(docid);
                     return ++skeletonFound < window;
                 });
        }
        if (!q.typoTolerance || found + skeletonFound >= kTypoThreshold) {
            return p;
        }
        QList<QueryWord> corrected = p.text.words;
        bool changed = false;
        for (QueryWord& word : corrected) {
            if (termExists(word.raw, word.prefix) || termExists(word.term, word.prefix)) {
                continue;
            }
            const QString better = correct(word);
            if (!better.isEmpty()) {
                word.raw = better;
                word.term = ArabicText::stripClitic(better);
                word.skeleton = ArabicText::skeleton(word.term);
                word.prefix = false;
                changed = true;
            }
        }
        if (!changed) {
            return p;
        }
        const QString expression = textExpression(corrected);
        if (countUpTo(expression, f, kTypoThreshold) <= found) {
            return p;
        }
        QStringList words;
        for (const QueryWord& word : corrected) {
            words.append(word.raw);
        }
        p.correctedText = words.join(QLatin1Char(' '));
        p.correctedWords = corrected;
        p.correctedExpression = expression;
        return p;
    }

    QString effectiveExpression(const Plan& p) const
    {
        if (p.correctedExpression.isEmpty() || p.expression.isEmpty()) {
            return p.correctedExpression.isEmpty() ? p.expression : p.correctedExpression;
        }
        return QStringLiteral("(%1) OR (%2)").arg(p.expression, p.correctedExpression);
    }

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

    DocText loadDocText(qint64 docid)
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

    static int countMatches(const QList<QStringView>& tokens, const QString& term, bool prefix,
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

    // BM25F over names and text, the skeleton keys as a weaker field; and the match tier.
    void score(Candidate& c, const DocText& doc, const QList<QueryWord>& words, const ParsedText& text)
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
            const qint64 df = documentFrequency(word.term);
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
                if (!word.skeleton.isEmpty() &&
                    countMatches(doc.skel, word.skeleton, word.prefix, &unused) > 0) {
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

    // `window` > 0: at most that many records per key, the most important (a name that a thousand
    // records share must not make the query score a thousand records).
    void addKeyMatches(const ParsedText& text, const SearchFilter& f, QHash<qint64, Candidate>& candidates,
                       int window = 0)
    {
        QStringList keys = {text.normalised};
        QStringList stripped;
        for (const QueryWord& word : text.words) {
            stripped.append(word.term);
        }
        keys.append(stripped.join(QLatin1Char(' ')));
        keys.append(QString(text.normalised).remove(QLatin1Char(' ')));
        for (const QString& key : keys) {
            if (key.isEmpty()) {
                continue;
            }
            SqlStatement& query = m_db.statement("SELECT docid FROM search_key WHERE key = ?");
            query.bind(1, key);
            int taken = 0;
            while (query.step()) {
                const qint64 docid = query.int64(0);
                if (passes(f, docid)) {
                    Candidate& c = candidates[docid];
                    c.docid = docid;
                    c.exact = true;
                    if (window > 0 && ++taken >= window) {
                        break;
                    }
                }
            }
            query.reset();
        }
        // Names that start with the query, when few do (a long or rare prefix): a B-tree range.
        if (text.normalised.size() >= 3) {
            SqlStatement& range =
                m_db.statement("SELECT docid FROM search_key WHERE key >= ?1 AND key < ?2 LIMIT 65");
            range.bindAll(text.normalised, upperBound(text.normalised));
            QList<qint64> docids;
            while (range.step()) {
                docids.append(range.int64(0));
            }
            range.reset();
            if (docids.size() <= 64) {
                for (qint64 docid : docids) {
                    if (passes(f, docid)) {
                        candidates[docid].docid = docid;
                    }
                }
            }
        }
    }

    SearchHit loadHit(const Candidate& c, const DocText& doc)
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
            sql =
                "SELECT title_ar, title_en, NULL, NULL, json_array(country), country FROM event WHERE id = ?";
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

    SearchResults search(const SearchQuery& q)
    {
        SearchResults results;
        const SearchFilter f = compile(q);
        const int offset = std::max(0, q.offset);
        const int limit = std::max(0, q.limit);
        Plan p;
        p.text = parseText(q.text);
        if (p.text.words.isEmpty()) {
            listAll(f, offset, limit, results);
            return results;
        }
        p.expression = textExpression(p.text.words);
        QHash<qint64, Candidate> candidates;
        const int window = std::max(kCandidates, offset + limit + 1);
        bool textExhausted = true;
        // The most important matches: names first (they rank above text-only matches), then
        // names and text, each stopping after `window` candidates.
        auto collect = [&](const QString& expression) {
            int fromNames = 0;
            scan("SELECT rowid FROM search_name_fts WHERE search_name_fts MATCH ?", expression, f,
                 [&](qint64 docid) {
                     candidates[docid].docid = docid;
                     return ++fromNames < window;
                 });
            if (fromNames >= window) {
                textExhausted = false;
                return qint64(window);
            }
            int fromAll = 0;
            textExhausted = true;
            scan("SELECT rowid FROM search_all_fts WHERE search_all_fts MATCH ?", expression, f,
                 [&](qint64 docid) {
                     candidates[docid].docid = docid;
                     if (++fromAll >= window) {
                         textExhausted = false;
                         return false;
                     }
                     return true;
                 });
            return qint64(fromAll);
        };
        const qint64 found = collect(p.expression);
        if (found < fewFor(q)) {
            // Little found: the skeleton keys and typo tolerance may add to it.
            p = plan(q, f, found);
            if (!p.correctedExpression.isEmpty()) {
                collect(effectiveExpression(p));
            }
        }
        const ParsedText& text =
            p.correctedText.isEmpty() ? p.text : ParsedText{p.correctedWords, p.correctedText};
        addKeyMatches(p.text, f, candidates, window);
        if (!p.correctedText.isEmpty()) {
            addKeyMatches(text, f, candidates, window);
        }
        const QString expression = effectiveExpression(p);
        for (const qint64 docid : p.skeletonDocids) {
            candidates[docid].docid = docid;
        }
        checkCancelled();
        std::vector<Candidate> ranked;
        ranked.reserve(candidates.size());
        QHash<qint64, DocText> texts;
        QList<QueryWord> words = text.words;
        for (auto it = candidates.begin(); it != candidates.end(); ++it) {
            Candidate c = it.value();
            DocText doc = loadDocText(c.docid);
            score(c, doc, words, text);
            if (!p.correctedText.isEmpty() && c.score == 0 && c.match == SearchHit::Match::Skeleton) {
                score(c, doc, p.text.words, p.text);
            }
            ranked.push_back(c);
            texts.insert(c.docid, std::move(doc));
        }
        std::sort(ranked.begin(), ranked.end(), [](const Candidate& a, const Candidate& b) {
            if (a.match != b.match) {
                return int(a.match) > int(b.match);
            }
            if (a.score != b.score) {
                return a.score > b.score;
            }
            return a.docid < b.docid;
        });
        QSet<qint64> shown;
        for (int i = offset; i < int(ranked.size()) && results.hits.size() < limit; ++i) {
            results.hits.append(loadHit(ranked[i], texts.value(ranked[i].docid)));
            shown.insert(ranked[i].docid);
        }
        // Past the ranked window, further matches follow in importance order.
        if (results.hits.size() < limit && !textExhausted) {
            QSet<qint64> inWindow;
            for (const Candidate& c : ranked) {
                inWindow.insert(c.docid);
            }
            int skip = std::max(0, offset - int(ranked.size()));
            scan("SELECT rowid FROM search_all_fts WHERE search_all_fts MATCH ?", expression, f,
                 [&](qint64 docid) {
                     if (inWindow.contains(docid)) {
                         return true;
                     }
                     if (skip > 0) {
                         --skip;
                         return true;
                     }
                     if (results.hits.size() >= limit) {
                         results.more = true;
                         return false;
                     }
                     Candidate c;
                     c.docid = docid;
                     DocText doc = loadDocText(docid);
                     score(c, doc, words, text);
                     results.hits.append(loadHit(c, doc));
                     return true;
                 });
        } else {
            results.more = int(ranked.size()) > offset + limit || !textExhausted;
        }
        results.correctedText = p.correctedText;
        return results;
    }

    void listAll(const SearchFilter& f, int offset, int limit, SearchResults& results)
    {
        auto add = [&](qint64 docid) {
            Candidate c;
            c.docid = docid;
            c.match = SearchHit::Match::Text;
            results.hits.append(loadHit(c, loadDocText(docid)));
        };
        if (!f.active) {
            SqlStatement& query =
                m_db.statement("SELECT docid FROM search_doc ORDER BY docid LIMIT ? OFFSET ?");
            query.bindAll(qint64(limit + 1), qint64(offset));
            QList<qint64> docids;
            while (query.step()) {
                docids.append(query.int64(0));
            }
            query.reset();
            results.more = docids.size() > limit;
            for (int i = 0; i < std::min(limit, int(docids.size())); ++i) {
                add(docids[i]);
            }
            return;
        }
        SearchDocStore& s = store();
        int skip = offset;
        for (int i = 0; i < s.size(); ++i) {
            if ((i & 8191) == 0) {
                checkCancelled();
            }
            if (!f.pass(s, i)) {
                continue;
            }
            if (skip > 0) {
                --skip;
                continue;
            }
            if (results.hits.size() >= limit) {
                results.more = true;
                return;
            }
            add(s.docid(i));
        }
    }

    // Store positions of the records an expression matches that pass the filter, ascending.
    void collectMatches(const QString& expression, const SearchFilter& f, std::vector<int>& matched)
    {
        const SearchDocStore& s = store();
        int cursor = 0;
        scan("SELECT rowid FROM search_all_fts WHERE search_all_fts MATCH ?", expression, SearchFilter{},
             [&](qint64 docid) {
                 // FTS5 returns docids in ascending order, like the store.
                 const int index = s.indexFrom(docid, cursor);
                 if (index >= 0 && f.pass(s, index)) {
                     matched.push_back(index);
                 }
                 return true;
             });
    }

    // Every document of the result, in docid order (the set that the hits page through).
    template <typename Visit> void forEachMatch(const SearchQuery& q, Visit&& visit)
    {
        const SearchFilter f = compile(q);
        const SearchDocStore& s = store();
        const ParsedText text = parseText(q.text);
        if (text.words.isEmpty()) {
            for (int i = 0; i < s.size(); ++i) {
                if ((i & 8191) == 0) {
                    checkCancelled();
                }
                if (f.pass(s, i)) {
                    visit(s.docid(i), i);
                }
            }
            return;
        }
        // The words as typed are matched once; their count tells the plan whether the skeleton keys
        // and typo tolerance have anything to add (a second pass only then, over few records).
        std::vector<int> matched;
        const QString typed = textExpression(text.words);
        collectMatches(typed, f, matched);
        const Plan p = plan(q, f, std::min<qint64>(qint64(matched.size()), fewFor(q)));
        const QString expression = effectiveExpression(p);
        if (expression != typed) {
            matched.clear();
            collectMatches(expression, f, matched);
        }
        // Exact names and short name-prefix lists are part of the result even when FTS5 would
        // not find them (they always are, in practice; the set keeps it exact).
        QHash<qint64, Candidate> extra;
        addKeyMatches(p.text, f, extra);
        if (!p.correctedText.isEmpty()) {
            addKeyMatches(ParsedText{p.correctedWords, p.correctedText}, f, extra);
        }
        for (const qint64 docid : p.skeletonDocids) {
            extra[docid].docid = docid;
        }
        for (const int index : matched) {
            visit(s.docid(index), index);
        }
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            const int index = s.indexOf(it.key());
            if (index >= 0 && !std::binary_search(matched.begin(), matched.end(), index)) {
                visit(it.key(), index);
            }
        }
    }

    void loadLabels()
    {
        if (m_labelsLoaded) {
            return;
        }
        m_labelsLoaded = true;
        SqlStatement query(
            m_db.handle(),
            "SELECT kind, code, label_ar, label_en, label_fr FROM vocabulary WHERE deleted = 0 AND kind IN "
            "('country', 'sector', 'organisation_type')");
        while (query.step()) {
            const QString kind = query.text(0);
            const QString prefix = kind == QLatin1String("country")  ? QStringLiteral("c:")
                                   : kind == QLatin1String("sector") ? QStringLiteral("s:")
                                                                     : QStringLiteral("t:");
            FacetCount label;
            label.value = query.text(1);
            label.labelAr = query.text(2);
            label.labelEn = query.text(3);
            label.labelFr = query.text(4);
            m_labels.insert(prefix + label.value, label);
        }
        // Every network's names at once: looked up one by one when a result first names them, a
        // large result's first facet count spent tens of ms on thousands of lookups.
        const SearchDocStore& s = store();
        QStringList ids;
        auto flush = [&] {
            if (ids.isEmpty()) {
                return;
            }
            SqlStatement query(m_db.handle(),
                               "SELECT id, name_ar, name_en, coalesce(name_fr, name_en) FROM organisation "
                               "WHERE id IN (SELECT value FROM json_each(?))");
            query.bind(1, QString::fromUtf8(
                              QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
            for (const QString& id : ids) {
                m_networkLabels.insert(id, FacetCount());
            }
            while (query.step()) {
                FacetCount& label = m_networkLabels[query.text(0)];
                label.labelAr = query.text(1);
                label.labelEn = query.text(2);
                label.labelFr = query.text(3);
            }
            ids.clear();
        };
        for (int code = 0; code < s.facetValueCount(); ++code) {
            const QString& value = s.facetValue(code);
            if (value.startsWith(QLatin1String("n:"))) {
                ids.append(value.mid(2));
                if (ids.size() >= 1000) {
                    flush();
                }
            }
        }
        flush();
    }

    Facets facets(const SearchQuery& q)
    {
        Facets facets;
        SearchDocStore& s = store();
        std::vector<qint64> counts(size_t(s.facetValueCount()), 0);
        forEachMatch(q, [&](qint64, int index) {
            ++facets.total;
            s.forEachFacetCode(index, [&](quint32 code) { ++counts[code]; });
        });
        loadLabels();
        for (int code = 0; code < s.facetValueCount(); ++code) {
            if (counts[size_t(code)] == 0) {
                continue;
            }
            const QString& value = s.facetValue(code);
            if (value.size() < 3 || value[1] != QLatin1Char(':')) {
                continue;
            }
            const QChar field = value[0];
            QList<FacetCount>* list = field == QLatin1Char('c')   ? &facets.countries
                                      : field == QLatin1Char('s') ? &facets.sectors
                                      : field == QLatin1Char('t') ? &facets.types
                                      : field == QLatin1Char('n') ? &facets.networks
                                                                  : nullptr;
            if (!list) {
                continue;
            }
            FacetCount entry = m_labels.value(value);
            entry.value = value.mid(2);
            entry.count = counts[code];
            list->append(entry);
        }
        for (QList<FacetCount>* list :
             {&facets.countries, &facets.sectors, &facets.types, &facets.networks}) {
            std::sort(list->begin(), list->end(), [](const FacetCount& a, const FacetCount& b) {
                return a.count != b.count ? a.count > b.count : a.value < b.value;
            });
        }
        for (FacetCount& network : facets.networks) {
            auto known = m_networkLabels.constFind(network.value);
            if (known == m_networkLabels.constEnd()) {
                FacetCount label;
                SqlStatement& query = m_db.statement(
                    "SELECT name_ar, name_en, coalesce(name_fr, name_en) FROM organisation WHERE id = ?");
                query.bind(1, network.value);
                if (query.step()) {
                    label.labelAr = query.text(0);
                    label.labelEn = query.text(1);
                    label.labelFr = query.text(2);
                }
                query.reset();
                known = m_networkLabels.insert(network.value, label);
            }
            network.labelAr = known->labelAr;
            network.labelEn = known->labelEn;
            network.labelFr = known->labelFr;
        }
        facets.valid = true;
        return facets;
    }
};

SearchEngine::OpenResult SearchEngine::open(const QString& cataloguePath)
{
    OpenResult result;
    Database::OpenResult opened = Database::open(cataloguePath);
    if (!opened.database) {
        result.error = opened.error;
        return result;
    }
    try {
        SearchIndex index(*opened.database);
        index.ensureFresh();
    } catch (const DbError& e) {
        result.error = QStringLiteral("%1: %2").arg(cataloguePath, e.message());
        return result;
    }
    result.engine.reset(new SearchEngine(*opened.database));
    result.engine->m_ownedDb = std::move(opened.database);
    return result;
}

SearchEngine::SearchEngine(Database& db)
    : m_db(&db)
    , m_impl(std::make_unique<Impl>(db))
{
}

SearchEngine::~SearchEngine()
{
    m_impl.reset();
}

namespace {

// One read transaction over a whole search: its few hundred statements then share one snapshot
// and one lock, instead of taking and releasing the file lock for each of them.
class ReadScope
{
public:
    explicit ReadScope(Database& db)
        : m_handle(db.handle())
    {
        if (sqlite3_get_autocommit(m_handle) &&
            sqlite3_exec(m_handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK) {
            m_open = true;
        }
    }
    ~ReadScope()
    {
        if (m_open && !sqlite3_get_autocommit(m_handle)) {
            sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr);
        }
    }
    ReadScope(const ReadScope&) = delete;
    ReadScope& operator=(const ReadScope&) = delete;

private:
    sqlite3* m_handle;
    bool m_open = false;
};

QString describeFailure(const DbError& e)
{
    if (e.sqliteCode() == SQLITE_INTERRUPT) {
        return QCoreApplication::translate("dalil::SearchEngine", "the search was cancelled");
    }
    return e.message();
}

} // namespace

SearchResults SearchEngine::search(const SearchQuery& query, bool withFacets)
{
    m_impl->m_cancelled = false;
    SearchResults results;
    try {
        m_impl->refresh();
        ReadScope read(*m_db);
        results = m_impl->search(query);
        if (withFacets) {
            results.facets = m_impl->facets(query);
        }
    } catch (const DbError& e) {
        results = SearchResults();
        results.error = describeFailure(e);
    }
    return results;
}

Facets SearchEngine::facets(const SearchQuery& query)
{
    m_impl->m_cancelled = false;
    try {
        m_impl->refresh();
        ReadScope read(*m_db);
        return m_impl->facets(query);
    } catch (const DbError&) {
        return {};
    }
}

QStringList SearchEngine::allIds(const SearchQuery& query)
{
    m_impl->m_cancelled = false;
    QStringList ids;
    try {
        m_impl->refresh();
        ReadScope read(*m_db);
        m_impl->forEachMatch(query, [&](qint64 docid, int) {
            SqlStatement& lookup = m_db->statement("SELECT entity_id FROM search_doc WHERE docid = ?");
            lookup.bind(1, docid);
            if (lookup.step()) {
                ids.append(lookup.text(0));
            }
            lookup.reset();
        });
    } catch (const DbError&) {
        ids.clear();
    }
    return ids;
}

void SearchEngine::warmUp()
{
    try {
        m_impl->refresh();
        m_impl->store();
        m_impl->loadLabels();
    } catch (const DbError&) {
    }
}

qint64 SearchEngine::memoryBytes() const
{
    return m_impl->m_storeLoaded ? m_impl->m_store.memoryBytes() : 0;
}

void SearchEngine::cancel()
{
    m_impl->m_cancelled = true;
    sqlite3_interrupt(m_db->handle());
}

} // namespace dalil
