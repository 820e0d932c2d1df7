#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace dalil {

// One sheet written row by row with libxlsxwriter in its constant-memory mode: a bold header row
// (and an optional HXL row) with frozen panes and a filter, column widths fitted to the text of the
// first rows, numbers and dates as such, and the sheet right-to-left when the text is mostly Arabic
// (so Excel shows it the way an Arabic reader expects). What is only known at the end (widths,
// direction, the filter's extent) is set when the sheet is closed.
class XlsxSheetWriter
{
public:
    struct Columns
    {
        QStringList headers;
        QStringList hxl;     // empty: no HXL row
        QList<bool> numeric; // per column: written as a number
        QList<bool> dates;   // per column: ISO dates and date-times written as dates
    };

    XlsxSheetWriter(const QString& path, const QString& sheetName);
    ~XlsxSheetWriter(); // an unclosed sheet is abandoned: the file is removed
    XlsxSheetWriter(const XlsxSheetWriter&) = delete;
    XlsxSheetWriter& operator=(const XlsxSheetWriter&) = delete;

    bool open(const Columns& columns, QString* error);
    void writeRow(const QStringList& cells);
    // Cells already in UTF-8 (a bulk export straight from the catalogue).
    void writeRow(const QByteArrayView* cells, int count);
    bool close(QString* error);

private:
    void writeCell(int column, QByteArrayView utf8, const QString* text);
    void measure(int column, QByteArrayView utf8);
    void countScript(QByteArrayView utf8);

    QString m_path;
    QByteArray m_sheetName;
    Columns m_columns;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_wrap = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_dateTime = nullptr;
    quint32 m_row = 0;
    quint32 m_headerRows = 0;
    qint64 m_dataRows = 0;
    QList<double> m_widths;
    qint64 m_arabic = 0;
    qint64 m_latin = 0;
    QByteArray m_scratch;
};

} // namespace dalil
