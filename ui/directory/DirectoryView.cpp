#include "directory/DirectoryView.h"

#include "catalogue/Catalogue.h"
#include "catalogue/WorkerPools.h"
#include "common/WrappedCellDelegate.h"
#include "directory/FilterPanel.h"
#include "directory/OrganisationListModel.h"
#include "geo/MapPoints.h"
#include "geo/MapReader.h"
#include "main/CatalogueDocument.h"
#include "main/Display.h"
#include "main/ProcessMemory.h"
#include "map/MapView.h"
#include "profile/ProfileView.h"
#include "search/SearchService.h"

#include <QEvent>

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>
#include <cstdio>

namespace dalil {

namespace {

// The width of the names in the list when there is room for it.
constexpr int kNameColumnWidth = 220;
// The fewest letters of the names beside the whole type on one line; with less room rows are two
// lines high.
constexpr int kNameLeastLetters = 16;

} // namespace

DirectoryView::DirectoryView(CatalogueDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("directory"));
    m_service = new SearchService(document.catalogue().path(), this);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    layout->addLayout(top);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("correctionNotice"));
    m_notice->setVisible(false);
    layout->addWidget(m_notice);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("directorySplitter"));
    m_filters = new FilterPanel(m_splitter);
    m_filters->setObjectName(QStringLiteral("filters"));
    m_model = new OrganisationListModel(document, m_service, this);
    m_filters->setLabeller(
        [this](const QString& facet, const QString& code) { return m_model->facetLabel(facet, code); });
    m_results = new QTableView(m_splitter);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    // Arrows choose a row; Tab goes on to the map (a table's default walks every cell first).
    m_results->setTabKeyNavigation(false);
    // Unsorted at first: the ranking of the search; a click on a column sorts.
    m_results->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_results->setSortingEnabled(true);
    m_results->horizontalHeader()->setSortIndicatorClearable(true);
    m_results->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring a million rows.
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_cells = new WrappedCellDelegate(m_results);
    m_results->setItemDelegate(m_cells);
    m_results->verticalHeader()->setDefaultSectionSize(rowHeight(1));
    m_results->horizontalHeader()->setStretchLastSection(true);
    // Long names are elided (their tooltip has them whole); the columns after them fit their texts
    // (fitColumns()), so that "Réseau / alliance / communauté de pratique" reads whole in French.
    m_results->horizontalHeader()->resizeSection(OrganisationListModel::NameColumn, kNameColumnWidth);
    m_results->horizontalHeader()->setResizeContentsPrecision(OrganisationListModel::kPageSize);
    connect(m_results->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fittingColumns) {
            m_userSizedColumns.insert(column);
        }
    });
    m_results->setWordWrap(false);
    m_results->setAlternatingRowColors(true);
    m_searchError = new QLabel(m_results->viewport());
    m_searchError->setObjectName(QStringLiteral("searchError"));
    m_searchError->setWordWrap(true);
    m_searchError->setAlignment(Qt::AlignCenter);
    m_searchError->setMargin(12);
    m_searchError->setTextFormat(Qt::PlainText);
    m_searchError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_searchError->hide();
    m_results->viewport()->installEventFilter(this);
    m_side = new QSplitter(Qt::Vertical, m_splitter);
    m_side->setObjectName(QStringLiteral("sideSplitter"));
    m_map = new MapView(m_side);
    m_map->setObjectName(QStringLiteral("map"));
    m_map->setMinimumSize(200, 160);
    m_profile = new ProfileView(document, m_side);
    m_side->addWidget(m_map);
    m_side->addWidget(m_profile);
    m_side->setSizes({360, 400});
    m_splitter->addWidget(m_filters);
    m_splitter->addWidget(m_results);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({210, 620, 420});
    layout->addWidget(m_splitter, 1);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &DirectoryView::runQuery);
    connect(m_search, &QLineEdit::returnPressed, this, &DirectoryView::runQuery);
    // Queued: the panel rebuilds its lists from the new counts, which must not happen inside the
    // signal of the item that was just ticked.
    connect(m_filters, &FilterPanel::filtersChanged, this, &DirectoryView::runQuery, Qt::QueuedConnection);
    connect(m_model, &OrganisationListModel::searchFailed, this, &DirectoryView::showSearchError);
    connect(m_model, &OrganisationListModel::resultsChanged, this, [this] {
        if (m_searchError->isVisible()) {
            m_searchError->hide();
            emit searchStatusChanged(QString());
        }
        m_notice->setText(m_model->correctionNotice());
        m_notice->setVisible(!m_model->correctionNotice().isEmpty());
        updateCount();
        updateMapPoints();
        m_columnNeeds.clear();
        fitColumns();
        const QString shown = m_profile->organisationId();
        if (!shown.isEmpty()) {
            selectRow(m_model->rowOf(shown));
        }
    });
    connect(m_model, &OrganisationListModel::facetsChanged, this, [this] {
        if (!m_facetsSeen) {
            m_facetsSeen = true;
            ProcessMemory::giveBack(); // the search engine's loading is done
        }
        m_filters->setFacets(m_model->facets());
        updateCount();
        updateMapPoints();
    });
    connect(m_service, &SearchService::resultsReady, this,
            [this](quint64 ticket, const SearchQuery&, const SearchResults& results) {
                if (ticket != m_mapTicket || !m_allPoints) {
                    return;
                }
                QSet<QString> ids;
                for (const SearchHit& hit : results.hits) {
                    ids.insert(hit.id);
                }
                m_map->setPoints(std::make_shared<const MapPoints>(m_allPoints->filtered(ids)));
            });
    connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DirectoryView::onSelectionChanged);
    connect(m_profile, &ProfileView::organisationRequested, this, &DirectoryView::selectOrganisation);
    connect(m_map, &MapView::organisationClicked, this, &DirectoryView::selectOrganisation);
    connect(m_profile, &ProfileView::officeShownOnMap, m_map, &MapView::showPlace);
    connect(m_map, &MapView::highlightCleared, this, &DirectoryView::clearNetwork);
    connect(m_map, &MapView::retryRequested, this, [this] {
        loadMapPoints();
        loadPartnerships();
    });
    // Indexing a million offices leaves its scratch arrays freed but resident until handed back.
    connect(m_map, &MapView::pointsReady, this, [this] {
        ProcessMemory::giveBack();
        if (qEnvironmentVariableIsSet("DALIL_PRINT_MEMORY") && m_allPoints &&
            m_map->points() == m_allPoints) {
            // For tests/bench/bench_memory: what the map holds once every office is on it.
            const auto mb = [](size_t bytes) { return QString::number(double(bytes) / 1048576.0, 'f', 0); };
            const QString pairs = m_pairBytes > 0
                                      ? QStringLiteral(", partnership pairs %1 MB").arg(mb(m_pairBytes))
                                      : QString(); // still being read
            std::printf("memory-note: map: %s offices of %s organisations, their points %s MB, cluster "
                        "index %s MB%s\n",
                        qPrintable(QString::number(m_allPoints->size())),
                        qPrintable(QString::number(m_allPoints->organisationCount())),
                        qPrintable(mb(m_allPoints->memoryBytes())), qPrintable(mb(m_map->indexBytes())),
                        qPrintable(pairs));
            std::fflush(stdout);
        }
    });
    connect(m_map, &MapView::areaFilterChanged, this, [this](const AreaFilter& area) {
        m_area = area;
        runQuery();
    });
    connect(&m_document, &CatalogueDocument::recordChanged, this, [this](const QString& table) {
        if (!m_loaded) {
            return;
        }
        const bool any = table.isEmpty(); // written elsewhere: anything may have changed
        if (any || table == QLatin1String("organisation") || table == QLatin1String("membership") ||
            table == QLatin1String("location")) {
            m_model->forgetDetails();
            m_model->reload();
        }
        if (any || table == QLatin1String("organisation") || table == QLatin1String("location")) {
            loadMapPoints();
        }
        if (any || table == QLatin1String("partnership") || table == QLatin1String("organisation")) {
            loadPartnerships();
        }
    });
    retranslate();
}

