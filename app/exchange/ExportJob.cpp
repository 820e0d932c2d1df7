#include "exchange/ExportJob.h"

#include "catalogue/Catalogue.h"
#include "catalogue/ContactRows.h"
#include "catalogue/DbError.h"
#include "exchange/CsvWriter.h"
#include "exchange/GeoJsonWriter.h"
#include "exchange/JsonCell.h"
#include "exchange/KmlWriter.h"
#include "exchange/PdfDirectoryWriter.h"
#include "exchange/VCardWriter.h"
#include "exchange/XlsxSheetWriter.h"
#include "exchange/XlsxWriter.h"
#include "search/ArabicText.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <optional>

namespace dalil {

namespace {

bool listHas(const QJsonObject& record, const char* field, const QStringList& wanted)
{
    for (const QJsonValue& v : record.value(QLatin1String(field)).toArray()) {
        if (wanted.contains(v.toString(), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool matchesQuery(const QJsonObject& record, const QString& query)
{
    if (query.isEmpty()) {
        return true;
    }
    QString names;
    for (const char* field : {"name_ar", "name_en", "name_fr", "acronym", "title_ar", "title_en"}) {
        names += ArabicText::normalise(record.value(QLatin1String(field)).toString()) + u' ';
    }
    for (const QString& word : ArabicText::normalise(query).split(u' ', Qt::SkipEmptyParts)) {
        if (!names.contains(word)) {
            return false;
        }
    }
    return true;
}

bool writeBytes(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("dalil::ExportJob", "%1: cannot be written (%2)")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

// HXL hashtags for the exported columns, so that a 3W tool (and Dalil's own import) reads them.
QString hxlFor(const QString& key)
{
    static const QHash<QString, QString> tags = {
        {QStringLiteral("name_ar"), QStringLiteral("#org+name+i_ar")},
        {QStringLiteral("name_en"), QStringLiteral("#org+name+i_en")},
        {QStringLiteral("name_fr"), QStringLiteral("#org+name+i_fr")},
        {QStringLiteral("acronym"), QStringLiteral("#org+acronym")},
        {QStringLiteral("type"), QStringLiteral("#org+type+code")},
        {QStringLiteral("sectors"), QStringLiteral("#sector+list")},
        {QStringLiteral("countries"), QStringLiteral("#country+code+list")},
        {QStringLiteral("website"), QStringLiteral("#contact+url")},
        {QStringLiteral("registration_id"), QStringLiteral("#org+code")},
        {QStringLiteral("description_ar"), QStringLiteral("#description+i_ar")},
        {QStringLiteral("description_en"), QStringLiteral("#description+i_en")},
        {QStringLiteral("contact_name"), QStringLiteral("#contact+name")},
        {QStringLiteral("role"), QStringLiteral("#contact+role")},
        {QStringLiteral("emails"), QStringLiteral("#contact+email")},
        {QStringLiteral("phones"), QStringLiteral("#contact+phone")},
        {QStringLiteral("country"), QStringLiteral("#country+code")},
        {QStringLiteral("city"), QStringLiteral("#loc+name")},
        {QStringLiteral("lat"), QStringLiteral("#geo+lat")},
        {QStringLiteral("lon"), QStringLiteral("#geo+lon")},
        {QStringLiteral("title_ar"), QStringLiteral("#meta+title+i_ar")},
        {QStringLiteral("title_en"), QStringLiteral("#meta+title+i_en")},
    };
    return tags.value(key);
}

} // namespace

ExportJob::ExportJob(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

QStringList ExportJob::kinds()
{
    return {QStringLiteral("organisations"), QStringLiteral("contacts"), QStringLiteral("funding"),
            QStringLiteral("resources"), QStringLiteral("events")};
}

QStringList ExportJob::formats()
{
    return {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("vcf"), QStringLiteral("geojson"),
            QStringLiteral("kml"), QStringLiteral("pdf"),  QStringLiteral("json")};
}

QString ExportJob::checkFormat(const QString& kind, const QString& format)
{
    if (!kinds().contains(kind)) {
        return tr("unknown kind “%1” (organisations, contacts, funding, resources or events)").arg(kind);
    }
    if (!formats().contains(format)) {
        return tr("unknown format “%1” (csv, xlsx, vcf, geojson, kml, pdf or json)").arg(format);
    }
    const bool people = kind == QLatin1String("organisations") || kind == QLatin1String("contacts");
    if ((format == QLatin1String("vcf") || format == QLatin1String("pdf")) && !people) {
        return tr("%1 holds organisations and contacts, not %2").arg(format, kind);
    }
    if ((format == QLatin1String("geojson") || format == QLatin1String("kml")) && !people &&
        kind != QLatin1String("events")) {
        return tr("%1 holds places: organisations' offices, contacts' offices or events, not %2")
            .arg(format, kind);
    }
    return {};
}

QList<ExportEntry> ExportJob::collect(Catalogue& catalogue)
{
    QList<ExportEntry> entries;
    const Options& o = m_options;
    const bool people = o.kind == QLatin1String("organisations") || o.kind == QLatin1String("contacts");
    if (!people) {
        RecordTable* table =
            o.kind == QLatin1String("funding")     ? static_cast<RecordTable*>(&catalogue.funding())
            : o.kind == QLatin1String("resources") ? static_cast<RecordTable*>(&catalogue.resources())
                                                   : static_cast<RecordTable*>(&catalogue.events());
        table->forEach([&](const QJsonObject& record) {
            if ((o.idsOnly || !o.ids.isEmpty()) &&
                !o.ids.contains(record.value(QLatin1String("id")).toString())) {
                return;
            }
            if (!o.countries.isEmpty() && !listHas(record, "countries", o.countries) &&
                !o.countries.contains(record.value(QLatin1String("country")).toString(),
                                      Qt::CaseInsensitive)) {
                return;
            }
            if (!o.sectors.isEmpty() && !listHas(record, "sectors", o.sectors)) {
                return;
            }
            if (!matchesQuery(record, o.query)) {
                return;
            }
            entries.append({record, {}, {}});
        });
        return entries;
    }
    QSet<QString> members;
    if (!o.network.isEmpty()) {
        for (const QJsonObject& membership : catalogue.memberships().where("network_id", o.network)) {
            members.insert(membership.value(QLatin1String("member_id")).toString());
        }
    }
    QHash<QString, QList<QJsonObject>> offices;
    catalogue.locations().forEach([&](const QJsonObject& office) {
        offices[office.value(QLatin1String("organisation_id")).toString()].append(office);
    });
    QHash<QString, QList<QJsonObject>> contacts;
    catalogue.contacts().forEach([&](const QJsonObject& contact) {
        if (contact.value(QLatin1String("private")).toBool() && !o.includePrivate) {
            return; // private contacts never leave the machine unless the user says so
        }
        contacts[contact.value(QLatin1String("organisation_id")).toString()].append(contact);
    });
    const bool contactKind = o.kind == QLatin1String("contacts");
    catalogue.organisations().forEach([&](const QJsonObject& org) {
        const QString id = org.value(QLatin1String("id")).toString();
        if ((o.idsOnly || !o.ids.isEmpty()) && !o.ids.contains(id)) {
            return;
        }
        if (!o.network.isEmpty() && !members.contains(id)) {
            return;
        }
        if (!o.types.isEmpty() &&
            !o.types.contains(org.value(QLatin1String("type")).toString(), Qt::CaseInsensitive)) {
            return;
        }
        if (!o.sectors.isEmpty() && !listHas(org, "sectors", o.sectors)) {
            return;
        }
        const QList<QJsonObject>& orgOffices = offices[id];
        if (!o.countries.isEmpty() && !listHas(org, "countries", o.countries)) {
            bool office = false;
            for (const QJsonObject& place : orgOffices) {
                office = office || o.countries.contains(place.value(QLatin1String("country")).toString(),
                                                        Qt::CaseInsensitive);
            }
            if (!office) {
                return;
            }
        }
        if (!matchesQuery(org, o.query)) {
            return;
        }
        ExportEntry entry{org, orgOffices, contacts.value(id)};
        if (contactKind && entry.contacts.isEmpty()) {
            return;
        }
        entries.append(entry);
    });
    return entries;
}

ExportTable ExportJob::table(const QList<ExportEntry>& entries) const
{
    ExportTable table;
    const QString& kind = m_options.kind;
    auto finish = [&] {
        if (m_options.hxl) {
            for (const QString& header : table.headers) {
                table.hxl.append(hxlFor(header));
            }
        }
    };
    if (kind == QLatin1String("organisations")) {
        const QStringList keys = {QStringLiteral("id"),
                                  QStringLiteral("name_ar"),
                                  QStringLiteral("name_en"),
                                  QStringLiteral("name_fr"),
                                  QStringLiteral("acronym"),
                                  QStringLiteral("type"),
                                  QStringLiteral("sectors"),
                                  QStringLiteral("countries"),
                                  QStringLiteral("website"),
                                  QStringLiteral("registration_id"),
                                  QStringLiteral("founded"),
                                  QStringLiteral("languages"),
                                  QStringLiteral("description_ar"),
                                  QStringLiteral("description_en")};
        table.headers = keys;
        table.headers.append(QStringLiteral("offices"));
        for (const QString& key : table.headers) {
            table.numeric.append(key == QLatin1String("founded"));
        }
        for (const ExportEntry& entry : entries) {
            QStringList row;
            for (const QString& key : keys) {
                row.append(jsonCellText(entry.record.value(key)));
            }
            QStringList places;
            for (const QJsonObject& office : entry.offices) {
                QString place = office.value(QLatin1String("city")).toString();
                if (place.isEmpty()) {
                    place = office.value(QLatin1String("admin1")).toString();
                }
                const QString country = office.value(QLatin1String("country")).toString();
                places.append(country.isEmpty() ? place
                              : place.isEmpty() ? country
                                                : place + QStringLiteral(" (") + country + u')');
            }
            row.append(places.join(QStringLiteral("; ")));
            table.rows.append(row);
        }
        finish();
        return table;
    }
    if (kind == QLatin1String("contacts")) {
        table.headers = {QStringLiteral("organisation_id"), QStringLiteral("name_ar"),
                         QStringLiteral("name_en"),         QStringLiteral("acronym"),
                         QStringLiteral("contact_name"),    QStringLiteral("role"),
                         QStringLiteral("emails"),          QStringLiteral("phones"),
                         QStringLiteral("country"),         QStringLiteral("city")};
        if (m_options.includePrivate) {
            table.headers.append(QStringLiteral("private"));
        }
        table.numeric = QList<bool>(table.headers.size(), false);
        for (const ExportEntry& entry : entries) {
            const QJsonObject first = entry.offices.value(0);
            for (const QJsonObject& contact : entry.contacts) {
                QStringList row = {jsonCellText(entry.record.value(QLatin1String("id"))),
                                   jsonCellText(entry.record.value(QLatin1String("name_ar"))),
                                   jsonCellText(entry.record.value(QLatin1String("name_en"))),
                                   jsonCellText(entry.record.value(QLatin1String("acronym"))),
                                   jsonCellText(contact.value(QLatin1String("name"))),
                                   jsonCellText(contact.value(QLatin1String("role"))),
                                   jsonCellText(contact.value(QLatin1String("emails"))),
                                   jsonCellText(contact.value(QLatin1String("phones"))),
                                   jsonCellText(first.value(QLatin1String("country"))),
                                   jsonCellText(first.value(QLatin1String("city")))};
                if (m_options.includePrivate) {
                    row.append(contact.value(QLatin1String("private")).toBool() ? QStringLiteral("1")
                                                                                : QStringLiteral("0"));
                }
                table.rows.append(row);
            }
        }
        finish();
        return table;
    }
    const TableSpec* spec = kind == QLatin1String("funding")     ? &tables::funding()
                            : kind == QLatin1String("resources") ? &tables::resource()
                                                                 : &tables::event();
    table.headers.append(QStringLiteral("id"));
    table.numeric.append(false);
    for (const Column& column : spec->columns) {
        table.headers.append(QLatin1String(column.name));
        table.numeric.append(column.type == ColumnType::Integer || column.type == ColumnType::Real);
    }
    for (const QString& key : table.headers) {
        table.dates.append(key == QLatin1String("deadline") || key == QLatin1String("deadline_utc") ||
                           key == QLatin1String("start_utc") || key == QLatin1String("end_utc"));
    }
    for (const ExportEntry& entry : entries) {
        QStringList row;
        for (const QString& key : table.headers) {
            row.append(jsonCellText(entry.record.value(key)));
        }
        table.rows.append(row);
    }
    finish();
    return table;
}

ExportJob::Result ExportJob::writeEveryContact(Catalogue& catalogue)
{
    // Every contact, unfiltered: rows go from one query straight to the file (the filtered path
    // gathers records first to test them). Same columns, order and cells as table().
    Result result;
    const Options& o = m_options;
    const ExportTable columns = table({});
    const bool csv = o.format == QLatin1String("csv");
    std::optional<CsvWriter> csvWriter;
    std::optional<XlsxSheetWriter> sheet;
    if (csv) {
        csvWriter.emplace(o.out, CsvWriter::Options{!o.plainCsv, u','});
        if (!csvWriter->open(&result.error)) {
            return result;
        }
        csvWriter->writeRow(columns.headers);
        if (!columns.hxl.isEmpty()) {
            csvWriter->writeRow(columns.hxl);
        }
    } else {
        sheet.emplace(o.out, o.kind);
        if (!sheet->open({columns.headers, columns.hxl, columns.numeric, columns.dates}, &result.error)) {
            return result;
        }
    }
    const QByteArrayView separator("; ");
    const QByteArrayView yes("1");
    const QByteArrayView no("0");
    QByteArray emails;
    QByteArray phones;
    QByteArrayView cells[11];
    const int count = o.includePrivate ? 11 : 10;
    qint64 total = 1;
    try {
        // Progress and cancel once a batch: the total is the contacts the query may visit.
        constexpr int kBatch = 1024;
        total = std::max<qint64>(1, ContactRows::count(catalogue, o.includePrivate));
        emit progress(0, total);
        ContactRows::forEach(catalogue, o.includePrivate, [&](const ContactRows::Row& row) {
            if (result.records % kBatch == 0) {
                if (result.records > 0) {
                    emit progress(std::min<qint64>(result.records, total), total);
                }
                if (m_cancelled) {
                    return false;
                }
            }
            emails.resize(0);
            phones.resize(0);
            ContactRows::appendList(row.emails, separator, &emails);
            ContactRows::appendList(row.phones, separator, &phones);
            cells[0] = row.organisationId;
            cells[1] = row.nameAr;
            cells[2] = row.nameEn;
            cells[3] = row.acronym;
            cells[4] = row.name;
            cells[5] = row.role;
            cells[6] = emails;
            cells[7] = phones;
            cells[8] = row.country;
            cells[9] = row.city;
            cells[10] = row.isPrivate ? yes : no;
            if (csv) {
                csvWriter->writeRow(cells, count);
            } else {
                sheet->writeRow(cells, count);
            }
            ++result.records;
            return true;
        });
    } catch (const DbError& e) {
        result.error = tr("%1: %2").arg(catalogue.path(), e.message());
    }
    if (m_cancelled || !result.error.isEmpty()) {
        result.cancelled = result.error.isEmpty();
        if (csv) {
            QString ignored;
            csvWriter->close(&ignored);
            QFile::remove(o.out);
        }
        return result; // an unclosed sheet removes its file
    }
    if (csv) {
        csvWriter->close(&result.error);
    } else {
        sheet->close(&result.error);
    }
    emit progress(total, total);
    return result;
}

ExportJob::Result ExportJob::run(Catalogue& catalogue)
{
    Result result;
    const Options& o = m_options;
    if (QString problem = checkFormat(o.kind, o.format); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    const bool everyContact = o.kind == QLatin1String("contacts") &&
                              (o.format == QLatin1String("csv") || o.format == QLatin1String("xlsx")) &&
                              !o.idsOnly && o.ids.isEmpty() && o.countries.isEmpty() && o.sectors.isEmpty() &&
                              o.types.isEmpty() && o.network.isEmpty() && o.query.isEmpty();
    if (everyContact) {
        return writeEveryContact(catalogue);
    }
    QList<ExportEntry> entries;
    try {
        entries = collect(catalogue);
    } catch (const DbError& e) {
        result.error = tr("%1: %2").arg(catalogue.path(), e.message());
        return result;
    }
    if (m_cancelled) {
        result.cancelled = true;
        return result;
    }
    const bool contactKind = o.kind == QLatin1String("contacts");
    if (contactKind) {
        for (const ExportEntry& entry : entries) {
            result.records += int(entry.contacts.size());
        }
    } else {
        result.records = int(entries.size());
    }
    const qint64 total = std::max(1, result.records);
    emit progress(0, total);
    const QString title = o.title.isEmpty() ? tr("Directory of organisations") : o.title;
    const QString& format = o.format;
    if (format == QLatin1String("csv")) {
        const ExportTable data = table(entries);
        CsvWriter writer(o.out, {!o.plainCsv, u','});
        if (!writer.open(&result.error)) {
            return result;
        }
        writer.writeRow(data.headers);
        if (!data.hxl.isEmpty()) {
            writer.writeRow(data.hxl);
        }
        qint64 done = 0;
        for (const QStringList& row : data.rows) {
            if (++done % 1024 == 0) {
                emit progress(done, total);
                if (m_cancelled) {
                    QString ignored;
                    writer.close(&ignored);
                    QFile::remove(o.out);
                    result.cancelled = true;
                    return result;
                }
            }
            writer.writeRow(row);
        }
        writer.close(&result.error);
    } else if (format == QLatin1String("xlsx")) {
        XlsxWriter::write(o.out, table(entries), o.kind, &result.error);
    } else if (format == QLatin1String("vcf")) {
        writeBytes(o.out, VCardWriter::write(entries, !contactKind), &result.error);
    } else if (format == QLatin1String("geojson")) {
        writeBytes(o.out, GeoJsonWriter::write(entries, o.kind == QLatin1String("events"), &result.features),
                   &result.error);
    } else if (format == QLatin1String("kml")) {
        writeBytes(o.out,
                   KmlWriter::write(entries, o.kind == QLatin1String("events"), title, &result.features),
                   &result.error);
    } else if (format == QLatin1String("pdf")) {
        PdfDirectoryWriter::write(o.out, entries, title, &result.error);
    } else if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const ExportEntry& entry : entries) {
            if (contactKind) {
                for (QJsonObject contact : entry.contacts) {
                    QJsonObject organisation;
                    for (const char* field : {"id", "name_ar", "name_en", "name_fr", "acronym"}) {
                        organisation.insert(QLatin1String(field), entry.record.value(QLatin1String(field)));
                    }
                    contact.insert(QStringLiteral("organisation"), organisation);
                    array.append(contact);
                }
                continue;
            }
            QJsonObject record = entry.record;
            if (o.kind == QLatin1String("organisations")) {
                QJsonArray offices, contacts;
                for (const QJsonObject& office : entry.offices) {
                    offices.append(office);
                }
                for (const QJsonObject& contact : entry.contacts) {
                    contacts.append(contact);
                }
                record.insert(QStringLiteral("kind"), QStringLiteral("organisation"));
                record.insert(QStringLiteral("offices"), offices);
                record.insert(QStringLiteral("contacts"), contacts);
            }
            array.append(record);
        }
        writeBytes(o.out, QJsonDocument(array).toJson(QJsonDocument::Indented), &result.error);
    }
    emit progress(total, total);
    return result;
}

} // namespace dalil
