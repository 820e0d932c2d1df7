#include "main/MainWindow.h"

#include "catalogue/Catalogue.h"
#include "common/Colors.h"
#include "dashboard/DashboardView.h"
#include "directory/DirectoryView.h"
#include "directory/OrganisationListModel.h"
#include "events/EventsView.h"
#include "funding/FundingView.h"
#include "importexport/ExchangeController.h"
#include "main/CatalogueDocument.h"
#include "main/Display.h"
#include "main/LanguageManager.h"
#include "main/LoadingPage.h"
#include "map/MapTilesController.h"
#include "map/MapView.h"
#include "networks/NetworksView.h"
#include "profile/ProfileView.h"
#include "resources/ResourcesView.h"
#include "settings/Preferences.h"
#include "sync/SaveAfterSync.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cstdio>
#include <ctime>

namespace dalil {

namespace {

// Light yellow in a light palette; dark amber with light text in a dark one (the yellow would glare
// there and no text of the palette would be readable on it).
void styleSampleBanner(QLabel* banner)
{
    banner->setStyleSheet(
        Colors::isDark(banner->palette())
            ? QStringLiteral("QLabel { background: #3d3300; color: #ffe89a; border: 1px solid "
                             "#7a6520; padding: 6px; }")
            : QStringLiteral("QLabel { background: #fff4ce; color: #3d3000; border: 1px solid "
                             "#e0c060; padding: 6px; }"));
}

} // namespace

MainWindow::MainWindow(Catalogue& catalogue, LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_catalogue(catalogue)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    // The window's saves commit on the GUI thread: never a copy of the WAL there.
    catalogue.database().checkpointInBackground();
    m_document = new CatalogueDocument(catalogue, this);
    m_preferences = new Preferences(this);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    m_sampleBanner = new QLabel(central);
    m_sampleBanner->setObjectName(QStringLiteral("sampleBanner"));
    m_sampleBanner->setWordWrap(true);
    styleSampleBanner(m_sampleBanner);
    const bool sample = m_catalogue.isSample();
    m_sampleBanner->setVisible(sample);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    // Every screen is built after the first paint (the directory with its map and list alone
    // costs several times an empty window): until then a page stands in for each.
    for (int i = OrganisationsTab; i <= DashboardTab; ++i) {
        auto* page = new QWidget(m_tabs);
        auto* pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(page, QString());
    }
    m_organisationsPage = m_tabs->widget(OrganisationsTab);
    m_loading = new LoadingPage(sample ? tr("the sample catalogue")
                                       : QFileInfo(m_catalogue.path()).completeBaseName(),
                                m_organisationsPage);
    m_organisationsPage->layout()->addWidget(m_loading);
    // The window opens ready to search (the tab bar, first in the chain, would take the focus).
    m_loading->searchField()->setFocus(Qt::OtherFocusReason);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::ensurePage);
    layout->addWidget(m_sampleBanner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    createMenus();
    new SyncController(*m_document, this); // Sync menu and status bar indicator
    resize(1280, 820);
    restoreSettings();
    retranslate();
}

QLineEdit* MainWindow::searchField() const
{
    return m_directory ? m_directory->searchField() : m_loading->searchField();
}

QWidget* MainWindow::ensurePage(int index)
{
    // Before the first paint nothing is built; loadData() builds the page shown by then.
    if (!m_directory) {
        return nullptr;
    }
    return buildPage(index);
}

QWidget* MainWindow::buildPage(int index)
{
    QWidget* page = m_tabs->widget(index);
    if (!page) {
        return nullptr;
    }
    if (index == OrganisationsTab || index == NetworksTab || index == DashboardTab) {
        loadData(); // these need the directory
    }
    if (index == OrganisationsTab) {
        return m_directory;
    }
    if (QWidget* built = page->property("view").value<QWidget*>()) {
        return built;
    }
    QWidget* view = nullptr;
    switch (index) {
    case FundingTab:
        view = m_funding = new FundingView(*m_document, *m_preferences, page);
        break;
    case ResourcesTab:
        view = m_resources = new ResourcesView(*m_document, page);
        break;
    case EventsTab:
        view = m_events = new EventsView(*m_document, *m_preferences, page);
        break;
    case NetworksTab:
        view = m_networks = new NetworksView(*m_document, page);
        connect(m_networks, &NetworksView::organisationRequested, this, &MainWindow::showOrganisation);
        // "Show on map": the Organisations screen, where the map is, with the members standing out.
        connect(m_networks, &NetworksView::showOnMapRequested, m_directory,
                [this](const QString& network, const QStringList& members) {
                    m_tabs->setCurrentWidget(m_organisationsPage);
                    m_directory->showNetwork(network, members);
                });
        break;
    case DashboardTab:
        view = m_dashboard = new DashboardView(*m_document, page);
        m_dashboard->setResult(m_directory->model()->facets(), m_directory->model()->totalCount());
        break;
    default:
        return page;
    }
    page->layout()->addWidget(view);
    page->setProperty("view", QVariant::fromValue(view));
    return view;
}

FundingView* MainWindow::funding()
{
    buildPage(FundingTab);
    return m_funding;
}

ResourcesView* MainWindow::resources()
{
    buildPage(ResourcesTab);
    return m_resources;
}

EventsView* MainWindow::events()
{
    buildPage(EventsTab);
    return m_events;
}

NetworksView* MainWindow::networks()
{
    buildPage(NetworksTab);
    return m_networks;
}

DashboardView* MainWindow::dashboard()
{
    buildPage(DashboardTab);
    return m_dashboard;
}

MainWindow::~MainWindow()
{
    saveSettings();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newOrganisation = m_fileMenu->addAction(QString());
    m_newOrganisation->setObjectName(QStringLiteral("newOrganisationAction"));
    m_newOrganisation->setShortcut(QKeySequence::New);
    connect(m_newOrganisation, &QAction::triggered, this, [this] {
        if (m_directory) {
            m_tabs->setCurrentWidget(m_organisationsPage);
            m_directory->profile()->addOrganisation();
        }
    });
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString());
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    // Also from another window of the application: an edit form whose save waits (and so no longer
    // blocks this window) has the keyboard, and Ctrl+Q there asks about its change and quits, as
    // the window's close button does. A form that blocks the window still blocks the shortcut.
    m_quit->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(QString());
    QUndoStack* stack = m_document->undoStack();
    m_undo = stack->createUndoAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(QStringLiteral("undo"));
    m_redo = stack->createRedoAction(this);
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setObjectName(QStringLiteral("redo"));
    // The stack names its actions after the command in Qt's words and without a mnemonic ("Undo
    // Delete ERC"); connected after the stack's own, these keep Dalil's words with their letter.
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::retranslateUndo);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::retranslateUndo);
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_find = m_editMenu->addAction(QString());
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_organisationsPage);
        if (m_directory) {
            m_directory->focusSearch();
        } else {
            // Typing may start before the directory is there: the loading page's field keeps it.
            m_loading->searchField()->setFocus(Qt::ShortcutFocusReason);
            m_loading->searchField()->selectAll();
        }
    });
    m_editOrganisation = m_editMenu->addAction(QString());
    m_editOrganisation->setObjectName(QStringLiteral("editOrganisationAction"));
    m_editOrganisation->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_editOrganisation, &QAction::triggered, this, [this] {
        if (m_directory) {
            m_tabs->setCurrentWidget(m_organisationsPage);
            m_directory->profile()->editOrganisation(m_directory->profile()->organisationId());
        }
    });
    m_deleteOrganisation = m_editMenu->addAction(QString());
    m_deleteOrganisation->setObjectName(QStringLiteral("deleteOrganisationAction"));
    m_deleteOrganisation->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(m_deleteOrganisation, &QAction::triggered, this, [this] {
        if (m_directory) {
            m_directory->profile()->deleteOrganisation();
        }
    });
    // Until the directory exists there is no organisation to add to, edit or delete.
    for (QAction* action : {m_newOrganisation, m_editOrganisation, m_deleteOrganisation}) {
        action->setEnabled(false);
    }

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction* action = m_viewMenu->addAction(QString());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        m_tabActions.append(action);
    }

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    // Each language in its own name, so that a reader finds theirs whatever the window shows.
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_arabic = m_languageMenu->addAction(QStringLiteral("&العربية"));
    m_english = m_languageMenu->addAction(QStringLiteral("&English"));
    m_french = m_languageMenu->addAction(QStringLiteral("&Français"));
    const QList<QPair<QAction*, QString>> languages = {{m_arabic, QStringLiteral("ar")},
                                                       {m_english, QStringLiteral("en")},
                                                       {m_french, QStringLiteral("fr")}};
    int key = 0;
    for (const auto& [action, code] : languages) {
        action->setCheckable(true);
        action->setData(code);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + key++)));
        m_languageGroup->addAction(action);
        const QString language = code;
        connect(action, &QAction::triggered, this, [this, language] { m_languages.setLanguage(language); });
    }
    m_digits = m_settingsMenu->addAction(QString());
    m_digits->setCheckable(true);
    connect(m_digits, &QAction::toggled, &m_languages, &LanguageManager::setArabicIndicDigits);
    m_hijri = m_settingsMenu->addAction(QString());
    m_hijri->setCheckable(true);
    m_hijri->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_hijri, &QAction::toggled, m_preferences, &Preferences::setShowHijri);
    m_timeZone = m_settingsMenu->addAction(QString());
    connect(m_timeZone, &QAction::triggered, this, &MainWindow::chooseTimeZone);

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString());
    m_about->setShortcut(QKeySequence::HelpContents);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Dalil — directory of civil society"));
    m_sampleBanner->setText(
        tr("This is the sample catalogue: real organisations from public sources, for trying Dalil."));
    m_sampleBanner->setAccessibleName(tr("Sample catalogue notice"));
    const QStringList tabNames = {tr("&Organisations"), tr("F&unding"),  tr("&Resources"),
                                  tr("Even&ts"),        tr("&Networks"), tr("&Dashboard")};
    for (int i = 0; i < tabNames.size(); ++i) {
        m_tabs->setTabText(i, tabNames[i]);
        m_tabActions[i]->setText(tabNames[i]);
    }
    m_tabs->setAccessibleName(tr("Screens"));
    // The tab bar is what Tab stops at: a screen reader says its name.
    m_tabs->tabBar()->setAccessibleName(tr("Screens"));
    m_fileMenu->setTitle(tr("&File"));
    m_newOrganisation->setText(tr("&New organisation…"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    retranslateUndo();
    m_find->setText(tr("&Find organisations"));
    m_editOrganisation->setText(tr("&Edit organisation…"));
    m_deleteOrganisation->setText(tr("&Delete organisation…"));
    m_viewMenu->setTitle(tr("&View"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_digits->setText(tr("Arabic-Indic &digits (٠١٢٣)"));
    m_hijri->setText(tr("Show &Hijri dates"));
    m_timeZone->setText(tr("&Time zone…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Dalil"));
    for (QAction* action : m_languageGroup->actions()) {
        action->setChecked(action->data().toString() == m_languages.current());
    }
    m_digits->blockSignals(true);
    m_digits->setChecked(m_languages.arabicIndicDigits());
    m_digits->blockSignals(false);
    m_digits->setEnabled(m_languages.current() == QLatin1String("ar"));
    m_hijri->blockSignals(true);
    m_hijri->setChecked(m_preferences->showHijri());
    m_hijri->blockSignals(false);
}

void MainWindow::retranslateUndo()
{
    // A command's own ampersand ("Save & Co") is text, not a mnemonic.
    QString undo = m_document->undoStack()->undoText();
    QString redo = m_document->undoStack()->redoText();
    undo.replace(QLatin1Char('&'), QStringLiteral("&&"));
    redo.replace(QLatin1Char('&'), QStringLiteral("&&"));
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) &&
        m_sampleBanner) {
        styleSampleBanner(m_sampleBanner);
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // The window is on screen first; the screens are built and the catalogue read right after.
        QTimer::singleShot(0, this, &MainWindow::loadData);
        if (qEnvironmentVariableIsSet("DALIL_PRINT_FIRST_PAINT")) {
            // For tests/bench/bench_startup: the moment the window is first painted, and the CPU
            // time the process has used until then (the loader's included; every thread).
            timespec cpu{};
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
            std::printf("first-paint cpu-ms=%.3f\n", double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6);
            std::fflush(stdout);
        }
    }
    return QMainWindow::event(event);
}

void MainWindow::loadData()
{
    if (m_directory) {
        return;
    }
    // The map's countries are read on a worker while the directory is put together (not before
    // the first paint: on a busy machine that worker would delay it).
    MapView::preloadBasemap();
    buildDirectory();
    buildPage(m_tabs->currentIndex());
    m_directory->load();
    emit directoryReady();
}

void MainWindow::buildDirectory()
{
    // Hidden while it is put together, so it is laid out and painted once, in place of the
    // loading page.
    auto* directory = new DirectoryView(*m_document, m_organisationsPage);
    directory->hide();
    directory->splitter()->restoreState(m_savedSplitter);
    QLineEdit* typed = m_loading->searchField();
    // The window's focus, whether or not the window is active yet.
    const bool hadFocus = focusWidget() == typed;
    directory->searchField()->setText(typed->text());
    m_organisationsPage->layout()->replaceWidget(m_loading, directory);
    directory->show();
    if (hadFocus) {
        directory->searchField()->setFocus(Qt::OtherFocusReason);
        directory->searchField()->setCursorPosition(typed->cursorPosition());
    }
    m_loading->deleteLater();
    m_loading = nullptr;
    m_directory = directory;

    connect(m_directory->model(), &OrganisationListModel::facetsChanged, this, [this] {
        if (m_dashboard) {
            m_dashboard->setResult(m_directory->model()->facets(), m_directory->model()->totalCount());
        }
    });
    connect(m_directory, &DirectoryView::searchStatusChanged, this, [this](const QString& message) {
        if (message.isEmpty()) {
            statusBar()->clearMessage();
        } else {
            statusBar()->showMessage(message);
        }
    });
    new ExchangeController(*m_document, m_directory, m_fileMenu, m_quit, this); // Import…, Export…
    new MapTilesController(m_directory->map(), m_settingsMenu, this);           // Settings > Map tiles…
    for (QAction* action : {m_newOrganisation, m_editOrganisation, m_deleteOrganisation}) {
        action->setEnabled(true);
    }
}

void MainWindow::showOrganisation(const QString& id)
{
    loadData();
    m_tabs->setCurrentWidget(m_organisationsPage);
    m_directory->selectOrganisation(id);
}

void MainWindow::chooseTimeZone()
{
    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        zones.append(QString::fromUtf8(id));
    }
    bool ok = false;
    const QString current = QString::fromUtf8(m_preferences->timeZone().id());
    const QString chosen =
        QInputDialog::getItem(this, tr("Time zone"), tr("&Show deadlines and sessions in:"), zones,
                              std::max(0, int(zones.indexOf(current))), false, &ok);
    if (ok) {
        m_preferences->setTimeZone(QTimeZone(chosen.toUtf8()));
    }
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Dalil"),
                       tr("Dalil %1: an offline directory and collaboration map of civil society in the "
                          "Middle East and North Africa.")
                           .arg(QStringLiteral(DALIL_VERSION)));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_savedSplitter = settings.value(QStringLiteral("window/directorySplitter")).toByteArray();
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    searchField()->setText(settings.value(QStringLiteral("directory/lastSearch")).toString());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/directorySplitter"),
                      m_directory ? m_directory->splitter()->saveState() : m_savedSplitter);
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("directory/lastSearch"), searchField()->text());
}

