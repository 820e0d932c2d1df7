#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace dalil {

class CatalogueDocument;
class OfficeMap;

// One organisation as a coordinator reads it: names, type, sectors, countries, offices, contacts
// (phones and e-mails left to right inside Arabic text; click to call, mail or copy), networks and
// partners (click to go there), description; and the buttons to edit, add and delete.
class ProfileView : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileView(CatalogueDocument& document, QWidget* parent = nullptr);

    QString organisationId() const { return m_id; }
    // The small map of the offices (made with the first profile that has an office with a
    // position; null before).
    OfficeMap* officeMap() const { return m_officeMap; }
    // Opens the edit form for the shown organisation (or a new one when `id` is empty).
    void editOrganisation(const QString& id);

public slots:
    void showOrganisation(const QString& id);
    void addOrganisation();
    void deleteOrganisation();
    void addOffice();
    void addContact();

signals:
    void organisationRequested(const QString& id);
    // An office whose point should be picked on the map (issue 5 map, once it is beside the list).
    void officeLocationRequested(const QString& officeId);
    // An office was clicked (or chosen with Enter) on the small map: the main map should show it.
    void officeShownOnMap(double lon, double lat);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();
    void onRecordChanged(const QString& table, const QString& id);
    QWidget* section(const QString& title, QVBoxLayout** layout);
    QLabel* addText(QVBoxLayout* layout, const QString& text, const QString& objectName = {});
    QString organisationLink(const QString& id);
    void editRecord(const QString& table, const QJsonObject& record, const QString& title);
    void removeRecord(const QString& table, const QString& id, const QString& question,
                      const QString& undoText);

    CatalogueDocument& m_document;
    QString m_id;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_addOffice = nullptr;
    QPushButton* m_addContact = nullptr;
    QPushButton* m_delete = nullptr;
    // One for every profile shown: moved into each new content, never made again.
    OfficeMap* m_officeMap = nullptr;
};

} // namespace dalil
