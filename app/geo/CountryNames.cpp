#include "geo/CountryNames.h"

#include <QFile>
#include <QList>

#include <mutex>

namespace dalil {

CountryNames CountryNames::fromTsv(const QByteArray& tsv)
{
    CountryNames names;
    const QList<QByteArray> lines = tsv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].split('\t');
        if (cells.size() < 7 || cells[0].size() != 2) {
            continue;
        }
        Entry entry;
        entry.iso3 = QString::fromUtf8(cells[1]);
        entry.ar = QString::fromUtf8(cells[3]);
        entry.en = QString::fromUtf8(cells[4]);
        entry.fr = QString::fromUtf8(cells[5]);
        entry.mena = cells[6].trimmed() == "1";
        names.m_entries.insert(QString::fromLatin1(cells[0]), entry);
    }
    return names;
}

std::shared_ptr<const CountryNames> CountryNames::shipped()
{
    static std::shared_ptr<const CountryNames> names;
    static std::once_flag once;
    std::call_once(once, [] {
        QFile file(QStringLiteral(":/dalil/geo/countries.tsv"));
        QByteArray data;
        if (file.open(QIODevice::ReadOnly)) {
            data = file.readAll();
        }
        names = std::make_shared<const CountryNames>(fromTsv(data));
    });
    return names;
}

const CountryNames::Entry* CountryNames::entry(const QString& iso2) const
{
    auto it = m_entries.constFind(iso2);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

QString CountryNames::name(const QString& iso2, const QString& language) const
{
    const Entry* e = entry(iso2);
    if (!e) {
        return iso2;
    }
    if (language.startsWith(QLatin1String("ar")) && !e->ar.isEmpty()) {
        return e->ar;
    }
    if (language.startsWith(QLatin1String("fr")) && !e->fr.isEmpty()) {
        return e->fr;
    }
    return e->en.isEmpty() ? iso2 : e->en;
}

} // namespace dalil
