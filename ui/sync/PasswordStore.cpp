#include "sync/PasswordStore.h"

#include "catalogue/Plugins.h"
#include "sync/KeyringBackend.h"

#include <QHash>

namespace dalil {

namespace {

QHash<QString, QString>& session()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

const QString kService = QStringLiteral("org.dalil.Dalil.hub");

// QtKeychain (and the D-Bus it talks over) is loaded here, when a password is first stored or
// read; without the plugin (Dalil built without QtKeychain) passwords stay in memory.
KeyringBackend* keyring()
{
    static KeyringBackend* const backend =
        qobject_cast<KeyringBackend*>(Plugins::load(QStringLiteral("dalil_keyring")));
    return backend;
}

} // namespace

bool PasswordStore::keyringAvailable()
{
    // Asked once: a desktop without a secret service (or a headless session) answers at once with
    // NoBackendAvailable.
    static const bool available = keyring() && keyring()->available(kService);
    return available;
}

QString PasswordStore::read(const QString& account)
{
    if (keyringAvailable()) {
        QString password;
        if (keyring()->read(kService, account, &password)) {
            return password;
        }
    }
    return sessionPassword(account);
}

bool PasswordStore::write(const QString& account, const QString& password)
{
    setSessionPassword(account, password);
    return keyringAvailable() && keyring()->write(kService, account, password);
}

void PasswordStore::forget(const QString& account)
{
    session().remove(account);
    if (keyringAvailable()) {
        keyring()->remove(kService, account);
    }
}

QString PasswordStore::sessionPassword(const QString& account)
{
    return session().value(account);
}

void PasswordStore::setSessionPassword(const QString& account, const QString& password)
{
    session().insert(account, password);
}

} // namespace dalil
