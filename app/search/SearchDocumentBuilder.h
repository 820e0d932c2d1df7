#pragma once

#include "catalogue/TextHashMap.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace dalil {

class Database;
class SqlStatement;
class TokenFormCache;

// Everything one record contributes to the search index.
struct IndexDoc
{
    int kind = 0;
    QString entityId;
    int importance = 0; // 0..255
    QStringList names;  // normalised tokens with clitic-stripped variants
    QStringList body;
    QStringList skel;
    QStringList keys;        // exact keys for search_key
    QStringList displayKeys; // normalised names, one per line in search_doc.keys
    QStringList codes;       // "c:EG", "s:health", ...
    QByteArray geo;
    std::optional<qint64> d0, d1;
    std::optional<double> amin, amax;
    std::optional<int> year;
};

// Turns catalogue records (organisations, funding, resources, events) into index documents: their
// normalised text, exact keys, facet codes, points, dates and static importance. Shared by the
// full rebuild (which streams the rows itself) and the incremental upkeep (which loads one record
// at a time through loadDoc()).
class SearchDocumentBuilder
{
public:
    struct Office
    {
        QString country;
        QString admin1;
        QString admin1Pcode;
        QString admin2;
        QString city;
        std::optional<double> lat;
        std::optional<double> lon;
    };

    struct OrganisationData
    {
        QString id;
        QString nameAr, nameEn, nameFr, acronym, type;
        QByteArray sectors, countries, languages;
        QString descriptionAr, descriptionEn, registrationId, source;
        std::optional<int> founded;
        QList<Office> offices;
        QStringList networks; // networks this organisation belongs to
        QStringList partners;
        qint64 memberCount = 0; // when it is a network
    };

    explicit SearchDocumentBuilder(Database& db);
    ~SearchDocumentBuilder();

    // The vocabulary labels are indexed with every record that names their code.
    void loadVocabulary();
    bool vocabularyLoaded() const { return m_vocabularyLoaded; }
    void forgetVocabulary() { m_vocabularyLoaded = false; }

    IndexDoc buildOrganisation(const OrganisationData& org);
    // Rows of kFundingSql, kResourceSql and kEventSql.
    IndexDoc buildFunding(SqlStatement& row);
    IndexDoc buildResource(SqlStatement& row);
    IndexDoc buildEvent(SqlStatement& row);

    // The document of one record as the catalogue holds it now; nullopt when it is gone.
    std::optional<IndexDoc> loadDoc(const QString& id, int kind);

    // Every exact key (search_key) a document can have, given its normalised names as stored in
    // search_doc.keys (one per line): each name, the name with its words clitic-stripped, and the
    // name without spaces (an acronym written "U N D P"). A superset of what addName and addAcronym
    // write, so that a document's keys can be removed by their primary key.
    static QStringList exactKeysOf(const QString& displayKeys);

    // The 13 organisation columns from name_ar to source, starting at `first`.
    static void readOrganisationColumns(const SqlStatement& row, int first, OrganisationData& org);
    // country, admin1, admin1_pcode, admin2, city, lat, lon, starting at `first`.
    static Office readOffice(const SqlStatement& row, int first);

    static constexpr const char* kFundingSql =
        "SELECT f.id, f.title_ar, f.title_en, f.description_ar, f.description_en, f.amount_min, "
        "f.amount_max, "
        "f.deadline_utc, f.countries, f.applicant_types, f.sectors, f.languages, f.status, o.name_ar, "
        "o.name_en, "
        "o.acronym FROM funding f LEFT JOIN organisation o ON o.id = f.donor_id WHERE f.deleted = 0";
    static constexpr const char* kResourceSql =
        "SELECT r.id, r.title_ar, r.title_en, r.kind, r.year, r.languages, r.sectors, r.countries, "
        "r.summary_ar, "
        "r.summary_en, o.name_ar, o.name_en, o.acronym FROM resource r LEFT JOIN organisation o ON o.id = "
        "r.publisher_id WHERE r.deleted = 0";
    static constexpr const char* kEventSql = "SELECT e.id, e.title_ar, e.title_en, e.description_ar, "
                                             "e.description_en, e.start_utc, e.end_utc, e.venue, "
                                             "e.country, e.city, e.lat, e.lon, e.languages, o.name_ar, "
                                             "o.name_en, o.acronym FROM event e LEFT JOIN "
                                             "organisation o ON o.id = e.organiser_id WHERE e.deleted = 0";

private:
    struct Labels
    {
        QString ar;
        QString en;
        QString fr;
    };

    // The vocabulary kinds whose labels are indexed with a record.
    enum class LabelKind
    {
        OrganisationType,
        Sector,
        Country,
        ResourceKind,
        Count
    };
    // The normalised text of a short field that repeats across records (a place name), with its
    // tokens' variants and skeletons.
    struct PlaceForms
    {
        QString normalised;
        QStringList variants;
        QStringList skeletons;
    };

    void addLabels(QStringList& target, LabelKind kind, const QString& code);
    const PlaceForms& placeForms(const QString& text);
    std::optional<OrganisationData> loadOrganisation(const QString& id);

    Database& m_db;
    QHash<QString, Labels> m_labels;
    // Per kind, so that a lookup by code needs no "kind/code" string.
    TextHashMap<QStringList> m_labelTokens[int(LabelKind::Count)];
    TextHashMap<PlaceForms> m_places;
    std::unique_ptr<TokenFormCache> m_forms;
    bool m_vocabularyLoaded = false;
};

} // namespace dalil
