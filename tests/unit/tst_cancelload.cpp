// Quitting while a large catalogue is still loading: the background work (readers on their own
// SQLite connection, the map's cluster index) must stop when asked instead of running to its end,
// which on a million organisations kept the application alive for half a minute after its window
// closed. Checked structurally: the work reports that it was interrupted.
#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"
#include "geo/ClusterIndex.h"
#include "search/ThreadCpu.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <atomic>
#include <ctime>
#include <pthread.h>
#include <thread>

using namespace dalil;

class TestCancelLoad : public QObject
{
    Q_OBJECT
private slots:
    void readerStopsWhenFlagTurns();
    void readerUnwatchedRunsToItsEnd();
    void clusterBuildStopsWhenFlagIsSet();
    void clusterBuildStopsPartWay();
};

namespace {

// A statement that would run for minutes: counts to two billion.
const char* const kEndless =
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) "
    "SELECT count(*) FROM c";

} // namespace

void TestCancelLoad::readerStopsWhenFlagTurns()
{
    QTemporaryDir dir;
    auto opened = Catalogue::open(dir.filePath(QStringLiteral("c.dalil")), Database::Mode::CreateIfMissing);
    QVERIFY2(opened.catalogue, qPrintable(opened.error));
    Database& db = opened.catalogue->database();
    std::atomic<bool> cancel{false};
    db.setCancelFlag(&cancel);
    std::thread quitter([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        cancel = true; // the window closes
    });
    const double cpuBefore = threadCpuMs();
    int code = 0;
    try {
        SqlStatement query(db.handle(), kEndless);
        query.step();
    } catch (const DbError& e) {
        code = e.sqliteCode();
    }
    const double cpu = threadCpuMs() - cpuBefore;
    quitter.join();
    QCOMPARE(code, SQLITE_INTERRUPT);
    // Generous: only a reader that ignores the flag counts for long (minutes). The reader's own
    // processor time, not the wall clock's: on a loaded machine a reader that stopped at once may
    // still have waited seconds for a processor before and after.
    QVERIFY2(cpu < 5000, qPrintable(QStringLiteral("%1 ms of CPU").arg(cpu)));
    // Unwatched again, the connection works as before.
    db.setCancelFlag(nullptr);
    SqlStatement one(db.handle(), "SELECT 1");
    QVERIFY(one.step());
}

void TestCancelLoad::readerUnwatchedRunsToItsEnd()
{
    QTemporaryDir dir;
    auto opened = Catalogue::open(dir.filePath(QStringLiteral("c.dalil")), Database::Mode::CreateIfMissing);
    QVERIFY2(opened.catalogue, qPrintable(opened.error));
    std::atomic<bool> cancel{false};
    opened.catalogue->database().setCancelFlag(&cancel);
    // A flag that stays false changes nothing.
    SqlStatement query(opened.catalogue->database().handle(),
                       "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) "
                       "SELECT count(*) FROM c");
    QVERIFY(query.step());
    QCOMPARE(query.int64(0), qint64(100000));
}

void TestCancelLoad::clusterBuildStopsWhenFlagIsSet()
{
    std::vector<double> xs, ys;
    QRandomGenerator rng(5);
    for (int i = 0; i < 50000; ++i) {
        xs.push_back(0.55 + rng.generateDouble() * 0.05);
        ys.push_back(0.40 + rng.generateDouble() * 0.05);
    }
    const std::atomic<bool> cancel{true};
    const ClusterIndex index(xs, ys, ClusterIndex::Options(), &cancel);
    QVERIFY(index.isEmpty());
    QVERIFY(index.items(3, 0, 0, 1, 1).isEmpty());
    QVERIFY(index.children(50000 + 32 + 3).isEmpty()); // nothing to decode against
    const std::atomic<bool> keep{false};
    const ClusterIndex built(xs, ys, ClusterIndex::Options(), &keep);
    QCOMPARE(built.pointCount(), size_t(50000));
}

void TestCancelLoad::clusterBuildStopsPartWay()
{
    std::vector<double> xs, ys;
    QRandomGenerator rng(9);
    for (int i = 0; i < 400000; ++i) {
        xs.push_back(rng.generateDouble());
        ys.push_back(rng.generateDouble());
    }
    std::atomic<bool> cancel{false};
    // Times on the building thread's own CPU clock: the wall clock also counts the time it waited
    // for a processor, which on a loaded machine made "set well before the end" true of a flag
    // set after the build's last look at it.
    clockid_t builderClock{};
    QCOMPARE(pthread_getcpuclockid(pthread_self(), &builderClock), 0);
    const auto builderCpuMs = [builderClock] {
        timespec now{};
        clock_gettime(builderClock, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    };
    std::atomic<double> setAt{-1};
    const double startAt = builderCpuMs();
    std::thread quitter([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        cancel = true;
        setAt = builderCpuMs(); // read after the flag turned: the build has used at least this much
    });
    const ClusterIndex index(xs, ys, ClusterIndex::Options(), &cancel);
    const double doneAt = builderCpuMs();
    quitter.join();
    // The build looks at the flag last just before it returns: a flag set well before that (50 ms
    // of the build's work) leaves nothing built (a very fast machine may have finished before the
    // flag turned).
    const QString when = QStringLiteral("flag at %1 ms of CPU, done at %2 ms")
                             .arg(setAt.load() - startAt)
                             .arg(doneAt - startAt);
    if (setAt.load() < doneAt - 50) {
        QVERIFY2(index.isEmpty(), qPrintable(when));
    }
    QVERIFY2(doneAt - setAt.load() < 5000, qPrintable(when));
}

QTEST_GUILESS_MAIN(TestCancelLoad)
#include "tst_cancelload.moc"
