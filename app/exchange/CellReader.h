#pragma once

#include "exchange/ImportField.h"
#include "exchange/ImportRecord.h"

#include <QHash>
#include <QString>

namespace dalil {

class Catalogue;

// Reads one cell of a sheet as its field wants it: numbers with Arabic-Indic digits, countries by
// name, sectors and organisation types by a label in any language, phones in their international
// form, lists split at their separators.
class CellReader
{
public:
    // `catalogue` gives the vocabularies (sector and organisation type labels); it may be null.
    explicit CellReader(Catalogue* catalogue);

    // Where a row's values go.
    struct Cell
    {
        ImportRecord* organisation;
        ImportRecord* office;
        ImportRecord* contact;
    };
    // Reads one cell of a field into a record; returns an error message, or empty.
    QString read(ImportField field, const QString& text, Cell target, QString* warning) const;

    // Numbers as partners type them: "33.89", "٣٣٫٨٩", "33,89".
    static bool parseNumber(const QString& text, double* value);
    // "+961 1 234 567", "00961-1-234567", "01 234 567" with a country: "+9611234567".
    static QString normalisePhone(const QString& text, const QString& country, QString* error);

private:
    QHash<QString, QString> m_sectors; // NameKey of a label or code -> code
    QHash<QString, QString> m_types;
};

} // namespace dalil
