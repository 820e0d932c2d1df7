#include "exchange/NewRowsPipeline.h"

#include "catalogue/TimeOrderedId.h"

#include <QUuid>

namespace dalil {

NewRowsPipeline::NewRowsPipeline(QList<ImportedOrganisation>& organisations, const QString& source)
    : m_begin(organisations.data()) // detached here, on the writing thread, if ever shared
    , m_end(organisations.data() + organisations.size())
    , m_source(source)
{
    m_thread = std::thread([this] { produce(); });
}

NewRowsPipeline::~NewRowsPipeline()
{
    {
        const std::lock_guard<std::mutex> guard(m_lock);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

std::vector<NewRowsPipeline::Organisation> NewRowsPipeline::next()
{
    std::unique_lock<std::mutex> guard(m_lock);
    m_changed.wait(guard, [this] { return !m_ready.empty() || m_finished; });
    if (m_ready.empty()) {
        return {};
    }
    std::vector<Organisation> batch = std::move(m_ready.front());
    m_ready.pop_front();
    guard.unlock();
    m_changed.notify_all();
    return batch;
}

void NewRowsPipeline::produce()
{
    TimeOrderedId ids;
    std::vector<Organisation> batch;
    for (ImportedOrganisation* it = m_begin; it != m_end; ++it) {
        ImportedOrganisation& imported = *it;
        Organisation& out = batch.emplace_back();
        out.imported = &imported;
        ImportRecord& record = imported.organisation;
        const QString given = record.text("id");
        // A partner's own numbering ("1", "ORG-7") is not a Dalil id.
        if (!given.isEmpty() && QUuid::fromString(given).isNull()) {
            record.remove("id");
        }
        out.id = record.text("id");
        if (out.id.isEmpty()) {
            out.id = ids.next();
        }
        record.setText("source", m_source);
        record.encode(&out.values);
        for (ImportRecord& office : imported.offices) {
            office.setText("organisation_id", out.id);
            office.encode(&out.offices.emplace_back());
        }
        for (ImportRecord& contact : imported.contacts) {
            contact.setText("organisation_id", out.id);
            contact.encode(&out.contacts.emplace_back());
        }
        if (int(batch.size()) == kBatch && !hand(std::move(batch))) {
            return;
        }
    }
    if (!batch.empty()) {
        hand(std::move(batch));
    }
    {
        const std::lock_guard<std::mutex> guard(m_lock);
        m_finished = true;
    }
    m_changed.notify_all();
}

bool NewRowsPipeline::hand(std::vector<Organisation>&& batch)
{
    std::unique_lock<std::mutex> guard(m_lock);
    m_changed.wait(guard, [this] { return m_stop || m_ready.size() < kQueued; });
    if (m_stop) {
        return false;
    }
    m_ready.push_back(std::move(batch));
    batch = {};
    guard.unlock();
    m_changed.notify_all();
    return true;
}

} // namespace dalil
