#include "exchange/Dedupe.h"

#include "catalogue/Catalogue.h"
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

QString rowList(const QList<int>& rows)
{
    QStringList numbers;
    for (int i = 0; i < rows.size() && i < 5; ++i) {
        numbers.append(QString::number(rows[i]));
    }
    if (rows.size() > 5) {
        numbers.append(QStringLiteral("…"));
    }
    return numbers.join(QStringLiteral(", "));
}

} // namespace

Dedupe::Dedupe(Catalogue& catalogue)
{
    catalogue.organisations().forEach([this](const QJsonObject& row) {
        Known known;
        known.id = row.value(QLatin1String("id")).toString();
        known.name = displayName(row);
        for (const QJsonValue& v : row.value(QLatin1String("countries")).toArray()) {
            known.countries.insert(v.toString());
        }
        const int index = int(m_known.size());
        m_ids.insert(known.id);
        m_byId.insert(known.id, index);
        const QString registration =
            ArabicText::normalise(row.value(QLatin1String("registration_id")).toString());
        if (!registration.isEmpty()) {
            m_byRegistration.insert(registration, index);
        }
        for (const char* field : kNameFields) {
            const QString name = row.value(QLatin1String(field)).toString().simplified();
            if (!name.isEmpty()) {
                m_byExactName[name].append(index);
                m_byNameKey[ArabicText::normalise(name)].append(index);
            }
        }
        m_known.append(known);
    });
    catalogue.locations().forEach([this](const QJsonObject& row) {
        auto it = m_byId.constFind(row.value(QLatin1String("organisation_id")).toString());
        if (it == m_byId.cend()) {
            return;
        }
        Known& known = m_known[it.value()];
        const QString country = row.value(QLatin1String("country")).toString();
        if (!country.isEmpty()) {
            known.countries.insert(country);
        }
        const QString city = ArabicText::normalise(row.value(QLatin1String("city")).toString());
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
    QHash<QString, QList<int>> fileNames; // NameKey -> organisations of this file
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
                        const QString knownKey = ArabicText::normalise(k.name);
                        const int limit = name.size() >= 12 ? 2 : 1;
                        if (ArabicText::editDistance(name, knownKey, limit) <= limit) {
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
        for (const char* field : kNameFields) {
            const QString key =
                ArabicText::normalise(imported.organisation.value(QLatin1String(field)).toString());
            if (!key.isEmpty()) {
                QList<int>& same = fileNames[key];
                if (!same.contains(i)) {
                    same.append(i);
                }
            }
        }
    }
    // Two organisations of the file whose names differ only in case, accents or hamza, in the same
    // country: folded apart (the sheet spells them differently), reported together.
    QSet<QPair<int, int>> reported;
    for (auto it = fileNames.cbegin(); it != fileNames.cend(); ++it) {
        const QList<int>& same = it.value();
        for (int a = 0; a < same.size(); ++a) {
            for (int b = a + 1; b < same.size(); ++b) {
                const ImportedOrganisation& first = organisations[same[a]];
                const ImportedOrganisation& second = organisations[same[b]];
                const QPair<int, int> pair{std::min(same[a], same[b]), std::max(same[a], same[b])};
                if (reported.contains(pair) ||
                    !sameCountry(countriesOf(first.organisation, first.offices),
                                 countriesOf(second.organisation, second.offices))) {
                    continue;
                }
                reported.insert(pair);
                warn(second, tr("“%1” (rows %2) and “%3” (rows %4) look like the same organisation; they are "
                                "imported as two: merge them in Dalil if they are the same")
                                 .arg(displayName(first.organisation), rowList(first.rows),
                                      displayName(second.organisation), rowList(second.rows)));
            }
        }
    }
}

} // namespace dalil
