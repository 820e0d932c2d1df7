#pragma once

#include <QMap>
#include <QString>

namespace dalil {

// Where a hub is: a PostgreSQL connection URL as libpq writes it,
// postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=...&host=/socket/dir&...].
// TLS is required and the server's certificate checked (sslmode=verify-full) unless the URL says
// otherwise, e.g. ?sslmode=disable for a hub on a local network without certificates.
struct HubAddress
{
    QString host; // a name, an address or (starting with '/') a Unix socket directory
    int port = 5432;
    QString database;
    QString user;
    QString password;               // empty: libpq looks at PGPASSWORD and ~/.pgpass
    QMap<QString, QString> options; // libpq keywords (sslmode, sslrootcert, connect_timeout, ...)

    // Returns an error in words a coordinator understands, or an empty string.
    static QString parse(const QString& url, HubAddress* out);
    // The URL without the password: shown to the user and used as the key of this hub's cursor.
    QString display() const;
    QString sslMode() const;
};

} // namespace dalil
