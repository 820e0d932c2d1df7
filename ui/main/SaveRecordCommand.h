#pragma once

#include <QJsonObject>
#include <QUndoCommand>

#include <optional>

namespace dalil {

class CatalogueDocument;

// Writes one record; undo puts back what was there before (or removes a record it added).
class SaveRecordCommand : public QUndoCommand
{
public:
    SaveRecordCommand(CatalogueDocument& document, QString table, QJsonObject after, const QString& text);

    void redo() override;
    void undo() override;
    QString recordId() const { return m_after.value(QLatin1String("id")).toString(); }

private:
    CatalogueDocument& m_document;
    QString m_table;
    QJsonObject m_after;
    std::optional<QJsonObject> m_before;
    bool m_firstRedo = true;
};

} // namespace dalil
