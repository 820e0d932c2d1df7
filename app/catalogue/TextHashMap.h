#pragma once

#include <QHashSeed>
#include <QString>
#include <QStringView>

#include <algorithm>

#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

namespace dalil {

// A hash of UTF-16 text, 16 bytes per step by folded 64-bit multiplications. For tables of short
// tokens looked up millions of times (a bulk import's search documents): Qt 6.4's qHash(QString) is
// SipHash on Debian's generic x86-64 build, several times slower for a token of a few letters, and
// QHash cannot be given another hash for QString. Seeded with the process's QHash seed
// (QT_HASH_SEED=0 fixes it), but not a keyed cryptographic hash as SipHash is: a file made to
// collide on purpose could slow its own import's lookups, and change nothing they find.
inline std::uint64_t textHash(QStringView text, std::uint64_t seed) noexcept
{
    constexpr std::uint64_t k0 = 0x9e3779b97f4a7c15ULL; // 2^64 / golden ratio
    constexpr std::uint64_t k1 = 0xc2b2ae3d27d4eb4fULL;
    constexpr std::uint64_t k2 = 0x165667b19e3779f9ULL;
    auto fold = [](std::uint64_t a, std::uint64_t b) {
        const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
        return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
    };
    auto load = [](const unsigned char* at) {
        std::uint64_t word;
        std::memcpy(&word, at, sizeof word);
        return word;
    };
    const auto* at = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t left = std::size_t(text.size()) * sizeof(char16_t);
    std::uint64_t h = seed ^ (left * k0);
    for (; left >= 16; at += 16, left -= 16) {
        h = fold(load(at) ^ k1, load(at + 8) ^ h ^ k2);
    }
    if (left >= 8) {
        h = fold(load(at) ^ k1, h ^ k0);
        at += 8;
        left -= 8;
    }
    if (left > 0) {
        std::uint64_t tail = 0;
        std::memcpy(&tail, at, left);
        h = fold(tail ^ k2, h ^ k1);
    }
    return fold(h ^ k0, k1 ^ seed);
}

// A map from text to T for hot paths: lookups take a QStringView and copy nothing, hashing with
// textHash. Entries are kept in insertion order in one vector (iteration is that order); the table
// of slots holds their indexes, probed linearly and at most half full. References to values are valid
// until the next insertion.
template <typename T> class TextHashMap
{
public:
    struct Entry
    {
        QString key;
        T value;
        std::uint64_t hash;
    };

    TextHashMap()
        : m_seed(QHashSeed::globalSeed())
    {
    }

    std::size_t size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.empty(); }
    const std::vector<Entry>& entries() const { return m_entries; }

    void clear()
    {
        m_entries.clear();
        m_slots.assign(m_slots.size(), 0);
    }

    void reserve(std::size_t count)
    {
        m_entries.reserve(count);
        if (count * 2 > m_slots.size()) {
            rehash(count * 2);
        }
    }

    const T* find(QStringView key) const
    {
        if (m_slots.empty()) {
            return nullptr;
        }
        const std::uint64_t hash = textHash(key, m_seed);
        for (std::size_t slot = hash & mask();; slot = (slot + 1) & mask()) {
            const std::uint32_t index = m_slots[slot];
            if (index == 0) {
                return nullptr;
            }
            const Entry& entry = m_entries[index - 1];
            if (entry.hash == hash && QStringView(entry.key) == key) {
                return &entry.value;
            }
        }
    }
    T* find(QStringView key) { return const_cast<T*>(std::as_const(*this).find(key)); }

    // The value of key; when new, a default T under a copy of key (second: true).
    std::pair<T*, bool> findOrInsert(QStringView key)
    {
        if ((m_entries.size() + 1) * 2 > m_slots.size()) {
            rehash(std::max<std::size_t>(64, m_slots.size() * 2));
        }
        const std::uint64_t hash = textHash(key, m_seed);
        std::size_t slot = hash & mask();
        for (;; slot = (slot + 1) & mask()) {
            const std::uint32_t index = m_slots[slot];
            if (index == 0) {
                break;
            }
            Entry& entry = m_entries[index - 1];
            if (entry.hash == hash && QStringView(entry.key) == key) {
                return {&entry.value, false};
            }
        }
        m_entries.push_back(Entry{key.toString(), T(), hash});
        m_slots[slot] = std::uint32_t(m_entries.size());
        return {&m_entries.back().value, true};
    }
    T& operator[](QStringView key) { return *findOrInsert(key).first; }

private:
    std::size_t mask() const { return m_slots.size() - 1; }

    void rehash(std::size_t wanted)
    {
        std::size_t size = 64;
        while (size < wanted) {
            size *= 2;
        }
        m_slots.assign(size, 0);
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            std::size_t slot = m_entries[i].hash & mask();
            while (m_slots[slot] != 0) {
                slot = (slot + 1) & mask();
            }
            m_slots[slot] = std::uint32_t(i + 1);
        }
    }

    std::vector<Entry> m_entries;
    std::vector<std::uint32_t> m_slots; // 0: empty; else the entry's index + 1
    std::uint64_t m_seed;
};

} // namespace dalil
