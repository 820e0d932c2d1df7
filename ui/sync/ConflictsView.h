#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace dalil {

class Catalogue;

// The conflicts view: every version that lost a sync decision, and beside it the record as it is
// now, field by field; "Restore this version" makes it a new edit (it then syncs and wins), and
// "Keep the current version" puts the conflict away. Works only through app/sync/Conflicts.
class ConflictsView : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsView(Catalogue& catalogue, QWidget* parent = nullptr);

    void reload();
    int count() const;
    void select(int row);

signals:
    void catalogueChanged(); // after a restore

private:
    void showSelected();
    void restoreSelected();
    void dismissSelected();
    qint64 selectedId() const;

    Catalogue& m_catalogue;
    QTreeWidget* m_list;
    QTableWidget* m_compare;
    QPushButton* m_restore;
    QPushButton* m_dismiss;
};

} // namespace dalil
