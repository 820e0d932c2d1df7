#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <atomic>
#include <thread>
#include <utility>
#include <vector>

struct sqlite3;

namespace dalil {

class Database;

// The search index's three FTS5 tables built on a thread of their own, while the writer's thread is
// busy with other work: into a private in-memory database holding the same tables (their CREATE
// statements and settings read from the catalogue, so the two can never differ), fed the documents'
// text with their docids in docid order, which is what the catalogue's 'rebuild' reads from
// search_doc. The writer then puts the tables' records (the shadow tables %_data, %_idx and
// %_config) in place of the catalogue's: the same index as SearchIndexRebuild::fillFts() makes,
// byte for byte (tst_import_paths compares them), without tokenising a document on the writer.
// Nothing is written to disk until copyInto(), and then only inside the caller's transaction.
class SearchFtsPrebuild
{
public:
    // One document's indexed text (UTF-8, not owned: it must outlive the build).
    struct Doc
    {
        qint64 docid = 0;
        QByteArrayView names;
        QByteArrayView body;
        QByteArrayView skel;
    };

    // On the writer's thread: reads the catalogue's definitions of the three tables and their
    // settings. Throws DbError when they cannot be read.
    explicit SearchFtsPrebuild(Database& db);
    // Stops the build at its next few documents and waits for it.
    ~SearchFtsPrebuild();
    SearchFtsPrebuild(const SearchFtsPrebuild&) = delete;
    SearchFtsPrebuild& operator=(const SearchFtsPrebuild&) = delete;

    // Starts the build of every document of the index, once (in any order: they are sorted there).
    // The documents' text is read until copyInto() or the destructor.
    void start(std::vector<Doc> docs);
    // On the writer's thread, inside a transaction and right after SearchIndexRebuild::clear(),
    // with search_doc holding exactly the documents given to start(): waits for the build, then
    // replaces the catalogue's three tables' records by the ones built and sets the tables back to
    // their incremental settings, as fillFts() does. Returns false, having changed nothing, when
    // the build was not started or failed: the caller then runs fillFts().
    bool copyInto(Database& db);

private:
    struct Table
    {
        QByteArray name;
        QByteArray create;
        std::vector<std::pair<QByteArray, QByteArray>> settings; // %_config, but 'version'
    };
    void build();
    void fill(const Table& table);
    void closeMemory();

    std::vector<Table> m_tables;
    std::vector<Doc> m_docs;
    sqlite3* m_memory = nullptr;
    bool m_built = false; // set by the build's thread, read once it is joined
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace dalil
