#include "search/SearchKeySorter.h"

#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"

#include <QDataStream>
#include <QTemporaryFile>

#include <algorithm>
#include <cstring>
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

void SearchKeySorter::add(const QByteArray& key, qint64 docid)
{
    m_refs.push_back({quint32(m_bytes.size()), quint32(key.size()), docid});
    m_bytes.append(key);
    if (qint64(m_bytes.size()) + qint64(m_refs.size() * sizeof(Ref)) >= m_runBytes) {
        spill();
    }
}

void SearchKeySorter::sortRun()
{
    const char* bytes = m_bytes.constData();
    std::sort(m_refs.begin(), m_refs.end(), [bytes](const Ref& a, const Ref& b) {
        return compareKeys(bytes + a.offset, int(a.size), a.docid, bytes + b.offset, int(b.size), b.docid) <
               0;
    });
}

void SearchKeySorter::spill()
{
    sortRun();
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
}

void SearchKeySorter::write(sqlite3* db)
{
    SqlStatement insert(db, "INSERT OR IGNORE INTO search_key (key, docid) VALUES (?, ?)");
    if (m_runs.empty()) {
        sortRun();
        const char* bytes = m_bytes.constData();
        for (const Ref& ref : m_refs) {
            insert.bindStatic(1, bytes + ref.offset, int(ref.size)).bind(2, ref.docid).exec();
        }
        m_bytes = QByteArray();
        m_refs = std::vector<Ref>();
        return;
    }
    if (!m_refs.empty()) {
        spill();
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
        insert.bindStatic(1, reader.key().constData(), int(reader.key().size()))
            .bind(2, reader.docid())
            .exec();
        reader.next();
        if (reader.valid()) {
            heap.push(i);
        }
    }
    readers.clear();
    m_runs.clear();
}

} // namespace dalil
