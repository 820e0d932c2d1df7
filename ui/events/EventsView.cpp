#include "events/EventsView.h"

#include "catalogue/Catalogue.h"
#include "common/FilterBar.h"
#include "common/JsonLists.h"
#include "common/RecordListTable.h"
#include "events/EventEditDialog.h"
#include "main/CatalogueDocument.h"
#include "main/Display.h"
#include "settings/Preferences.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dalil {

EventsView::EventsView(CatalogueDocument& document, Preferences& preferences, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("events"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new FilterBar(this);
    m_when = new QComboBox(this);
    m_when->setObjectName(QStringLiteral("eventsWhen"));
    m_zoneNote = new QLabel(this);
    m_zoneNote->setObjectName(QStringLiteral("eventsZoneNote"));
    top->addWidget(m_when);
    top->addWidget(m_zoneNote, 1);
    layout->addWidget(top);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_table = new RecordListTable(ColumnCount, 360, split);
    m_table->setObjectName(QStringLiteral("eventTable"));
    auto* lower = new QWidget(split);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QLabel(lower);
    m_detail->setObjectName(QStringLiteral("eventDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_detail->setOpenExternalLinks(true);
    m_sessions = new QTreeWidget(lower);
    m_sessions->setObjectName(QStringLiteral("eventSessions"));
    m_sessions->setColumnCount(3);
    m_sessions->setRootIsDecorated(false);
    lowerLayout->addWidget(m_detail);
    lowerLayout->addWidget(m_sessions, 1);
    split->addWidget(m_table);
    split->addWidget(lower);
    layout->addWidget(split, 1);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("eventAdd"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("eventEdit"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("eventDelete"));
    for (QPushButton* button : {m_add, m_edit, m_delete}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &EventsView::addEvent);
    connect(m_edit, &QPushButton::clicked, this, &EventsView::editEvent);
    connect(m_delete, &QPushButton::clicked, this, &EventsView::deleteEvent);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &EventsView::editEvent);
    // From the list: Enter edits the chosen event, Ins adds one, Del deletes it (F2 and Ctrl+Del
    // stay the organisation's, window-wide).
    m_table->installEventFilter(this);
    connect(m_when, &QComboBox::currentIndexChanged, this, &EventsView::refill);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EventsView::showSessions);
    connect(&m_preferences, &Preferences::changed, this, &EventsView::refill);
    connect(&m_document, &CatalogueDocument::recordChanged, this, [this](const QString& table) {
        if (table.isEmpty() || table == QLatin1String("event") || table == QLatin1String("event_session")) {
            reload();
        }
    });
    retranslate();
}

void EventsView::setNow(const QDateTime& now)
{
    m_now = now;
    refill();
}

QDateTime EventsView::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void EventsView::retranslate()
{
    const int index = std::max(0, m_when->currentIndex());
    m_when->blockSignals(true);
    m_when->clear();
    m_when->addItem(tr("Upcoming"));
    m_when->addItem(tr("Past"));
    m_when->addItem(tr("All"));
    m_when->setCurrentIndex(index);
    m_when->blockSignals(false);
    m_when->setAccessibleName(tr("Which events"));
    m_table->setHorizontalHeaderLabels(
        {tr("Event"), tr("Starts"), tr("Ends"), tr("Where"), tr("Languages"), tr("Organiser")});
    m_table->setAccessibleName(tr("Events"));
    m_sessions->setHeaderLabels({tr("Session"), tr("Time"), tr("Language")});
    m_sessions->setAccessibleName(tr("Sessions"));
    m_detail->setAccessibleName(tr("About the chosen event"));
    m_add->setText(tr("Ne&w event…"));
    m_add->setToolTip(tr("Add an event with its sessions (Ins)"));
    m_edit->setText(tr("Ed&it event…"));
    m_edit->setToolTip(tr("Edit the chosen event and its sessions (Enter)"));
    m_delete->setText(tr("De&lete event…"));
    m_delete->setToolTip(tr("Delete the chosen event with its sessions (Del)"));
    for (QPushButton* button : {m_add, m_edit, m_delete}) {
        button->setAccessibleName(button->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    }
    reload();
}

bool EventsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            switch (key->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
                editEvent();
                return true;
            case Qt::Key_Insert:
                addEvent();
                return true;
            case Qt::Key_Delete:
                deleteEvent();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool EventsView::selectEvent(const QString& id)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (m_table->idAt(row) == id) {
                m_table->setCurrentCell(row, 0);
                return true;
            }
        }
        m_when->setCurrentIndex(2); // not in this view: show them all
    }
    return false;
}

void EventsView::addEvent()
{
    EventEditDialog dialog(m_document, QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        selectEvent(dialog.savedId());
    }
}

void EventsView::editEvent()
{
    const QString id = m_table->selectedId();
    if (id.isEmpty() || !m_document.catalogue().events().find(id)) {
        return;
    }
    EventEditDialog dialog(m_document, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        selectEvent(id);
    }
}

void EventsView::deleteEvent()
{
    const QString id = m_table->selectedId();
    const std::optional<QJsonObject> event = m_document.catalogue().events().find(id);
    if (!event) {
        return;
    }
    const QString title = Display::isolate(Display::localised(*event, QStringLiteral("title")));
    if (QMessageBox::question(
            this, tr("Delete event"),
            tr("Delete %1 with its sessions? You can undo it with Edit ▸ Undo.").arg(title)) !=
        QMessageBox::Yes) {
        return;
    }
    if (!m_document.removeRecord(QStringLiteral("event"), id, tr("Delete %1").arg(title))) {
        QMessageBox::warning(this, tr("Delete event"),
                             tr("The event could not be deleted: %1").arg(m_document.lastError()));
    }
}

void EventsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void EventsView::reload()
{
    m_rows.clear();
    m_document.catalogue().events().forEach([this](const QJsonObject& row) { m_rows.append(row); });
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QLatin1String("start_utc")).toString() <
               b.value(QLatin1String("start_utc")).toString();
    });
    refill();
}

