#pragma once

#include <QString>

namespace dalil {

// The normalised form of a name used to spot duplicates: the same rules as the search key of
// DESIGN.md "Search" (NFKC, case and accents folded, harakat and tatweel gone, hamza and alef forms,
// ta marbuta and alef maksura unified, Arabic-Indic digits as ASCII, punctuation as spaces).
// TODO(exchange): use app/search/ArabicText's search key once it is in main, and remove this.
class NameKey
{
public:
    static QString of(const QString& name);
    // Edit distance between two keys, giving up (returning limit + 1) once it exceeds `limit`.
    static int distance(const QString& a, const QString& b, int limit);
};

} // namespace dalil
