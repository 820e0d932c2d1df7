#include "exchange/XlsxWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <algorithm>

#include <xlsxwriter.h>

namespace dalil {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::XlsxWriter", text);
}

// Excel counts width in characters of its default font; Arabic letters are narrower than the count.
double widthOf(const QString& text)
{
    qsizetype longest = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        longest = std::max(longest, line.size());
    }
    return double(longest);
}
// An ISO date ("2026-03-01") or date-time ("2026-03-01T09:00:00Z") as Excel's date, or false.
bool toExcelDate(const QString& text, lxw_datetime* out, bool* hasTime)
{
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (!date.isValid() || (text.size() > 10 && text[10] != u'T' && text[10] != u' ')) {
        return false;
    }
    *out = {date.year(), date.month(), date.day(), 0, 0, 0.0};
    *hasTime = false;
    if (text.size() > 10) {
        QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
        if (!moment.isValid()) {
            return false;
        }
        if (moment.timeSpec() != Qt::LocalTime) {
            moment = moment.toUTC(); // stored in UTC: written as UTC, as the header says
        }
        const QTime time = moment.time();
        *out = {moment.date().year(), moment.date().month(), moment.date().day(),
                time.hour(),          time.minute(),         double(time.second())};
        *hasTime = true;
    }
    return true;
}
} // namespace

bool XlsxWriter::isMostlyArabic(const ExportTable& table)
{
    qint64 arabic = 0;
    qint64 latin = 0;
    for (const QStringList& row : table.rows) {
        for (const QString& cell : row) {
            // Ids, codes, e-mails, links and phone numbers are Latin in every language: only words
            // say which way the sheet reads.
            if (!cell.contains(u' ') &&
                std::all_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
                continue;
            }
            for (const QChar c : cell) {
                if (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF) {
                    ++arabic;
                    break;
                }
                if ((c.unicode() >= u'A' && c.unicode() <= u'Z') ||
                    (c.unicode() >= u'a' && c.unicode() <= u'z')) {
                    ++latin;
                    break;
                }
            }
        }
    }
    // A third of the text in Arabic makes it an Arabic sheet: ids, e-mails and codes are Latin anyway.
    return arabic * 3 >= arabic + latin && arabic > 0;
}

bool XlsxWriter::write(const QString& path, const ExportTable& table, const QString& sheetName,
                       QString* error)
{
    QFile::remove(path);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE; // rows are streamed: 100,000 contacts stay small in memory
    const QByteArray tmpdir = QFile::encodeName(QDir::tempPath());
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* workbook = workbook_new_opt(file.constData(), &options);
    if (!workbook) {
        *error = tr("%1: cannot be written").arg(path);
        return false;
    }
    const QByteArray name = sheetName.left(31).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.constData());
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xDDEBF7);
    format_set_text_wrap(bold);
    lxw_format* wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format* dateTimeFormat = workbook_add_format(workbook);
    format_set_num_format(dateTimeFormat, "yyyy-mm-dd hh:mm");

    if (isMostlyArabic(table)) {
        worksheet_right_to_left(sheet);
    }
    const int columns = int(table.headers.size());
    for (int c = 0; c < columns; ++c) {
        double width = std::max(8.0, widthOf(table.headers[c]) + 2);
        for (int r = 0; r < table.rows.size() && r < 2000; ++r) {
            if (c < table.rows[r].size()) {
                width = std::max(width, widthOf(table.rows[r][c]) + 2);
            }
        }
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(width, 60.0), nullptr);
    }
    lxw_row_t row = 0;
    auto writeTextRow = [&](const QStringList& cells, lxw_format* format) {
        for (int c = 0; c < cells.size(); ++c) {
            const QByteArray text = cells[c].toUtf8();
            worksheet_write_string(sheet, row, lxw_col_t(c), text.constData(), format);
        }
        ++row;
    };
    writeTextRow(table.headers, bold);
    if (!table.hxl.isEmpty()) {
        writeTextRow(table.hxl, bold);
    }
    const lxw_row_t headerRows = row;
    worksheet_freeze_panes(sheet, headerRows, 0);
    for (const QStringList& cells : table.rows) {
        for (int c = 0; c < cells.size(); ++c) {
            const QString& cell = cells[c];
            if (cell.isEmpty()) {
                continue;
            }
            bool number = false;
            const double value = c < table.numeric.size() && table.numeric[c] ? cell.toDouble(&number) : 0;
            lxw_datetime when{};
            bool hasTime = false;
            if (c < table.dates.size() && table.dates[c] && toExcelDate(cell, &when, &hasTime)) {
                worksheet_write_datetime(sheet, row, lxw_col_t(c), &when,
                                         hasTime ? dateTimeFormat : dateFormat);
            } else if (number) {
                worksheet_write_number(sheet, row, lxw_col_t(c), value, nullptr);
            } else {
                const QByteArray text = cell.toUtf8();
                worksheet_write_string(sheet, row, lxw_col_t(c), text.constData(),
                                       cell.contains(u'\n') ? wrap : nullptr);
            }
        }
        ++row;
    }
    if (columns > 0) {
        worksheet_autofilter(sheet, headerRows - 1, 0, std::max<lxw_row_t>(row - 1, headerRows - 1),
                             lxw_col_t(columns - 1));
    }
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        *error = tr("%1: cannot be written (%2)").arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return true;
}

} // namespace dalil
