#pragma once

#include "sync/SyncEngine.h"

#include <QString>

namespace dalil {

class Catalogue;
class HubClient;

// The push half of SyncEngine (DESIGN.md "Sync"): every dirty row in one hub transaction, in
// batches per table (parents first); the hub keeps the higher revision; what the push overwrote
// concurrently, and local edits the hub refused, go to `conflict`; accepted rows are marked clean
// in one local transaction after the hub committed, so a failure anywhere leaves the catalogue as
// it was. Shipped rows (the sample) go only as the parents of edited rows the hub lacks.
class HubPush
{
public:
    HubPush(Catalogue& catalogue, HubClient& hub);

    // `report` carries the account's role in (a reader sends nothing) and the counts out;
    // `hubCatalogueId` is joined if this catalogue has not joined one yet.
    QString run(SyncEngine::Report* report, int batchSize, const SyncEngine::FaultHook& faultHook,
                const QString& hubCatalogueId);

private:
    Catalogue& m_catalogue;
    HubClient& m_hub;
};

} // namespace dalil
