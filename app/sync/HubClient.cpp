#include "sync/HubClient.h"

#include "catalogue/TableSpec.h"
#include "sync/CopyText.h"
#include "sync/HubSchema.h"
#include "sync/LibPq.h"

#include <QAtomicInteger>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <libpq-fe.h>

#include <clocale>
#include <cstring>
#include <exception>

#include <locale.h>
#include <vector>

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::HubClient", text);
}

QAtomicInteger<int> s_connectionCounter;

// libpq's own messages (and the system's, such as "Connection refused", that it quotes) are
// translated by gettext into the language of the user's locale where its translations are installed
// (libpq5 ships French and others). describe() tells an unreachable hub from a refused password by
// those messages, so while a HubClient lives, its thread makes them in the C locale; the user then
// gets describe()'s own translated sentence, not the generic one with a text it could not read.
// Counted per thread: the first client of a thread switches, its last one switches back, in
// whatever order they end (a HubClient is made, used and destroyed on one thread).
thread_local int t_clients = 0;
thread_local locale_t t_previousLocale = nullptr;

locale_t cMessagesLocale()
{
    static const locale_t locale = [] {
        const locale_t global = duplocale(LC_GLOBAL_LOCALE);
        const locale_t made = global ? newlocale(LC_MESSAGES_MASK, "C", global) : nullptr;
        if (!made && global) {
            freelocale(global);
        }
        return made;
    }();
    return locale;
}

void enterCMessages()
{
    if (t_clients++ == 0) {
        const locale_t c = cMessagesLocale();
        t_previousLocale = c ? uselocale(c) : nullptr;
    }
}

void leaveCMessages()
{
    if (--t_clients == 0 && t_previousLocale) {
        uselocale(t_previousLocale);
        t_previousLocale = nullptr;
    }
}

QJsonObject rowFromQuery(const QSqlQuery& query, const TableSpec& spec)
{
    QJsonObject out;
    out.insert(QStringLiteral("id"), query.value(0).toString());
    out.insert(QStringLiteral("rev"), query.value(1).toString());
    out.insert(QStringLiteral("updated_at"), query.value(2).toString());
    out.insert(QStringLiteral("deleted"), query.value(3).toBool());
    const QVariant base = query.value(4);
    out.insert(QStringLiteral("base_rev"), base.isNull() ? QJsonValue() : QJsonValue(base.toString()));
    int index = 5;
    for (const Column& c : spec.columns) {
        const QVariant value = query.value(index++);
        const QString name = QLatin1String(c.name);
        if (value.isNull()) {
            out.insert(name, c.type == ColumnType::List ? QJsonValue(QJsonArray()) : QJsonValue());
            continue;
        }
        switch (c.type) {
        case ColumnType::Integer:
            out.insert(name, value.toLongLong());
            break;
        case ColumnType::Real:
            out.insert(name, value.toDouble());
            break;
        case ColumnType::Bool:
            out.insert(name, value.toBool());
            break;
        case ColumnType::List:
            out.insert(name, QJsonDocument::fromJson(value.toString().toUtf8()).array());
            break;
        case ColumnType::Text:
        case ColumnType::Reference:
            out.insert(name, value.toString());
            break;
        }
    }
    return out;
}

// The hub's JSON form of a row (to_jsonb) is already keyed like a local record.
std::optional<QJsonObject> jsonColumn(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// The libpq connection under Qt's QPSQL driver, for what QSqlQuery cannot do (COPY).
PGconn* pgConnection(const QString& connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.isOpen()) {
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    // Registered by the driver as PGconn* or, normalised, pg_conn*.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)) {
        return nullptr;
    }
    return *static_cast<PGconn* const*>(handle.constData());
}

} // namespace

