#pragma once

#include <QHash>
#include <QJsonObject>
#include <QTimeZone>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace dalil {

class CatalogueDocument;
class RecordTable;

// An edit form for one record of any table, built from its TableSpec: one editor per editable
// field, and under each field the message that says what is wrong with it, in the UI language,
// as the person types (the repository's validate() decides). Nothing is valid until every message
// is gone; a name already in the catalogue is a warning, not a refusal.
class RecordForm : public QWidget
{
    Q_OBJECT
public:
    RecordForm(CatalogueDocument& document, const QString& table, const QJsonObject& record,
               QWidget* parent = nullptr);

    // The record as typed (the fields of the original that have no editor are kept).
    QJsonObject record() const { return m_record; }
    bool isValid() const { return m_valid; }
    QWidget* editor(const QString& field) const { return m_editors.value(field); }
    QLabel* errorLabel(const QString& field) const { return m_errors.value(field); }
    QLabel* duplicateWarning() const { return m_duplicate; }
    // The label of a field in the UI language ("Name in Arabic").
    static QString fieldLabel(const QString& field);
    // Gives every field's label a shortcut letter of its own (Alt and the letter puts the cursor in
    // the field), chosen from the label as translated, among the letters nothing else in the
    // window uses yet. Called by the dialog once its buttons are made. The labels are built from
    // the table's columns, so no translator can make two of them share a letter; fieldLabel()
    // stays without one, for the messages that name a field. Forms of one table in one window
    // (an event's sessions) get the same letters: pressed again, Alt and the letter goes to the
    // same field of the next form.
    void giveShortcutLetters();

    // The UTC time fields (start_utc, end_utc) shown and typed as the wall clock of a place reads
    // them, and kept in UTC: the zone named in this form's own `zoneField` (an event's tz), or
    // `zone` (its sessions'). A new zone reads the times typed in it (the wall clock stays).
    void setWallClockField(const QString& zoneField);
    void setWallClockZone(const QTimeZone& zone);
    // The zone the times are read in now (invalid when none is named yet).
    QTimeZone wallClockZone() const;
    // What the person should know about the times typed (one happening twice as the clocks go
    // back); empty when nothing.
    QLabel* wallClockNote() const { return m_wallClockNote; }

public slots:
    void revalidate();

signals:
    void validityChanged(bool valid);
    // Something was typed (the record and the messages are up to date).
    void edited();

private:
    QString textOf(const QString& field) const;
    void showWallClock(const QTimeZone& previous);
    bool isWallClockField(const QString& field) const;

    CatalogueDocument& m_document;
    RecordTable* m_table = nullptr;
    QJsonObject m_original;
    QJsonObject m_record;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
    QLabel* m_general = nullptr;
    QLabel* m_duplicate = nullptr;
    QHash<QString, QLabel*> m_labels;
    bool m_wallClock = false;
    QString m_zoneField;
    QTimeZone m_zone;
    QLabel* m_wallClockNote = nullptr;
    bool m_valid = false;
};

} // namespace dalil
