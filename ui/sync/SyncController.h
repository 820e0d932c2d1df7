#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QTimer;

namespace dalil {

class BackgroundSync;
class CatalogueDocument;
class SyncStatusWidget;

// Puts sync into the main window: a Sync menu (Sync now, Hub connection…, Conflicts…), the status
// bar indicator, and the periodic BackgroundSync configured from the saved settings. The window
// creates one and forgets it (it is a child of the window).
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(CatalogueDocument& document, QMainWindow* window);

    QMenu* menu() const { return m_menu; }
    SyncStatusWidget* status() const { return m_status; }
    BackgroundSync* background() const { return m_sync; }

public slots:
    void syncNow();
    void editSettings();
    void showConflicts();
    void refreshCounts();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void configure(bool askPassword);
    void retranslate();

    CatalogueDocument& m_document;
    QMainWindow* m_window;
    BackgroundSync* m_sync;
    SyncStatusWidget* m_status;
    QMenu* m_menu;
    QAction* m_syncNow;
    QAction* m_settings;
    QAction* m_conflicts;
    QTimer* m_countsLater = nullptr; // after edits: one count for a burst of them
    int m_countsGeneration = 0;
    bool m_started = false; // counts and the saved hub, once the window has painted
};

} // namespace dalil
