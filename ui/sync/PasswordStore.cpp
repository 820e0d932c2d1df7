#include "sync/PasswordStore.h"

#include <QEventLoop>
#include <QHash>

#ifdef DALIL_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace dalil {

namespace {

QHash<QString, QString>& session()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

const QString kService = QStringLiteral("org.dalil.Dalil.hub");

} // namespace

bool PasswordStore::keyringAvailable()
{
#ifdef DALIL_HAVE_KEYCHAIN
    // Asked once: a desktop without a secret service (or a headless session) answers at once with
    // NoBackendAvailable.
    static const bool available = [] {
        QKeychain::ReadPasswordJob job(kService);
        job.setAutoDelete(false);
        job.setKey(QStringLiteral("dalil-probe"));
        QEventLoop loop;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        return job.error() != QKeychain::NoBackendAvailable && job.error() != QKeychain::OtherError;
    }();
    return available;
#else
    return false;
#endif
}

QString PasswordStore::read(const QString& account)
{
#ifdef DALIL_HAVE_KEYCHAIN
    if (keyringAvailable()) {
        QKeychain::ReadPasswordJob job(kService);
        job.setAutoDelete(false);
        job.setKey(account);
        QEventLoop loop;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        if (job.error() == QKeychain::NoError) {
            return job.textData();
        }
    }
#endif
    return sessionPassword(account);
}

bool PasswordStore::write(const QString& account, const QString& password)
{
    setSessionPassword(account, password);
#ifdef DALIL_HAVE_KEYCHAIN
    if (keyringAvailable()) {
        QKeychain::WritePasswordJob job(kService);
        job.setAutoDelete(false);
        job.setKey(account);
        job.setTextData(password);
        QEventLoop loop;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        return job.error() == QKeychain::NoError;
    }
#endif
    return false;
}

void PasswordStore::forget(const QString& account)
{
    session().remove(account);
#ifdef DALIL_HAVE_KEYCHAIN
    if (keyringAvailable()) {
        QKeychain::DeletePasswordJob job(kService);
        job.setAutoDelete(false);
        job.setKey(account);
        QEventLoop loop;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
    }
#endif
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
