#include "sync/SyncController.h"

#include "catalogue/Catalogue.h"
#include "catalogue/WorkerPools.h"
#include "main/CatalogueDocument.h"
#include "sync/BackgroundSync.h"
#include "sync/Conflicts.h"
#include "sync/ConflictsView.h"
#include "sync/PasswordStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/SyncStatusWidget.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <memory>

namespace dalil {

SyncController::SyncController(CatalogueDocument& document, QMainWindow* window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_sync(new BackgroundSync(document.catalogue().path(), this))
    , m_status(new SyncStatusWidget(window))
    , m_menu(new QMenu(window))
{
    m_menu->setObjectName(QStringLiteral("syncMenu"));
    m_syncNow = m_menu->addAction(QString(), this, &SyncController::syncNow);
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_settings = m_menu->addAction(QString(), this, &SyncController::editSettings);
    m_conflicts = m_menu->addAction(QString(), this, &SyncController::showConflicts);
    // Before the Help menu, which stays last.
    const QList<QAction*> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);
    window->statusBar()->addPermanentWidget(m_status);

    m_status->attach(m_sync);
    connect(m_status, &SyncStatusWidget::conflictsRequested, this, &SyncController::showConflicts);
    // The sync writes through a connection of its own, which the document's look for other writers
    // would take for another program: a sync that only pushed (rows marked as sent, the cursor and
    // the time of the last sync) would have every screen read the catalogue again for nothing.
    // A first pull is shown as soon as it has committed; the copy of its WAL into the file, which
    // finished() waits for, changes nothing the window shows.
    auto shown = std::make_shared<bool>(false);
    connect(m_sync, &BackgroundSync::started, this, [this, shown] {
        *shown = false;
        m_document.backgroundWriteStarted(
            [sync = QPointer<BackgroundSync>(m_sync)] { return !sync || sync->hasCommitted(); });
    });
    connect(m_sync, &BackgroundSync::firstPullCommitted, this, [this, shown] {
        *shown = true;
        m_document.notifyEverythingChanged();
    });
    connect(m_sync, &BackgroundSync::finished, this, [this, shown] {
        const SyncEngine::Report& report = m_sync->lastReport();
        // A first pull's rows were shown as it committed; what it did after changes nothing shown.
        const bool changed = *shown ? report.conflicts > 0 || report.refused > 0 : report.changedRecords();
        m_document.backgroundWriteFinished(changed, [this] { return m_sync->aloneSinceStarted(); });
        refreshCounts();
    });
    // Every edit, the window's or another program's, changes what is waiting to be sent.
    m_countsLater = new QTimer(this);
    m_countsLater->setSingleShot(true);
    m_countsLater->setInterval(1000);
    connect(m_countsLater, &QTimer::timeout, this, &SyncController::refreshCounts);
    connect(&m_document, &CatalogueDocument::recordChanged, this, [this] {
        if (m_started) {
            m_countsLater->start();
        }
    });
    window->installEventFilter(this);
    retranslate();
    // The counts (a worker reading the whole catalogue) and the saved hub (its password may come
    // from the keyring over D-Bus) wait for the window's first paint: see eventFilter().
}

bool SyncController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    if (watched == m_window && event->type() == QEvent::Paint && !m_started) {
        m_started = true;
        QTimer::singleShot(0, this, [this] {
            refreshCounts();
            configure(false);
        });
    }
    return QObject::eventFilter(watched, event);
}

void SyncController::retranslate()
{
    m_menu->setTitle(tr("S&ync"));
    m_syncNow->setText(tr("Sync &now"));
    m_settings->setText(tr("&Hub connection…"));
    m_conflicts->setText(tr("&Conflicts…"));
}

void SyncController::refreshCounts()
{
    // Counting the unsent rows of a large catalogue takes a second: on a worker thread with its own
    // connection, so the window paints first and stays responsive; the newest count wins.
    const int generation = ++m_countsGeneration;
    const QString path = m_document.catalogue().path();
    using Counts = QPair<qint64, qint64>;
    auto* watcher = new QFutureWatcher<Counts>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const Counts counts = watcher->result();
        if (generation == m_countsGeneration && counts.first >= 0) {
            m_status->setCounts(counts.first, counts.second);
        }
    });
    watcher->setFuture(QtConcurrent::run(WorkerPools::longJobs(), [path] {
        Catalogue::OpenResult opened = Catalogue::open(path);
        if (!opened.catalogue) {
            return Counts(-1, -1);
        }
        return Counts(SyncEngine::pendingChanges(*opened.catalogue),
                      Conflicts(*opened.catalogue).countUnresolved());
    }));
}

void SyncController::configure(bool askPassword)
{
    const QString url = SyncSettingsDialog::storedUrl();
    m_syncNow->setEnabled(!url.isEmpty());
    if (url.isEmpty()) {
        return;
    }
    QString password = PasswordStore::read(url);
    if (password.isEmpty() && askPassword) {
        bool ok = false;
        password = QInputDialog::getText(m_window, tr("Hub password"), tr("Password for %1").arg(url),
                                         QLineEdit::Password, QString(), &ok);
        if (!ok) {
            return;
        }
        PasswordStore::setSessionPassword(url, password);
    }
    m_sync->configure(url, password, SyncSettingsDialog::storedInterval());
}

void SyncController::syncNow()
{
    configure(true);
    m_sync->syncNow();
}

void SyncController::editSettings()
{
    SyncSettingsDialog dialog(m_window);
    dialog.load();
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    dialog.save();
    const QString url = dialog.url();
    if (!url.isEmpty() && !dialog.password().isEmpty()) {
        if (dialog.rememberPassword()) {
            PasswordStore::write(url, dialog.password());
        } else {
            PasswordStore::setSessionPassword(url, dialog.password());
        }
    }
    configure(false);
}

void SyncController::showConflicts()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Conflicts"));
    auto* view = new ConflictsView(m_document.catalogue(), &dialog);
    connect(view, &ConflictsView::catalogueChanged, this, [this] { m_document.notifyEverythingChanged(); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // Enter closes; left to itself the dialog would make Restore, the first button it finds,
    // the default, and Enter in the list would overwrite a record.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog.resize(820, 560);
    dialog.exec();
    refreshCounts();
}

} // namespace dalil
