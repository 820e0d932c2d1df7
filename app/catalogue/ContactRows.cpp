#include "catalogue/ContactRows.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

#include <sqlite3.h>

namespace dalil {

namespace {

using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>;

Statement prepare(sqlite3* db, const char* sql)
{
    sqlite3_stmt* raw = nullptr;
    const int prepared = sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    Statement statement(raw, sqlite3_finalize);
    if (prepared != SQLITE_OK) {
        throw DbError(QString::fromUtf8(sqlite3_errmsg(db)), prepared);
    }
    return statement;
}

QByteArrayView columnView(sqlite3_stmt* statement, int column)
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(statement, column)) : QByteArrayView();
}

// An organisation's first office: its country and city in one allocation.
struct FirstOffice
{
    QByteArray text; // country then city
    int countryLength = 0;
};

// Every organisation's first office (the live one with the lowest rowid), read in one pass over
// the offices. Looked up per organisation by the export's query instead, through the
// location_organisation index and a second visit to the row, it was half of the export's time.
QHash<QByteArray, FirstOffice> firstOffices(sqlite3* db)
{
    QHash<QByteArray, FirstOffice> offices;
    const Statement query =
        prepare(db, "SELECT organisation_id, country, city FROM location WHERE deleted = 0 ORDER BY rowid");
    sqlite3_stmt* raw = query.get();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        const QByteArrayView organisation = columnView(raw, 0);
        // Looked up without a copy of the key: only a new organisation's id is copied.
        if (offices.contains(QByteArray::fromRawData(organisation.data(), organisation.size()))) {
            continue;
        }
        const QByteArrayView country = columnView(raw, 1);
        const QByteArrayView city = columnView(raw, 2);
        FirstOffice& office = offices[organisation.toByteArray()];
        office.text.reserve(country.size() + city.size());
        office.text.append(country).append(city);
        office.countryLength = int(country.size());
    }
    if (rc != SQLITE_DONE) {
        throw DbError(QString::fromUtf8(sqlite3_errmsg(db)), rc);
    }
    return offices;
}

} // namespace

void ContactRows::forEach(Catalogue& catalogue, bool includePrivate,
                          const std::function<bool(const Row&)>& visit)
{
    // Contacts come by the contact_organisation index, already in storage order within each
    // organisation; each organisation's first office comes from a map made in one pass over the
    // offices before the first row.
    // The statement is used directly: cells are read without a copy, valid until the next step.
    sqlite3* db = catalogue.database().handle();
    const QHash<QByteArray, FirstOffice> offices = firstOffices(db);
    const Statement query =
        prepare(db, "SELECT c.organisation_id, o.name_ar, o.name_en, o.acronym, c.name, c.role, c.emails, "
                    "c.phones, c.private "
                    "FROM organisation AS o "
                    "JOIN contact AS c ON c.organisation_id = o.id AND c.deleted = 0 "
                    "WHERE o.deleted = 0 AND (?1 OR c.private = 0) ORDER BY o.rowid, c.rowid");
    sqlite3_stmt* raw = query.get();
    sqlite3_bind_int(raw, 1, includePrivate ? 1 : 0);
    Row row;
    // The office of the organisation of the row before: an organisation's contacts come together.
    QByteArray officeOf;
    bool lookedUp = false;
    const FirstOffice* office = nullptr;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        row.organisationId = columnView(raw, 0);
        row.nameAr = columnView(raw, 1);
        row.nameEn = columnView(raw, 2);
        row.acronym = columnView(raw, 3);
        row.name = columnView(raw, 4);
        row.role = columnView(raw, 5);
        row.emails = columnView(raw, 6);
        row.phones = columnView(raw, 7);
        row.isPrivate = sqlite3_column_int(raw, 8) != 0;
        if (!lookedUp || officeOf != row.organisationId) {
            const auto found = offices.constFind(
                QByteArray::fromRawData(row.organisationId.data(), row.organisationId.size()));
            office = found == offices.cend() ? nullptr : &found.value();
            officeOf.resize(0);
            officeOf.append(row.organisationId);
            lookedUp = true;
        }
        if (office) {
            row.country = QByteArrayView(office->text.constData(), office->countryLength);
            row.city = QByteArrayView(office->text.constData() + office->countryLength,
                                      office->text.size() - office->countryLength);
        } else {
            row.country = row.city = QByteArrayView();
        }
        if (!visit(row)) {
            return;
        }
    }
    if (rc != SQLITE_DONE) {
        throw DbError(QString::fromUtf8(sqlite3_errmsg(db)), rc);
    }
}

qint64 ContactRows::count(Catalogue& catalogue, bool includePrivate)
{
    Q_UNUSED(includePrivate);
    // Every contact row, tombstones and private ones too: SQLite counts a table's rows from its
    // B-tree pages without reading them (a WHERE reads each row: at 1.5 million contacts, 0.2-0.9 s
    // before the first row of an export).
    SqlStatement query(catalogue.database().handle(), "SELECT count(*) FROM contact");
    return query.step() ? query.int64(0) : 0;
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
