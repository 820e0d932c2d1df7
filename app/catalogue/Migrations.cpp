#include "catalogue/Migrations.h"

namespace dalil {

namespace {

// Every syncable table ends with the same five columns (DESIGN.md "Catalogue"): id, rev (hybrid
// logical clock), updated_at, deleted (tombstone) and dirty (changed since the last push).
// List-valued fields (sectors, countries, languages, e-mails, phones) are JSON arrays of strings:
// one row stays one unit of sync, and json_each() can still filter them.
// Foreign keys are DEFERRABLE so that a sync batch may arrive children-first.
const char* const kSchemaV1 = R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE vocabulary (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('sector', 'organisation_type', 'country', 'language',
                                               'resource_kind', 'partnership_kind')),
    code       TEXT NOT NULL,
    label_ar   TEXT,
    label_en   TEXT,
    label_fr   TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0,
    rev        TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    dirty      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (kind, code)
);

CREATE TABLE organisation (
    id              TEXT PRIMARY KEY,
    name_ar         TEXT,
    name_en         TEXT,
    name_fr         TEXT,
    acronym         TEXT,
    type            TEXT,
    sectors         TEXT NOT NULL DEFAULT '[]',
    countries       TEXT NOT NULL DEFAULT '[]',
    description_ar  TEXT,
    description_en  TEXT,
    founded         INTEGER,
    website         TEXT,
    registration_id TEXT,
    languages       TEXT NOT NULL DEFAULT '[]',
    source          TEXT,
    workspace       TEXT,
    rev             TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    dirty           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX organisation_dirty ON organisation (dirty) WHERE dirty = 1;
CREATE INDEX organisation_registration ON organisation (registration_id) WHERE registration_id IS NOT NULL;
CREATE INDEX organisation_type ON organisation (type);

CREATE TABLE location (
    id              TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,
    name_ar         TEXT,
    name_en         TEXT,
    country         TEXT,
    admin1          TEXT,
    admin1_pcode    TEXT,
    admin2          TEXT,
    admin2_pcode    TEXT,
    city            TEXT,
    lat             REAL CHECK (lat IS NULL OR (lat BETWEEN -90 AND 90)),
    lon             REAL CHECK (lon IS NULL OR (lon BETWEEN -180 AND 180)),
    rev             TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    dirty           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX location_organisation ON location (organisation_id);
CREATE INDEX location_country ON location (country);
CREATE INDEX location_dirty ON location (dirty) WHERE dirty = 1;

-- Spatial index over live offices; its id is the location's rowid.
CREATE VIRTUAL TABLE location_rtree USING rtree (id, min_lon, max_lon, min_lat, max_lat);
CREATE TRIGGER location_rtree_insert AFTER INSERT ON location
WHEN NEW.deleted = 0 AND NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL BEGIN
    INSERT INTO location_rtree VALUES (NEW.rowid, NEW.lon, NEW.lon, NEW.lat, NEW.lat);
END;
CREATE TRIGGER location_rtree_update AFTER UPDATE OF lat, lon, deleted ON location BEGIN
    DELETE FROM location_rtree WHERE id = OLD.rowid;
    INSERT INTO location_rtree SELECT NEW.rowid, NEW.lon, NEW.lon, NEW.lat, NEW.lat
        WHERE NEW.deleted = 0 AND NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL;
END;
CREATE TRIGGER location_rtree_delete AFTER DELETE ON location BEGIN
    DELETE FROM location_rtree WHERE id = OLD.rowid;
END;

CREATE TABLE contact (
    id              TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,
    name            TEXT,
    role            TEXT,
    emails          TEXT NOT NULL DEFAULT '[]',
    phones          TEXT NOT NULL DEFAULT '[]',
    languages       TEXT NOT NULL DEFAULT '[]',
    private         INTEGER NOT NULL DEFAULT 0,
    rev             TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    dirty           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contact_organisation ON contact (organisation_id);
CREATE INDEX contact_dirty ON contact (dirty) WHERE dirty = 1;

CREATE TABLE membership (
    id         TEXT PRIMARY KEY,
    network_id TEXT NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,
    member_id  TEXT NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,
    role       TEXT,
    since      TEXT,
    until      TEXT,
    rev        TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    dirty      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX membership_network ON membership (network_id);
CREATE INDEX membership_member ON membership (member_id);
CREATE INDEX membership_dirty ON membership (dirty) WHERE dirty = 1;

CREATE TABLE partnership (
    id         TEXT PRIMARY KEY,
    org_a      TEXT NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,
    org_b      TEXT NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,
    kind       TEXT,
    since      TEXT,
    until      TEXT,
    note       TEXT,
    rev        TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    dirty      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX partnership_a ON partnership (org_a);
CREATE INDEX partnership_b ON partnership (org_b);
CREATE INDEX partnership_dirty ON partnership (dirty) WHERE dirty = 1;

CREATE TABLE funding (
    id              TEXT PRIMARY KEY,
    donor_id        TEXT REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,
    title_ar        TEXT,
    title_en        TEXT,
    description_ar  TEXT,
    description_en  TEXT,
    amount_min      REAL,
    amount_max      REAL,
    currency        TEXT,
    deadline        TEXT,
    deadline_tz     TEXT,
    deadline_utc    TEXT,
    countries       TEXT NOT NULL DEFAULT '[]',
    applicant_types TEXT NOT NULL DEFAULT '[]',
    sectors         TEXT NOT NULL DEFAULT '[]',
    languages       TEXT NOT NULL DEFAULT '[]',
    link            TEXT,
    status          TEXT,
    rev             TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    dirty           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX funding_deadline ON funding (deadline_utc);
CREATE INDEX funding_dirty ON funding (dirty) WHERE dirty = 1;

CREATE TABLE resource (
    id           TEXT PRIMARY KEY,
    publisher_id TEXT REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,
    title_ar     TEXT,
    title_en     TEXT,
    kind         TEXT,
    year         INTEGER,
    languages    TEXT NOT NULL DEFAULT '[]',
    sectors      TEXT NOT NULL DEFAULT '[]',
    countries    TEXT NOT NULL DEFAULT '[]',
    link         TEXT,
    local_file   TEXT,
    summary_ar   TEXT,
    summary_en   TEXT,
    rev          TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    dirty        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX resource_dirty ON resource (dirty) WHERE dirty = 1;

CREATE TABLE event (
    id             TEXT PRIMARY KEY,
    organiser_id   TEXT REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,
    title_ar       TEXT,
    title_en       TEXT,
    description_ar TEXT,
    description_en TEXT,
    start_utc      TEXT,
    end_utc        TEXT,
    tz             TEXT,
    venue          TEXT,
    online_link    TEXT,
    country        TEXT,
    city           TEXT,
    lat            REAL CHECK (lat IS NULL OR (lat BETWEEN -90 AND 90)),
    lon            REAL CHECK (lon IS NULL OR (lon BETWEEN -180 AND 180)),
    languages      TEXT NOT NULL DEFAULT '[]',
    rev            TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    dirty          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX event_start ON event (start_utc);
CREATE INDEX event_dirty ON event (dirty) WHERE dirty = 1;

CREATE TABLE event_session (
    id         TEXT PRIMARY KEY,
    event_id   TEXT NOT NULL REFERENCES event (id) DEFERRABLE INITIALLY DEFERRED,
    title_ar   TEXT,
    title_en   TEXT,
    start_utc  TEXT,
    end_utc    TEXT,
    language   TEXT,
    rev        TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    dirty      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX event_session_event ON event_session (event_id);
CREATE INDEX event_session_dirty ON event_session (dirty) WHERE dirty = 1;
)SQL";

// Version 2: the losing side of every sync or merge decision is kept here for the user to review
// and restore (DESIGN.md "Sync": nothing lost). Local only, never synced.
const char* const kSchemaV2 = R"SQL(
CREATE TABLE conflict (
    conflict_id  INTEGER PRIMARY KEY,
    entity_table TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    losing_rev   TEXT NOT NULL,
    losing_row   TEXT NOT NULL,
    winning_rev  TEXT NOT NULL,
    origin       TEXT NOT NULL,
    detected_at  TEXT NOT NULL,
    resolved     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conflict_row ON conflict (entity_table, row_id);
)SQL";

// Version 3: the search index (app/search, DESIGN.md "Search"). Local and derived: never synced,
// rebuilt from the catalogue whenever it is stale (SearchIndex::rebuild).
// - search_doc: one row per searchable record. Its docid orders the index by a static importance
//   (most important first: (255 - importance) << 40 | sequence), so an unranked FTS5 MATCH that
//   stops early returns the most important matches. names/body/skel are already normalised by
//   ArabicText (one C++ function at indexing and query time); codes and geo feed the filters and
//   facet counts (SearchDocStore).
// - three contentless-in-practice FTS5 tables over search_doc (external content, detail=none: no
//   positions are needed, ranking is done in C++ on the candidates): names alone (answers the
//   first keystrokes), names + text, and the cross-script skeleton keys.
// - search_key: exact normalised names and acronyms (exact-name ranking, name-prefix lookups).
// - search_term: the index vocabulary with document frequencies (typo tolerance, prefix expansion).
// - search_queue: records touched since the last flush, filled by triggers on every entity table
//   whoever writes; SearchIndex::flush() (a commit hook) empties it.
// - saved_search: named queries of this machine.
const char* const kSchemaV3 = R"SQL(
CREATE TABLE search_doc (
    docid     INTEGER PRIMARY KEY,
    kind      INTEGER NOT NULL,
    entity_id TEXT NOT NULL UNIQUE,
    names     TEXT NOT NULL DEFAULT '',
    body      TEXT NOT NULL DEFAULT '',
    skel      TEXT NOT NULL DEFAULT '',
    keys      TEXT NOT NULL DEFAULT '',
    codes     BLOB,
    geo       BLOB,
    d0        INTEGER,
    d1        INTEGER,
    amin      REAL,
    amax      REAL,
    year      INTEGER
);
CREATE VIRTUAL TABLE search_name_fts USING fts5 (names, content = 'search_doc', content_rowid = 'docid',
    tokenize = 'ascii', detail = 'none', prefix = '1 2 3');
CREATE VIRTUAL TABLE search_all_fts USING fts5 (names, body, content = 'search_doc', content_rowid = 'docid',
    tokenize = 'ascii', detail = 'none', prefix = '1 2 3');
CREATE VIRTUAL TABLE search_skel_fts USING fts5 (skel, content = 'search_doc', content_rowid = 'docid',
    tokenize = 'ascii', detail = 'none', prefix = '1 2');
CREATE TABLE search_key (
    key   TEXT NOT NULL,
    docid INTEGER NOT NULL,
    PRIMARY KEY (key, docid)
) WITHOUT ROWID;
CREATE TABLE search_term (
    term TEXT PRIMARY KEY,
    df   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE search_code (
    code  INTEGER PRIMARY KEY,
    value TEXT NOT NULL UNIQUE
);
CREATE TABLE search_queue (
    entity_id TEXT PRIMARY KEY,
    kind      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE saved_search (
    name       TEXT PRIMARY KEY,
    query      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO meta (key, value) SELECT 'search_stale', '1'
    WHERE EXISTS (SELECT 1 FROM organisation) OR EXISTS (SELECT 1 FROM funding)
       OR EXISTS (SELECT 1 FROM resource) OR EXISTS (SELECT 1 FROM event);
CREATE TRIGGER search_queue_organisation_insert AFTER INSERT ON organisation
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT NEW.id, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.id);
END;
CREATE TRIGGER search_queue_location_insert AFTER INSERT ON location
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT NEW.organisation_id, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.organisation_id);
END;
CREATE TRIGGER search_queue_membership_insert AFTER INSERT ON membership
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT NEW.network_id, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.network_id);
    INSERT INTO search_queue SELECT NEW.member_id, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.member_id);
END;
CREATE TRIGGER search_queue_partnership_insert AFTER INSERT ON partnership
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT NEW.org_a, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.org_a);
    INSERT INTO search_queue SELECT NEW.org_b, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.org_b);
END;
CREATE TRIGGER search_queue_funding_insert AFTER INSERT ON funding
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT NEW.id, 1 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.id);
END;
CREATE TRIGGER search_queue_resource_insert AFTER INSERT ON resource
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT NEW.id, 2 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.id);
END;
CREATE TRIGGER search_queue_event_insert AFTER INSERT ON event
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT NEW.id, 3 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.id);
END;
CREATE TRIGGER search_queue_vocabulary_insert AFTER INSERT ON vocabulary
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT '*', -1 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = '*');
END;
CREATE TRIGGER search_queue_organisation_update AFTER UPDATE ON organisation
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT NEW.id, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.id);
END;
CREATE TRIGGER search_queue_location_update AFTER UPDATE ON location
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT NEW.organisation_id, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.organisation_id);
    INSERT INTO search_queue SELECT OLD.organisation_id, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = OLD.organisation_id);
