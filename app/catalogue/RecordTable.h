#pragma once

#include "catalogue/TableSpec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dalil {

class Database;
class SqlStatement;

struct FieldError
{
    QString field;
    QString message; // in the UI language
};

// Storage of one syncable table as JSON records (see TableSpec). Subclasses, one per entity, add
// the entity's validation and its own operations; the SQL for every table lives here, built once
// from the spec's fixed column names (values are always bound).
class RecordTable
{
public:
    RecordTable(Database& db, const TableSpec& spec);
    virtual ~RecordTable();

    const TableSpec& spec() const { return m_spec; }
    Database& database() const { return m_db; }

    // Checks a record before it is written; empty when it may be saved.
    virtual QList<FieldError> validate(const QJsonObject& record) const;
    // Fills derived fields (e.g. a deadline in UTC from its local time and zone) before a save.
    virtual void normalise(QJsonObject& record) const;

    // Inserts or updates a record (a missing id is assigned), with a new revision, dirty = 1.
    // Throws DbError if SQLite refuses; call validate() first for the user's mistakes.
    QString save(const QJsonObject& record);
    // Marks the row deleted (a tombstone kept for sync). Returns false if no live row has that id.
    virtual bool remove(const QString& id);

    std::optional<QJsonObject> find(const QString& id, bool includeDeleted = false) const;
    QList<QJsonObject> where(const char* column, const QString& value, bool includeDeleted = false) const;
    void forEach(const std::function<void(const QJsonObject&)>& visit, bool includeDeleted = false) const;
    qint64 count(bool includeDeleted = false) const;

    // Writes a row exactly as received from another replica (rev, updated_at, deleted and base_rev
    // kept).
    void putRemote(const QJsonObject& row, bool dirty);

    // One field of a row as UTF-8 text, as a hub sends it (a null `data` is SQL NULL).
    struct TextField
    {
        const char* data = nullptr;
        int size = 0;
    };
    // The bulk form of putRemote for a row that is not in the catalogue (a first pull): fields in
    // the hub's order (id, rev, updated_at, deleted as t/f, base_rev, then the data columns; lists
    // as JSON), bound without copying, never dirty. `changeSeq` is the change number to give it
    // (then advanced), so the numbering trigger has nothing to look up. Returns false, writing
    // nothing, when a row with that id is already here.
    bool insertRemoteText(const TextField* fields, qint64* changeSeq);
    // Gives the row `id` the change number `changeSeq` if it has none (written while the numbering
    // trigger was set aside, BulkLoad::Numbering::SetAside). Returns false when it had one.
    bool numberIfUnnumbered(const QString& id, qint64 changeSeq);
    // Removes the spaces jsonb prints between list items ("[\"a\", \"b\"]"), in place; returns the
    // new length. insertRemoteText binds a list so compacted without copying it.
    static int compactJsonInPlace(char* data, int size);
    // Values of the reference column `column` in rows written after the change number `after`
    // that name no row of `parentTable` (not even a tombstone).
    QStringList missingReferences(const char* column, const char* parentTable, qint64 after) const;

    // Sync bookkeeping (app/sync). A sync row is a record as find() returns it plus "base_rev": the
    // version this one replaced when it was written, which tells a successor from a concurrent edit.
    struct SyncState
    {
        bool exists = false;
        QString rev;
        QString baseRev;
        bool dirty = false;
        bool deleted = false;
    };
    SyncState syncState(const QString& id) const;
    std::optional<QJsonObject> findSyncRow(const QString& id) const;
    // Rows changed here since they were last pushed (tombstones included), in write order.
    QList<QJsonObject> dirtyRows() const;
    // Clears the dirty flag if the row still has `rev` (an edit made during a push stays dirty).
    void markClean(const QString& id, const QString& rev);
    // Rows written (locally or received) after the change number `after`, at most `limit`, in
    // write order; *last is set to the change number of the last row returned.
    QList<QJsonObject> changedSince(qint64 after, int limit, qint64* last) const;
    qint64 lastChange() const;
    qint64 dirtyCount() const; // by the partial index on dirty rows: cheap on a large catalogue
    // The SQL expression for base_rev when a local edit replaces the row's current version: the
    // current version, unless that is itself an edit made here that no other replica has seen yet
    // (then its own base), so that editing twice between syncs is not a conflict with oneself.
    static QByteArray baseRevisionSql(const char* table);

    // Parses text typed by a user for one field (lists: comma-separated or a JSON array) into the
    // record. Returns an error message, or an empty string when the value was set.
    static QString setFieldFromText(const TableSpec& spec, QJsonObject& record, const QString& field,
                                    const QString& text);
    static QJsonObject readRow(const SqlStatement& row, const TableSpec& spec);

    // Binds the spec's columns from firstIndex on, as save() stores them: lists as compact JSON
    // ("[]" when absent), false for a missing flag, NULL for empty text. RecordInserter shares it.
    void bindData(SqlStatement& statement, const QJsonObject& record, int firstIndex) const;

protected:
    Database& m_db;
    const TableSpec& m_spec;

private:
    QByteArray m_selectColumns;
    QByteArray m_upsertSql;
    QByteArray m_putRemoteSql;
    QByteArray m_insertTextSql;
    // insertRemoteText's statement, this table's own (not the connection's cache, which another
    // RecordTable of the same table would share): its parameters keep their values from one row to
    // the next, and m_insertBound says what they hold.
    std::unique_ptr<SqlStatement> m_insertText;
    struct Bound
    {
        enum class Kind : quint8
        {
            Unknown, // never equal to a value: bound again
            Null,
            Integer,
            Real,
            EmptyList,
            Text // bound again at every row (it points into the row's page of the reply)
        };
        Kind kind = Kind::Unknown;
        qint64 bits = 0; // the integer, or the double's bits
    };
    std::vector<Bound> m_insertBound; // by parameter index (1-based)
    bool m_insertBoundKnown = false;  // false after a row that failed
    QByteArray m_syncColumns;
    QByteArray m_findSql;
    QByteArray m_findAnySql;
    QByteArray m_removeSql;
};

} // namespace dalil
