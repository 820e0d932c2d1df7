#pragma once

#include <QString>
#include <QStringList>

namespace dalil {

// The search key of DESIGN.md "Search": one normalisation used both when indexing and when
// querying, so that the way a person types never matters. Thread-safe.
class ArabicText
{
public:
    // NFKC, Latin case and accent folding, harakat / Quranic marks / tatweel removed, alef, yaa,
    // taa marbuta and hamza carriers unified, Persian letters and Arabic-Indic / Extended digits
    // mapped; punctuation becomes a space. Tokens are separated by one space.
    static QString normalise(const QString& text);
    // normalise() split into tokens.
    static QStringList tokens(const QString& text);
    // The token without a leading ال / وال / بال / فال / كال / لل, or the token itself.
    static QString stripClitic(const QString& normalisedToken);
    // The token and its clitic-stripped form when that differs.
    static QStringList variants(const QString& normalisedToken);
    // Consonant-skeleton key, the same for "hilal" and "هلال", "save" and "سيف": ICU Arabic-Latin
    // transliteration, vowels and weak letters dropped, similar consonants merged. Empty when the
    // token has fewer than two consonants (too weak a key).
    static QString skeleton(const QString& normalisedToken);
    // True when the token holds Arabic letters.
    static bool isArabic(const QString& token);
    // Optimal string alignment distance (insertions, deletions, substitutions, adjacent
    // transpositions), stopping early above `limit` (then returns limit + 1).
    static int editDistance(const QString& a, const QString& b, int limit);
    // The smallest edit distance between `prefix` and any prefix of `word` (typo tolerance while
    // a word is still being typed).
    static int prefixEditDistance(const QString& prefix, const QString& word, int limit);
    // Edits allowed for a query word of this length: 0 up to 3 letters, 1 up to 7, then 2.
    static int typoBudget(int length);
};

} // namespace dalil
