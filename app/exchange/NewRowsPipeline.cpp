#include "exchange/NewRowsPipeline.h"

#include "catalogue/TableSpec.h"
#include "catalogue/TimeOrderedId.h"

#include <QUuid>

#include <cstring>

namespace dalil {

namespace {

int columnOf(const TableSpec& spec, const char* name)
{
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        if (std::strcmp(spec.columns[i].name, name) == 0) {
            return int(i);
        }
    }
    return -1;
}

} // namespace

void NewRowsPipeline::Batch::clear()
{
    values.clear();
    organisations.clear();
    organisationRows.clear();
    offices.clear();
    contacts.clear();
}

NewRowsPipeline::NewRowsPipeline(const QList<ImportedOrganisation>& organisations, const QString& source,
                                 Reader reader)
    : m_begin(organisations.constData())
    , m_end(organisations.constData() + organisations.size())
    , m_source(source)
    , m_reader(std::move(reader))
{
    m_thread = std::thread([this] { produce(); });
    if (m_reader) {
        m_readerThread = std::thread([this] { read(); });
    }
}

NewRowsPipeline::~NewRowsPipeline()
{
    {
        const std::lock_guard<std::mutex> guard(m_lock);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
    if (m_readerThread.joinable()) {
        m_readerThread.join();
    }
}

std::unique_ptr<NewRowsPipeline::Batch> NewRowsPipeline::next()
{
    std::unique_lock<std::mutex> guard(m_lock);
    m_changed.wait(guard, [this] { return !m_ready.empty() || m_finished; });
    if (m_ready.empty()) {
        return {};
    }
    std::unique_ptr<Batch> batch = std::move(m_ready.front());
    m_ready.pop_front();
    guard.unlock();
    m_changed.notify_all();
    return batch;
}

void NewRowsPipeline::recycle(std::unique_ptr<Batch> batch)
{
    {
        const std::lock_guard<std::mutex> guard(m_lock);
        ++m_recycled;
        if (!m_reader) {
            m_spare.push_back(std::move(batch));
            return;
        }
        m_written.push_back(std::move(batch));
    }
    m_changed.notify_all();
}

void NewRowsPipeline::waitForReader()
{
    if (!m_reader) {
        return;
    }
    std::unique_lock<std::mutex> guard(m_lock);
    m_changed.wait(guard, [this] { return m_readerDone || m_stop; });
}

void NewRowsPipeline::read()
{
    for (;;) {
        std::unique_ptr<Batch> batch;
        {
            std::unique_lock<std::mutex> guard(m_lock);
            m_changed.wait(guard, [this] {
                return m_stop || !m_written.empty() || (m_finished && m_recycled == m_handed);
            });
            if (m_stop) {
                return;
            }
            if (m_written.empty()) {
                break; // every batch made has been written and read
            }
            batch = std::move(m_written.front());
            m_written.pop_front();
        }
        m_reader(batch.get());
        const std::lock_guard<std::mutex> guard(m_lock);
        m_spare.push_back(std::move(batch));
    }
    m_reader(nullptr);
    {
        const std::lock_guard<std::mutex> guard(m_lock);
        m_readerDone = true;
    }
    m_changed.notify_all();
}

std::unique_ptr<NewRowsPipeline::Batch> NewRowsPipeline::emptyBatch()
{
    {
        const std::lock_guard<std::mutex> guard(m_lock);
        if (!m_spare.empty()) {
            std::unique_ptr<Batch> batch = std::move(m_spare.back());
            m_spare.pop_back();
            batch->clear();
            return batch;
        }
    }
    return std::make_unique<Batch>();
}

void NewRowsPipeline::produce()
{
    const int source = columnOf(tables::organisation(), "source");
    const int officeOwner = columnOf(tables::location(), "organisation_id");
    const int contactOwner = columnOf(tables::contact(), "organisation_id");
    TimeOrderedId ids;
    auto newId = [&ids](ImportRecord::Values& values) {
        char id[TimeOrderedId::kSize];
        ids.next(id);
        return values.bytes(id, sizeof id);
    };
    std::unique_ptr<Batch> batch = emptyBatch();
    for (const ImportedOrganisation* it = m_begin; it != m_end; ++it) {
        const ImportedOrganisation& imported = *it;
        ImportRecord::Values& values = batch->values;
        const ImportRecord& record = imported.organisation;
        // A partner's own numbering ("1", "ORG-7") is not a Dalil id.
        const QString given = record.text("id");
        Row& row = batch->organisationRows.emplace_back();
        if (!given.isEmpty() && !QUuid::fromString(given).isNull()) {
            row.id = values.utf8(given);
        } else {
            row.id = newId(values);
        }
        const std::size_t idEnd = values.bytesEnd();
        row.idSize = std::uint32_t(idEnd - row.id);
        row.cell = std::uint32_t(values.size());
        record.encode(&values, source, m_source);
        // The offices and contacts name the organisation by the id's text.
        const QString owner = QString::fromUtf8(values.bytesAt(row.id), row.idSize);
        for (const ImportRecord& office : imported.offices) {
            Row& officeRow = batch->offices.emplace_back();
            officeRow.id = newId(values);
            officeRow.idSize = TimeOrderedId::kSize;
            officeRow.cell = std::uint32_t(values.size());
            office.encode(&values, officeOwner, owner);
        }
        for (const ImportRecord& contact : imported.contacts) {
            Row& contactRow = batch->contacts.emplace_back();
            contactRow.id = newId(values);
            contactRow.idSize = TimeOrderedId::kSize;
            contactRow.cell = std::uint32_t(values.size());
            contact.encode(&values, contactOwner, owner);
        }
        Organisation& out = batch->organisations.emplace_back();
        out.rows = int(imported.rows.size());
        out.officesEnd = std::uint32_t(batch->offices.size());
        out.contactsEnd = std::uint32_t(batch->contacts.size());
        if (int(batch->organisations.size()) == kBatch) {
            if (!hand(batch)) {
                return;
            }
            batch = emptyBatch();
        }
    }
    if (!batch->organisations.empty()) {
        hand(batch);
    }
    {
        const std::lock_guard<std::mutex> guard(m_lock);
        m_finished = true;
    }
    m_changed.notify_all();
}

bool NewRowsPipeline::hand(std::unique_ptr<Batch>& batch)
{
    std::unique_lock<std::mutex> guard(m_lock);
    m_changed.wait(guard, [this] { return m_stop || m_ready.size() < kQueued; });
    if (m_stop) {
        return false;
    }
    m_ready.push_back(std::move(batch));
    ++m_handed;
    guard.unlock();
    m_changed.notify_all();
    return true;
}

} // namespace dalil