QList<QWidget*> MainWindow::tabStops() const
{
    // The window's focus chain, as Qt walks it, except for one thing: the screens (and each
    // profile shown) are built after start-up, so Qt's chain would put them after the status
    // bar; a keyboard user expects the status bar last, after the screen they are on.
    QList<QWidget*> stops;
    QList<QWidget*> last;
    QStatusBar* status = findChild<QStatusBar*>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget* w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (w->window() != this || !w->isVisible() || !w->isEnabled() || w->focusProxy() ||
            !(w->focusPolicy() & Qt::TabFocus)) {
            continue;
        }
        (status && status->isAncestorOf(w) ? last : stops).append(w);
    }
    return stops + last;
}

bool MainWindow::focusNextPrevChild(bool next)
{
    const QList<QWidget*> stops = tabStops();
    QWidget* current = QApplication::focusWidget();
    if (stops.isEmpty() || !current || current->window() != this) {
        return QMainWindow::focusNextPrevChild(next);
    }
    qsizetype at = stops.indexOf(current);
    QWidget* target = nullptr;
    if (at >= 0) {
        target = stops.at((at + (next ? 1 : stops.size() - 1)) % stops.size());
    } else {
        // Focus is on something Tab does not stop at (a text clicked): the stop after it in the chain.
        for (QWidget* w = next ? current->nextInFocusChain() : current->previousInFocusChain();
             w && w != current && !target; w = next ? w->nextInFocusChain() : w->previousInFocusChain()) {
            if (stops.contains(w)) {
                target = w;
            }
        }
    }
    if (!target) {
        return QMainWindow::focusNextPrevChild(next);
    }
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // An edit waiting to be saved (a first pull, another program writing) is not dropped unasked.
    if (!SaveAfterSync::confirmQuit(this)) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
    if (event->isAccepted() && m_directory && QApplication::quitOnLastWindowClosed()) {
        m_directory->stopBackgroundWork();
    }
}

} // namespace dalil
