#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace dalil {

class RecordTable;

// The bulk form of RecordTable::save() for records that are new (an import): one prepared INSERT
// reused for every record, no upsert, one time for all of them, and the change number given in the
// INSERT itself (the numbering trigger then has no row to rewrite). Use it inside
// Database::transaction. A record that brings its own id goes through save(), which also revives a
// tombstone of that id.
class RecordInserter
{
public:
    RecordInserter(RecordTable& table, QString now);

    // Returns the new record's id. Throws DbError.
    QString insert(const QJsonObject& record);

private:
    RecordTable& m_table;
    QString m_now;
    QByteArray m_sql;
};

} // namespace dalil
