#pragma once

#include <QString>

#include <vector>

namespace dalil {

enum class ColumnType
{
    Text,
    Integer,
    Real,
    Bool,
    List,     // JSON array of strings
    Reference // id of a row in another table
};

struct Column
{
    const char* name;
    ColumnType type;
    bool editable = true; // may be set with `dalil-cli edit --set`
};

// Describes one syncable table: its data columns (the five sync columns id, rev, updated_at, deleted
// and dirty are implied). Records are QJsonObjects keyed by these names, which is also the shape of
// `show --json`, of exports in JSON and of sync changes.
struct TableSpec
{
    const char* table;
    std::vector<Column> columns;
    const char* parentColumn = nullptr; // child tables: the column that points at the owner

    const Column* column(const QString& name) const;
};

namespace tables {
const TableSpec& vocabulary();
const TableSpec& organisation();
const TableSpec& location();
const TableSpec& contact();
const TableSpec& membership();
const TableSpec& partnership();
const TableSpec& funding();
const TableSpec& resource();
const TableSpec& event();
const TableSpec& eventSession();
// Parents before children: the order in which a full copy can be applied.
const std::vector<const TableSpec*>& all();
const TableSpec* byName(const QString& table);
} // namespace tables

} // namespace dalil
