#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace dalil {

class Catalogue;

// The few columns an import's duplicate check compares (Dedupe), of every live organisation and
// office, read by one query each instead of a JSON record per row: on a catalogue of a million
// organisations the check reads names, registration identifier and countries, and offices'
// country and city, nothing else.
class DuplicateKeyRows
{
public:
    struct Organisation
    {
        QString id;
        QString nameAr, nameEn, nameFr, acronym;
        QString registrationId;
        QStringList countries;
    };
    struct Office
    {
        QString organisationId;
        QString country;
        QString city;
    };

    // True when the catalogue holds a live organisation (a file has something to meet). Throws DbError.
    static bool anyOrganisation(Catalogue& catalogue);
    // Live organisations in storage order. Throws DbError.
    static void forEachOrganisation(Catalogue& catalogue,
                                    const std::function<void(const Organisation&)>& visit);
    // Live offices (of any organisation, live or not) in storage order. Throws DbError.
    static void forEachOffice(Catalogue& catalogue, const std::function<void(const Office&)>& visit);
    // Live offices of one organisation (by its index). Throws DbError.
    static void forEachOfficeOf(Catalogue& catalogue, const QString& organisationId,
                                const std::function<void(const Office&)>& visit);
};

} // namespace dalil
