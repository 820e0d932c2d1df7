#pragma once

struct sqlite3;

namespace dalil {

class Database;

// One read transaction over a whole search: its few hundred statements then share one snapshot
// and one lock, instead of taking and releasing the file lock for each of them. Nothing is opened
// when the connection is already inside a transaction.
class SearchReadScope
{
public:
    explicit SearchReadScope(Database& db);
    ~SearchReadScope();
    SearchReadScope(const SearchReadScope&) = delete;
    SearchReadScope& operator=(const SearchReadScope&) = delete;

private:
    sqlite3* m_handle;
    bool m_open = false;
};

} // namespace dalil
