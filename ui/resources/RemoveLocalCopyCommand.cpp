#include "resources/RemoveLocalCopyCommand.h"

#include "catalogue/AttachmentStore.h"
#include "catalogue/Catalogue.h"
#include "main/CatalogueDocument.h"

namespace dalil {

RemoveLocalCopyCommand::RemoveLocalCopyCommand(CatalogueDocument& document, QString resourceId,
                                               const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_resourceId(std::move(resourceId))
{
}

RemoveLocalCopyCommand::~RemoveLocalCopyCommand()
{
    // The step leaves the undo history (or the application closes) while done: the file is gone
    // for good.
    if (m_done) {
        AttachmentStore::discardHeld(m_held);
    }
}

void RemoveLocalCopyCommand::redo()
{
    const QString error = AttachmentStore(m_document.catalogue()).remove(m_resourceId, &m_held, &m_fileName);
    if (!error.isEmpty()) {
        m_document.setLastError(error);
        setObsolete(true);
        return;
    }
    m_done = true;
    m_document.notifyChanged(QStringLiteral("resource"), m_resourceId);
}

void RemoveLocalCopyCommand::undo()
{
    const QString error = AttachmentStore(m_document.catalogue()).restore(m_resourceId, m_held, m_fileName);
    if (!error.isEmpty()) {
        m_document.setLastError(error);
        return;
    }
    m_done = false;
    m_held.clear();
    m_document.notifyChanged(QStringLiteral("resource"), m_resourceId);
}

} // namespace dalil
