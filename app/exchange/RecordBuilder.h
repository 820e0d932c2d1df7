#pragma once

#include "exchange/ColumnMapping.h"
#include "exchange/ImportIssue.h"
#include "exchange/ImportedOrganisation.h"
#include "exchange/SourceTable.h"

#include <QHash>
#include <QMap>
#include <QString>

namespace dalil {

class Catalogue;

// Turns the rows of mapped tables into organisations with offices and contacts: reads every cell
// as its field wants it (numbers with Arabic-Indic digits, countries by name, phones in their
// international form, ...), rejects rows with errors (each error naming row and column), and folds
// the rows that name the same organisation into one.
class RecordBuilder
{
public:
    // `catalogue` gives the vocabularies (sector and organisation type labels) and the record
    // validation of the repositories; it may be null for a quick preview.
    explicit RecordBuilder(Catalogue* catalogue);

    void addTable(const SourceTable& table, const ColumnMapping& mapping, int tableIndex);
    // A row the reader already refused (a short row): kept out of the folding, listed as rejected.
    void markRejected(int tableIndex, const ImportIssue& issue);
    // Checks each folded organisation, office and contact with the repositories' rules; a failing
    // organisation rejects all its rows.
    void validateRecords();

    QList<ImportedOrganisation>& organisations() { return m_organisations; }
    const ImportIssues& issues() const { return m_issues; }
    // Rejected rows of one table: row number -> reasons.
    const QMap<int, QStringList>& rejected(int tableIndex) const;
    int rowsRead() const { return m_rowsRead; }
    int rowsRejected() const;

    // Reads one cell of a field into a record; returns an error message, or empty. Public for the
    // preview and the tests.
    struct Cell
    {
        QJsonObject* organisation;
        QJsonObject* office;
        QJsonObject* contact;
    };
    QString readCell(ImportField field, const QString& text, Cell target, QString* warning) const;

    // Numbers as partners type them: "33.89", "٣٣٫٨٩", "33,89".
    static bool parseNumber(const QString& text, double* value);
    // "+961 1 234 567", "00961-1-234567", "01 234 567" with a country: "+9611234567".
    static QString normalisePhone(const QString& text, const QString& country, QString* error);
    // Keys under which two offices (same place) or two contacts (same person) are the same.
    static QString placeKey(const QJsonObject& office);
    static QString contactKey(const QJsonObject& contact);
    // Adds `value` to the list field unless it is there.
    static bool appendUnique(QJsonObject& record, const char* field, const QString& value);

private:
    void reject(int tableIndex, const SourceTable& table, int row, const QString& column,
                const QString& reason);
    void fold(ImportedOrganisation& into, const QJsonObject& organisation, const QJsonObject& office,
              const QJsonObject& contact);

    Catalogue* m_catalogue;
    QHash<QString, QString> m_sectors; // NameKey of a label or code -> code
    QHash<QString, QString> m_types;
    QList<ImportedOrganisation> m_organisations;
    QHash<QString, int> m_byKey;
    QHash<int, QMap<int, QStringList>> m_rejected;
    QHash<int, SourceTable> m_tables; // headers only, to name columns in messages
    QHash<int, ColumnMapping> m_mappings;
    ImportIssues m_issues;
    int m_rowsRead = 0;
};

} // namespace dalil
