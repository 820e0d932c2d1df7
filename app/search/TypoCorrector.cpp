#include "search/TypoCorrector.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"
#include "search/ArabicText.h"

#include <algorithm>

namespace dalil {

TypoCorrector::TypoCorrector(Database& db)
    : m_db(db)
{
}

void TypoCorrector::reset()
{
    m_vocabularyLoaded = false;
    m_vocabulary.clear();
}

void TypoCorrector::loadVocabulary()
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

QString TypoCorrector::correct(const QueryWord& word)
{
    const int budget = ArabicText::typoBudget(int(word.raw.size()));
    if (budget == 0 || SearchQueryParser::isDigits(word.raw)) {
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

} // namespace dalil
