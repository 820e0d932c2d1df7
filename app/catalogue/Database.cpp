#include "catalogue/Database.h"

#include "catalogue/BackgroundCheckpointer.h"
#include "catalogue/DbError.h"
#include "catalogue/Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

namespace dalil {

namespace {

// SQLite's global settings, made before main() and so before SQLite initialises (sqlite3_config is
// refused afterwards, and is not to be called while another thread uses SQLite). Without its memory
// statistics, which nothing in Dalil reads, SQLite takes no global mutex for each allocation and
// free: a bulk import or first pull makes millions of them, from several connections at once.
const bool sqliteConfigured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();

// Reads the first bytes through the connection's own file handle, before SQLite has read or written
// anything of the file as a database. Not through a file of its own: closing any descriptor of the
// catalogue drops every POSIX lock this process holds on it (the window's connection's included), and
// another process's connection, believing itself the last one, then copies the WAL and deletes it and
// the wal-index under the open connections.
QString checkHeader(sqlite3* db, const QString& path)
{
    sqlite3_file* file = nullptr;
    sqlite3_int64 size = 0;
    char header[16] = {};
    int rc = sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file);
    if (rc == SQLITE_OK && (!file || !file->pMethods)) {
        rc = SQLITE_CANTOPEN;
    }
    if (rc == SQLITE_OK) {
        rc = file->pMethods->xFileSize(file, &size);
    }
    if (rc == SQLITE_OK && size == 0) {
        return {}; // an empty file is a new catalogue
    }
    if (rc == SQLITE_OK) {
        rc = file->pMethods->xRead(file, header, int(sizeof header), 0);
    }
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ) {
        return QCoreApplication::translate("dalil::Database", "%1: cannot be read (%2)")
            .arg(path, QString::fromUtf8(sqlite3_errstr(rc)));
    }
    if (QByteArray(header, int(sizeof header)) != QByteArray("SQLite format 3\0", 16)) {
        return QCoreApplication::translate("dalil::Database",
                                           "%1: not a Dalil catalogue (the file is not an SQLite database)")
            .arg(path);
    }
    return {};
}

QString describe(sqlite3* db, int rc)
{
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        return Database::busyMessage();
    }
    if (rc == SQLITE_NOTADB) {
        return QCoreApplication::translate("dalil::Database",
                                           "not a Dalil catalogue (the file is not an SQLite database)");
    }
    if (rc == SQLITE_READONLY) {
        return QCoreApplication::translate("dalil::Database", "the catalogue is read-only");
    }
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
}

std::atomic<int> s_defaultCacheKib{65536};

int stopWhenFlagged(void* flag)
{
    return static_cast<const std::atomic<bool>*>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

} // namespace

Database::Database(QString path, sqlite3* db)
    : m_path(std::move(path))
    , m_db(db)
{
}

Database::~Database()
{
    m_statements.clear();
    if (m_checkpointer) {
        sqlite3_wal_hook(m_db, nullptr, nullptr);
        m_checkpointer->close(m_db);
        m_checkpointer.reset();
    } else if (m_db) {
        sqlite3_close_v2(m_db);
    }
}

