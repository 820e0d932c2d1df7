#include "sync/LibPq.h"

#include <QByteArray>
#include <QCoreApplication>

#include <dlfcn.h>

// The stand-ins are hidden: the executable defines them for its own calls only, and Qt's QPSQL
// driver (loaded later, linked to libpq itself) keeps binding to the real functions.
#pragma GCC visibility push(hidden)
#include <libpq-fe.h>
#pragma GCC visibility pop

namespace dalil {

namespace {

struct Library
{
    void* handle = nullptr;
    QString error;
    QByteArray errorUtf8; // what the stand-ins return as libpq's error text when it is missing
};

const Library& library()
{
    // Thread-safe once: a pull's reader thread may be the first to call.
    static const Library loaded = [] {
        Library library;
        library.handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
        if (!library.handle) {
            library.error =
                QCoreApplication::translate(
                    "dalil::LibPq", "the PostgreSQL client library could not be loaded (%1); install the "
                                    "Debian package libpq5 to reach a hub")
                    .arg(QString::fromLocal8Bit(dlerror()));
            library.errorUtf8 = library.error.toUtf8();
        }
        return library;
    }();
    return loaded;
}

template <typename Function> Function* resolve(const char* name)
{
    const Library& loaded = library();
    return loaded.handle ? reinterpret_cast<Function*>(dlsym(loaded.handle, name)) : nullptr;
}

char* missingText()
{
    return const_cast<char*>(library().errorUtf8.constData());
}

} // namespace

bool LibPq::load(QString* error)
{
    const Library& loaded = library();
    if (error) {
        *error = loaded.error;
    }
    return loaded.handle != nullptr;
}

bool LibPq::isLoaded()
{
    void* handle = dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD);
    if (handle) {
        dlclose(handle);
    }
    return handle != nullptr;
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
