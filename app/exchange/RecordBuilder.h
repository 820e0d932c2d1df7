#pragma once

#include "exchange/CellReader.h"
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
// (CellReader), rejects rows with errors (each error naming row and column), and folds the rows
// that name the same organisation into one.
class RecordBuilder
{
public:
    // `catalogue` gives the vocabularies (sector and organisation type labels) and the record
    // validation of the repositories; it may be null for a quick preview.
    explicit RecordBuilder(Catalogue* catalogue);

    void addTable(const SourceTable& table, const ColumnMapping& mapping, int tableIndex);
    // A row the reader already refused (a short row): kept out of the folding, listed as rejected.
    void markRejected(int tableIndex, const ImportIssue& issue);
    // Once every table is added: organisations of the file that are one record (the same
    // registration identifier, at most one Dalil id among them) are folded into the first of them,
    // each such fold reported as a warning naming the rows.
    void mergeSameRecords();
    // Then organisations of the file whose names have the same search key (they differ only in
    // case, accents, hamza or harakat) in the same country are one record too, as they would be
    // against the catalogue (Dedupe): folded, a warning on each folded row naming the name column;
    // two ids or two registration identifiers keep them apart (a warning too).
    void mergeSameNames();
    // Checks each folded organisation, office and contact with the repositories' rules; a failing
    // organisation rejects all its rows.
    void validateRecords();

    QList<ImportedOrganisation>& organisations() { return m_organisations; }
    const ImportIssues& issues() const { return m_issues; }
    // Rejected rows of one table: row number -> reasons.
    const QMap<int, QStringList>& rejected(int tableIndex) const;
    int rowsRead() const { return m_rowsRead; }
    int rowsRejected() const;

private:
    // Below this many rows (or organisations) a second thread costs more than it saves: the rows'
    // cells are read, and the names' search keys made, on one thread.
    static constexpr int kParallelRows = 1024;

    void reject(int tableIndex, const SourceTable& table, int row, const QString& column,
                const QString& reason);
    // The label of the column that gives `field` of the organisation (name_ar, ...), or empty.
    QString nameColumn(int tableIndex, const QString& field) const;
    ImportIssue warningAt(int tableIndex, int row, const QString& column, const QString& message) const;
    void absorb(ImportedOrganisation& first, ImportedOrganisation& other);
    void dropAbsorbed(const QList<bool>& absorbed);
    void fold(ImportedOrganisation& into, ImportRecord organisation, ImportRecord office,
              ImportRecord contact);

    Catalogue* m_catalogue;
    CellReader m_cells;
    QList<ImportedOrganisation> m_organisations;
    QHash<QString, int> m_byKey;
    bool m_byKeyStale = false; // organisations moved since m_byKey was made
    QHash<int, QMap<int, QStringList>> m_rejected;
    QHash<int, SourceTable> m_tables; // headers only, to name columns in messages
    QHash<int, ColumnMapping> m_mappings;
    ImportIssues m_issues;
    int m_rowsRead = 0;
};

} // namespace dalil
