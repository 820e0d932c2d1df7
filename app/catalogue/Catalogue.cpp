#include "catalogue/Catalogue.h"

#include "catalogue/SqlStatement.h"

#include <QJsonArray>

namespace dalil {

Catalogue::OpenResult Catalogue::open(const QString& path, Database::Mode mode, Database::Threading threading)
{
    OpenResult result;
    Database::OpenResult opened = Database::open(path, mode, threading);
    if (!opened.database) {
        result.error = opened.error;
        return result;
    }
    result.catalogue = std::make_unique<Catalogue>(std::move(opened.database));
    return result;
}

Catalogue::Catalogue(std::unique_ptr<Database> database)
    : m_db(std::move(database))
    , m_organisations(*m_db)
    , m_locations(*m_db)
    , m_contacts(*m_db)
    , m_memberships(*m_db)
    , m_partnerships(*m_db)
    , m_funding(*m_db)
    , m_resources(*m_db)
    , m_events(*m_db)
    , m_eventSessions(*m_db)
    , m_vocabularies(*m_db)
    , m_searchIndex(std::make_unique<SearchIndex>(*m_db))
{
    SearchIndex* index = m_searchIndex.get();
    m_db->addCommitHook([index] { index->flush(); });
}

RecordTable* Catalogue::repository(const QString& table)
{
    RecordTable* const all[] = {&m_organisations, &m_locations,   &m_contacts,  &m_memberships,
                                &m_partnerships,  &m_funding,     &m_resources, &m_events,
                                &m_eventSessions, &m_vocabularies};
    for (RecordTable* repository : all) {
        if (table == QLatin1String(repository->spec().table)) {
            return repository;
        }
    }
    return nullptr;
}

RecordTable* Catalogue::repositoryForKind(const QString& kind)
{
    if (kind == QLatin1String("organisation")) {
        return &m_organisations;
    }
    if (kind == QLatin1String("funding")) {
        return &m_funding;
    }
    if (kind == QLatin1String("resource")) {
        return &m_resources;
    }
    if (kind == QLatin1String("event")) {
        return &m_events;
    }
    return nullptr;
}

namespace {

QJsonArray toArray(const QList<QJsonObject>& rows)
{
    QJsonArray array;
    for (const QJsonObject& row : rows) {
        array.append(row);
    }
    return array;
}

} // namespace

std::optional<QJsonObject> Catalogue::profile(const QString& kind, const QString& id)
{
    RecordTable* table = repositoryForKind(kind);
    if (!table) {
        return std::nullopt;
    }
    std::optional<QJsonObject> record = table->find(id);
    if (!record) {
        return std::nullopt;
    }
    record->insert(QStringLiteral("kind"), kind);
    if (kind == QLatin1String("organisation")) {
        record->insert(QStringLiteral("offices"), toArray(m_locations.where("organisation_id", id)));
        record->insert(QStringLiteral("contacts"), toArray(m_contacts.where("organisation_id", id)));
        record->insert(QStringLiteral("networks"), toArray(m_memberships.where("member_id", id)));
        record->insert(QStringLiteral("members"), toArray(m_memberships.where("network_id", id)));
        QList<QJsonObject> partners = m_partnerships.where("org_a", id);
        partners.append(m_partnerships.where("org_b", id));
        record->insert(QStringLiteral("partnerships"), toArray(partners));
    } else if (kind == QLatin1String("event")) {
        record->insert(QStringLiteral("sessions"), toArray(m_eventSessions.where("event_id", id)));
    }
    return record;
}

Catalogue::Stats Catalogue::stats()
{
    Stats stats;
    for (const TableSpec* spec : tables::all()) {
        const QByteArray sql = QByteArray("SELECT coalesce(sum(deleted = 0), 0), coalesce(sum(deleted), 0), "
                                          "coalesce(sum(dirty), 0) FROM ") +
                               spec->table;
        SqlStatement query(m_db->handle(), sql.constData());
        query.step();
        stats.live.insert(QLatin1String(spec->table), query.int64(0));
        stats.tombstones += query.int64(1);
        stats.dirty += query.int64(2);
    }
    stats.schemaVersion = m_db->schemaVersion();
    stats.sample = isSample();
    stats.catalogueId = m_db->meta(QStringLiteral("catalogue_id"));
    return stats;
}

bool Catalogue::isSample()
{
    return m_db->meta(QStringLiteral("sample")) == QLatin1String("1");
}

} // namespace dalil
