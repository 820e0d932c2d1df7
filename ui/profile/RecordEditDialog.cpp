#include "profile/RecordEditDialog.h"

#include "main/CatalogueDocument.h"
#include "profile/RecordForm.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dalil {

RecordEditDialog::RecordEditDialog(CatalogueDocument& document, const QString& table,
                                   const QJsonObject& record, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_table(table)
    , m_title(title)
{
    setObjectName(QStringLiteral("recordEditDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_form = new RecordForm(document, table, record, scroll);
    scroll->setWidget(m_form);
    layout->addWidget(scroll);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordEditDialog::reject);
    auto update = [this](bool valid) { m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid); };
    connect(m_form, &RecordForm::validityChanged, this, update);
    update(m_form->isValid());
    resize(560, 640);
}

void RecordEditDialog::accept()
{
    m_form->revalidate();
    if (!m_form->isValid()) {
        return; // nothing is saved until every field is right
    }
    m_savedId = m_document.saveRecord(m_table, m_form->record(), m_title);
    if (m_savedId.isEmpty()) {
        QMessageBox::warning(this, m_title,
                             tr("The change could not be saved: %1").arg(m_document.lastError()));
        return;
    }
    QDialog::accept();
}

} // namespace dalil
