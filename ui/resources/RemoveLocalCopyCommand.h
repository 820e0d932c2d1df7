#pragma once

#include <QString>
#include <QUndoCommand>

namespace dalil {

class CatalogueDocument;

// Forgets a resource's local copy as one undoable step. The kept file goes only after the record
// is saved without it; until the step can no longer be undone the file waits aside, and undo puts
// it back.
class RemoveLocalCopyCommand : public QUndoCommand
{
public:
    RemoveLocalCopyCommand(CatalogueDocument& document, QString resourceId, const QString& text);
    ~RemoveLocalCopyCommand() override;

    void redo() override;
    void undo() override;

private:
    CatalogueDocument& m_document;
    QString m_resourceId;
    QString m_fileName;
    QString m_held;
    bool m_done = false;
};

} // namespace dalil
