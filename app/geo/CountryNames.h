#pragma once

#include <QHash>
#include <QString>

#include <memory>

namespace dalil {

// Country names in Arabic, English and French (resources/geo/countries.tsv, from
// i18n-iso-countries), keyed by ISO 3166-1 alpha-2.
class CountryNames
{
public:
    struct Entry
    {
        QString iso3;
        QString ar;
        QString en;
        QString fr;
        bool mena = false;
    };

    // Parses the TSV text; lines that are not rows of the expected shape are skipped.
    static CountryNames fromTsv(const QByteArray& tsv);
    // The shipped table, loaded once per process.
    static std::shared_ptr<const CountryNames> shipped();

    // The name in a language ("ar", "en", "fr"; anything else gives English), or the code itself.
    QString name(const QString& iso2, const QString& language) const;
    const Entry* entry(const QString& iso2) const;
    int size() const { return static_cast<int>(m_entries.size()); }

private:
    QHash<QString, Entry> m_entries;
};

} // namespace dalil
