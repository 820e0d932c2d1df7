#pragma once

#include "exchange/NewRowsPipeline.h"

#include <cstddef>
#include <vector>

namespace dalil {

class SearchIndexFromRecords;
struct TableSpec;

// A written batch's organisations with their offices, as the catalogue hands them back to the search
// index's rebuild (SearchIndexRebuild): the same bytes, read from the values the INSERTs bound
// (NewRowsPipeline), for an import that makes its search documents from its rows
// (SearchIndexFromRecords) instead of reading them back.
class WrittenOrganisations
{
public:
    WrittenOrganisations();

    void read(const NewRowsPipeline::Batch& batch, SearchIndexFromRecords& index) const;

    // The position of column `name` in `spec`, or -1.
    static int columnIndex(const TableSpec& spec, const char* name);

private:
    std::vector<std::size_t> m_organisation;
    std::vector<std::size_t> m_office;
};

} // namespace dalil
