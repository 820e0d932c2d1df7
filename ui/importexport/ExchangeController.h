#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace dalil {

class CatalogueDocument;
class DirectoryView;
class ExportDialog;
class ImportDialog;

// Puts import and export into the main window: File > Import… and File > Export…, and "Export
// these results" / "Export selection" in the results list's context menu. The window creates one
// and forgets it (it is a child of the window).
class ExchangeController : public QObject
{
    Q_OBJECT

public:
    enum class Scope
    {
        Catalogue, // everything
        Results,   // what the current search and filters find
        Selection  // the rows selected in the list
    };

    // The actions go into `fileMenu` before `before` (with a separator after them).
    ExchangeController(CatalogueDocument& document, DirectoryView* directory, QMenu* fileMenu,
                       QAction* before, QMainWindow* window);

    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    QAction* exportResultsAction() const { return m_exportResults; }
    QAction* exportSelectionAction() const { return m_exportSelection; }

    // The dialogs as the actions open them, once a file is chosen (also for tests).
    ImportDialog* openImport(const QString& path);
    ExportDialog* openExport(Scope scope);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void chooseImport();
    void retranslate();

    CatalogueDocument& m_document;
    DirectoryView* m_directory;
    QMainWindow* m_window;
    QAction* m_import;
    QAction* m_export;
    QAction* m_exportResults;
    QAction* m_exportSelection;
};

} // namespace dalil
