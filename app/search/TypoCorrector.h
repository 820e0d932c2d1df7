#pragma once

#include "search/SearchQueryParser.h"

#include <QChar>
#include <QHash>
#include <QString>

#include <utility>
#include <vector>

namespace dalil {

class Database;

// Finds the closest word of the index vocabulary (search_term) to a word that the index does not
// hold. The vocabulary is read once, on the first correction, and kept until reset().
class TypoCorrector
{
public:
    explicit TypoCorrector(Database& db);

    // The closest vocabulary word within the typo budget (ties: the more frequent word), or an
    // empty string.
    QString correct(const QueryWord& word);

    void reset();

private:
    void loadVocabulary();

    Database& m_db;
    // By first letter: people rarely get the first letter wrong, and a swap of the first two letters
    // is found through the second letter's list.
    QHash<QChar, std::vector<std::pair<QString, qint64>>> m_vocabulary;
    bool m_vocabularyLoaded = false;
};

} // namespace dalil