Database::OpenResult Database::open(const QString& path, Mode mode, Threading threading)
{
    OpenResult result;
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists() || !dir.isDir()) {
        result.error = QCoreApplication::translate("dalil::Database", "%1: the folder %2 does not exist")
                           .arg(path, info.absolutePath());
        return result;
    }
    if (info.exists()) {
        if (info.isDir()) {
            result.error =
                QCoreApplication::translate("dalil::Database", "%1: is a folder, not a catalogue file")
                    .arg(path);
            return result;
        }
        // The file mode counts even for root: a catalogue marked read-only is not to be changed.
        const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (!info.isWritable() || !(info.permissions() & writeBits)) {
            result.error = QCoreApplication::translate(
                               "dalil::Database", "%1: the file is read-only; Dalil needs to write to it")
                               .arg(path);
            return result;
        }
    } else if (mode == Mode::OpenExisting) {
        result.error =
            QCoreApplication::translate("dalil::Database",
                                        "%1: no catalogue here (create one with `dalil-cli --db %1 init`)")
                .arg(path);
        return result;
    } else if (!dir.isWritable()) {
        result.error = QCoreApplication::translate("dalil::Database",
                                                   "%1: cannot create the catalogue, the folder is read-only")
                           .arg(path);
        return result;
    }

    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (mode == Mode::CreateIfMissing ? SQLITE_OPEN_CREATE : 0) |
                      (threading == Threading::OneThread ? SQLITE_OPEN_NOMUTEX : SQLITE_OPEN_FULLMUTEX);
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(path, raw));
    if (rc != SQLITE_OK) {
        result.error = QStringLiteral("%1: %2").arg(path, describe(raw, rc));
        return result;
    }
    if (info.exists()) {
        if (QString headerError = checkHeader(raw, path); !headerError.isEmpty()) {
            result.error = headerError;
            return result;
        }
    }
    sqlite3_busy_timeout(raw, kDefaultBusyTimeoutMs);
    sqlite3_extended_result_codes(raw, 0);

    try {
        // Reading the version first writes nothing, so a newer catalogue is refused untouched.
        const int version = db->schemaVersion();
        if (version > latestSchemaVersion()) {
            result.error =
                QCoreApplication::translate(
                    "dalil::Database", "%1: written by a newer version of Dalil (catalogue format %2, this "
                                       "version reads up to %3); update Dalil to open it")
                    .arg(path)
                    .arg(version)
                    .arg(latestSchemaVersion());
            return result;
        }
        if (version > 0 && db->meta(QStringLiteral("format")) != QLatin1String("dalil")) {
            result.error =
                QCoreApplication::translate(
                    "dalil::Database", "%1: not a Dalil catalogue (an SQLite database of another program)")
                    .arg(path);
            return result;
        }
        db->execute("PRAGMA journal_mode = WAL");
        db->execute("PRAGMA foreign_keys = ON");
        db->execute("PRAGMA synchronous = NORMAL");
        db->setCacheKib(s_defaultCacheKib.load());
        db->execute("PRAGMA temp_store = MEMORY");
        if (QString error = db->migrate(); !error.isEmpty()) {
            result.error = QStringLiteral("%1: %2").arg(path, error);
            return result;
        }
        db->initialiseNode();
    } catch (const DbError& e) {
        result.error = QStringLiteral("%1: %2").arg(path, e.message());
        return result;
    }
    result.database = std::move(db);
    return result;
}

void Database::setDefaultCacheKib(int kib)
{
    s_defaultCacheKib = std::max(256, kib);
}

void Database::setCacheKib(int kib)
{
    const QByteArray pragma = "PRAGMA cache_size = -" + QByteArray::number(std::max(64, kib));
    execute(pragma.constData());
}

void Database::setCancelFlag(const std::atomic<bool>* flag)
{
    // The progress handler rather than sqlite3_interrupt() from the quitting thread: it is checked
    // by the thread that runs the statement, so it can never race with the connection closing.
    sqlite3_progress_handler(m_db, flag ? 1000 : 0, flag ? stopWhenFlagged : nullptr,
                             const_cast<std::atomic<bool>*>(flag));
}

int Database::schemaVersion()
{
    SqlStatement query(m_db, "PRAGMA user_version");
    query.step();
    return int(query.int64(0));
}

qint64 Database::dataVersion()
{
    SqlStatement query(m_db, "PRAGMA data_version");
    return query.step() ? query.int64(0) : -1;
}

QString Database::busyMessage()
{
    return QCoreApplication::translate(
        "dalil::Database", "another program is writing to the catalogue (an import, a sync or another "
                           "Dalil window); try again once it has finished");
}

void Database::setBusyTimeout(int milliseconds)
{
    m_busyTimeoutMs = milliseconds;
    sqlite3_busy_timeout(m_db, milliseconds);
}

SqlStatement& Database::statement(const char* sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.emplace(sql, std::make_unique<SqlStatement>(m_db, sql)).first;
    }
    it->second->reset();
    return *it->second;
}

void Database::execute(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        QString text = rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? describe(m_db, rc)
                                                                : QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        throw DbError(text, rc);
    }
}

