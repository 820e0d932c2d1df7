#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace dalil {

class Catalogue;

// Every live contact of a live organisation with its organisation's names and first office, read
// by one query in the order an export lists them (organisations in storage order, then their
// contacts): 100,000 contacts go to a CSV or XLSX file without a record built per row. The first
// offices are read before the first row, in one pass over the offices (a map of the organisations
// that have one).
class ContactRows
{
public:
    // Text as SQLite holds it (UTF-8), valid only during the visit; lists are JSON arrays.
    struct Row
    {
        QByteArrayView organisationId, nameAr, nameEn, acronym;
        QByteArrayView name, role, emails, phones;
        QByteArrayView country, city; // of the organisation's first office
        bool isPrivate = false;
    };

    // Private contacts are read only when `includePrivate`. `visit` returns false to stop.
    // Throws DbError.
    static void forEach(Catalogue& catalogue, bool includePrivate,
                        const std::function<bool(const Row&)>& visit);

    // How many rows forEach() will visit, at most (every contact row is counted: deleted ones, those
    // of deleted organisations and private ones too): the total an export's progress is measured
    // against, known without reading the rows. Throws DbError.
    static qint64 count(Catalogue& catalogue, bool includePrivate);

    // A stored list (["a","b"]) as the items joined by `separator`, appended to `out`.
    static void appendList(QByteArrayView json, QByteArrayView separator, QByteArray* out);
};

} // namespace dalil
