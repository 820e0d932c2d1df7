#include "directory/DirectoryView.h"

#include "directory/FilterPanel.h"
#include "directory/OrganisationListModel.h"
#include "main/CatalogueDocument.h"
#include "main/Display.h"
#include "profile/ProfileView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dalil {

DirectoryView::DirectoryView(CatalogueDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("directory"));
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

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("directorySplitter"));
    m_filters = new FilterPanel(m_splitter);
    m_filters->setObjectName(QStringLiteral("filters"));
    m_filters->setLabeller([this](const QString& facet, const QString& code) {
        if (facet == QLatin1String("country")) {
            return m_document.label(QStringLiteral("country"), code);
        }
        if (facet == QLatin1String("sector")) {
            return m_document.label(QStringLiteral("sector"), code);
        }
        if (facet == QLatin1String("type")) {
            return m_document.label(QStringLiteral("organisation_type"), code);
        }
        const QString name = m_model->networkName(code);
        return name.isEmpty() ? code : name;
    });
    m_model = new OrganisationListModel(document, this);
    m_results = new QTableView(m_splitter);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setSortingEnabled(true);
    m_results->sortByColumn(OrganisationListModel::NameColumn, Qt::AscendingOrder);
    m_results->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring a million rows.
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_results->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->resizeSection(OrganisationListModel::NameColumn, 320);
    m_results->setWordWrap(false);
    m_results->setAlternatingRowColors(true);
    m_profile = new ProfileView(document, m_splitter);
    m_splitter->addWidget(m_filters);
    m_splitter->addWidget(m_results);
    m_splitter->addWidget(m_profile);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({220, 560, 420});
    layout->addWidget(m_splitter, 1);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &DirectoryView::runQuery);
    connect(m_search, &QLineEdit::returnPressed, this, &DirectoryView::runQuery);
    // Queued: the panel rebuilds its lists from the new counts, which must not happen inside the
    // signal of the item that was just ticked.
    connect(m_filters, &FilterPanel::filtersChanged, this, &DirectoryView::runQuery, Qt::QueuedConnection);
    connect(m_model, &OrganisationListModel::resultsChanged, this, [this] {
        m_filters->setFacets(m_model->facets());
        updateCount();
        if (!m_profile->organisationId().isEmpty()) {
            selectRow(m_model->rowOf(m_profile->organisationId()));
        }
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DirectoryView::onCurrentRowChanged);
    connect(m_profile, &ProfileView::organisationRequested, this, &DirectoryView::selectOrganisation);
    connect(&m_document, &CatalogueDocument::recordChanged, this, [this](const QString& table) {
        if (m_loaded && (table == QLatin1String("organisation") || table == QLatin1String("membership"))) {
            m_model->reload();
        }
    });
    retranslate();
}

void DirectoryView::load()
{
    if (m_loaded) {
        return;
    }
    m_loaded = true;
    m_model->reload();
}

void DirectoryView::retranslate()
{
    m_search->setPlaceholderText(tr("Search organisations by name, acronym… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search organisations"));
    m_results->setAccessibleName(tr("Organisations found"));
    updateCount();
}

void DirectoryView::updateCount()
{
    if (!m_loaded) {
        m_count->setText(tr("Loading…"));
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
    m_model->setQuery(query);
}

void DirectoryView::onCurrentRowChanged()
{
    const QModelIndexList rows = m_results->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const QString id = m_model->idAt(rows.first().row());
    if (!id.isEmpty() && id != m_profile->organisationId()) {
        m_profile->showOrganisation(id);
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
        emit selectionChanged(id);
    }
    int row = m_model->rowOf(id);
    if (row < 0 && !m_model->query().isEmpty()) {
        // The organisation is outside the current search: show everything so it can be selected.
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
        m_filters->blockSignals(true);
        m_filters->clear();
        m_filters->blockSignals(false);
        runQuery();
        row = m_model->rowOf(id);
    }
    if (row >= 0) {
        selectRow(row);
        m_results->scrollTo(m_model->index(row, 0));
    }
}

void DirectoryView::selectRow(int row)
{
    if (row < 0) {
        return;
    }
    // Not QTableView::selectRow(): in right-to-left it can pick no column and select nothing.
    m_results->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                             QItemSelectionModel::Rows);
}

void DirectoryView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DirectoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_loaded) {
            m_model->reload(); // names and vocabulary labels follow the language
        }
    }
    QWidget::changeEvent(event);
}

} // namespace dalil
