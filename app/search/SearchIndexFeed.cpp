#include "search/SearchIndexFeed.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"
#include "catalogue/TableSpec.h"
#include "search/SearchIndexRebuild.h"
#include "search/SearchIndexWriter.h"
#include "search/SearchKeySorter.h"
#include "search/SearchQuery.h"

#include <QHash>
#include <QScopeGuard>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <optional>

namespace dalil {

namespace {

constexpr size_t kBatch = 256;
// Documents made ahead of the writer wait in memory (a few KB each): at most this many batches, so
// that the worker's head start does not hold a whole catalogue's documents at once.
constexpr size_t kReadyBatches = 32;

// Where each named column is among a row's fields (HubSchema::selectList order); `ok` turns false
// when the table has no such column.
std::vector<int> fieldsOf(const TableSpec& spec, std::initializer_list<const char*> names, bool* ok)
{
    std::vector<int> out;
    for (const char* name : names) {
        if (std::strcmp(name, "id") == 0) {
            out.push_back(0);
            continue;
        }
        int found = -1;
        for (size_t i = 0; i < spec.columns.size() && found < 0; ++i) {
            if (std::strcmp(spec.columns[i].name, name) == 0) {
                found = 5 + int(i);
            }
        }
        *ok = *ok && found >= 0;
        out.push_back(found);
    }
    return out;
}

// Reads back what SearchIndexFeed::keep() wrote, field after field.
class ArenaReader
{
public:
    explicit ArenaReader(const QByteArray& bytes)
        : m_at(bytes.constData())
        , m_end(bytes.constData() + bytes.size())
    {
    }
    bool atEnd() const { return m_at >= m_end; }
    // The next field: its bytes and size, -1 for NULL.
    std::pair<const char*, qint32> next()
    {
        qint32 size = 0;
        std::memcpy(&size, m_at, sizeof size);
        m_at += sizeof size;
        const char* data = m_at;
        m_at += std::max<qint32>(size, 0);
        return {data, size};
    }
    // As the catalogue hands it back: a text column keeps no empty string (written NULL).
    QString text() { return textOf(next()); }
    static QString textOf(std::pair<const char*, qint32> field)
    {
        return field.second > 0 ? QString::fromUtf8(field.first, field.second) : QString();
    }
    QByteArray utf8()
    {
        const auto [data, size] = next();
        return QByteArray(data, std::max<qint32>(size, 0));
    }
    // A list column: NULL is written as an empty list.
    QByteArray list()
    {
        const auto [data, size] = next();
        return size < 0 ? QByteArrayLiteral("[]") : QByteArray(data, size);
    }
    std::optional<qint64> integer()
    {
        const auto [data, size] = next();
        if (size < 0) {
            return std::nullopt;
        }
        return QByteArray::fromRawData(data, size).toLongLong();
    }
    std::optional<double> real()
    {
        const auto [data, size] = next();
        if (size < 0) {
            return std::nullopt;
        }
        return QByteArray::fromRawData(data, size).toDouble(); // the C locale, as the writer binds it
    }

private:
    const char* m_at;
    const char* m_end;
};

} // namespace

SearchIndexFeed::SearchIndexFeed(Database& db)
    : m_db(db)
{
    bool ok = true;
    // The columns SearchIndexRebuild reads, in the order it reads them.
    m_organisationColumns =
        fieldsOf(tables::organisation(),
                 {"id", "name_ar", "name_en", "name_fr", "acronym", "type", "sectors", "countries",
                  "description_ar", "description_en", "founded", "registration_id", "languages", "source"},
                 &ok);
    m_officeColumns = fieldsOf(
        tables::location(),
        {"organisation_id", "country", "admin1", "admin1_pcode", "admin2", "city", "lat", "lon"}, &ok);
    m_membershipColumns = fieldsOf(tables::membership(), {"member_id", "network_id"}, &ok);
    m_partnershipColumns = fieldsOf(tables::partnership(), {"org_a", "org_b"}, &ok);
    // The index this class fills is that of SearchIndexRebuild at the time of writing: a catalogue
    // with search tables it does not know (a newer index) is indexed by the rebuild instead.
    SqlStatement tables(db.handle(), "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE "
                                     "'search%'");
    while (ok && tables.step()) {
        const QByteArray name = tables.utf8(0);
        ok = name == "search_doc" || name == "search_key" || name == "search_term" || name == "search_code" ||
             name == "search_queue" || name.startsWith("search_name_fts") ||
             name.startsWith("search_all_fts") || name.startsWith("search_skel_fts");
    }
    if (!ok) {
        m_usable = false;
        return;
    }
    {
        SqlStatement existing(db.handle(), "SELECT id FROM organisation WHERE deleted = 0");
        while (existing.step()) {
            m_existing.insert(existing.text(0));
        }
    }
    // The catalogue's own offices and links (the shipped sample's) must concern only its own
    // organisations, whose documents are read from the catalogue: an incoming organisation's
    // document is made from the incoming rows alone.
    SqlStatement referenced(
        db.handle(), "SELECT organisation_id FROM location WHERE deleted = 0 UNION SELECT member_id FROM "
                     "membership WHERE deleted = 0 UNION SELECT network_id FROM membership WHERE deleted = 0 "
                     "UNION SELECT org_a FROM partnership WHERE deleted = 0 UNION SELECT org_b FROM "
                     "partnership WHERE deleted = 0");
    while (m_usable && referenced.step()) {
        m_usable = m_existing.contains(referenced.text(0));
    }
}

SearchIndexFeed::~SearchIndexFeed()
{
    stopWorker();
}

bool SearchIndexFeed::feeds(const TableSpec& spec)
{
    return &spec == &tables::vocabulary() || &spec == &tables::organisation() ||
           &spec == &tables::location() || &spec == &tables::membership() || &spec == &tables::partnership();
}

void SearchIndexFeed::keep(Arena& arena, const RecordTable::TextField* fields,
                           const std::vector<int>& columns)
{
    for (const int column : columns) {
        const RecordTable::TextField& field = fields[column];
        const qint32 size = field.data ? qint32(field.size) : -1;
        arena.bytes.append(reinterpret_cast<const char*>(&size), sizeof size);
        if (size > 0) {
            arena.bytes.append(field.data, size);
        }
    }
    ++arena.rows;
}

void SearchIndexFeed::addRow(const TableSpec& spec, const RecordTable::TextField* fields)
{
    if (!m_usable) {
        return;
    }
    if (m_started) {
        if (feeds(spec)) {
            abandon();
        }
        return;
    }
    if (fields[3].data && fields[3].size == 1 && fields[3].data[0] == 't') {
        return; // a tombstone: in no document
    }
    if (&spec == &tables::organisation()) {
        if (m_organisations.rows >= kMaxOrganisations) {
            abandon();
            return;
        }
        keep(m_organisations, fields, m_organisationColumns);
    } else if (&spec == &tables::location()) {
        keep(m_offices, fields, m_officeColumns);
    } else if (&spec == &tables::membership()) {
        keep(m_memberships, fields, m_membershipColumns);
    } else if (&spec == &tables::partnership()) {
        keep(m_partnerships, fields, m_partnershipColumns);
    }
    // Vocabulary rows are read back from the catalogue when the building starts.
}

void SearchIndexFeed::rowWrittenElsewhere(const TableSpec& spec)
{
    if (feeds(spec)) {
        abandon();
    }
}

void SearchIndexFeed::abandon()
{
    m_usable = false;
    stopWorker();
    m_organisations = {};
    m_offices = {};
    m_memberships = {};
    m_partnerships = {};
    m_existingDocs.clear();
}

void SearchIndexFeed::stopWorker()
{
    if (m_worker.joinable()) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_worker.join();
    }
}

