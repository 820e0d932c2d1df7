#include "sync/HubSchema.h"

#include "catalogue/TableSpec.h"

#include <cstring>

namespace dalil {

const char* HubSchema::sqlType(int columnType)
{
    switch (ColumnType(columnType)) {
    case ColumnType::Integer:
        return "bigint";
    case ColumnType::Real:
        return "double precision";
    case ColumnType::Bool:
        return "boolean";
    case ColumnType::List:
        return "jsonb";
    case ColumnType::Text:
    case ColumnType::Reference:
        return "text";
    }
    return "text";
}

const char* HubSchema::referencedTable(const char* column)
{
    return std::strcmp(column, "event_id") == 0 ? "event" : "organisation";
}

QByteArray HubSchema::selectList(const TableSpec& spec, const char* alias)
{
    const QByteArray prefix = alias ? QByteArray(alias) + "." : QByteArray();
    QByteArray out = prefix + "id, " + prefix + "rev, " + prefix + "updated_at, " + prefix + "deleted, " +
                     prefix + "base_rev";
    for (const Column& c : spec.columns) {
        out += ", " + prefix + c.name;
    }
    return out;
}

namespace {

QByteArray lockKey()
{
    return QByteArray::number(HubSchema::kWriteLock);
}

// Parent column used to decide the owning workspace of a row, and the parent's table.
std::pair<QByteArray, QByteArray> ownerParent(const TableSpec& spec)
{
    const QByteArray table(spec.table);
    if (table == "organisation" || table == "vocabulary") {
        return {QByteArray(), QByteArray()};
    }
    if (spec.parentColumn) {
        return {spec.parentColumn, HubSchema::referencedTable(spec.parentColumn)};
    }
    for (const Column& c : spec.columns) {
        if (c.type == ColumnType::Reference) {
            return {c.name, HubSchema::referencedTable(c.name)};
        }
    }
    return {QByteArray(), QByteArray()};
}

QByteArray tableDdl(const TableSpec& spec)
{
    const QByteArray t = QByteArray("dalil.") + spec.table;
    QByteArray sql = "CREATE TABLE " + t +
                     " (\n    id text PRIMARY KEY,\n    rev text NOT NULL,\n    updated_at text NOT NULL,\n"
                     "    deleted boolean NOT NULL DEFAULT false,\n    base_rev text";
    for (const Column& c : spec.columns) {
        sql += ",\n    " + QByteArray(c.name) + " " + HubSchema::sqlType(int(c.type));
        if (c.type == ColumnType::List) {
            sql += " NOT NULL DEFAULT '[]'";
        } else if (c.type == ColumnType::Bool) {
            sql += " NOT NULL DEFAULT false";
        }
    }
    sql += ",\n    seq bigint NOT NULL,\n    ws text,\n    written_by text NOT NULL,\n"
           "    written_at timestamptz NOT NULL";
    if (QByteArray(spec.table) == "contact") {
        // A private contact never reaches the hub; a contact made private after it was shared is
        // replaced by a tombstone that keeps nothing about the person.
        sql += ",\n    CONSTRAINT contact_private_stays_home CHECK (NOT private OR (deleted AND name IS NULL "
               "AND role IS NULL AND emails = '[]' AND phones = '[]'))";
    }
    sql += "\n);\n";
    sql += "CREATE INDEX " + QByteArray(spec.table) + "_seq ON " + t + " (seq);\n";
    const auto [parentColumn, parentTable] = ownerParent(spec);
    sql += "CREATE TRIGGER " + QByteArray(spec.table) + "_stamp BEFORE INSERT OR UPDATE ON " + t +
           " FOR EACH ROW EXECUTE FUNCTION dalil.stamp('" + parentColumn + "', '" + parentTable + "');\n";
    sql += "ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY;\n";
    sql += "CREATE POLICY everyone_reads ON " + t + " FOR SELECT USING (true);\n";
    sql += "CREATE POLICY editors_insert ON " + t + " FOR INSERT WITH CHECK (dalil.may_write(ws));\n";
    sql += "CREATE POLICY editors_update ON " + t +
           " FOR UPDATE USING (dalil.may_write(ws)) WITH CHECK (dalil.may_write(ws));\n";
    sql += "GRANT SELECT ON " + t + " TO dalil_reader, dalil_editor;\n";
    sql += "GRANT INSERT, UPDATE ON " + t + " TO dalil_editor;\n";
    return sql;
}

QByteArray foreignKeys(const TableSpec& spec)
{
    QByteArray sql;
    for (const Column& c : spec.columns) {
        if (c.type != ColumnType::Reference) {
            continue;
        }
        sql += "ALTER TABLE dalil." + QByteArray(spec.table) + " ADD FOREIGN KEY (" + c.name +
               ") REFERENCES dalil." + HubSchema::referencedTable(c.name) +
               " (id) DEFERRABLE INITIALLY DEFERRED;\n";
    }
    return sql;
}

// dalil.push_<table>(rows jsonb): one verdict per row. "accepted" (written; `lost` holds the hub's
// previous version when it was a concurrent edit the push overwrote), "same" (the hub has this
// version), "equal" (the hub has the same data under another revision: `hub_row`, which the client
// adopts, so that identical rows made on two machines do not bounce between them), "stale" (the hub has a
// newer one: the client's next pull brings it), "refused" (the account may not write it, or its parent is not
// on the hub; `hub_row` is the hub's version).
QByteArray pushFunction(const TableSpec& spec)
{
    const QByteArray table(spec.table);
    const QByteArray t = "dalil." + table;
    QByteArray recordDef = "id text, rev text, updated_at text, deleted boolean, base_rev text";
    QByteArray dataColumns;
    QByteArray incomingData;
    QByteArray hubData;
    for (const Column& c : spec.columns) {
        recordDef += ", " + QByteArray(c.name) + " " + HubSchema::sqlType(int(c.type));
        dataColumns += ", " + QByteArray(c.name);
        if (c.type == ColumnType::List) {
            incomingData += ", coalesce(v." + QByteArray(c.name) + ", '[]')";
        } else if (c.type == ColumnType::Bool) {
            incomingData += ", coalesce(v." + QByteArray(c.name) + ", false)";
        } else {
            incomingData += ", v." + QByteArray(c.name);
        }
        hubData += ", h." + QByteArray(c.name);
    }
    QByteArray sameContent = "ROW(i.deleted";
    QByteArray sameContentHub = "ROW(h.deleted";
    for (const Column& c : spec.columns) {
        if (c.type == ColumnType::List) {
            sameContent += ", coalesce(i." + QByteArray(c.name) + ", '[]')";
        } else if (c.type == ColumnType::Bool) {
            sameContent += ", coalesce(i." + QByteArray(c.name) + ", false)";
        } else {
            sameContent += ", i." + QByteArray(c.name);
        }
        sameContentHub += ", h." + QByteArray(c.name);
    }
    sameContent += ")";
    sameContentHub += ")";

    QByteArray parentsOk = "true";
    for (const Column& c : spec.columns) {
        if (c.type == ColumnType::Reference) {
            parentsOk += QByteArray(" AND (i.") + c.name + " IS NULL OR EXISTS (SELECT 1 FROM dalil." +
                         HubSchema::referencedTable(c.name) + " p WHERE p.id = i." + c.name + "))";
        }
    }
    const auto [parentColumn, parentTable] = ownerParent(spec);
    const QByteArray parentValue = parentColumn.isEmpty() ? QByteArray("NULL") : "i." + parentColumn;
    const QByteArray declared = table == "organisation" ? QByteArray("i.workspace") : QByteArray("NULL");
    QByteArray privacy;
    if (table == "contact") {
        privacy = "            WHEN j.private AND NOT j.deleted THEN 'refused'\n";
    }
    QByteArray updates = "rev = v.rev, updated_at = v.updated_at, deleted = coalesce(v.deleted, false), "
                         "base_rev = v.base_rev";
    for (const Column& c : spec.columns) {
        QByteArray value = "v." + QByteArray(c.name);
        if (c.type == ColumnType::List) {
            value = "coalesce(" + value + ", '[]')";
        } else if (c.type == ColumnType::Bool) {
            value = "coalesce(" + value + ", false)";
        }
        updates += ", " + QByteArray(c.name) + " = " + value;
    }
    const QByteArray hubOnly = " - 'seq' - 'ws' - 'written_by' - 'written_at'";

    return "CREATE FUNCTION dalil.push_" + table +
           "(rows jsonb)\n"
           "RETURNS TABLE (row_id text, outcome text, lost jsonb, hub_row jsonb)\n"
           "LANGUAGE plpgsql AS $fn$\n"
           "BEGIN\n"
           "    PERFORM pg_advisory_xact_lock(" +
           lockKey() +
           ");\n"
           "    RETURN QUERY\n"
           "    WITH incoming AS (\n"
           "        SELECT * FROM jsonb_to_recordset(rows) AS x(" +
           recordDef +
           ")\n"
           "    ), judged AS (\n"
           "        SELECT i.*, h.rev AS old_rev, h.ws AS old_ws,\n"
           "            dalil.owner_ws('" +
           table + "', '" + parentTable + "', " + parentValue + ", " + declared +
           ", h.ws) AS new_ws,\n"
           "            (" +
           parentsOk +
           ") AS parents_ok,\n"
           "            CASE WHEN h.id IS NULL THEN NULL ELSE to_jsonb(h)" +
           hubOnly +
           " END AS old_row,\n"
           "            (" +
           sameContent + " IS NOT DISTINCT FROM " + sameContentHub +
           ") AS same_content\n"
           "        FROM incoming i LEFT JOIN " +
           t +
           " h ON h.id = i.id\n"
           "    ), verdicts AS (\n"
           "        SELECT j.*, CASE\n"
           "            WHEN j.old_rev = j.rev THEN 'same'\n"
           "            WHEN j.old_rev IS NOT NULL AND j.same_content THEN 'equal'\n"
           "            WHEN j.old_rev > j.rev THEN 'stale'\n"
           "            WHEN NOT j.parents_ok THEN 'refused'\n"
           "            WHEN j.old_rev IS NOT NULL AND NOT dalil.may_write(j.old_ws) THEN 'refused'\n"
           "            WHEN NOT dalil.may_write(j.new_ws) THEN 'refused'\n" +
           privacy +
           "            ELSE 'accepted' END AS verdict\n"
           "        FROM judged j\n"
           "    ), inserted AS (\n"
           "        INSERT INTO " +
           t + " (id, rev, updated_at, deleted, base_rev" + dataColumns +
           ", seq, written_by, written_at)\n"
           "        SELECT v.id, v.rev, v.updated_at, coalesce(v.deleted, false), v.base_rev" +
           incomingData +
           ", 0, '', now()\n"
           "        FROM verdicts v WHERE v.verdict = 'accepted' AND v.old_rev IS NULL\n"
           "        RETURNING id\n"
           "    ), updated AS (\n"
           "        UPDATE " +
           t + " AS h SET " + updates +
           "\n"
           "        FROM verdicts v WHERE v.verdict = 'accepted' AND v.old_rev IS NOT NULL AND h.id = v.id\n"
           "        RETURNING h.id\n"
           "    ), written AS (\n"
           "        SELECT inserted.id FROM inserted UNION ALL SELECT updated.id FROM updated\n"
           "    )\n"
           "    SELECT v.id,\n"
           "        CASE WHEN v.verdict = 'accepted' AND w.id IS NULL THEN 'stale' ELSE v.verdict END,\n"
           "        CASE WHEN w.id IS NOT NULL AND v.old_rev IS NOT NULL AND v.base_rev IS DISTINCT FROM "
           "v.old_rev AND NOT v.same_content THEN v.old_row END,\n"
           "        CASE WHEN v.verdict IN ('refused', 'equal') THEN v.old_row END\n"
           "    FROM verdicts v LEFT JOIN written w ON w.id = v.id;\n"
           "END\n"
           "$fn$;\n";
}

} // namespace

QByteArray HubSchema::createScript()
{
    QByteArray sql = R"SQL(
DO $roles$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dalil_editor') THEN
        CREATE ROLE dalil_editor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dalil_reader') THEN
        CREATE ROLE dalil_reader NOLOGIN;
    END IF;
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
END
$roles$;

CREATE SCHEMA dalil;
REVOKE ALL ON SCHEMA dalil FROM PUBLIC;
GRANT USAGE ON SCHEMA dalil TO dalil_editor, dalil_reader;

CREATE TABLE dalil.hub_meta (key text PRIMARY KEY, value text NOT NULL);
GRANT SELECT ON dalil.hub_meta TO dalil_editor, dalil_reader;

CREATE SEQUENCE dalil.seq;

CREATE TABLE dalil.account (
    name       text PRIMARY KEY,
    workspace  text NOT NULL,
    role       text NOT NULL CHECK (role IN ('editor', 'reader')),
    created_at timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT ON dalil.account TO dalil_editor, dalil_reader;

-- One line per accepted write: who wrote which version of which row, and when.
CREATE TABLE dalil.history (
    seq          bigint PRIMARY KEY,
    entity_table text NOT NULL,
    row_id       text NOT NULL,
    rev          text NOT NULL,
    deleted      boolean NOT NULL,
    written_by   text NOT NULL,
    written_at   timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT ON dalil.history TO dalil_editor, dalil_reader;

CREATE FUNCTION dalil.my_workspace() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = dalil, pg_temp
AS $$ SELECT workspace FROM dalil.account WHERE name = session_user $$;

CREATE FUNCTION dalil.my_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = dalil, pg_temp
AS $$ SELECT role FROM dalil.account WHERE name = session_user $$;

CREATE FUNCTION dalil.is_admin() RETURNS boolean
LANGUAGE sql STABLE
AS $$ SELECT coalesce((SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = session_user), false) $$;

-- Editors write rows of their own workspace and shared rows (ws NULL: vocabularies).
CREATE FUNCTION dalil.may_write(owner text) RETURNS boolean
LANGUAGE sql STABLE
AS $$ SELECT dalil.is_admin() OR (coalesce(dalil.my_role() = 'editor', false)
                                  AND (owner IS NULL OR owner = dalil.my_workspace())) $$;

-- The workspace that owns a row: an organisation's own (declared, else the one it had, else the
-- writer's); a row hanging off an organisation or event, its parent's; vocabularies are shared.
CREATE FUNCTION dalil.owner_ws(tbl text, parent_tbl text, parent_id text, declared text, existing text)
RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = dalil, pg_temp
AS $$
DECLARE
    w text;
BEGIN
    IF tbl = 'vocabulary' THEN
        RETURN NULL;
    END IF;
    IF tbl = 'organisation' THEN
        RETURN coalesce(nullif(declared, ''), existing, dalil.my_workspace());
    END IF;
    IF parent_id IS NOT NULL THEN
        IF parent_tbl = 'event' THEN
            SELECT e.ws INTO w FROM dalil.event e WHERE e.id = parent_id;
        ELSE
            SELECT o.ws INTO w FROM dalil.organisation o WHERE o.id = parent_id;
        END IF;
        IF FOUND THEN
            RETURN w;
        END IF;
    END IF;
    RETURN coalesce(existing, dalil.my_workspace());
END
$$;

-- Every write, by whatever path: serialise writers (so seq follows commit order), decide the owner,
-- draw the seq and record who wrote it. Row-level security checks the row after this has run.
CREATE FUNCTION dalil.stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = dalil, pg_temp
AS $$
DECLARE
    r jsonb := to_jsonb(NEW);
BEGIN
    PERFORM pg_advisory_xact_lock()SQL" +
                     lockKey() + R"SQL();
    NEW.ws := dalil.owner_ws(TG_TABLE_NAME, TG_ARGV[1], r ->> TG_ARGV[0], r ->> 'workspace',
                             CASE WHEN TG_OP = 'UPDATE' THEN OLD.ws END);
    NEW.seq := nextval('dalil.seq');
    NEW.written_by := session_user;
    NEW.written_at := now();
    INSERT INTO dalil.history (seq, entity_table, row_id, rev, deleted, written_by)
    VALUES (NEW.seq, TG_TABLE_NAME, NEW.id, NEW.rev, NEW.deleted, session_user);
    RETURN NEW;
END
$$;

CREATE FUNCTION dalil.add_user(p_name text, p_password text, p_workspace text, p_role text)
RETURNS void
LANGUAGE plpgsql SET client_min_messages = error
AS $$
BEGIN
    IF p_role NOT IN ('editor', 'reader') THEN
        RAISE EXCEPTION 'the role must be editor or reader, not %', p_role;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_name, p_password);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_name, p_password);
    END IF;
    EXECUTE format('REVOKE dalil_editor, dalil_reader FROM %I', p_name);
    EXECUTE format('GRANT %I TO %I', 'dalil_' || p_role, p_name);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), p_name);
    INSERT INTO dalil.account (name, workspace, role) VALUES (p_name, p_workspace, p_role)
    ON CONFLICT (name) DO UPDATE SET workspace = excluded.workspace, role = excluded.role;
END
$$;
REVOKE ALL ON FUNCTION dalil.add_user(text, text, text, text) FROM PUBLIC;
)SQL";
    for (const TableSpec* spec : tables::all()) {
        sql += tableDdl(*spec);
    }
    for (const TableSpec* spec : tables::all()) {
        sql += foreignKeys(*spec);
        sql += pushFunction(*spec);
    }
    sql += "INSERT INTO dalil.hub_meta (key, value) VALUES ('schema_version', '" +
           QByteArray::number(kVersion) + "'), ('created_at', now()::text);\n";
    return sql;
}

} // namespace dalil
