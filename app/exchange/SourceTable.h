#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dalil {

// A table as read from a file, before any interpretation: the header texts, the HXL hashtags under
// them (when the sheet has a hashtag row), and the data rows with the number the spreadsheet shows
// for each. Every reader (CSV, XLSX, JSON, vCard, GeoJSON) produces these, so mapping, validation
// and folding are written once.
struct SourceTable
{
    struct Row
    {
        int number = 0; // 1-based, as the source numbers it (spreadsheet row, card, feature)
        QStringList cells;
    };

    QString file;
    QString sheet;
    QString format; // csv, xlsx, json, vcf, geojson
    QString rowNoun = QStringLiteral("row");
    QString encoding; // for text formats: what was detected
    QChar delimiter;  // CSV only
    QStringList headers;
    QStringList hxlTags; // empty when there is no hashtag row; otherwise one per column
    int headerRow = 0;   // row number of the header (0 when there is none)
    int hxlRow = 0;      // row number of the hashtag row (0 when there is none)
    QList<Row> rows;

    int columnCount() const { return int(headers.size()); }
    // "Email" or, for a column without a header, its spreadsheet letter ("H").
    QString columnLabel(int column) const;
    static QString columnLetter(int column);
};

} // namespace dalil
