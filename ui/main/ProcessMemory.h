#pragma once

namespace dalil {

// How the desktop process uses memory on a large catalogue. Loading a million organisations goes
// through big temporary arrays (rows read, sort scratch, a superseded index); the C library keeps
// what they freed unless told otherwise, and the resident set would stay at its loading peak.
class ProcessMemory
{
public:
    // Once at start: big blocks straight from the system (returned the moment they are freed),
    // small SQLite page caches for the several connections the application holds.
    static void configure();
    // After a large load has settled: hands freed memory back to the system.
    static void giveBack();
};

} // namespace dalil
