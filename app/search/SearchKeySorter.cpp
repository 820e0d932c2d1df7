#include "search/SearchKeySorter.h"

#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"

#include <QDataStream>
#include <QTemporaryFile>

#include <algorithm>
#include <cstring>
#include <deque>
#include <queue>

namespace dalil {

namespace {

// SQLite's BINARY collation: bytes, then length; then the docid (the second column of the key).
int compareKeys(const char* a, int aSize, qint64 aDocid, const char* b, int bSize, qint64 bDocid)
{
    const int order = std::memcmp(a, b, size_t(std::min(aSize, bSize)));
    if (order != 0) {
        return order;
    }
    if (aSize != bSize) {
        return aSize < bSize ? -1 : 1;
    }
    return aDocid < bDocid ? -1 : (aDocid > bDocid ? 1 : 0);
}

// One sorted run read back from its file, one key at a time.
class RunReader
{
public:
    explicit RunReader(QTemporaryFile& file)
        : m_file(file)
    {
        m_file.seek(0);
        next();
    }
    bool valid() const { return m_valid; }
    const QByteArray& key() const { return m_key; }
    qint64 docid() const { return m_docid; }
    void next()
    {
        quint32 size = 0;
        m_valid = m_file.read(reinterpret_cast<char*>(&size), sizeof size) == qint64(sizeof size);
        if (!m_valid) {
            return;
        }
        m_key.resize(qsizetype(size));
        m_valid = m_file.read(m_key.data(), size) == qint64(size) &&
                  m_file.read(reinterpret_cast<char*>(&m_docid), sizeof m_docid) == qint64(sizeof m_docid);
    }

private:
    QTemporaryFile& m_file;
    QByteArray m_key;
    qint64 m_docid = 0;
    bool m_valid = false;
};

} // namespace

SearchKeySorter::SearchKeySorter(qint64 runBytes)
    : m_runBytes(std::max<qint64>(1024, runBytes))
{
}

SearchKeySorter::~SearchKeySorter() = default;

void SearchKeySorter::reserve(qint64 keys)
{
    // Names are some 30-40 bytes of UTF-8.
    constexpr qint64 kKeyBytes = 40;
    m_reserveKeys = keys;
    const qint64 fit = std::min(keys, m_runBytes / qint64(sizeof(Ref) + kKeyBytes));
    if (fit > qint64(m_refs.capacity())) {
        m_refs.reserve(size_t(fit));
    }
    if (fit * kKeyBytes > m_bytes.capacity()) {
        m_bytes.reserve(qsizetype(fit * kKeyBytes));
    }
}

void SearchKeySorter::add(const QByteArray& key, qint64 docid)
{
    // Two heads compare as their keys' first 8 bytes do, a shorter key first (zero bytes after
    // it, and text holds none): when the heads differ, so do the keys, in the same order.
    quint64 head = 0;
    const qsizetype n = std::min<qsizetype>(key.size(), 8);
    for (qsizetype i = 0; i < 8; ++i) {
        head = (head << 8) | (i < n ? quint64(quint8(key[i])) : 0);
    }
    m_refs.push_back({head, quint32(m_bytes.size()), quint32(key.size()), docid});
    m_sorted = false;
    m_bytes.append(key);
    if (qint64(m_bytes.size()) + qint64(m_refs.size() * sizeof(Ref)) >= m_runBytes) {
        spill();
    }
}

void SearchKeySorter::sort()
{
    if (!m_sorted) {
        sortRun();
    }
}

void SearchKeySorter::sortRun()
{
    const char* bytes = m_bytes.constData();
    std::sort(m_refs.begin(), m_refs.end(), [bytes](const Ref& a, const Ref& b) {
        if (a.head != b.head) {
            return a.head < b.head;
        }
        // Equal heads: the first 8 bytes are equal (or both keys are the same shorter key).
        const quint32 skip = std::min<quint32>({8, a.size, b.size});
        return compareKeys(bytes + a.offset + skip, int(a.size - skip), a.docid, bytes + b.offset + skip,
                           int(b.size - skip), b.docid) < 0;
    });
    m_sorted = true;
}

void SearchKeySorter::spill()
{
    sort();
    auto file = std::make_unique<QTemporaryFile>();
    if (!file->open()) {
        throw DbError(QStringLiteral("cannot write a temporary file for the search index: %1")
                          .arg(file->errorString()));
    }
    QByteArray out;
    out.reserve(m_bytes.size() + qsizetype(m_refs.size() * (sizeof(quint32) + sizeof(qint64))));
    for (const Ref& ref : m_refs) {
        out.append(reinterpret_cast<const char*>(&ref.size), sizeof ref.size);
        out.append(m_bytes.constData() + ref.offset, ref.size);
        out.append(reinterpret_cast<const char*>(&ref.docid), sizeof ref.docid);
    }
    if (file->write(out) != out.size() || !file->flush()) {
        throw DbError(QStringLiteral("cannot write a temporary file for the search index: %1")
                          .arg(file->errorString()));
    }
    m_runs.push_back(std::move(file));
    ++m_spilled;
    m_bytes = QByteArray();
    m_refs = std::vector<Ref>();
    reserve(m_reserveKeys);
}

namespace {

// Keys go to SQLite kRowsPerInsert at a time: one statement step per key costs more than the
// B-tree insert of a short key.
constexpr int kRowsPerInsert = 64;

class KeyInserter
{
public:
    explicit KeyInserter(sqlite3* db)
        : m_db(db)
        , m_many(db, sql(kRowsPerInsert).constData())
    {
    }
    // `key` must stay unchanged until the next add() or finish().
    void add(const char* key, int size, qint64 docid)
    {
        m_pending.push_back({key, size, docid});
        if (int(m_pending.size()) == kRowsPerInsert) {
            flush(m_many);
        }
    }
    // Keys whose bytes are about to change (a run reader moving on) are copied first.
    void addCopy(const QByteArray& key, qint64 docid)
    {
        m_copies.push_back(key);
        add(m_copies.back().constData(), int(key.size()), docid);
    }
    void finish()
    {
        if (!m_pending.empty()) {
            SqlStatement rest(m_db, sql(int(m_pending.size())).constData());
            flush(rest);
        }
    }

private:
    struct Pending
    {
        const char* key;
        int size;
        qint64 docid;
    };
    static QByteArray sql(int rows)
    {
        QByteArray text = "INSERT OR IGNORE INTO search_key (key, docid) VALUES (?, ?)";
        for (int i = 1; i < rows; ++i) {
            text += ", (?, ?)";
        }
        return text;
    }
    void flush(SqlStatement& statement)
    {
        int index = 1;
        for (const Pending& row : m_pending) {
            statement.bindStatic(index++, row.key, row.size);
            statement.bind(index++, row.docid);
        }
        statement.exec();
        m_pending.clear();
        m_copies.clear();
    }

