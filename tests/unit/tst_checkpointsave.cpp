// A long write (a big import, a first pull) commits without copying its pages from the WAL into the
// catalogue file and makes that copy (a checkpoint) on its own worker connection once it has said
// "done". The window may save an edit on its own connection in between, or while the copy runs. That
// save must be made at once, without copying the WAL on the window's thread (a freeze of seconds for
// a big catalogue) and without "another program is writing", and the catalogue must be whole after.
//
// Which thread writes into the catalogue file (only a checkpoint does, in WAL mode), and holding the
// worker's checkpoint in the middle of its copy, are seen through a VFS that wraps SQLite's default
// one and is the default for every connection this test opens.

#include "TestSupport.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"
#include "exchange/ImportJob.h"
#include "search/SearchEngine.h"
#include "search/SearchIndex.h"
#include "search/SearchQuery.h"

#include <QElapsedTimer>
#include <QFileInfo>
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

} // namespace

class TestCheckpointSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void saveDuringTheWorkersCheckpoint_data();
    void saveDuringTheWorkersCheckpoint();

private:
    QTemporaryDir m_dir;
    QString m_csv;
    static constexpr int kRows = 5000;
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
    sqlite3_vfs_unregister(&s_vfs);
}

void TestCheckpointSave::saveDuringTheWorkersCheckpoint_data()
{
    QTest::addColumn<bool>("copying");
    // The save as the worker's checkpoint copies the WAL (its checkpoint lock held).
    QTest::newRow("while the worker copies") << true;
    // The save after "done", before the worker's checkpoint has begun (a save that waited for a
    // first pull is made at once when the pull releases the catalogue).
    QTest::newRow("between done and the copy") << false;
}

void TestCheckpointSave::saveDuringTheWorkersCheckpoint()
{
    QFETCH(bool, copying);
    const QString path = m_dir.filePath(QStringLiteral("%1.dalil").arg(copying ? "copying" : "between"));
    // The window's catalogue, as the GUI opens it (one connection shared by its threads), with the
    // record the user edits.
    Catalogue::OpenResult opened = Catalogue::open(path, Database::Mode::CreateIfMissing);
    QVERIFY2(opened.catalogue, qPrintable(opened.error));
    std::unique_ptr<Catalogue> window = std::move(opened.catalogue);
    const QString id =
        window->organisations().save({{QStringLiteral("name_ar"), QStringLiteral("جمعية الأمل")},
                                      {QStringLiteral("country"), QStringLiteral("JO")}});
    QVERIFY(!id.isEmpty());
    const qint64 fileBefore = QFileInfo(path).size();

    // The worker: a big import on its own connection, "done", then the checkpoint it owes.
    std::mutex mutex;
    std::condition_variable changed;
    bool done = false;
    bool saved = false;
    ImportReport report;
    QString workerError;
    const int windowWritesBefore = s_watch.windowWrites;
    const int otherWritesBefore = s_watch.otherWrites;
    std::thread worker([&] {
        Catalogue::OpenResult own =
            Catalogue::open(path, Database::Mode::OpenExisting, Database::Threading::OneThread);
        if (own.catalogue) {
            ImportJob job(m_csv, {});
            report = job.run(*own.catalogue);
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
            job.checkpoint(*own.catalogue);
        } else {
            workerError = own.error;
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
    QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
    QVERIFY2(report.written, qPrintable(report.fatal + report.issues.value(0).toString()));
    QCOMPARE(report.organisationsCreated, kRows);
    if (!copying) {
        // Nothing of the import was copied into the file yet.
        QCOMPARE(s_watch.otherWrites.load(), otherWritesBefore);
    } else {
        QVERIFY2(s_watch.waitUntilHolding(std::chrono::seconds(60)), "the worker's checkpoint never began");
    }

    // The save, as the window's form makes it: one short try.
    QJsonObject edited = *window->organisations().find(id);
    edited.insert(QStringLiteral("name_ar"), QStringLiteral("جمعية الأمل الجديدة"));
    QString error;
    QString savedId;
    Database& db = window->database();
    db.setBusyTimeout(150);
    QElapsedTimer clock;
    clock.start();
    try {
        savedId = window->organisations().save(edited);
    } catch (const DbError& e) {
        error = e.message();
    }
    const qint64 savingMs = clock.elapsed();
    db.setBusyTimeout(Database::kDefaultBusyTimeoutMs);
    {
        std::lock_guard<std::mutex> lock(mutex);
        saved = true;
        changed.notify_all();
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(savedId, id);
    // Not a single page copied from the WAL into the file on the window's thread.
    QCOMPARE(s_watch.windowWrites.load(), windowWritesBefore);
    // At once: a save that waited for the held checkpoint would have taken its 30 s.
    QVERIFY2(savingMs < 2000, qPrintable(QStringLiteral("%1 ms").arg(savingMs)));

    joining.dismiss();
    s_watch.release();
    worker.join();
    // The worker made the copy.
    QVERIFY(s_watch.otherWrites > otherWritesBefore);
    QVERIFY(QFileInfo(path).size() > fileBefore + 1024 * 1024);

    // Whole afterwards: the edit kept, every organisation there, the indexes and the search index
    // agree with the rows.
    QCOMPARE(window->organisations().find(id)->value(QLatin1String("name_ar")).toString(),
             QStringLiteral("جمعية الأمل الجديدة"));
    QCOMPARE(window->organisations().count(), qint64(kRows + 1));
    QVERIFY(!SearchIndex(db).isStale());
    SearchQuery query;
    query.text = QStringLiteral("جمعية الأمل الجديدة");
    const SearchResults found = SearchEngine(db).search(query);
    QVERIFY(!found.hits.isEmpty());
    QCOMPARE(found.hits.first().id, id);
    window.reset();

    sqlite3* check = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &check, SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    auto closing = qScopeGuard([check] { sqlite3_close_v2(check); });
    {
        SqlStatement integrity(check, "PRAGMA integrity_check");
        QVERIFY(integrity.step());
        QCOMPARE(integrity.text(0), QStringLiteral("ok"));
        SqlStatement keys(check, "SELECT count(*) FROM pragma_foreign_key_check");
        QVERIFY(keys.step());
        QCOMPARE(keys.int64(0), qint64(0));
        SqlStatement name(check, "SELECT name_ar FROM organisation WHERE id = ?");
        name.bind(1, id);
        QVERIFY(name.step());
        QCOMPARE(name.text(0), QStringLiteral("جمعية الأمل الجديدة"));
        SqlStatement count(check, "SELECT count(*) FROM organisation WHERE deleted = 0");
        QVERIFY(count.step());
        QCOMPARE(count.int64(0), qint64(kRows + 1));
    }
}

QTEST_GUILESS_MAIN(TestCheckpointSave)
#include "tst_checkpointsave.moc"
