#include "sync/HubPush.h"

#include "catalogue/Catalogue.h"
#include "catalogue/ConflictRepository.h"
#include "catalogue/DbError.h"
#include "catalogue/SampleCatalogue.h"
#include "catalogue/SyncStateRepository.h"
#include "sync/Changes.h"
#include "sync/HubClient.h"
#include "sync/HubSchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace dalil {

HubPush::HubPush(Catalogue& catalogue, HubClient& hub)
    : m_catalogue(catalogue)
    , m_hub(hub)
{
}

QString HubPush::run(SyncEngine::Report* report, int batchSize, const SyncEngine::FaultHook& faultHook,
                     const QString& hubCatalogueId)
{
    struct Outgoing
    {
        const TableSpec* spec;
        QList<QJsonObject> rows;
        QHash<QString, QJsonObject> original; // id → local row as read
    };
    std::vector<Outgoing> outgoing;
    QList<QPair<RecordTable*, QJsonObject>> keptHome; // private contacts the hub never had
    qint64 total = 0;
    try {
        for (const TableSpec* spec : tables::all()) {
            RecordTable* table = m_catalogue.repository(QLatin1String(spec->table));
            Outgoing out{spec, {}, {}};
            QList<QJsonObject> privateRows;
            for (const QJsonObject& row : table->dirtyRows()) {
                if (spec == &tables::contact() && row.value(QLatin1String("private")).toBool()) {
                    privateRows.append(row);
                    continue;
                }
                out.original.insert(row.value(QLatin1String("id")).toString(), row);
                out.rows.append(row);
            }
            if (!privateRows.isEmpty()) {
                QStringList ids;
                for (const QJsonObject& row : privateRows) {
                    ids.append(row.value(QLatin1String("id")).toString());
                }
                QSet<QString> onHub;
                if (m_hub.isOpen() || m_hub.open().isEmpty()) {
                    if (QString error = m_hub.existingIds(*spec, ids, &onHub); !error.isEmpty()) {
                        return error;
                    }
                }
                for (const QJsonObject& row : privateRows) {
                    const QString id = row.value(QLatin1String("id")).toString();
                    if (onHub.contains(id)) {
                        out.original.insert(id, row);
                        out.rows.append(Changes::redactedContact(row));
                    } else {
                        keptHome.append({table, row});
                    }
                }
            }
            total += out.rows.size();
            outgoing.push_back(std::move(out));
        }
    } catch (const DbError& e) {
        return e.message();
    }
    if (report->role == QLatin1String("reader")) {
        report->notSent = total;
        return {};
    }
    // The shipped sample is on no hub until someone edits it (SampleCatalogue::shippedRevision): an
    // edited row naming a shipped parent the hub lacks takes that parent with it, parents first.
    // Unedited shipped rows are never sent.
    try {
        QList<QPair<const TableSpec*, QJsonObject>> examine; // rows whose parents are looked at
        for (const Outgoing& out : outgoing) {
            for (const QJsonObject& row : out.rows) {
                examine.append({out.spec, row});
            }
        }
        for (int depth = 0; depth < 3 && !examine.isEmpty(); ++depth) {
            QHash<const TableSpec*, QSet<QString>> wanted;
            for (const auto& [spec, row] : std::as_const(examine)) {
                for (const Column& c : spec->columns) {
                    const QString parent = row.value(QLatin1String(c.name)).toString();
                    if (c.type != ColumnType::Reference || parent.isEmpty()) {
                        continue;
                    }
                    const TableSpec* parentSpec =
                        tables::byName(QLatin1String(HubSchema::referencedTable(c.name)));
                    const RecordTable::SyncState state =
                        m_catalogue.repository(QLatin1String(parentSpec->table))->syncState(parent);
                    if (state.exists && !state.dirty && state.rev == SampleCatalogue::shippedRevision()) {
                        wanted[parentSpec].insert(parent);
                    }
                }
            }
            examine.clear();
            for (Outgoing& out : outgoing) {
                QStringList ids;
                for (const QString& id : wanted.value(out.spec)) {
                    if (!out.original.contains(id)) {
                        ids.append(id);
                    }
                }
                if (ids.isEmpty()) {
                    continue;
                }
                if (!m_hub.isOpen()) {
                    if (QString error = m_hub.open(); !error.isEmpty()) {
                        return error;
                    }
                }
                QSet<QString> onHub;
                if (QString error = m_hub.existingIds(*out.spec, ids, &onHub); !error.isEmpty()) {
                    return error;
                }
                for (const QString& id : std::as_const(ids)) {
                    const std::optional<QJsonObject> row =
                        onHub.contains(id)
                            ? std::nullopt
                            : m_catalogue.repository(QLatin1String(out.spec->table))->findSyncRow(id);
                    if (row) {
                        out.original.insert(id, *row);
                        out.rows.prepend(*row); // before this table's rows that may name it
                        examine.append({out.spec, *row});
                        ++total;
                    }
                }
            }
        }
    } catch (const DbError& e) {
        return e.message();
    }
    if (total == 0 && keptHome.isEmpty()) {
        return {};
    }

    QList<QPair<const TableSpec*, HubClient::PushVerdict>> verdicts;
    if (total > 0) {
        if (QString error = m_hub.begin(); !error.isEmpty()) {
            return error;
        }
        int step = 0;
        for (const Outgoing& out : outgoing) {
            for (qsizetype start = 0; start < out.rows.size(); start += batchSize) {
                QList<HubClient::PushVerdict> batch;
                const QString error = m_hub.push(*out.spec, out.rows.mid(start, batchSize), &batch);
                if (!error.isEmpty()) {
                    m_hub.rollback();
                    return error;
                }
                for (const HubClient::PushVerdict& verdict : batch) {
                    verdicts.append({out.spec, verdict});
                }
                if (faultHook) {
                    faultHook(SyncEngine::Stage::Push, step++);
                }
            }
        }
        if (QString error = m_hub.commit(); !error.isEmpty()) {
            return error;
        }
    }

    QHash<const TableSpec*, const Outgoing*> byTable;
    for (const Outgoing& out : outgoing) {
        byTable.insert(out.spec, &out);
    }
    try {
        m_catalogue.database().transaction([&] {
            Database& db = m_catalogue.database();
            ConflictRepository conflicts(db);
            SyncStateRepository state(db);
            if (!state.joined()) {
                state.join(hubCatalogueId);
            }
            for (const auto& [table, row] : keptHome) {
                table->markClean(row.value(QLatin1String("id")).toString(),
                                 row.value(QLatin1String("rev")).toString());
            }
            for (const auto& [spec, verdict] : verdicts) {
                RecordTable* table = m_catalogue.repository(QLatin1String(spec->table));
                const QJsonObject local = byTable.value(spec)->original.value(verdict.id);
                const QString rev = local.value(QLatin1String("rev")).toString();
                // An edit made here while the push was on its way stays as it is, dirty.
                const bool untouched = table->syncState(verdict.id).rev == rev;
                if (verdict.outcome == QLatin1String("accepted") ||
                    verdict.outcome == QLatin1String("same")) {
                    table->markClean(verdict.id, rev);
                    if (verdict.outcome == QLatin1String("accepted")) {
                        ++report->pushed;
                    } else {
                        ++report->alreadyThere;
                    }
                    if (verdict.lost && conflicts.add(QLatin1String(spec->table), *verdict.lost, rev,
                                                      QStringLiteral("hub"))) {
                        ++report->conflicts;
                    }
                } else if (verdict.outcome == QLatin1String("equal")) {
                    ++report->alreadyThere;
                    if (untouched && verdict.hubRow) {
                        table->putRemote(*verdict.hubRow, false);
                    }
                } else if (verdict.outcome == QLatin1String("stale")) {
                    ++report->stale; // the pull that follows brings the newer version
                } else {
                    ++report->refused;
                    const QString winning =
                        verdict.hubRow ? verdict.hubRow->value(QLatin1String("rev")).toString() : QString();
                    if (conflicts.add(QLatin1String(spec->table), local, winning,
                                      QStringLiteral("refused"))) {
                        ++report->conflicts;
                    }
                    if (!untouched) {
                        continue;
                    }
                    // The edit is not ours to make: back to the hub's version, the edit kept aside.
                    if (verdict.hubRow) {
                        table->putRemote(*verdict.hubRow, false);
                    } else {
                        QJsonObject gone = local;
                        gone.insert(QStringLiteral("deleted"), true);
                        table->putRemote(gone, false);
                    }
                }
            }
        });
    } catch (const DbError& e) {
        return QCoreApplication::translate("dalil::SyncEngine",
                                           "the hub accepted the changes but the catalogue could not record "
                                           "it (%1); the next sync will finish the job")
            .arg(e.message());
    }
    return {};
}

} // namespace dalil
