#pragma once

#include "exchange/ImportIssue.h"
#include "exchange/SourceTable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dalil {

// Reads the sheets of an Excel workbook (.xlsx): minizip for the archive, QXmlStreamReader for the
// XML parts; shared strings, inline strings, rich text runs, numbers and booleans. A damaged or
// truncated file, or one that unpacks to more than the size limit, is refused with a message.
class XlsxReader
{
public:
    struct Sheet
    {
        QString name;
        QList<QStringList> grid; // grid[i] is spreadsheet row i + 1
    };
    struct Result
    {
        QList<Sheet> sheets;
        QString error; // in the UI language; empty on success
    };

    // `only`: read just this sheet (empty = all). `maxUnpacked` bounds what the archive may unpack
    // to (a "zip bomb" is refused).
    static Result read(const QString& path, const QString& only = QString(),
                       qint64 maxUnpacked = 512LL * 1024 * 1024);
    // "B12" -> column 1 (0-based); -1 when not a cell reference.
    static int columnOf(QStringView reference);
};

} // namespace dalil