QJsonObject HubClient::TextRow::toRecord() const
{
    auto text = [&](int i) { return QString::fromUtf8(fields[size_t(i)].data, fields[size_t(i)].size); };
    QJsonObject out;
    out.insert(QStringLiteral("id"), text(0));
    out.insert(QStringLiteral("rev"), text(1));
    out.insert(QStringLiteral("updated_at"), text(2));
    out.insert(QStringLiteral("deleted"), fields[3].size == 1 && fields[3].data[0] == 't');
    out.insert(QStringLiteral("base_rev"), fields[4].data ? QJsonValue(text(4)) : QJsonValue());
    int index = 5;
    for (const Column& c : spec->columns) {
        const RecordTable::TextField& field = fields[size_t(index)];
        const QString name = QLatin1String(c.name);
        const QByteArray bytes = QByteArray::fromRawData(field.data, field.size);
        if (!field.data) {
            out.insert(name, c.type == ColumnType::List ? QJsonValue(QJsonArray()) : QJsonValue());
        } else {
            switch (c.type) {
            case ColumnType::Integer:
                out.insert(name, bytes.toLongLong());
                break;
            case ColumnType::Real:
                out.insert(name, bytes.toDouble()); // the C locale, whatever the user's is
                break;
            case ColumnType::Bool:
                out.insert(name, field.size == 1 && field.data[0] == 't');
                break;
            case ColumnType::List:
                out.insert(name, QJsonDocument::fromJson(bytes).array());
                break;
            case ColumnType::Text:
            case ColumnType::Reference:
                out.insert(name, text(index));
                break;
            }
        }
        ++index;
    }
    return out;
}

HubClient::HubClient(HubAddress address)
    : m_connectionName(QStringLiteral("dalil-hub-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
    , m_address(std::move(address))
{
    enterCMessages();
}

HubClient::~HubClient()
{
    close();
    leaveCMessages();
}

bool HubClient::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString HubClient::open()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return tr("the PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql), so "
                  "Dalil cannot reach a hub");
    }
    if (QString missing; !LibPq::load(&missing)) {
        return missing;
    }
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(m_address.host);
    db.setPort(m_address.port);
    db.setDatabaseName(m_address.database);
    db.setUserName(m_address.user);
    if (!m_address.password.isEmpty()) {
        db.setPassword(m_address.password);
    }
    QStringList options;
    for (auto it = m_address.options.begin(); it != m_address.options.end(); ++it) {
        options.append(it.key() + QLatin1Char('=') + it.value());
    }
    options.append(QStringLiteral("application_name=dalil"));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString error = describeRefusal(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return error;
    }
    QSqlQuery setup(db);
    setup.exec(QStringLiteral("SET client_min_messages = warning"));
    return {};
}

void HubClient::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString HubClient::execute(const QString& sql, QStringList* firstColumn)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        return describe(query.lastError());
    }
    if (firstColumn) {
        while (query.next()) {
            firstColumn->append(query.value(0).toString());
        }
    }
    return {};
}

QString HubClient::readInfo(Info* info)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                   "c.relnamespace WHERE n.nspname = 'dalil' AND c.relname = 'hub_meta')")) ||
        !query.next()) {
        return describe(query.lastError());
    }
    info->initialised = query.value(0).toBool();
    info->user = m_address.user;
    if (!info->initialised) {
        return {};
    }
    if (!query.exec(
            QStringLiteral("SELECT (SELECT value FROM dalil.hub_meta WHERE key = 'schema_version'), "
                           "(SELECT value FROM dalil.hub_meta WHERE key = 'catalogue_id'), dalil.my_role(), "
                           "dalil.my_workspace(), dalil.is_admin()")) ||
        !query.next()) {
        if (query.lastError().nativeErrorCode() == QLatin1String("42501")) {
            return {}; // a login that is no hub account: the caller says so
        }
        return describe(query.lastError());
    }
    info->schemaVersion = query.value(0).toInt();
    info->catalogueId = query.value(1).toString();
    info->role = query.value(2).toString();
    info->workspace = query.value(3).toString();
    if (info->role.isEmpty() && query.value(4).toBool()) {
        info->role = QStringLiteral("admin");
    }
    return {};
}

