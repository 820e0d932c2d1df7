// The window's connection commits on the GUI thread, and none of its commits may copy the
// write-ahead log into the catalogue file (a checkpoint: as long as writing the WAL again, seconds of
// a frozen window on a big catalogue), whoever filled the WAL. Its commits leave that copy to a
// background checkpointer (Database::checkpointInBackground), which also closes the connection.
//
// - A long write (a big import, a first pull from a hub) commits without copying and makes that copy
//   on its own worker connection once it has said "done". The window may save an edit in between, or
//   while the copy runs: the save is made at once, without "another program is writing".
// - Another process, or another connection with settings of its own, leaves a WAL of thousands of
//   pages uncopied; the window's next save does not copy it, the background thread does.
// The catalogue must be whole after each.
//
// Which thread writes into the catalogue file (only a checkpoint does, in WAL mode), and holding the
// worker's checkpoint in the middle of its copy, are seen through a VFS that wraps SQLite's default
// one and is the default for every connection this test opens.

#include "TestSupport.h"
#include "sync/PgServer.h"
#include "sync/TestHub.h"

#include "catalogue/BackgroundCheckpointer.h"
#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "catalogue/SampleCatalogue.h"
#include "catalogue/SqlStatement.h"
#include "exchange/ImportJob.h"
#include "search/SearchEngine.h"
#include "search/SearchIndex.h"
#include "search/SearchQuery.h"
#include "sync/HubAddress.h"
#include "sync/HubClient.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QtTest>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace dalil;
using namespace dalil::test;

namespace {

// Counts the writes into main database files by thread, and can hold the first such write of a
// thread other than the window's until released.
struct WriteWatch
{
    std::thread::id window;
    std::atomic<int> windowWrites{0};
    std::atomic<int> otherWrites{0};

    std::mutex mutex;
    std::condition_variable changed;
    bool armed = false;   // hold the next write of another thread
    bool holding = false; // a write is held
    bool released = false;

    void arm()
    {
        std::lock_guard<std::mutex> lock(mutex);
        armed = true;
        holding = false;
        released = false;
    }
    bool waitUntilHolding(std::chrono::seconds limit)
    {
        std::unique_lock<std::mutex> lock(mutex);
        return changed.wait_for(lock, limit, [this] { return holding; });
    }
    void release()
    {
        std::lock_guard<std::mutex> lock(mutex);
        armed = false;
        holding = false;
        released = true;
        changed.notify_all();
    }
    void written()
    {
        if (std::this_thread::get_id() == window) {
            ++windowWrites;
            return;
        }
        ++otherWrites;
        std::unique_lock<std::mutex> lock(mutex);
        if (!armed) {
            return;
        }
        armed = false;
        holding = true;
        changed.notify_all();
        // A test that fails never leaves the worker held for good.
        changed.wait_for(lock, std::chrono::seconds(30), [this] { return released; });
    }
};

WriteWatch s_watch;
sqlite3_vfs* s_real = nullptr;
sqlite3_vfs s_vfs;

struct WatchedFile
{
    sqlite3_file base;
    sqlite3_file* real; // SQLite's own file, right after this struct
    bool mainDb;
};

sqlite3_file* realOf(sqlite3_file* file)
{
    return reinterpret_cast<WatchedFile*>(file)->real;
}

int watchedClose(sqlite3_file* f)
{
    return realOf(f)->pMethods->xClose(realOf(f));
}
int watchedRead(sqlite3_file* f, void* out, int amount, sqlite3_int64 offset)
{
    return realOf(f)->pMethods->xRead(realOf(f), out, amount, offset);
}
int watchedWrite(sqlite3_file* f, const void* data, int amount, sqlite3_int64 offset)
{
    if (reinterpret_cast<WatchedFile*>(f)->mainDb) {
        s_watch.written();
    }
    return realOf(f)->pMethods->xWrite(realOf(f), data, amount, offset);
}
int watchedTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int watchedSync(sqlite3_file* f, int flags)
{
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int watchedFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int watchedLock(sqlite3_file* f, int level)
{
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int watchedUnlock(sqlite3_file* f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int watchedCheckReservedLock(sqlite3_file* f, int* out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int watchedFileControl(sqlite3_file* f, int op, void* arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int watchedSectorSize(sqlite3_file* f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int watchedDeviceCharacteristics(sqlite3_file* f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int watchedShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}
int watchedShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void watchedShmBarrier(sqlite3_file* f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int watchedShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int watchedFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}
int watchedUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, page);
}

const sqlite3_io_methods s_methods = {3,
                                      watchedClose,
                                      watchedRead,
                                      watchedWrite,
                                      watchedTruncate,
                                      watchedSync,
                                      watchedFileSize,
                                      watchedLock,
                                      watchedUnlock,
                                      watchedCheckReservedLock,
                                      watchedFileControl,
                                      watchedSectorSize,
                                      watchedDeviceCharacteristics,
                                      watchedShmMap,
                                      watchedShmLock,
                                      watchedShmBarrier,
                                      watchedShmUnmap,
                                      watchedFetch,
                                      watchedUnfetch};

int watchedOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags)
{
    auto* file = reinterpret_cast<WatchedFile*>(f);
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    file->mainDb = (flags & SQLITE_OPEN_MAIN_DB) != 0;
    const int rc = s_real->xOpen(s_real, name, file->real, flags, outFlags);
    // SQLite closes the file only when it has methods; the real file has none after a failure.
    file->base.pMethods = rc == SQLITE_OK && file->real->pMethods ? &s_methods : nullptr;
    return rc;
}
int watchedDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return s_real->xDelete(s_real, name, syncDir);
}
int watchedAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return s_real->xAccess(s_real, name, flags, out);
}
int watchedFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return s_real->xFullPathname(s_real, name, size, out);
}
void* watchedDlOpen(sqlite3_vfs*, const char* name)
{
    return s_real->xDlOpen(s_real, name);
}
void watchedDlError(sqlite3_vfs*, int size, char* out)
{
    s_real->xDlError(s_real, size, out);
}
void (*watchedDlSym(sqlite3_vfs*, void* library, const char* symbol))(void)
{
    return s_real->xDlSym(s_real, library, symbol);
}
void watchedDlClose(sqlite3_vfs*, void* library)
{
    s_real->xDlClose(s_real, library);
}
int watchedRandomness(sqlite3_vfs*, int size, char* out)
{
    return s_real->xRandomness(s_real, size, out);
}
int watchedSleep(sqlite3_vfs*, int microseconds)
{
    return s_real->xSleep(s_real, microseconds);
}
int watchedCurrentTime(sqlite3_vfs*, double* out)
{
    return s_real->xCurrentTime(s_real, out);
}
int watchedGetLastError(sqlite3_vfs*, int size, char* out)
{
    return s_real->xGetLastError(s_real, size, out);
}
int watchedCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return s_real->xCurrentTimeInt64(s_real, out);
}

