#pragma once

#include "common/FilterCombo.h"
#include "common/RecordListTable.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dalil {

class CatalogueDocument;

// The library: reports, toolkits, guidelines… with kind, year, languages and sectors; open the link
// or the local copy, and keep a local copy for reading offline.
class ResourcesView : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        YearColumn,
        LanguagesColumn,
        SectorsColumn,
        PublisherColumn,
        LocalColumn,
        ColumnCount
    };
    explicit ResourcesView(CatalogueDocument& document, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QComboBox* kindFilter() const { return m_kind; }
    // Copies a file as the selected resource's local copy; returns the error shown, or empty.
    QString attachFile(const QString& resourceId, const QString& path);
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* removeLocalButton() const { return m_removeLocal; }
    static QString kindLabel(const QString& kind);

public slots:
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refill();
    void updateButtons();
    void deleteResource();
    void removeLocalCopy();

    CatalogueDocument& m_document;
    QList<QJsonObject> m_rows;
    QLineEdit* m_filterText = nullptr;
    FilterCombo* m_kind = nullptr;
    FilterCombo* m_language = nullptr;
    QLabel* m_kindLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    RecordListTable* m_table = nullptr;
    QPushButton* m_openLink = nullptr;
    QPushButton* m_openLocal = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_removeLocal = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dalil
