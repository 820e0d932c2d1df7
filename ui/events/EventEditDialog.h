#pragma once

#include "profile/EditFormDialog.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace dalil {

class CatalogueDocument;
class RecordForm;

// An event with its sessions in one form: the event's fields (title, start and end, time zone,
// languages…) and one block per session (title, times, language), each field with its message in
// the UI language as the person types. Save stays disabled until every block is valid, and saving
// the event with all its sessions is one undoable step.
class EventEditDialog : public EditFormDialog
{
    Q_OBJECT
public:
    // `eventId` empty: a new event.
    EventEditDialog(CatalogueDocument& document, const QString& eventId, QWidget* parent = nullptr);

    RecordForm* form() const { return m_form; }
    QList<RecordForm*> sessionForms() const;
    QPushButton* addSessionButton() const { return m_addSession; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    // The instants kept (UTC), under the times typed as the clocks at the event show them.
    QLabel* localTimeHint() const { return m_localTime; }
    // The same for one session's times (null for a form that is not one of this event's sessions).
    QLabel* sessionTimeHint(RecordForm* session) const;
    QString savedId() const { return m_savedId; }

    RecordForm* addSession(const QJsonObject& session = {});
    void removeSession(RecordForm* session);
    void accept() override;

private:
    struct Session
    {
        QGroupBox* box = nullptr;
        RecordForm* form = nullptr;
        QPushButton* remove = nullptr;
        QLabel* localTime = nullptr;
    };
    void updateValidity();
    void renumber();
    void updateLocalTime();
    // "Times at the event (zone), kept in UTC as: …" for a record's start and end; empty without
    // a zone or a start.
    QString utcHint(const QJsonObject& record) const;
    static void showHint(QLabel* label, const QString& text);

    CatalogueDocument& m_document;
    QString m_eventId;
    QString m_title;
    RecordForm* m_form = nullptr;
    QVBoxLayout* m_sessionLayout = nullptr;
    QList<Session> m_sessions;
    QStringList m_removedSessions;
    QPushButton* m_addSession = nullptr;
    QLabel* m_localTime = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_savedId;
};

} // namespace dalil