void installWatchedVfs()
{
    s_real = sqlite3_vfs_find(nullptr);
    s_vfs = sqlite3_vfs{};
    s_vfs.iVersion = 2;
    s_vfs.szOsFile = int(sizeof(WatchedFile)) + s_real->szOsFile;
    s_vfs.mxPathname = s_real->mxPathname;
    s_vfs.zName = "dalil-watched";
    s_vfs.xOpen = watchedOpen;
    s_vfs.xDelete = watchedDelete;
    s_vfs.xAccess = watchedAccess;
    s_vfs.xFullPathname = watchedFullPathname;
    s_vfs.xDlOpen = watchedDlOpen;
    s_vfs.xDlError = watchedDlError;
    s_vfs.xDlSym = watchedDlSym;
    s_vfs.xDlClose = watchedDlClose;
    s_vfs.xRandomness = watchedRandomness;
    s_vfs.xSleep = watchedSleep;
    s_vfs.xCurrentTime = watchedCurrentTime;
    s_vfs.xGetLastError = watchedGetLastError;
    s_vfs.xCurrentTimeInt64 = watchedCurrentTimeInt64;
    sqlite3_vfs_register(&s_vfs, 1);
}

constexpr int kRows = 5000;    // organisations imported: a WAL of several times 1000 pages
constexpr int kHubRows = 5000; // organisations on the hub of a first pull, each with an office

// Another writer with settings of its own: a big import on its own connection, with SQLite's
// automatic checkpoint off and no checkpoint of its own (a program that leaves the copy to others, a
// `dalil-cli import` stopped between "done" and its checkpoint). It closes while the window's
// connection is open, so its close does not copy the WAL either. 0 when it wrote the import.
int leaveWal(const QString& path, const QString& csv)
{
    Catalogue::OpenResult own =
        Catalogue::open(path, Database::Mode::OpenExisting, Database::Threading::OneThread);
    if (!own.catalogue) {
        return 2;
    }
    own.catalogue->database().execute("PRAGMA wal_autocheckpoint = 0");
    ImportJob job(csv, {});
    const ImportReport report = job.run(*own.catalogue);
    return report.written && report.organisationsCreated == kRows ? 0 : 3;
}

