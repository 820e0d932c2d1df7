#pragma once

#include "exchange/ImportField.h"
#include "exchange/ImportIssue.h"
#include "exchange/SourceTable.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dalil {

// Which Dalil field each column of a sheet feeds. Found from the HXL hashtag when the sheet has
// one, otherwise from the header text in Arabic, English or French; the user can correct it (the
// import dialog) and keep it for the next sheet with the same headers (toJson / applySaved).
class ColumnMapping
{
public:
    enum class Source
    {
        Hxl,    // from the column's hashtag
        Header, // from the header text
        User,   // set by the user or a saved mapping
        None    // not recognised
    };

    struct Column
    {
        ImportField field = ImportField::Ignore;
        Source source = Source::None;
    };

    // Recognises every column; unknown hashtags and unrecognised headers become warnings.
    static ColumnMapping detect(const SourceTable& table, ImportIssues* issues = nullptr);
    // The field a header names ("Nom de l'organisation", "البريد الإلكتروني", "Sector (English)"),
    // or Ignore.
    static ImportField recogniseHeader(const QString& header);

    int size() const { return int(m_columns.size()); }
    ImportField field(int column) const;
    Source source(int column) const;
    void set(int column, ImportField field);
    bool maps(ImportField field) const;
    // True when some column gives the organisation a name (or an id): without one, no row can be
    // imported.
    bool hasOrganisationKey() const;

    // {"columns": [{"header": ..., "hxl": ..., "field": "organisation.name_ar"}, ...]}
    QJsonObject toJson(const SourceTable& table) const;
    // Applies a saved mapping to the columns whose header (and hashtag) match; returns how many.
    int applySaved(const QJsonObject& saved, const SourceTable& table);
    // A key identifying the layout of a sheet (its headers and hashtags), to find a saved mapping.
    static QString signature(const SourceTable& table);

private:
    QList<Column> m_columns;
};

} // namespace dalil
