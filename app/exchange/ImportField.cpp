#include "exchange/ImportField.h"

#include <QCoreApplication>

namespace dalil::importFields {

using F = ImportField;

const std::vector<ImportFieldInfo>& all()
{
    static const std::vector<ImportFieldInfo> fields = {
        {F::Ignore, "ignore", QT_TRANSLATE_NOOP("dalil::ImportField", "(not imported)")},
        {F::Id, "organisation.id", QT_TRANSLATE_NOOP("dalil::ImportField", "Dalil id")},
        {F::Name, "organisation.name", QT_TRANSLATE_NOOP("dalil::ImportField", "Organisation name")},
        {F::NameAr, "organisation.name_ar", QT_TRANSLATE_NOOP("dalil::ImportField", "Name in Arabic")},
        {F::NameEn, "organisation.name_en", QT_TRANSLATE_NOOP("dalil::ImportField", "Name in English")},
        {F::NameFr, "organisation.name_fr", QT_TRANSLATE_NOOP("dalil::ImportField", "Name in French")},
        {F::Acronym, "organisation.acronym", QT_TRANSLATE_NOOP("dalil::ImportField", "Acronym")},
        {F::Type, "organisation.type", QT_TRANSLATE_NOOP("dalil::ImportField", "Organisation type")},
        {F::Sectors, "organisation.sectors", QT_TRANSLATE_NOOP("dalil::ImportField", "Sectors")},
        {F::Countries, "organisation.countries",
         QT_TRANSLATE_NOOP("dalil::ImportField", "Countries of operation")},
        {F::Description, "organisation.description", QT_TRANSLATE_NOOP("dalil::ImportField", "Description")},
        {F::DescriptionAr, "organisation.description_ar",
         QT_TRANSLATE_NOOP("dalil::ImportField", "Description in Arabic")},
        {F::DescriptionEn, "organisation.description_en",
         QT_TRANSLATE_NOOP("dalil::ImportField", "Description in English")},
        {F::Founded, "organisation.founded", QT_TRANSLATE_NOOP("dalil::ImportField", "Year founded")},
        {F::Website, "organisation.website", QT_TRANSLATE_NOOP("dalil::ImportField", "Website")},
        {F::RegistrationId, "organisation.registration_id",
         QT_TRANSLATE_NOOP("dalil::ImportField", "Registration identifier")},
        {F::Languages, "organisation.languages",
         QT_TRANSLATE_NOOP("dalil::ImportField", "Working languages")},
        {F::OfficeName, "office.name", QT_TRANSLATE_NOOP("dalil::ImportField", "Office name")},
        {F::Country, "office.country", QT_TRANSLATE_NOOP("dalil::ImportField", "Country")},
        {F::Admin1, "office.admin1", QT_TRANSLATE_NOOP("dalil::ImportField", "Governorate / region")},
        {F::Admin1Pcode, "office.admin1_pcode",
         QT_TRANSLATE_NOOP("dalil::ImportField", "Governorate / region P-code")},
        {F::Admin2, "office.admin2", QT_TRANSLATE_NOOP("dalil::ImportField", "District")},
        {F::Admin2Pcode, "office.admin2_pcode", QT_TRANSLATE_NOOP("dalil::ImportField", "District P-code")},
        {F::City, "office.city", QT_TRANSLATE_NOOP("dalil::ImportField", "City")},
        {F::Lat, "office.lat", QT_TRANSLATE_NOOP("dalil::ImportField", "Latitude")},
        {F::Lon, "office.lon", QT_TRANSLATE_NOOP("dalil::ImportField", "Longitude")},
        {F::Coordinates, "office.coordinates",
         QT_TRANSLATE_NOOP("dalil::ImportField", "Coordinates (latitude, longitude)")},
        {F::ContactName, "contact.name", QT_TRANSLATE_NOOP("dalil::ImportField", "Contact person")},
        {F::ContactRole, "contact.role", QT_TRANSLATE_NOOP("dalil::ImportField", "Contact role")},
        {F::Email, "contact.email", QT_TRANSLATE_NOOP("dalil::ImportField", "E-mail")},
        {F::Phone, "contact.phone", QT_TRANSLATE_NOOP("dalil::ImportField", "Phone")},
        {F::ContactPrivate, "contact.private", QT_TRANSLATE_NOOP("dalil::ImportField", "Private contact")},
    };
    return fields;
}

const ImportFieldInfo& info(ImportField field)
{
    for (const ImportFieldInfo& item : all()) {
        if (item.field == field) {
            return item;
        }
    }
    return all().front();
}

ImportField fromKey(const QString& key)
{
    for (const ImportFieldInfo& item : all()) {
        if (key == QLatin1String(item.key)) {
            return item.field;
        }
    }
    return F::Ignore;
}

QString label(ImportField field)
{
    return QCoreApplication::translate("dalil::ImportField", info(field).label);
}

bool isOffice(ImportField field)
{
    switch (field) {
    case F::OfficeName:
    case F::Country:
    case F::Admin1:
    case F::Admin1Pcode:
    case F::Admin2:
    case F::Admin2Pcode:
    case F::City:
    case F::Lat:
    case F::Lon:
    case F::Coordinates:
        return true;
    default:
        return false;
    }
}

bool isContact(ImportField field)
{
    switch (field) {
    case F::ContactName:
    case F::ContactRole:
    case F::Email:
    case F::Phone:
    case F::ContactPrivate:
        return true;
    default:
        return false;
    }
}

bool isList(ImportField field)
{
    switch (field) {
    case F::Sectors:
    case F::Countries:
    case F::Languages:
    case F::Email:
    case F::Phone:
        return true;
    default:
        return false;
    }
}

} // namespace dalil::importFields