END;
CREATE TRIGGER search_queue_membership_update AFTER UPDATE ON membership
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT NEW.network_id, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.network_id);
    INSERT INTO search_queue SELECT NEW.member_id, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.member_id);
    INSERT INTO search_queue SELECT OLD.network_id, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = OLD.network_id);
    INSERT INTO search_queue SELECT OLD.member_id, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = OLD.member_id);
END;
CREATE TRIGGER search_queue_partnership_update AFTER UPDATE ON partnership
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT NEW.org_a, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.org_a);
    INSERT INTO search_queue SELECT NEW.org_b, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.org_b);
    INSERT INTO search_queue SELECT OLD.org_a, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = OLD.org_a);
    INSERT INTO search_queue SELECT OLD.org_b, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = OLD.org_b);
END;
CREATE TRIGGER search_queue_funding_update AFTER UPDATE ON funding
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT NEW.id, 1 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.id);
END;
CREATE TRIGGER search_queue_resource_update AFTER UPDATE ON resource
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT NEW.id, 2 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.id);
END;
CREATE TRIGGER search_queue_event_update AFTER UPDATE ON event
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT NEW.id, 3 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = NEW.id);
END;
CREATE TRIGGER search_queue_vocabulary_update AFTER UPDATE ON vocabulary
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT '*', -1 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = '*');
END;
CREATE TRIGGER search_queue_organisation_delete AFTER DELETE ON organisation
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT OLD.id, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = OLD.id);
END;
CREATE TRIGGER search_queue_location_delete AFTER DELETE ON location
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT OLD.organisation_id, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = OLD.organisation_id);
END;
CREATE TRIGGER search_queue_membership_delete AFTER DELETE ON membership
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT OLD.network_id, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = OLD.network_id);
    INSERT INTO search_queue SELECT OLD.member_id, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = OLD.member_id);
