#pragma once

#include "profile/EditFormDialog.h"

#include <QJsonObject>

class QDialogButtonBox;
class QToolButton;

namespace dalil {

class CatalogueDocument;
class MapView;
class RecordForm;

// A RecordForm with Save and Cancel; Save stays disabled until the form is valid, and saving is one
// undoable step. An office's form has a map under it: "Pick on map" and a click fills in the
// latitude and longitude (Esc cancels the picking, not the form).
class RecordEditDialog : public EditFormDialog
{
    Q_OBJECT
public:
    RecordEditDialog(CatalogueDocument& document, const QString& table, const QJsonObject& record,
                     const QString& title, QWidget* parent = nullptr);

    RecordForm* form() const { return m_form; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    // For an office: the map and the button that starts picking; null for other records.
    MapView* map() const { return m_map; }
    QToolButton* pickButton() const { return m_pick; }
    // Id of the record saved, once accepted.
    QString savedId() const { return m_savedId; }

    void accept() override;

protected:
    bool hasUnsavedChanges() const override;

private:
    void addMap();
    void showPoint();

    CatalogueDocument& m_document;
    QString m_table;
    QString m_title;
    RecordForm* m_form = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    MapView* m_map = nullptr;
    QToolButton* m_pick = nullptr;
    QString m_savedId;
    QJsonObject m_opened; // the form's record as it was opened
};

} // namespace dalil
