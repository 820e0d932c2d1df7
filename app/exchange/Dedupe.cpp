#include "exchange/Dedupe.h"

#include "catalogue/DuplicateKeyRows.h"
#include "search/ArabicText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::Dedupe", text);
}

const char* const kNameFields[] = {"name_ar", "name_en", "name_fr"};

QSet<QString> countriesOf(const ImportRecord& organisation, const QList<ImportRecord>& offices)
{
    const QStringList listed = organisation.list("countries");
    QSet<QString> countries(listed.cbegin(), listed.cend());
    for (const ImportRecord& office : offices) {
        const QString country = office.text("country");
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

QString displayName(const ImportRecord& organisation)
{
    for (const char* field : {"name_en", "name_ar", "name_fr", "acronym"}) {
        const QString name = organisation.text(field);
        if (!name.isEmpty()) {
            return name;
        }
    }
    return {};
}

} // namespace

Dedupe::Dedupe(Catalogue& catalogue)
    : m_catalogue(catalogue)
{
}

void Dedupe::load(const QList<ImportedOrganisation>& organisations)
{
    // What the file's organisations can be matched by.
    QSet<QString> ids, registrations, names, nameKeys, cities;
    for (const ImportedOrganisation& imported : organisations) {
        const ImportRecord& org = imported.organisation;
        const QString id = org.text("id");
        if (!id.isEmpty()) {
            ids.insert(id);
        }
        const QString registration = ArabicText::normalise(org.text("registration_id"));
        if (!registration.isEmpty()) {
            registrations.insert(registration);
        }
        for (const char* field : kNameFields) {
            const QString name = org.text(field).simplified();
            if (!name.isEmpty()) {
                names.insert(name);
                nameKeys.insert(ArabicText::normalise(name));
            }
        }
        for (const ImportRecord& office : imported.offices) {
            const QString city = ArabicText::normalise(office.text("city"));
            if (!city.isEmpty()) {
                cities.insert(city);
            }
        }
    }
    // Organisations with an office in one of those cities, in the order of their offices. City
    // names repeat: each spelling is normalised once.
    QHash<QString, QString> cityKeys;
    QList<QPair<QString, QString>> atCities; // (city key, organisation id)
    QSet<QString> atCityIds;
    QSet<QPair<QString, QString>> seenAtCity;
    DuplicateKeyRows::forEachOffice(m_catalogue, [&](const DuplicateKeyRows::Office& row) {
        if (row.city.isEmpty()) {
            return;
        }
        auto cached = cityKeys.constFind(row.city);
        if (cached == cityKeys.cend()) {
            cached = cityKeys.insert(row.city, ArabicText::normalise(row.city));
        }
        if (!cities.contains(cached.value())) {
            return;
        }
        const QPair<QString, QString> pair{cached.value(), row.organisationId};
        if (!seenAtCity.contains(pair)) {
            seenAtCity.insert(pair);
            atCities.append(pair);
            atCityIds.insert(row.organisationId);
        }
    });
    QList<int> matchedByName;
    DuplicateKeyRows::forEachOrganisation(m_catalogue, [&](const DuplicateKeyRows::Organisation& row) {
        const int index = int(m_known.size());
        bool keep = atCityIds.contains(row.id);
        bool byName = false;
        if (ids.contains(row.id)) {
            m_byId.insert(row.id, index);
            keep = true;
        }
        if (!row.registrationId.isEmpty()) {
            const QString registration = ArabicText::normalise(row.registrationId);
            if (registrations.contains(registration)) {
                m_byRegistration.insert(registration, index);
                keep = true;
            }
        }
        for (const QString* field : {&row.nameAr, &row.nameEn, &row.nameFr}) {
            const QString name = field->simplified();
            if (name.isEmpty()) {
                continue;
            }
            if (names.contains(name)) {
                m_byExactName[name].append(index);
                keep = byName = true;
            }
            const QString key = ArabicText::normalise(name);
            if (nameKeys.contains(key)) {
                m_byNameKey[key].append(index);
                keep = byName = true;
            }
        }
        if (!keep) {
            return;
        }
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
        m_byId.insert(known.id, index);
        m_known.append(known);
        if (byName) {
            matchedByName.append(index);
        }
    });
    // A name matches in the same country only: the countries of the offices count too.
    for (int index : matchedByName) {
        DuplicateKeyRows::forEachOfficeOf(m_catalogue, m_known[index].id,
                                          [&](const DuplicateKeyRows::Office& row) {
                                              if (!row.country.isEmpty()) {
                                                  m_known[index].countries.insert(row.country);
                                              }
                                          });
    }
    for (const auto& [city, id] : atCities) {
        auto it = m_byId.constFind(id);
        if (it != m_byId.cend()) {
            const Known& known = m_known[it.value()];
            m_byCityAndLength[city + u'\x1f' + QString::number(known.nameKey.size())].append(it.value());
        }
    }
}

int Dedupe::find(const ImportedOrganisation& imported, ImportedOrganisation::Match* how) const
{
    const ImportRecord& org = imported.organisation;
    const QString id = org.text("id");
    if (auto it = m_byId.constFind(id); !id.isEmpty() && it != m_byId.cend()) {
        *how = ImportedOrganisation::Match::Id;
        return it.value();
    }
    const QString registration = ArabicText::normalise(org.text("registration_id"));
    if (auto it = m_byRegistration.constFind(registration);
        !registration.isEmpty() && it != m_byRegistration.cend()) {
        *how = ImportedOrganisation::Match::Registration;
        return it.value();
    }
    const QSet<QString> countries = countriesOf(org, imported.offices);
    // The exact name first, so that two spellings kept apart in the catalogue stay apart.
    for (const bool exact : {true, false}) {
        for (const char* field : kNameFields) {
            const QString name = org.text(field).simplified();
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
    // Into an empty catalogue (a first import) there is nothing to meet: the file's keys are not
    // even gathered.
    if (!DuplicateKeyRows::anyOrganisation(m_catalogue)) {
        return;
    }
    load(organisations);
    if (m_known.isEmpty()) {
        return; // nothing in the catalogue the file can meet
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
            for (const ImportRecord& office : imported.offices) {
                const QString city = ArabicText::normalise(office.text("city"));
                if (!city.isEmpty()) {
                    cities.insert(city);
                }
            }
            bool warned = false;
            for (const char* field : kNameFields) {
                const QString name = ArabicText::normalise(imported.organisation.text(field));
                if (name.size() < 6 || warned) {
                    continue;
                }
                const int limit = name.size() >= 12 ? 2 : 1;
                for (const QString& city : cities) {
                    for (qsizetype length = name.size() - limit; length <= name.size() + limit && !warned;
                         ++length) {
                        const auto bucket =
                            m_byCityAndLength.constFind(city + u'\x1f' + QString::number(length));
                        if (bucket == m_byCityAndLength.cend()) {
                            continue;
                        }
                        for (int candidate : bucket.value()) {
                            const Known& k = m_known[candidate];
                            if (ArabicText::editDistance(name, k.nameKey, limit) <= limit) {
                                warn(imported,
                                     tr("“%1” looks like “%2” (id %3) at the same city; it is imported as a "
                                        "new organisation: merge the two in Dalil if they are the same")
                                         .arg(displayName(imported.organisation), k.name, k.id));
                                warned = true;
                                imported.similarId = k.id;
                                break;
                            }
                        }
                    }
                }
            }
        }
    }
}

} // namespace dalil
