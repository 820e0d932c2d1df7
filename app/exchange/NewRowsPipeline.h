#pragma once

#include "exchange/ImportRecord.h"
#include "exchange/ImportedOrganisation.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace dalil {

// The new organisations of a bulk import as their INSERTs bind them, made on a second thread while
// the first writes the organisations before them: ids, UTF-8 text, lists encoded (a bounded queue
// of batches, so that the two threads go at the writer's pace). A batch keeps everything in a few
// buffers that go back to the second thread once written and are filled again: the writing thread
// allocates and frees nothing per record, and nothing made on the other thread.
class NewRowsPipeline
{
public:
    // One record's INSERT: its id (UTF-8 bytes in values) and its data columns (values from cell on).
    struct Row
    {
        std::size_t id = 0;
        std::uint32_t idSize = 0;
        std::uint32_t cell = 0;
    };
    struct Organisation
    {
        int rows = 0;                 // rows of the file folded into it
        std::uint32_t officesEnd = 0; // its offices are Batch::offices up to here, after the previous one's
        std::uint32_t contactsEnd = 0;
    };
    struct Batch
    {
        ImportRecord::Values values;
        std::vector<Organisation> organisations;
        std::vector<Row> organisationRows; // one per organisation
        std::vector<Row> offices;
        std::vector<Row> contacts;

        const char* id(const Row& row) const { return values.bytesAt(row.id); }
        void clear();
    };

    // Given every batch once written (recycle()), in order, on a thread of the pipeline's own,
    // before its buffers are filled again; then null, once every batch has been written.
    using Reader = std::function<void(const Batch*)>;

    // Starts making the values of `organisations`, every one new (no existing id): the
    // organisation's own id when it is a Dalil id, else a new one; `source` in its source column;
    // its offices' and contacts' organisation_id. The records are only read. With a `reader`, a
    // third thread reads the written batches (the import makes the search documents there).
    NewRowsPipeline(const QList<ImportedOrganisation>& organisations, const QString& source,
                    Reader reader = {});
    // Stops the other threads (at their next batch) and waits for them.
    ~NewRowsPipeline();
    NewRowsPipeline(const NewRowsPipeline&) = delete;
    NewRowsPipeline& operator=(const NewRowsPipeline&) = delete;

    // The next batch in the file's order; null once every organisation has been given.
    std::unique_ptr<Batch> next();
    // A batch whose rows have been written: its buffers are filled again with later rows.
    void recycle(std::unique_ptr<Batch> batch);
    // Once every batch has been recycled: waits until the reader has been given the last (and null).
    void waitForReader();

private:
    static constexpr int kBatch = 128;
    static constexpr std::size_t kQueued = 8;

    void produce();
    void read();
    bool hand(std::unique_ptr<Batch>& batch);
    std::unique_ptr<Batch> emptyBatch();

    const ImportedOrganisation* const m_begin;
    const ImportedOrganisation* const m_end;
    const QString m_source;
    std::mutex m_lock;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_ready;
    std::vector<std::unique_ptr<Batch>> m_spare;  // written, to be filled again
    std::deque<std::unique_ptr<Batch>> m_written; // written, for the reader
    const Reader m_reader;
    std::size_t m_handed = 0;
    std::size_t m_recycled = 0;
    bool m_finished = false;
    bool m_readerDone = false;
    bool m_stop = false;
    std::thread m_thread;
    std::thread m_readerThread;
};

} // namespace dalil
