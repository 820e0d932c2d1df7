#include "exchange/CsvWriter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

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

bool isSpaceAt(const unsigned char* p, const unsigned char* end)
{
    const unsigned char b = *p;
    if (b < 0x80) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }
    return QChar::isSpace(decodeAt(p, end));
}

// Whether a UTF-8 cell's first or last letter is a space (by the same rule as for text, encodeRow).
bool spaceAtEitherEnd(QByteArrayView cell)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(cell.data());
    const auto* end = begin + cell.size();
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

// Copies a UTF-8 cell to `out` as CSV, quoted only when it must be (the rule of encodeRow); returns
// the end of what was written. `out` has room for twice the cell and its quotes.
char* writeCell(QByteArrayView cell, char delimiter, char* out)
{
    if (cell.isEmpty()) {
        return out;
    }
    // Copied as it is while looking for a reason to quote it, in one pass; quoted cells are rare.
    // Eight bytes at a time while none of them is one that asks for quotes (a tenth of an export's
    // time went to testing byte by byte), then byte by byte.
    const char* in = cell.data();
    const char* const end = in + cell.size();
    char* const start = out;
    bool quote = false;
    for (; end - in >= 8; in += 8, out += 8) {
        quint64 word;
        std::memcpy(&word, in, 8);
        if (hasByte(word, delimiter) | hasByte(word, '"') | hasByte(word, '\n') | hasByte(word, '\r')) {
            break;
        }
        std::memcpy(out, &word, 8);
    }
    for (; in < end; ++in) {
        const char c = *in;
        if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
        *out++ = c;
    }
    if (!quote && !spaceAtEitherEnd(cell)) {
        return out;
    }
    out = start;
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
