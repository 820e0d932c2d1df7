#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dalil {

// What the search index holds; the value is stored in the index, so never renumber.
enum class EntityKind
{
    Organisation = 0,
    Funding = 1,
    Resource = 2,
    Event = 3
};

// "organisation", "funding", "resource", "event": the names of the CLI and of `show`.
QString entityKindName(EntityKind kind);
std::optional<EntityKind> entityKindFromName(const QString& name);

struct GeoBox
{
    double west = 0;
    double south = 0;
    double east = 0;
    double north = 0;
};

struct GeoCircle
{
    double lat = 0;
    double lon = 0;
    double km = 0;
};

// One search: the text a person typed and the filters of the filter panel. Every list filter means
// "any of these"; different filters combine with AND. An empty text lists everything the filters
// keep, most important first.
struct SearchQuery
{
    QString text;
    QList<EntityKind> kinds; // empty: every kind

    // Organisations: an office in, or operations in, one of these countries (ISO 3166-1 alpha-2).
    // Funding: eligible countries; resources: countries covered; events: the event's country.
    QStringList countries;
    QStringList admin1;    // office first-level division, by name (any script) or P-code
    QStringList cities;    // office city (events: the event's city), any script
    QStringList sectors;   // vocabulary codes (e.g. "child_protection")
    QStringList types;     // organisation type codes (IATI: "22", ...)
    QStringList networks;  // organisation ids of networks: members of any of them
    QStringList languages; // ISO 639-1 codes (working languages, languages of a resource or event)
    QString partnerOf;     // an organisation id: only its partners

    std::optional<QDate> deadlineFrom; // funding whose deadline falls in [from, to]
    std::optional<QDate> deadlineTo;
    std::optional<double> amountAtLeast; // funding offering at least this much (amount_max)
    std::optional<double> amountAtMost;  // funding asking at most this much (amount_min)

    QStringList resourceKinds;   // report, toolkit, guideline, study, training, tool, dataset
    std::optional<int> yearFrom; // resources published in [from, to]
    std::optional<int> yearTo;

    std::optional<QDate> eventsFrom; // events overlapping [from, to]
    std::optional<QDate> eventsTo;

    std::optional<GeoBox> bbox; // an office (events: the venue) inside; also "only the visible area"
    std::optional<GeoCircle> near;

    int limit = 50;
    int offset = 0;
    bool typoTolerance = true;

    bool hasFilters() const;
    // Stable JSON (the saved-search format and the CLI's echo of a query).
    QJsonObject toJson() const;
    // Returns an error message naming the bad field, or an empty string.
    static QString fromJson(const QJsonObject& json, SearchQuery* query);
};

} // namespace dalil
