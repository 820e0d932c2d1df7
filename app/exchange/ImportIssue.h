#pragma once

#include <QList>
#include <QString>

namespace dalil {

// One problem found while reading or checking an import, with the place a coordinator can find it
// in the spreadsheet: file, sheet, row (as the spreadsheet numbers it) and column.
struct ImportIssue
{
    enum class Severity
    {
        Error,  // the row (or the file) cannot be imported as it is
        Warning // imported, but something was guessed, dropped or looks like a duplicate
    };

    Severity severity = Severity::Error;
    QString file;
    QString sheet;   // XLSX sheet name; empty for one-table formats
    QString rowNoun; // "row", "record", "card", "feature" (how the format counts its items)
    int row = 0;     // 1-based as the spreadsheet shows it; 0 = the whole file
    QString column;  // header text or column letter; empty = the whole row
    QString message; // in the UI language

    bool isError() const { return severity == Severity::Error; }
    // "partners.csv, row 12, column “Email”: “x@” is not an e-mail address"
    QString toString() const;

    static ImportIssue fileError(const QString& file, const QString& message);
};

using ImportIssues = QList<ImportIssue>;

int errorCount(const ImportIssues& issues);
// The same warning on many rows (an unknown country in every row of a 3W sheet) becomes one, on its
// first row, that says how many more rows have it. Errors are all kept: each row needs fixing.
ImportIssues compactWarnings(const ImportIssues& issues);

} // namespace dalil
