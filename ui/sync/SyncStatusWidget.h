#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace dalil {

class BackgroundSync;

// The status bar's sync indicator: last sync, changes waiting to be sent, conflicts to review, a
// "Sync now" button and, during a long pull, its progress (rows received of about how many) and a
// button to stop it. It only shows what it is told
// (counts come from the window, which owns the catalogue); it never touches data.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    // Follows a BackgroundSync: running, progress, results.
    void attach(BackgroundSync* sync);
    void setCounts(qint64 pending, qint64 conflicts);
    void setLastSync(const QDateTime& when, const QString& error);
    QString text() const;

signals:
    void syncRequested();
    void conflictsRequested();

private:
    void refresh();

    QLabel* m_label;
    QToolButton* m_syncNow;
    QToolButton* m_conflicts;
    QProgressBar* m_progress;
    QToolButton* m_stop;
    QDateTime m_lastSync;
    QString m_error;
    qint64 m_pending = 0;
    qint64 m_conflictCount = 0;
    bool m_running = false;
    bool m_stopping = false; // the user asked to stop the running sync
    bool m_stopped = false;  // the last sync was stopped by the user
    bool m_indexing = false;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace dalil
