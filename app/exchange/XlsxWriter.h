#pragma once

#include "exchange/ExportEntry.h"

#include <QString>

namespace dalil {

// Writes a whole table as an Excel workbook of one sheet (see XlsxSheetWriter for its look).
class XlsxWriter
{
public:
    static bool write(const QString& path, const ExportTable& table, const QString& sheetName,
                      QString* error);
};

} // namespace dalil
