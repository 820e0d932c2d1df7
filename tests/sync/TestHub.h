#pragma once

// A new hub database on the test's PostgreSQL, with accounts: alice, bob, carol edit ws1; dina
// edits ws2; rami reads ws1. Passwords are the user name followed by "-pw".

#include "sync/HubClient.h"
#include "sync/PgServer.h"

#include <QStringList>

namespace dalil::test {

// `options` is appended to CREATE DATABASE (e.g. PgServer::withoutPostgis()). Returns an error
// message or an empty string.
inline QString createTestHub(PgServer& pg, const QString& database, const QString& options = {})
{
    if (QString error = pg.admin(QStringLiteral("postgres"),
                                 QStringLiteral("CREATE DATABASE %1").arg(database) + options);
        !error.isEmpty()) {
        return error;
    }
    HubAddress address;
    HubAddress::parse(pg.adminUrl(database), &address);
    HubClient admin(address);
    if (QString error = admin.open(); !error.isEmpty()) {
        return error;
    }
    if (QString error = admin.initialise(QStringLiteral("cat-") + database); !error.isEmpty()) {
        return error;
    }
    const QList<QStringList> accounts = {{"alice", "ws1", "editor"},
                                         {"bob", "ws1", "editor"},
                                         {"carol", "ws1", "editor"},
                                         {"dina", "ws2", "editor"},
                                         {"rami", "ws1", "reader"}};
    for (const QStringList& a : accounts) {
        if (QString error = admin.addUser(a[0], a[0] + QStringLiteral("-pw"), a[1], a[2]); !error.isEmpty()) {
            return error;
        }
    }
    return {};
}

} // namespace dalil::test
