#include "catalogue/RecordTable.h"

#include "catalogue/Database.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace dalil {

namespace {

QByteArray joined(const TableSpec& spec, const char* prefix, const char* suffix)
{
    QByteArray out;
    for (const Column& c : spec.columns) {
        if (!out.isEmpty()) {
            out += ", ";
        }
        out += prefix;
        out += c.name;
        out += suffix;
    }
    return out;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::RecordTable", text);
}

} // namespace

RecordTable::RecordTable(Database& db, const TableSpec& spec)
    : m_db(db)
    , m_spec(spec)
{
    const QByteArray table(spec.table);
    m_selectColumns = "id, rev, updated_at, deleted, dirty, " + joined(spec, "", "");
    QByteArray placeholders;
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        placeholders += ", ?";
    }
    // Build "col = excluded.col" pairs.
    QByteArray assignments;
    for (const Column& c : spec.columns) {
        assignments += ", ";
        assignments += c.name;
        assignments += " = excluded.";
        assignments += c.name;
    }
    m_upsertSql = "INSERT INTO " + table + " (id, rev, updated_at, deleted, dirty, " + joined(spec, "", "") +
                  ") VALUES (?, ?, ?, ?, ?" + placeholders +
                  ") ON CONFLICT (id) DO UPDATE SET rev = excluded.rev, updated_at = excluded.updated_at, "
                  "deleted = excluded.deleted, dirty = excluded.dirty, base_rev = " +
                  baseRevisionSql(spec.table) + assignments;
    m_putRemoteSql = "INSERT INTO " + table + " (id, rev, updated_at, deleted, dirty, " +
                     joined(spec, "", "") + ", base_rev) VALUES (?, ?, ?, ?, ?" + placeholders +
                     ", ?) ON CONFLICT (id) DO UPDATE SET rev = excluded.rev, updated_at = "
                     "excluded.updated_at, deleted = excluded.deleted, dirty = excluded.dirty, base_rev = "
                     "excluded.base_rev" +
                     assignments;
    m_insertTextSql = "INSERT INTO " + table +
                      " (id, rev, updated_at, deleted, base_rev, dirty, change_seq, " + joined(spec, "", "") +
                      ") VALUES (?, ?, ?, ?, ?, 0, ?" + placeholders + ") ON CONFLICT (id) DO NOTHING";
    m_syncColumns = m_selectColumns + ", base_rev";
    m_findSql = "SELECT " + m_selectColumns + " FROM " + table + " WHERE id = ? AND deleted = 0";
    m_findAnySql = "SELECT " + m_selectColumns + " FROM " + table + " WHERE id = ?";
    m_removeSql = "UPDATE " + table +
                  " SET deleted = 1, dirty = 1, base_rev = " + baseRevisionSql(spec.table) +
                  ", rev = ?, updated_at = ? WHERE id = ? AND deleted = 0";
}

RecordTable::~RecordTable() = default;

QList<FieldError> RecordTable::validate(const QJsonObject& record) const
{
    QList<FieldError> errors;
    for (auto it = record.begin(); it != record.end(); ++it) {
        const QString& key = it.key();
        if (key == QLatin1String("id") || key == QLatin1String("rev") || key == QLatin1String("updated_at") ||
            key == QLatin1String("deleted") || key == QLatin1String("dirty")) {
            continue;
        }
        const Column* column = m_spec.column(key);
        if (!column) {
            errors.append({key, tr("unknown field")});
            continue;
        }
        const QJsonValue value = it.value();
        if (value.isNull() || value.isUndefined()) {
            continue;
        }
        switch (column->type) {
        case ColumnType::Integer:
        case ColumnType::Real:
            if (!value.isDouble()) {
                errors.append({key, tr("must be a number")});
            }
            break;
        case ColumnType::Bool:
            if (!value.isBool() && !value.isDouble()) {
                errors.append({key, tr("must be true or false")});
            }
            break;
        case ColumnType::List:
            if (!value.isArray()) {
                errors.append({key, tr("must be a list")});
            }
            break;
        case ColumnType::Text:
        case ColumnType::Reference:
            if (!value.isString()) {
                errors.append({key, tr("must be text")});
            }
            break;
        }
    }
    return errors;
}

