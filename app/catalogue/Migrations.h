#pragma once

#include <vector>

namespace dalil {

// One numbered schema step. Migration N takes a catalogue from user_version N-1 to N; each runs in
// its own transaction, after a backup copy of the file has been written.
struct Migration
{
    int version;
    const char* description;
    const char* sql;
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

} // namespace dalil
