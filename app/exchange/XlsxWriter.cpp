#include "exchange/XlsxWriter.h"

#include "exchange/XlsxSheetWriter.h"

namespace dalil {

bool XlsxWriter::write(const QString& path, const ExportTable& table, const QString& sheetName,
                       QString* error)
{
    XlsxSheetWriter sheet(path, sheetName);
    if (!sheet.open({table.headers, table.hxl, table.numeric, table.dates}, error)) {
        return false;
    }
    for (const QStringList& row : table.rows) {
        sheet.writeRow(row);
    }
    return sheet.close(error);
}

} // namespace dalil
