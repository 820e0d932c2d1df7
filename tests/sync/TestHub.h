#pragma once

// A new hub database on the test's PostgreSQL, with accounts: alice, bob, carol edit ws1; dina
// edits ws2; rami reads ws1. Passwords are the user name followed by "-pw".

#include "sync/HubClient.h"
#include "sync/PgServer.h"

#include <QStringList>

namespace dalil::test {

// A new hub database named `database` with the hub's tables for catalogue `catalogueId`, and an
// account for each of `accounts` ({name, workspace, role}; the password is the name followed by
// "-pw"). `options` is appended to CREATE DATABASE (e.g. PgServer::withoutPostgis()). Returns an
// error message or an empty string.
inline QString createHub(PgServer& pg, const QString& database, const QString& catalogueId,
                         const QList<QStringList>& accounts, const QString& options = {})
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
    if (QString error = admin.initialise(catalogueId); !error.isEmpty()) {
        return error;
    }
    for (const QStringList& a : accounts) {
        if (QString error = admin.addUser(a[0], a[0] + QStringLiteral("-pw"), a[1], a[2]); !error.isEmpty()) {
            return error;
        }
    }
    return {};
}

// The hub of the sync tests: alice, bob, carol edit ws1; dina edits ws2; rami reads ws1.
inline QString createTestHub(PgServer& pg, const QString& database, const QString& options = {})
{
    return createHub(pg, database, QStringLiteral("cat-") + database,
                     {{"alice", "ws1", "editor"},
                      {"bob", "ws1", "editor"},
                      {"carol", "ws1", "editor"},
                      {"dina", "ws2", "editor"},
                      {"rami", "ws1", "reader"}},
                     options);
}

} // namespace dalil::test