void RecordTable::bindData(SqlStatement& statement, const QJsonObject& record, int firstIndex) const
{
    int index = firstIndex;
    for (const Column& c : m_spec.columns) {
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

void RecordTable::normalise(QJsonObject&) const {}

QString RecordTable::save(const QJsonObject& input)
{
    QJsonObject record = input;
    normalise(record);
    QString id = record.value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    m_db.transaction([&] {
        SqlStatement& upsert = m_db.statement(m_upsertSql.constData());
        upsert.bind(1, id)
            .bind(2, m_db.nextRevision())
            .bind(3, Database::nowText())
            .bind(4, qint64(0))
            .bind(5, qint64(1));
        bindData(upsert, record, 6);
        upsert.exec();
    });
    return id;
}

void RecordTable::putRemote(const QJsonObject& row, bool dirty)
{
    SqlStatement& upsert = m_db.statement(m_putRemoteSql.constData());
    upsert.bind(1, row.value(QLatin1String("id")).toString())
        .bind(2, row.value(QLatin1String("rev")).toString())
        .bind(3, row.value(QLatin1String("updated_at")).toString())
        .bind(4, qint64(row.value(QLatin1String("deleted")).toBool() ||
                        row.value(QLatin1String("deleted")).toInt()))
        .bind(5, qint64(dirty ? 1 : 0));
    bindData(upsert, row, 6);
    const QString base = row.value(QLatin1String("base_rev")).toString();
    if (base.isEmpty()) {
        upsert.bindNull(6 + int(m_spec.columns.size()));
    } else {
        upsert.bind(6 + int(m_spec.columns.size()), base);
    }
    upsert.exec();
}

bool RecordTable::numberIfUnnumbered(const QString& id, qint64 changeSeq)
{
    const QByteArray sql =
        QByteArray("UPDATE ") + m_spec.table + " SET change_seq = ? WHERE id = ? AND change_seq IS NULL";
    m_db.statement(sql.constData()).bind(1, changeSeq).bind(2, id).exec();
    return sqlite3_changes(m_db.handle()) > 0;
}

QStringList RecordTable::missingReferences(const char* column, const char* parentTable, qint64 after) const
{
    const QByteArray c(column);
    const QByteArray sql =
        "SELECT DISTINCT c." + c + " FROM " + m_spec.table + " c WHERE c.change_seq > ? AND c." + c +
        " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + parentTable + " p WHERE p.id = c." + c + ")";
    SqlStatement query(m_db.handle(), sql.constData());
    query.bind(1, after);
    QStringList ids;
    while (query.step()) {
        ids.append(query.text(0));
    }
    return ids;
}

QByteArray RecordTable::baseRevisionSql(const char* table)
{
    const QByteArray t(table);
    return "CASE WHEN " + t + ".dirty = 1 AND substr(" + t +
           ".rev, 22) = (SELECT value FROM meta WHERE key = 'node_id') AND " + t +
           ".rev > coalesce((SELECT value FROM meta WHERE key = 'sync_shared_hlc'), '') THEN " + t +
           ".base_rev ELSE " + t + ".rev END";
}

RecordTable::SyncState RecordTable::syncState(const QString& id) const
{
    const QByteArray sql =
        QByteArray("SELECT rev, base_rev, dirty, deleted FROM ") + m_spec.table + " WHERE id = ?";
    SqlStatement& query = m_db.statement(sql.constData());
    query.bind(1, id);
    SyncState state;
    if (query.step()) {
        state.exists = true;
        state.rev = query.text(0);
        state.baseRev = query.text(1);
        state.dirty = query.int64(2) != 0;
        state.deleted = query.int64(3) != 0;
    }
    query.reset();
    return state;
}

namespace {

QJsonObject readSyncRow(const SqlStatement& row, const TableSpec& spec)
{
    QJsonObject out = RecordTable::readRow(row, spec);
    const int index = 5 + int(spec.columns.size());
    out.insert(QStringLiteral("base_rev"), row.isNull(index) ? QJsonValue() : QJsonValue(row.text(index)));
    return out;
}

} // namespace

std::optional<QJsonObject> RecordTable::findSyncRow(const QString& id) const
{
    const QByteArray sql = "SELECT " + m_syncColumns + " FROM " + m_spec.table + " WHERE id = ?";
    SqlStatement& query = m_db.statement(sql.constData());
    query.bind(1, id);
    std::optional<QJsonObject> result;
    if (query.step()) {
        result = readSyncRow(query, m_spec);
    }
    query.reset();
    return result;
}

QList<QJsonObject> RecordTable::dirtyRows() const
{
    const QByteArray sql =
        "SELECT " + m_syncColumns + " FROM " + m_spec.table + " WHERE dirty = 1 ORDER BY change_seq";
    SqlStatement query(m_db.handle(), sql.constData());
    QList<QJsonObject> rows;
    while (query.step()) {
        rows.append(readSyncRow(query, m_spec));
    }
    return rows;
}

void RecordTable::markClean(const QString& id, const QString& rev)
{
    const QByteArray sql = QByteArray("UPDATE ") + m_spec.table + " SET dirty = 0 WHERE id = ? AND rev = ?";
    m_db.statement(sql.constData()).bindAll(id, rev).exec();
}

QList<QJsonObject> RecordTable::changedSince(qint64 after, int limit, qint64* last) const
{
    const QByteArray sql = "SELECT " + m_syncColumns + ", change_seq FROM " + m_spec.table +
                           " WHERE change_seq > ? ORDER BY change_seq LIMIT ?";
    SqlStatement query(m_db.handle(), sql.constData());
    query.bind(1, after).bind(2, qint64(limit));
    QList<QJsonObject> rows;
    const int seqIndex = 6 + int(m_spec.columns.size());
    while (query.step()) {
        rows.append(readSyncRow(query, m_spec));
        if (last) {
            *last = query.int64(seqIndex);
        }
    }
    return rows;
}

qint64 RecordTable::dirtyCount() const
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + m_spec.table + " WHERE dirty = 1";
    SqlStatement query(m_db.handle(), sql.constData());
    query.step();
    return query.int64(0);
}

