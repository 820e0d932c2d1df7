#include "catalogue/ContactRows.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

#include <sqlite3.h>

namespace dalil {

namespace {

using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>;

Statement prepare(sqlite3* db, const char* sql)
{
    sqlite3_stmt* raw = nullptr;
    const int prepared = sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    Statement statement(raw, sqlite3_finalize);
    if (prepared != SQLITE_OK) {
        throw DbError(QString::fromUtf8(sqlite3_errmsg(db)), prepared);
    }
    return statement;
}

// One cell as SQLite holds it. sqlite3_column_text() and sqlite3_column_bytes() each look the column
// up and end as an API call does (the mutex, the error state): through the value, that is done once
// a cell (the two calls were a ninth of an export's instructions). The value is read without the
// connection's mutex, as the text a cell's pointer points at always was: only by the thread that
// steps the statement (exports open a connection of their own, Threading::OneThread).
QByteArrayView columnView(sqlite3_stmt* statement, int column)
{
    sqlite3_value* value = sqlite3_column_value(statement, column);
    const auto* data = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return data ? QByteArrayView(data, sqlite3_value_bytes(value)) : QByteArrayView();
}

// A hash of a short text (an id), eight bytes at a time: a few instructions a word where qHash()
// (SipHash) spent over a hundred an id. Its low bits, which pick a slot, depend on every byte.
size_t hashOf(QByteArrayView bytes)
{
    const char* at = bytes.data();
    qsizetype left = bytes.size();
    quint64 hash = 0x9E3779B97F4A7C15ull ^ quint64(left);
    for (; left >= 8; at += 8, left -= 8) {
        quint64 word;
        std::memcpy(&word, at, 8);
        hash = (hash ^ word) * 0xFF51AFD7ED558CCDull;
        hash ^= hash >> 32;
    }
    quint64 word = 0;
    std::memcpy(&word, at, size_t(left));
    hash = (hash ^ word) * 0xC4CEB9FE1A85EC53ull;
    return size_t(hash ^ (hash >> 29));
}

// Text appended piece by piece into one block: a std::string or QByteArray append was some fifty
// instructions a piece, three pieces an office.
class TextBlock
{
public:
    // Room for `bytes` more at the end.
    char* append(size_t bytes)
    {
        if (m_size + bytes > m_capacity) {
            const size_t capacity = std::max<size_t>({4096, 2 * m_capacity, m_size + bytes});
            std::unique_ptr<char[]> grown(new char[capacity]);
            if (m_size > 0) {
                std::memcpy(grown.get(), m_data.get(), m_size);
            }
            m_data = std::move(grown);
            m_capacity = capacity;
        }
        char* at = m_data.get() + m_size;
        m_size += bytes;
        return at;
    }
    const char* data() const { return m_data.get(); }
    size_t size() const { return m_size; }

private:
    std::unique_ptr<char[]> m_data;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

inline void prefetch(const void* address)
{
#if defined(__GNUC__)
    __builtin_prefetch(address, 1);
#else
    Q_UNUSED(address);
#endif
}

// Every organisation's first office (the live one with the lowest rowid): its country and city by
// the organisation's id, read in one pass over the offices. Looked up per organisation by the
// export's query instead, through the location_organisation index and a second visit to the row, it
// was half of the export's time.
//
// A hash table probed once an office and once an organisation in the order the rows come was an
// eighth of the export's time in cache misses alone (a random slot of megabytes each time, between
// SQLite's own work). So the offices are kept in their storage order, in one block, and the table
// over them is built after the pass in one loop that asks for each slot ahead of its use; a lookup
// first tries the office after the one found last (organisations and their offices are mostly
// stored in the same order, as they were written), which reads memory in order, and only then the
// table. An office whose organisation already has an earlier one is marked as not the first.
class FirstOffices
{
public:
    explicit FirstOffices(sqlite3* db)
    {
        {
            const Statement count = prepare(db, "SELECT count(*) FROM location");
            const qint64 offices =
                sqlite3_step(count.get()) == SQLITE_ROW ? sqlite3_column_int64(count.get(), 0) : 0;
            m_offices.reserve(size_t(offices));
        }
        const Statement query = prepare(
            db, "SELECT organisation_id, country, city FROM location WHERE deleted = 0 ORDER BY rowid");
        sqlite3_stmt* raw = query.get();
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
            const QByteArrayView organisation = columnView(raw, 0);
            const QByteArrayView country = columnView(raw, 1);
            const QByteArrayView city = columnView(raw, 2);
            if (!m_offices.empty()) {
                // A later office of the organisation just before (its offices written together).
                const Office& last = m_offices.back();
                if (last.length == organisation.size() &&
                    std::memcmp(m_text.data() + last.at, organisation.data(), size_t(last.length)) == 0) {
                    continue;
                }
            }
            m_offices.push_back(Office{hashOf(organisation), m_text.size(), int(organisation.size()),
                                       int(country.size()), int(city.size()), true});
            char* text = m_text.append(size_t(organisation.size() + country.size() + city.size()));
            std::memcpy(text, organisation.data(), size_t(organisation.size()));
            std::memcpy(text + organisation.size(), country.data(), size_t(country.size()));
            std::memcpy(text + organisation.size() + country.size(), city.data(), size_t(city.size()));
        }
        if (rc != SQLITE_DONE) {
            throw DbError(QString::fromUtf8(sqlite3_errmsg(db)), rc);
        }
        index();
    }

