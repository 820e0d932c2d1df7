#include "main/SaveRecordCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "main/CatalogueDocument.h"

namespace dalil {

SaveRecordCommand::SaveRecordCommand(CatalogueDocument& document, QString table, QJsonObject after,
                                     const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_table(std::move(table))
    , m_after(std::move(after))
{
    const QString id = m_after.value(QLatin1String("id")).toString();
    if (!id.isEmpty()) {
        m_before = m_document.catalogue().repository(m_table)->find(id);
    }
}

void SaveRecordCommand::redo()
{
    RecordTable* table = m_document.catalogue().repository(m_table);
    try {
        const QString id = table->save(m_after);
        if (m_firstRedo) {
            // Later redos must write the same row, not a new one.
            m_after.insert(QStringLiteral("id"), id);
            m_firstRedo = false;
        }
    } catch (const DbError& e) {
        m_document.setLastError(e.message(), e.isBusy());
        setObsolete(true);
        return;
    }
    m_document.notifyChanged(m_table, recordId());
}

void SaveRecordCommand::undo()
{
    RecordTable* table = m_document.catalogue().repository(m_table);
    try {
        if (m_before) {
            table->save(*m_before);
        } else {
            table->remove(recordId());
        }
    } catch (const DbError& e) {
        m_document.setLastError(e.message());
        return;
    }
    m_document.notifyChanged(m_table, recordId());
}

} // namespace dalil
