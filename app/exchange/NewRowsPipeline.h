#pragma once

#include "exchange/ImportRecord.h"
#include "exchange/ImportedOrganisation.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace dalil {

// The new organisations of a bulk import as their INSERTs bind them, made on a second thread while
// the first writes the organisations before them: ids, UTF-8 text, lists encoded (a bounded queue
// of batches, so that the two threads go at the writer's pace).
class NewRowsPipeline
{
public:
    struct Organisation
    {
        const ImportedOrganisation* imported = nullptr;
        QString id;
        ImportRecord::Values values;
        std::vector<ImportRecord::Values> offices;
        std::vector<ImportRecord::Values> contacts;
    };

    // Starts making the values of `organisations`, every one new (no existing id): the
    // organisation's own id when it is a Dalil id, else a new one; `source` in its source column;
    // its offices' and contacts' organisation_id. The records are changed so, by the second thread.
    NewRowsPipeline(QList<ImportedOrganisation>& organisations, const QString& source);
    // Stops the second thread (at its next batch) and waits for it.
    ~NewRowsPipeline();
    NewRowsPipeline(const NewRowsPipeline&) = delete;
    NewRowsPipeline& operator=(const NewRowsPipeline&) = delete;

    // The next batch in the file's order; empty once every organisation has been given.
    std::vector<Organisation> next();

private:
    static constexpr int kBatch = 128;
    static constexpr std::size_t kQueued = 8;

    void produce();
    bool hand(std::vector<Organisation>&& batch);

    ImportedOrganisation* const m_begin;
    ImportedOrganisation* const m_end;
    const QString m_source;
    std::mutex m_lock;
    std::condition_variable m_changed;
    std::deque<std::vector<Organisation>> m_ready;
    bool m_finished = false;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace dalil
