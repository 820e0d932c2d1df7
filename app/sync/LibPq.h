#pragma once

#include <QString>

namespace dalil {

// libpq (the PostgreSQL client library) is loaded when the hub is first used, not when Dalil starts:
// linked directly, it and what it links (LDAP, Kerberos, GnuTLS...) cost the dynamic loader a good
// part of the window's start-up. LibPq.cpp defines the libpq functions Dalil calls (those of
// <libpq-fe.h>, same names and types) as stand-ins that load libpq.so.5 on first use and pass the
// call on; code keeps calling PQexec() etc. as usual. A libpq function used for the first time
// needs its stand-in there (the link fails until it has one).
class LibPq
{
public:
    // Loads libpq.so.5 (once); false with a message in the UI language when it is missing.
    static bool load(QString* error = nullptr);
    // Whether this process has loaded libpq (tests: nothing but the hub loads it).
    static bool isLoaded();
};

} // namespace dalil
