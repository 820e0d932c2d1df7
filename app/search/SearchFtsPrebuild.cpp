#include "search/SearchFtsPrebuild.h"

#include "catalogue/Database.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"
#include "search/SearchIndexRebuild.h"
#include "search/ThreadCpu.h"

#include <QScopeGuard>

#include <sqlite3.h>

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <new>

namespace dalil {

namespace {

// The tables the index's documents are searched in (SearchIndexRebuild::fillFts fills the same),
// the largest first: a table the build has not begun when the writer needs it is filled there.
constexpr const char* kTables[] = {"search_all_fts", "search_name_fts", "search_skel_fts"};
// An FTS5 table's records, apart from its content (search_doc): the index's pages, their
// directory and the settings; %_docsize and %_content only when a definition asks for them.
constexpr const char* kShadows[] = {"_data", "_idx", "_config", "_docsize", "_content"};

struct StatementFinalizer
{
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

[[noreturn]] void fail(sqlite3* db)
{
    throw DbError(QString::fromUtf8(sqlite3_errmsg(db)), sqlite3_errcode(db));
}

Statement prepare(sqlite3* db, const QByteArray& sql)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        fail(db);
    }
    return Statement(statement);
}

void run(sqlite3* db, const char* sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        fail(db);
    }
}

QByteArray quoted(const QByteArray& name)
{
    QByteArray out = name;
    out.replace('"', "\"\"");
    return '"' + out + '"';
}

bool hasTable(sqlite3* db, const QByteArray& name)
{
    SqlStatement exists(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    exists.bind(1, name);
    return exists.step();
}

} // namespace

SearchFtsPrebuild::SearchFtsPrebuild(Database& db)
{
    sqlite3* catalogue = db.handle();
    for (const char* name : kTables) {
        Table& table = m_tables.emplace_back();
        table.name = name;
        SqlStatement create(catalogue,
                            "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?");
        create.bind(1, table.name);
        if (!create.step() || create.isNull(0)) {
            throw DbError(QStringLiteral("no table %1").arg(QLatin1String(name)));
        }
        table.create = create.utf8(0);
        const QByteArray settings =
            "SELECT k, v FROM main." + quoted(table.name + "_config") + " WHERE k <> 'version' ORDER BY k";
        SqlStatement row(catalogue, settings.constData());
        while (row.step()) {
            // Of the same type as in the catalogue, where the copy puts them back.
            Setting& setting = table.settings.emplace_back();
            setting.key = row.utf8(0);
            setting.type = row.columnType(1);
            if (setting.type == SQLITE_INTEGER) {
                setting.integer = row.int64(1);
            } else if (setting.type == SQLITE_FLOAT) {
                setting.real = row.real(1);
            } else {
                setting.text = row.utf8(1);
            }
        }
    }
}

SearchFtsPrebuild::~SearchFtsPrebuild()
{
    m_stop = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
    closeMemory();
}

void SearchFtsPrebuild::start(std::vector<Doc> docs)
{
    if (m_thread.joinable()) {
        return;
    }
    m_docs = std::move(docs);
    m_thread = std::thread([this] { build(); });
}

void SearchFtsPrebuild::build()
{
    const double started = threadCpuMs();
    const auto finished = qScopeGuard([this, started] {
        m_docs = {};
        m_buildCpuMs = threadCpuMs() - started;
    });
    try {
        // A private in-memory database: nothing of it is ever on disk, and nothing is left behind
        // by a cancelled or failed import.
        if (sqlite3_open_v2(":memory:", &m_memory,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                            nullptr) != SQLITE_OK) {
            closeMemory();
            return;
        }
        run(m_memory, "PRAGMA journal_mode = OFF");
        if (m_stop) {
            return;
        }
        // In the order the catalogue's 'rebuild' reads search_doc: FTS5 starts a new segment
        // whenever a docid is not larger than the last one.
        std::sort(m_docs.begin(), m_docs.end(), [](const Doc& a, const Doc& b) { return a.docid < b.docid; });
        for (std::size_t next = m_claimed++; next < m_tables.size() && !m_stop; next = m_claimed++) {
            fill(m_tables[next]);
            m_tables[next].built = !m_stop;
        }
    } catch (const DbError&) {
        // The tables not built are rebuilt by fillInto().
    } catch (const std::bad_alloc&) {
    }
}

