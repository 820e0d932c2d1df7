#include "main/RemoveRecordCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "main/CatalogueDocument.h"

#include <QJsonArray>

namespace dalil {

RemoveRecordCommand::RemoveRecordCommand(CatalogueDocument& document, QString table, QString id,
                                         const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_table(std::move(table))
    , m_id(std::move(id))
{
    Catalogue& catalogue = m_document.catalogue();
    if (const auto record = catalogue.repository(m_table)->find(m_id)) {
        m_saved.append({m_table, *record});
    }
    auto keep = [&](const char* table, const QList<QJsonObject>& rows) {
        for (const QJsonObject& row : rows) {
            m_saved.append({QLatin1String(table), row});
        }
    };
    if (m_table == QLatin1String("organisation")) {
        keep("location", catalogue.locations().where("organisation_id", m_id));
        keep("contact", catalogue.contacts().where("organisation_id", m_id));
        keep("membership", catalogue.memberships().where("member_id", m_id));
        keep("membership", catalogue.memberships().where("network_id", m_id));
        keep("partnership", catalogue.partnerships().where("org_a", m_id));
        keep("partnership", catalogue.partnerships().where("org_b", m_id));
    } else if (m_table == QLatin1String("event")) {
        keep("event_session", catalogue.eventSessions().where("event_id", m_id));
    }
}

void RemoveRecordCommand::redo()
{
    try {
        m_document.catalogue().repository(m_table)->remove(m_id);
    } catch (const DbError& e) {
        m_document.setLastError(e.message());
        setObsolete(true);
        return;
    }
    m_document.notifyChanged(m_table, m_id);
}

void RemoveRecordCommand::undo()
{
    Catalogue& catalogue = m_document.catalogue();
    try {
        catalogue.database().transaction([&] {
            for (const auto& [table, row] : m_saved) {
                catalogue.repository(table)->save(row);
            }
        });
    } catch (const DbError& e) {
        m_document.setLastError(e.message());
        return;
    }
    m_document.notifyChanged(m_table, m_id);
}

} // namespace dalil
