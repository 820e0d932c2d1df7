#pragma once

#include "exchange/ImportIssue.h"
#include "exchange/SourceTable.h"

#include <QByteArray>
#include <QString>

namespace dalil {

// Reads vCards 4.0 and 3.0 (and the 2.1 that old phones write: quoted-printable) into a table with
// one row per card: an organisation card (KIND:org, or a card whose FN is its ORG) gives the
// organisation's names in each LANGUAGE, its web site and its offices (ADR); a person's card gives
// a contact of the organisation named by ORG.
class VCardReader
{
public:
    static SourceTable read(const QString& text, const QString& file, ImportIssues& issues);
    // Joins folded lines (a line break followed by a space or a tab).
    static QStringList unfold(const QString& text);
};

} // namespace dalil