END;
CREATE TRIGGER search_queue_partnership_delete AFTER DELETE ON partnership
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT OLD.org_a, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = OLD.org_a);
    INSERT INTO search_queue SELECT OLD.org_b, 0 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = OLD.org_b);
END;
CREATE TRIGGER search_queue_funding_delete AFTER DELETE ON funding
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT OLD.id, 1 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = OLD.id);
END;
CREATE TRIGGER search_queue_resource_delete AFTER DELETE ON resource
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT OLD.id, 2 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = OLD.id);
END;
CREATE TRIGGER search_queue_event_delete AFTER DELETE ON event
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT OLD.id, 3 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = OLD.id);
END;
CREATE TRIGGER search_queue_vocabulary_delete AFTER DELETE ON vocabulary
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_bulk') BEGIN
    INSERT INTO search_queue SELECT '*', -1 WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity_id = '*');
END;
)SQL";

// Version 4: sync. Per row, base_rev is the version an edit replaced (so a replica can tell a
// concurrent edit, whose losing side goes to `conflict`, from a plain successor) and change_seq
// orders local writes per table (bundles carry "what changed since the last bundle for that peer";
// a revision cannot serve, since rows pulled later may carry older revisions). Triggers number
// every write, whichever code path made it. Hub cursors and bundle peers are kept per source.
const char* const kSchemaV4 = R"SQL(
ALTER TABLE vocabulary ADD COLUMN base_rev TEXT;
ALTER TABLE vocabulary ADD COLUMN change_seq INTEGER;
UPDATE vocabulary SET change_seq = rowid;
CREATE INDEX vocabulary_change ON vocabulary (change_seq);
CREATE TRIGGER vocabulary_change_insert AFTER INSERT ON vocabulary WHEN NEW.change_seq IS NULL BEGIN
    UPDATE vocabulary SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM vocabulary) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER vocabulary_change_update AFTER UPDATE OF rev, deleted ON vocabulary WHEN NEW.change_seq IS OLD.change_seq BEGIN
    UPDATE vocabulary SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM vocabulary) WHERE rowid = NEW.rowid;
