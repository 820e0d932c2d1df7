#pragma once

#include "catalogue/CatalogueGenerator.h"
#include "catalogue/GeneratedRows.h"
#include "catalogue/GeneratorPlaces.h"
#include "catalogue/GeneratorRandom.h"
#include "catalogue/OrganisationNameMaker.h"

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace dalil {

class Database;

// Draws the rows of a generated catalogue — organisations, their offices and contacts, then
// partnerships and network memberships — from the seed alone, into GeneratedRows batches. It runs
// on a thread of its own while CatalogueGenerator inserts the previous batch: it never touches the
// database after prepare().
class GeneratorRowMaker
{
public:
    using Table = GeneratedRows::Table;
    // Takes a full batch and returns an empty one to fill, or null when the writer has stopped.
    using Deliver = std::function<GeneratedRows*(GeneratedRows* full)>;

    // The INSERT for a table; its parameters are the values of a row of that table, in order:
    // 1 id, 2 rev, 3 updated_at, 4 change_seq, then the data.
    static const char* insertSql(Table table);
    // Where latitude and longitude are among a location row's values (for the spatial index).
    static constexpr int kLocationLatValue = 10;
    static constexpr int kLocationLonValue = 11;
    // A batch is handed over when it holds this many rows.
    static constexpr std::size_t kBatchRows = 4096;

    GeneratorRowMaker(const CatalogueGenerator::Options& options, const GeneratorPlaces& places);

    // Reads what the rows depend on from the catalogue: the vocabularies (sector codes, the network
    // type, partnership kinds) and the largest change_seq of each table. On the writer's thread,
    // inside its transaction.
    void prepare(Database& db);

    // Draws every row. Hands each full batch (and the last one) to `deliver`; stops early when
    // `deliver` returns null.
    void produce(GeneratedRows* first, const Deliver& deliver);

    std::string firstOrganisationId() const;
    // The revision of the first row the generator writes.
    std::string firstRevision() const;
    std::string lastRevision() const { return m_rev; }
    const CatalogueGenerator::Counts& counts() const { return m_counts; }

private:
    struct VocabularyItem
    {
        std::string code;
        std::string label; // English, lower case
    };

    void uuid(std::string& out, Table table, quint64 serial) const;
    void beginRow(Table table, quint64 serial);
    void endRow();
    void makeOrganisation(quint32 index);
    void makeOffice(quint32 organisation, int city, bool head);
    void makeContacts(quint32 organisation, const GeneratedName& name, const GeneratorCountry& country,
                      const std::string& domain, const char* languages);
    void makePartnerships();
    void makeMemberships();
    std::string sectorsFor(int theme);
    std::vector<int> countriesFor(int primary, GeneratedName::Kind kind);
    const char* typeFor(GeneratedName::Kind kind);
    std::string uniqueDomain(const std::string& domain);
    std::string dateBetween(int fromYear, int toYear);
    quint32 partnerOf(quint32 organisation, double sameCountry);

    const CatalogueGenerator::Options& m_options;
    const GeneratorPlaces& m_places;
    OrganisationNameMaker m_names;
    GeneratorRandom m_random;
    quint64 m_seedKey;
    std::string m_node;

    std::vector<VocabularyItem> m_sectors;
    std::vector<int> m_themeSector; // theme → index into m_sectors, or -1
    std::vector<std::string> m_partnershipKinds;
    std::string m_networkType = "network";
    qint64 m_changeBase[6] = {}; // per Table: the largest change_seq already in the catalogue

    GeneratedRows* m_batch = nullptr;
    Deliver m_deliver;
    GeneratedRows m_discard; // filled, and thrown away, once the writer has stopped
    bool m_stopped = false;

    quint64 m_rowSerial = 0; // every row drawn, for revisions
    std::vector<quint8> m_orgCountry;
    std::vector<quint32> m_networks;
    std::vector<std::vector<quint32>> m_byCountry;
    std::unordered_map<std::string, int> m_domains;
    CatalogueGenerator::Counts m_counts;

    // Reused buffers: drawing a row allocates little once they have grown.
    std::string m_id;
    std::string m_reference[2]; // ids of the rows a row points at
    std::string m_rev;
    std::string m_time;
    std::string m_text[8];
};

} // namespace dalil
