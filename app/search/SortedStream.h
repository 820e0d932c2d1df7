#pragma once

#include "catalogue/SqlStatement.h"

#include <QByteArray>

#include <cstring>

struct sqlite3;

namespace dalil {

// Rows of one query ordered by their first column (an organisation id), read alongside the
// organisations in id order: a merge join that keeps a million organisations out of memory.
class SortedStream
{
public:
    SortedStream(sqlite3* db, const char* sql);

    // Calls `take` for every row whose key equals `key`, skipping smaller keys.
    template <typename F> void take(const QByteArray& key, F&& visit)
    {
        while (m_valid) {
            const int order = std::strcmp(m_query.utf8View(0).data(), key.constData());
            if (order > 0) {
                return;
            }
            if (order == 0) {
                visit(m_query);
            }
            m_valid = m_query.step();
        }
    }

private:
    SqlStatement m_query;
    bool m_valid = false;
};

} // namespace dalil
