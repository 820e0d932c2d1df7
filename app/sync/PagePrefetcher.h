#pragma once

#include "sync/HubAddress.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace dalil {

struct TableSpec;

// Reads a pull's pages from the hub on a thread of its own, with its own connection, while the
// caller writes the page before into the catalogue: the hub producing COPY and SQLite writing rows
// overlap instead of taking turns. It reads at most one page ahead of the caller, so a pull holds at
// most two pages of text in memory. Pages are those of HubClient::pageEnd, every table's rows of a
// page in tables::all() order, so parents come before their children as on the caller's connection.
class PagePrefetcher
{
public:
    struct Chunk
    {
        enum class Kind
        {
            Rows,    // COPY lines of `spec`
            PageEnd, // every row with seq up to `pageEnd` has come
            Failed,  // `error` says why; nothing follows
            Done     // no more pages
        };
        Kind kind = Kind::Done;
        const TableSpec* spec = nullptr;
        QByteArray text;       // the lines, one after the other
        std::vector<int> ends; // where each line ends in `text`
        qint64 pageEnd = 0;
        QString error;
    };

    PagePrefetcher(HubAddress address, int pageSize);
    // Stops the reader (an unfinished COPY is read to its end and dropped) and waits for it.
    ~PagePrefetcher();
    PagePrefetcher(const PagePrefetcher&) = delete;
    PagePrefetcher& operator=(const PagePrefetcher&) = delete;

    // Starts reading the pages after `after`.
    void start(qint64 after);
    // The next chunk, waiting for it if the reader is behind.
    Chunk next();

    // Wall time the reader spent on the hub (connecting, finding pages, COPY), and the caller spent
    // waiting in next(): what reading costs the pull beyond what overlaps with writing.
    qint64 readNanoseconds() const;
    qint64 waitNanoseconds() const { return m_waitNs; }
    // CPU time of the reader thread so far.
    qint64 readCpuNanoseconds() const;

private:
    void run(qint64 after);
    void push(Chunk chunk);
    bool stopping();

    HubAddress m_address;
    int m_pageSize;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_queue;
    int m_pagesAhead = 0; // pages read whose end the caller has not taken yet
    bool m_stop = false;
    qint64 m_readNs = 0;
    qint64 m_waitNs = 0;
    qint64 m_readCpuNs = 0;
};

} // namespace dalil
