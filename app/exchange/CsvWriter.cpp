#include "exchange/CsvWriter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dalil {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::CsvWriter", text);
}

// The code point that starts at `p` (a valid UTF-8 sequence, as SQLite and Qt write them).
char32_t decodeAt(const unsigned char* p, const unsigned char* end)
{
    const unsigned char b = *p;
    const int length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (end - p < length) {
        return b;
    }
    char32_t c = length == 1 ? b : length == 2 ? (b & 0x1F) : length == 3 ? (b & 0x0F) : (b & 0x07);
    for (int i = 1; i < length; ++i) {
        c = (c << 6) | (p[i] & 0x3F);
    }
    return c;
}

// Whether the UTF-8 sequence at `p` may be a space by QChar::isSpace(): besides ASCII, only
// U+0085, U+00A0 (lead byte 0xC2), U+1680 (0xE1), U+2000-U+200A, U+2028, U+2029, U+202F, U+205F
// (0xE2) and U+3000 (0xE3) are; any other lead byte starts no space and needs no decoding (an Arabic
// letter is 0xD8-0xDB). tst_exchange_export checks that rule against every code point.
inline bool isSpaceAt(const unsigned char* p, const unsigned char* end)
{
    const unsigned char b = *p;
    if (b < 0x80) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }
    if (b != 0xC2 && (b < 0xE1 || b > 0xE3)) {
        return false;
    }
    return QChar::isSpace(decodeAt(p, end));
}

// Whether a UTF-8 cell's first or last letter is a space (by the same rule as for text, encodeRow).
bool spaceAtEitherEnd(QByteArrayView cell)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(cell.data());
    const auto* end = begin + cell.size();
    // Most cells start with a letter that is no space and end in a printable ASCII one.
    const unsigned char first = *begin;
    const unsigned char lastByte = end[-1];
    const bool firstMayBe = first <= ' ' || first == 0xC2 || (first >= 0xE1 && first <= 0xE3);
    if (!firstMayBe && lastByte > ' ' && lastByte < 0x80) {
        return false;
    }
    const auto* last = end - 1;
    while (last > begin && (*last & 0xC0) == 0x80) {
        --last;
    }
    return isSpaceAt(begin, end) || isSpaceAt(last, end);
}

constexpr quint64 kEveryByte = 0x0101010101010101;

// Non-zero when one of the eight bytes of `word` is `byte`: (x - 1) borrows into the top bit of a
// byte only where x's byte is zero.
inline quint64 hasByte(quint64 word, char byte)
{
    const quint64 x = word ^ (kEveryByte * static_cast<unsigned char>(byte));
    return (x - kEveryByte) & ~x & (kEveryByte << 7);
}

// Non-zero when one of the eight bytes of `word` asks for quotes.
inline quint64 asksForQuotes(quint64 word, char delimiter)
{
    return hasByte(word, delimiter) | hasByte(word, '"') | hasByte(word, '\n') | hasByte(word, '\r');
}

// Copies `length` bytes from `in` to `out` and says whether one of them asks for quotes. Every byte
// is copied whatever it is (quoted cells are rare: they are written again); whole blocks are read,
// the last one overlapping the one before instead of a byte-by-byte tail (a tenth of an export's
// time went to testing byte by byte, then to the tails of short cells).
bool copyAndScan(const char* in, qsizetype length, char delimiter, char* out)
{
#if defined(__SSE2__)
    if (length >= 16) {
        const __m128i delimiters = _mm_set1_epi8(delimiter);
        const __m128i quotes = _mm_set1_epi8('"');
        const __m128i newlines = _mm_set1_epi8('\n');
        const __m128i returns = _mm_set1_epi8('\r');
        auto copy = [&](qsizetype at) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + at));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + at), block);
            return _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(block, delimiters), _mm_cmpeq_epi8(block, quotes)),
                _mm_or_si128(_mm_cmpeq_epi8(block, newlines), _mm_cmpeq_epi8(block, returns)));
        };
        __m128i found = _mm_setzero_si128();
        qsizetype at = 0;
        for (; length - at > 16; at += 16) {
            found = _mm_or_si128(found, copy(at));
        }
        found = _mm_or_si128(found, copy(length - 16));
        return _mm_movemask_epi8(found) != 0;
    }
