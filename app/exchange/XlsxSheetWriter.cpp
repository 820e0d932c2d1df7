#include "exchange/XlsxSheetWriter.h"

#include "exchange/LibXlsxWriter.h"

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
    return QCoreApplication::translate("dalil::XlsxSheetWriter", text); // lupdate's context
}

// Widths are fitted to the first rows only: enough to see what a column holds.
constexpr qint64 kMeasuredRows = 2000;

// Excel counts width in characters of its default font; Arabic letters are narrower than the count.
// Counted in UTF-16 units, as Qt counts a string's length.
double widthOf(QByteArrayView utf8)
{
    qsizetype longest = 0;
    qsizetype line = 0;
    for (const char ch : utf8) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == '\n') {
            longest = std::max(longest, line);
            line = 0;
        } else if ((b & 0xC0) != 0x80) {
            line += b >= 0xF0 ? 2 : 1;
        }
    }
    return double(std::max(longest, line));
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

XlsxSheetWriter::XlsxSheetWriter(const QString& path, const QString& sheetName)
    : m_path(path)
    , m_sheetName(sheetName.left(31).toUtf8())
{
}

XlsxSheetWriter::~XlsxSheetWriter()
{
    if (m_workbook) {
        workbook_close(m_workbook);
        QFile::remove(m_path);
    }
}

bool XlsxSheetWriter::open(const Columns& columns, QString* error)
{
    m_columns = columns;
    if (!LibXlsxWriter::load(error)) {
        return false;
    }
    QFile::remove(m_path);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE; // rows are streamed: 100,000 contacts stay small in memory
    const QByteArray tmpdir = QFile::encodeName(QDir::tempPath());
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    const QByteArray file = QFile::encodeName(m_path);
    m_workbook = workbook_new_opt(file.constData(), &options);
    if (!m_workbook) {
        *error = tr("%1: cannot be written").arg(m_path);
        return false;
    }
    m_sheet = workbook_add_worksheet(m_workbook, m_sheetName.constData());
    lxw_format* bold = workbook_add_format(m_workbook);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xDDEBF7);
    format_set_text_wrap(bold);
    m_wrap = workbook_add_format(m_workbook);
    format_set_text_wrap(m_wrap);
    format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm");

    m_widths.clear();
    for (const QString& header : m_columns.headers) {
        m_widths.append(std::max(8.0, widthOf(header.toUtf8()) + 2));
    }
    auto writeTextRow = [&](const QStringList& cells) {
        for (int c = 0; c < cells.size(); ++c) {
            const QByteArray text = cells[c].toUtf8();
            worksheet_write_string(m_sheet, m_row, lxw_col_t(c), text.constData(), bold);
        }
        ++m_row;
    };
    writeTextRow(m_columns.headers);
    if (!m_columns.hxl.isEmpty()) {
        writeTextRow(m_columns.hxl);
    }
    m_headerRows = m_row;
    worksheet_freeze_panes(m_sheet, m_headerRows, 0);
    return true;
}

void XlsxSheetWriter::measure(int column, QByteArrayView utf8)
{
    if (m_dataRows < kMeasuredRows && column < m_widths.size()) {
        m_widths[column] = std::max(m_widths[column], widthOf(utf8) + 2);
    }
}

void XlsxSheetWriter::countScript(QByteArrayView utf8)
{
    // Ids, codes, e-mails, links and phone numbers are Latin in every language: only words say which
    // way the sheet reads. The first letter of a cell, Arabic (U+0600–U+06FF, lead bytes D8–DB) or
    // Latin, counts for the cell.
    if (!utf8.contains(' ') &&
        std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        return;
    }
    for (const char ch : utf8) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0xD8 && b <= 0xDB) {
            ++m_arabic;
            return;
        }
        if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) {
            ++m_latin;
            return;
        }
    }
}

void XlsxSheetWriter::writeCell(int column, QByteArrayView utf8, const QString* text)
{
    measure(column, utf8);
    countScript(utf8);
    if (utf8.isEmpty()) {
        return;
    }
    const bool isNumeric = column < m_columns.numeric.size() && m_columns.numeric[column];
    const bool isDate = column < m_columns.dates.size() && m_columns.dates[column];
    if (isNumeric || isDate) {
        const QString cell = text ? *text : QString::fromUtf8(utf8);
        bool number = false;
        const double value = isNumeric ? cell.toDouble(&number) : 0;
        lxw_datetime when{};
        bool hasTime = false;
        if (isDate && toExcelDate(cell, &when, &hasTime)) {
            worksheet_write_datetime(m_sheet, m_row, lxw_col_t(column), &when, hasTime ? m_dateTime : m_date);
            return;
        }
        if (number) {
            worksheet_write_number(m_sheet, m_row, lxw_col_t(column), value, nullptr);
            return;
        }
    }
    // libxlsxwriter wants a terminated string.
    m_scratch.resize(0);
    m_scratch.append(utf8);
    worksheet_write_string(m_sheet, m_row, lxw_col_t(column), m_scratch.constData(),
                           utf8.contains('\n') ? m_wrap : nullptr);
}

void XlsxSheetWriter::writeRow(const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        const QByteArray utf8 = cells[c].toUtf8();
        writeCell(c, utf8, &cells[c]);
    }
    ++m_row;
    ++m_dataRows;
}

void XlsxSheetWriter::writeRow(const QByteArrayView* cells, int count)
{
    for (int c = 0; c < count; ++c) {
        writeCell(c, cells[c], nullptr);
    }
    ++m_row;
    ++m_dataRows;
}

bool XlsxSheetWriter::close(QString* error)
{
    // A third of the text in Arabic makes it an Arabic sheet: ids, e-mails and codes are Latin anyway.
    if (m_arabic > 0 && m_arabic * 3 >= m_arabic + m_latin) {
        worksheet_right_to_left(m_sheet);
    }
    for (int c = 0; c < m_widths.size(); ++c) {
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), std::min(m_widths[c], 60.0), nullptr);
    }
    const int columns = int(m_columns.headers.size());
    if (columns > 0) {
        worksheet_autofilter(m_sheet, m_headerRows - 1, 0, std::max<lxw_row_t>(m_row - 1, m_headerRows - 1),
                             lxw_col_t(columns - 1));
    }
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (result != LXW_NO_ERROR) {
        *error = tr("%1: cannot be written (%2)").arg(m_path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return true;
}

} // namespace dalil
