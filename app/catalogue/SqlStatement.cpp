#include "catalogue/SqlStatement.h"

#include "catalogue/Database.h"
#include "catalogue/DbError.h"

#include <sqlite3.h>

namespace dalil {

void SqlStatement::Finalizer::operator()(sqlite3_stmt* stmt) const
{
    sqlite3_finalize(stmt);
}

SqlStatement::SqlStatement(sqlite3* db, const char* sql)
    : m_db(db)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        throw DbError(QStringLiteral("SQL error: %1 (in: %2)")
                          .arg(QString::fromUtf8(sqlite3_errmsg(db)), QString::fromUtf8(sql).simplified()),
                      rc);
    }
    m_stmt.reset(stmt);
}

void SqlStatement::fail(int rc) const
{
    QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        message = Database::busyMessage(); // SQLite's own words are English only
    } else if (rc == SQLITE_READONLY) {
        message = QStringLiteral("the catalogue is read-only (%1)").arg(message);
    } else if (rc == SQLITE_FULL) {
        message = QStringLiteral("the disk is full (%1)").arg(message);
    }
    throw DbError(message, rc);
}

SqlStatement& SqlStatement::bind(int index, const QString& value)
{
    if (value.isNull()) {
        return bindNull(index);
    }
    return bind(index, value.toUtf8());
}

SqlStatement& SqlStatement::bind(int index, const char* utf8)
{
    const int rc = sqlite3_bind_text(m_stmt.get(), index, utf8, -1, SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const QByteArray& utf8)
{
    const int rc = utf8.isNull() ? sqlite3_bind_null(m_stmt.get(), index)
                                 : sqlite3_bind_text(m_stmt.get(), index, utf8.constData(), int(utf8.size()),
                                                     SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

SqlStatement& SqlStatement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt.get(), index, value);
    if (rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

SqlStatement& SqlStatement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt.get(), index, value);
    if (rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

SqlStatement& SqlStatement::bindStatic(int index, const char* utf8, int size)
{
    const int rc = sqlite3_bind_text(m_stmt.get(), index, utf8, size, SQLITE_STATIC);
    if (rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

SqlStatement& SqlStatement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt.get(), index);
    if (rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

SqlStatement& SqlStatement::bindBlob(int index, const QByteArray& bytes)
{
    const int rc =
        sqlite3_bind_blob(m_stmt.get(), index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

bool SqlStatement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    sqlite3_reset(m_stmt.get());
    fail(rc);
}

void SqlStatement::exec()
{
    while (step()) {
    }
    reset();
}

void SqlStatement::execKeepingBindings()
{
    while (step()) {
    }
    sqlite3_reset(m_stmt.get());
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

int SqlStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt.get());
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

QString SqlStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt.get(), column));
    if (!data) {
        return {};
    }
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArray SqlStatement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt.get(), column));
    if (!data) {
        return {};
    }
    return QByteArray(data, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArrayView SqlStatement::utf8View(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt.get(), column));
    if (!data) {
        return QByteArrayView("", 0);
    }
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArray SqlStatement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt.get(), column));
    if (!data) {
        return {};
    }
    return QByteArray(data, sqlite3_column_bytes(m_stmt.get(), column));
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt.get(), column);
}

QString SqlStatement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt.get(), column));
}

int SqlStatement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column);
}

} // namespace dalil
