#include "common/RecordListTable.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QScopedValueRollback>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

namespace dalil {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
// The widest a column other than the first is made, in average characters of the list's font.
constexpr int kWidestColumnInCharacters = 32;

} // namespace

RecordListTable::RecordListTable(int columns, int firstColumnWidth, QWidget* parent)
    : QTableWidget(parent)
    , m_firstColumnWidth(firstColumnWidth)
{
    setColumnCount(columns);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Rows are chosen with the arrows; Tab leaves the list (a table's default walks every cell, so
    // a keyboard user could not get past a long list).
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->resizeSection(0, firstColumnWidth);
    setWordWrap(false);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_fitting) {
            return;
        }
        // Only a mouse resizes a column by hand (dragging or double-clicking its edge); a column
        // shown or hidden by the program is sized again.
        if (QGuiApplication::mouseButtons() != Qt::NoButton) {
            m_sizedByReader = true;
        } else {
            queueFit();
        }
    });
    connect(model(), &QAbstractItemModel::rowsInserted, this, &RecordListTable::queueFit);
    connect(model(), &QAbstractItemModel::dataChanged, this, &RecordListTable::queueFit);
    connect(model(), &QAbstractItemModel::modelReset, this, &RecordListTable::queueFit);
    connect(model(), &QAbstractItemModel::headerDataChanged, this, &RecordListTable::queueFit);
}

int RecordListTable::appendRecord(QTableWidgetItem* first, const QString& id)
{
    const int row = rowCount();
    insertRow(row);
    first->setData(kIdRole, id);
    setItem(row, 0, first);
    return row;
}

QString RecordListTable::idAt(int row) const
{
    const QTableWidgetItem* first = item(row, 0);
    return first ? first->data(kIdRole).toString() : QString();
}

QString RecordListTable::selectedId() const
{
    const int row = currentRow();
    return row < 0 ? QString() : idAt(row);
}

QStringList RecordListTable::shownIds() const
{
    QStringList ids;
    for (int r = 0; r < rowCount(); ++r) {
        ids.append(idAt(r));
    }
    return ids;
}

void RecordListTable::queueFit()
{
    if (m_fitQueued || m_sizedByReader) {
        return;
    }
    m_fitQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_fitQueued = false;
        fitColumns();
    });
}

void RecordListTable::fitColumns()
{
    if (m_sizedByReader) {
        return;
    }
    const QScopedValueRollback fitting(m_fitting, true);
    const int widest = fontMetrics().averageCharWidth() * kWidestColumnInCharacters;
    for (int column = 1; column < columnCount(); ++column) {
        if (!isColumnHidden(column)) {
            resizeColumnToContents(column);
            if (columnWidth(column) > widest) {
                setColumnWidth(column, widest);
            }
        }
    }
    fitFirstColumn();
}

void RecordListTable::fitFirstColumn()
{
    int others = 0;
    for (int column = 1; column < columnCount(); ++column) {
        if (!isColumnHidden(column)) {
            others += columnWidth(column);
        }
    }
    const QScopedValueRollback fitting(m_fitting, true);
    setColumnWidth(0, std::max(m_firstColumnWidth, viewport()->width() - others));
}

bool RecordListTable::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid() && index.data(Qt::ToolTipRole).toString().isEmpty()) {
            const QString text = index.data(Qt::DisplayRole).toString();
            // The delegate's own size for the cell against the room it has: more means elided.
            QStyleOptionViewItem option;
            initViewItemOption(&option);
            const int needed = itemDelegateForIndex(index)->sizeHint(option, index).width();
            if (!text.isEmpty() && needed > visualRect(index).width()) {
                QToolTip::showText(help->globalPos(), text, viewport(), visualRect(index));
                return true;
            }
        }
    }
    return QTableWidget::viewportEvent(event);
}

void RecordListTable::resizeEvent(QResizeEvent* event)
{
    QTableWidget::resizeEvent(event);
    if (!m_sizedByReader) {
        fitFirstColumn();
    }
}

void RecordListTable::changeEvent(QEvent* event)
{
    QTableWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        m_sizedByReader = false;
        queueFit();
    }
}

} // namespace dalil
