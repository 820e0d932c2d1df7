#include "exchange/WrittenOrganisations.h"

#include "catalogue/TableSpec.h"
#include "search/SearchIndexFromRecords.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <optional>

namespace dalil {

namespace {

using Value = ImportRecord::Values::Value;

// A text column holds text or NULL (ImportRecord::encode writes no empty text).
QString text(const ImportRecord::Values& values, const Value& value)
{
    return value.type == Value::Type::Text ? QString::fromUtf8(values.text(value), qsizetype(value.size))
                                           : QString();
}

QByteArray list(const ImportRecord::Values& values, const Value& value)
{
    if (value.type == Value::Type::Text) {
        return QByteArray(values.text(value), qsizetype(value.size));
    }
    return value.type == Value::Type::EmptyList ? QByteArrayLiteral("[]") : QByteArray();
}

// SQLite stores a NaN bound as a real as NULL.
std::optional<double> real(const Value& value)
{
    if (value.type == Value::Type::Real && !std::isnan(value.real)) {
        return value.real;
    }
    if (value.type == Value::Type::Integer) {
        return double(value.integer);
    }
    return std::nullopt;
}

} // namespace

WrittenOrganisations::WrittenOrganisations()
{
    const TableSpec& organisation = tables::organisation();
    for (const char* name :
         {"name_ar", "name_en", "name_fr", "acronym", "type", "sectors", "countries", "description_ar",
          "description_en", "founded", "registration_id", "languages", "source"}) {
        m_organisation.push_back(std::size_t(columnIndex(organisation, name)));
    }
    const TableSpec& location = tables::location();
    for (const char* name : {"country", "admin1", "admin1_pcode", "admin2", "city", "lat", "lon"}) {
        m_office.push_back(std::size_t(columnIndex(location, name)));
    }
}

void WrittenOrganisations::read(const NewRowsPipeline::Batch& batch, SearchIndexFromRecords& index) const
{
    const ImportRecord::Values& values = batch.values;
    std::uint32_t office = 0;
    for (std::size_t i = 0; i < batch.organisations.size(); ++i) {
        const NewRowsPipeline::Row& row = batch.organisationRows[i];
        SearchIndexFromRecords::Organisation org;
        org.id = QString::fromUtf8(batch.id(row), qsizetype(row.idSize));
        const std::size_t* column = m_organisation.data();
        auto at = [&](std::size_t cell) -> const ImportRecord::Values::Value& {
            return values[cell + *column++];
        };
        org.nameAr = text(values, at(row.cell));
        org.nameEn = text(values, at(row.cell));
        org.nameFr = text(values, at(row.cell));
        org.acronym = text(values, at(row.cell));
        org.type = text(values, at(row.cell));
        org.sectors = list(values, at(row.cell));
        org.countries = list(values, at(row.cell));
        org.descriptionAr = text(values, at(row.cell));
        org.descriptionEn = text(values, at(row.cell));
        if (const ImportRecord::Values::Value& founded = at(row.cell);
            founded.type == ImportRecord::Values::Value::Type::Integer) {
            org.founded = int(founded.integer);
        }
        org.registrationId = text(values, at(row.cell));
        org.languages = list(values, at(row.cell));
        org.source = text(values, at(row.cell));
        for (; office < batch.organisations[i].officesEnd; ++office) {
            const std::size_t cell = batch.offices[office].cell;
            const std::size_t* officeColumn = m_office.data();
            auto field = [&]() -> const ImportRecord::Values::Value& {
                return values[cell + *officeColumn++];
            };
            SearchDocumentBuilder::Office& place = org.offices.emplace_back();
            place.country = text(values, field());
            place.admin1 = text(values, field());
            place.admin1Pcode = text(values, field());
            place.admin2 = text(values, field());
            place.city = text(values, field());
            place.lat = real(field());
            place.lon = real(field());
        }
        index.add(org);
    }
}

int WrittenOrganisations::columnIndex(const TableSpec& spec, const char* name)
{
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        if (qstrcmp(spec.columns[i].name, name) == 0) {
            return int(i);
        }
    }
    return -1;
}

} // namespace dalil
