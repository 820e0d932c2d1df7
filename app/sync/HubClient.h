#pragma once

#include "catalogue/RecordTable.h"
#include "sync/HubAddress.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QSqlError;
class QSqlQuery;

namespace dalil {

struct TableSpec;

// One connection to a hub over Qt's QPSQL driver. Every method returns an error message for the
// user (empty on success) and never throws; the connection belongs to the thread that opened it.
// The hub's SQL lives here and in HubSchema; nothing here touches the local catalogue.
class HubClient
{
public:
    explicit HubClient(HubAddress address);
    ~HubClient();
    HubClient(const HubClient&) = delete;
    HubClient& operator=(const HubClient&) = delete;

    const HubAddress& address() const { return m_address; }
    QString open();
    void close();
    bool isOpen() const;

    struct Info
    {
        bool initialised = false;
        int schemaVersion = 0;
        QString catalogueId;
        QString user;
        QString role; // "editor", "reader", "admin", or empty for a login that is no hub account
        QString workspace;
    };
    QString readInfo(Info* info);

    // Administration (a PostgreSQL user allowed to create roles, e.g. the database owner).
    QString initialise(const QString& catalogueId);
    // After initialise(): whether the hub got PostGIS geometry on offices (HubSchema::postgisScript).
    bool hasPostgis() const { return m_postgis; }
    QString addUser(const QString& name, const QString& password, const QString& workspace,
                    const QString& role);

    QString begin();
    QString commit();
    void rollback();

    struct PushVerdict
    {
        QString id;
        QString outcome;                   // accepted, same, stale, refused
        std::optional<QJsonObject> lost;   // the hub's version this push overwrote, if concurrent
        std::optional<QJsonObject> hubRow; // for a refused row: the hub's version, if any
    };
    // Sends one batch of rows of one table (within begin()/commit()).
    QString push(const TableSpec& spec, const QList<QJsonObject>& rows, QList<PushVerdict>* verdicts);
    QString existingIds(const TableSpec& spec, const QStringList& ids, QSet<QString>* out);

    // The end of the next page of changes after `after` holding about `pageSize` writes; equal to
    // `after` when there is nothing new.
    QString pageEnd(qint64 after, int pageSize, qint64* end);
    QString lastSeq(qint64* seq);
    // The highest seq among the rows of these tables (0 when they have none).
    QString lastSeqOf(const std::vector<const TableSpec*>& specs, qint64* seq);
    QString fetchRange(const TableSpec& spec, qint64 after, qint64 upTo, QList<QJsonObject>* rows);
    // A row as the hub sent it: UTF-8 fields in selectList order, valid during the visit.
    struct TextRow
    {
        const TableSpec* spec = nullptr;
        std::vector<RecordTable::TextField> fields;
        QJsonObject toRecord() const; // as fetchRange gives it
    };
    // The same rows as fetchRange, streamed with COPY in text form straight from libpq (what a large
    // pull spends its time on): each row goes to `visit` as soon as it arrives. An exception thrown
    // by `visit` ends the copy (the rest is read and dropped, so the connection stays usable) and
    // is passed on.
    QString copyRange(const TableSpec& spec, qint64 after, qint64 upTo,
                      const std::function<void(const TextRow&)>& visit);
    // The same rows as raw COPY text lines (not split, not unescaped), for a reader on another
    // thread (PagePrefetcher). `visit` may change the line in place; returning false drops the rest.
    QString copyLines(const TableSpec& spec, qint64 after, qint64 upTo,
                      const std::function<bool(char* line, int length)>& visit);
    // The error for a COPY line of `spec` that does not have the fields this version expects.
    QString unreadableRow(const TableSpec& spec) const;
    // How many rows (of every table, tombstones included) have a seq above `after`: what a pull
    // from there will receive, barring writes meanwhile.
    QString countRows(qint64 after, qint64* rows);
    QString fetchByIds(const TableSpec& spec, const QStringList& ids, QList<QJsonObject>* rows);

    // Runs one statement as it is (tests and administration); returns the first column of each row.
    QString execute(const QString& sql, QStringList* firstColumn = nullptr);

private:
    // The fault in the user's language, from the server's SQLSTATE where known (its message is in
    // the server's own language), else from libpq's message (in English: see HubClient.cpp).
    // `unknown`, when given, is set when neither told what the fault is. `connecting` says the
    // server refused the connection itself (a right to connect or sign in, not to change rows).
    QString describe(const QString& driverText, const QString& sqlState = {}, bool* unknown = nullptr,
                     bool connecting = false) const;
    QString describe(const QSqlError& error) const;
    // The same for a connection that could not be opened.
    QString describeRefusal(const QSqlError& error) const;
    // The SQLSTATE of the server's refusal of a connection, from one more attempt by libpq itself;
    // empty when the server gave none (a fault on the way to it).
    QString refusalCode() const;
    void addPostgis(QSqlQuery& query);
    QString m_connectionName;
    HubAddress m_address;
    bool m_inTransaction = false;
    bool m_postgis = false;
};

} // namespace dalil
