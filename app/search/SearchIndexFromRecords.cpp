#include "search/SearchIndexFromRecords.h"

#include "catalogue/Database.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"
#include "search/SearchFtsPrebuild.h"
#include "search/SearchIndexRebuild.h"
#include "search/SearchIndexWriter.h"
#include "search/SearchQuery.h"
#include "search/ThreadCpu.h"

#include <QElapsedTimer>
#include <QScopeGuard>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <limits>
#include <numeric>
#include <thread>

namespace dalil {

namespace {

constexpr std::size_t kBlock = 1 << 20;

// A document in the arena: importance, nameCount, bodyCount (int32), then fields (a uint32 size in
// bytes, then the bytes): the id (UTF-16), names, body, skel, keys, geo; the number of codes and each
// code (UTF-16); the number of exact keys and each key (UTF-8).
class DocWriter
{
public:
    explicit DocWriter(char* at)
        : m_at(at)
    {
    }
    void integer(qint32 value) { put(&value, sizeof value); }
    void field(const void* data, std::size_t size)
    {
        const auto length = quint32(size);
        put(&length, sizeof length);
        put(data, size);
    }
    void field(const QByteArray& bytes) { field(bytes.constData(), std::size_t(bytes.size())); }
    void field(const QString& text) { field(text.constData(), std::size_t(text.size()) * sizeof(QChar)); }

    static std::size_t sizeOf(const QByteArray& bytes) { return sizeof(quint32) + std::size_t(bytes.size()); }
    static std::size_t sizeOf(const QString& text)
    {
        return sizeof(quint32) + std::size_t(text.size()) * sizeof(QChar);
    }

private:
    void put(const void* data, std::size_t size)
    {
        if (size > 0) {
            std::memcpy(m_at, data, size);
            m_at += size;
        }
    }
    char* m_at;
};

class DocReader
{
public:
    explicit DocReader(const char* at)
        : m_at(at)
    {
    }
    qint32 integer()
    {
        qint32 value = 0;
        std::memcpy(&value, m_at, sizeof value);
        m_at += sizeof value;
        return value;
    }
    std::pair<const char*, std::size_t> field()
    {
        quint32 size = 0;
        std::memcpy(&size, m_at, sizeof size);
        const char* data = m_at + sizeof size;
        m_at = data + size;
        return {data, size};
    }
    QByteArray bytes()
    {
        const auto [data, size] = field();
        return QByteArray::fromRawData(data, qsizetype(size));
    }
    // Into `text`, reusing its room.
    void text(QString& text)
    {
        const auto [data, size] = field();
        text.resize(qsizetype(size / sizeof(QChar)));
        if (size > 0) {
            std::memcpy(text.data(), data, size);
        }
    }

private:
    const char* m_at;
};

} // namespace

char* SearchIndexFromRecords::Arena::room(std::size_t size)
{
    if (size > m_left) {
        const std::size_t block = std::max(size, kBlock);
        m_blocks.push_back(std::unique_ptr<char[]>(new char[block]));
        m_at = m_blocks.back().get();
        m_left = block;
    }
    char* at = m_at;
    m_at += size;
    m_left -= size;
    return at;
}

SearchIndexFromRecords::SearchIndexFromRecords(Database& db, qint64 expected, Order order)
    : m_db(db)
    , m_addOrder(order)
    , m_builder(db)
{
    m_builder.loadVocabulary();
    m_docs.reserve(std::size_t(expected));
    m_ids.reserve(std::size_t(expected));
    if (order == Order::Any && !qEnvironmentVariableIsSet("DALIL_IMPORT_FTS_REBUILD")) {
        try {
            m_fts = std::make_unique<SearchFtsPrebuild>(db);
        } catch (const DbError&) {
            // The tables are filled by 'rebuild' in write().
        }
    }
}

SearchIndexFromRecords::~SearchIndexFromRecords() = default;

bool SearchIndexFromRecords::admit(QByteArray&& id)
{
    if (!m_usable || m_finished) {
        return false;
    }
    // Streamed documents are read by write() while more are kept: m_docs must never move.
    if (m_addOrder == Order::ById &&
        ((!m_ids.empty() && !(m_ids.back() < id)) || m_docs.size() == m_docs.capacity())) {
        abandon();
        return false;
    }
    m_ids.push_back(std::move(id));
    return true;
}

void SearchIndexFromRecords::add(const Organisation& org)
{
    if (admit(org.id.toUtf8())) {
        keep(m_preparer.prepare(m_builder.buildOrganisation(org)));
        publish(false);
    }
}

void SearchIndexFromRecords::add(IndexDoc&& doc)
{
    if (admit(doc.entityId.toUtf8())) {
        keep(m_preparer.prepare(std::move(doc)));
        publish(false);
    }
}

void SearchIndexFromRecords::abandon()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_usable = false;
    }
    m_added.notify_all();
}

void SearchIndexFromRecords::publish(bool last)
{
    if (m_addOrder != Order::ById || (!last && m_docs.size() % 64 != 0)) {
        return;
    }
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_published = m_docs.size();
        m_finished = last;
    }
    m_added.notify_all();
}

