#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;

namespace dalil {

class Catalogue;
class CatalogueDocument;
class LoadingPage;
class DashboardView;
class DirectoryView;
class EventsView;
class FundingView;
class LanguageManager;
class NetworksView;
class Preferences;
class ResourcesView;

// The window NGO staff live in: Organisations (search, filters, list, profile), Funding, Resources,
// Events, Networks and Dashboard as tabs; menus with every action and its shortcut; the window's
// layout, the last search and the language come back at the next start.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab
    {
        OrganisationsTab,
        FundingTab,
        ResourcesTab,
        EventsTab,
        NetworksTab,
        DashboardTab
    };

    MainWindow(Catalogue& catalogue, LanguageManager& languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    CatalogueDocument& document() const { return *m_document; }
    Preferences& preferences() const { return *m_preferences; }
    LanguageManager& languages() const { return m_languages; }
    QTabWidget* tabs() const { return m_tabs; }
    // The Organisations screen, built right after the first paint (directoryReady()); null before.
    DirectoryView* directory() const { return m_directory; }
    bool isDirectoryReady() const { return m_directory != nullptr; }
    // The search field the user sees now: the directory's, or the loading page's before it.
    QLineEdit* searchField() const;
    // Each other screen is built the first time it is shown or asked for (never before the first
    // paint); asking for Networks or Dashboard builds the directory first.
    FundingView* funding();
    ResourcesView* resources();
    EventsView* events();
    NetworksView* networks();
    DashboardView* dashboard();
    QLabel* sampleBanner() const { return m_sampleBanner; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }

    // Builds the directory and starts reading the catalogue into it; runs by itself right after
    // the first paint (tests may call it to build at once).
    void loadData();
    void saveSettings() const;

signals:
    // The directory exists and has started its first search: directory() and the actions that
    // act on it work from now on.
    void directoryReady();

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    QWidget* ensurePage(int index);
    QWidget* buildPage(int index);
    void buildDirectory();
    void createMenus();
    void retranslate();
    void retranslateUndo();
    void restoreSettings();
    void showOrganisation(const QString& id);
    void chooseTimeZone();
    void about();
    // The controls Tab stops at now, in the order it stops at them.
    QList<QWidget*> tabStops() const;

    Catalogue& m_catalogue;
    LanguageManager& m_languages;
    CatalogueDocument* m_document = nullptr;
    Preferences* m_preferences = nullptr;
    QLabel* m_sampleBanner = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_organisationsPage = nullptr;
    LoadingPage* m_loading = nullptr;
    DirectoryView* m_directory = nullptr;
    FundingView* m_funding = nullptr;
    ResourcesView* m_resources = nullptr;
    EventsView* m_events = nullptr;
    NetworksView* m_networks = nullptr;
    DashboardView* m_dashboard = nullptr;
    bool m_painted = false;
    // The directory's splitter as the last session left it, until the directory exists.
    QByteArray m_savedSplitter;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newOrganisation = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_find = nullptr;
    QAction* m_editOrganisation = nullptr;
    QAction* m_deleteOrganisation = nullptr;
    QList<QAction*> m_tabActions;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_arabic = nullptr;
    QAction* m_english = nullptr;
    QAction* m_french = nullptr;
    QAction* m_digits = nullptr;
    QAction* m_hijri = nullptr;
    QAction* m_timeZone = nullptr;
    QAction* m_about = nullptr;
};

} // namespace dalil
