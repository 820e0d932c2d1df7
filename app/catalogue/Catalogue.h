#pragma once

#include "catalogue/ContactRepository.h"
#include "catalogue/Database.h"
#include "catalogue/EventRepository.h"
#include "catalogue/EventSessionRepository.h"
#include "catalogue/FundingRepository.h"
#include "catalogue/LocationRepository.h"
#include "catalogue/MembershipRepository.h"
#include "catalogue/OrganisationRepository.h"
#include "catalogue/PartnershipRepository.h"
#include "catalogue/ResourceRepository.h"
#include "catalogue/VocabularyRepository.h"
#include "search/SearchIndex.h"

#include <QJsonObject>
#include <QMap>

#include <optional>

#include <memory>

namespace dalil {

// An open catalogue with one repository per entity. The GUI, the CLI and the tests all start here.
class Catalogue
{
public:
    struct OpenResult
    {
        std::unique_ptr<Catalogue> catalogue;
        QString error;
    };
    static OpenResult open(const QString& path, Database::Mode mode = Database::Mode::OpenExisting,
                           Database::Threading threading = Database::Threading::Shared);

    explicit Catalogue(std::unique_ptr<Database> database);

    Database& database() { return *m_db; }
    const QString& path() const { return m_db->path(); }

    OrganisationRepository& organisations() { return m_organisations; }
    LocationRepository& locations() { return m_locations; }
    ContactRepository& contacts() { return m_contacts; }
    MembershipRepository& memberships() { return m_memberships; }
    PartnershipRepository& partnerships() { return m_partnerships; }
    FundingRepository& funding() { return m_funding; }
    ResourceRepository& resources() { return m_resources; }
    EventRepository& events() { return m_events; }
    EventSessionRepository& eventSessions() { return m_eventSessions; }
    VocabularyRepository& vocabularies() { return m_vocabularies; }
    // The search index follows every transaction of this catalogue (see SearchIndex).
    SearchIndex& searchIndex() { return *m_searchIndex; }

    RecordTable* repository(const QString& table);
    // The repository for a kind as the CLI names it: organisation, funding, resource, event.
    RecordTable* repositoryForKind(const QString& kind);

    // A record with what hangs off it, as `show --json` prints it: an organisation with its
    // offices, contacts, networks, members and partners; an event with its sessions.
    std::optional<QJsonObject> profile(const QString& kind, const QString& id);

    // Live rows per table, and the counts of dirty rows and tombstones.
    struct Stats
    {
        QMap<QString, qint64> live;
        qint64 dirty = 0;
        qint64 tombstones = 0;
        int schemaVersion = 0;
        bool sample = false;
        QString catalogueId;
    };
    Stats stats();

    // True when this is (or was created from) the shipped sample catalogue.
    bool isSample();

private:
    std::unique_ptr<Database> m_db;
    OrganisationRepository m_organisations;
    LocationRepository m_locations;
    ContactRepository m_contacts;
    MembershipRepository m_memberships;
    PartnershipRepository m_partnerships;
    FundingRepository m_funding;
    ResourceRepository m_resources;
    EventRepository m_events;
    EventSessionRepository m_eventSessions;
    VocabularyRepository m_vocabularies;
    std::unique_ptr<SearchIndex> m_searchIndex;
};

} // namespace dalil
