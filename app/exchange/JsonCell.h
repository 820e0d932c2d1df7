#pragma once

#include <QString>

class QJsonValue;

namespace dalil {

// A value of Dalil's `--json` record as one spreadsheet cell: a list joined with "; " (the
// separator the readers split lists on), a number in its shortest exact form up to 12 digits,
// a flag as 1 or 0, text as it is. The JSON reader and the table exports share it, so a record
// exported to CSV and one imported from JSON give the same cells.
QString jsonCellText(const QJsonValue& value);

} // namespace dalil