qint64 fileSize(const QString& path)
{
    return QFileInfo(path).size();
}

} // namespace

class TestCheckpointSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void saveDuringTheWorkersCheckpoint_data();
    void saveDuringTheWorkersCheckpoint();
    void saveAfterAnotherWriterLeftItsWal_data();
    void saveAfterAnotherWriterLeftItsWal();

private:
    // The window's catalogue, as the GUI opens it (one connection shared by its threads) and as its
    // window sets it up.
    std::unique_ptr<Catalogue> openWindowCatalogue(const QString& path);
    // The save of an edited name, as the window's form makes it: one short try. An error message,
    // or empty.
    QString saveName(Catalogue& window, const QString& id, const QString& name, qint64* ms);
    // The edit kept, every organisation there, the indexes and the search index agree with the rows.
    void checkWhole(std::unique_ptr<Catalogue> window, const QString& path, const QString& id,
                    const QString& name, qint64 organisations);
    // A hub database of kHubRows organisations with an office each; its URL for an editor of them.
    QString fillHub(const QString& database);

    QTemporaryDir m_dir;
    QString m_csv;
    PgServer m_pg;
    QString m_pgError; // why there is no hub, once tried
    bool m_pgStarted = false;
};

void TestCheckpointSave::initTestCase()
{
    QVERIFY(m_dir.isValid());
    installWatchedVfs();
    s_watch.window = std::this_thread::get_id();
    // Enough organisations for the import's bulk path (its own checkpoint, after "done") and a WAL
    // of several times SQLite's automatic checkpoint (1000 pages).
    QByteArray csv = "Organisation,Name (Arabic),Country,City,Latitude,Longitude,Email\n";
    for (int i = 0; i < kRows; ++i) {
        csv +=
            QStringLiteral("Nour Association %1,جمعية النور رقم %1,Jordan,عمّان,31.9%2,35.9,n%1@example.org\n")
                .arg(i)
                .arg(i % 10)
                .toUtf8();
    }
    m_csv = m_dir.filePath(QStringLiteral("big.csv"));
    QFile file(m_csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
}

void TestCheckpointSave::cleanupTestCase()
{
    m_pg.stop();
    sqlite3_vfs_unregister(&s_vfs);
}

std::unique_ptr<Catalogue> TestCheckpointSave::openWindowCatalogue(const QString& path)
{
    Catalogue::OpenResult opened = Catalogue::open(path, Database::Mode::CreateIfMissing);
    if (!opened.catalogue) {
        qWarning("%s", qPrintable(opened.error));
        return nullptr;
    }
    SampleCatalogue::loadVocabularies(*opened.catalogue);
    opened.catalogue->database().checkpointInBackground(); // as MainWindow does
    return std::move(opened.catalogue);
}

QString TestCheckpointSave::saveName(Catalogue& window, const QString& id, const QString& name, qint64* ms)
{
    QJsonObject edited = *window.organisations().find(id);
    edited.insert(QStringLiteral("name_ar"), name);
    QString error;
    Database& db = window.database();
    db.setBusyTimeout(150);
    QElapsedTimer clock;
    clock.start();
    try {
        if (window.organisations().save(edited) != id) {
            error = QStringLiteral("saved under another id");
        }
    } catch (const DbError& e) {
        error = e.message();
    }
    *ms = clock.elapsed();
    db.setBusyTimeout(Database::kDefaultBusyTimeoutMs);
    return error;
}

void TestCheckpointSave::checkWhole(std::unique_ptr<Catalogue> window, const QString& path, const QString& id,
                                    const QString& name, qint64 organisations)
{
    QCOMPARE(window->organisations().find(id)->value(QLatin1String("name_ar")).toString(), name);
    QCOMPARE(window->organisations().count(), organisations);
    Database& db = window->database();
    QVERIFY(!SearchIndex(db).isStale());
    SearchQuery query;
    query.text = name;
    const SearchResults found = SearchEngine(db).search(query);
    QVERIFY(!found.hits.isEmpty());
    QCOMPARE(found.hits.first().id, id);
    const int windowWrites = s_watch.windowWrites;
    window.reset();
    // Its close (the file's last connection copies what is left of the WAL) ran on the checkpointer's
    // thread.
    QCOMPARE(s_watch.windowWrites.load(), windowWrites);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    sqlite3* check = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &check, SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    auto closing = qScopeGuard([check] { sqlite3_close_v2(check); });
    SqlStatement integrity(check, "PRAGMA integrity_check");
    QVERIFY(integrity.step());
    QCOMPARE(integrity.text(0), QStringLiteral("ok"));
    SqlStatement keys(check, "SELECT count(*) FROM pragma_foreign_key_check");
    QVERIFY(keys.step());
    QCOMPARE(keys.int64(0), qint64(0));
    SqlStatement saved(check, "SELECT name_ar FROM organisation WHERE id = ?");
    saved.bind(1, id);
    QVERIFY(saved.step());
    QCOMPARE(saved.text(0), name);
    SqlStatement count(check, "SELECT count(*) FROM organisation WHERE deleted = 0");
    QVERIFY(count.step());
    QCOMPARE(count.int64(0), organisations);
}

QString TestCheckpointSave::fillHub(const QString& database)
{
    if (!m_pgStarted) {
        m_pgStarted = true;
        m_pgError = m_pg.start();
    }
    if (!m_pgError.isEmpty()) {
        return m_pgError;
    }
    if (QString error = createTestHub(m_pg, database); !error.isEmpty()) {
        return error;
    }
    const QStringList fill = {
        QStringLiteral("INSERT INTO dalil.organisation (id, rev, updated_at, name_ar, name_en, sectors, "
                       "workspace, seq, written_by, written_at) SELECT 'org-' || g, '1764000000000-' || "
                       "lpad(g::text, 6, '0') || '-hubgen', '2025-11-24T10:00:00.000Z', 'جمعيّة الأمل "
                       "للتنمية رقم ' || g, 'Hope Society ' || g, '[\"health\"]', 'ws1', 0, '', now() "
                       "FROM generate_series(1, %1) g")
            .arg(kHubRows),
        QStringLiteral("INSERT INTO dalil.location (id, rev, updated_at, organisation_id, city, lat, lon, "
                       "seq, written_by, written_at) SELECT 'loc-' || g, '1764000000001-' || lpad(g::text, "
                       "6, '0') || '-hubgen', '2025-11-24T10:00:00.000Z', 'org-' || g, 'صيدا', 33.5 + g "
                       "% 100 / 1000.0, 35.3 + g % 97 / 1000.0, 0, '', now() FROM generate_series(1, %1) g")
            .arg(kHubRows)};
    for (const QString& sql : fill) {
        if (QString error = m_pg.admin(database, sql); !error.isEmpty()) {
            return error;
        }
    }
    return {};
}

void TestCheckpointSave::saveDuringTheWorkersCheckpoint_data()
{
    QTest::addColumn<bool>("pull");
    QTest::addColumn<bool>("copying");
    // The save as the worker's checkpoint copies the WAL (its checkpoint lock held).
    QTest::newRow("import, while the worker copies") << false << true;
    // The save after "done", before the worker's checkpoint has begun (a save that waited for a
    // first pull is made at once when the pull releases the catalogue).
    QTest::newRow("import, between done and the copy") << false << false;
    // The same with a first pull from a hub (SyncEngine, on its own connection as BackgroundSync).
    QTest::newRow("first pull, while the worker copies") << true << true;
    QTest::newRow("first pull, between done and the copy") << true << false;
}

void TestCheckpointSave::saveDuringTheWorkersCheckpoint()
{
    QFETCH(bool, pull);
    QFETCH(bool, copying);
    const QString name =
        QStringLiteral("%1-%2").arg(pull ? "pull" : "import", copying ? "copying" : "between");
    const QString path = m_dir.filePath(name + QStringLiteral(".dalil"));
    QString hubUrl;
    if (pull) {
        const QString hub = copying ? QStringLiteral("copying") : QStringLiteral("between");
        const QString error = fillHub(hub);
        if (!m_pgError.isEmpty() && (m_pgError.contains(QLatin1String("not found")) ||
                                     m_pgError.contains(QLatin1String("missing")))) {
            QSKIP(qPrintable(m_pgError));
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        hubUrl = m_pg.url(QStringLiteral("bob"), QStringLiteral("bob-pw"), hub);
    }
    std::unique_ptr<Catalogue> window = openWindowCatalogue(path);
    QVERIFY(window);
    // A first pull goes in one transaction into a catalogue holding nothing of its own; an import
    // into one with the record the user edits.
    QString id = QStringLiteral("org-1");
    if (!pull) {
        id = window->organisations().save({{QStringLiteral("name_ar"), QStringLiteral("جمعية الأمل")},
                                           {QStringLiteral("country"), QStringLiteral("JO")}});
        QVERIFY(!id.isEmpty());
    }
    const qint64 fileBefore = fileSize(path);

    // The worker: a big import or a first pull on its own connection, "done", then the checkpoint
    // it owes.
    std::mutex mutex;
    std::condition_variable changed;
    bool done = false;
    bool saved = false;
    bool written = false;
    QString workerError;
    const int windowWritesBefore = s_watch.windowWrites;
    const int otherWritesBefore = s_watch.otherWrites;
    const auto reachedDone = [&] {
        {
            std::unique_lock<std::mutex> lock(mutex);
            done = true;
            changed.notify_all();
            if (!copying) {
                changed.wait_for(lock, std::chrono::seconds(60), [&] { return saved; });
            }
        }
        if (copying) {
            s_watch.arm();
        }
    };
    std::thread worker([&] {
        Catalogue::OpenResult own =
            Catalogue::open(path, Database::Mode::OpenExisting, Database::Threading::OneThread);
        if (!own.catalogue) {
            workerError = own.error;
        } else if (pull) {
            HubAddress address;
            HubAddress::parse(hubUrl, &address);
            HubClient hub(address);
            SyncEngine engine(*own.catalogue, hub);
            engine.setProgress([&](SyncEngine::Phase phase, qint64, qint64) {
                if (phase == SyncEngine::Phase::Done) {
                    written = true;
                    reachedDone();
                }
            });
            SyncEngine::Report report;
            workerError = engine.sync(&report);
            if (workerError.isEmpty() && report.pulled < 2 * kHubRows) {
                workerError = QStringLiteral("pulled %1 rows").arg(report.pulled);
            }
        } else {
            ImportJob job(m_csv, {});
            const ImportReport report = job.run(*own.catalogue);
            written = report.written && report.organisationsCreated == kRows;
            if (!written) {
                workerError = report.fatal + report.issues.value(0).toString();
            }
            reachedDone();
            job.checkpoint(*own.catalogue);
        }
        std::lock_guard<std::mutex> lock(mutex);
        done = true;
        changed.notify_all();
    });
    auto joining = qScopeGuard([&] {
        {
            std::lock_guard<std::mutex> lock(mutex);
            saved = true;
            changed.notify_all();
        }
        s_watch.release();
        worker.join();
    });
    {
        std::unique_lock<std::mutex> lock(mutex);
        QVERIFY(changed.wait_for(lock, std::chrono::seconds(300), [&] { return done; }));
    }
    QVERIFY2(written, qPrintable(workerError));
    if (!copying) {
        // Nothing of the long write was copied into the file yet.
        QCOMPARE(s_watch.otherWrites.load(), otherWritesBefore);
    } else {
        QVERIFY2(s_watch.waitUntilHolding(std::chrono::seconds(60)), "the worker's checkpoint never began");
    }

    const QString edited = QStringLiteral("جمعية الأمل الجديدة");
    qint64 savingMs = 0;
    const QString error = saveName(*window, id, edited, &savingMs);
    {
        std::lock_guard<std::mutex> lock(mutex);
        saved = true;
        changed.notify_all();
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Not a single page copied from the WAL into the file on the window's thread.
    QCOMPARE(s_watch.windowWrites.load(), windowWritesBefore);
    // At once: a save that waited for the held checkpoint would have taken its 30 s.
    QVERIFY2(savingMs < 2000, qPrintable(QStringLiteral("%1 ms").arg(savingMs)));

    joining.dismiss();
    s_watch.release();
    worker.join();
    QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
    // The worker or the window's background checkpointer made the copy (the latter perhaps still
    // making it when the worker ends: it found the copy begun and left it).
    QTRY_VERIFY_WITH_TIMEOUT(fileSize(path) > fileBefore + 1024 * 1024, 60000);
    QVERIFY(s_watch.otherWrites > otherWritesBefore);
    QCOMPARE(s_watch.windowWrites.load(), windowWritesBefore);

    checkWhole(std::move(window), path, id, edited, pull ? kHubRows : kRows + 1);
}

void TestCheckpointSave::saveAfterAnotherWriterLeftItsWal_data()
{
    QTest::addColumn<bool>("otherProcess");
    QTest::addColumn<bool>("readerHolds");
    QTest::newRow("another process") << true << false;
    QTest::newRow("another connection of this process") << false << false;
    // A reader's snapshot from before the import holds the copy back (a passive checkpoint copies
    // no frame a reader may still need); the checkpointer copies it once the reader has ended,
    // without another commit asking.
    QTest::newRow("another process, a reader holding its snapshot") << true << true;
}

void TestCheckpointSave::saveAfterAnotherWriterLeftItsWal()
{
    QFETCH(bool, otherProcess);
    QFETCH(bool, readerHolds);
    const QString path = m_dir.filePath(QStringLiteral("left-%1-%2.dalil")
                                            .arg(otherProcess ? "process" : "connection")
                                            .arg(readerHolds ? "reader" : "alone"));
    std::unique_ptr<Catalogue> window = openWindowCatalogue(path);
    QVERIFY(window);
    const QString id =
        window->organisations().save({{QStringLiteral("name_ar"), QStringLiteral("جمعية الأمل")},
                                      {QStringLiteral("country"), QStringLiteral("JO")}});
    QVERIFY(!id.isEmpty());
    const qint64 fileBefore = fileSize(path);
    sqlite3* reader = nullptr;
    auto closingReader = qScopeGuard([&reader] { sqlite3_close_v2(reader); });
    if (readerHolds) {
        QCOMPARE(
            sqlite3_open_v2(QFile::encodeName(path).constData(), &reader, SQLITE_OPEN_READWRITE, nullptr),
            SQLITE_OK);
        QCOMPARE(sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM organisation", nullptr, nullptr, nullptr),
                 SQLITE_OK);
    }

    // The window's process opens and closes other connections all the time (its search engine, the
    // map's reads, the sync counts). None of that may drop the window connection's lock on the file:
    // the other process would then believe itself the file's last connection and copy and delete the
    // WAL as it closes, under the window's open connection.
    QVERIFY(Catalogue::open(path).catalogue);

    if (otherProcess) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedChannels);
        writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--leave-wal"), path, m_csv});
        QVERIFY(writer.waitForFinished(300000));
        QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(writer.exitCode(), 0);
    } else {
        int code = -1;
        std::thread writer([&] { code = leaveWal(path, m_csv); });
        writer.join();
        QCOMPARE(code, 0);
    }
    // Nothing copied into the file: the import is all in the WAL, far past 1000 pages.
    QCOMPARE(fileSize(path), fileBefore);
    {
        SqlStatement pageSize(window->database().handle(), "PRAGMA page_size");
        QVERIFY(pageSize.step());
        QVERIFY(fileSize(path + QStringLiteral("-wal")) > 2000 * pageSize.int64(0));
    }

    const int windowWritesBefore = s_watch.windowWrites;
    const int otherWritesBefore = s_watch.otherWrites;
    const QString edited = QStringLiteral("جمعية الأمل الجديدة");
    qint64 savingMs = 0;
    const QString error = saveName(*window, id, edited, &savingMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The save did not copy the WAL on the window's thread (SQLite's automatic checkpoint would
    // have, seconds on a big catalogue)...
    QCOMPARE(s_watch.windowWrites.load(), windowWritesBefore);
    QVERIFY2(savingMs < 2000, qPrintable(QStringLiteral("%1 ms").arg(savingMs)));
    const BackgroundCheckpointer* checkpointer = window->database().backgroundCheckpointer();
    if (readerHolds) {
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer->checkpoints() > 0, 60000);
        QTest::qWait(300); // a try again or two
        QVERIFY(fileSize(path) < fileBefore + 1024 * 1024);
        const int tries = checkpointer->checkpoints();
        QCOMPARE(sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
        QTRY_VERIFY_WITH_TIMEOUT(fileSize(path) > fileBefore + 1024 * 1024, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer->checkpoints() > tries, 60000);
        sqlite3_close_v2(reader);
        reader = nullptr;
    }
    // ...the background checkpointer did, while the window's connection stays open.
    QTRY_VERIFY_WITH_TIMEOUT(checkpointer->checkpoints() > 0, 60000);
    QVERIFY(fileSize(path) > fileBefore + 1024 * 1024);
    QVERIFY(s_watch.otherWrites > otherWritesBefore);
    QCOMPARE(s_watch.windowWrites.load(), windowWritesBefore);

    checkWhole(std::move(window), path, id, edited, kRows + 1);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--leave-wal") == 0) {
        // The other process of saveAfterAnotherWriterLeftItsWal.
        return leaveWal(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    TestCheckpointSave test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_checkpointsave.moc"