void SearchFtsPrebuild::fill(const Table& table)
{
    run(m_memory, table.create.constData());
    const QByteArray name = quoted(table.name);
    const QByteArray setting = "INSERT INTO " + name + " (" + name + ", rank) VALUES (?, ?)";
    for (const Setting& value : table.settings) {
        SqlStatement statement(m_memory, setting.constData());
        statement.bind(1, value.key);
        if (value.type == SQLITE_INTEGER) {
            statement.bind(2, value.integer);
        } else if (value.type == SQLITE_FLOAT) {
            statement.bind(2, value.real);
        } else {
            statement.bind(2, value.text);
        }
        statement.exec();
    }
    SqlStatement(m_memory, setting.constData())
        .bind(1, "hashsize")
        .bind(2, SearchIndexRebuild::kBuildHashSize)
        .exec();
    // The table's columns, each filled from the search_doc column of its name.
    std::vector<QByteArrayView Doc::*> fields;
    QByteArray columns = "rowid";
    QByteArray values = "?";
    {
        SqlStatement info(m_memory, "SELECT name FROM pragma_table_info(?)");
        info.bind(1, table.name);
        while (info.step()) {
            const QByteArray column = info.utf8(0);
            if (column == "names") {
                fields.push_back(&Doc::names);
            } else if (column == "body") {
                fields.push_back(&Doc::body);
            } else if (column == "skel") {
                fields.push_back(&Doc::skel);
            } else {
                throw DbError(QStringLiteral("column %1 not prebuilt").arg(QString::fromUtf8(column)));
            }
            columns += ", " + quoted(column);
            values += ", ?";
        }
    }
    Statement insert =
        prepare(m_memory, "INSERT INTO " + name + " (" + columns + ") VALUES (" + values + ")");
    run(m_memory, "BEGIN");
    std::size_t done = 0;
    for (const Doc& doc : m_docs) {
        if (++done % 1024 == 0 && m_stop) {
            return; // the transaction is dropped with the database
        }
        sqlite3_bind_int64(insert.get(), 1, doc.docid);
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const QByteArrayView text = doc.*fields[i];
            // As search_doc holds them: NOT NULL, "" when empty.
            sqlite3_bind_text(insert.get(), int(i) + 2, text.isNull() ? "" : text.data(), int(text.size()),
                              SQLITE_STATIC);
        }
        if (sqlite3_step(insert.get()) != SQLITE_DONE) {
            fail(m_memory);
        }
        sqlite3_reset(insert.get());
    }
    run(m_memory, "COMMIT"); // the last terms buffered are written as FTS5 does at a commit
}

int SearchFtsPrebuild::fillInto(Database& db)
{
    QElapsedTimer clock;
    clock.start();
    const std::size_t count = m_tables.size();
    std::size_t claimed = 0;
    if (m_thread.joinable()) {
        claimed = qEnvironmentVariableIsSet("DALIL_IMPORT_FTS_PREBUILD_WAIT")
                      ? count
                      : std::min(m_claimed.exchange(count), count);
    }
    // Meanwhile the build finishes the tables it has begun.
    for (std::size_t i = claimed; i < count; ++i) {
        SearchIndexRebuild::fillFts(db, m_tables[i].name.constData());
    }
    const qint64 rebuiltMs = clock.restart();
    if (m_thread.joinable()) {
        m_thread.join();
    }
    const qint64 waitedMs = clock.restart();
    int copied = 0;
    for (std::size_t i = 0; i < claimed; ++i) {
        const Table& table = m_tables[i];
        if (table.built && m_memory != nullptr && copy(db, table)) {
            ++copied;
        } else {
            SearchIndexRebuild::fillFts(db, table.name.constData());
        }
    }
    closeMemory();
    if (qEnvironmentVariableIsSet("DALIL_SEARCH_PROFILE")) {
        std::fprintf(stderr,
                     "search fts aside: %d tables built in %.0f ms CPU (their thread), %d rebuilt here in "
                     "%lld ms wall, waited %lld ms, copied in %lld ms wall\n",
                     copied, m_buildCpuMs, int(count - claimed), rebuiltMs, waitedMs,
                     qint64(clock.elapsed()));
    }
    return copied;
}

bool SearchFtsPrebuild::copy(Database& db, const Table& table)
{
    sqlite3* catalogue = db.handle();
    db.execute("SAVEPOINT search_fts_prebuilt");
    try {
        for (const char* suffix : kShadows) {
            const QByteArray shadow = table.name + suffix;
            const bool built = hasTable(m_memory, shadow);
            if (built != hasTable(catalogue, shadow)) {
                throw DbError(QStringLiteral("%1 differs").arg(QString::fromUtf8(shadow)));
            }
            if (!built) {
                continue;
            }
            // Shadow tables are written directly, which SQLite allows unless the connection is in
            // defensive mode (then this fails, and the table is rebuilt).
            db.execute(("DELETE FROM main." + quoted(shadow)).constData());
            Statement read = prepare(m_memory, "SELECT * FROM " + quoted(shadow));
            const int count = sqlite3_column_count(read.get());
            QByteArray values = "?";
            for (int i = 1; i < count; ++i) {
                values += ", ?";
            }
            Statement write =
                prepare(catalogue, "INSERT INTO main." + quoted(shadow) + " VALUES (" + values + ")");
            int rc = SQLITE_OK;
            while ((rc = sqlite3_step(read.get())) == SQLITE_ROW) {
                for (int i = 0; i < count; ++i) {
                    sqlite3_bind_value(write.get(), i + 1, sqlite3_column_value(read.get(), i));
                }
                if (sqlite3_step(write.get()) != SQLITE_DONE) {
                    fail(catalogue);
                }
                sqlite3_reset(write.get());
            }
            if (rc != SQLITE_DONE) {
                fail(m_memory);
            }
        }
        // As fillFts() leaves it. This also moves the structure record's cookie on from the one the
        // catalogue's connection last knew (FTS5 read nothing of the table since clear() emptied
        // it, so it holds none of its old pages or structure).
        const QByteArray name = quoted(table.name);
        db.statement(("INSERT INTO " + name + " (" + name + ", rank) VALUES ('hashsize', ?)").constData())
            .bind(1, SearchIndexRebuild::kHashSize)
            .exec();
        db.execute("RELEASE search_fts_prebuilt");
    } catch (const DbError&) {
        db.execute("ROLLBACK TO search_fts_prebuilt");
        db.execute("RELEASE search_fts_prebuilt");
        return false;
    }
    return true;
}

void SearchFtsPrebuild::closeMemory()
{
    if (m_memory != nullptr) {
        sqlite3_close_v2(m_memory);
        m_memory = nullptr;
    }
}

} // namespace dalil
