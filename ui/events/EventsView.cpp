#include "events/EventsView.h"

#include "catalogue/Catalogue.h"
#include "common/FilterBar.h"
#include "common/JsonLists.h"
#include "common/RecordListTable.h"
#include "main/CatalogueDocument.h"
#include "main/Display.h"
#include "settings/Preferences.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dalil {

namespace {

QString languageNames(const QStringList& codes)
{
    QStringList names;
    for (const QString& code : codes) {
        names.append(QLocale(code).nativeLanguageName());
    }
    return QLocale().createSeparatedList(names);
}

} // namespace

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
    connect(m_when, &QComboBox::currentIndexChanged, this, &EventsView::refill);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EventsView::showSessions);
    connect(&m_preferences, &Preferences::changed, this, &EventsView::refill);
    connect(&m_document, &CatalogueDocument::recordChanged, this, [this](const QString& table) {
        if (table == QLatin1String("event") || table == QLatin1String("event_session")) {
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
    reload();
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
        m_table->setItem(
            r, LanguagesColumn,
            new QTableWidgetItem(languageNames(JsonLists::strings(row.value(QLatin1String("languages"))))));
        m_table->setItem(r, OrganiserColumn,
                         new QTableWidgetItem(m_document.organisationName(
                             row.value(QLatin1String("organiser_id")).toString())));
    }
    if (m_table->rowCount() > 0) {
        m_table->setCurrentCell(0, 0);
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
        item->setText(2, language.isEmpty() ? QString() : QLocale(language).nativeLanguageName());
    }
    m_sessions->resizeColumnToContents(1);
}

} // namespace dalil
