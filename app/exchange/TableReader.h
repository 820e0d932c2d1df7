#pragma once

#include "exchange/ImportIssue.h"
#include "exchange/SourceTable.h"

#include <QList>
#include <QString>

#include <functional>

namespace dalil {

// Reads any importable file into SourceTables: picks the reader from the format (or the file's
// name and first bytes), refuses files over the size limit before reading them, and finds the
// header row and the HXL hashtag row of spreadsheet-like tables.
class TableReader
{
public:
    static constexpr qint64 kDefaultMaxBytes = 100LL * 1024 * 1024;

    struct Options
    {
        QString format;   // csv, hxl, xlsx, json, vcf, geojson; empty = guess
        QString encoding; // forced text encoding; empty = detect
        QString sheet;    // XLSX: only this sheet; empty = every sheet
        qint64 maxBytes = kDefaultMaxBytes;
        // Called as the reading goes on (done of total, in units of its own; from the thread that
        // reads); returning false stops the reading, which then returns no table.
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    struct Result
    {
        QList<SourceTable> tables;
        ImportIssues issues; // errors here that have no row mean nothing could be read
        QString format;
    };

    static Result read(const QString& path, const Options& options);
    // The format for a file name and its first bytes: "csv", "xlsx", "json", "vcf", "geojson" or
    // empty when unknown.
    static QString guessFormat(const QString& path, const QByteArray& head);
    static QStringList formats();

    // Finds the header and hashtag rows in a grid of cells (rows numbered from firstRow) and fills
    // `table`; rows whose width does not fit the header become errors in `issues`.
    static void shape(const QList<QStringList>& grid, int firstRow, SourceTable& table, ImportIssues& issues,
                      bool missingCellsAreEmpty);
};

} // namespace dalil
