#pragma once

#include <QString>

#include <cstdint>

namespace dalil {

// Record ids for bulk writers (an import): UUIDs in the version 7 layout of RFC 9562 (48-bit Unix
// milliseconds, a 12-bit counter that keeps ids made in the same millisecond in order, 62 random
// bits), so ids written one after another sort one after another. SQLite's primary-key index then
// grows at its right edge instead of touching a random page per insert, which is what made a
// 100,000-row import spend a third of its time on index upkeep with random (version 4) UUIDs.
// Uniqueness holds like a version 4 UUID's: 62 random bits per millisecond and counter value, from
// a generator seeded by the system. Any code that only parses UUIDs (sync, the hub, QUuid) takes
// them as they are; the generator (CatalogueGenerator) already writes ids of this layout.
class TimeOrderedId
{
public:
    TimeOrderedId();

    static constexpr int kSize = 36;

    // The next id, in lower-case text form without braces (as QUuid::WithoutBraces).
    QString next();
    // The same as kSize ASCII characters at `out` (no terminating zero): a bulk writer binds them
    // as they are, with no QString and no UTF-8 conversion per record.
    void next(char* out);

private:
    std::uint64_t m_lastMs = 0;
    std::uint32_t m_counter = 0;
};

} // namespace dalil
