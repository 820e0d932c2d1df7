#pragma once

#include "exchange/ImportRecord.h"

#include <QList>
#include <QString>

namespace dalil {

// One organisation as an import will store it: the rows of the sheet that name it folded together
// (a 3W sheet repeats an organisation for every place and sector), with its distinct offices and
// contacts, and what the duplicate check found for it in the catalogue.
struct ImportedOrganisation
{
    QString key; // what folded the rows together: "id:…", "reg:…" or "name:…"
    ImportRecord organisation;
    QList<ImportRecord> offices;  // without organisation_id
    QList<ImportRecord> contacts; // without organisation_id
    int table = 0;                // index of the SourceTable it came from
    QList<int> rows;              // the source rows, in order

    enum class Match
    {
        None,         // a new organisation
        Id,           // same Dalil id
        Registration, // same registration identifier
        Name          // same name (normalised) in the same country
    };
    QString existingId; // the catalogue record it updates, when matched
    Match match = Match::None;
    QString similarId; // not matched, but a catalogue record with a name a letter or two away
};

} // namespace dalil
