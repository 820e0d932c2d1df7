#pragma once

#include "exchange/ExportEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dalil {

// vCard 4.0 (RFC 6350) for phones' and mail programs' address books: a KIND:org card per
// organisation and a KIND:individual card per contact, names in Arabic and Latin as alternatives of
// each other (ALTID with LANGUAGE), lines folded at 75 octets without splitting a UTF-8 character.
class VCardWriter
{
public:
    // organisations: one org card per entry and one card per contact; otherwise only the contacts.
    static QByteArray write(const QList<ExportEntry>& entries, bool organisations);
    // Folds one content line (without its CRLF) into lines of at most 75 octets.
    static QByteArray fold(const QByteArray& line);
    static QString escape(const QString& value);
};

} // namespace dalil
