#pragma once

#include <QObject>
#include <QString>

namespace dalil {

// The desktop keyring as PasswordStore uses it, implemented by the plugin dalil_keyring
// (ui/sync/keyring, over QtKeychain) so that QtKeychain is loaded when a password is first stored
// or read, not at start-up. Each call waits for the keyring's answer.
class KeyringBackend
{
public:
    virtual ~KeyringBackend() = default;
    // Whether a keyring answers (a desktop without a secret service says so at once).
    virtual bool available(const QString& service) = 0;
    // False when nothing is stored for `key` or the keyring refused.
    virtual bool read(const QString& service, const QString& key, QString* secret) = 0;
    virtual bool write(const QString& service, const QString& key, const QString& secret) = 0;
    virtual void remove(const QString& service, const QString& key) = 0;
};

} // namespace dalil

#define DALIL_KEYRING_BACKEND_IID "org.dalil.Dalil.KeyringBackend/1.0"
Q_DECLARE_INTERFACE(dalil::KeyringBackend, DALIL_KEYRING_BACKEND_IID)
