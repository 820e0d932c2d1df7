#include "sync/LibPq.h"

#include "catalogue/LazyLibrary.h"

#include <QCoreApplication>

// The stand-ins are hidden: the executable defines them for its own calls only, and Qt's QPSQL
// driver (loaded later, linked to libpq itself) keeps binding to the real functions.
#pragma GCC visibility push(hidden)
#include <libpq-fe.h>
#pragma GCC visibility pop

namespace dalil {

namespace {

QString missingMessage(const QString& loaderError)
{
    return QCoreApplication::translate("dalil::LibPq",
                                       "the PostgreSQL client library could not be loaded (%1); install the "
                                       "Debian package libpq5 to reach a hub")
        .arg(loaderError);
}

const LazyLibrary& library()
{
    static const LazyLibrary libpq("libpq.so.5", &missingMessage);
    return libpq;
}

template <typename Function> Function* resolve(const char* name)
{
    return library().resolve<Function>(name);
}

char* missingText()
{
    return library().errorText();
}

} // namespace

bool LibPq::load(QString* error)
{
    return library().load(error);
}

bool LibPq::isLoaded()
{
    return library().isLoaded();
}

} // namespace dalil

// The stand-ins, typed after <libpq-fe.h>. Without libpq each answers as libpq does for a broken
// connection, with the loading error as its message.
using dalil::resolve;

PGresult* PQexec(PGconn* conn, const char* query)
{
    static auto* const real = resolve<decltype(::PQexec)>("PQexec");
    return real ? real(conn, query) : nullptr;
}

ExecStatusType PQresultStatus(const PGresult* res)
{
    static auto* const real = resolve<decltype(::PQresultStatus)>("PQresultStatus");
    return real ? real(res) : PGRES_FATAL_ERROR;
}

char* PQresultErrorMessage(const PGresult* res)
{
    static auto* const real = resolve<decltype(::PQresultErrorMessage)>("PQresultErrorMessage");
    return real ? real(res) : dalil::missingText();
}

char* PQerrorMessage(const PGconn* conn)
{
    static auto* const real = resolve<decltype(::PQerrorMessage)>("PQerrorMessage");
    return real ? real(conn) : dalil::missingText();
}

void PQclear(PGresult* res)
{
    static auto* const real = resolve<decltype(::PQclear)>("PQclear");
    if (real) {
        real(res);
    }
}

int PQgetCopyData(PGconn* conn, char** buffer, int async)
{
    static auto* const real = resolve<decltype(::PQgetCopyData)>("PQgetCopyData");
    return real ? real(conn, buffer, async) : -2;
}

void PQfreemem(void* ptr)
{
    static auto* const real = resolve<decltype(::PQfreemem)>("PQfreemem");
    if (real) {
        real(ptr);
    }
}

PGresult* PQgetResult(PGconn* conn)
{
    static auto* const real = resolve<decltype(::PQgetResult)>("PQgetResult");
    return real ? real(conn) : nullptr;
}

ConnStatusType PQstatus(const PGconn* conn)
{
    static auto* const real = resolve<decltype(::PQstatus)>("PQstatus");
    return real ? real(conn) : CONNECTION_BAD;
}

PGconn* PQconnectStartParams(const char* const* keywords, const char* const* values, int expand_dbname)
{
    static auto* const real = resolve<decltype(::PQconnectStartParams)>("PQconnectStartParams");
    return real ? real(keywords, values, expand_dbname) : nullptr;
}

PostgresPollingStatusType PQconnectPoll(PGconn* conn)
{
    static auto* const real = resolve<decltype(::PQconnectPoll)>("PQconnectPoll");
    return real ? real(conn) : PGRES_POLLING_FAILED;
}

int PQsocket(const PGconn* conn)
{
    static auto* const real = resolve<decltype(::PQsocket)>("PQsocket");
    return real ? real(conn) : -1;
}

PGVerbosity PQsetErrorVerbosity(PGconn* conn, PGVerbosity verbosity)
{
    static auto* const real = resolve<decltype(::PQsetErrorVerbosity)>("PQsetErrorVerbosity");
    return real ? real(conn, verbosity) : verbosity;
}

void PQfinish(PGconn* conn)
{
    static auto* const real = resolve<decltype(::PQfinish)>("PQfinish");
    if (real) {
        real(conn);
    }
}

char* PQresultErrorField(const PGresult* res, int fieldcode)
{
    static auto* const real = resolve<decltype(::PQresultErrorField)>("PQresultErrorField");
    return real ? real(res, fieldcode) : nullptr;
}
