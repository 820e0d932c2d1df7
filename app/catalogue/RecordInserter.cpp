#include "catalogue/RecordInserter.h"

#include "catalogue/Database.h"
#include "catalogue/RecordTable.h"
#include "catalogue/SqlStatement.h"

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
    m_table.bindData(statement, record, 4);
    statement.exec();
    return id;
}

} // namespace dalil
