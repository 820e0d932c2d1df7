#include "sync/HubAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace dalil {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::HubAddress", text);
}
} // namespace

QString HubAddress::parse(const QString& url, HubAddress* out)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() ||
        (parsed.scheme() != QLatin1String("postgresql") && parsed.scheme() != QLatin1String("postgres"))) {
        return tr("\"%1\" is not a hub address; expected postgresql://USER@HOST[:PORT]/DATABASE").arg(url);
    }
    HubAddress address;
    address.host = parsed.host();
    address.port = parsed.port(5432);
    address.user = parsed.userName();
    address.password = parsed.password();
    address.database = parsed.path().mid(1);
    const QUrlQuery query(parsed);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            address.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok || address.port <= 0 || address.port > 65535) {
                return tr("\"%1\": the port \"%2\" is not a number between 1 and 65535").arg(url, value);
            }
        } else if (key == QLatin1String("user")) {
            address.user = value;
        } else if (key == QLatin1String("password")) {
            address.password = value;
        } else if (key == QLatin1String("dbname")) {
            address.database = value;
        } else {
            if (!key.contains(QRegularExpression(QStringLiteral("^[a-z_]+$")))) {
                return tr("\"%1\": \"%2\" is not a connection option").arg(url, key);
            }
            address.options.insert(key, value);
        }
    }
    if (address.host.isEmpty()) {
        return tr("\"%1\": the address names no host").arg(url);
    }
    if (address.database.isEmpty()) {
        return tr("\"%1\": the address names no database (…/DATABASE at the end)").arg(url);
    }
    if (address.user.isEmpty()) {
        return tr("\"%1\": the address names no user (USER@ before the host)").arg(url);
    }
    if (!address.options.contains(QStringLiteral("sslmode"))) {
        address.options.insert(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
    }
    if (!address.options.contains(QStringLiteral("connect_timeout"))) {
        address.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    }
    *out = address;
    return {};
}

QString HubAddress::display() const
{
    QString text = QStringLiteral("postgresql://%1@%2")
                       .arg(user, host.startsWith(QLatin1Char('/')) ? QStringLiteral("localhost") : host);
    if (!host.startsWith(QLatin1Char('/'))) {
        text += QStringLiteral(":%1").arg(port);
    }
    text += QLatin1Char('/') + database;
    if (host.startsWith(QLatin1Char('/'))) {
        text += QStringLiteral("?host=%1").arg(host);
    }
    return text;
}

QString HubAddress::sslMode() const
{
    return options.value(QStringLiteral("sslmode"));
}

} // namespace dalil
