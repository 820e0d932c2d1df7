#include "sync/HubClient.h"

#include "sync/LibPq.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSqlError>

#include <libpq-fe.h>

#include <algorithm>
#include <cerrno>
#include <vector>

#include <poll.h>

// HubClient's faults in the user's language: what the server or libpq said, told by the server's
// SQLSTATE where there is one (its messages are in the server's own language), else by libpq's text.

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::HubClient", text);
}

} // namespace

QString HubClient::describe(const QSqlError& error) const
{
    return describe(error.databaseText() + QLatin1Char(' ') + error.driverText(), error.nativeErrorCode());
}

QString HubClient::describeRefusal(const QSqlError& error) const
{
    // Qt's driver gives no SQLSTATE for a connection that failed. What libpq itself says (a closed
    // port, a name that does not resolve, TLS) is in English here (enterCMessages); what the server
    // says (a wrong password, no such database) is in the server's own language, its lc_messages,
    // which Debian sets from the server's locale. Only then libpq is asked once more, for the code.
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    bool unknown = false;
    const QString described = describe(text, {}, &unknown, true);
    return unknown ? describe(text, refusalCode(), nullptr, true) : described;
}

QString HubClient::refusalCode() const
{
    QList<QByteArray> keys = {"host", "port", "dbname", "user", "application_name"};
    QList<QByteArray> values = {m_address.host.toUtf8(), QByteArray::number(m_address.port),
                                m_address.database.toUtf8(), m_address.user.toUtf8(), "dalil"};
    if (!m_address.password.isEmpty()) {
        keys.append("password");
        values.append(m_address.password.toUtf8());
    }
    for (auto it = m_address.options.begin(); it != m_address.options.end(); ++it) {
        keys.append(it.key().toUtf8());
        values.append(it.value().toUtf8());
    }
    std::vector<const char*> keywords;
    std::vector<const char*> settings;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        keywords.push_back(keys.at(i).constData());
        settings.push_back(values.at(i).constData());
    }
    keywords.push_back(nullptr);
    settings.push_back(nullptr);
    PGconn* connection = PQconnectStartParams(keywords.data(), settings.data(), 0);
    if (!connection) {
        return {};
    }
    // In the verbose form the server's refusal carries its SQLSTATE: "FATAL:  28P01: …".
    PQsetErrorVerbosity(connection, PQERRORS_VERBOSE);
    QDeadlineTimer deadline(15000);
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (PQstatus(connection) != CONNECTION_BAD && state != PGRES_POLLING_OK &&
           state != PGRES_POLLING_FAILED && !deadline.hasExpired()) {
        pollfd socket{PQsocket(connection), short(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        if (socket.fd < 0) {
            break;
        }
        const int ready = ::poll(&socket, 1, int(std::max<qint64>(1, deadline.remainingTime())));
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready <= 0) {
            break;
        }
        state = PQconnectPoll(connection);
    }
    const QString message = QString::fromUtf8(PQerrorMessage(connection));
    PQfinish(connection);
    // After the severity, itself in the server's language ("FATAL", "FATAL", "ВАЖНО").
    static const QRegularExpression sqlState(QStringLiteral(":\\s+[^\\s:]+:\\s+([0-9A-Z]{5}):\\s"));
    return sqlState.match(message).captured(1);
}

QString HubClient::describe(const QString& driverText, const QString& sqlState, bool* unknown,
                            bool connecting) const
{
    const QString where = m_address.display();
    const QString text = driverText.simplified();
    // Refused at the door: no right to connect to the hub's database (42501 then), or no sign-in
    // at all (28000: a role that may not log in, no pg_hba.conf line for this computer).
    const auto mayNotConnect = [&] {
        return tr("the hub %1 does not let user %2 open the database \"%3\"; ask the hub's administrator "
                  "for access")
            .arg(where, m_address.user, m_address.database);
    };
    const auto mayNotSignIn = [&] {
        return tr("the hub %1 does not let user %2 sign in (%3); ask the hub's administrator for access")
            .arg(where, m_address.user, text);
    };
    if (connecting && sqlState == QLatin1String("42501")) {
        return mayNotConnect();
    }
    if (sqlState == QLatin1String("28000")) {
        return mayNotSignIn();
    }
    // The server's code first: its message is in its own language.
    if (sqlState == QLatin1String("28P01")) {
        return tr("the hub %1 refused the password of user %2").arg(where, m_address.user);
    }
    if (sqlState == QLatin1String("3D000")) {
        return tr("the hub server has no database \"%1\" (%2)").arg(m_address.database, where);
    }
    if (sqlState == QLatin1String("42501")) {
        return tr("the hub %1 refused the change: user %2 may not make it (%3)")
            .arg(where, m_address.user, text);
    }
    // A connection lost or refused, a server shutting down, starting up or full.
    if ((sqlState.startsWith(QLatin1String("08")) && sqlState != QLatin1String("08P01")) ||
        sqlState == QLatin1String("57P01") || sqlState == QLatin1String("57P02") ||
        sqlState == QLatin1String("57P03") || sqlState == QLatin1String("53300")) {
        return tr("cannot reach the hub %1 (%2); the catalogue is unchanged and the next sync will try "
                  "again")
            .arg(where, text);
    }
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied")) ||
        text.contains(QLatin1String("password is required"))) {
        return tr("the hub %1 refused the password of user %2").arg(where, m_address.user);
    }
    if (text.contains(QLatin1String("Connection refused")) ||
        text.contains(QLatin1String("could not connect")) ||
        text.contains(QLatin1String("timeout expired")) ||
        text.contains(QLatin1String("could not translate")) ||
        text.contains(QLatin1String("No such file or directory")) ||
        text.contains(QLatin1String("Network is unreachable")) ||
        text.contains(QLatin1String("server closed the connection")) ||
        text.contains(QLatin1String("no connection to the server")) ||
        text.contains(QLatin1String("terminating connection"))) {
        return tr("cannot reach the hub %1 (%2); the catalogue is unchanged and the next sync will try "
                  "again")
            .arg(where, text);
    }
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database"))) {
        return tr("the hub server has no database \"%1\" (%2)").arg(m_address.database, where);
    }
    if (text.contains(QLatin1String("SSL")) || text.contains(QLatin1String("certificate")) ||
        text.contains(QLatin1String("root certificate"))) {
        return tr("cannot open a secure connection to the hub %1: %2 (on a local network without TLS, "
                  "add ?sslmode=disable to the address)")
            .arg(where, text);
    }
    if (connecting && text.contains(QLatin1String("permission denied for database"))) {
        return mayNotConnect();
    }
    if (text.contains(QLatin1String("is not permitted to log in")) ||
        text.contains(QLatin1String("pg_hba.conf"))) {
        return mayNotSignIn();
    }
    if (text.contains(QLatin1String("permission denied")) ||
        text.contains(QLatin1String("row-level security"))) {
        return tr("the hub %1 refused the change: user %2 may not make it (%3)")
            .arg(where, m_address.user, text);
    }
    if (unknown) {
        *unknown = true;
    }
    return tr("the hub %1 reported: %2").arg(where, text);
}

} // namespace dalil
