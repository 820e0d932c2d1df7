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

private:
    struct Known
    {
        QString id;
        QString name;    // a display name, for messages
        QString nameKey; // its search key, for the near-identical names at a city
        QSet<QString> countries;
    };
    // Reads from the catalogue only what the file's organisations can meet: the organisations
    // with one of their ids, registration identifiers or names, and those with an office in one
    // of their cities. A catalogue of a million organisations is not held in memory.
    void load(const QList<ImportedOrganisation>& organisations);
    int find(const ImportedOrganisation& imported, ImportedOrganisation::Match* how) const;

    Catalogue& m_catalogue;
    QList<Known> m_known;
    QHash<QString, int> m_byId;
    QHash<QString, int> m_byRegistration;
    QHash<QString, QList<int>> m_byExactName;
    QHash<QString, QList<int>> m_byNameKey;
    QHash<QString, QList<int>> m_byCityAndLength; // city key, U+001F, length of the name key
};

} // namespace dalil
