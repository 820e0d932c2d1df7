#include "exchange/Dedupe.h"

#include "catalogue/DuplicateKeyRows.h"
#include "search/ArabicText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cstdlib>

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::Dedupe", text);
}

const char* const kNameFields[] = {"name_ar", "name_en", "name_fr"};

QSet<QString> countriesOf(const QJsonObject& organisation, const QList<QJsonObject>& offices)
{
    QSet<QString> countries;
    for (const QJsonValue& v : organisation.value(QLatin1String("countries")).toArray()) {
        countries.insert(v.toString());
    }
    for (const QJsonObject& office : offices) {
        const QString country = office.value(QLatin1String("country")).toString();
        if (!country.isEmpty()) {
            countries.insert(country);
        }
    }
    return countries;
}

bool sameCountry(const QSet<QString>& a, const QSet<QString>& b)
{
    return (a.isEmpty() && b.isEmpty()) || a.intersects(b);
}

QString displayName(const QJsonObject& organisation)
{
    for (const char* field : {"name_en", "name_ar", "name_fr", "acronym"}) {
        const QString name = organisation.value(QLatin1String(field)).toString();
        if (!name.isEmpty()) {
            return name;
        }
    }
    return {};
}

} // namespace

Dedupe::Dedupe(Catalogue& catalogue)
{
    // Only the columns compared are read (DuplicateKeyRows), not a record per organisation.
    DuplicateKeyRows::forEachOrganisation(catalogue, [this](const DuplicateKeyRows::Organisation& row) {
        Known known;
        known.id = row.id;
        for (const QString* name : {&row.nameEn, &row.nameAr, &row.nameFr, &row.acronym}) {
            if (!name->isEmpty()) {
                known.name = *name;
                known.nameKey = ArabicText::normalise(*name);
                break;
            }
        }
        for (const QString& country : row.countries) {
            known.countries.insert(country);
        }
        const int index = int(m_known.size());
        m_ids.insert(known.id);
        m_byId.insert(known.id, index);
        const QString registration = ArabicText::normalise(row.registrationId);
        if (!registration.isEmpty()) {
            m_byRegistration.insert(registration, index);
        }
        for (const QString* field : {&row.nameAr, &row.nameEn, &row.nameFr}) {
            const QString name = field->simplified();
            if (!name.isEmpty()) {
                m_byExactName[name].append(index);
                m_byNameKey[ArabicText::normalise(name)].append(index);
            }
        }
        m_known.append(known);
    });
    DuplicateKeyRows::forEachOffice(catalogue, [this](const DuplicateKeyRows::Office& row) {
        auto it = m_byId.constFind(row.organisationId);
        if (it == m_byId.cend()) {
            return;
        }
        Known& known = m_known[it.value()];
        if (!row.country.isEmpty()) {
            known.countries.insert(row.country);
        }
        const QString city = ArabicText::normalise(row.city);
        if (!city.isEmpty() && !known.cities.contains(city)) {
            known.cities.insert(city);
            m_byCity[city].append(it.value());
        }
    });
}

int Dedupe::find(const ImportedOrganisation& imported, ImportedOrganisation::Match* how) const
{
    const QJsonObject& org = imported.organisation;
    const QString id = org.value(QLatin1String("id")).toString();
    if (auto it = m_byId.constFind(id); !id.isEmpty() && it != m_byId.cend()) {
        *how = ImportedOrganisation::Match::Id;
        return it.value();
    }
    const QString registration =
        ArabicText::normalise(org.value(QLatin1String("registration_id")).toString());
    if (auto it = m_byRegistration.constFind(registration);
        !registration.isEmpty() && it != m_byRegistration.cend()) {
        *how = ImportedOrganisation::Match::Registration;
        return it.value();
    }
    const QSet<QString> countries = countriesOf(org, imported.offices);
    // The exact name first, so that two spellings kept apart in the catalogue stay apart.
    for (const bool exact : {true, false}) {
        for (const char* field : kNameFields) {
            const QString name = org.value(QLatin1String(field)).toString().simplified();
            if (name.isEmpty()) {
                continue;
            }
            const QList<int> candidates =
                exact ? m_byExactName.value(name) : m_byNameKey.value(ArabicText::normalise(name));
            for (int candidate : candidates) {
                if (sameCountry(countries, m_known[candidate].countries)) {
                    *how = ImportedOrganisation::Match::Name;
                    return candidate;
                }
            }
        }
    }
    *how = ImportedOrganisation::Match::None;
    return -1;
}

void Dedupe::match(QList<ImportedOrganisation>& organisations, const QString& file, ImportIssues& issues)
{
    auto warn = [&](const ImportedOrganisation& imported, const QString& message) {
        ImportIssue issue;
        issue.severity = ImportIssue::Severity::Warning;
        issue.file = file;
        issue.row = imported.rows.isEmpty() ? 0 : imported.rows.first();
        issue.message = message;
        issues.append(issue);
    };
    if (m_known.isEmpty()) {
        return; // an empty catalogue: nothing to find
    }
    for (int i = 0; i < organisations.size(); ++i) {
        ImportedOrganisation& imported = organisations[i];
        ImportedOrganisation::Match how = ImportedOrganisation::Match::None;
        const int found = find(imported, &how);
        if (found >= 0) {
            imported.existingId = m_known[found].id;
            imported.match = how;
        } else {
            // Not certain enough to update: a name one or two letters away, at the same city.
            QSet<QString> cities;
            for (const QJsonObject& office : imported.offices) {
                const QString city = ArabicText::normalise(office.value(QLatin1String("city")).toString());
                if (!city.isEmpty()) {
                    cities.insert(city);
                }
            }
            bool warned = false;
            for (const QString& city : cities) {
                for (int candidate : m_byCity.value(city)) {
                    for (const char* field : kNameFields) {
                        const QString name = ArabicText::normalise(
                            imported.organisation.value(QLatin1String(field)).toString());
                        if (name.size() < 6 || warned) {
                            continue;
                        }
                        const Known& k = m_known[candidate];
                        const int limit = name.size() >= 12 ? 2 : 1;
                        if (std::abs(name.size() - k.nameKey.size()) <= limit &&
                            ArabicText::editDistance(name, k.nameKey, limit) <= limit) {
                            warn(imported,
                                 tr("“%1” looks like “%2” (id %3) at the same city; it is imported as a "
                                    "new organisation: merge the two in Dalil if they are the same")
                                     .arg(displayName(imported.organisation), k.name, k.id));
                            warned = true;
                            imported.similarId = k.id;
                        }
                    }
                }
            }
        }
    }
}

} // namespace dalil
