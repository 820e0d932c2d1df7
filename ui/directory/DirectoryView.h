#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace dalil {

class CatalogueDocument;
class FilterPanel;
class OrganisationListModel;
class ProfileView;

// The Organisations screen: search as you type, filters with their counts, the results list, the
// map beside it (when ui/map is there) and the selected organisation's profile.
class DirectoryView : public QWidget
{
    Q_OBJECT
public:
    explicit DirectoryView(CatalogueDocument& document, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    FilterPanel* filterPanel() const { return m_filters; }
    QTableView* results() const { return m_results; }
    OrganisationListModel* model() const { return m_model; }
    ProfileView* profile() const { return m_profile; }
    QSplitter* splitter() const { return m_splitter; }
    QLabel* countLabel() const { return m_count; }

    // Reads the catalogue (called once the window has painted, so start-up shows a window at once).
    void load();
    bool isLoaded() const { return m_loaded; }

public slots:
    void selectOrganisation(const QString& id);
    void focusSearch();

signals:
    void selectionChanged(const QString& organisationId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void runQuery();
    void updateCount();
    void selectRow(int row);
    void onCurrentRowChanged();

    CatalogueDocument& m_document;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    FilterPanel* m_filters = nullptr;
    QTableView* m_results = nullptr;
    OrganisationListModel* m_model = nullptr;
    ProfileView* m_profile = nullptr;
    QSplitter* m_splitter = nullptr;
    QTimer* m_typing = nullptr;
    bool m_loaded = false;
};

} // namespace dalil
