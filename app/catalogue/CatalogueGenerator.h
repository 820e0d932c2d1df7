#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

namespace dalil {

class Catalogue;

// Synthetic catalogues of any size for tests and benchmarks (DESIGN.md "Catalogue"): organisations
// with realistic Arabic and Latin names, 1–3 offices at real MENA city coordinates chosen by
// population, sectors, generic contacts, partnerships, and networks with members.
//
// Deterministic: the same seed gives byte-identical rows (ids and revisions included) in every table
// the generator writes, on every machine. Ids are UUIDv7-shaped — a fixed base time plus a serial,
// then bits mixed from (seed, table, serial) — so that rows arrive in primary-key order and the
// B-trees only ever append. Revisions are hybrid-logical-clock texts from that same fixed base time
// (2026-01-01T00:00:00Z) on a node id derived from the seed, never from the wall clock.
//
// The generator writes rows with SQL straight into the schema of Migrations.cpp and maintains
// nothing else: a search index (app/search) must notice that the catalogue changed under it and
// rebuild (every generated row has dirty = 1 and source = "generated"; fill() runs inside
// Database::transaction(), so commit hooks registered on that Database do run once at the end).
class CatalogueGenerator
{
public:
    static constexpr qint64 kMaxOrganisations = 10000000;

    struct Options
    {
        qint64 organisations = 0;
        quint64 seed = 1;
        // Called now and then with the organisations written so far (for a progress line).
        std::function<void(qint64 done, qint64 total)> progress;
    };

    struct Counts
    {
        qint64 organisations = 0;
        qint64 networks = 0; // included in organisations
        qint64 locations = 0;
        qint64 contacts = 0;
        qint64 partnerships = 0;
        qint64 memberships = 0;
    };

    struct Result
    {
        Counts counts;
        QString error; // one line naming the file and the problem; empty on success
    };

    // Adds the generated records to an open catalogue in one transaction: all of them or none.
    // Fills the vocabularies first when the catalogue has none.
    static Result fill(Catalogue& catalogue, const Options& options);

    // Writes a new catalogue at `path` (which must not exist). The file is built as
    // `path + ".generating"` without a rollback journal (nothing there to protect yet, and twice as
    // fast), switched back to WAL, flushed to disk and renamed: `path` appears complete or not at
    // all. A leftover ".generating" file from a killed run is removed by the next run.
    static Result createAt(const QString& path, const Options& options);
};

} // namespace dalil
