#include "events/EventEditDialog.h"

#include "catalogue/Catalogue.h"
#include "main/CatalogueDocument.h"
#include "main/Display.h"
#include "profile/RecordForm.h"
#include "sync/SaveAfterSync.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace dalil {

namespace {

// Sessions of an event not saved yet point here until the event has its id.
const QString kPendingEvent = QStringLiteral("pending-event");

} // namespace

EventEditDialog::EventEditDialog(CatalogueDocument& document, const QString& eventId, QWidget* parent)
    : EditFormDialog(document.catalogue().path(), parent)
    , m_document(document)
    , m_eventId(eventId)
{
    setObjectName(QStringLiteral("eventEditDialog"));
    m_title = eventId.isEmpty() ? tr("New event") : tr("Edit event");
    setWindowTitle(m_title);
    QJsonObject event;
    QList<QJsonObject> sessions;
    if (!eventId.isEmpty()) {
        event = document.catalogue().events().find(eventId).value_or(QJsonObject());
        sessions = document.catalogue().eventSessions().where("event_id", eventId);
        std::stable_sort(sessions.begin(), sessions.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value(QLatin1String("start_utc")).toString() <
                   b.value(QLatin1String("start_utc")).toString();
        });
    }

    auto* layout = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget(scroll);
    auto* contentLayout = new QVBoxLayout(content);
    m_form = new RecordForm(document, QStringLiteral("event"), event, content);
    // Times as the clocks at the event show them (what a programme says), kept in UTC.
    m_form->setWallClockField(QStringLiteral("tz"));
    contentLayout->addWidget(m_form);
    m_localTime = new QLabel(content);
    m_localTime->setObjectName(QStringLiteral("eventLocalTime"));
    m_localTime->setWordWrap(true);
    contentLayout->addWidget(m_localTime);

    auto* heading = new QLabel(tr("Sessions"), content);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    contentLayout->addWidget(heading);
    m_sessionLayout = new QVBoxLayout;
    contentLayout->addLayout(m_sessionLayout);
    m_addSession = new QPushButton(tr("&Add session"), content);
    m_addSession->setObjectName(QStringLiteral("addSession"));
    m_addSession->setAccessibleName(tr("Add session"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addSession);
    addRow->addStretch(1);
    contentLayout->addLayout(addRow);
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    layout->addWidget(saveAfterSync());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EventEditDialog::reject);
    connect(m_form, &RecordForm::validityChanged, this, &EventEditDialog::updateValidity);
    // The sessions' times are read at the event's place too, whatever zone it is given; their
    // hints follow once they are.
    connect(m_form, &RecordForm::edited, this, [this] {
        for (const Session& session : std::as_const(m_sessions)) {
            session.form->setWallClockZone(m_form->wallClockZone());
        }
    });
    connect(m_form, &RecordForm::edited, this, &EventEditDialog::updateLocalTime);
    connect(m_addSession, &QPushButton::clicked, this, [this] {
        RecordForm* form = addSession();
        if (QWidget* first = form->editor(QStringLiteral("title_ar"))) {
            first->setFocus(Qt::TabFocusReason);
        }
    });
    // The event's fields choose their letters first; every session's then takes the same ones
    // among those left (addSession).
    m_form->giveShortcutLetters();
    for (const QJsonObject& session : std::as_const(sessions)) {
        addSession(session);
    }
    // The fields take the focus, the first one as the dialog opens; the area scrolls to the field
    // that has it (a stop of its own would only scroll).
    scroll->setFocusPolicy(Qt::NoFocus);
    updateLocalTime();
    updateValidity();
    resize(600, 760);
}

QList<RecordForm*> EventEditDialog::sessionForms() const
{
    QList<RecordForm*> forms;
    for (const Session& session : m_sessions) {
        forms.append(session.form);
    }
    return forms;
}

RecordForm* EventEditDialog::addSession(const QJsonObject& session)
{
    QJsonObject record = session;
    if (record.value(QLatin1String("event_id")).toString().isEmpty()) {
        record.insert(QStringLiteral("event_id"), m_eventId.isEmpty() ? kPendingEvent : m_eventId);
    }
    Session entry;
    entry.box = new QGroupBox(this);
    entry.box->setObjectName(QStringLiteral("sessionBox"));
    auto* boxLayout = new QVBoxLayout(entry.box);
    entry.form = new RecordForm(m_document, QStringLiteral("event_session"), record, entry.box);
    entry.form->setObjectName(QStringLiteral("sessionForm"));
    entry.form->setWallClockZone(m_form->wallClockZone());
    boxLayout->addWidget(entry.form);
    entry.localTime = new QLabel(entry.box);
    entry.localTime->setObjectName(QStringLiteral("sessionLocalTime"));
    entry.localTime->setWordWrap(true);
    boxLayout->addWidget(entry.localTime);
    entry.remove = new QPushButton(entry.box);
    entry.remove->setObjectName(QStringLiteral("removeSession"));
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(entry.remove);
    boxLayout->addLayout(row);
    m_sessionLayout->addWidget(entry.box);
    // Made after the dialog's buttons, the session's controls would come after them for Tab:
    // they go where the session is shown, before "Add session".
    QList<QWidget*> controls;
    for (QWidget* w = entry.box->nextInFocusChain(); w != entry.box; w = w->nextInFocusChain()) {
        if (entry.box->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus)) {
            controls.append(w);
        }
    }
    // setTabOrder() leaves a widget that takes no focus where it is: start from one that does.
    QWidget* previous = m_addSession->previousInFocusChain();
    while (previous != m_addSession && previous->focusPolicy() == Qt::NoFocus) {
        previous = previous->previousInFocusChain();
    }
    for (QWidget* w : std::as_const(controls)) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
    QWidget::setTabOrder(previous, m_addSession);
    m_sessions.append(entry);
    RecordForm* form = entry.form;
    form->giveShortcutLetters();
    connect(form, &RecordForm::validityChanged, this, &EventEditDialog::updateValidity);
    connect(form, &RecordForm::edited, this, &EventEditDialog::updateLocalTime);
    connect(entry.remove, &QPushButton::clicked, this, [this, form] { removeSession(form); });
    showHint(entry.localTime, utcHint(form->record()));
    renumber();
    updateValidity();
    return form;
}