bool SearchIndexFromRecords::waitFor(std::size_t index)
{
    if (index < m_available) {
        return true;
    }
    std::unique_lock<std::mutex> lock(m_mutex);
    m_added.wait(lock, [&] { return m_published > index || m_finished || !m_usable; });
    m_available = m_published;
    return index < m_available;
}

bool SearchIndexFromRecords::waitForFinish()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_added.wait(lock, [&] { return m_finished || !m_usable; });
    return m_usable;
}

void SearchIndexFromRecords::keep(const PreparedDoc& prepared)
{
    const IndexDoc& doc = prepared.doc;
    std::size_t size = 3 * sizeof(qint32) + DocWriter::sizeOf(doc.entityId) +
                       DocWriter::sizeOf(prepared.names) + DocWriter::sizeOf(prepared.body) +
                       DocWriter::sizeOf(prepared.skel) + DocWriter::sizeOf(prepared.keys) +
                       DocWriter::sizeOf(doc.geo) + 2 * sizeof(qint32);
    for (const QString& code : doc.codes) {
        size += DocWriter::sizeOf(code);
    }
    for (const QByteArray& key : prepared.exactKeys) {
        size += DocWriter::sizeOf(key);
    }
    char* at = m_arena.room(size);
    DocWriter out(at);
    out.integer(doc.importance);
    out.integer(prepared.nameCount);
    out.integer(prepared.bodyCount);
    out.field(doc.entityId);
    out.field(prepared.names);
    out.field(prepared.body);
    out.field(prepared.skel);
    out.field(prepared.keys);
    out.field(doc.geo);
    const auto codes = quint32(doc.codes.size());
    out.integer(qint32(codes));
    for (const QString& code : doc.codes) {
        out.field(code);
    }
    out.integer(qint32(prepared.exactKeys.size()));
    for (const QByteArray& key : prepared.exactKeys) {
        out.field(key);
    }
    m_docs.push_back(at);
}

void SearchIndexFromRecords::finishAdding()
{
    if (!m_usable || m_finished) {
        return;
    }
    if (m_addOrder == Order::ById) {
        // Already in order; write() gathers the exact keys as it stores the documents.
        m_ids = {};
        m_terms = m_preparer.documentFrequencies();
        publish(true);
        return;
    }
    m_order.resize(m_docs.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    // New ids are time-ordered, so most imports come sorted; ids the file gave are not.
    const auto byId = [this](std::uint32_t a, std::uint32_t b) { return m_ids[a] < m_ids[b]; };
    if (!std::is_sorted(m_order.begin(), m_order.end(), byId)) {
        std::sort(m_order.begin(), m_order.end(), byId);
    }
    m_ids = {};
    // The organisations are the first documents write() stores, in this order, sequences from 1.
    m_keys = std::make_unique<SearchKeySorter>();
    m_keys->reserve(qint64(m_docs.size()) * 3);
    std::vector<SearchFtsPrebuild::Doc> texts;
    if (m_fts) {
        texts.reserve(m_order.size());
    }
    auto view = [](const std::pair<const char*, std::size_t>& field) {
        return QByteArrayView(field.first, qsizetype(field.second));
    };
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        DocReader doc(m_docs[m_order[i]]);
        const qint64 docid = SearchIndexWriter::docidFor(doc.integer(), qint64(i) + 1);
        doc.integer();
        doc.integer();
        doc.field(); // id
        SearchFtsPrebuild::Doc text{docid, view(doc.field()), view(doc.field()), view(doc.field())};
        if (m_fts) {
            texts.push_back(text);
        }
        doc.field(); // keys
        doc.field(); // geo
        for (qint32 codes = doc.integer(); codes > 0; --codes) {
            doc.field();
        }
        for (qint32 keys = doc.integer(); keys > 0; --keys) {
            m_keys->add(doc.bytes(), docid);
        }
    }
    m_keys->sort();
    m_terms = m_preparer.documentFrequencies();
    m_finished = true;
    if (m_fts) {
        // The FTS5 tables are built on a thread of their own while the writer goes on with the
        // catalogue (started last: the writer waits for this thread's sorting above).
        m_fts->start(std::move(texts));
    }
}

