#pragma once

// A private PostgreSQL server for one test executable: initdb in a temporary folder, run by an
// unprivileged user (nobody, when the tests run as root as CI does), listening on 127.0.0.1 at a
// free port with password authentication. It is stopped when the test ends, and, because it is
// started with a parent-death signal, also when the test process dies.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

namespace dalil::test {

class PgServer
{
public:
    PgServer() = default;
    ~PgServer() { stop(); }
    PgServer(const PgServer&) = delete;
    PgServer& operator=(const PgServer&) = delete;

    static QString binDir()
    {
        for (const char* version : {"15", "16", "17", "14", "13"}) {
            const QString dir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(QLatin1String(version));
            if (QFile::exists(dir + QStringLiteral("/initdb"))) {
                return dir;
            }
        }
        return {};
    }

    // Before start(): the server's environment (LOCPATH for a locale made by the test), settings
    // given to it as -c name=value, and whether template1 gets PostGIS (seconds, so a test server
    // that needs no hub may go without it).
    void setServerEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    void setServerSettings(const QStringList& settings) { m_settings = settings; }
    void setPostgis(bool wanted) { m_wantPostgis = wanted; }

    // Returns an error, or an empty string once the server accepts connections.
    QString start()
    {
        if (binDir().isEmpty()) {
            return QStringLiteral("PostgreSQL server binaries not found (Debian package postgresql-15)");
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            return QStringLiteral("Qt's QPSQL driver is missing (Debian package libqt6sql6-psql)");
        }
        if (!m_dir.isValid()) {
            return QStringLiteral("no temporary folder");
        }
        m_data = m_dir.path() + QStringLiteral("/data");
        const QString pwfile = m_dir.path() + QStringLiteral("/pw");
        QFile pw(pwfile);
        if (!pw.open(QIODevice::WriteOnly)) {
            return QStringLiteral("cannot write %1").arg(pwfile);
        }
        pw.write(m_password.toUtf8() + '\n');
        pw.close();
        if (geteuid() == 0) {
            const passwd* nobody = getpwnam("nobody");
            if (!nobody) {
                return QStringLiteral("no user nobody to run PostgreSQL as");
            }
            m_uid = nobody->pw_uid;
            m_gid = nobody->pw_gid;
            if (::chown(QFile::encodeName(m_dir.path()).constData(), m_uid, m_gid) != 0 ||
                ::chown(QFile::encodeName(pwfile).constData(), m_uid, m_gid) != 0) {
                return QStringLiteral("cannot hand %1 to user nobody").arg(m_dir.path());
            }
        }
        QProcess initdb;
        initdb.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList initArgs = {binDir() + QStringLiteral("/initdb"),
                                      QStringLiteral("-D"),
                                      m_data,
                                      QStringLiteral("-U"),
                                      QStringLiteral("postgres"),
                                      QStringLiteral("--pwfile=%1").arg(pwfile),
                                      QStringLiteral("--auth-local=trust"),
                                      QStringLiteral("--auth-host=scram-sha-256"),
                                      QStringLiteral("-E"),
                                      QStringLiteral("UTF8"),
                                      QStringLiteral("--locale=C.UTF-8"),
                                      QStringLiteral("--no-sync")};
        runAs(initdb, initArgs);
        if (!initdb.waitForFinished(120000) || initdb.exitCode() != 0) {
            return QStringLiteral("initdb failed: %1").arg(QString::fromLocal8Bit(initdb.readAll()));
        }
        if (QString error = launch(); !error.isEmpty()) {
            return error;
        }
        // CREATE EXTENSION postgis takes seconds (it runs a large script); in template1 it runs once
        // and every database created afterwards is a copy that has it. Hub init still runs its
        // PostGIS step on each (IF NOT EXISTS, then the geometry column); a test that needs a
        // database without the extension creates it from template0 (withoutPostgis()).
        QStringList available;
        admin(QStringLiteral("postgres"),
              QStringLiteral("SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'"),
              &available);
        m_postgis =
            m_wantPostgis && available.value(0) == QLatin1String("1") &&
            admin(QStringLiteral("template1"), QStringLiteral("CREATE EXTENSION IF NOT EXISTS postgis"))
                .isEmpty();
        return {};
    }

    // True when PostGIS is installed and every new database (from template1) already has it.
    bool hasPostgis() const { return m_postgis; }
    // CREATE DATABASE options for a database as a bare server would give it, without PostGIS.
    static QString withoutPostgis() { return QStringLiteral(" TEMPLATE template0"); }

