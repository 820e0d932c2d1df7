#include "exchange/TableReader.h"

#include "exchange/CsvReader.h"
#include "exchange/HxlTag.h"
#include "exchange/JsonReader.h"
#include "exchange/TextDecoder.h"
#include "exchange/VCardReader.h"
#include "exchange/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::TableReader", text, disambiguation, n);
}

bool isBlank(const QStringList& cells)
{
    for (const QString& cell : cells) {
        if (!cell.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

ImportIssue rowError(const SourceTable& table, int row, const QString& message)
{
    ImportIssue issue;
    issue.file = table.file;
    issue.sheet = table.sheet;
    issue.rowNoun = table.rowNoun;
    issue.row = row;
    issue.message = message;
    return issue;
}

} // namespace

QStringList TableReader::formats()
{
    return {QStringLiteral("csv"),  QStringLiteral("hxl"), QStringLiteral("xlsx"),
            QStringLiteral("json"), QStringLiteral("vcf"), QStringLiteral("geojson")};
}

QString TableReader::guessFormat(const QString& path, const QByteArray& head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (head.startsWith("PK\x03\x04")) {
        return QStringLiteral("xlsx");
    }
    if (suffix == QLatin1String("xlsx")) {
        return QStringLiteral("xlsx");
    }
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard")) {
        return QStringLiteral("vcf");
    }
    if (suffix == QLatin1String("geojson")) {
        return QStringLiteral("geojson");
    }
    if (suffix == QLatin1String("json")) {
        return head.contains("\"FeatureCollection\"") || head.contains("\"Feature\"")
                   ? QStringLiteral("geojson")
                   : QStringLiteral("json");
    }
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt") ||
        suffix == QLatin1String("hxl")) {
        return QStringLiteral("csv");
    }
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith("BEGIN:VCARD")) {
        return QStringLiteral("vcf");
    }
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        return head.contains("\"FeatureCollection\"") ? QStringLiteral("geojson") : QStringLiteral("json");
    }
    return QStringLiteral("csv");
}

void TableReader::shape(const QList<QStringList>& grid, int firstRow, SourceTable& table,
                        ImportIssues& issues, bool missingCellsAreEmpty)
{
    int first = 0;
    while (first < grid.size() && isBlank(grid[first])) {
        ++first;
    }
    if (first >= grid.size()) {
        return;
    }
    // A hashtag row sits right under the headers (or is the first row); look at the first few rows.
    int hxl = -1;
    for (int i = first; i < std::min<int>(grid.size(), first + 6); ++i) {
        if (HxlTag::isHashtagRow(grid[i])) {
            hxl = i;
            break;
        }
    }
    int header = first;
    int dataStart = first + 1;
    if (hxl >= 0) {
        header = hxl > first ? hxl - 1 : -1;
        dataStart = hxl + 1;
        table.hxlTags = grid[hxl];
        table.hxlRow = firstRow + hxl;
    }
    if (header >= 0) {
        table.headers = grid[header];
        table.headerRow = firstRow + header;
    }
    int width = int(std::max(table.headers.size(), table.hxlTags.size()));
    // Trailing columns with neither a header nor a hashtag are padding left by spreadsheet programs.
    while (width > 0 && (width > table.headers.size() || table.headers[width - 1].trimmed().isEmpty()) &&
           (width > table.hxlTags.size() || table.hxlTags[width - 1].trimmed().isEmpty())) {
        --width;
    }
    while (table.headers.size() < width) {
        table.headers.append(QString());
    }
    table.headers = table.headers.mid(0, width);
    if (!table.hxlTags.isEmpty()) {
        while (table.hxlTags.size() < width) {
            table.hxlTags.append(QString());
        }
        table.hxlTags = table.hxlTags.mid(0, width);
    }

    table.rows.reserve(table.rows.size() + std::max<qsizetype>(0, grid.size() - dataStart));
    for (int i = dataStart; i < grid.size(); ++i) {
        QStringList cells = grid[i];
        if (isBlank(cells)) {
            continue;
        }
        const int number = firstRow + i;
        if (cells.size() > width) {
            bool extra = false;
            for (qsizetype c = width; c < cells.size(); ++c) {
                extra = extra || !cells[c].trimmed().isEmpty();
            }
            if (extra) {
                // Two counts, two nouns: each phrase agrees with its own count.
                issues.append(rowError(table, number,
                                       tr("%1 but %2; a value may hold an unquoted delimiter",
                                          "this row has N values, the header has M columns")
                                           .arg(tr("this row has %Ln value(s)", nullptr, int(cells.size())),
                                                tr("the header has %Ln column(s)", nullptr, width))));
            }
            cells = cells.mid(0, width);
        } else if (cells.size() < width) {
            if (!missingCellsAreEmpty) {
                issues.append(rowError(table, number,
                                       tr("%1 but %2; a delimiter or a closing quote may be missing",
                                          "this row has N values, the header has M columns")
                                           .arg(tr("this row has %Ln value(s)", nullptr, int(cells.size())),
                                                tr("the header has %Ln column(s)", nullptr, width))));
            }
            while (cells.size() < width) {
                cells.append(QString());
            }
        }
        table.rows.append({number, cells});
    }
}

