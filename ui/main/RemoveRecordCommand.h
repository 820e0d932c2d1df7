#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUndoCommand>

namespace dalil {

class CatalogueDocument;

// Tombstones a record; for an organisation also what hangs off it (offices, contacts, memberships,
// partnerships). Undo brings every one of those rows back as it was.
class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(CatalogueDocument& document, QString table, QString id, const QString& text);

    void redo() override;
    void undo() override;

private:
    CatalogueDocument& m_document;
    QString m_table;
    QString m_id;
    // (table, row) pairs to restore, the record itself first.
    QList<QPair<QString, QJsonObject>> m_saved;
};

} // namespace dalil