END;

ALTER TABLE organisation ADD COLUMN base_rev TEXT;
ALTER TABLE organisation ADD COLUMN change_seq INTEGER;
UPDATE organisation SET change_seq = rowid;
CREATE INDEX organisation_change ON organisation (change_seq);
CREATE TRIGGER organisation_change_insert AFTER INSERT ON organisation WHEN NEW.change_seq IS NULL BEGIN
    UPDATE organisation SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM organisation) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER organisation_change_update AFTER UPDATE OF rev, deleted ON organisation WHEN NEW.change_seq IS OLD.change_seq BEGIN
    UPDATE organisation SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM organisation) WHERE rowid = NEW.rowid;
END;

ALTER TABLE location ADD COLUMN base_rev TEXT;
ALTER TABLE location ADD COLUMN change_seq INTEGER;
UPDATE location SET change_seq = rowid;
CREATE INDEX location_change ON location (change_seq);
CREATE TRIGGER location_change_insert AFTER INSERT ON location WHEN NEW.change_seq IS NULL BEGIN
    UPDATE location SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM location) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER location_change_update AFTER UPDATE OF rev, deleted ON location WHEN NEW.change_seq IS OLD.change_seq BEGIN
    UPDATE location SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM location) WHERE rowid = NEW.rowid;
