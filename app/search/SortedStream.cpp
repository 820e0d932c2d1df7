#include "search/SortedStream.h"

namespace dalil {

SortedStream::SortedStream(sqlite3* db, const char* sql)
    : m_query(db, sql)
{
    m_valid = m_query.step();
}

} // namespace dalil
