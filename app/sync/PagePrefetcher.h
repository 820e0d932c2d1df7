#pragma once

#include "catalogue/RecordTable.h"
#include "sync/HubAddress.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace dalil {

class HubClient;
struct TableSpec;

// Reads a pull's pages from the hub on a thread of its own, with its own connection, while the
// caller writes the page before into the catalogue: the hub producing COPY and SQLite writing rows
// overlap instead of taking turns. It reads at most one page ahead of the caller, so a pull holds at
// most two pages of text in memory. Pages are those of HubClient::pageEnd, every table's rows of a
// page in tables::all() order, so parents come before their children as on the caller's connection.
// A hub that refuses the second connection (a login limited to one, a full server or pooler) is read
// on the caller's own connection instead, a page at a time inside next(): slower, but the pull works.
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
        // Every line's fields (HubSchema::selectList order, 5 + the spec's columns a line), pointing
        // into `text`: split, unescaped and their lists compacted in place by the reader, so the
        // writer, whose thread the whole pull waits for, only binds them.
        std::vector<RecordTable::TextField> fields;
        qint64 pageEnd = 0;
        QString error;
    };

    // `hub` is the caller's open connection, used only when the hub refuses a second one.
    PagePrefetcher(HubClient& hub, int pageSize);
    // Stops the reader (an unfinished COPY is read to its end and dropped) and waits for it.
    ~PagePrefetcher();
    PagePrefetcher(const PagePrefetcher&) = delete;
    PagePrefetcher& operator=(const PagePrefetcher&) = delete;

    // Starts reading the pages after `after`.
    void start(qint64 after);
    // The next chunk, waiting for it if the reader is behind.
    Chunk next();
    // Gives back a chunk of rows the caller is done with: its buffers are filled again with later
    // rows instead of being freed and allocated anew (a megabyte or more each, which the allocator
    // hands back to the kernel at once: page faults on every chunk).
    void recycle(Chunk&& chunk);

    // Wall time the reader spent on the hub (connecting, finding pages, COPY), and the caller spent
    // waiting in next(): what reading costs the pull beyond what overlaps with writing.
    qint64 readNanoseconds() const;
    qint64 waitNanoseconds() const { return m_waitNs; }
    // CPU time spent reading so far (the reader thread's, or the caller's on one connection).
    qint64 readCpuNanoseconds() const;
    // True when the hub refused the second connection and the pages are read on the caller's.
    bool onOneConnection() const { return m_oneConnection; }
    const QString& secondConnectionError() const { return m_secondConnectionError; }

private:
    void run(qint64 after);
    // Reads the page after *cursor into the queue (its rows, then its end, or Done, or Failed) and
    // moves *cursor to its end. Returns false when nothing follows.
    bool readPage(HubClient& hub, qint64* cursor);
    // Fills chunk->fields from its lines; false for a line without the fields this version expects.
    static bool split(Chunk* chunk);
    void push(Chunk chunk);
    // An empty chunk of rows of `spec`, with the buffers of one given back if there is one.
    Chunk emptyRows(const TableSpec* spec);
    bool stopping();
    Chunk take();
    void addReadTime(qint64 wallNs, qint64 cpuNs);

    HubClient& m_hub;
    HubAddress m_address;
    int m_pageSize;
    qint64 m_after = 0;
    bool m_oneConnection = false;
    QString m_secondConnectionError;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_queue;
    std::vector<Chunk> m_spare; // given back by the caller, to be filled again
    int m_pagesAhead = 0;       // pages read whose end the caller has not taken yet
    bool m_stop = false;
    bool m_threadGaveUp = false; // the reader thread could not connect: read on m_hub from m_after
    qint64 m_readNs = 0;
    qint64 m_waitNs = 0;
    qint64 m_readCpuNs = 0;
};

} // namespace dalil
