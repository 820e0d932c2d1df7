#pragma once

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;

namespace dalil {

class CatalogueDocument;
class RecordForm;

// A RecordForm with Save and Cancel; Save stays disabled until the form is valid, and saving is one
// undoable step.
class RecordEditDialog : public QDialog
{
    Q_OBJECT
public:
    RecordEditDialog(CatalogueDocument& document, const QString& table, const QJsonObject& record,
                     const QString& title, QWidget* parent = nullptr);

    RecordForm* form() const { return m_form; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    // Id of the record saved, once accepted.
    QString savedId() const { return m_savedId; }

    void accept() override;

private:
    CatalogueDocument& m_document;
    QString m_table;
    QString m_title;
    RecordForm* m_form = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_savedId;
};

} // namespace dalil
