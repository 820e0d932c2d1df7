#include "search/SearchQueryParser.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"
#include "search/ArabicText.h"

#include <QSet>
#include <QStringList>

namespace dalil {

namespace {

constexpr int kMaxQueryTokens = 32;
// Prefixes up to this length have their own FTS5 prefix index (migration 3: prefix = '1 2 3').
constexpr int kPrefixIndexed = 3;
// A longer prefix that starts at most this many words of the vocabulary is searched as those words.
constexpr int kMaxExpansion = 24;
constexpr int kMaxTokenLength = 64;

} // namespace

SearchQueryParser::SearchQueryParser(Database& db)
    : m_db(db)
{
}

bool SearchQueryParser::isDigits(const QString& token)
{
    for (const QChar c : token) {
        if (!c.isDigit()) {
            return false;
        }
    }
    return !token.isEmpty();
}

QString SearchQueryParser::upperBound(const QString& prefix)
{
    return prefix + QChar(0xFFFF);
}

ParsedText SearchQueryParser::parse(const QString& text)
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

QString SearchQueryParser::quoted(const QString& term)
{
    QString out = term;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString SearchQueryParser::skeletonExpression(const QList<QueryWord>& words)
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

// An empty expression stands for a whole word the index does not hold or a prefix that starts none
// of its words. A word still being typed is looked up in the vocabulary: when it starts a few words
// it is searched as those words (FTS5 then streams and stops at the first candidates; a prefix query
// beyond the prefix indexes would first gather every match of every word it starts).
QString SearchQueryParser::textExpression(const QList<QueryWord>& words)
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

qint64 SearchQueryParser::documentFrequency(const QString& term)
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

bool SearchQueryParser::termExists(const QString& term, bool prefix)
{
    SqlStatement& query =
        m_db.statement(prefix ? "SELECT 1 FROM search_term WHERE term >= ?1 AND term < ?2 LIMIT 1"
                              : "SELECT 1 FROM search_term WHERE term = ?1 AND ?2 IS NOT NULL");
    query.bindAll(term, upperBound(term));
    const bool found = query.step();
    query.reset();
    return found;
}

void SearchQueryParser::reset()
{
    m_dfCache.clear();
}

} // namespace dalil