DirectoryView::~DirectoryView()
{
    // Background readers still running stop at their next SQLite step or row.
    m_cancel->store(true);
}

void DirectoryView::load()
{
    if (m_loaded) {
        return;
    }
    m_loaded = true;
    runQuery();
    loadMapPoints();
    loadPartnerships();
}

void DirectoryView::loadPartnerships()
{
    // Joined against a million organisations this takes seconds: never on the GUI thread.
    using Read = MapReader::Partnerships;
    const int generation = ++m_partnershipsGeneration;
    auto* watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_partnershipsGeneration) {
            return;
        }
        const Read read = watcher->result();
        if (read.failed()) {
            m_map->showReadError(read.error);
            return;
        }
        m_pairBytes = read.pairs.memoryBytes();
        m_map->setPartnerships(read.pairs);
    });
    watcher->setFuture(
        QtConcurrent::run(WorkerPools::longJobs(), [path = m_document.catalogue().path(), cancel = m_cancel] {
            return MapReader::partnerships(path, cancel.get());
        }));
}

void DirectoryView::loadMapPoints()
{
    using Read = MapReader::Offices;
    const int generation = ++m_pointsGeneration;
    auto* watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_pointsGeneration) {
            return; // a newer load is on its way
        }
        const Read read = watcher->result();
        if (read.cancelled) {
            return;
        }
        if (read.failed()) {
            // Not an empty map that looks like a catalogue without offices: say what went wrong.
            m_map->showReadError(read.error);
            return;
        }
        m_allPoints = read.points;
        updateMapPoints();
    });
    watcher->setFuture(
        QtConcurrent::run(WorkerPools::longJobs(),
                          [path = m_document.catalogue().path(), language = Display::language(),
                           cancel = m_cancel] { return MapReader::offices(path, language, cancel.get()); }));
}

