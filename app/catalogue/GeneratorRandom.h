#pragma once

#include <QtGlobal>

#include <cstdint>
#include <random>

namespace dalil {

// The one source of randomness of the catalogue generator. std::mt19937_64 is specified bit for bit
// by the standard; the distributions of <random> are not (libstdc++ and libc++ differ), so the
// bounded integers and doubles are drawn here, and a seed gives the same catalogue everywhere.
class GeneratorRandom
{
public:
    explicit GeneratorRandom(quint64 seed)
        : m_engine(seed)
    {
    }

    quint64 next() { return m_engine(); }

    // Uniform in [0, bound) without modulo bias (Lemire's multiply-shift with rejection).
    quint32 below(quint32 bound)
    {
        if (bound <= 1) {
            return 0;
        }
        quint64 product = (next() >> 32) * bound;
        auto low = quint32(product);
        if (low < bound) {
            const quint32 threshold = quint32(-bound) % bound;
            while (low < threshold) {
                product = (next() >> 32) * bound;
                low = quint32(product);
            }
        }
        return quint32(product >> 32);
    }

    // Uniform in [low, high].
    int between(int low, int high) { return low + int(below(quint32(high - low + 1))); }

    // Uniform in [0, 1) with 53 random bits.
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    bool chance(double probability) { return unit() < probability; }

    template <typename Container> const auto& pick(const Container& items)
    {
        return items[below(quint32(std::size(items)))];
    }

    // A stateless 64-bit mix (splitmix64's finaliser): ids and node ids are derived from it so that
    // they depend only on (seed, kind, serial) and not on the order in which rows are drawn.
    static quint64 mix(quint64 value)
    {
        value += 0x9e3779b97f4a7c15ULL;
        value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
        value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
        return value ^ (value >> 31);
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace dalil
