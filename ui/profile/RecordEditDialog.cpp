#include "profile/RecordEditDialog.h"

#include "catalogue/Catalogue.h"
#include "catalogue/Database.h"
#include "geo/GeoBounds.h"
#include "geo/MapPoints.h"
#include "main/CatalogueDocument.h"
#include "map/MapView.h"
#include "profile/RecordForm.h"
#include "sync/SaveAfterSync.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace dalil {

RecordEditDialog::RecordEditDialog(CatalogueDocument& document, const QString& table,
                                   const QJsonObject& record, const QString& title, QWidget* parent)
    : EditFormDialog(document.catalogue().path(), parent)
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
    layout->addWidget(scroll, 1);
    if (table == QLatin1String("location")) {
        addMap();
    }
    layout->addWidget(saveAfterSync());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordEditDialog::reject);
    auto update = [this](bool valid) { m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid); };
    connect(m_form, &RecordForm::validityChanged, this, update);
    update(m_form->isValid());
    // The form's fields take the focus, the first one as the dialog opens; the area scrolls to
    // the field that has it (a stop of its own would only scroll).
    scroll->setFocusPolicy(Qt::NoFocus);
    m_form->giveShortcutLetters();
    resize(560, m_map ? 860 : 640);
    m_opened = m_form->record();
}

bool RecordEditDialog::hasUnsavedChanges() const
{
    return m_form->record() != m_opened;
}

void RecordEditDialog::addMap()
{
    auto* lat = qobject_cast<QLineEdit*>(m_form->editor(QStringLiteral("lat")));
    auto* lon = qobject_cast<QLineEdit*>(m_form->editor(QStringLiteral("lon")));
    if (!lat || !lon) {
        return;
    }
    auto* row = new QHBoxLayout;
    m_pick = new QToolButton(this);
    m_pick->setObjectName(QStringLiteral("pickOnMap"));
    m_pick->setCheckable(true);
    m_pick->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pick->setText(tr("&Pick the point on the map"));
    m_pick->setToolTip(tr("Then click the office's place on the map; Esc cancels"));
    auto* hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("pickHint"));
    hint->setWordWrap(true);
    row->addWidget(m_pick);
    row->addWidget(hint, 1);
    layout()->addItem(row);
    m_map = new MapView(this);
    m_map->setObjectName(QStringLiteral("officeMap"));
    m_map->setAccessibleName(tr("Map to pick the office's place"));
    m_map->setMinimumHeight(220);
    static_cast<QVBoxLayout*>(layout())->addWidget(m_map, 1);

    connect(m_pick, &QToolButton::toggled, this, [this, hint](bool on) {
        hint->setText(on ? tr("Click the office's place on the map (drag to move the map, Esc to cancel).")
                         : QString());
        if (on) {
            m_map->setTool(MapView::Tool::PickPoint);
            m_map->setFocus(Qt::OtherFocusReason);
        } else if (m_map->tool() == MapView::Tool::PickPoint) {
            m_map->setTool(MapView::Tool::Pan);
        }
    });
    connect(m_map, &MapView::pointPicked, this, [this, lat, lon](double x, double y) {
        // Six decimals: about ten centimetres, more than any office needs.
        lat->setText(QString::number(y, 'f', 6));
        lon->setText(QString::number(x, 'f', 6));
        m_pick->setChecked(false);
        showPoint();
    });
    connect(m_map, &MapView::pickCancelled, this, [this] { m_pick->setChecked(false); });
    connect(lat, &QLineEdit::editingFinished, this, &RecordEditDialog::showPoint);
    connect(lon, &QLineEdit::editingFinished, this, &RecordEditDialog::showPoint);
    showPoint();
    const QJsonObject record = m_form->record();
    if (record.value(QLatin1String("lat")).isDouble() && record.value(QLatin1String("lon")).isDouble()) {
        const double y = record.value(QLatin1String("lat")).toDouble();
        const double x = record.value(QLatin1String("lon")).toDouble();
        m_map->fitBounds(GeoBounds{x - 0.5, y - 0.5, x + 0.5, y + 0.5});
    }
}

void RecordEditDialog::showPoint()
{
    // The office being edited, as the one marker on the map.
    const QJsonObject record = m_form->record();
    auto points = std::make_shared<MapPoints>();
    const QString id = QStringLiteral("office");
    if (m_form->errorLabel(QStringLiteral("lat"))->text().isEmpty() &&
        m_form->errorLabel(QStringLiteral("lon"))->text().isEmpty() &&
        record.value(QLatin1String("lat")).isDouble() && record.value(QLatin1String("lon")).isDouble()) {
        points->add(id, windowTitle(), record.value(QLatin1String("lon")).toDouble(),
                    record.value(QLatin1String("lat")).toDouble());
    }
    m_map->setPoints(points);
    m_map->setHighlighted({id});
}

void RecordEditDialog::accept()
{
    m_form->revalidate();
    if (!m_form->isValid()) {
        return; // nothing is saved until every field is right
    }
    // A first pull from the hub holds the catalogue: the change stays here and is saved after it.
    const auto saveLater = [this] { accept(); };
    if (saveAfterSync()->waitIfSyncing(saveLater)) {
        return;
    }
    {
        // One short try: while another program writes, the waiting happens between tries, the
        // window responsive (SaveAfterSync), not inside SQLite.
        Database& db = m_document.catalogue().database();
        const int timeout = db.busyTimeout();
        db.setBusyTimeout(SaveAfterSync::kTryMs);
        m_savedId = m_document.saveRecord(m_table, m_form->record(), m_title);
        db.setBusyTimeout(timeout);
    }
    if (m_savedId.isEmpty() && saveAfterSync()->waitIfSyncing(saveLater)) {
        return; // the pull began while this save waited for the catalogue
    }
    if (m_savedId.isEmpty() && m_document.lastErrorBusy()) {
        if (saveAfterSync()->waitForOtherProgram(saveLater)) {
            return;
        }
        QMessageBox::warning(this, m_title, saveAfterSync()->gaveUpMessage());
        return;
    }
    if (m_savedId.isEmpty()) {
        QMessageBox::warning(this, m_title,
                             tr("The change could not be saved: %1").arg(m_document.lastError()));
        return;
    }
    QDialog::accept();
}

} // namespace dalil
