#include "sync/SyncStatusWidget.h"

#include "sync/BackgroundSync.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>
#include <climits>

namespace dalil {

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_syncNow(new QToolButton(this))
    , m_conflicts(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QToolButton(this))
{
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setText(tr("Sync now"));
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_stop->setObjectName(QStringLiteral("stopSync"));
    m_stop->setText(tr("Stop"));
    m_stop->setVisible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_stop);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_syncNow);
    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatusWidget::syncRequested);
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    refresh();
}

void SyncStatusWidget::attach(BackgroundSync* sync)
{
    connect(this, &SyncStatusWidget::syncRequested, sync, &BackgroundSync::syncNow);
    connect(m_stop, &QToolButton::clicked, sync, [this, sync] {
        m_stopping = true;
        sync->cancel();
        refresh();
    });
    connect(sync, &BackgroundSync::started, this, [this] {
        m_running = true;
        m_stopping = false;
        m_stopped = false;
        m_indexing = false;
        m_done = 0;
        m_total = 0;
        m_progress->setRange(0, 0);
        refresh();
    });
    connect(sync, &BackgroundSync::progress, this, [this](qint64 done, qint64 total) {
        m_done = done;
        m_total = total;
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        refresh();
    });
    connect(sync, &BackgroundSync::indexing, this, [this](qint64 done, qint64 total) {
        m_indexing = true;
        if (done == 0) {
            m_progress->setRange(0, 0); // the secondary indexes first: no measure of those
        } else {
            m_progress->setRange(0, 1000);
            m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        }
        refresh();
    });
    connect(sync, &BackgroundSync::finished, this, [this](const QString& error) {
        m_running = false;
        m_stopped = m_stopping;
        m_stopping = false;
        setLastSync(error.isEmpty() ? QDateTime::currentDateTime() : m_lastSync,
                    m_stopped ? QString() : error);
    });
}

void SyncStatusWidget::setCounts(qint64 pending, qint64 conflicts)
{
    m_pending = pending;
    m_conflictCount = conflicts;
    refresh();
}

void SyncStatusWidget::setLastSync(const QDateTime& when, const QString& error)
{
    m_lastSync = when;
    m_error = error;
    refresh();
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::refresh()
{
    const QLocale locale;
    QString status;
    if (m_running && m_stopping) {
        status = tr("Stopping…");
    } else if (m_running && m_indexing) {
        status = tr("Preparing the new catalogue for search…");
    } else if (m_running && m_total > 0) {
        status = tr("Syncing: %1 of about %Ln change(s) received", nullptr,
                    int(std::min<qint64>(m_total, INT_MAX)))
                     .arg(locale.toString(m_done));
    } else if (m_running) {
        status = tr("Syncing…");
    } else if (m_stopped) {
        status = tr("Sync stopped");
    } else if (!m_error.isEmpty()) {
        status = tr("Last sync failed; will retry");
    } else if (m_lastSync.isValid()) {
        status = tr("Synced %1").arg(locale.toString(m_lastSync, QLocale::ShortFormat));
    } else {
        status = tr("Not synced yet");
    }
    if (m_pending > 0) {
        status = tr("%1 · %n change(s) to send", nullptr, int(m_pending)).arg(status);
    }
    m_label->setText(status);
    m_label->setToolTip(m_error);
    m_progress->setVisible(m_running);
    m_stop->setVisible(m_running);
    m_stop->setEnabled(!m_stopping);
    m_syncNow->setEnabled(!m_running);
    m_conflicts->setVisible(m_conflictCount > 0);
    m_conflicts->setText(tr("%n conflict(s)", nullptr, int(m_conflictCount)));
}

} // namespace dalil
