#include "catalogue/RecordInserter.h"

#include "catalogue/Database.h"
#include "catalogue/RecordTable.h"
#include "catalogue/SqlStatement.h"

#include <sqlite3.h>

namespace dalil {

RecordInserter::RecordInserter(RecordTable& table, QString now, Mode mode)
    : m_table(table)
    , m_now(std::move(now))
    , m_mode(mode)
    , m_nowUtf8(m_now.toUtf8())
{
    const TableSpec& spec = table.spec();
    QByteArray columns;
    QByteArray placeholders;
    for (const Column& c : spec.columns) {
        columns += ", ";
        columns += c.name;
        placeholders += ", ?";
    }
    // Without its index on change_seq (a bulk load) max(change_seq) would scan the table for
    // every row: the bulk form counts instead.
    const QByteArray change =
        mode == Mode::Bulk ? QByteArray("?")
                           : "(SELECT coalesce(max(change_seq), 0) + 1 FROM " + QByteArray(spec.table) + ")";
    m_sql = QByteArray("INSERT INTO ") + spec.table + " (id, rev, updated_at, deleted, dirty, change_seq" +
            columns + ") VALUES (?, ?, ?, 0, 1, " + change + placeholders + ")";
    if (mode == Mode::Bulk) {
        SqlStatement last(table.database().handle(),
                          "SELECT coalesce(max(change_seq), 0) FROM " + QByteArray(spec.table));
        m_lastChange = last.step() ? last.int64(0) : 0;
    }
}

QString RecordInserter::insert(const QJsonObject& input)
{
    return insert(input, -1, nullptr, QString());
}

QString RecordInserter::insert(const QJsonObject& input, const char* column, const QString& value)
{
    const std::vector<Column>& columns = m_table.spec().columns;
    for (int i = 0; i < int(columns.size()); ++i) {
        if (qstrcmp(columns[i].name, column) == 0) {
            return insert(input, i, column, value);
        }
    }
    QJsonObject record = input;
    record.insert(QLatin1String(column), value);
    return insert(record, -1, nullptr, QString());
}

QString RecordInserter::insert(const QJsonObject& input, int columnIndex, const char* column,
                               const QString& value)
{
    const QJsonValue given = input.value(QLatin1String("id"));
    if (m_mode == Mode::Numbered && !given.isUndefined()) {
        QJsonObject record = input;
        if (column) {
            record.insert(QLatin1String(column), value);
        }
        return m_table.save(record);
    }
    QJsonObject record = input;
    m_table.normalise(record);
    return insertBound(given.isString() ? given.toString() : QString(),
                       [&](SqlStatement& statement, int first) {
                           m_table.bindData(statement, record, first);
                           if (columnIndex >= 0) {
                               // Bound again over the record's own value, before the statement runs.
                               if (value.isEmpty()) {
                                   statement.bindNull(first + columnIndex);
                               } else {
                                   statement.bind(first + columnIndex, value);
                               }
                           }
                       });
}

} // namespace dalil

namespace dalil {

QString RecordInserter::insertBound(const QString& givenId, const Binder& bindData)
{
    Q_ASSERT(givenId.isEmpty() || m_mode == Mode::Bulk);
    const QString id = givenId.isEmpty() ? m_ids.next() : givenId;
    if (!m_statement) {
        m_statement = &m_table.database().statement(m_sql.constData());
    }
    m_statement->bind(1, id);
    bindAndRun(bindData);
    return id;
}

void RecordInserter::insertBound(const char* id, int size, const Binder& bindData)
{
    Q_ASSERT(m_mode == Mode::Bulk);
    if (!m_statement) {
        m_statement = &m_table.database().statement(m_sql.constData());
    }
    m_statement->bindStatic(1, id, size);
    bindAndRun(bindData);
}

qint64 RecordInserter::lastRowid() const
{
    return sqlite3_last_insert_rowid(m_table.database().handle());
}

void RecordInserter::bindAndRun(const Binder& bindData)
{
    SqlStatement& statement = *m_statement;
    // A revision is ASCII (digits, dashes, the node id in hex): copied as it is into the buffer
    // the statement reads, instead of a UTF-8 QByteArray and SQLite's own copy per row.
    const QString revision = m_table.database().nextRevision();
    const qsizetype size = revision.size();
    bool ascii = size <= qsizetype(sizeof(m_revision));
    for (qsizetype i = 0; ascii && i < size; ++i) {
        const char16_t c = revision.at(i).unicode();
        ascii = c < 0x80;
        m_revision[i] = char(c);
    }
    if (ascii) {
        statement.bindStatic(2, m_revision, int(size));
    } else {
        statement.bind(2, revision);
    }
    statement.bindStatic(3, m_nowUtf8.constData(), int(m_nowUtf8.size()));
    int first = 4;
    if (m_mode == Mode::Bulk) {
        statement.bind(first++, ++m_lastChange);
    }
    bindData(statement, first);
    statement.exec();
}

} // namespace dalil
