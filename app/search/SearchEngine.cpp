#include "search/SearchEngine.h"

#include "catalogue/Database.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"
#include "search/ArabicText.h"
#include "search/FacetAssembler.h"
#include "search/HitLoader.h"
#include "search/SearchDocStore.h"
#include "search/SearchFilter.h"
#include "search/SearchFilterCompiler.h"
#include "search/SearchIndex.h"
#include "search/SearchQueryParser.h"
#include "search/SearchReadScope.h"
#include "search/TypoCorrector.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace dalil {

namespace {

// How many candidates are ranked per query: enough for the first pages, bounded so that a query
// matching half the catalogue costs the same as one matching a hundred records.
constexpr int kCandidates = 64;
// A query whose text finds fewer records than this is retried with corrected words.
constexpr int kTypoThreshold = 3;

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::SearchEngine", text);
}

} // namespace

class SearchEngine::Impl
{
public:
    explicit Impl(Database& db)
        : m_db(db)
        , m_parser(db)
        , m_typos(db)
        , m_facetAssembler(db)
        , m_filters(db)
        , m_hits(db, m_parser)
    {
    }

    Database& m_db;
    std::atomic<bool> m_cancelled{false};
    qint64 m_version = -1;
    SearchDocStore m_store;
    bool m_storeLoaded = false;
    SearchQueryParser m_parser;
    TypoCorrector m_typos;
    FacetAssembler m_facetAssembler;
    SearchFilterCompiler m_filters;
    HitLoader m_hits;

    void checkCancelled()
    {
        if (m_cancelled.load()) {
            throw DbError(tr("the search was cancelled"), SQLITE_INTERRUPT);
        }
    }

    // Drops what was derived from an older state of the index, and rebuilds a stale index (or
    // reindexes what a bulk write queued) before answering from it.
    void refresh()
    {
        {
            SqlStatement& stale = m_db.statement(
                "SELECT 1 FROM meta WHERE key IN ('search_stale', 'search_pending') AND value = '1'");
            const bool isStale = stale.step();
            stale.reset();
            if (isStale) {
                SearchIndex(m_db).ensureFresh();
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
        m_typos.reset();
        m_parser.reset();
        m_facetAssembler.reset();
        m_hits.setStatistics(std::max(1.0, m_db.meta(QStringLiteral("search_docs")).toDouble()),
                             std::max(1.0, m_db.meta(QStringLiteral("search_avg_names")).toDouble()),
                             std::max(1.0, m_db.meta(QStringLiteral("search_avg_body")).toDouble()));
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
        if (!q.hasFilters()) {
            return SearchFilter();
        }
        return m_filters.compile(q, store());
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
            scan("SELECT rowid FROM search_skel_fts WHERE search_skel_fts MATCH ?",
                 SearchQueryParser::quoted(word.skeleton), SearchFilter{}, [&](qint64) {
                     found = true;
                     return false;
                 });
            if (!found) {
                return false;
            }
        }
        return true;
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
        p.text = SearchQueryParser::parse(q.text);
        if (p.text.words.isEmpty()) {
            return p;
        }
        p.expression = m_parser.textExpression(p.text.words);
        const int few = fewFor(q);
        const qint64 found = knownFound >= 0 ? knownFound : countUpTo(p.expression, f, few);
        if (found >= few) {
            return p;
        }
        // Little found: the cross-script skeleton keys, then typo tolerance.
        if (skeletonCanMatch(p.text.words)) {
            p.skeleton = SearchQueryParser::skeletonExpression(p.text.words);
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
            if (m_parser.termExists(word.raw, word.prefix) || m_parser.termExists(word.term, word.prefix)) {
                continue;
            }
            const QString better = m_typos.correct(word);
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
        const QString expression = m_parser.textExpression(corrected);
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
            range.bindAll(text.normalised, SearchQueryParser::upperBound(text.normalised));
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

    SearchResults search(const SearchQuery& q)
    {
        SearchResults results;
        const SearchFilter f = compile(q);
        const int offset = std::max(0, q.offset);
        const int limit = std::max(0, q.limit);
        Plan p;
        p.text = SearchQueryParser::parse(q.text);
        if (p.text.words.isEmpty()) {
            listAll(f, offset, limit, results);
            return results;
        }
        p.expression = m_parser.textExpression(p.text.words);
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
            DocText doc = m_hits.loadDocText(c.docid);
            m_hits.score(c, doc, words, text);
            if (!p.correctedText.isEmpty() && c.score == 0 && c.match == SearchHit::Match::Skeleton) {
                m_hits.score(c, doc, p.text.words, p.text);
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
            results.hits.append(m_hits.loadHit(ranked[i], texts.value(ranked[i].docid)));
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
                     DocText doc = m_hits.loadDocText(docid);
                     m_hits.score(c, doc, words, text);
                     results.hits.append(m_hits.loadHit(c, doc));
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
            results.hits.append(m_hits.loadHit(c, m_hits.loadDocText(docid)));
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
        const ParsedText text = SearchQueryParser::parse(q.text);
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
        const QString typed = m_parser.textExpression(text.words);
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

    Facets facets(const SearchQuery& q)
    {
        qint64 total = 0;
        SearchDocStore& s = store();
        std::vector<qint64> counts(size_t(s.facetValueCount()), 0);
        forEachMatch(q, [&](qint64, int index) {
            ++total;
            s.forEachFacetCode(index, [&](quint32 code) { ++counts[code]; });
        });
        return m_facetAssembler.assemble(s, counts, total);
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
        SearchReadScope read(*m_db);
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
        SearchReadScope read(*m_db);
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
        SearchReadScope read(*m_db);
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
        m_impl->m_facetAssembler.loadLabels(m_impl->store());
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
