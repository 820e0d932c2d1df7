#include "sync/keyring/KeyringPlugin.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace dalil {

namespace {

// Runs `job` to its end (the keyring answers over D-Bus) and returns its error.
QKeychain::Error finish(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error();
}

} // namespace

bool KeyringPlugin::available(const QString& service)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(QStringLiteral("dalil-probe"));
    const QKeychain::Error error = finish(job);
    return error != QKeychain::NoBackendAvailable && error != QKeychain::OtherError;
}

bool KeyringPlugin::read(const QString& service, const QString& key, QString* secret)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    if (finish(job) != QKeychain::NoError) {
        return false;
    }
    *secret = job.textData();
    return true;
}

bool KeyringPlugin::write(const QString& service, const QString& key, const QString& secret)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(secret);
    return finish(job) == QKeychain::NoError;
}

void KeyringPlugin::remove(const QString& service, const QString& key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    finish(job);
}

} // namespace dalil
