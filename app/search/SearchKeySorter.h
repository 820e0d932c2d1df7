#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <memory>
#include <vector>

struct sqlite3;
class QTemporaryFile;

namespace dalil {

// The exact-name keys of a whole rebuild (search_key), gathered while the documents stream by and
// inserted in key order at the end: a B-tree filled in order is written once, page after page,
// instead of split at random places. Memory is bounded: past `runBytes` the keys gathered so far are
// sorted and written to a temporary file as one run, and the runs are merged at the end (a million
// records hold about three million keys, 300 MB in memory at once).
class SearchKeySorter
{
public:
    static constexpr qint64 kDefaultRunBytes = 32 * 1024 * 1024;

    explicit SearchKeySorter(qint64 runBytes = kDefaultRunBytes);
    ~SearchKeySorter();
    SearchKeySorter(const SearchKeySorter&) = delete;
    SearchKeySorter& operator=(const SearchKeySorter&) = delete;

    // Room for about `keys` keys (within the run's bytes) made at once: grown by doubling, the
    // buffers past a MiB are each new pages to fault in and old ones handed back.
    void reserve(qint64 keys);
    void add(const QByteArray& key, qint64 docid);
    // Sorts the keys gathered in memory, so that write() needs not: may run on another thread than
    // add() and write(), never at the same time as them.
    void sort();
    // Inserts every key into search_key in (key, docid) order (SQLite's BINARY collation).
    void write(sqlite3* db);
    // Runs written to disk so far (for tests and the profile).
    int spilledRuns() const { return m_spilled; }

private:
    struct Ref
    {
        quint64 head; // the key's first 8 bytes, big-endian, zero-padded: most comparisons end here
        quint32 offset;
        quint32 size;
        qint64 docid;
    };
    void sortRun();
    void spill();

    qint64 m_runBytes;
    QByteArray m_bytes;
    std::vector<Ref> m_refs;
    std::vector<std::unique_ptr<QTemporaryFile>> m_runs;
    int m_spilled = 0;
    qint64 m_reserveKeys = 0;
    bool m_sorted = false;
};

} // namespace dalil