#endif
    if (length >= 8) {
        quint64 found = 0;
        quint64 word;
        qsizetype at = 0;
        for (; length - at > 8; at += 8) {
            std::memcpy(&word, in + at, 8);
            std::memcpy(out + at, &word, 8);
            found |= asksForQuotes(word, delimiter);
        }
        std::memcpy(&word, in + length - 8, 8);
        std::memcpy(out + length - 8, &word, 8);
        return (found | asksForQuotes(word, delimiter)) != 0;
    }
    if (length >= 4) {
        // Two four-byte halves, overlapping when the cell is shorter than eight bytes.
        quint32 head;
        quint32 tail;
        std::memcpy(&head, in, 4);
        std::memcpy(&tail, in + length - 4, 4);
        std::memcpy(out, &head, 4);
        std::memcpy(out + length - 4, &tail, 4);
        return asksForQuotes(quint64(head) | (quint64(tail) << 32), delimiter) != 0;
    }
    bool found = false;
    for (qsizetype i = 0; i < length; ++i) {
        const char c = in[i];
        out[i] = c;
        found = found || c == delimiter || c == '"' || c == '\n' || c == '\r';
    }
    return found;
}

// Copies a UTF-8 cell to `out` as CSV, quoted only when it must be (the rule of encodeRow); returns
// the end of what was written. `out` has room for twice the cell and its quotes.
char* writeCell(QByteArrayView cell, char delimiter, char* out)
{
    if (cell.isEmpty()) {
        return out;
    }
    if (!copyAndScan(cell.data(), cell.size(), delimiter, out) && !spaceAtEitherEnd(cell)) {
        return out + cell.size();
    }
    *out++ = '"';
    for (const char c : cell) {
        if (c == '"') {
            *out++ = '"';
        }
        *out++ = c;
    }
    *out++ = '"';
    return out;
}

constexpr qsizetype kBufferBytes = 256 * 1024;
} // namespace

CsvWriter::CsvWriter(const QString& path, const Options& options)
    : m_file(path)
    , m_options(options)
{
}

bool CsvWriter::open(QString* error)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        *error = tr("%1: cannot be written (%2)").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    if (m_options.excel) {
        std::memcpy(reserve(3), "\xEF\xBB\xBF", 3);
        m_size += 3;
    }
    return true;
}

QByteArray CsvWriter::encodeRow(const QStringList& cells, QChar delimiter, const char* lineEnd)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            line.append(delimiter);
        }
        const QString& cell = cells[i];
        bool quote = false;
        for (const QChar c : cell) {
            if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r') {
                quote = true;
                break;
            }
        }
        quote = quote || (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
        if (quote) {
            line.append(u'"');
            for (const QChar c : cell) {
                if (c == u'"') {
                    line.append(u'"');
                }
                line.append(c);
            }
            line.append(u'"');
        } else {
            line.append(cell);
        }
    }
    QByteArray bytes = line.toUtf8();
    bytes.append(lineEnd);
    return bytes;
}

void CsvWriter::writeRow(const QStringList& cells)
{
    const QByteArray row = encodeRow(cells, m_options.delimiter, m_options.excel ? "\r\n" : "\n");
    std::memcpy(reserve(row.size()), row.constData(), size_t(row.size()));
    m_size += row.size();
}

void CsvWriter::writeRow(const QByteArrayView* cells, int count)
{
    if (m_options.delimiter.unicode() >= 0x80) {
        QStringList text;
        for (int i = 0; i < count; ++i) {
            text.append(QString::fromUtf8(cells[i]));
        }
        writeRow(text);
        return;
    }
    const char delimiter = char(m_options.delimiter.unicode());
    // At most: every cell quoted with every byte a doubled quote, the delimiters and the line end.
    qsizetype most = count + 2;
    for (int i = 0; i < count; ++i) {
        most += 2 * cells[i].size() + 2;
    }
    char* const start = reserve(most);
    char* out = start;
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            *out++ = delimiter;
        }
        out = writeCell(cells[i], delimiter, out);
    }
    if (m_options.excel) {
        *out++ = '\r';
    }
    *out++ = '\n';
    m_size += out - start;
}

char* CsvWriter::reserve(qsizetype bytes)
{
    if (m_size + bytes > m_capacity) {
        flush();
        if (bytes > m_capacity) {
            m_capacity = std::max(kBufferBytes, bytes);
            m_buffer.reset(new char[size_t(m_capacity)]);
        }
    }
    return m_buffer.get() + m_size;
}

void CsvWriter::flush()
{
    if (m_size > 0) {
        m_file.write(m_buffer.get(), m_size);
        m_size = 0;
    }
}

bool CsvWriter::close(QString* error)
{
    flush();
    m_buffer.reset();
    m_capacity = 0;
    const bool ok = m_file.error() == QFileDevice::NoError;
    if (!ok) {
        *error = tr("%1: writing failed (%2)").arg(m_file.fileName(), m_file.errorString());
    }
    m_file.close();
    return ok;
}

} // namespace dalil
