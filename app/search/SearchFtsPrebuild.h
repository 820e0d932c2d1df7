#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <atomic>
#include <thread>
#include <vector>

struct sqlite3;

namespace dalil {

class Database;

// The search index's three FTS5 tables built on a thread of their own, while the writer's thread is
// busy with other work: into a private in-memory database holding the same tables (their CREATE
// statements and settings read from the catalogue, so the two can never differ), fed the documents'
// text with their docids in docid order, which is what the catalogue's 'rebuild' reads from
// search_doc (filling a search_doc of its own and running 'rebuild' there cost as many
// instructions and more memory). The writer then puts the tables' records (the shadow tables %_data, %_idx
// and
// %_config) in place of the catalogue's: the same index as SearchIndexRebuild::fillFts() makes,
// byte for byte (tst_import_paths compares them), without tokenising a document on the writer.
// Nothing is written to disk until fillInto(), and then only inside the caller's transaction.
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

    // Starts the build from every document of the index, once (in any order: they are sorted
    // there). The documents' text is read until fillInto() or the destructor.
    void start(std::vector<Doc> docs);
    // On the writer's thread, inside a transaction and right after SearchIndexRebuild::clear(),
    // with search_doc holding exactly the documents given to start(): fills the three tables as
    // fillFts() does. A table the build has not begun by then is filled here by 'rebuild' (on a
    // busy machine the build may be behind); the others are waited for and their records copied
    // in (a table whose build or copy failed is rebuilt). Returns how many tables were copied.
    // DALIL_IMPORT_FTS_PREBUILD_WAIT=1 waits for every table instead (tests).
    int fillInto(Database& db);

private:
    struct Setting
    {
        QByteArray key;
        int type = 0; // SQLITE_INTEGER, SQLITE_FLOAT or text
        qint64 integer = 0;
        double real = 0;
        QByteArray text;
    };
    struct Table
    {
        QByteArray name;
        QByteArray create;
        std::vector<Setting> settings; // %_config, but 'version'
        bool built = false;            // by the build's thread, read once it is joined
    };
    void build();
    void fill(const Table& table);
    bool copy(Database& db, const Table& table);
    void closeMemory();

    std::vector<Table> m_tables;
    std::vector<Doc> m_docs;
    sqlite3* m_memory = nullptr;
    std::atomic<std::size_t> m_claimed{0}; // tables the build has begun (or may no longer begin)
    std::atomic<bool> m_stop{false};
    double m_buildCpuMs = 0; // the build's thread, read once it is joined
    std::thread m_thread;
};

} // namespace dalil
