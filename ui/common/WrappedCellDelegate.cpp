#include "common/WrappedCellDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontMetricsF>
#include <QTableView>
#include <QTextLayout>

#include <cmath>

namespace dalil {

WrappedCellDelegate::WrappedCellDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void WrappedCellDelegate::setLines(int lines)
{
    m_lines = std::max(1, lines);
}

int WrappedCellDelegate::textWidth(const QString& text, const QFont& font, int lines)
{
    const QFontMetricsF metrics(font);
    qreal best = metrics.horizontalAdvance(text);
    if (lines >= 2) {
        // The narrowest of the breaks between two words: the wider of its two halves. Wrapping at
        // that width breaks there or later, and the rest (a part of the second half) fits.
        for (qsizetype i = text.indexOf(QLatin1Char(' ')); i > 0; i = text.indexOf(QLatin1Char(' '), i + 1)) {
            const qreal first = metrics.horizontalAdvance(text.left(i).trimmed());
            const qreal second = metrics.horizontalAdvance(text.mid(i + 1).trimmed());
            best = std::min(best, std::max(first, second));
        }
    }
    return int(std::ceil(best)) + 1; // a pixel for rounding in the layout
}

int WrappedCellDelegate::padding(const QWidget* view)
{
    const QStyle* style = view ? view->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const auto* table = qobject_cast<const QTableView*>(view);
    return 2 * margin + (table && table->showGrid() ? 1 : 0); // the grid line takes a pixel of the cell
}

void WrappedCellDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_lines < 2 || option->text.isEmpty() || option->rect.width() <= 0) {
        return; // one line, or sizing a cell (no place yet): as Qt does
    }
    const QWidget* widget = option->widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const qreal width =
        style->subElementRect(QStyle::SE_ItemViewItemText, option, widget).width() - 2 * margin;
    if (width <= 0) {
        return;
    }
    const QString text = option->text;
    QTextLayout layout(text, option->font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WordWrap);
    textOption.setTextDirection(option->direction);
    layout.setTextOption(textOption);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
    }
    layout.endLayout();
    if (layout.lineCount() < 2) {
        return;
    }
    // The lines as the layout broke them, one line separator between them, which the style draws
    // as they are; what does not fit the last line is cut short with ….
    QStringList lines;
    for (int i = 0; i < std::min(layout.lineCount(), m_lines); ++i) {
        const QTextLine line = layout.lineAt(i);
        const bool last = i == m_lines - 1 && layout.lineCount() > m_lines;
        const QString part =
            last ? text.mid(line.textStart()) : text.mid(line.textStart(), line.textLength());
        lines.append(
            last ? QFontMetricsF(option->font).elidedText(part.trimmed(), option->textElideMode, width)
                 : part.trimmed());
    }
    option->text = lines.join(QChar::LineSeparator);
}

} // namespace dalil
