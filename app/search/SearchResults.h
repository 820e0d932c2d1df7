#pragma once

#include "search/SearchQuery.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dalil {

// One result row, enough to draw a list line without another query.
struct SearchHit
{
    QString id; // the entity's id (organisation, funding, resource or event)
    EntityKind kind = EntityKind::Organisation;
    QString nameAr; // organisation names, or the title of funding, a resource or an event
    QString nameEn;
    QString nameFr;
    QString acronym;
    QString country;       // the first office country (or the event's country); may be empty
    QStringList countries; // every country the record names
    double score = 0;      // higher is better; comparable within one result only
    // How it matched, best first: an exact name or acronym, the start of a name, every word in a
    // name, words anywhere, or only through the cross-script skeleton key.
    enum class Match
    {
        ExactName = 4,
        NamePrefix = 3,
        Name = 2,
        Text = 1,
        Skeleton = 0
    };
    Match match = Match::Text;
};

struct FacetCount
{
    QString value; // the code filtered on: ISO country, sector code, type code, network id
    QString labelAr;
    QString labelEn;
    QString labelFr;
    qint64 count = 0;

    QString label(const QString& language) const; // "ar", "en", "fr", falling back to any label
};

// Counts of the whole result (not only the page) per filter value, most frequent first.
struct Facets
{
    qint64 total = 0;
    QList<FacetCount> countries;
    QList<FacetCount> sectors;
    QList<FacetCount> types;
    QList<FacetCount> networks;
    bool valid = false; // false until computed
};

struct SearchResults
{
    QList<SearchHit> hits; // the requested page, ranked
    // True when more rows follow this page (fetch them with a larger offset).
    bool more = false;
    // Typo tolerance: when the query as typed found little, the words actually searched for, in the
    // index's normalised spelling (e.g. "egyptian red crescent"); empty when nothing was corrected.
    QString correctedText;
    Facets facets; // filled by SearchEngine::facets() or search(query, withFacets = true)
    QString error; // a one-line message when the search could not run (e.g. the catalogue is locked)

    bool corrected() const { return !correctedText.isEmpty(); }
    // "Showing results for %1" in the UI language (QCoreApplication::translate), or empty.
    QString correctionNotice() const;
};

} // namespace dalil
