#include "sync/HubSchema.h"

#include "catalogue/TableSpec.h"

#include <cctype>
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

QList<QByteArray> HubSchema::statements(const QByteArray& script)
{
    QList<QByteArray> out;
    QByteArray current;
    QByteArray dollarTag; // inside $tag$ ... $tag$ when not empty
    bool quoted = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const char c = script[i];
        current += c;
        if (!dollarTag.isEmpty()) {
            if (c == '$' && script.mid(i, dollarTag.size()) == dollarTag) {
                current += script.mid(i + 1, dollarTag.size() - 1);
                i += dollarTag.size() - 1;
                dollarTag.clear();
            }
        } else if (quoted) {
            quoted = c != '\'';
        } else if (c == '\'') {
            quoted = true;
        } else if (c == '-' && i + 1 < script.size() && script[i + 1] == '-') {
            const qsizetype end = script.indexOf('\n', i);
            const qsizetype stop = end < 0 ? script.size() : end;
            current += script.mid(i + 1, stop - i - 1);
            i = stop - 1;
        } else if (c == '$') {
            qsizetype end = i + 1;
            while (end < script.size() && (std::isalnum(uchar(script[end])) || script[end] == '_')) {
                ++end;
            }
            if (end < script.size() && script[end] == '$') {
                dollarTag = script.mid(i, end - i + 1);
                current += script.mid(i + 1, end - i);
                i = end;
            }
        } else if (c == ';') {
            if (!current.trimmed().isEmpty()) {
                out.append(current.trimmed());
            }
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        out.append(current.trimmed());
    }
    return out;
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
    // Every write, by whatever path: serialise writers (so seq follows commit order), decide the
    // owning workspace, draw the seq and record who wrote it. Row-level security checks the row
    // after this has run.
    const auto [parentColumn, parentTable] = ownerParent(spec);
    const QByteArray table(spec.table);
    const QByteArray parentValue = parentColumn.isEmpty() ? QByteArray("NULL") : "NEW." + parentColumn;
    const QByteArray existing = "CASE WHEN TG_OP = 'UPDATE' THEN OLD.ws END";
    QByteArray owner;
    if (table == "vocabulary") {
        owner = "NULL";
    } else if (table == "organisation") {
        owner = "coalesce(nullif(NEW.workspace, ''), " + existing + ", dalil.my_workspace())";
    } else if (!parentColumn.isEmpty()) {
        owner = "coalesce((SELECT p.ws FROM dalil." + parentTable + " p WHERE p.id = " + parentValue + "), " +
                existing + ", dalil.my_workspace())";
    } else {
        owner = "coalesce(" + existing + ", dalil.my_workspace())";
    }
    sql += "CREATE FUNCTION dalil.stamp_" + table +
           "() RETURNS trigger\nLANGUAGE plpgsql SECURITY DEFINER\nAS $$\nBEGIN\n"
           "    PERFORM pg_advisory_xact_lock(" +
           lockKey() + ");\n    NEW.ws := " + owner +
           ";\n"
           "    NEW.seq := nextval('dalil.seq');\n    NEW.written_by := session_user;\n"
           "    NEW.written_at := now();\n    RETURN NEW;\nEND\n$$;\n";
    sql += "CREATE TRIGGER " + table + "_stamp BEFORE INSERT OR UPDATE ON " + t +
           " FOR EACH ROW EXECUTE FUNCTION dalil.stamp_" + table + "();\n";
    sql += "CREATE TRIGGER " + table + "_log_insert AFTER INSERT ON " + t +
           " REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION dalil.log_writes();\n";
    sql += "CREATE TRIGGER " + table + "_log_update AFTER UPDATE ON " + t +
           " REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION dalil.log_writes();\n";
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
    QByteArray ownerExpression;
    if (table == "vocabulary") {
        ownerExpression = "NULL::text";
    } else if (table == "organisation") {
        ownerExpression = "coalesce(nullif(i.workspace, ''), h.ws, v_ws)";
    } else if (!parentColumn.isEmpty()) {
        ownerExpression = "coalesce((SELECT p.ws FROM dalil." + parentTable +
                          " p WHERE p.id = " + parentValue + "), h.ws, v_ws)";
    } else {
        ownerExpression = "coalesce(h.ws, v_ws)";
    }
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
    const QByteArray hubOnly = " - 'seq' - 'ws' - 'written_by' - 'written_at' - 'geom'";

    return "CREATE FUNCTION dalil.push_" + table +
           "(rows jsonb)\n"
           "RETURNS TABLE (row_id text, outcome text, lost jsonb, hub_row jsonb)\n"
           "LANGUAGE plpgsql AS $fn$\n"
           "DECLARE\n"
           "    v_role text;\n"
           "    v_ws text;\n"
           "    v_admin boolean := dalil.is_admin();\n"
           "BEGIN\n"
           "    PERFORM pg_advisory_xact_lock(" +
           lockKey() +
           ");\n"
           "    SELECT a.role, a.workspace INTO v_role, v_ws FROM dalil.account a WHERE a.name = "
           "session_user;\n"
           "    RETURN QUERY\n"
           "    WITH incoming AS (\n"
           "        SELECT * FROM jsonb_to_recordset(rows) AS x(" +
           recordDef +
           ")\n"
           "    ), judged AS (\n"
           "        SELECT i.*, h.rev AS old_rev, h.ws AS old_ws,\n"
           "            " +
           ownerExpression +
           " AS new_ws,\n"
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
           "            WHEN j.old_rev IS NOT NULL AND NOT (v_admin OR (v_role = 'editor' AND (j.old_ws IS "
           "NULL OR "
           "j.old_ws = v_ws))) THEN 'refused'\n"
           "            WHEN NOT (v_admin OR (v_role = 'editor' AND (j.new_ws IS NULL OR j.new_ws = v_ws))) "
           "THEN "
           "'refused'\n" +
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

QByteArray HubSchema::postgisScript()
{
    // Derived from lat/lon by the server itself, so no client (nor plain SQL) can make the two
    // disagree; tombstones and offices without coordinates have none.
    return R"SQL(
CREATE EXTENSION IF NOT EXISTS postgis;
ALTER TABLE dalil.location ADD COLUMN geom geometry(Point, 4326) GENERATED ALWAYS AS (
    CASE WHEN lat IS NOT NULL AND lon IS NOT NULL AND NOT deleted THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END
) STORED;
CREATE INDEX location_geom ON dalil.location USING gist (geom);
INSERT INTO dalil.hub_meta (key, value) VALUES ('postgis', (SELECT extversion FROM pg_extension WHERE extname = 'postgis'));
)SQL";
}

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

-- Editors write rows of their own workspace and shared rows (ws NULL: vocabularies). Plain SQL so
-- the planner inlines it into the policies; administrators (superuser, BYPASSRLS) skip policies.
CREATE FUNCTION dalil.may_write(owner text) RETURNS boolean
LANGUAGE sql STABLE
AS $$ SELECT EXISTS (SELECT 1 FROM dalil.account a WHERE a.name = session_user AND a.role = 'editor'
                     AND (owner IS NULL OR owner = a.workspace)) $$;

-- One line per write in dalil.history, per statement (cheaper than per row).
CREATE FUNCTION dalil.log_writes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
AS $$
BEGIN
    INSERT INTO dalil.history (seq, entity_table, row_id, rev, deleted, written_by, written_at)
    SELECT w.seq, TG_TABLE_NAME, w.id, w.rev, w.deleted, w.written_by, w.written_at FROM written w;
    RETURN NULL;
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
