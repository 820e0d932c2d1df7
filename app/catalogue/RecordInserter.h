#pragma once

#include "catalogue/TimeOrderedId.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace dalil {

class RecordTable;
class SqlStatement;

// The bulk form of RecordTable::save() for records that are new (an import): one prepared INSERT
// reused for every record, no upsert, one time for all of them, ids in time order (TimeOrderedId,
// so the primary-key index grows at its end), and the change number given in the INSERT itself
// (the numbering trigger then has no row to rewrite). Use it inside Database::transaction.
class RecordInserter
{
public:
    enum class Mode
    {
        // The change number is the table's highest plus one, looked up by its index for each row;
        // a record that brings its own id goes through save(), which also revives a tombstone.
        Numbered,
        // Inside an active BulkLoad (the table held no row when it began, its indexes are set aside
        // until BulkLoad::finish): change numbers are counted here from the table's highest, and a
        // record that brings its own id is inserted with it (no tombstone can have it).
        Bulk
    };

    RecordInserter(RecordTable& table, QString now, Mode mode = Mode::Numbered);

    // Returns the new record's id. Throws DbError.
    QString insert(const QJsonObject& record);
    // The same with one text column's value given apart (an office's organisation_id, an import's
    // source): it replaces the record's own, and the record is not copied to hold it.
    QString insert(const QJsonObject& record, const char* column, const QString& value);
    // The same for a record that binds its own data columns (TableSpec order, from `first` on):
    // no JSON object per record. `givenId` may be empty (a new id is made); in Numbered mode a
    // given id must go through insert(QJsonObject) instead, which may revive a tombstone.
    using Binder = std::function<void(SqlStatement& statement, int first)>;
    QString insertBound(const QString& givenId, const Binder& bindData);
    // The same in Bulk mode with the id already in UTF-8 (`size` bytes at `id`, not copied: they
    // must stay as they are until this returns). Nothing is converted or allocated for the row
    // here: a bulk writer's thread does nothing but SQLite's work.
    void insertBound(const char* id, int size, const Binder& bindData);

    // The rowid of the record inserted last (an office's, for the R*Tree a bulk load packs).
    qint64 lastRowid() const;

private:
    void bindAndRun(const Binder& bindData);

    QString insert(const QJsonObject& record, int columnIndex, const char* column, const QString& value);

    RecordTable& m_table;
    QString m_now;
    Mode m_mode;
    QByteArray m_nowUtf8;
    char m_revision[64]; // the row's revision, bound without SQLite's copy
    QByteArray m_sql;
    SqlStatement* m_statement = nullptr; // the connection's prepared INSERT, looked up once
    qint64 m_lastChange = 0;             // Bulk: the change number given last
    TimeOrderedId m_ids;
};

} // namespace dalil
