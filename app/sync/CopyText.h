#pragma once

#include "catalogue/RecordTable.h"

#include <QtGlobal>

#include <vector>

namespace dalil {

// PostgreSQL's COPY text format as the hub sends it (tab-separated fields, \N for NULL, backslash
// escapes), read in place without a QString per field: what a large pull spends its time on.
class CopyText
{
public:
    // Splits one line into its fields, unescaped in place (the line is changed). Returns false when
    // the line does not have `count` fields.
    static bool splitLine(char* line, qsizetype length, int count,
                          std::vector<RecordTable::TextField>& fields);

private:
    // Undoes the escaping of one field in place (the result is never longer); returns the new end.
    static char* unescapeField(char* begin, char* end);
};

} // namespace dalil
