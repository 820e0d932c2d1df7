#include "sync/PagePrefetcher.h"

#include "catalogue/TableSpec.h"
#include "sync/CopyText.h"
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

qint64 threadCpuNs()
{
    timespec cpu{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    return qint64(cpu.tv_sec) * 1000000000 + cpu.tv_nsec;
}

} // namespace

PagePrefetcher::PagePrefetcher(HubClient& hub, int pageSize)
    : m_hub(hub)
    , m_address(hub.address())
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
    m_after = after;
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

void PagePrefetcher::addReadTime(qint64 wallNs, qint64 cpuNs)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_readNs += wallNs;
    m_readCpuNs += cpuNs;
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

PagePrefetcher::Chunk PagePrefetcher::take()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    Chunk chunk = std::move(m_queue.front());
    m_queue.pop_front();
    if (chunk.kind == Chunk::Kind::PageEnd) {
        --m_pagesAhead;
    }
    lock.unlock();
    m_changed.notify_all();
    return chunk;
}

void PagePrefetcher::recycle(Chunk&& chunk)
{
    if (chunk.kind != Chunk::Kind::Rows) {
        return;
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    // The reader holds at most about two pages of chunks; a few spare ones keep it allocation-free.
    if (m_spare.size() < 4) {
        m_spare.push_back(std::move(chunk));
    }
}

PagePrefetcher::Chunk PagePrefetcher::emptyRows(const TableSpec* spec)
{
    Chunk rows;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_spare.empty()) {
            rows = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    rows.kind = Chunk::Kind::Rows;
    rows.spec = spec;
    rows.text.resize(0); // keeps the allocation, unlike clear()
    rows.ends.clear();
    rows.fields.clear();
    return rows;
}

PagePrefetcher::Chunk PagePrefetcher::next()
{
    if (!m_oneConnection) {
        const qint64 waitFrom = nowNs();
        bool gaveUp = false;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_threadGaveUp; });
            gaveUp = m_queue.empty();
            m_waitNs += nowNs() - waitFrom;
        }
        if (!gaveUp) {
            return take();
        }
        // The thread has ended without reading anything: from here on, this thread reads.
        m_thread.join();
        m_oneConnection = true;
    }
    std::unique_lock<std::mutex> lock(m_mutex);
    const bool empty = m_queue.empty();
    lock.unlock();
    if (empty) {
        const qint64 wallFrom = nowNs();
        const qint64 cpuFrom = threadCpuNs();
        const bool more = readPage(m_hub, &m_after);
        addReadTime(nowNs() - wallFrom, threadCpuNs() - cpuFrom);
        if (!more) {
            // Done or Failed is in the queue and stays the last word: readPage is not called again.
            m_after = -1;
        }
    }
    lock.lock();
    if (m_queue.empty()) {
        // After Done or Failed was taken, the caller asks no more; say Done again if it does.
        return Chunk{};
    }
    lock.unlock();
    return take();
}

bool PagePrefetcher::split(Chunk* chunk)
{
    const TableSpec& spec = *chunk->spec;
    const int fieldCount = 5 + int(spec.columns.size());
    std::vector<int> listFields;
    for (size_t i = 0; i < spec.columns.size(); ++i) {
        if (spec.columns[i].type == ColumnType::List) {
            listFields.push_back(5 + int(i));
        }
    }
    chunk->fields.clear();
    chunk->fields.reserve(chunk->ends.size() * size_t(fieldCount));
    std::vector<RecordTable::TextField> line;
    char* text = chunk->text.data();
    int from = 0;
    for (const int end : chunk->ends) {
        if (!CopyText::splitLine(text + from, end - from, fieldCount, line)) {
            return false;
        }
        // Lists compacted where they lie, so that they are bound without a copy.
        for (const int list : listFields) {
            RecordTable::TextField& field = line[size_t(list)];
            if (field.data) {
                field.size = RecordTable::compactJsonInPlace(text + (field.data - text), field.size);
            }
        }
        chunk->fields.insert(chunk->fields.end(), line.begin(), line.end());
        from = end;
    }
    return true;
}

bool PagePrefetcher::readPage(HubClient& hub, qint64* cursor)
{
    auto fail = [&](const QString& error) {
        Chunk failed;
        failed.kind = Chunk::Kind::Failed;
        failed.error = error;
        push(std::move(failed));
        return false;
    };
    if (*cursor < 0) {
        return false;
    }
    qint64 end = *cursor;
    if (QString error = hub.pageEnd(*cursor, m_pageSize, &end); !error.isEmpty()) {
        return fail(error);
    }
    if (end <= *cursor) {
        push(Chunk{});
        return false;
    }
    // On the reader thread, the writer's wait is not reading time: the busy clock stops while a
    // chunk is handed over.
    for (const TableSpec* spec : tables::all()) {
        Chunk rows = emptyRows(spec);
        bool unreadable = false;
        auto handOver = [&] {
            if (!rows.ends.empty()) {
                if (!split(&rows)) {
                    unreadable = true;
                    return;
                }
                push(std::move(rows));
                rows = emptyRows(spec);
            }
        };
        const QString error = hub.copyLines(*spec, *cursor, end, [&](char* line, int length) {
            if (rows.text.capacity() < kChunkBytes + 4096) {
                rows.text.reserve(kChunkBytes + 4096);
            }
            rows.text.append(line, length);
            rows.ends.push_back(int(rows.text.size()));
            if (rows.text.size() >= kChunkBytes) {
                handOver();
                return !unreadable && !stopping();
            }
            return true;
        });
        if (!error.isEmpty()) {
            return fail(error);
        }
        if (unreadable) {
            return fail(hub.unreadableRow(*spec));
        }
        if (stopping()) {
            return false;
        }
        handOver();
        if (unreadable) {
            return fail(hub.unreadableRow(*spec));
        }
    }
    Chunk pageEnd;
    pageEnd.kind = Chunk::Kind::PageEnd;
    pageEnd.pageEnd = end;
    push(std::move(pageEnd));
    *cursor = end;
    return true;
}

void PagePrefetcher::run(qint64 after)
{
    // The connection belongs to this thread: it is made, used and closed here.
    const qint64 wallFrom = nowNs();
    const qint64 cpuFrom = threadCpuNs();
    HubClient hub(m_address);
    if (QString error = hub.open(); !error.isEmpty()) {
        // The caller's connection works (it found the pull's size), so this one was refused for
        // being one too many; next() reads on the caller's instead.
        addReadTime(nowNs() - wallFrom, threadCpuNs() - cpuFrom);
        std::lock_guard<std::mutex> lock(m_mutex);
        m_secondConnectionError = error;
        m_threadGaveUp = true;
        m_changed.notify_all();
        return;
    }
    addReadTime(nowNs() - wallFrom, threadCpuNs() - cpuFrom);
    qint64 cursor = after;
    for (;;) {
        {
            // At most one page ahead of the writer: it is applying one page while this reads the next.
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_pagesAhead < 2; });
            if (m_stop) {
                return;
            }
        }
        const qint64 pageWallFrom = nowNs();
        const qint64 pageCpuFrom = threadCpuNs();
        const bool more = readPage(hub, &cursor);
        addReadTime(nowNs() - pageWallFrom, threadCpuNs() - pageCpuFrom);
        if (!more) {
            return;
        }
    }
}

} // namespace dalil