TableReader::Result TableReader::read(const QString& path, const Options& options)
{
    Result result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.issues.append(ImportIssue::fileError(path, tr("the file does not exist")));
        return result;
    }
    if (info.isDir()) {
        result.issues.append(ImportIssue::fileError(path, tr("this is a folder, not a file")));
        return result;
    }
    if (info.size() > options.maxBytes) {
        const QLocale locale;
        result.issues.append(ImportIssue::fileError(
            path,
            tr("the file is %1, more than the %2 Dalil imports at once; split it into smaller files")
                .arg(locale.formattedDataSize(info.size()), locale.formattedDataSize(options.maxBytes))));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.issues.append(ImportIssue::fileError(path, tr("cannot be read (%1)").arg(file.errorString())));
        return result;
    }
    // Progress: the bytes read are the first half of the work, decoding and splitting the second.
    const qint64 total = std::max<qint64>(1, 2 * info.size());
    auto going = [&](qint64 done) {
        return !options.progress || options.progress(std::min(done, total), total);
    };
    auto stopped = [&] {
        result.tables.clear();
        result.issues.clear();
        result.issues.append(ImportIssue::fileError(path, tr("the reading was cancelled")));
        return result;
    };
    QByteArray bytes;
    if (!options.progress) {
        bytes = file.readAll();
    } else {
        // In pieces, so that a large file can be followed and cancelled while it is read.
        constexpr qint64 kPiece = 4 * 1024 * 1024;
        bytes.reserve(info.size());
        for (;;) {
            const QByteArray piece = file.read(kPiece);
            if (piece.isEmpty()) {
                break;
            }
            bytes.append(piece);
            if (!going(bytes.size())) {
                return stopped();
            }
        }
        if (file.error() != QFileDevice::NoError) {
            result.issues.append(
                ImportIssue::fileError(path, tr("cannot be read (%1)").arg(file.errorString())));
            return result;
        }
    }
    const qint64 size = std::max<qint64>(1, bytes.size());
    QString format = options.format.toLower();
    if (format == QLatin1String("hxl")) {
        format = QStringLiteral("csv");
    }
    if (format.isEmpty()) {
        format = guessFormat(path, bytes.left(4096));
    }
    result.format = format;

    if (format == QLatin1String("csv")) {
        const TextDecoder::Result decoded = TextDecoder::decode(bytes, options.encoding);
        if (!decoded.ok()) {
            result.issues.append(ImportIssue::fileError(path, decoded.error));
            return result;
        }
        if (!going(size + size / 4)) {
            return stopped();
        }
        CsvReader::Result parsed = CsvReader::parse(decoded.text);
        if (!going(size + size * 3 / 4)) {
            return stopped();
        }
        SourceTable table;
        table.file = path;
        table.format = QStringLiteral("csv");
        table.encoding = decoded.encoding;
        table.delimiter = parsed.delimiter;
        for (ImportIssue& issue : parsed.issues) {
            issue.file = path;
            result.issues.append(issue);
        }
        shape(parsed.records, 1, table, result.issues, false);
        if (table.columnCount() == 0) {
            result.issues.append(ImportIssue::fileError(path, tr("the file holds no table")));
            return result;
        }
        result.tables.append(table);
        going(total);
        return result;
    }
    if (format == QLatin1String("xlsx")) {
        file.close();
        const XlsxReader::Result workbook = XlsxReader::read(path, options.sheet);
        if (!going(size + size * 3 / 4)) {
            return stopped();
        }
        if (!workbook.error.isEmpty()) {
            result.issues.append(ImportIssue::fileError(path, workbook.error));
            return result;
        }
        for (const XlsxReader::Sheet& sheet : workbook.sheets) {
            SourceTable table;
            table.file = path;
            table.sheet = sheet.name;
            table.format = QStringLiteral("xlsx");
            shape(sheet.grid, 1, table, result.issues, true);
            if (table.columnCount() > 0 && !table.rows.isEmpty()) {
                result.tables.append(table);
            }
        }
        if (result.tables.isEmpty()) {
            result.issues.append(
                ImportIssue::fileError(path, tr("the workbook has no sheet with rows to import")));
        }
        return result;
    }
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF")) {
        body.remove(0, 3);
    }
    SourceTable table;
    if (format == QLatin1String("json")) {
        table = JsonReader::readDalil(body, path, result.issues);
    } else if (format == QLatin1String("geojson")) {
        table = JsonReader::readGeoJson(body, path, result.issues);
    } else if (format == QLatin1String("vcf")) {
        const TextDecoder::Result decoded = TextDecoder::decode(bytes, options.encoding);
        if (!decoded.ok()) {
            result.issues.append(ImportIssue::fileError(path, decoded.error));
            return result;
        }
        table = VCardReader::read(decoded.text, path, result.issues);
        table.encoding = decoded.encoding;
    } else {
        result.issues.append(ImportIssue::fileError(
            path,
            tr("the format “%1” is not one Dalil imports (csv, hxl, xlsx, json, vcf, geojson)").arg(format)));
        return result;
    }
    if (!table.rows.isEmpty()) {
        result.tables.append(table);
    } else if (errorCount(result.issues) == 0) {
        result.issues.append(ImportIssue::fileError(path, tr("the file holds nothing to import")));
    }
    return result;
}

} // namespace dalil
