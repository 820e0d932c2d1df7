#include "exchange/CsvWriter.h"

#include <QCoreApplication>

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

// Whether a UTF-8 cell needs quotes, by the same rule as for text (encodeRow).
bool needsQuotes(QByteArrayView cell, char delimiter)
{
    if (cell.isEmpty()) {
        return false;
    }
    for (const char c : cell) {
        if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
            return true;
        }
    }
    const auto* begin = reinterpret_cast<const unsigned char*>(cell.data());
    const auto* end = begin + cell.size();
    const auto* last = end - 1;
    while (last > begin && (*last & 0xC0) == 0x80) {
        --last;
    }
    return QChar::isSpace(decodeAt(begin, end)) || QChar::isSpace(decodeAt(last, end));
}
} // namespace

CsvWriter::CsvWriter(const QString& path, const Options& options)
    : m_file(path)
    , m_options(options)
{
}

bool CsvWriter::open(QString* error)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("%1: cannot be written (%2)").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    if (m_options.excel) {
        m_buffer.append("\xEF\xBB\xBF");
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
    m_buffer.append(encodeRow(cells, m_options.delimiter, m_options.excel ? "\r\n" : "\n"));
    flushIfFull();
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
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            m_buffer.append(delimiter);
        }
        const QByteArrayView cell = cells[i];
        if (!needsQuotes(cell, delimiter)) {
            m_buffer.append(cell);
            continue;
        }
        m_buffer.append('"');
        for (const char c : cell) {
            if (c == '"') {
                m_buffer.append('"');
            }
            m_buffer.append(c);
        }
        m_buffer.append('"');
    }
    m_buffer.append(m_options.excel ? "\r\n" : "\n");
    flushIfFull();
}

void CsvWriter::flushIfFull()
{
    if (m_buffer.size() > (1 << 20)) {
        m_file.write(m_buffer);
        m_buffer.clear();
    }
}

bool CsvWriter::close(QString* error)
{
    if (!m_buffer.isEmpty()) {
        m_file.write(m_buffer);
        m_buffer.clear();
    }
    const bool ok = m_file.error() == QFileDevice::NoError;
    if (!ok) {
        *error = tr("%1: writing failed (%2)").arg(m_file.fileName(), m_file.errorString());
    }
    m_file.close();
    return ok;
}

} // namespace dalil