    // Immediate stop, as a crash or a pulled cable would: no clean shutdown, recovery on restart.
    void kill()
    {
        if (m_server && m_server->state() != QProcess::NotRunning) {
            ::kill(pid_t(m_server->processId()), SIGQUIT);
            m_server->waitForFinished(30000);
        }
        m_server.reset();
    }

    QString restart()
    {
        kill();
        return launch();
    }

    void stop()
    {
        if (m_server && m_server->state() != QProcess::NotRunning) {
            ::kill(pid_t(m_server->processId()), SIGINT); // fast shutdown
            if (!m_server->waitForFinished(30000)) {
                ::kill(pid_t(m_server->processId()), SIGKILL);
                m_server->waitForFinished(5000);
            }
        }
        m_server.reset();
    }

    int port() const { return m_port; }
    const QString& password() const { return m_password; }
    QString log() const
    {
        QFile file(m_dir.path() + QStringLiteral("/server.log"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(4000)) : QString();
    }

    QString url(const QString& user, const QString& password, const QString& database) const
    {
        return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4?sslmode=disable")
            .arg(user, password)
            .arg(m_port)
            .arg(database);
    }
    QString adminUrl(const QString& database) const
    {
        return url(QStringLiteral("postgres"), m_password, database);
    }

    // Runs SQL as the superuser on `database`; returns an error or an empty string.
    QString admin(const QString& database, const QString& sql, QStringList* firstColumn = nullptr) const
    {
        const QString name = QStringLiteral("pgserver-admin");
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_port);
            db.setDatabaseName(database);
            db.setUserName(QStringLiteral("postgres"));
            db.setPassword(m_password);
            db.setConnectOptions(QStringLiteral("sslmode=disable"));
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (!query.exec(sql)) {
                    error = query.lastError().text();
                } else if (firstColumn) {
                    while (query.next()) {
                        firstColumn->append(query.value(0).toString());
                    }
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }

private:
    void runAs(QProcess& process, QStringList arguments)
    {
        QStringList wrapper = {QStringLiteral("--pdeathsig=INT")};
        if (geteuid() == 0) {
            wrapper << QStringLiteral("--reuid=%1").arg(m_uid) << QStringLiteral("--regid=%1").arg(m_gid)
                    << QStringLiteral("--clear-groups");
        }
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral("setpriv"), wrapper + arguments);
        process.waitForStarted(10000);
    }

    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const int port = probe.serverPort();
        probe.close();
        return port;
    }

    QString launch()
    {
        if (m_port == 0) {
            m_port = freePort();
        }
        m_server = std::make_unique<QProcess>();
        m_server->setProcessEnvironment(m_environment);
        m_server->setStandardOutputFile(m_dir.path() + QStringLiteral("/server.log"), QIODevice::Append);
        m_server->setStandardErrorFile(m_dir.path() + QStringLiteral("/server.log"), QIODevice::Append);
        QStringList arguments = {binDir() + QStringLiteral("/postgres"),
                                 QStringLiteral("-D"),
                                 m_data,
                                 QStringLiteral("-p"),
                                 QString::number(m_port),
                                 QStringLiteral("-c"),
                                 QStringLiteral("listen_addresses=127.0.0.1"),
                                 QStringLiteral("-k"),
                                 m_dir.path(),
                                 QStringLiteral("-c"),
                                 QStringLiteral("fsync=off"),
                                 QStringLiteral("-c"),
                                 QStringLiteral("full_page_writes=off"),
                                 QStringLiteral("-c"),
                                 QStringLiteral("shared_buffers=64MB"),
                                 QStringLiteral("-c"),
                                 QStringLiteral("max_connections=40")};
        for (const QString& setting : m_settings) {
            arguments << QStringLiteral("-c") << setting;
        }
        runAs(*m_server, arguments);
        QElapsedTimer timer;
        timer.start();
        QString error;
        // Generous: a loaded machine can hold a starting server back for long (it runs at the
        // test's priority); a server that fails says so at once (NotRunning above).
        while (timer.elapsed() < 120000) {
            if (m_server->state() == QProcess::NotRunning) {
                return QStringLiteral("PostgreSQL stopped at start: %1").arg(log());
            }
            error = admin(QStringLiteral("postgres"), QStringLiteral("SELECT 1"));
            if (error.isEmpty()) {
                return {};
            }
            QThread::msleep(100);
        }
        return QStringLiteral("PostgreSQL did not start: %1 %2").arg(error, log());
    }

    QTemporaryDir m_dir;
    QString m_data;
    QString m_password = QStringLiteral("hub-admin-secret");
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
    bool m_postgis = false;
    bool m_wantPostgis = true;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QStringList m_settings;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
};

} // namespace dalil::test
