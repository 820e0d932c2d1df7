#include "search/SearchIndexFeed.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"
#include "catalogue/TableSpec.h"
#include "search/SearchIndexRebuild.h"
#include "search/SearchIndexWriter.h"
#include "search/SearchQuery.h"
#include "search/ThreadCpu.h"

#include <QHash>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <numeric>
#include <optional>

namespace dalil {

namespace {

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
    // From a field found before (its row's end unknown: read only what the row holds).
    explicit ArenaReader(const char* at)
        : m_at(at)
        , m_end(nullptr)
    {
    }
    bool atEnd() const { return m_at >= m_end; }
    const char* position() const { return m_at; }
    void skip(int fields)
    {
        for (int i = 0; i < fields; ++i) {
            next();
        }
    }
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
    m_documents.reset();
}

void SearchIndexFeed::stopWorker()
{
    if (m_worker.joinable()) {
        m_stop = true;
        m_worker.join();
    }
}

void SearchIndexFeed::startBuilding()
{
    if (!m_usable || m_started) {
        return;
    }
    m_started = true;
    if (!m_existing.isEmpty()) {
        // A handful (the sample): their documents as the catalogue holds them.
        SearchDocumentBuilder reader(m_db);
        reader.loadVocabulary();
        for (const QString& id : std::as_const(m_existing)) {
            if (std::optional<IndexDoc> doc = reader.loadDoc(id, int(EntityKind::Organisation))) {
                m_existingDocs.push_back(std::move(*doc));
            }
        }
        std::sort(m_existingDocs.begin(), m_existingDocs.end(), [](const IndexDoc& a, const IndexDoc& b) {
            return a.entityId.toUtf8() < b.entityId.toUtf8();
        });
    }
    // The vocabulary is read here: its rows have all come. The documents are made in id order, so
    // that write() stores each as soon as it is made.
    m_documents = std::make_unique<SearchIndexFromRecords>(
        m_db, m_organisations.rows + qint64(m_existingDocs.size()), SearchIndexFromRecords::Order::ById);
    m_worker = std::thread([this] {
        const double started = threadCpuMs();
        try {
            build();
            if (m_stop) {
                m_documents->abandon();
            } else {
                m_documents->finishAdding();
            }
        } catch (...) {
            m_documents->abandon(); // out of memory: the index is rebuilt from the catalogue instead
        }
        m_workerCpuMs = threadCpuMs() - started;
    });
}

namespace {

// Rows of an arena grouped by the organisation they concern, each group in the arena's order (the
// order the rows were written in, which is the order the rebuild reads them back in).
class RowGroups
{
public:
    explicit RowGroups(std::size_t organisations)
        : m_start(organisations + 1, 0)
    {
    }
    // First every row's organisation (or none), in the order of the groups...
    void count(qint64 organisation)
    {
        m_owners.push_back(organisation);
        if (organisation >= 0) {
            ++m_start[std::size_t(organisation) + 1];
        }
    }
    // ...then the same rows again in the same order, with what to keep of each.
    void fill(const char* field)
    {
        if (!m_counted) {
            m_counted = true;
            for (std::size_t i = 1; i < m_start.size(); ++i) {
                m_start[i] += m_start[i - 1];
            }
            m_next.assign(m_start.begin(), m_start.end() - 1);
            m_fields.resize(m_start.back());
        }
        const qint64 organisation = m_owners[m_filled++];
        if (organisation >= 0) {
            m_fields[m_next[std::size_t(organisation)]++] = field;
        }
    }
    std::pair<const char* const*, const char* const*> of(std::size_t organisation) const
    {
        if (m_fields.empty()) {
            return {nullptr, nullptr};
        }
        return {m_fields.data() + m_start[organisation], m_fields.data() + m_start[organisation + 1]};
    }

private:
    std::vector<std::size_t> m_start;
    std::vector<std::size_t> m_next;
    std::vector<qint64> m_owners;
    std::size_t m_filled = 0;
    bool m_counted = false;
    std::vector<const char*> m_fields;
};

} // namespace

void SearchIndexFeed::build()
{
    using Org = SearchIndexFromRecords::Organisation;
    // Where each organisation's row starts, and its id (raw, in the arena) to find it by.
    std::vector<const char*> rows;
    std::vector<QByteArray> ids;
    rows.reserve(std::size_t(m_organisations.rows));
    ids.reserve(std::size_t(m_organisations.rows));
    QHash<QByteArray, qint64> byId;
    byId.reserve(qsizetype(m_organisations.rows));
    for (ArenaReader row(m_organisations.bytes); !row.atEnd();) {
        rows.push_back(row.position());
        const auto [id, size] = row.next();
        ids.push_back(QByteArray::fromRawData(id, std::max<qint32>(size, 0)));
        byId.insert(ids.back(), qint64(rows.size() - 1));
        row.skip(int(m_organisationColumns.size()) - 1);
    }
    auto find = [&](std::pair<const char*, qint32> id) -> qint64 {
        return byId.value(QByteArray::fromRawData(id.first, std::max<qint32>(id.second, 0)), -1);
    };
    // Offices, networks and partners in the order the rebuild's streams give them: by the rows'
    // order in their table, which is the order they were written in; partners first where the
    // organisation is org_a, then where it is org_b.
    RowGroups offices(rows.size());
    RowGroups networks(rows.size());
    RowGroups partners(rows.size());
    std::vector<qint64> memberCounts(rows.size(), 0);
    for (ArenaReader row(m_offices.bytes); !row.atEnd(); row.skip(int(m_officeColumns.size()) - 1)) {
        offices.count(find(row.next()));
    }
    for (ArenaReader row(m_offices.bytes); !row.atEnd(); row.skip(int(m_officeColumns.size()) - 1)) {
        row.next();
        offices.fill(row.position());
    }
    for (ArenaReader row(m_memberships.bytes); !row.atEnd();) {
        networks.count(find(row.next()));
        if (const qint64 network = find(row.next()); network >= 0) {
            ++memberCounts[std::size_t(network)];
        }
    }
    for (ArenaReader row(m_memberships.bytes); !row.atEnd();) {
        row.next();
        networks.fill(row.position());
        row.next();
    }
    for (const bool sideA : {true, false}) {
        for (ArenaReader row(m_partnerships.bytes); !row.atEnd();) {
            const auto a = row.next();
            const auto b = row.next();
            partners.count(find(sideA ? a : b));
        }
    }
    for (const bool sideA : {true, false}) {
        for (ArenaReader row(m_partnerships.bytes); !row.atEnd();) {
            const char* a = row.position();
            row.next();
            const char* b = row.position();
            row.next();
            partners.fill(sideA ? b : a);
        }
    }
    byId = {};

    // In the catalogue's order (BINARY), which the hub's is not (org-10 before org-2), merged with
    // the catalogue's own organisations.
    std::vector<std::uint32_t> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    const auto byIdOrder = [&](std::uint32_t a, std::uint32_t b) { return ids[a] < ids[b]; };
    if (!std::is_sorted(order.begin(), order.end(), byIdOrder)) {
        std::sort(order.begin(), order.end(), byIdOrder);
    }
    std::size_t existing = 0;
    // One organisation at a time, its strings reused from one to the next.
    Org org;
    for (const std::uint32_t index : order) {
        if (m_stop) {
            return;
        }
        while (existing < m_existingDocs.size() && m_existingDocs[existing].entityId.toUtf8() < ids[index]) {
            m_documents->add(std::move(m_existingDocs[existing++]));
        }
        ArenaReader row(rows[index]);
        org.id = row.text();
        org.nameAr = row.text();
        org.nameEn = row.text();
        org.nameFr = row.text();
        org.acronym = row.text();
        org.type = row.text();
        org.sectors = row.list();
        org.countries = row.list();
        org.descriptionAr = row.text();
        org.descriptionEn = row.text();
        org.founded.reset();
        if (const std::optional<qint64> founded = row.integer()) {
            org.founded = int(*founded);
        }
        org.registrationId = row.text();
        org.languages = row.list();
        org.source = row.text();
        org.offices.clear();
        for (auto [at, end] = offices.of(index); at != end; ++at) {
            ArenaReader field(*at);
            SearchDocumentBuilder::Office& office = org.offices.emplace_back();
            office.country = field.text();
            office.admin1 = field.text();
            office.admin1Pcode = field.text();
            office.admin2 = field.text();
            office.city = field.text();
            office.lat = field.real();
            office.lon = field.real();
        }
        org.networks.clear();
        for (auto [at, end] = networks.of(index); at != end; ++at) {
            org.networks.append(ArenaReader(*at).text());
        }
        org.partners.clear();
        for (auto [at, end] = partners.of(index); at != end; ++at) {
            org.partners.append(ArenaReader(*at).text());
        }
        org.memberCount = memberCounts[index];
        m_documents->add(org);
    }
    while (existing < m_existingDocs.size()) {
        m_documents->add(std::move(m_existingDocs[existing++]));
    }
    m_existingDocs.clear();
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
    // The documents are stored as the worker makes them.
    SearchIndexWriter writer(m_db);
    const SearchIndexRebuild::CacheScope cache(m_db);
    const bool written = m_documents->write(writer, progress);
    m_worker.join();
    if (qEnvironmentVariableIsSet("DALIL_SEARCH_PROFILE")) {
        std::fprintf(stderr, "search feed: documents made in %.0f ms CPU (worker)\n", m_workerCpuMs);
    }
    m_documents.reset();
    m_organisations = {};
    m_offices = {};
    m_memberships = {};
    m_partnerships = {};
    return written;
}

} // namespace dalil