QString HubClient::initialise(const QString& catalogueId)
{
    Info info;
    if (QString error = readInfo(&info); !error.isEmpty()) {
        return error;
    }
    if (info.initialised) {
        return tr("%1 is already a Dalil hub (format %2); nothing was changed")
            .arg(m_address.display())
            .arg(info.schemaVersion);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (QString error = begin(); !error.isEmpty()) {
        return error;
    }
    QSqlQuery query(db);
    // One statement at a time: QPSQL reads only the first result of a multi-statement query.
    for (const QByteArray& statement : HubSchema::statements(HubSchema::createScript())) {
        if (!query.exec(QString::fromUtf8(statement))) {
            const QString error = describe(query.lastError());
            rollback();
            return error;
        }
    }
    addPostgis(query);
    query.prepare(QStringLiteral("INSERT INTO dalil.hub_meta (key, value) VALUES ('catalogue_id', ?)"));
    query.addBindValue(catalogueId);
    if (!query.exec()) {
        const QString error = describe(query.lastError());
        rollback();
        return error;
    }
    return commit();
}

void HubClient::addPostgis(QSqlQuery& query)
{
    // Optional: a server without PostGIS, or an administrator who may not create the extension,
    // gets a hub without the geometry column (and nothing else changes).
    if (!query.exec(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'postgis')")) ||
        !query.next() || !query.value(0).toBool()) {
        m_postgis = false;
        return;
    }
    query.exec(QStringLiteral("SAVEPOINT dalil_postgis"));
    m_postgis = true;
    for (const QByteArray& statement : HubSchema::statements(HubSchema::postgisScript())) {
        if (!query.exec(QString::fromUtf8(statement))) {
            m_postgis = false;
            break;
        }
    }
    query.exec(m_postgis ? QStringLiteral("RELEASE SAVEPOINT dalil_postgis")
                         : QStringLiteral("ROLLBACK TO SAVEPOINT dalil_postgis"));
}

QString HubClient::addUser(const QString& name, const QString& password, const QString& workspace,
                           const QString& role)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT dalil.add_user(?, ?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(password);
    query.addBindValue(workspace);
    query.addBindValue(role);
    if (!query.exec()) {
        return describe(query.lastError());
    }
    return {};
}

QString HubClient::begin()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        return describe(db.lastError());
    }
    m_inTransaction = true;
    return {};
}

QString HubClient::commit()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    m_inTransaction = false;
    if (!db.commit()) {
        const QString error = describe(db.lastError());
        if (db.driver()->isOpen()) {
            db.rollback();
        }
        return error;
    }
    return {};
}

void HubClient::rollback()
{
    if (m_inTransaction) {
        m_inTransaction = false;
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen() && db.driver()->isOpen()) {
            db.rollback();
        }
    }
}

QString HubClient::push(const TableSpec& spec, const QList<QJsonObject>& rows, QList<PushVerdict>* verdicts)
{
    QJsonArray array;
    for (QJsonObject row : rows) {
        row.remove(QStringLiteral("dirty"));
        array.append(row);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT row_id, outcome, lost::text, hub_row::text FROM dalil.push_%1(?::jsonb)")
            .arg(QLatin1String(spec.table)));
    query.addBindValue(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        const QString error = describe(query.lastError());
        rollback(); // before the statement is freed, which an aborted transaction would refuse
        return error;
    }
    while (query.next()) {
        PushVerdict verdict;
        verdict.id = query.value(0).toString();
        verdict.outcome = query.value(1).toString();
        verdict.lost = jsonColumn(query.value(2));
        verdict.hubRow = jsonColumn(query.value(3));
        verdicts->append(verdict);
    }
    return {};
}

QString HubClient::existingIds(const TableSpec& spec, const QStringList& ids, QSet<QString>* out)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id FROM dalil.%1 WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))")
            .arg(QLatin1String(spec.table)));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        return describe(query.lastError());
    }
    while (query.next()) {
        out->insert(query.value(0).toString());
    }
    return {};
}

QString HubClient::pageEnd(qint64 after, int pageSize, qint64* end)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT coalesce(max(seq), ?) FROM (SELECT seq FROM dalil.history WHERE seq > ? "
                       "ORDER BY seq LIMIT ?) page"));
    query.addBindValue(after);
    query.addBindValue(after);
    query.addBindValue(pageSize);
    if (!query.exec() || !query.next()) {
        return describe(query.lastError());
    }
    *end = query.value(0).toLongLong();
    return {};
}

QString HubClient::lastSeq(qint64* seq)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM dalil.history")) || !query.next()) {
        return describe(query.lastError());
    }
    *seq = query.value(0).toLongLong();
    return {};
}

QString HubClient::lastSeqOf(const std::vector<const TableSpec*>& specs, qint64* seq)
{
    // Table names from TableSpec only: nothing user-supplied in the statement.
    QByteArray sql = "SELECT greatest(0";
    for (const TableSpec* spec : specs) {
        sql += QByteArray(", (SELECT max(seq) FROM dalil.") + spec->table + ")";
    }
    sql += ")";
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QString::fromLatin1(sql)) || !query.next()) {
        return describe(query.lastError());
    }
    *seq = query.value(0).toLongLong();
    return {};
}

