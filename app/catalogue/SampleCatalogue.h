#pragma once

#include "catalogue/Catalogue.h"

#include <QString>

#include <memory>

namespace dalil {

// The catalogue shipped in resources: real MENA organisations, funding, resources and events from
// public facts (resources/sample/catalogue.json), and the ar/en/fr vocabularies.
class SampleCatalogue
{
public:
    using OpenResult = Catalogue::OpenResult;

    // Opens the user's catalogue; on first use writes the sample there (the folder is created).
    // `threading` as for Database::open (a catalogue made from the sample just now is shared).
    static OpenResult openDefault(const QString& path,
                                  Database::Threading threading = Database::Threading::Shared);
    // Writes a new catalogue at `path` filled with the sample. Built in a temporary file and renamed,
    // so an interrupted first run never leaves half a catalogue behind.
    static OpenResult createAt(const QString& path);

    // The revision and date of every vocabulary row as shipped: the lowest revision there is, the
    // same on every machine, and clean (not dirty). Every client so holds identical shipped rows and
    // none pushes them; any version from a hub or an edit is newer and wins over them.
    static const QString& shippedRevision();
    static const QString& shippedTime();

    // Fill an open catalogue; both return an error message or an empty string.
    // loadVocabularies adds the shipped rows the catalogue lacks and leaves the others as they are
    // (edited, pulled from a hub, or shipped before).
    static QString loadVocabularies(Catalogue& catalogue);
    static QString loadSample(Catalogue& catalogue);

    // Stable id for a sample record, so the sample's ids are the same on every machine.
    static QString idFor(const QString& kind, const QString& key);
};

} // namespace dalil
