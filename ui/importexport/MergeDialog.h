#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QTableWidget;

namespace dalil {

// An organisation of an imported file beside the catalogue's record it matches or resembles: one
// line per field, the two values side by side, and for each a choice of which to keep (both, for
// lists such as sectors). Accepting merges; "Keep apart" imports the file's one as new.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice
    {
        KeepCatalogue,
        TakeFile,
        KeepBoth // lists only: the catalogue's items, then the file's new ones
    };

    // `canKeepApart` is false when the two are the same record (same Dalil id).
    MergeDialog(const QJsonObject& existing, const QJsonObject& incoming, bool canKeepApart,
                QWidget* parent = nullptr);

    // The organisation's fields as chosen, ready for ImportJob::setMerge().
    QJsonObject mergedFields() const;
    bool keptApart() const { return m_keptApart; }
    QStringList fields() const { return m_keys; }
    Choice choice(const QString& field) const;
    void setChoice(const QString& field, Choice choice);
    QTableWidget* table() const { return m_table; }

    static QString fieldLabel(const QString& key);

private:
    QJsonObject m_existing;
    QJsonObject m_incoming;
    QStringList m_keys;
    QTableWidget* m_table = nullptr;
    bool m_keptApart = false;
};

} // namespace dalil
