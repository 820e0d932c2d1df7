#include "common/RecordListTable.h"

#include <QHeaderView>

namespace dalil {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

RecordListTable::RecordListTable(int columns, int firstColumnWidth, QWidget* parent)
    : QTableWidget(parent)
{
    setColumnCount(columns);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Rows are chosen with the arrows; Tab leaves the list (a table's default walks every cell, so
    // a keyboard user could not get past a long list).
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->resizeSection(0, firstColumnWidth);
    setWordWrap(false);
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

} // namespace dalil