void DirectoryView::updateMapPoints()
{
    if (!m_allPoints) {
        return;
    }
    m_mapTicket = 0;
    DirectoryQuery query = m_model->query();
    if (query.isEmpty()) {
        m_map->setPoints(m_allPoints);
        return;
    }
    if (!m_model->canFetchMore() && !m_model->isSearching()) {
        QSet<QString> ids;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            ids.insert(m_model->idAt(row));
        }
        m_map->setPoints(std::make_shared<const MapPoints>(m_allPoints->filtered(ids)));
        return;
    }
    if (m_model->totalCount() >= 0 && m_model->totalCount() <= kMapLimit) {
        // More results than the list has fetched: the map asks for all their ids at once.
        m_mapTicket = m_service->fetchPage(m_model->searchQuery(kMapLimit));
    }
}

void DirectoryView::fitColumns()
{
    const QScopedValueRollback fitting(m_fittingColumns, true);
    const QHeaderView* header = m_results->horizontalHeader();
    const QFont font = m_results->font();
    const int padding = WrappedCellDelegate::padding(m_results);
    const int rows = std::min(m_model->rowCount(), int(OrganisationListModel::kPageSize));
    // What a column's texts need on one line or wrapped onto two, in the rows of the first page
    // (as QTableView measures a column), and never less than its header.
    auto needs = [&](int column, int lines) {
        const auto known = m_columnNeeds.constFind({column, lines});
        if (known != m_columnNeeds.cend()) {
            return *known;
        }
        int widest = 0;
        QSet<QString> measured; // types and countries repeat
        for (int row = 0; row < rows; ++row) {
            const QString text = m_model->index(row, column).data().toString();
            if (!text.isEmpty() && !measured.contains(text)) {
                measured.insert(text);
                widest = std::max(widest, WrappedCellDelegate::textWidth(text, font, lines));
            }
        }
        const int need = std::max(widest + padding, header->sectionSizeHint(column));
        m_columnNeeds.insert({column, lines}, need);
        return need;
    };
    const int name = OrganisationListModel::NameColumn;
    const int acronym = OrganisationListModel::AcronymColumn;
    const int type = OrganisationListModel::TypeColumn;
    const int countries = OrganisationListModel::CountriesColumn;
    const int letter = m_results->fontMetrics().averageCharWidth();
    // The last column stretches over what is left, but never below the header's own least width.
    const int sectorsKept =
        std::max({letter * 12, header->minimumSectionSize(), header->defaultSectionSize()});
    // A letter's slack (the last column stretches over it anyway): the header may settle a pixel or
    // two wider than the sum worked out here.
    const int width = m_results->viewport()->width() - letter;
    auto userSized = [this](int column) { return m_userSizedColumns.contains(column); };

    // The acronym and the type whole; the countries of an organisation that works in many of them
    // would make the list scroll sideways: their column takes what the others leave (the sectors
    // keep a few words), and a longer list is cut off with … (its tooltip has it whole). In a
    // narrow list the names give way too, down to ten letters, and get their width back when the
    // list widens.
    struct Plan
    {
        int lines = 1;
        QHash<int, int> widths;
        int nameRoom = 0; // what is left for the names beside the others
    };
    auto plan = [&](int lines) {
        Plan plan;
        plan.lines = lines;
        for (int column : {acronym, type}) {
            plan.widths[column] = userSized(column) ? m_results->columnWidth(column) : needs(column, lines);
        }
        const int fixed = plan.widths[acronym] + plan.widths[type];
        const int nameWidth = userSized(name) ? m_results->columnWidth(name) : kNameColumnWidth;
        if (userSized(countries)) {
            plan.widths[countries] = m_results->columnWidth(countries);
        } else {
            const int room = std::max(letter * 12, width - fixed - nameWidth - sectorsKept);
            plan.widths[countries] = std::min({needs(countries, lines), room, letter * 32});
        }
        plan.nameRoom = width - fixed - plan.widths[countries] - sectorsKept;
        plan.widths[name] = userSized(name) ? m_results->columnWidth(name)
                                            : std::clamp(plan.nameRoom, letter * 10, kNameColumnWidth);
        return plan;
    };
    // One line a row while the names keep a few words beside the whole type ("Organisation
    // multilatérale"); in a narrower list ("Réseau / alliance / communauté de pratique" in
    // French) rows are two lines high and every cell wraps between its words: the type fits half
    // its width, the names and countries show twice as much.
    Plan chosen = plan(1);
    if (chosen.nameRoom < letter * kNameLeastLetters) {
        chosen = plan(2);
    }
    for (auto it = chosen.widths.cbegin(); it != chosen.widths.cend(); ++it) {
        if (!userSized(it.key()) && m_results->columnWidth(it.key()) != it.value()) {
            m_results->setColumnWidth(it.key(), it.value());
        }
    }
    if (m_cells->lines() != chosen.lines) {
        m_cells->setLines(chosen.lines);
        m_results->verticalHeader()->setDefaultSectionSize(rowHeight(chosen.lines));
        m_results->viewport()->update();
    }
}