bool SearchIndexFromRecords::write(SearchIndexWriter& writer, const std::function<void(qint64)>& progress)
{
    const bool streaming = m_addOrder == Order::ById;
    if (!m_usable || (!streaming && !m_finished)) {
        return false;
    }
    const bool profile = qEnvironmentVariableIsSet("DALIL_SEARCH_PROFILE");
    QElapsedTimer clock;
    clock.start();
    double cpu = threadCpuMs();
    auto lap = [&](const char* phase) {
        if (profile) {
            const double now = threadCpuMs();
            std::fprintf(stderr, "search from records: %-8s %8lld ms wall %8.0f ms CPU (this thread)\n",
                         phase, qint64(clock.restart()), now - cpu);
            cpu = now;
        }
    };
    SearchIndexRebuild::clear(m_db);
    writer.resetSequence();
    qint64 indexed = 0;
    double namesLength = 0;
    double bodyLength = 0;
    auto store = [&](const PreparedDoc& prepared) {
        const qint64 docid = SearchIndexWriter::docidFor(prepared.doc.importance, writer.nextSequence());
        writer.insertDocRow(docid, prepared.doc, prepared.names, prepared.body, prepared.skel, prepared.keys);
        namesLength += prepared.nameCount;
        bodyLength += prepared.bodyCount;
        ++indexed;
        if (progress && indexed % 10000 == 0) {
            progress(indexed);
        }
        return docid;
    };
    if (streaming) {
        m_keys = std::make_unique<SearchKeySorter>();
        m_keys->reserve(qint64(m_docs.capacity()) * 3);
    }
    qint64 waitedMs = 0;
    {
        // One document's fields, reused: its strings keep their room from one document to the next.
        PreparedDoc prepared;
        prepared.doc.kind = int(EntityKind::Organisation);
        const std::size_t count = streaming ? std::numeric_limits<std::size_t>::max() : m_order.size();
        for (std::size_t i = 0; i < count; ++i) {
            if (streaming && i == m_available) {
                QElapsedTimer waiting;
                waiting.start();
                const bool more = waitFor(i);
                waitedMs += waiting.elapsed();
                if (!more) {
                    break;
                }
            }
            DocReader doc(m_docs[streaming ? i : m_order[i]]);
            prepared.doc.importance = doc.integer();
            prepared.nameCount = doc.integer();
            prepared.bodyCount = doc.integer();
            doc.text(prepared.doc.entityId);
            prepared.names = doc.bytes();
            prepared.body = doc.bytes();
            prepared.skel = doc.bytes();
            prepared.keys = doc.bytes();
            prepared.doc.geo = doc.bytes();
            prepared.doc.codes.resize(doc.integer());
            for (QString& code : prepared.doc.codes) {
                doc.text(code);
            }
            const qint64 docid = store(prepared);
            if (streaming) {
                for (qint32 keys = doc.integer(); keys > 0; --keys) {
                    m_keys->add(doc.bytes(), docid);
                }
            }
        }
    }
    if (streaming && !waitForFinish()) {
        SearchIndexRebuild::clear(m_db); // nothing of it stays: the caller rebuilds the index
        return false;
    }
    if (profile) {
        std::fprintf(stderr, "search from records: waited for documents %lld ms\n", waitedMs);
    }
    lap("orgs");
    bool others = false;
    auto storeOther = [&](IndexDoc&& doc) {
        const PreparedDoc prepared = m_preparer.prepare(std::move(doc));
        const qint64 docid = store(prepared);
        for (const QByteArray& key : prepared.exactKeys) {
            m_keys->add(key, docid);
        }
        others = true;
    };
    sqlite3* db = m_db.handle();
    {
        SqlStatement rows(db, SearchDocumentBuilder::kFundingSql);
        while (rows.step()) {
            storeOther(m_builder.buildFunding(rows));
        }
    }
    {
        SqlStatement rows(db, SearchDocumentBuilder::kResourceSql);
        while (rows.step()) {
            storeOther(m_builder.buildResource(rows));
        }
    }
    {
        SqlStatement rows(db, SearchDocumentBuilder::kEventSql);
        while (rows.step()) {
            storeOther(m_builder.buildEvent(rows));
        }
    }
    lap("others");
    if (others) {
        m_terms = m_preparer.documentFrequencies();
    }
    // The FTS5 tables built meanwhile hold the organisations only: funding, resources and events
    // take their docids among them, and then the tables are filled by 'rebuild'.
    const bool ftsFilled = m_fts && !others;
    if (ftsFilled) {
        m_ftsPrebuilt = m_fts->fillInto(m_db);
        lap("fts");
    }
    m_fts.reset(); // its build has stopped reading the documents
    m_docs = {};
    m_order = {};
    // Freed on a thread of its own while this one fills the FTS5 tables.
    std::thread freeing([arena = std::move(m_arena)]() mutable { arena = Arena(); });
    const auto joinFreeing = qScopeGuard([&] { freeing.join(); });
    if (streaming) {
        // As the rebuild: the exact keys sorted on another thread while this one fills the FTS5
        // tables.
        std::thread sorting([this] { m_keys->sort(); });
        const auto joinSorting = qScopeGuard([&] { sorting.join(); });
        SearchIndexRebuild::fillFts(m_db);
        lap("fts");
    }
    m_keys->write(db);
    m_keys.reset();
    lap("keys");
    if (streaming || ftsFilled) {
        SearchIndexRebuild::finishTerms(m_db, writer, m_terms, indexed, namesLength, bodyLength);
    } else {
        SearchIndexRebuild::finish(m_db, writer, m_terms, indexed, namesLength, bodyLength);
    }
    lap("fts+terms");
    m_db.execute("DELETE FROM meta WHERE key IN ('search_stale', 'search_pending', 'search_defer')");
    m_usable = false; // the documents are spent
    return true;
}

} // namespace dalil
