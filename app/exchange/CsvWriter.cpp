#include "exchange/CsvWriter.h"

#include <QCoreApplication>

namespace dalil {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::CsvWriter", text);
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
