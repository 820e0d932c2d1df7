#pragma once

#include "common/RecordListTable.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace dalil {

class CatalogueDocument;
class Preferences;

// Upcoming and past events with their sessions and languages; every time is converted from the
// event's own time zone to the reader's.
class EventsView : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        StartsColumn,
        EndsColumn,
        WhereColumn,
        LanguagesColumn,
        OrganiserColumn,
        ColumnCount
    };
    EventsView(CatalogueDocument& document, Preferences& preferences, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QTreeWidget* sessions() const { return m_sessions; }
    QComboBox* when() const { return m_when; }
    void setNow(const QDateTime& now);
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    // Selects an event in the list (shown whatever "Upcoming/Past" says); false when not there.
    bool selectEvent(const QString& id);

public slots:
    void reload();
    void addEvent();
    void editEvent();
    void deleteEvent();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void refill();
    void showSessions();
    QDateTime now() const;

    CatalogueDocument& m_document;
    Preferences& m_preferences;
    QList<QJsonObject> m_rows;
    QDateTime m_now;
    QComboBox* m_when = nullptr;
    QLabel* m_zoneNote = nullptr;
    RecordListTable* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QTreeWidget* m_sessions = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace dalil
