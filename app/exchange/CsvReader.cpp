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
    bool afterQuote = false; // a quoted field closed; more text before the delimiter is kept as is
    int quoteOpenedRow = 0;
    int row = 1;

    auto endField = [&] {
        record.append(field);
        field.clear();
        fieldStart = true;
        afterQuote = false;
    };
    auto endRecord = [&] {
        endField();
        result.records.append(record);
        record.clear();
        ++row;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else if (c == u'\r') {
                // A line break inside a cell is one "\n", whichever system wrote the file.
                if (i + 1 < size && text[i + 1] == u'\n') {
                    ++i;
                }
                field.append(u'\n');
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == sep) {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n') {
                ++i;
            }
            endRecord();
        } else if (c == u'"' && fieldStart) {
            quoted = true;
            quoteOpenedRow = row;
            fieldStart = false;
        } else {
            if (afterQuote && !c.isSpace()) {
                afterQuote = false;
            }
            field.append(c);
            fieldStart = false;
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
