#pragma once

#include "catalogue/RecordTable.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace dalil {

class Catalogue;
struct TableSpec;

// The change format shared by hub sync and bundles: a row exactly as RecordTable::findSyncRow
// gives it (id, rev, updated_at, deleted, base_rev and the data fields), per table. Changes
// applies incoming rows to the local catalogue by the one rule of DESIGN.md "Sync": the higher
// revision (hybrid logical clock) wins; a local edit that loses, or (from a bundle) an incoming
// edit that loses, is kept in `conflict` unless the winner was made from it.
// Call apply() inside one Database transaction; it throws DbError if SQLite refuses.
class Changes
{
public:
    enum class Source
    {
        Hub,   // rows pulled from the hub: applied clean (the hub has them)
        Bundle // rows from a bundle: applied dirty, so this replica relays them to its hub
    };

    struct Counts
    {
        qint64 inserted = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 conflicts = 0;
    };

    Changes(Catalogue& catalogue, Source source);

    void apply(const TableSpec& spec, const QJsonObject& incoming);
    // The fast path of a large pull (hub rows only): a row this catalogue does not have is written
    // straight from the hub's text, with nothing to decide. Returns false, writing nothing, when
    // the row is here already: then apply() must judge it. Call finish() before the commit.
    bool insertNew(const TableSpec& spec, const RecordTable::TextField* fields);
    // In a bulk load that set the numbering triggers aside (BulkLoad::Numbering::SetAside), the rows
    // apply() adds get their change numbers from finish() instead of the trigger.
    void setNumberingSetAside(bool on) { m_numberingSetAside = on; }
    // Moves the clock past the newest revision insertNew() wrote, and numbers what apply() added
    // while the numbering was set aside.
    void finish();
    const Counts& counts() const { return m_counts; }

    // True when two versions of a row hold the same data (and the same deleted state).
    static bool sameContent(const TableSpec& spec, const QJsonObject& a, const QJsonObject& b);
    // A contact marked private, in the form the hub may keep: a tombstone without the person.
    static QJsonObject redactedContact(const QJsonObject& contact);
    // The origin name stored in conflict.origin.
    QString originName() const;

private:
    Catalogue& m_catalogue;
    Source m_source;
    Counts m_counts;
    // Per table, while only insertNew() writes it: its repository (looked up by name otherwise, a
    // string per row) and the change number given last.
    struct Inserting
    {
        RecordTable* table = nullptr;
        qint64 lastChange = 0;
    };
    QHash<const TableSpec*, Inserting> m_lastChange;
    QByteArray m_newestRevision;
    bool m_numberingSetAside = false;
    QList<QPair<const TableSpec*, QString>> m_unnumbered; // added by apply(), numbered by finish()
};

} // namespace dalil
