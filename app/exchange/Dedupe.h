#pragma once

#include "exchange/ImportIssue.h"
#include "exchange/ImportedOrganisation.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace dalil {

class Catalogue;

// Finds which imported organisations are already in the catalogue (same id, same registration
// identifier, or the same normalised name in the same country: these update the record instead of
// adding a second one), and which look like duplicates without being certain (names one or two
// letters apart at the same city): those are imported as they are and reported, for the user to
// merge. Duplicates within the file are folded before (RecordBuilder::mergeSameRecords and
// mergeSameNames).
class Dedupe
{
public:
    explicit Dedupe(Catalogue& catalogue);

    // Sets existingId and match on each organisation; appends warnings for likely duplicates.
    void match(QList<ImportedOrganisation>& organisations, const QString& file, ImportIssues& issues);

    // True when `id` names a live organisation of the catalogue.
    bool exists(const QString& id) const { return m_ids.contains(id); }

private:
    struct Known
    {
        QString id;
        QString name;    // a display name, for messages
        QString nameKey; // its search key, for the near-identical names at a city
        QSet<QString> countries;
        QSet<QString> cities;
    };
    int find(const ImportedOrganisation& imported, ImportedOrganisation::Match* how) const;

    QList<Known> m_known;
    QSet<QString> m_ids;
    QHash<QString, int> m_byId;
    QHash<QString, int> m_byRegistration;
    QHash<QString, QList<int>> m_byExactName;
    QHash<QString, QList<int>> m_byNameKey;
    QHash<QString, QList<int>> m_byCity;
};

} // namespace dalil