    sqlite3* m_db;
    SqlStatement m_many;
    std::vector<Pending> m_pending;
    std::deque<QByteArray> m_copies;
};

} // namespace

void SearchKeySorter::write(sqlite3* db)
{
    KeyInserter insert(db);
    if (m_runs.empty()) {
        sort();
        const char* bytes = m_bytes.constData();
        for (const Ref& ref : m_refs) {
            insert.add(bytes + ref.offset, int(ref.size), ref.docid);
        }
        insert.finish();
        m_bytes = QByteArray();
        m_refs = std::vector<Ref>();
        return;
    }
    m_reserveKeys = 0; // no room for another run after this one
    if (!m_refs.empty()) {
        spill(); // sorts the last run unless sort() did
    }
    std::vector<std::unique_ptr<RunReader>> readers;
    for (const auto& run : m_runs) {
        readers.push_back(std::make_unique<RunReader>(*run));
    }
    // The smallest current key of every run first.
    auto greater = [&](int a, int b) {
        const RunReader& x = *readers[size_t(a)];
        const RunReader& y = *readers[size_t(b)];
        return compareKeys(x.key().constData(), int(x.key().size()), x.docid(), y.key().constData(),
                           int(y.key().size()), y.docid()) > 0;
    };
    std::priority_queue<int, std::vector<int>, decltype(greater)> heap(greater);
    for (int i = 0; i < int(readers.size()); ++i) {
        if (readers[size_t(i)]->valid()) {
            heap.push(i);
        }
    }
    while (!heap.empty()) {
        const int i = heap.top();
        heap.pop();
        RunReader& reader = *readers[size_t(i)];
        insert.addCopy(reader.key(), reader.docid());
        reader.next();
        if (reader.valid()) {
            heap.push(i);
        }
    }
    insert.finish();
    readers.clear();
    m_runs.clear();
}

} // namespace dalil
