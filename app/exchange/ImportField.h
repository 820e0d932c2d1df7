#pragma once

#include <QString>

#include <vector>

namespace dalil {

// What a column of an imported sheet holds: a field of the organisation, of one of its offices, or
// of one of its contacts. A mapping assigns one of these to every column.
enum class ImportField
{
    Ignore,
    Id,
    Name, // an organisation name in an unknown language: Arabic script goes to name_ar, else name_en
    NameAr,
    NameEn,
    NameFr,
    Acronym,
    Type,
    Sectors,
    Countries,
    Description, // language from the script, like Name
    DescriptionAr,
    DescriptionEn,
    Founded,
    Website,
    RegistrationId,
    Languages,
    OfficeName,
    Country,
    Admin1,
    Admin1Pcode,
    Admin2,
    Admin2Pcode,
    City,
    Lat,
    Lon,
    Coordinates, // "lat, lon" in one cell
    ContactName,
    ContactRole,
    Email,
    Phone,
    ContactPrivate,
};

struct ImportFieldInfo
{
    ImportField field;
    const char* key;   // stable, for saved mappings and the CLI: "organisation.name_ar", "office.lat"
    const char* label; // English source of the label shown in the mapping editor (translated on use)
};

namespace importFields {
const std::vector<ImportFieldInfo>& all();
const ImportFieldInfo& info(ImportField field);
ImportField fromKey(const QString& key);
QString label(ImportField field); // in the UI language
bool isOffice(ImportField field);
bool isContact(ImportField field);
// Fields that may appear in several columns and gather into a list (sectors, e-mails, ...).
bool isList(ImportField field);
} // namespace importFields

} // namespace dalil