    // The first office of an organisation: false when it has none.
    bool find(QByteArrayView organisation, QByteArrayView* country, QByteArrayView* city)
    {
        // The office after the last one found, past those that are not their organisation's first
        // (passed once for all: no lookup is for them, and organisations without an office, which
        // do not move m_next, must not pass them again).
        while (m_next < m_offices.size() && !m_offices[m_next].first) {
            ++m_next;
        }
        if (m_next < m_offices.size() && sameId(m_offices[m_next], organisation)) {
            return found(m_next, country, city);
        }
        const size_t hash = hashOf(organisation);
        const quint32 tag = quint32(hash >> 32);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot slot = m_slots[i];
            if (slot.office == 0) {
                return false;
            }
            if (slot.tag == tag && sameId(m_offices[slot.office - 1], organisation)) {
                return found(slot.office - 1, country, city);
            }
        }
    }

private:
    struct Office
    {
        size_t hash = 0;
        size_t at = 0;  // the organisation's id, then the country, then the city, in m_text
        int length = 0; // of the id
        int countryLength = 0;
        int cityLength = 0;
        bool first = true; // no earlier office of the same organisation
    };
    struct Slot
    {
        quint32 office = 0; // 1 + its index in m_offices; 0: an empty slot
        quint32 tag = 0;    // the high half of its hash
    };

    bool sameId(const Office& office, QByteArrayView organisation) const
    {
        return office.length == organisation.size() &&
               std::memcmp(m_text.data() + office.at, organisation.data(), size_t(office.length)) == 0;
    }

    bool found(size_t index, QByteArrayView* country, QByteArrayView* city)
    {
        const Office& office = m_offices[index];
        const char* text = m_text.data() + office.at + office.length;
        *country = QByteArrayView(text, office.countryLength);
        *city = QByteArrayView(text + office.countryLength, office.cityLength);
        m_next = index + 1;
        return true;
    }

    // The table over the offices, at most half full. Inserted in storage order, so an office that
    // meets its organisation already there is a later one. Each slot is asked for some offices ahead
    // of its insertion, so that the misses overlap instead of following each other.
    void index()
    {
        size_t size = 1024;
        while (size < 2 * m_offices.size()) {
            size *= 2;
        }
        m_slots.assign(size, Slot{});
        const size_t mask = size - 1;
        constexpr size_t kAhead = 16;
        const size_t count = m_offices.size();
        for (size_t k = 0; k < count; ++k) {
            if (k + kAhead < count) {
                prefetch(&m_slots[m_offices[k + kAhead].hash & mask]);
            }
            Office& office = m_offices[k];
            const quint32 tag = quint32(office.hash >> 32);
            size_t i = office.hash & mask;
            for (;; i = (i + 1) & mask) {
                const Slot slot = m_slots[i];
                if (slot.office == 0) {
                    break;
                }
                if (slot.tag == tag && sameId(m_offices[slot.office - 1],
                                              QByteArrayView(m_text.data() + office.at, office.length))) {
                    office.first = false;
                    break;
                }
            }
            if (office.first) {
                m_slots[i] = Slot{quint32(k + 1), tag};
            }
        }
    }

    std::vector<Office> m_offices; // live offices in storage order, one a run of the same organisation
    std::vector<Slot> m_slots;     // a power of two
    TextBlock m_text;
    size_t m_next = 0; // where the next lookup looks first
};

// Reads the catalogue file through a memory map for the life of the scope, then puts the
// connection's setting back. An export visits four tables and an index (about three times what the
// contact table alone holds) once each: through SQLite's page cache every page is copied out of the
// kernel's cache by a read() into freshly allocated cache memory, which at 100,000 contacts was more
// than half of the export's time; mapped, SQLite reads the kernel's pages where they are.
class MappedReads
{
public:
    explicit MappedReads(sqlite3* db)
        : m_db(db)
    {
        const Statement current = prepare(db, "PRAGMA mmap_size");
        m_before = sqlite3_step(current.get()) == SQLITE_ROW ? sqlite3_column_int64(current.get(), 0) : 0;
        // SQLite caps the size at what it was built to allow (SQLITE_MAX_MMAP_SIZE) and maps no more
        // of the file than there is.
        set(qint64(1) << 40);
    }
    ~MappedReads() { set(m_before); }
    MappedReads(const MappedReads&) = delete;
    MappedReads& operator=(const MappedReads&) = delete;

private:
    void set(qint64 bytes)
    {
        const QByteArray pragma = "PRAGMA mmap_size = " + QByteArray::number(bytes);
        sqlite3_exec(m_db, pragma.constData(), nullptr, nullptr, nullptr); // only a matter of speed
    }

