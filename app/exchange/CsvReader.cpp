#include "exchange/CsvReader.h"

#include "exchange/SourceTable.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::CsvReader", text);
}

constexpr char16_t kCandidates[] = {u',', u';', u'\t', u'|', u'\u060C'};

// Field counts of the first records for one delimiter, honouring quotes.
QList<int> fieldCounts(QStringView text, QChar delimiter, int maxRecords)
{
    QList<int> counts;
    int fields = 1;
    bool quoted = false;
    bool fieldStart = true;
    bool lineHasText = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < maxRecords; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    ++i;
                } else {
                    quoted = false;
                }
            }
            continue;
        }
        if (c == u'"' && fieldStart) {
            quoted = true;
            fieldStart = false;
            lineHasText = true;
        } else if (c == delimiter) {
            ++fields;
            fieldStart = true;
            lineHasText = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
                ++i;
            }
            if (lineHasText) {
                counts.append(fields);
            }
            fields = 1;
            fieldStart = true;
            lineHasText = false;
        } else {
            fieldStart = false;
            lineHasText = true;
        }
    }
    if (lineHasText && counts.size() < maxRecords) {
        counts.append(fields);
    }
    return counts;
}

} // namespace

QChar CsvReader::detectDelimiter(QStringView text)
{
    const QStringView sample = text.left(64 * 1024);
    QChar best = u',';
    double bestScore = 0;
    for (const char16_t candidate : kCandidates) {
        const QList<int> counts = fieldCounts(sample, QChar(candidate), 30);
        if (counts.isEmpty()) {
            continue;
        }
        // The most common field count, and how many records have it.
        QHash<int, int> frequency;
        for (int count : counts) {
            ++frequency[count];
        }
        int mode = 1;
        int modeRecords = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > modeRecords || (it.value() == modeRecords && it.key() > mode)) {
                mode = it.key();
                modeRecords = it.value();
            }
        }
        if (mode < 2) {
            continue;
        }
        // Consistency first, then more columns; the first record (the header) counts double.
        const double consistency = double(modeRecords) / double(counts.size());
        double score = consistency * 100 + std::min(mode, 50);
        if (counts.first() == mode) {
            score += 20;
        }
        if (score > bestScore) {
            bestScore = score;
            best = QChar(candidate);
        }
    }
    return best;
}

CsvReader::Result CsvReader::parse(QStringView text, QChar delimiter)
{
    Result result;
    if (text.startsWith(QChar(0xFEFF))) {
        text = text.mid(1);
    }
    result.delimiter = delimiter.isNull() ? detectDelimiter(text) : delimiter;
    const QChar sep = result.delimiter;

    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStart = true;
    int quoteOpenedRow = 0;
    int row = 1;
    // The previous record's width: each record's list is allocated once at that size.
    qsizetype width = 0;

    auto endField = [&] {
        record.append(std::move(field));
        field = QString();
        fieldStart = true;
    };
    auto endRecord = [&] {
        endField();
        width = record.size();
        result.records.append(std::move(record));
        record = QStringList();
        record.reserve(width);
        ++row;
    };

    // Runs of plain characters are copied at once (most fields are one run: one allocation of
    // their exact size), not appended a character at a time.
    const char16_t* const data = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype size = text.size();
    const char16_t delimiter16 = sep.unicode();
    auto append = [&field](const char16_t* from, qsizetype count) {
        if (field.isEmpty()) {
            field = QString(reinterpret_cast<const QChar*>(from), count);
        } else {
            field.append(reinterpret_cast<const QChar*>(from), count);
        }
    };
    qsizetype i = 0;
    while (i < size) {
        if (quoted) {
            qsizetype end = i;
            while (end < size && data[end] != u'"' && data[end] != u'\r') {
                ++end;
            }
            if (end > i) {
                append(data + i, end - i);
            }
            i = end;
            if (i >= size) {
                break;
            }
            if (data[i] == u'"') {
                if (i + 1 < size && data[i + 1] == u'"') {
                    field.append(u'"');
                    i += 2;
                } else {
                    quoted = false;
                    ++i;
                }
            } else {
                // A line break inside a cell is one "\n", whichever system wrote the file.
                if (i + 1 < size && data[i + 1] == u'\n') {
                    ++i;
                }
                field.append(u'\n');
                ++i;
            }
            continue;
        }
        const char16_t c = data[i];
        if (c == delimiter16) {
            endField();
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < size && data[i + 1] == u'\n') {
                ++i;
            }
            endRecord();
            ++i;
        } else if (c == u'"' && fieldStart) {
            quoted = true;
            quoteOpenedRow = row;
            fieldStart = false;
            ++i;
        } else {
            // A quote inside an unquoted field (or after a quoted part) is a character of it.
            qsizetype end = i + 1;
            while (end < size && data[end] != delimiter16 && data[end] != u'\n' && data[end] != u'\r') {
                ++end;
            }
            append(data + i, end - i);
            fieldStart = false;
            i = end;
        }
    }
    if (quoted) {
        ImportIssue issue;
        issue.row = quoteOpenedRow;
        issue.column = SourceTable::columnLetter(int(record.size()));
        issue.message = tr("a quoted field starts here and is never closed; the rest of the file was "
                           "read into it");
        result.issues.append(issue);
    }
    if (!fieldStart || !record.isEmpty() || !field.isEmpty()) {
        endRecord();
    }
    // Excel pads nothing at the end, but editors leave blank lines: drop trailing empty records.
    while (!result.records.isEmpty()) {
        const QStringList& last = result.records.last();
        if (std::all_of(last.cbegin(), last.cend(),
                        [](const QString& cell) { return cell.trimmed().isEmpty(); })) {
            result.records.removeLast();
        } else {
            break;
        }
    }
    return result;
}

} // namespace dalil
