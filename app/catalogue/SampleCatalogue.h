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
    static OpenResult openDefault(const QString& path);
    // Writes a new catalogue at `path` filled with the sample. Built in a temporary file and renamed,
    // so an interrupted first run never leaves half a catalogue behind.
    static OpenResult createAt(const QString& path);

    // Fills an open catalogue; both return an error message or an empty string.
    static QString loadVocabularies(Catalogue& catalogue);
    static QString loadSample(Catalogue& catalogue);

    // Stable id for a sample record, so the sample's ids are the same on every machine.
    static QString idFor(const QString& kind, const QString& key);
};

} // namespace dalil