    sqlite3* m_db;
    qint64 m_before = 0;
};

} // namespace

void ContactRows::forEach(Catalogue& catalogue, bool includePrivate,
                          const std::function<bool(const Row&)>& visit)
{
    // Contacts come by the contact_organisation index, already in storage order within each
    // organisation; each organisation's first office comes from a map made in one pass over the
    // offices before the first row.
    // The statement is used directly: cells are read without a copy, valid until the next step.
    sqlite3* db = catalogue.database().handle();
    const MappedReads mapped(db);
    FirstOffices offices(db);
    const Statement query =
        prepare(db, "SELECT c.organisation_id, o.name_ar, o.name_en, o.acronym, c.name, c.role, c.emails, "
                    "c.phones, c.private, o.rowid "
                    "FROM organisation AS o "
                    "JOIN contact AS c ON c.organisation_id = o.id AND c.deleted = 0 "
                    "WHERE o.deleted = 0 AND (?1 OR c.private = 0) ORDER BY o.rowid, c.rowid");
    sqlite3_stmt* raw = query.get();
    sqlite3_bind_int(raw, 1, includePrivate ? 1 : 0);
    Row row;
    // The office of the organisation of the row before: an organisation's contacts come together.
    sqlite3_int64 officeOf = 0;
    bool lookedUp = false;
    QByteArrayView country;
    QByteArrayView city;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        row.organisationId = columnView(raw, 0);
        row.nameAr = columnView(raw, 1);
        row.nameEn = columnView(raw, 2);
        row.acronym = columnView(raw, 3);
        row.name = columnView(raw, 4);
        row.role = columnView(raw, 5);
        row.emails = columnView(raw, 6);
        row.phones = columnView(raw, 7);
        row.isPrivate = sqlite3_column_int(raw, 8) != 0;
        const sqlite3_int64 organisation = sqlite3_column_int64(raw, 9);
        if (!lookedUp || officeOf != organisation) {
            if (!offices.find(row.organisationId, &country, &city)) {
                country = city = QByteArrayView();
            }
            officeOf = organisation;
            lookedUp = true;
        }
        row.country = country;
        row.city = city;
        if (!visit(row)) {
            return;
        }
    }
    if (rc != SQLITE_DONE) {
        throw DbError(QString::fromUtf8(sqlite3_errmsg(db)), rc);
    }
}

qint64 ContactRows::count(Catalogue& catalogue, bool includePrivate)
{
    Q_UNUSED(includePrivate);
    // Every contact row, tombstones and private ones too: SQLite counts a table's rows from its
    // B-tree pages without reading them (a WHERE reads each row: at 1.5 million contacts, 0.2-0.9 s
    // before the first row of an export).
    SqlStatement query(catalogue.database().handle(), "SELECT count(*) FROM contact");
    return query.step() ? query.int64(0) : 0;
}

void ContactRows::appendList(QByteArrayView json, QByteArrayView separator, QByteArray* out)
{
    // The catalogue writes lists compactly (["a","b"]); anything with an escape or another shape
    // goes through the JSON parser.
    const qsizetype n = json.size();
    if (n <= 2) {
        return;
    }
    const qsizetype start = out->size();
    if (json.front() == '[' && json.back() == ']') {
        // Written in place, not appended item by item (four appends a contact were a twentieth of
        // an export): at most the list itself and a separator for every two of its bytes.
        out->resize(start + n + (n / 2) * separator.size());
        const char* const in = json.data();
        char* const begin = out->data() + start;
        char* at = begin;
        qsizetype i = 1;
        bool first = true;
        while (i < n - 1) {
            if (in[i] != '"') {
                break;
            }
            const auto* close = static_cast<const char*>(std::memchr(in + i + 1, '"', size_t(n - i - 1)));
            if (!close) {
                break;
            }
            const qsizetype end = close - in;
            const size_t length = size_t(end - i - 1);
            if (std::memchr(in + i + 1, '\\', length)) {
                break; // an escape: the parser's work
            }
            if (!first) {
                std::memcpy(at, separator.data(), size_t(separator.size()));
                at += separator.size();
            }
            std::memcpy(at, in + i + 1, length);
            at += length;
            first = false;
            i = end + 1;
            if (i < n - 1 && in[i] == ',') {
                ++i;
            }
        }
        if (i == n - 1) {
            out->resize(start + (at - begin));
            return;
        }
        // Not the compact form after all: start again from what the parser says.
        out->resize(start);
    }
    bool first = true;
    for (const QJsonValue& item : QJsonDocument::fromJson(json.toByteArray()).array()) {
        if (!first) {
            out->append(separator);
        }
        out->append(item.toString().toUtf8());
        first = false;
    }
}

} // namespace dalil
