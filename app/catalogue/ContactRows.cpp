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

QByteArrayView columnView(sqlite3_stmt* statement, int column)
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(statement, column)) : QByteArrayView();
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

// Every organisation's first office (the live one with the lowest rowid): its country and city by
// the organisation's id, read in one pass over the offices. Looked up per organisation by the
// export's query instead, through the location_organisation index and a second visit to the row, it
// was half of the export's time. An open-addressing table over one block of text: no allocation per
// organisation, and a lookup compares the full hash before it touches any text.
class FirstOffices
{
public:
    explicit FirstOffices(sqlite3* db)
    {
        // Sized once for every office row (SQLite counts them from the B-tree without reading them):
        // no rehash, and no second, larger table faulted in page by page.
        {
            const Statement count = prepare(db, "SELECT count(*) FROM location");
            const qint64 offices =
                sqlite3_step(count.get()) == SQLITE_ROW ? sqlite3_column_int64(count.get(), 0) : 0;
            size_t tableSize = 1024;
            while (tableSize < 2 * size_t(offices)) {
                tableSize *= 2;
            }
            m_slots.resize(tableSize);
        }
        const Statement query = prepare(
            db, "SELECT organisation_id, country, city FROM location WHERE deleted = 0 ORDER BY rowid");
        sqlite3_stmt* raw = query.get();
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
            const QByteArrayView organisation = columnView(raw, 0);
            const size_t hash = hashOf(organisation);
            Slot* slot = find(organisation, hash);
            if (slot && slot->length >= 0) {
                continue; // a later office of the same organisation
            }
            const QByteArrayView country = columnView(raw, 1);
            const QByteArrayView city = columnView(raw, 2);
            if (2 * (m_count + 1) > m_slots.size()) {
                grow();
                slot = find(organisation, hash);
            }
            *slot =
                Slot{hash, m_text.size(), int(organisation.size()), int(country.size()), int(city.size())};
            m_text.append(organisation).append(country).append(city);
            ++m_count;
        }
        if (rc != SQLITE_DONE) {
            throw DbError(QString::fromUtf8(sqlite3_errmsg(db)), rc);
        }
    }

    // The first office of an organisation: false when it has none.
    bool find(QByteArrayView organisation, QByteArrayView* country, QByteArrayView* city) const
    {
        const Slot* slot = const_cast<FirstOffices*>(this)->find(organisation, hashOf(organisation));
        if (!slot || slot->length < 0) {
            return false;
        }
        const char* text = m_text.constData() + slot->at + slot->length;
        *country = QByteArrayView(text, slot->countryLength);
        *city = QByteArrayView(text + slot->countryLength, slot->cityLength);
        return true;
    }

private:
    struct Slot
    {
        size_t hash = 0;
        qsizetype at = 0; // the organisation's id, then the country, then the city, in m_text
        int length = -1;  // of the id; -1: an empty slot
        int countryLength = 0;
        int cityLength = 0;
    };

    // The organisation's slot, or the empty slot where it would go (null while there are none).
    Slot* find(QByteArrayView organisation, size_t hash)
    {
        if (m_slots.empty()) {
            return nullptr;
        }
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot& slot = m_slots[i];
            if (slot.length < 0) {
                return &slot;
            }
            if (slot.hash == hash && slot.length == organisation.size() &&
                std::memcmp(m_text.constData() + slot.at, organisation.data(), size_t(slot.length)) == 0) {
                return &slot;
            }
        }
    }

    void grow()
    {
        std::vector<Slot> old(std::max<size_t>(1024, 2 * m_slots.size()));
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot& slot : old) {
            if (slot.length >= 0) {
                size_t i = slot.hash & mask;
                while (m_slots[i].length >= 0) {
                    i = (i + 1) & mask;
                }
                m_slots[i] = slot;
            }
        }
    }

    std::vector<Slot> m_slots; // a power of two, at most half full
    size_t m_count = 0;
    QByteArray m_text;
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
    const FirstOffices offices(db);
    const Statement query =
        prepare(db, "SELECT c.organisation_id, o.name_ar, o.name_en, o.acronym, c.name, c.role, c.emails, "
                    "c.phones, c.private "
                    "FROM organisation AS o "
                    "JOIN contact AS c ON c.organisation_id = o.id AND c.deleted = 0 "
                    "WHERE o.deleted = 0 AND (?1 OR c.private = 0) ORDER BY o.rowid, c.rowid");
    sqlite3_stmt* raw = query.get();
    sqlite3_bind_int(raw, 1, includePrivate ? 1 : 0);
    Row row;
    // The office of the organisation of the row before: an organisation's contacts come together.
    QByteArray officeOf;
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
        if (!lookedUp || officeOf != row.organisationId) {
            if (!offices.find(row.organisationId, &country, &city)) {
                country = city = QByteArrayView();
            }
            officeOf.resize(0);
            officeOf.append(row.organisationId);
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