void EventEditDialog::removeSession(RecordForm* form)
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions[i].form != form) {
            continue;
        }
        const QString id = form->record().value(QLatin1String("id")).toString();
        if (!id.isEmpty()) {
            m_removedSessions.append(id); // removed from the catalogue on Save, not before
        }
        QGroupBox* box = m_sessions[i].box;
        m_sessions.removeAt(i);
        box->hide();
        box->deleteLater();
        break;
    }
    renumber();
    updateValidity();
    m_addSession->setFocus(Qt::OtherFocusReason);
}

void EventEditDialog::renumber()
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        const QString number = Display::number(i + 1);
        m_sessions[i].box->setTitle(tr("Session %1").arg(number));
        m_sessions[i].box->setAccessibleName(tr("Session %1").arg(number));
        m_sessions[i].remove->setText(tr("Remove session %1").arg(number));
        m_sessions[i].remove->setAccessibleName(tr("Remove session %1").arg(number));
    }
}

void EventEditDialog::updateValidity()
{
    bool valid = m_form->isValid();
    for (const Session& session : std::as_const(m_sessions)) {
        valid = valid && session.form->isValid();
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid);
}

QLabel* EventEditDialog::sessionTimeHint(RecordForm* session) const
{
    for (const Session& entry : m_sessions) {
        if (entry.form == session) {
            return entry.localTime;
        }
    }
    return nullptr;
}

void EventEditDialog::updateLocalTime()
{
    showHint(m_localTime, utcHint(m_form->record()));
    for (const Session& session : std::as_const(m_sessions)) {
        showHint(session.localTime, utcHint(session.form->record()));
    }
}

QString EventEditDialog::utcHint(const QJsonObject& record) const
{
    // Times are typed as the clocks at the event show them; this says the instants kept (in UTC).
    const QTimeZone zone = m_form->wallClockZone();
    const QDateTime start = Display::parseUtc(record.value(QLatin1String("start_utc")).toString());
    const QDateTime end = Display::parseUtc(record.value(QLatin1String("end_utc")).toString());
    if (!zone.isValid() || !start.isValid()) {
        return {};
    }
    const QTimeZone utc = QTimeZone::utc();
    QString when = Display::dateTime(start, utc);
    if (end.isValid()) {
        when = tr("%1 to %2").arg(when, Display::dateTime(end, utc));
    }
    return tr("Times at the event (%1), kept in UTC as: %2")
        .arg(Display::isolateLtr(QString::fromUtf8(zone.id())), when);
}

void EventEditDialog::showHint(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void EventEditDialog::accept()
{
    m_form->revalidate();
    for (const Session& session : std::as_const(m_sessions)) {
        session.form->revalidate();
    }
    updateValidity();
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled()) {
        return; // nothing is saved until every field is right
    }
    if (saveAfterSync()->waitIfSyncing([this] { accept(); })) {
        return;
    }
    QUndoStack* stack = m_document.undoStack();
    // The event and its programme are one step: undo takes back both.
    stack->beginMacro(m_title);
    QString id = m_document.saveRecord(QStringLiteral("event"), m_form->record(), m_title);
    bool saved = !id.isEmpty();
    for (const Session& session : std::as_const(m_sessions)) {
        if (!saved) {
            break;
        }
        QJsonObject record = session.form->record();
        record.insert(QStringLiteral("event_id"), id);
        saved = !m_document.saveRecord(QStringLiteral("event_session"), record, m_title).isEmpty();
    }
    for (const QString& sessionId : std::as_const(m_removedSessions)) {
        if (saved && m_document.catalogue().eventSessions().find(sessionId)) {
            saved = m_document.removeRecord(QStringLiteral("event_session"), sessionId, m_title);
        }
    }
    const QString error = m_document.lastError();
    stack->endMacro();
    if (!saved) {
        stack->undo(); // nothing half-saved stays behind
        QMessageBox::warning(this, m_title, tr("The change could not be saved: %1").arg(error));
        return;
    }
    m_savedId = id;
    QDialog::accept();
}

} // namespace dalil
