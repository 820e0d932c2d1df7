#pragma once

#include <QString>
#include <QStringList>
#include <QTableWidget>

namespace dalil {

// A read-only list of records, one row each, chosen a row at a time; the first column's item
// carries the record's id, so the view finds the record back whatever the sorting.
//
// The columns after the first are sized to what they hold (a long text, such as a donor's name,
// up to a limit, then elided), so that short values (amounts, dates, days left) are always read
// whole; the first column (the title) takes the rest of the width, never less than the width it
// was given. Once the reader resizes a column by hand, the table leaves the sizes to them until
// the language changes.
class RecordListTable : public QTableWidget
{
    Q_OBJECT
public:
    RecordListTable(int columns, int firstColumnWidth, QWidget* parent = nullptr);

    // Appends a row whose first cell is `first`, standing for the record `id`; returns the row.
    int appendRecord(QTableWidgetItem* first, const QString& id);
    QString idAt(int row) const;
    // The id of the current row; empty when none.
    QString selectedId() const;
    // Ids of the rows shown, top to bottom.
    QStringList shownIds() const;

    // Sizes the columns now (it is otherwise done once the rows have changed and control is back
    // in the event loop).
    void fitColumns();

protected:
    // A cell cut off with "…" (a long list of languages, a donor's long name) shows its whole text
    // as its tooltip, unless it has a tooltip of its own.
    bool viewportEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void queueFit();
    void fitFirstColumn();

    int m_firstColumnWidth;
    bool m_fitQueued = false;
    bool m_fitting = false;
    bool m_sizedByReader = false;
};

} // namespace dalil
