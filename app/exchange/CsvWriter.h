#pragma once

#include <QByteArrayView>
#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace dalil {

// Writes RFC 4180 CSV in UTF-8, row by row: with a byte-order mark and CRLF line ends for Excel
// (which otherwise reads UTF-8 as the Windows code page and mangles every Arabic letter), or plain
// for programs. Fields are quoted only when they must be.
class CsvWriter
{
public:
    struct Options
    {
        bool excel = true; // byte-order mark and CRLF
        QChar delimiter = u',';
    };

    CsvWriter(const QString& path, const Options& options);
    bool open(QString* error);
    void writeRow(const QStringList& cells);
    // The same for cells already in UTF-8 (a bulk export straight from the catalogue).
    void writeRow(const QByteArrayView* cells, int count);
    bool close(QString* error);

    static QByteArray encodeRow(const QStringList& cells, QChar delimiter, const char* lineEnd);

private:
    // Room for `bytes` more at the end of the buffer, writing out what it holds first if need be.
    char* reserve(qsizetype bytes);
    void flush();

    QFile m_file;
    Options m_options;
    // One buffer for the whole file, written out when full and then reused: allocated once, so
    // neither the allocator nor the kernel sees it again (a buffer freed and grown again at every
    // write cost page faults and copies on every megabyte of a large export).
    std::unique_ptr<char[]> m_buffer;
    qsizetype m_capacity = 0;
    qsizetype m_size = 0;
};

} // namespace dalil
