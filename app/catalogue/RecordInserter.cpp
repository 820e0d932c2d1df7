#include "catalogue/RecordInserter.h"

#include "catalogue/Database.h"
#include "catalogue/RecordTable.h"
#include "catalogue/SqlStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace dalil {

RecordInserter::RecordInserter(RecordTable& table, QString now)
    : m_table(table)
    , m_now(std::move(now))
{
    const TableSpec& spec = table.spec();
    QByteArray columns;
    QByteArray placeholders;
    for (const Column& c : spec.columns) {
        columns += ", ";
        columns += c.name;
        placeholders += ", ?";
    }
    m_sql = QByteArray("INSERT INTO ") + spec.table + " (id, rev, updated_at, deleted, dirty, change_seq" +
            columns + ") VALUES (?, ?, ?, 0, 1, (SELECT coalesce(max(change_seq), 0) + 1 FROM " + spec.table +
            ")" + placeholders + ")";
}

QString RecordInserter::insert(const QJsonObject& input)
{
    if (input.contains(QLatin1String("id"))) {
        return m_table.save(input);
    }
    QJsonObject record = input;
    m_table.normalise(record);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Database& db = m_table.database();
    SqlStatement& statement = db.statement(m_sql.constData());
    statement.bind(1, id).bind(2, db.nextRevision()).bind(3, m_now);
    bind(statement, record);
    statement.exec();
    return id;
}

// As RecordTable::save() stores a record: lists as compact JSON ("[]" when absent), false for a
// missing flag, NULL for empty text.
void RecordInserter::bind(SqlStatement& statement, const QJsonObject& record) const
{
    int index = 4;
    for (const Column& c : m_table.spec().columns) {
        const QJsonValue value = record.value(QLatin1String(c.name));
        if (value.isNull() || value.isUndefined()) {
            if (c.type == ColumnType::List) {
                statement.bind(index, "[]");
            } else if (c.type == ColumnType::Bool) {
                statement.bind(index, qint64(0));
            } else {
                statement.bindNull(index);
            }
        } else {
            switch (c.type) {
            case ColumnType::Integer:
                statement.bind(index, qint64(value.toDouble()));
                break;
            case ColumnType::Real:
                statement.bind(index, value.toDouble());
                break;
            case ColumnType::Bool:
                statement.bind(index, qint64(value.isBool() ? value.toBool() : value.toDouble() != 0));
                break;
            case ColumnType::List:
                statement.bind(index, QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
                break;
            case ColumnType::Text:
            case ColumnType::Reference: {
                const QString text = value.toString();
                if (text.isEmpty()) {
                    statement.bindNull(index);
                } else {
                    statement.bind(index, text);
                }
                break;
            }
            }
        }
        ++index;
    }
}

} // namespace dalil