void SearchIndexFeed::startBuilding()
{
    if (!m_usable || m_started) {
        return;
    }
    m_started = true;
    m_builder = std::make_unique<SearchDocumentBuilder>(m_db);
    m_builder->loadVocabulary();
    if (!m_existing.isEmpty()) {
        // A handful (the sample): their documents as the catalogue holds them, merged in id order.
        SearchDocumentBuilder reader(m_db);
        reader.loadVocabulary();
        std::vector<std::pair<QByteArray, QString>> ids;
        for (const QString& id : std::as_const(m_existing)) {
            ids.push_back({id.toUtf8(), id});
        }
        std::sort(ids.begin(), ids.end());
        for (const auto& [utf8, id] : ids) {
            if (std::optional<IndexDoc> doc = reader.loadDoc(id, int(EntityKind::Organisation))) {
                m_existingDocs.push_back(std::move(*doc));
            }
        }
    }
    m_worker = std::thread([this] { build(); });
}

void SearchIndexFeed::build()
{
    try {
        using Org = SearchDocumentBuilder::OrganisationData;
        std::vector<Org> orgs;
        std::vector<QByteArray> ids; // UTF-8, for the catalogue's order (BINARY collation)
        orgs.reserve(size_t(m_organisations.rows));
        ids.reserve(size_t(m_organisations.rows));
        QHash<QString, int> byId;
        byId.reserve(qsizetype(m_organisations.rows));
        for (ArenaReader row(m_organisations.bytes); !row.atEnd();) {
            Org& org = orgs.emplace_back();
            ids.push_back(row.utf8());
            org.id = QString::fromUtf8(ids.back());
            org.nameAr = row.text();
            org.nameEn = row.text();
            org.nameFr = row.text();
            org.acronym = row.text();
            org.type = row.text();
            org.sectors = row.list();
            org.countries = row.list();
            org.descriptionAr = row.text();
            org.descriptionEn = row.text();
            if (const std::optional<qint64> founded = row.integer()) {
                org.founded = int(*founded);
            }
            org.registrationId = row.text();
            org.languages = row.list();
            org.source = row.text();
            byId.insert(org.id, int(orgs.size() - 1));
        }
        m_organisations = {};
        auto find = [&](const QString& id) -> Org* {
            const auto it = byId.constFind(id);
            return it == byId.constEnd() ? nullptr : &orgs[size_t(*it)];
        };
        // Offices, networks and partners in the order the rebuild's streams give them: by the
        // rows' order in their table, which is the order they were written in.
        for (ArenaReader row(m_offices.bytes); !row.atEnd();) {
            Org* org = find(row.text());
            SearchDocumentBuilder::Office office;
            office.country = row.text();
            office.admin1 = row.text();
            office.admin1Pcode = row.text();
            office.admin2 = row.text();
            office.city = row.text();
            office.lat = row.real();
            office.lon = row.real();
            if (org) {
                org->offices.append(std::move(office));
            }
        }
        m_offices = {};
        for (ArenaReader row(m_memberships.bytes); !row.atEnd();) {
            const QString member = row.text();
            const QString network = row.text();
            if (Org* org = find(member)) {
                org->networks.append(network);
            }
            if (Org* org = find(network)) {
                ++org->memberCount;
            }
        }
        m_memberships = {};
        for (const bool sideA : {true, false}) {
            for (ArenaReader row(m_partnerships.bytes); !row.atEnd();) {
                const QString a = row.text();
                const QString b = row.text();
                if (Org* org = find(sideA ? a : b)) {
                    org->partners.append(sideA ? b : a);
                }
            }
        }
        m_partnerships = {};
        byId = {};

        std::vector<int> order(orgs.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return ids[size_t(a)] < ids[size_t(b)]; });
        std::vector<PreparedDoc> batch;
        batch.reserve(kBatch);
        auto add = [&](IndexDoc&& doc) {
            batch.push_back(m_preparer.prepare(std::move(doc)));
            if (batch.size() == kBatch) {
                push(std::move(batch));
                batch = {};
                batch.reserve(kBatch);
            }
        };
        size_t existing = 0;
        for (const int index : order) {
            if (m_stop) {
                return;
            }
            const QByteArray& id = ids[size_t(index)];
            while (existing < m_existingDocs.size() && m_existingDocs[existing].entityId.toUtf8() < id) {
                add(std::move(m_existingDocs[existing++]));
            }
            add(m_builder->buildOrganisation(orgs[size_t(index)]));
            orgs[size_t(index)] = Org();
        }
        while (existing < m_existingDocs.size()) {
            add(std::move(m_existingDocs[existing++]));
        }
        if (!batch.empty()) {
            push(std::move(batch));
        }
    } catch (...) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_workerError = std::current_exception();
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_workerDone = true;
    m_changed.notify_all();
}