void EventsView::refill()
{
    const QTimeZone zone = m_preferences.timeZone();
    m_zoneNote->setText(
        tr("Times are shown in your time zone, %1.").arg(Display::isolateLtr(QString::fromUtf8(zone.id()))));
    const QDateTime current = now();
    const int mode = m_when->currentIndex();
    QList<QJsonObject> shown;
    for (const QJsonObject& row : std::as_const(m_rows)) {
        const QDateTime end = Display::parseUtc(row.value(QLatin1String("end_utc")).toString());
        const QDateTime start = Display::parseUtc(row.value(QLatin1String("start_utc")).toString());
        const bool past = (end.isValid() ? end : start) < current;
        if ((mode == 0 && past) || (mode == 1 && !past)) {
            continue;
        }
        shown.append(row);
    }
    if (mode == 1) {
        std::reverse(shown.begin(), shown.end()); // most recent first
    }
    m_table->setRowCount(0);
    for (const QJsonObject& row : std::as_const(shown)) {
        const int r =
            m_table->appendRecord(new QTableWidgetItem(Display::localised(row, QStringLiteral("title"))),
                                  row.value(QLatin1String("id")).toString());
        const QDateTime start = Display::parseUtc(row.value(QLatin1String("start_utc")).toString());
        const QDateTime end = Display::parseUtc(row.value(QLatin1String("end_utc")).toString());
        m_table->setItem(r, StartsColumn, new QTableWidgetItem(Display::dateTime(start, zone)));
        m_table->setItem(r, EndsColumn, new QTableWidgetItem(Display::dateTime(end, zone)));
        QStringList where;
        for (const char* field : {"venue", "city"}) {
            const QString part = row.value(QLatin1String(field)).toString();
            if (!part.isEmpty()) {
                where.append(Display::isolate(part));
            }
        }
        const QString country = row.value(QLatin1String("country")).toString();
        if (!country.isEmpty()) {
            where.append(m_document.label(QStringLiteral("country"), country));
        }
        m_table->setItem(r, WhereColumn, new QTableWidgetItem(where.join(QStringLiteral("، "))));
        m_table->setItem(r, LanguagesColumn,
                         new QTableWidgetItem(Display::languageNames(
                             JsonLists::strings(row.value(QLatin1String("languages"))))));
        m_table->setItem(r, OrganiserColumn,
                         new QTableWidgetItem(m_document.organisationName(
                             row.value(QLatin1String("organiser_id")).toString())));
    }
    if (m_table->rowCount() > 0) {
        m_table->setCurrentCell(0, 0);
    }
    for (QPushButton* button : {m_edit, m_delete}) {
        button->setEnabled(m_table->rowCount() > 0);
    }
    showSessions();
}

void EventsView::showSessions()
{
    m_sessions->clear();
    const QString id = m_table->selectedId();
    if (id.isEmpty()) {
        m_detail->clear();
        return;
    }
    const std::optional<QJsonObject> event = m_document.catalogue().profile(QStringLiteral("event"), id);
    if (!event) {
        return;
    }
    const QTimeZone zone = m_preferences.timeZone();
    const QTimeZone eventZone(event->value(QLatin1String("tz")).toString().toUtf8());
    const QDateTime start = Display::parseUtc(event->value(QLatin1String("start_utc")).toString());
    QString detail =
        QStringLiteral("<b>%1</b>").arg(Display::localised(*event, QStringLiteral("title")).toHtmlEscaped());
    if (eventZone.isValid() && start.isValid()) {
        detail += QStringLiteral("<br>") + tr("Local time at the event: %1 (%2)")
                                               .arg(Display::dateTime(start, eventZone),
                                                    Display::isolateLtr(QString::fromUtf8(eventZone.id())))
                                               .toHtmlEscaped();
    }
    const QString link = event->value(QLatin1String("online_link")).toString();
    if (!link.isEmpty()) {
        detail += QStringLiteral("<br><a href=\"%1\">%2</a>")
                      .arg(link.toHtmlEscaped(), Display::isolateLtr(link).toHtmlEscaped());
    }
    const QString description = Display::localised(*event, QStringLiteral("description"));
    if (!description.isEmpty()) {
        detail += QStringLiteral("<br>") + description.toHtmlEscaped();
    }
    m_detail->setText(detail);
    for (const QJsonValue& value : event->value(QLatin1String("sessions")).toArray()) {
        const QJsonObject session = value.toObject();
        const QDateTime from = Display::parseUtc(session.value(QLatin1String("start_utc")).toString());
        const QDateTime to = Display::parseUtc(session.value(QLatin1String("end_utc")).toString());
        QString time = Display::dateTime(from, zone);
        if (to.isValid()) {
            time =
                tr("%1 – %2").arg(time, QLocale().toString(to.toTimeZone(zone).time(), QLocale::ShortFormat));
        }
        auto* item = new QTreeWidgetItem(m_sessions);
        item->setText(0, Display::localised(session, QStringLiteral("title")));
        item->setText(1, time);
        const QString language = session.value(QLatin1String("language")).toString();
        item->setText(2, language.isEmpty() ? QString() : Display::languageName(language));
    }
    m_sessions->resizeColumnToContents(1);
}

} // namespace dalil