qint64 RecordTable::lastChange() const
{
    const QByteArray sql = QByteArray("SELECT coalesce(max(change_seq), 0) FROM ") + m_spec.table;
    SqlStatement query(m_db.handle(), sql.constData());
    query.step();
    return query.int64(0);
}

bool RecordTable::remove(const QString& id)
{
    bool removed = false;
    m_db.transaction([&] {
        SqlStatement& update = m_db.statement(m_removeSql.constData());
        update.bindAll(m_db.nextRevision(), Database::nowText(), id).exec();
        removed = sqlite3_changes(m_db.handle()) > 0;
    });
    return removed;
}

QJsonObject RecordTable::readRow(const SqlStatement& row, const TableSpec& spec)
{
    QJsonObject out;
    out.insert(QStringLiteral("id"), row.text(0));
    out.insert(QStringLiteral("rev"), row.text(1));
    out.insert(QStringLiteral("updated_at"), row.text(2));
    out.insert(QStringLiteral("deleted"), row.int64(3) != 0);
    out.insert(QStringLiteral("dirty"), row.int64(4) != 0);
    int index = 5;
    for (const Column& c : spec.columns) {
        const QString name = QLatin1String(c.name);
        if (row.isNull(index)) {
            out.insert(name, c.type == ColumnType::List ? QJsonValue(QJsonArray()) : QJsonValue());
        } else {
            switch (c.type) {
            case ColumnType::Integer:
                out.insert(name, row.int64(index));
                break;
            case ColumnType::Real:
                out.insert(name, row.real(index));
                break;
            case ColumnType::Bool:
                out.insert(name, row.int64(index) != 0);
                break;
            case ColumnType::List:
                out.insert(name, QJsonDocument::fromJson(row.utf8(index)).array());
                break;
            case ColumnType::Text:
            case ColumnType::Reference:
                out.insert(name, row.text(index));
                break;
            }
        }
        ++index;
    }
    return out;
}

