#pragma once

// Shared by the GUI tests that sync the window with a hub of the test's PostgreSQL: the window's
// sync settings, as a person would have saved them.

#include "sync/PasswordStore.h"
#include "sync/SyncSettingsDialog.h"

#include <QSettings>
#include <QString>

namespace dalil::test {

// The window syncs with `database` on 127.0.0.1:`port` as the editor "field" (no TLS, no periodic
// sync), with the password typed earlier this session ("field-pw", test::createHub's).
inline void configureWindowSync(int port, const QString& database)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("sync"));
    settings.setValue(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
    settings.setValue(QStringLiteral("port"), port);
    settings.setValue(QStringLiteral("database"), database);
    settings.setValue(QStringLiteral("user"), QStringLiteral("field"));
    settings.setValue(QStringLiteral("sslmode"), QStringLiteral("disable"));
    settings.setValue(QStringLiteral("interval"), 0);
    settings.endGroup();
    PasswordStore::setSessionPassword(SyncSettingsDialog::storedUrl(), QStringLiteral("field-pw"));
}

} // namespace dalil::test
