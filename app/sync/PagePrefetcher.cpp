#include "sync/PagePrefetcher.h"

#include "catalogue/TableSpec.h"
#include "sync/HubClient.h"

#include <chrono>
#include <ctime>

namespace dalil {

namespace {

// A chunk is handed over at about this size: small enough that progress moves and the writer starts
// early, large enough that the hand-over costs nothing beside the rows.
constexpr int kChunkBytes = 1 << 20;

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

PagePrefetcher::PagePrefetcher(HubAddress address, int pageSize)
    : m_address(std::move(address))
    , m_pageSize(pageSize)
{
}

PagePrefetcher::~PagePrefetcher()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void PagePrefetcher::start(qint64 after)
{
    m_thread = std::thread([this, after] { run(after); });
}

qint64 PagePrefetcher::readCpuNanoseconds() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_readCpuNs;
}

qint64 PagePrefetcher::readNanoseconds() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_readNs;
}

bool PagePrefetcher::stopping()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_stop;
}

void PagePrefetcher::push(Chunk chunk)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (chunk.kind == Chunk::Kind::PageEnd) {
            ++m_pagesAhead;
        }
        m_queue.push_back(std::move(chunk));
    }
    m_changed.notify_all();
}

PagePrefetcher::Chunk PagePrefetcher::next()
{
    const qint64 waitFrom = nowNs();
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty(); });
    Chunk chunk = std::move(m_queue.front());
    m_queue.pop_front();
    if (chunk.kind == Chunk::Kind::PageEnd) {
        --m_pagesAhead;
    }
    m_waitNs += nowNs() - waitFrom;
    lock.unlock();
    m_changed.notify_all();
    return chunk;
}

void PagePrefetcher::run(qint64 after)
{
    // The connection belongs to this thread: it is made, used and closed here.
    HubClient hub(m_address);
    qint64 busyFrom = nowNs();
    auto fail = [&](const QString& error) {
        Chunk failed;
        failed.kind = Chunk::Kind::Failed;
        failed.error = error;
        push(std::move(failed));
    };
    auto addBusy = [&] {
        const qint64 now = nowNs();
        timespec cpu{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
        std::lock_guard<std::mutex> lock(m_mutex);
        m_readNs += now - busyFrom;
        m_readCpuNs = qint64(cpu.tv_sec) * 1000000000 + cpu.tv_nsec;
        busyFrom = now;
    };
    if (QString error = hub.open(); !error.isEmpty()) {
        addBusy();
        fail(error);
        return;
    }
    qint64 cursor = after;
    for (;;) {
        addBusy();
        {
            // At most one page ahead of the writer: it is applying one page while this reads the next.
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_pagesAhead < 2; });
            if (m_stop) {
                return;
            }
        }
        busyFrom = nowNs();
        qint64 end = cursor;
        if (QString error = hub.pageEnd(cursor, m_pageSize, &end); !error.isEmpty()) {
            addBusy();
            fail(error);
            return;
        }
        if (end <= cursor) {
            addBusy();
            push(Chunk{});
            return;
        }
        for (const TableSpec* spec : tables::all()) {
            Chunk rows;
            rows.kind = Chunk::Kind::Rows;
            rows.spec = spec;
            auto handOver = [&] {
                if (!rows.ends.empty()) {
                    addBusy();
                    push(std::move(rows));
                    busyFrom = nowNs();
                    rows = Chunk{};
                    rows.kind = Chunk::Kind::Rows;
                    rows.spec = spec;
                }
            };
            const QString error = hub.copyLines(*spec, cursor, end, [&](char* line, int length) {
                if (rows.text.isEmpty()) {
                    rows.text.reserve(kChunkBytes + 4096);
                }
                rows.text.append(line, length);
                rows.ends.push_back(int(rows.text.size()));
                if (rows.text.size() >= kChunkBytes) {
                    handOver();
                    return !stopping();
                }
                return true;
            });
            if (!error.isEmpty()) {
                addBusy();
                fail(error);
                return;
            }
            if (stopping()) {
                return;
            }
            handOver();
        }
        Chunk pageEnd;
        pageEnd.kind = Chunk::Kind::PageEnd;
        pageEnd.pageEnd = end;
        addBusy();
        push(std::move(pageEnd));
        busyFrom = nowNs();
        cursor = end;
    }
}

} // namespace dalil
