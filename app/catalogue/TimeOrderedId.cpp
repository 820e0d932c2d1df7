#include "catalogue/TimeOrderedId.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace dalil {

namespace {

void appendHex(char*& out, std::uint64_t value, int digits)
{
    static const char kDigits[] = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
        *out++ = kDigits[(value >> shift) & 0xf];
    }
}

} // namespace

TimeOrderedId::TimeOrderedId() = default;

QString TimeOrderedId::next()
{
    char text[kSize];
    next(text);
    return QString::fromLatin1(text, kSize);
}

void TimeOrderedId::next(char* out)
{
    std::uint64_t ms = std::uint64_t(QDateTime::currentMSecsSinceEpoch());
    if (ms <= m_lastMs) {
        // The same millisecond (or a clock set back): count on from the last id so the order holds;
        // when the 12-bit counter is spent, borrow the next millisecond.
        ms = m_lastMs;
        if (++m_counter > 0xfff) {
            ++ms;
            m_counter = 0;
        }
    } else {
        m_counter = 0;
    }
    m_lastMs = ms;
    const std::uint64_t random = QRandomGenerator::global()->generate64();
    const std::uint64_t high = (ms << 16) | 0x7000 | m_counter;
    const std::uint64_t low = 0x8000000000000000ULL | (random >> 2);
    appendHex(out, high >> 32, 8);
    *out++ = '-';
    appendHex(out, (high >> 16) & 0xffff, 4);
    *out++ = '-';
    appendHex(out, high & 0xffff, 4);
    *out++ = '-';
    appendHex(out, low >> 48, 4);
    *out++ = '-';
    appendHex(out, low & 0xffffffffffffULL, 12);
}

} // namespace dalil
