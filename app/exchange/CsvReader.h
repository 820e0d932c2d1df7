#pragma once

#include "exchange/ImportIssue.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace dalil {

// RFC 4180 CSV over decoded text: quoted fields may hold the delimiter, doubled quotes and line
// breaks; CRLF, LF and CR line ends are all accepted. Lenient where Excel is (a quote inside an
// unquoted field is kept as a character), strict where data would be lost (a quote never closed).
class CsvReader
{
public:
    struct Result
    {
        QList<QStringList> records; // every record, the header included; record i is row i + 1
        QChar delimiter;
        ImportIssues issues; // file and row set; the caller fills in the file name
    };

    // Looks at the first lines for the character that splits them into the same number of fields:
    // comma, semicolon (Excel in Arabic and French locales), tab, pipe or the Arabic comma.
    static QChar detectDelimiter(QStringView text);
    // Parses the whole text; a null delimiter means detect it.
    static Result parse(QStringView text, QChar delimiter = QChar());
};

} // namespace dalil
