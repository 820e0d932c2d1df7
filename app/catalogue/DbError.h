#pragma once

#include <QString>

#include <stdexcept>

namespace dalil {

// Thrown by the catalogue when SQLite reports a failure. The message is a complete sentence for the
// user (it names the catalogue file where that helps); the CLI and GUI show it as it is.
class DbError : public std::runtime_error
{
public:
    explicit DbError(const QString& message, int sqliteCode = 0)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_code(sqliteCode)
    {
    }

    const QString& message() const { return m_message; }
    int sqliteCode() const { return m_code; }
    bool isBusy() const { return m_code == 5 /*SQLITE_BUSY*/ || m_code == 6 /*SQLITE_LOCKED*/; }

private:
    QString m_message;
    int m_code;
};

} // namespace dalil