int DirectoryView::rowHeight(int lines) const
{
    const QFontMetrics metrics = m_results->fontMetrics();
    return metrics.height() + (lines - 1) * metrics.lineSpacing() + 8;
}

void DirectoryView::retranslate()
{
    m_search->setPlaceholderText(tr("Search organisations by name, acronym… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search organisations"));
    m_results->setAccessibleName(tr("Organisations found"));
    m_map->setAccessibleName(tr("Map of the offices found"));
    updateCount();
    updateNetworkNote();
}

void DirectoryView::showSearchError()
{
    m_searchError->setText(m_model->searchError());
    m_searchError->setGeometry(m_results->viewport()->rect());
    m_searchError->show();
    m_searchError->setAccessibleName(m_model->searchError());
    updateCount();
    emit searchStatusChanged(m_model->searchError());
}

bool DirectoryView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_results->viewport() && event->type() == QEvent::Resize) {
        m_searchError->setGeometry(m_results->viewport()->rect());
        // A narrower list leaves less room for the countries (a change of height, such as the
        // scroll bar below appearing, changes nothing here).
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->oldSize().width() != resize->size().width()) {
            fitColumns();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DirectoryView::updateCount()
{
    if (!m_model->searchError().isEmpty()) {
        m_count->setText(tr("Search failed"));
        return;
    }
    if (!m_loaded || m_model->totalCount() < 0) {
        m_count->setText(tr("Searching…"));
        return;
    }
    m_count->setText(tr("%Ln organisation(s)", "", int(std::min<qint64>(m_model->totalCount(), INT_MAX))));
}

void DirectoryView::runQuery()
{
    m_typing->stop();
    DirectoryQuery query;
    query.text = m_search->text();
    query.filters = m_filters->filters();
    query.area = m_area;
    m_model->setQuery(query);
}

void DirectoryView::onSelectionChanged()
{
    const QModelIndexList rows = m_results->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const QString id = m_model->idAt(rows.first().row());
    if (!id.isEmpty() && id != m_profile->organisationId()) {
        m_profile->showOrganisation(id);
        m_map->selectOrganisation(id);
        emit selectionChanged(id);
    }
}

void DirectoryView::selectOrganisation(const QString& id)
{
    if (id.isEmpty()) {
        return;
    }
    if (id != m_profile->organisationId()) {
        m_profile->showOrganisation(id);
        m_map->selectOrganisation(id);
        emit selectionChanged(id);
    }
    const int row = m_model->rowOf(id);
    if (row < 0 && !m_model->query().isEmpty()) {
        // The organisation is outside the current search: show everything; the row is selected
        // when the new results arrive.
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
        m_filters->blockSignals(true);
        m_filters->clear();
        m_filters->blockSignals(false);
        m_area = AreaFilter();
        runQuery();
        return;
    }
    selectRow(row);
}

void DirectoryView::selectRow(int row)
{
    if (row < 0) {
        m_results->clearSelection();
        return;
    }
    // Not QTableView::selectRow(): in right-to-left it can pick no column and select nothing.
    const QModelIndex index = m_model->index(row, 0);
    m_results->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    m_results->scrollTo(index);
}

void DirectoryView::highlight(const QStringList& organisationIds)
{
    m_map->setHighlighted(QSet<QString>(organisationIds.cbegin(), organisationIds.cend()));
}

void DirectoryView::showNetwork(const QString& networkId, const QStringList& memberIds)
{
    if (m_shownNetwork.isEmpty()) {
        m_viewBeforeNetwork = m_map->viewport();
    }
    m_shownNetwork = networkId;
    updateNetworkNote();
    // Every office of every member, whether or not the current search shows it: all are drawn
    // and all are brought into view.
    const std::shared_ptr<const MapPoints> points = m_allPoints ? m_allPoints : m_map->points();
    const QSet<QString> members(memberIds.cbegin(), memberIds.cend());
    if (!points) {
        m_map->setHighlighted(members);
        return;
    }
    bool any = false;
    GeoBounds box;
    QList<MapView::HighlightedOffice> offices;
    for (const QString& id : memberIds) {
        for (uint32_t point : points->pointsOf(id)) {
            offices.append({QPointF(points->x()[point], points->y()[point]), id, points->name(point)});
            const double lon = points->lon(point);
            const double lat = points->lat(point);
            if (!any) {
                box = {lon, lat, lon, lat};
                any = true;
            }
            box.west = std::min(box.west, lon);
            box.east = std::max(box.east, lon);
            box.south = std::min(box.south, lat);
            box.north = std::max(box.north, lat);
        }
    }
    m_map->setHighlighted(members, offices);
    if (!any) {
        return;
    }
    // One office (or several at one address) is shown with its town around it, not a street.
    constexpr double kLeast = 0.1; // degrees
    if (box.east - box.west < kLeast) {
        box.west -= kLeast / 2;
        box.east += kLeast / 2;
    }
    if (box.north - box.south < kLeast) {
        box.south -= kLeast / 2;
        box.north += kLeast / 2;
    }
    m_map->fitBounds(box);
}

void DirectoryView::clearNetwork()
{
    if (m_shownNetwork.isEmpty()) {
        return;
    }
    m_shownNetwork.clear();
    highlight({});
    updateNetworkNote();
    m_map->setViewport(m_viewBeforeNetwork);
}

void DirectoryView::updateNetworkNote()
{
    m_map->setHighlightNote(m_shownNetwork.isEmpty()
                                ? QString()
                                : tr("Members of %1 are highlighted")
                                      .arg(Display::isolate(m_document.organisationName(m_shownNetwork))));
}

void DirectoryView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DirectoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        m_columnNeeds.clear(); // header texts and fonts
    }
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_map->setLanguage(Display::language());
        if (m_loaded) {
            m_model->reload(); // facet labels follow the language
            loadMapPoints();   // hover names too
        }
    }
    QWidget::changeEvent(event);
}

} // namespace dalil
