#include "catalogue/ContactRows.h"

#include "catalogue/Catalogue.h"
#include "catalogue/SqlStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dalil {

void ContactRows::forEach(Catalogue& catalogue, bool includePrivate,
                          const std::function<bool(const Row&)>& visit)
{
    // Contacts come by the contact_organisation index, already in storage order within each
    // organisation; the first office is the live one with the lowest rowid, as the records show it.
    SqlStatement query(
        catalogue.database().handle(),
        "SELECT c.organisation_id, o.name_ar, o.name_en, o.acronym, c.name, c.role, c.emails, "
        "c.phones, l.country, l.city, c.private "
        "FROM organisation AS o JOIN contact AS c ON c.organisation_id = o.id AND c.deleted = 0 "
        "LEFT JOIN location AS l ON l.rowid = (SELECT min(rowid) FROM location "
        "WHERE organisation_id = o.id AND deleted = 0) "
        "WHERE o.deleted = 0 AND (?1 OR c.private = 0) ORDER BY o.rowid, c.rowid");
    query.bind(1, qint64(includePrivate ? 1 : 0));
    Row row;
    while (query.step()) {
        row.organisationId = query.view(0);
        row.nameAr = query.view(1);
        row.nameEn = query.view(2);
        row.acronym = query.view(3);
        row.name = query.view(4);
        row.role = query.view(5);
        row.emails = query.view(6);
        row.phones = query.view(7);
        row.country = query.view(8);
        row.city = query.view(9);
        row.isPrivate = query.int64(10) != 0;
        if (!visit(row)) {
            return;
        }
    }
}

void ContactRows::appendList(QByteArrayView json, QByteArrayView separator, QByteArray* out)
{
    // The catalogue writes lists compactly (["a","b"]); anything with an escape or another shape
    // goes through the JSON parser.
    const qsizetype n = json.size();
    if (n <= 2) {
        return;
    }
    const qsizetype start = out->size();
    if (json.front() == '[' && json.back() == ']' && !json.contains('\\')) {
        qsizetype i = 1;
        bool first = true;
        while (i < n - 1) {
            if (json[i] != '"') {
                break;
            }
            const qsizetype end = json.indexOf('"', i + 1);
            if (end < 0) {
                break;
            }
            if (!first) {
                out->append(separator);
            }
            out->append(json.sliced(i + 1, end - i - 1));
            first = false;
            i = end + 1;
            if (i < n - 1 && json[i] == ',') {
                ++i;
            }
        }
        if (i == n - 1) {
            return;
        }
        // Not the compact form after all: start again from what the parser says.
        out->truncate(start);
    }
    bool first = true;
    for (const QJsonValue& item : QJsonDocument::fromJson(json.toByteArray()).array()) {
        if (!first) {
            out->append(separator);
        }
        out->append(item.toString().toUtf8());
        first = false;
    }
}

} // namespace dalil
