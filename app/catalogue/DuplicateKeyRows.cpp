#include "catalogue/DuplicateKeyRows.h"

#include "catalogue/Catalogue.h"
#include "catalogue/SqlStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dalil {

namespace {

// A stored list (["JO","LB"]) as its items; the catalogue writes lists compactly, anything with an
// escape or another shape goes through the JSON parser.
QStringList listOf(const QByteArray& json)
{
    QStringList items;
    if (json.size() <= 2) {
        return items;
    }
    if (json.front() == '[' && json.back() == ']' && !json.contains('\\')) {
        qsizetype i = 1;
        while (i < json.size() - 1 && json[i] == '"') {
            const qsizetype end = json.indexOf('"', i + 1);
            if (end < 0) {
                break;
            }
            items.append(QString::fromUtf8(json.constData() + i + 1, end - i - 1));
            i = end + 1;
            if (i < json.size() - 1 && json[i] == ',') {
                ++i;
            }
        }
        if (i == json.size() - 1) {
            return items;
        }
        items.clear();
    }
    for (const QJsonValue& value : QJsonDocument::fromJson(json).array()) {
        items.append(value.toString());
    }
    return items;
}

} // namespace

bool DuplicateKeyRows::anyOrganisation(Catalogue& catalogue)
{
    SqlStatement query(catalogue.database().handle(),
                       "SELECT EXISTS (SELECT 1 FROM organisation WHERE deleted = 0)");
    return query.step() && query.int64(0) != 0;
}

void DuplicateKeyRows::forEachOrganisation(Catalogue& catalogue,
                                           const std::function<void(const Organisation&)>& visit)
{
    SqlStatement query(catalogue.database().handle(),
                       "SELECT id, name_ar, name_en, name_fr, acronym, registration_id, countries "
                       "FROM organisation WHERE deleted = 0 ORDER BY rowid");
    Organisation row;
    while (query.step()) {
        row.id = query.text(0);
        row.nameAr = query.text(1);
        row.nameEn = query.text(2);
        row.nameFr = query.text(3);
        row.acronym = query.text(4);
        row.registrationId = query.text(5);
        row.countries = listOf(query.utf8(6));
        visit(row);
    }
}

void DuplicateKeyRows::forEachOffice(Catalogue& catalogue, const std::function<void(const Office&)>& visit)
{
    SqlStatement query(
        catalogue.database().handle(),
        "SELECT organisation_id, country, city FROM location WHERE deleted = 0 ORDER BY rowid");
    Office row;
    while (query.step()) {
        row.organisationId = query.text(0);
        row.country = query.text(1);
        row.city = query.text(2);
        visit(row);
    }
}

void DuplicateKeyRows::forEachOfficeOf(Catalogue& catalogue, const QString& organisationId,
                                       const std::function<void(const Office&)>& visit)
{
    SqlStatement& query = catalogue.database().statement(
        "SELECT organisation_id, country, city FROM location WHERE organisation_id = ? AND deleted = 0 "
        "ORDER BY rowid");
    query.bind(1, organisationId);
    Office row;
    while (query.step()) {
        row.organisationId = query.text(0);
        row.country = query.text(1);
        row.city = query.text(2);
        visit(row);
    }
    query.reset();
}

} // namespace dalil