END;

ALTER TABLE contact ADD COLUMN base_rev TEXT;
ALTER TABLE contact ADD COLUMN change_seq INTEGER;
UPDATE contact SET change_seq = rowid;
CREATE INDEX contact_change ON contact (change_seq);
CREATE TRIGGER contact_change_insert AFTER INSERT ON contact WHEN NEW.change_seq IS NULL BEGIN
    UPDATE contact SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM contact) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER contact_change_update AFTER UPDATE OF rev, deleted ON contact WHEN NEW.change_seq IS OLD.change_seq BEGIN
    UPDATE contact SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM contact) WHERE rowid = NEW.rowid;
END;

ALTER TABLE membership ADD COLUMN base_rev TEXT;
ALTER TABLE membership ADD COLUMN change_seq INTEGER;
UPDATE membership SET change_seq = rowid;
CREATE INDEX membership_change ON membership (change_seq);
CREATE TRIGGER membership_change_insert AFTER INSERT ON membership WHEN NEW.change_seq IS NULL BEGIN
    UPDATE membership SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM membership) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER membership_change_update AFTER UPDATE OF rev, deleted ON membership WHEN NEW.change_seq IS OLD.change_seq BEGIN
    UPDATE membership SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM membership) WHERE rowid = NEW.rowid;
END;

ALTER TABLE partnership ADD COLUMN base_rev TEXT;
ALTER TABLE partnership ADD COLUMN change_seq INTEGER;
UPDATE partnership SET change_seq = rowid;
CREATE INDEX partnership_change ON partnership (change_seq);
CREATE TRIGGER partnership_change_insert AFTER INSERT ON partnership WHEN NEW.change_seq IS NULL BEGIN
    UPDATE partnership SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM partnership) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER partnership_change_update AFTER UPDATE OF rev, deleted ON partnership WHEN NEW.change_seq IS OLD.change_seq BEGIN
    UPDATE partnership SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM partnership) WHERE rowid = NEW.rowid;
END;

ALTER TABLE funding ADD COLUMN base_rev TEXT;
ALTER TABLE funding ADD COLUMN change_seq INTEGER;
UPDATE funding SET change_seq = rowid;
CREATE INDEX funding_change ON funding (change_seq);
CREATE TRIGGER funding_change_insert AFTER INSERT ON funding WHEN NEW.change_seq IS NULL BEGIN
    UPDATE funding SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM funding) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER funding_change_update AFTER UPDATE OF rev, deleted ON funding WHEN NEW.change_seq IS OLD.change_seq BEGIN
    UPDATE funding SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM funding) WHERE rowid = NEW.rowid;
END;

ALTER TABLE resource ADD COLUMN base_rev TEXT;
ALTER TABLE resource ADD COLUMN change_seq INTEGER;
UPDATE resource SET change_seq = rowid;
CREATE INDEX resource_change ON resource (change_seq);
CREATE TRIGGER resource_change_insert AFTER INSERT ON resource WHEN NEW.change_seq IS NULL BEGIN
    UPDATE resource SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM resource) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER resource_change_update AFTER UPDATE OF rev, deleted ON resource WHEN NEW.change_seq IS OLD.change_seq BEGIN
    UPDATE resource SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM resource) WHERE rowid = NEW.rowid;
