#include "catalogue/WorkerPools.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace dalil {

namespace {

QThreadPool* g_readers = nullptr;
QThreadPool* g_drawing = nullptr;

// Run as the application goes away, like Qt does for its global pool: the jobs were told to stop
// (their cancel flags) when their windows went, and end soon after.
void waitForWorkers()
{
    for (QThreadPool* pool : {g_readers, g_drawing}) {
        if (pool) {
            pool->waitForDone();
        }
    }
}

QThreadPool* makePool(const char* name, int threads)
{
    auto* pool = new QThreadPool;
    pool->setObjectName(QLatin1String(name));
    pool->setMaxThreadCount(threads);
    // Idle threads go away rather than sit on memory between bursts of work.
    pool->setExpiryTimeout(10000);
    static const bool registered = [] {
        qAddPostRoutine(waitForWorkers);
        return true;
    }();
    Q_UNUSED(registered);
    return pool;
}

} // namespace

QThreadPool* WorkerPools::longJobs()
{
    static QThreadPool* const pool = g_readers =
        makePool("dalil long jobs", std::max(4, QThread::idealThreadCount()));
    return pool;
}

QThreadPool* WorkerPools::mapDrawing()
{
    static QThreadPool* const pool = g_drawing = makePool("dalil map drawing", 1);
    return pool;
}

} // namespace dalil