void SearchIndexFeed::push(std::vector<PreparedDoc>&& docs)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [&] { return m_ready.size() < kReadyBatches || m_stop; });
    m_ready.push_back(std::move(docs));
    m_changed.notify_all();
}

std::vector<PreparedDoc> SearchIndexFeed::take()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_ready.empty() || m_workerDone; });
    if (!m_ready.empty()) {
        std::vector<PreparedDoc> docs = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return docs;
    }
    if (m_workerError) {
        std::rethrow_exception(m_workerError);
    }
    return {};
}

bool SearchIndexFeed::write(const std::function<void(qint64)>& progress)
{
    if (m_usable && !m_started) {
        startBuilding();
    }
    if (!m_usable) {
        stopWorker();
        return false;
    }
    // From here on as SearchIndexRebuild::run, the organisations' documents taken from the worker.
    SearchIndexRebuild::clear(m_db);
    SearchIndexWriter writer(m_db);
    writer.resetSequence();
    SearchKeySorter keys;
    qint64 indexed = 0;
    double namesLength = 0;
    double bodyLength = 0;
    auto store = [&](const PreparedDoc& prepared) {
        const qint64 docid = SearchIndexWriter::docidFor(prepared.doc.importance, writer.nextSequence());
        writer.insertDocRow(docid, prepared.doc, prepared.names, prepared.body, prepared.skel, prepared.keys);
        for (const QByteArray& key : prepared.exactKeys) {
            keys.add(key, docid);
        }
        namesLength += prepared.nameCount;
        bodyLength += prepared.bodyCount;
        ++indexed;
        if (progress && indexed % 10000 == 0) {
            progress(indexed);
        }
    };
    // The documents were allocated on the worker: freed there too, or on a thread of their own
    // while this one fills the FTS tables (freeing a million strings made on another thread costs
    // this thread a tenth of the writes).
    std::thread freeing;
    const auto joinFreeing = qScopeGuard([&] {
        if (freeing.joinable()) {
            freeing.join();
        }
    });
    auto freeLater = [&](std::vector<std::vector<PreparedDoc>>&& batches,
                         std::unique_ptr<SearchDocumentBuilder> builder = nullptr) {
        if (freeing.joinable()) {
            freeing.join();
        }
        freeing = std::thread([batches = std::move(batches), builder = std::move(builder)]() mutable {
            batches.clear();
            builder.reset();
        });
    };
    std::vector<std::vector<PreparedDoc>> spent;
    for (std::vector<PreparedDoc> docs = take(); !docs.empty(); docs = take()) {
        for (const PreparedDoc& doc : docs) {
            store(doc);
        }
        spent.push_back(std::move(docs));
        if (spent.size() == kReadyBatches) {
            freeLater(std::move(spent));
            spent = {};
        }
    }
    m_worker.join();
    sqlite3* db = m_db.handle();
    {
        SqlStatement rows(db, SearchDocumentBuilder::kFundingSql);
        while (rows.step()) {
            store(m_preparer.prepare(m_builder->buildFunding(rows)));
        }
    }
    {
        SqlStatement rows(db, SearchDocumentBuilder::kResourceSql);
        while (rows.step()) {
            store(m_preparer.prepare(m_builder->buildResource(rows)));
        }
    }
    {
        SqlStatement rows(db, SearchDocumentBuilder::kEventSql);
        while (rows.step()) {
            store(m_preparer.prepare(m_builder->buildEvent(rows)));
        }
    }
    freeLater(std::move(spent), std::move(m_builder));
    keys.write(db);
    SearchIndexRebuild::finish(m_db, writer, m_preparer, indexed, namesLength, bodyLength);
    m_db.execute("DELETE FROM meta WHERE key IN ('search_stale', 'search_pending', 'search_defer')");
    return true;
}

} // namespace dalil
