#pragma once

// A heartbeat on the window's thread, to tell how long the window froze: the longest time between
// two beats, less the time the thread spent ready to run but waiting for a processor. On a loaded
// machine (CI's two cores shared with other jobs, a test run at the lowest priority) the scheduler
// alone holds a ready thread for seconds, which no user of a quiet computer sees and Dalil cannot
// help. A freeze of Dalil's making still counts whole: work on the window's thread is time running,
// a lock or a file it waits for is time asleep, and neither is time waiting for a processor.

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>

namespace dalil::test {

class Heartbeat : public QObject
{
public:
    explicit Heartbeat(int intervalMs, QObject* parent = nullptr)
        : QObject(parent)
    {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] { beat(); });
    }

    // Starts beating (again); the longest gap so far is forgotten.
    void start()
    {
        m_longest = 0;
        m_longestWall = 0;
        m_clock.start();
        m_lastBeat = 0;
        m_lastWait = runQueueWaitNs();
        m_timer.start();
    }

    void stop() { m_timer.stop(); }

    // The longest gap between beats, in ms, without the time spent waiting for a processor.
    qint64 longestGapMs() const { return m_longest; }
    // The longest gap as a clock on the wall saw it, waits for a processor included.
    qint64 longestWallGapMs() const { return m_longestWall; }

    // For a failure's message.
    QString describe() const
    {
        return QStringLiteral("the window froze for %1 ms (%2 ms by the wall clock)")
            .arg(m_longest)
            .arg(m_longestWall);
    }

    // The calling thread's total time ready to run but not running (ns), from the kernel's
    // scheduler statistics (/proc/thread-self/schedstat: time on a CPU, time waiting on a run
    // queue, time slices); 0 where the kernel does not give them, and then a gap counts whole.
    static qint64 runQueueWaitNs()
    {
        QFile stats(QStringLiteral("/proc/thread-self/schedstat"));
        if (!stats.open(QIODevice::ReadOnly)) {
            return 0;
        }
        const QList<QByteArray> fields = stats.readAll().simplified().split(' ');
        return fields.size() >= 2 ? fields[1].toLongLong() : 0;
    }

private:
    void beat()
    {
        const qint64 now = m_clock.elapsed();
        const qint64 wait = runQueueWaitNs();
        const qint64 waitedMs = (wait - m_lastWait) / 1000000;
        m_longest = std::max(m_longest, now - m_lastBeat - waitedMs);
        m_longestWall = std::max(m_longestWall, now - m_lastBeat);
        m_lastBeat = now;
        m_lastWait = wait;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastBeat = 0;
    qint64 m_lastWait = 0;
    qint64 m_longest = 0;
    qint64 m_longestWall = 0;
};

} // namespace dalil::test