QString HubClient::fetchRange(const TableSpec& spec, qint64 after, qint64 upTo, QList<QJsonObject>* rows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM dalil.%2 WHERE seq > ? AND seq <= ? ORDER BY seq")
                      .arg(QString::fromLatin1(HubSchema::selectList(spec)), QLatin1String(spec.table)));
    query.addBindValue(after);
    query.addBindValue(upTo);
    if (!query.exec()) {
        return describe(query.lastError());
    }
    while (query.next()) {
        rows->append(rowFromQuery(query, spec));
    }
    if (query.lastError().isValid()) {
        return describe(query.lastError());
    }
    return {};
}

QString HubClient::copyLines(const TableSpec& spec, qint64 after, qint64 upTo,
                             const std::function<bool(char* line, int length)>& visit)
{
    PGconn* connection = pgConnection(m_connectionName);
    if (!connection) {
        return describe(QStringLiteral("no connection to the server"));
    }
    // Whole numbers, so nothing user-supplied is spliced into the statement.
    const QByteArray sql = "COPY (SELECT " + HubSchema::selectList(spec) + " FROM dalil." + spec.table +
                           " WHERE seq > " + QByteArray::number(after) +
                           " AND seq <= " + QByteArray::number(upTo) + ") TO STDOUT";
    PGresult* started = PQexec(connection, sql.constData());
    const ExecStatusType status = PQresultStatus(started);
    if (status != PGRES_COPY_OUT) {
        const QString error = describe(QString::fromUtf8(PQresultErrorMessage(started)) + QLatin1Char(' ') +
                                           QString::fromUtf8(PQerrorMessage(connection)),
                                       QString::fromLatin1(PQresultErrorField(started, PG_DIAG_SQLSTATE)));
        PQclear(started);
        return error;
    }
    PQclear(started);
    bool wanted = true;
    for (;;) {
        char* buffer = nullptr;
        const int length = PQgetCopyData(connection, &buffer, 0);
        if (length < 0) {
            break; // -1: the end; -2: an error, reported by the result below
        }
        // After a refusal the rest is read and dropped, so the connection stays usable.
        wanted = wanted && visit(buffer, length);
        PQfreemem(buffer);
    }
    QString error;
    while (PGresult* result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty()) {
            error = describe(QString::fromUtf8(PQresultErrorMessage(result)) + QLatin1Char(' ') +
                                 QString::fromUtf8(PQerrorMessage(connection)),
                             QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)));
        }
        PQclear(result);
    }
    if (PQstatus(connection) != CONNECTION_OK && error.isEmpty()) {
        error = describe(QString::fromUtf8(PQerrorMessage(connection)));
    }
    return error;
}

QString HubClient::copyRange(const TableSpec& spec, qint64 after, qint64 upTo,
                             const std::function<void(const TextRow&)>& visit)
{
    std::exception_ptr thrown;
    QString malformed;
    TextRow row;
    row.spec = &spec;
    const int fieldCount = 5 + int(spec.columns.size());
    const QString error = copyLines(spec, after, upTo, [&](char* line, int length) {
        if (!CopyText::splitLine(line, length, fieldCount, row.fields)) {
            malformed = unreadableRow(spec);
            return false;
        }
        try {
            visit(row);
        } catch (...) {
            thrown = std::current_exception();
            return false;
        }
        return true;
    });
    if (thrown) {
        std::rethrow_exception(thrown);
    }
    return error.isEmpty() ? malformed : error;
}

QString HubClient::unreadableRow(const TableSpec& spec) const
{
    return tr("the hub %1 sent a row of %2 this version of Dalil cannot read")
        .arg(m_address.display(), QLatin1String(spec.table));
}

QString HubClient::countRows(qint64 after, qint64* rows)
{
    QByteArray sql = "SELECT 0";
    for (const TableSpec* spec : tables::all()) {
        sql += QByteArray(" + (SELECT count(*) FROM dalil.") + spec->table + " WHERE seq > ?)";
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(sql));
    for (size_t i = 0; i < tables::all().size(); ++i) {
        query.addBindValue(after);
    }
    if (!query.exec() || !query.next()) {
        return describe(query.lastError());
    }
    *rows = query.value(0).toLongLong();
    return {};
}

QString HubClient::fetchByIds(const TableSpec& spec, const QStringList& ids, QList<QJsonObject>* rows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM dalil.%2 WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))")
            .arg(QString::fromLatin1(HubSchema::selectList(spec)), QLatin1String(spec.table)));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        return describe(query.lastError());
    }
    while (query.next()) {
        rows->append(rowFromQuery(query, spec));
    }
    return {};
}

} // namespace dalil
