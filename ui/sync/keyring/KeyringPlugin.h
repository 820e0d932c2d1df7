#pragma once

#include "sync/KeyringBackend.h"

#include <QObject>

namespace dalil {

// The desktop keyring through QtKeychain: the one class of the plugin dalil_keyring.
class KeyringPlugin : public QObject, public KeyringBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID DALIL_KEYRING_BACKEND_IID)
    Q_INTERFACES(dalil::KeyringBackend)

public:
    bool available(const QString& service) override;
    bool read(const QString& service, const QString& key, QString* secret) override;
    bool write(const QString& service, const QString& key, const QString& secret) override;
    void remove(const QString& service, const QString& key) override;
};

} // namespace dalil