std::optional<QJsonObject> RecordTable::find(const QString& id, bool includeDeleted) const
{
    SqlStatement& query = m_db.statement(includeDeleted ? m_findAnySql.constData() : m_findSql.constData());
    query.bind(1, id);
    std::optional<QJsonObject> result;
    if (query.step()) {
        result = readRow(query, m_spec);
    }
    query.reset();
    return result;
}

QList<QJsonObject> RecordTable::where(const char* column, const QString& value, bool includeDeleted) const
{
    if (!m_spec.column(QLatin1String(column))) {
        throw DbError(
            QStringLiteral("no column %1 in %2").arg(QLatin1String(column), QLatin1String(m_spec.table)));
    }
    const QByteArray sql = "SELECT " + m_selectColumns + " FROM " + m_spec.table + " WHERE " + column +
                           " = ?" + (includeDeleted ? "" : " AND deleted = 0") + " ORDER BY rowid";
    SqlStatement query(m_db.handle(), sql.constData());
    query.bind(1, value);
    QList<QJsonObject> rows;
    while (query.step()) {
        rows.append(readRow(query, m_spec));
    }
    return rows;
}

void RecordTable::forEach(const std::function<void(const QJsonObject&)>& visit, bool includeDeleted) const
{
    const QByteArray sql = "SELECT " + m_selectColumns + " FROM " + m_spec.table +
                           (includeDeleted ? "" : " WHERE deleted = 0") + " ORDER BY rowid";
    SqlStatement query(m_db.handle(), sql.constData());
    while (query.step()) {
        visit(readRow(query, m_spec));
    }
}

qint64 RecordTable::count(bool includeDeleted) const
{
    const QByteArray sql =
        QByteArray("SELECT count(*) FROM ") + m_spec.table + (includeDeleted ? "" : " WHERE deleted = 0");
    SqlStatement query(m_db.handle(), sql.constData());
    query.step();
    return query.int64(0);
}

QString RecordTable::setFieldFromText(const TableSpec& spec, QJsonObject& record, const QString& field,
                                      const QString& text)
{
    const Column* column = spec.column(field);
    if (!column) {
        return tr("unknown field \"%1\"").arg(field);
    }
    if (!column->editable) {
        return tr("the field \"%1\" cannot be edited").arg(field);
    }
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        record.insert(field, column->type == ColumnType::List ? QJsonValue(QJsonArray()) : QJsonValue());
        return {};
    }
    switch (column->type) {
    case ColumnType::Integer: {
        bool ok = false;
        const qint64 value = QLocale::c().toLongLong(trimmed, &ok);
        if (!ok) {
            return tr("\"%1\" is not a whole number (field %2)").arg(trimmed, field);
        }
        record.insert(field, value);
        return {};
    }
    case ColumnType::Real: {
        bool ok = false;
        const double value = QLocale::c().toDouble(trimmed, &ok);
        if (!ok) {
            return tr("\"%1\" is not a number (field %2)").arg(trimmed, field);
        }
        record.insert(field, value);
        return {};
    }
    case ColumnType::Bool: {
        const QString lower = trimmed.toLower();
        if (lower == QLatin1String("1") || lower == QLatin1String("true") || lower == QLatin1String("yes")) {
            record.insert(field, true);
        } else if (lower == QLatin1String("0") || lower == QLatin1String("false") ||
                   lower == QLatin1String("no")) {
            record.insert(field, false);
        } else {
            return tr("\"%1\" is not true or false (field %2)").arg(trimmed, field);
        }
        return {};
    }
    case ColumnType::List: {
        QJsonArray items;
        if (trimmed.startsWith(QLatin1Char('['))) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isArray()) {
                return tr("\"%1\" is not a JSON list (field %2)").arg(trimmed, field);
            }
            for (const QJsonValue& v : doc.array()) {
                if (!v.isString()) {
                    return tr("the list for field %1 must hold text items").arg(field);
                }
                items.append(v);
            }
        } else {
            for (const QString& part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty()) {
                    items.append(part.trimmed());
                }
            }
        }
        record.insert(field, items);
        return {};
    }
    case ColumnType::Text:
    case ColumnType::Reference:
        record.insert(field, trimmed);
        return {};
    }
    return {};
}

} // namespace dalil
