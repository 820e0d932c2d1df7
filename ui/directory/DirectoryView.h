#pragma once

#include "geo/AreaFilter.h"
#include "geo/MapViewport.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace dalil {

class CatalogueDocument;
class FilterPanel;
class MapPoints;
class MapView;
class WrappedCellDelegate;
class OrganisationListModel;
class ProfileView;
class SearchService;

// The Organisations screen: search as you type (app/search, off the GUI thread), filters with
// their counts, the results list, the map beside it and the selected organisation's profile.
class DirectoryView : public QWidget
{
    Q_OBJECT
public:
    // Results above this many are not drawn one by one: the map shows every office instead.
    static constexpr int kMapLimit = 20000;

    explicit DirectoryView(CatalogueDocument& document, QWidget* parent = nullptr);
    ~DirectoryView() override;

    QLineEdit* searchField() const { return m_search; }
    FilterPanel* filterPanel() const { return m_filters; }
    QTableView* results() const { return m_results; }
    OrganisationListModel* model() const { return m_model; }
    ProfileView* profile() const { return m_profile; }
    MapView* map() const { return m_map; }
    QSplitter* splitter() const { return m_splitter; }
    QSplitter* sideSplitter() const { return m_side; }
    QLabel* countLabel() const { return m_count; }
    // Shown over the list when the search cannot run.
    QLabel* searchErrorLabel() const { return m_searchError; }
    SearchService* searchService() const { return m_service; }

    // Starts the first search and loads the map (called once the window has painted, so start-up
    // shows a window at once).
    void load();
    bool isLoaded() const { return m_loaded; }
    // The application is quitting: the readers still running in the background stop now, while
    // the window goes, rather than when the view is destroyed.
    void stopBackgroundWork() { m_cancel->store(true); }

public slots:
    void selectOrganisation(const QString& id);
    void focusSearch();
    // Highlights these organisations on the map (a network's members); empty for none.
    void highlight(const QStringList& organisationIds);
    // A network's members highlighted on the map, the view fitted to their offices, and a notice
    // that says so with a Clear button (clearNetwork()).
    void showNetwork(const QString& networkId, const QStringList& memberIds);
    // Back to the normal map: no highlight, the view as it was before showNetwork().
    void clearNetwork();
    QString shownNetwork() const { return m_shownNetwork; }

signals:
    void selectionChanged(const QString& organisationId);
    // The search could not run (one line for the status bar, in the UI language); an empty
    // message once it runs again.
    void searchStatusChanged(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void runQuery();
    void updateCount();
    void showSearchError();
    void selectRow(int row);
    void onSelectionChanged();
    void loadMapPoints();
    void loadPartnerships();
    void updateMapPoints();
    void updateNetworkNote();
    // The acronym, type and countries columns as wide as their texts in the rows fetched (and in
    // the UI language), unless the user has sized them; rows one line high, or two when the list
    // is too narrow for the whole type on one line beside the names.
    void fitColumns();
    int rowHeight(int lines) const;

    CatalogueDocument& m_document;
    SearchService* m_service = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_searchError = nullptr;
    FilterPanel* m_filters = nullptr;
    QTableView* m_results = nullptr;
    WrappedCellDelegate* m_cells = nullptr;
    OrganisationListModel* m_model = nullptr;
    ProfileView* m_profile = nullptr;
    MapView* m_map = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_side = nullptr;
    QTimer* m_typing = nullptr;
    AreaFilter m_area;
    std::shared_ptr<const MapPoints> m_allPoints;
    // Turned true when the view goes: the background readers it started stop early.
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    quint64 m_mapTicket = 0;
    int m_pointsGeneration = 0;
    int m_partnershipsGeneration = 0;
    bool m_loaded = false;
    bool m_facetsSeen = false;
    bool m_fittingColumns = false;
    QSet<int> m_userSizedColumns;
    // What a column's texts need on one line and on two ({column, lines} → px), for the results
    // shown: a resize of the list only shares out the width again.
    QHash<QPair<int, int>, int> m_columnNeeds;
    size_t m_pairBytes = 0;
    QString m_shownNetwork;
    MapViewport m_viewBeforeNetwork;
};

} // namespace dalil
