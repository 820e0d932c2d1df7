#include "exchange/LibXlsxWriter.h"

#include "catalogue/LazyLibrary.h"

#include <QCoreApplication>

// Hidden: the stand-ins serve the executable's own calls only.
#pragma GCC visibility push(hidden)
#include <xlsxwriter.h>
#pragma GCC visibility pop

namespace dalil {

namespace {

QString missingMessage(const QString& loaderError)
{
    return QCoreApplication::translate("dalil::LibXlsxWriter",
                                       "the Excel writing library could not be loaded (%1); install the "
                                       "Debian package libxlsxwriter4 to export .xlsx files")
        .arg(loaderError);
}

const LazyLibrary& library()
{
    static const LazyLibrary xlsxwriter("libxlsxwriter.so.4", &missingMessage);
    return xlsxwriter;
}

template <typename Function> Function* resolve(const char* name)
{
    return library().resolve<Function>(name);
}

} // namespace

bool LibXlsxWriter::load(QString* error)
{
    return library().load(error);
}

bool LibXlsxWriter::isLoaded()
{
    return library().isLoaded();
}

} // namespace dalil

// The stand-ins, typed after <xlsxwriter.h>. XlsxSheetWriter calls LibXlsxWriter::load() before
// any of them; without the library each answers as libxlsxwriter does for a failed call.
using dalil::resolve;

lxw_workbook* workbook_new_opt(const char* filename, lxw_workbook_options* options)
{
    static auto* const real = resolve<decltype(::workbook_new_opt)>("workbook_new_opt");
    return real ? real(filename, options) : nullptr;
}

lxw_worksheet* workbook_add_worksheet(lxw_workbook* workbook, const char* sheetname)
{
    static auto* const real = resolve<decltype(::workbook_add_worksheet)>("workbook_add_worksheet");
    return real ? real(workbook, sheetname) : nullptr;
}

lxw_format* workbook_add_format(lxw_workbook* workbook)
{
    static auto* const real = resolve<decltype(::workbook_add_format)>("workbook_add_format");
    return real ? real(workbook) : nullptr;
}

lxw_error workbook_close(lxw_workbook* workbook)
{
    static auto* const real = resolve<decltype(::workbook_close)>("workbook_close");
    return real ? real(workbook) : LXW_ERROR_NULL_PARAMETER_IGNORED;
}

void format_set_bold(lxw_format* format)
{
    static auto* const real = resolve<decltype(::format_set_bold)>("format_set_bold");
    if (real) {
        real(format);
    }
}

void format_set_bg_color(lxw_format* format, lxw_color_t color)
{
    static auto* const real = resolve<decltype(::format_set_bg_color)>("format_set_bg_color");
    if (real) {
        real(format, color);
    }
}

void format_set_text_wrap(lxw_format* format)
{
    static auto* const real = resolve<decltype(::format_set_text_wrap)>("format_set_text_wrap");
    if (real) {
        real(format);
    }
}

void format_set_align(lxw_format* format, uint8_t alignment)
{
    static auto* const real = resolve<decltype(::format_set_align)>("format_set_align");
    if (real) {
        real(format, alignment);
    }
}

void format_set_num_format(lxw_format* format, const char* numFormat)
{
    static auto* const real = resolve<decltype(::format_set_num_format)>("format_set_num_format");
    if (real) {
        real(format, numFormat);
    }
}

lxw_error worksheet_write_string(lxw_worksheet* worksheet, lxw_row_t row, lxw_col_t col, const char* string,
                                 lxw_format* format)
{
    static auto* const real = resolve<decltype(::worksheet_write_string)>("worksheet_write_string");
    return real ? real(worksheet, row, col, string, format) : LXW_ERROR_NULL_PARAMETER_IGNORED;
}

lxw_error worksheet_write_number(lxw_worksheet* worksheet, lxw_row_t row, lxw_col_t col, double number,
                                 lxw_format* format)
{
    static auto* const real = resolve<decltype(::worksheet_write_number)>("worksheet_write_number");
    return real ? real(worksheet, row, col, number, format) : LXW_ERROR_NULL_PARAMETER_IGNORED;
}

lxw_error worksheet_write_datetime(lxw_worksheet* worksheet, lxw_row_t row, lxw_col_t col,
                                   lxw_datetime* datetime, lxw_format* format)
{
    static auto* const real = resolve<decltype(::worksheet_write_datetime)>("worksheet_write_datetime");
    return real ? real(worksheet, row, col, datetime, format) : LXW_ERROR_NULL_PARAMETER_IGNORED;
}

void worksheet_freeze_panes(lxw_worksheet* worksheet, lxw_row_t row, lxw_col_t col)
{
    static auto* const real = resolve<decltype(::worksheet_freeze_panes)>("worksheet_freeze_panes");
    if (real) {
        real(worksheet, row, col);
    }
}

lxw_error worksheet_autofilter(lxw_worksheet* worksheet, lxw_row_t firstRow, lxw_col_t firstCol,
                               lxw_row_t lastRow, lxw_col_t lastCol)
{
    static auto* const real = resolve<decltype(::worksheet_autofilter)>("worksheet_autofilter");
    return real ? real(worksheet, firstRow, firstCol, lastRow, lastCol) : LXW_ERROR_NULL_PARAMETER_IGNORED;
}

lxw_error worksheet_set_column(lxw_worksheet* worksheet, lxw_col_t firstCol, lxw_col_t lastCol, double width,
                               lxw_format* format)
{
    static auto* const real = resolve<decltype(::worksheet_set_column)>("worksheet_set_column");
    return real ? real(worksheet, firstCol, lastCol, width, format) : LXW_ERROR_NULL_PARAMETER_IGNORED;
}

void worksheet_right_to_left(lxw_worksheet* worksheet)
{
    static auto* const real = resolve<decltype(::worksheet_right_to_left)>("worksheet_right_to_left");
    if (real) {
        real(worksheet);
    }
}

char* lxw_strerror(lxw_error error)
{
    static auto* const real = resolve<decltype(::lxw_strerror)>("lxw_strerror");
    return real ? real(error) : dalil::library().errorText();
}
