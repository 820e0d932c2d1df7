#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace dalil {

// RAII over sqlite3_stmt. Binding is by 1-based index; every call throws DbError on failure, so a
// caller cannot forget to look at a return code.
class SqlStatement
{
public:
    SqlStatement() = default;
    SqlStatement(sqlite3* db, const char* sql);

    bool isValid() const { return m_stmt != nullptr; }

    SqlStatement& bind(int index, const QString& value);
    SqlStatement& bind(int index, const char* utf8);
    SqlStatement& bind(int index, const QByteArray& utf8);
    SqlStatement& bind(int index, qint64 value);
    SqlStatement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    SqlStatement& bind(int index, double value);
    // Binds text without copying it, for bulk writers: the bytes must stay unchanged until the
    // statement has been stepped and reset.
    SqlStatement& bindStatic(int index, const char* utf8, int size);
    SqlStatement& bindNull(int index);
    SqlStatement& bindBlob(int index, const QByteArray& bytes);

    // Binds each argument in order, starting at index 1.
    template <typename... Args> SqlStatement& bindAll(const Args&... args)
    {
        int index = 1;
        (bind(index++, args), ...);
        return *this;
    }

    // Returns true while a row is available.
    bool step();
    // Runs a statement that returns no rows (or ignores them) and resets it for the next use.
    void exec();
    void reset();
    // As exec(), but the parameters keep their values for the next use (a bulk writer binds again
    // only what changes). Text bound with bindStatic() must then be bound again before the next
    // step, or its bytes kept.
    void execKeepingBindings();

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    QByteArray utf8(int column) const;
    // The column's UTF-8 text without a copy, valid until the next step() or reset() (NUL-terminated).
    QByteArrayView utf8View(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString columnName(int column) const;
    int columnType(int column) const;

private:
    struct Finalizer
    {
        void operator()(sqlite3_stmt* stmt) const;
    };
    [[noreturn]] void fail(int rc) const;

    sqlite3* m_db = nullptr;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
};

} // namespace dalil