END;

ALTER TABLE event ADD COLUMN base_rev TEXT;
ALTER TABLE event ADD COLUMN change_seq INTEGER;
UPDATE event SET change_seq = rowid;
CREATE INDEX event_change ON event (change_seq);
CREATE TRIGGER event_change_insert AFTER INSERT ON event WHEN NEW.change_seq IS NULL BEGIN
    UPDATE event SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM event) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER event_change_update AFTER UPDATE OF rev, deleted ON event WHEN NEW.change_seq IS OLD.change_seq BEGIN
    UPDATE event SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM event) WHERE rowid = NEW.rowid;
END;

ALTER TABLE event_session ADD COLUMN base_rev TEXT;
ALTER TABLE event_session ADD COLUMN change_seq INTEGER;
UPDATE event_session SET change_seq = rowid;
CREATE INDEX event_session_change ON event_session (change_seq);
CREATE TRIGGER event_session_change_insert AFTER INSERT ON event_session WHEN NEW.change_seq IS NULL BEGIN
    UPDATE event_session SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM event_session) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER event_session_change_update AFTER UPDATE OF rev, deleted ON event_session WHEN NEW.change_seq IS OLD.change_seq BEGIN
    UPDATE event_session SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM event_session) WHERE rowid = NEW.rowid;
END;

CREATE TABLE sync_hub (
    hub        TEXT PRIMARY KEY,
    cursor     INTEGER NOT NULL DEFAULT 0,
    last_sync  TEXT,
    last_error TEXT,
    user_name  TEXT,
    workspace  TEXT,
    role       TEXT
);

CREATE TABLE sync_peer (
    peer        TEXT PRIMARY KEY,
    cursors     TEXT NOT NULL DEFAULT '{}',
    last_bundle TEXT
);

CREATE UNIQUE INDEX conflict_version ON conflict (entity_table, row_id, losing_rev);
)SQL";

// Version 5: cheaper FTS5 tables for the search index (measured at 100,000 records: building them
// costs about 15 % less CPU). The three tables are recreated, and a catalogue that holds an index is
// marked stale so that the next SearchIndex::ensureFresh() rebuilds it with the same documents:
// - columnsize = 0: no per-row token counts (the %_docsize table); nothing reads them, since the
//   ranking is done in C++ over search_doc (bm25 and other FTS5 functions are never called).
// - the skeleton keys keep only the two-letter prefix index: a skeleton is never shorter than two
//   letters, so the one-letter prefix index was never read.
// The name and name+text tables keep their 1-3 letter prefix indexes: without them a short prefix
// (the first keystrokes) costs 50-800 ms at 1,000,000 records instead of under 1 ms.
const char* const kSchemaV5 = R"SQL(
DROP TABLE search_name_fts;
DROP TABLE search_all_fts;
DROP TABLE search_skel_fts;
CREATE VIRTUAL TABLE search_name_fts USING fts5 (names, content = 'search_doc', content_rowid = 'docid',
    tokenize = 'ascii', detail = 'none', columnsize = 0, prefix = '1 2 3');
CREATE VIRTUAL TABLE search_all_fts USING fts5 (names, body, content = 'search_doc', content_rowid = 'docid',
    tokenize = 'ascii', detail = 'none', columnsize = 0, prefix = '1 2 3');
CREATE VIRTUAL TABLE search_skel_fts USING fts5 (skel, content = 'search_doc', content_rowid = 'docid',
    tokenize = 'ascii', detail = 'none', columnsize = 0, prefix = '2');
INSERT INTO meta (key, value) SELECT 'search_stale', '1'
    WHERE EXISTS (SELECT 1 FROM search_doc) OR EXISTS (SELECT 1 FROM organisation)
       OR EXISTS (SELECT 1 FROM funding) OR EXISTS (SELECT 1 FROM resource) OR EXISTS (SELECT 1 FROM event)
    ON CONFLICT (key) DO UPDATE SET value = '1';
)SQL";

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = {
        {1, "catalogue entities", kSchemaV1},
        {2, "conflicts kept for review", kSchemaV2},
        {3, "search index", kSchemaV3},
        {4, "sync: row ancestry, change order, hub cursors, bundle peers", kSchemaV4},
        {5, "search: cheaper FTS5 tables (no column sizes, no unused prefix index)", kSchemaV5},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace dalil
