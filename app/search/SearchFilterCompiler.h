#pragma once

#include "search/SearchFilter.h"
#include "search/SearchQuery.h"

#include <QSet>

#include <optional>

namespace dalil {

class Database;
class SearchDocStore;

// Turns the filters of a query into a SearchFilter over the DocStore's codes: values looked up in
// the store (facet fields) or in search_code, kinds narrowed to those that have the field, and small
// areas answered from the R*Tree.
class SearchFilterCompiler
{
public:
    explicit SearchFilterCompiler(Database& db);

    SearchFilter compile(const SearchQuery& q, const SearchDocStore& store);

private:
    std::optional<QSet<qint64>> spatialFromRtree(const SearchQuery& q);

    Database& m_db;
};

} // namespace dalil
