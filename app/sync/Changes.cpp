#include "sync/Changes.h"

#include "catalogue/Catalogue.h"
#include "catalogue/ConflictRepository.h"

#include <QJsonArray>

namespace dalil {

Changes::Changes(Catalogue& catalogue, Source source)
    : m_catalogue(catalogue)
    , m_source(source)
{
}

QString Changes::originName() const
{
    return m_source == Source::Hub ? QStringLiteral("hub") : QStringLiteral("bundle");
}

namespace {

QJsonValue normalised(const Column& c, const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull()) {
        if (c.type == ColumnType::List) {
            return QJsonArray();
        }
        if (c.type == ColumnType::Bool) {
            return false;
        }
        return QJsonValue();
    }
    if (c.type == ColumnType::Text || c.type == ColumnType::Reference) {
        return value.toString().isEmpty() ? QJsonValue() : value;
    }
    if (c.type == ColumnType::Bool) {
        return value.isBool() ? value.toBool() : value.toDouble() != 0;
    }
    if (c.type == ColumnType::Integer || c.type == ColumnType::Real) {
        return value.toDouble();
    }
    return value;
}

} // namespace

bool Changes::sameContent(const TableSpec& spec, const QJsonObject& a, const QJsonObject& b)
{
    if (a.value(QLatin1String("deleted")).toBool() != b.value(QLatin1String("deleted")).toBool()) {
        return false;
    }
    for (const Column& c : spec.columns) {
        const QLatin1String name(c.name);
        if (normalised(c, a.value(name)) != normalised(c, b.value(name))) {
            return false;
        }
    }
    return true;
}

QJsonObject Changes::redactedContact(const QJsonObject& contact)
{
    QJsonObject out;
    for (const char* key : {"id", "rev", "updated_at", "base_rev", "organisation_id"}) {
        out.insert(QLatin1String(key), contact.value(QLatin1String(key)));
    }
    out.insert(QStringLiteral("deleted"), true);
    out.insert(QStringLiteral("private"), true);
    for (const char* key : {"emails", "phones", "languages"}) {
        out.insert(QLatin1String(key), QJsonArray());
    }
    return out;
}

bool Changes::insertNew(const TableSpec& spec, const RecordTable::TextField* fields)
{
    auto last = m_lastChange.find(&spec);
    if (last == m_lastChange.end()) {
        RecordTable* table = m_catalogue.repository(QLatin1String(spec.table));
        last = m_lastChange.insert(&spec, Inserting{table, table->lastChange()});
    }
    if (!last->table->insertRemoteText(fields, &last->lastChange)) {
        return false;
    }
    // Revisions order as text (fixed-width clock first), so the newest is the greatest.
    const QByteArray rev = QByteArray::fromRawData(fields[1].data, fields[1].size);
    if (rev > m_newestRevision) {
        m_newestRevision = QByteArray(fields[1].data, fields[1].size);
    }
    ++m_counts.inserted;
    return true;
}

void Changes::finish()
{
    // Rare in a first pull (parents fetched by id): numbered after the last number of their table.
    QHash<const TableSpec*, qint64> last;
    for (const auto& [spec, id] : std::as_const(m_unnumbered)) {
        RecordTable* table = m_catalogue.repository(QLatin1String(spec->table));
        auto it = last.find(spec);
        if (it == last.end()) {
            it = last.insert(spec, table->lastChange());
        }
        if (table->numberIfUnnumbered(id, it.value() + 1)) {
            ++it.value();
        }
    }
    m_unnumbered.clear();
    m_lastChange.clear();
    if (!m_newestRevision.isEmpty()) {
        m_catalogue.database().observeRevision(QString::fromUtf8(m_newestRevision));
        m_newestRevision.clear();
    }
}

void Changes::apply(const TableSpec& spec, const QJsonObject& incoming)
{
    // A write below numbers its row by trigger: insertNew() reads the last number again after it.
    m_lastChange.remove(&spec);
    RecordTable* table = m_catalogue.repository(QLatin1String(spec.table));
    const QString id = incoming.value(QLatin1String("id")).toString();
    const QString rev = incoming.value(QLatin1String("rev")).toString();
    const QString base = incoming.value(QLatin1String("base_rev")).toString();
    const bool dirty = m_source == Source::Bundle;
    Database& db = m_catalogue.database();
    db.observeRevision(rev);

    const RecordTable::SyncState local = table->syncState(id);
    if (!local.exists) {
        table->putRemote(incoming, dirty);
        if (m_numberingSetAside) {
            m_unnumbered.append({&spec, id});
        }
        ++m_counts.inserted;
        return;
    }
    if (rev == local.rev) {
        if (m_source == Source::Hub && local.dirty) {
            table->markClean(id, rev); // pushed before, or relayed by someone else
        }
        ++m_counts.unchanged;
        return;
    }
    ConflictRepository conflicts(db);
    if (rev > local.rev) {
        if (local.dirty && base != local.rev) {
            const std::optional<QJsonObject> mine = table->findSyncRow(id);
            if (mine && !sameContent(spec, *mine, incoming) &&
                conflicts.add(QLatin1String(spec.table), *mine, rev, originName())) {
                ++m_counts.conflicts;
            }
        }
        table->putRemote(incoming, dirty);
        ++m_counts.updated;
        return;
    }
    // The incoming version is older than ours. From the hub, our newer version is on its way there
    // and the hub keeps what it overwrites; a bundle's version would otherwise vanish unseen.
    if (m_source == Source::Bundle && local.baseRev != rev) {
        const std::optional<QJsonObject> mine = table->findSyncRow(id);
        if (mine && !sameContent(spec, *mine, incoming) &&
            conflicts.add(QLatin1String(spec.table), incoming, local.rev, originName())) {
            ++m_counts.conflicts;
        }
    }
    ++m_counts.unchanged;
}

} // namespace dalil