void Database::transaction(const std::function<void()>& work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        try {
            work();
        } catch (...) {
            --m_transactionDepth;
            throw;
        }
        --m_transactionDepth;
        return;
    }
    execute("BEGIN IMMEDIATE");
    m_transactionDepth = 1;
    try {
        work();
        for (const auto& hook : m_commitHooks) {
            hook();
        }
        if (m_clockAdvanced) {
            setMeta(QStringLiteral("hlc_last"), m_clock->last());
            m_clockAdvanced = false;
        }
        execute("COMMIT");
        m_transactionDepth = 0;
    } catch (...) {
        m_transactionDepth = 0;
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void Database::checkpointInBackground()
{
    if (m_checkpointer) {
        return;
    }
    SqlStatement setting(m_db, "PRAGMA wal_autocheckpoint");
    const int pages = setting.step() ? int(setting.int64(0)) : 0;
    if (pages <= 0) {
        return;
    }
    m_checkpointer = std::make_unique<BackgroundCheckpointer>(m_path, pages);
    m_checkpointer->watch(m_db);
}

QString Database::meta(const QString& key) const
{
    // Not cached: may run before the schema exists.
    SqlStatement exists(m_db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'");
    if (!exists.step()) {
        return {};
    }
    SqlStatement query(m_db, "SELECT value FROM meta WHERE key = ?");
    query.bind(1, key);
    return query.step() ? query.text(0) : QString();
}

void Database::setMeta(const QString& key, const QString& value)
{
    statement(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bindAll(key, value)
        .exec();
}

QString Database::nextRevision()
{
    m_clockAdvanced = true;
    return m_clock->next();
}

void Database::observeRevision(const QString& revision)
{
    m_clock->observe(revision);
    m_clockAdvanced = true;
}

QString Database::nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString Database::migrate()
{
    const int current = schemaVersion();
    if (current == latestSchemaVersion()) {
        return {};
    }
    if (current > 0) {
        m_backupPath = writeBackup(current);
        if (m_backupPath.isEmpty()) {
            return QStringLiteral(
                "could not write a backup before upgrading the catalogue; nothing was changed");
        }
    }
    for (const Migration& step : migrations()) {
        if (step.version <= current) {
            continue;
        }
        try {
            execute("BEGIN IMMEDIATE");
            execute(step.sql);
            if (step.version == 1) {
                execute("INSERT INTO meta (key, value) VALUES ('format', 'dalil')");
                SqlStatement created(m_db, "INSERT INTO meta (key, value) VALUES ('created_at', ?), "
                                           "('catalogue_id', ?)");
                created.bindAll(nowText(), QUuid::createUuid().toString(QUuid::WithoutBraces)).exec();
            }
            execute(QStringLiteral("PRAGMA user_version = %1").arg(step.version).toUtf8().constData());
            execute("COMMIT");
        } catch (const DbError& e) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            return QStringLiteral("upgrading the catalogue to format %1 (%2) failed: %3")
                .arg(step.version)
                .arg(QString::fromLatin1(step.description), e.message());
        }
    }
    return {};
}

QString Database::writeBackup(int fromVersion)
{
    const QString target =
        QStringLiteral("%1.v%2-%3.bak")
            .arg(m_path)
            .arg(fromVersion)
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
    sqlite3* out = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(target).constData(), &out,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(out);
        return {};
    }
    sqlite3_backup* backup = sqlite3_backup_init(out, "main", m_db, "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
    }
    sqlite3_close_v2(out);
    if (rc != SQLITE_DONE) {
        QFile::remove(target);
        return {};
    }
    return target;
}

void Database::initialiseNode()
{
    QString node = meta(QStringLiteral("node_id"));
    if (node.isEmpty()) {
        node = Hlc::newNodeId();
        transaction([&] { setMeta(QStringLiteral("node_id"), node); });
    }
    m_clock = std::make_unique<Hlc>(node);
    const QString last = meta(QStringLiteral("hlc_last"));
    if (!last.isEmpty()) {
        m_clock->observe(last);
    }
}

} // namespace dalil
