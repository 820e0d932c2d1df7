#include "importexport/ExchangeController.h"

#include "catalogue/Catalogue.h"
#include "directory/DirectoryView.h"
#include "directory/OrganisationListModel.h"
#include "importexport/ExportDialog.h"
#include "importexport/ImportDialog.h"
#include "main/CatalogueDocument.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QTableView>

namespace dalil {

ExchangeController::ExchangeController(CatalogueDocument& document, DirectoryView* directory, QMenu* fileMenu,
                                       QAction* before, QMainWindow* window)
    : QObject(window)
    , m_document(document)
    , m_directory(directory)
    , m_window(window)
{
    setObjectName(QStringLiteral("exchangeController"));
    m_import = new QAction(this);
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_export = new QAction(this);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    fileMenu->insertAction(before, m_import);
    fileMenu->insertAction(before, m_export);
    fileMenu->insertSeparator(before);
    connect(m_import, &QAction::triggered, this, &ExchangeController::chooseImport);
    connect(m_export, &QAction::triggered, this, [this] { openExport(Scope::Catalogue); });

    m_exportResults = new QAction(this);
    m_exportResults->setObjectName(QStringLiteral("exportResultsAction"));
    m_exportSelection = new QAction(this);
    m_exportSelection->setObjectName(QStringLiteral("exportSelectionAction"));
    QTableView* results = m_directory->results();
    results->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Several rows at once, for "Export selection" (the profile shows the first).
    results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    results->addAction(m_exportResults);
    results->addAction(m_exportSelection);
    connect(m_exportResults, &QAction::triggered, this, [this] { openExport(Scope::Results); });
    connect(m_exportSelection, &QAction::triggered, this, [this] { openExport(Scope::Selection); });
    connect(results->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, results] { m_exportSelection->setEnabled(results->selectionModel()->hasSelection()); });
    m_exportSelection->setEnabled(false);

    window->installEventFilter(this);
    retranslate();
}

bool ExchangeController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void ExchangeController::retranslate()
{
    m_import->setText(tr("&Import organisations…"));
    m_import->setStatusTip(tr("Read organisations from Excel, CSV, HXL, vCard, GeoJSON or JSON"));
    m_export->setText(tr("E&xport…"));
    m_export->setStatusTip(tr("Write the catalogue to Excel, CSV, vCard, PDF, GeoJSON or KML"));
    m_exportResults->setText(tr("Export these results…"));
    m_exportSelection->setText(tr("Export selection…"));
}

void ExchangeController::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import organisations"), QString(),
        tr("Spreadsheets and contact files (*.xlsx *.csv *.tsv *.txt *.hxl *.vcf *.geojson *.json);;All "
           "files (*)"));
    if (!path.isEmpty()) {
        openImport(path);
    }
}

ImportDialog* ExchangeController::openImport(const QString& path)
{
    auto* dialog = new ImportDialog(m_document.catalogue().path(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] {
        // Written through another connection (organisations, and funding, resources or events from
        // a Dalil JSON file): every screen reads the catalogue again, once.
        m_document.notifyEverythingChanged();
    });
    dialog->openFile(path);
    dialog->open();
    return dialog;
}

ExportDialog* ExchangeController::openExport(Scope scope)
{
    auto* dialog = new ExportDialog(m_document.catalogue().path(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    OrganisationListModel* model = m_directory->model();
    if (scope == Scope::Results) {
        dialog->setSearch(model->searchQuery(INT_MAX));
    } else if (scope == Scope::Selection) {
        QSet<QString> ids;
        for (const QModelIndex& index : m_directory->results()->selectionModel()->selectedRows()) {
            const QString id = model->idAt(index.row());
            if (!id.isEmpty()) {
                ids.insert(id);
            }
        }
        dialog->setSelection(ids);
    }
    dialog->open();
    return dialog;
}

} // namespace dalil
