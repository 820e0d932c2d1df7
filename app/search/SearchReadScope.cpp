#include "search/SearchReadScope.h"

#include "catalogue/Database.h"

#include <sqlite3.h>

namespace dalil {

SearchReadScope::SearchReadScope(Database& db)
    : m_handle(db.handle())
{
    if (sqlite3_get_autocommit(m_handle) &&
        sqlite3_exec(m_handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK) {
        m_open = true;
    }
}

SearchReadScope::~SearchReadScope()
{
    if (m_open && !sqlite3_get_autocommit(m_handle)) {
        sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr);
    }
}

} // namespace dalil
