#pragma once

#include "exchange/ExportEntry.h"

#include <QString>

namespace dalil {

// Writes a table as an Excel workbook with libxlsxwriter: a bold header row with frozen panes and a
// filter, column widths fitted to the text, numbers as numbers, and the sheet right-to-left when the
// text is mostly Arabic (so Excel shows it the way an Arabic reader expects).
class XlsxWriter
{
public:
    static bool write(const QString& path, const ExportTable& table, const QString& sheetName,
                      QString* error);
    // True when at least a third of the cells with letters are in Arabic.
    static bool isMostlyArabic(const ExportTable& table);
};

} // namespace dalil
