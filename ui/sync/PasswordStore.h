#pragma once

#include <QString>

namespace dalil {

// The hub password: in the desktop keyring through QtKeychain (the plugin dalil_keyring, loaded on
// first use) when it is installed and a keyring answers; otherwise only in memory for this session
// (the user is asked again next time).
class PasswordStore
{
public:
    static bool keyringAvailable();
    // Empty when nothing is stored.
    static QString read(const QString& account);
    static bool write(const QString& account, const QString& password);
    static void forget(const QString& account);

    static QString sessionPassword(const QString& account);
    static void setSessionPassword(const QString& account, const QString& password);
};

} // namespace dalil
