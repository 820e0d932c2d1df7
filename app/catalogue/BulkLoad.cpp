#include "catalogue/BulkLoad.h"

#include "catalogue/Database.h"
#include "catalogue/SampleCatalogue.h"
#include "catalogue/SqlStatement.h"

namespace dalil {

namespace {

// An insert trigger of `table` that does nothing for bulk-written rows.
bool isQuiet(const QByteArray& name, const QByteArray& table, const QByteArray& sql,
             BulkLoad::Numbering numbering)
{
    // Search (migration 3): silent while SearchIndex::BulkScope has set meta search_bulk.
    if (name == "search_queue_" + table + "_insert" && sql.contains("search_bulk")) {
        return true;
    }
    // Sync (migration 4): numbers rows whose change_seq is NULL; the bulk writer gives it.
    return numbering == BulkLoad::Numbering::SetAside && name == table + "_change_insert" &&
           sql.contains("WHEN NEW.change_seq IS NULL");
}

} // namespace

bool BulkLoad::tablesEmpty(Database& db)
{
    SqlStatement empty(db.handle(), "SELECT NOT EXISTS (SELECT 1 FROM organisation) AND NOT EXISTS "
                                    "(SELECT 1 FROM location) AND NOT EXISTS (SELECT 1 FROM contact) "
                                    "AND NOT EXISTS (SELECT 1 FROM partnership) AND NOT EXISTS "
                                    "(SELECT 1 FROM membership) AND NOT EXISTS (SELECT 1 FROM "
                                    "location_rtree_rowid)");
    return empty.step() && empty.int64(0) == 1;
}

bool BulkLoad::onlyShippedRows(Database& db)
{
    SqlStatement others(db.handle(),
                        "SELECT NOT EXISTS (SELECT 1 FROM organisation WHERE rev <> ?1) AND NOT "
                        "EXISTS (SELECT 1 FROM location WHERE rev <> ?1) AND NOT EXISTS (SELECT 1 "
                        "FROM contact WHERE rev <> ?1) AND NOT EXISTS (SELECT 1 FROM partnership "
                        "WHERE rev <> ?1) AND NOT EXISTS (SELECT 1 FROM membership WHERE rev <> ?1)");
    others.bind(1, SampleCatalogue::shippedRevision());
    return others.step() && others.int64(0) == 1;
}

BulkLoad::SetAside BulkLoad::setAside(Database& db, Numbering numbering, Written written)
{
    SetAside aside;
    SqlStatement schema(db.handle(),
                        "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND "
                        "type IN ('index', 'trigger') AND tbl_name IN ('organisation', 'location', "
                        "'contact', 'partnership', 'membership') ORDER BY name");
    while (schema.step()) {
        const QByteArray type = schema.utf8(0);
        const QByteArray name = schema.utf8(1);
        const QByteArray sql = schema.utf8(3);
        if (type == "index" && written == Written::Clean && sql.endsWith("WHERE dirty = 1")) {
            continue;
        }
        if (type == "index") {
            aside.indexes.push_back(sql);
        } else if (name.startsWith("location_rtree_")) {
            // All three: the tree stays empty until it is packed (the loader needs it empty).
            aside.packsRtree = aside.packsRtree || name == "location_rtree_insert";
            aside.triggers.push_back(sql);
        } else if (isQuiet(name, schema.utf8(2), sql, numbering)) {
            aside.triggers.push_back(sql);
        } else {
            continue;
        }
        aside.drops.push_back("DROP " + type.toUpper() + " \"" + name + '"');
    }
    return aside;
}

BulkLoad BulkLoad::begin(Database& db, Numbering numbering, Existing existing, Written written)
{
    BulkLoad bulk;
    bulk.m_active = tablesEmpty(db);
    if (!bulk.m_active && existing == Existing::Shipped && onlyShippedRows(db)) {
        // The loader packs an empty tree: the shipped offices go in again with the new ones.
        db.execute("DELETE FROM location_rtree");
        bulk.m_active = true;
        bulk.m_readPoints = true;
    }
    if (!bulk.m_active) {
        return bulk;
    }
    SetAside aside = setAside(db, numbering, written);
    for (const QByteArray& drop : aside.drops) {
        db.execute(drop.constData());
    }
    bulk.m_packRtree = aside.packsRtree;
    bulk.m_indexes = std::move(aside.indexes);
    bulk.m_triggers = std::move(aside.triggers);
    return bulk;
}

void BulkLoad::finish(Database& db, std::vector<RtreeBulkLoader::Point>* points)
{
    if (!m_active) {
        return;
    }
    for (const QByteArray& sql : m_indexes) {
        db.execute(sql.constData());
    }
    if (m_packRtree) {
        std::vector<RtreeBulkLoader::Point> read;
        if (!points || m_readPoints) {
            SqlStatement offices(db.handle(), "SELECT rowid, lon, lat FROM location WHERE deleted = 0 AND "
                                              "lat IS NOT NULL AND lon IS NOT NULL");
            while (offices.step()) {
                read.push_back({offices.int64(0), offices.real(1), offices.real(2)});
            }
            points = &read;
        }
        RtreeBulkLoader::load(db, "location_rtree", std::move(*points));
    }
    for (const QByteArray& sql : m_triggers) {
        db.execute(sql.constData());
    }
    m_active = false;
}

} // namespace dalil
