#include "cli/SearchCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "search/SavedSearches.h"
#include "search/SearchEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::SearchCommand", text, disambiguation, n);
}

} // namespace

QString SearchCommand::summary() const
{
    return tr("find organisations, funding, resources and events (Arabic or Latin, typos allowed)");
}

QString SearchCommand::filterUsage()
{
    return QStringLiteral(
        "[--kind organisation|funding|resource|event]... [--country CC]... [--admin1 NAME]... [--city "
        "NAME]... "
        "[--sector CODE]... [--type CODE]... [--network ID]... [--language LL]... [--partner-of ID] "
        "[--deadline-from DATE] [--deadline-to DATE] [--amount-min N] [--amount-max N] [--resource-kind "
        "K]... "
        "[--year-from Y] [--year-to Y] [--events-from DATE] [--events-to DATE] [--bbox W,S,E,N] "
        "[--near LAT,LON,KM]");
}

QString SearchCommand::usage() const
{
    return QStringLiteral("[QUERY] %1 [--limit N] [--offset N] [--no-typos] [--json] [--saved NAME] "
                          "[--save NAME] | --list-saved | --delete-saved NAME")
        .arg(filterUsage());
}

namespace {

bool parseNumbers(const QString& text, int count, QList<double>* out)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != count) {
        return false;
    }
    for (const QString& part : parts) {
        bool ok = false;
        const double value = QLocale::c().toDouble(part.trimmed(), &ok);
        if (!ok || !std::isfinite(value)) {
            return false;
        }
        out->append(value);
    }
    return true;
}

QString matchName(SearchHit::Match match)
{
    switch (match) {
    case SearchHit::Match::ExactName:
        return QStringLiteral("exact_name");
    case SearchHit::Match::NamePrefix:
        return QStringLiteral("name_prefix");
    case SearchHit::Match::Name:
        return QStringLiteral("name");
    case SearchHit::Match::Text:
        return QStringLiteral("text");
    case SearchHit::Match::Skeleton:
        return QStringLiteral("skeleton");
    }
    return {};
}

QJsonArray facetArray(const QList<FacetCount>& counts)
{
    QJsonArray array;
    for (const FacetCount& count : counts) {
        array.append(QJsonObject{{QStringLiteral("value"), count.value},
                                 {QStringLiteral("label_ar"), count.labelAr},
                                 {QStringLiteral("label_en"), count.labelEn},
                                 {QStringLiteral("label_fr"), count.labelFr},
                                 {QStringLiteral("count"), count.count}});
    }
    return array;
}

} // namespace

bool SearchCommand::takeFilterOption(const QString& option, QStringList& rest, SearchQuery& q, QString* error)
{
    struct ListOption
    {
        const char* name;
        QStringList* target;
    };
    const ListOption lists[] = {{"--country", &q.countries},  {"--admin1", &q.admin1},
                                {"--city", &q.cities},        {"--sector", &q.sectors},
                                {"--type", &q.types},         {"--network", &q.networks},
                                {"--language", &q.languages}, {"--resource-kind", &q.resourceKinds}};
    const QStringList known = {
        QStringLiteral("--country"),    QStringLiteral("--admin1"),        QStringLiteral("--city"),
        QStringLiteral("--sector"),     QStringLiteral("--type"),          QStringLiteral("--network"),
        QStringLiteral("--language"),   QStringLiteral("--resource-kind"), QStringLiteral("--kind"),
        QStringLiteral("--partner-of"), QStringLiteral("--deadline-from"), QStringLiteral("--deadline-to"),
        QStringLiteral("--amount-min"), QStringLiteral("--amount-max"),    QStringLiteral("--year-from"),
        QStringLiteral("--year-to"),    QStringLiteral("--events-from"),   QStringLiteral("--events-to"),
        QStringLiteral("--bbox"),       QStringLiteral("--near")};
    QString name = option;
    QString value;
    bool inlineValue = false;
    if (const int eq = int(option.indexOf(QLatin1Char('='))); eq > 0) {
        name = option.left(eq);
        value = option.mid(eq + 1);
        inlineValue = true;
    }
    if (!known.contains(name)) {
        return false;
    }
    if (!inlineValue) {
        if (rest.isEmpty()) {
            *error = tr("%1 needs a value").arg(name);
            return true;
        }
        value = rest.takeFirst();
    }
    value = value.trimmed();
    for (const ListOption& list : lists) {
        if (name == QLatin1String(list.name)) {
            for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                list.target->append(item.trimmed());
            }
            return true;
        }
    }
    auto date = [&](std::optional<QDate>* target) {
        const QDate parsed = QDate::fromString(value, Qt::ISODate);
        if (!parsed.isValid()) {
            *error = tr("%1: \"%2\" is not a date like 2026-12-31").arg(name, value);
        } else {
            *target = parsed;
        }
    };
    auto number = [&](auto* target) {
        bool ok = false;
        const double parsed = QLocale::c().toDouble(value, &ok);
        if (!ok || !std::isfinite(parsed)) {
            *error = tr("%1: \"%2\" is not a number").arg(name, value);
        } else {
            *target = std::remove_reference_t<decltype(**target)>(parsed);
        }
    };
    if (name == QLatin1String("--kind")) {
        for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<EntityKind> kind = entityKindFromName(item.trimmed());
            if (!kind) {
                *error = tr("--kind: \"%1\" is not organisation, funding, resource or event").arg(item);
                return true;
            }
            q.kinds.append(*kind);
        }
    } else if (name == QLatin1String("--partner-of")) {
        q.partnerOf = value;
    } else if (name == QLatin1String("--deadline-from")) {
        date(&q.deadlineFrom);
    } else if (name == QLatin1String("--deadline-to")) {
        date(&q.deadlineTo);
    } else if (name == QLatin1String("--events-from")) {
        date(&q.eventsFrom);
    } else if (name == QLatin1String("--events-to")) {
        date(&q.eventsTo);
    } else if (name == QLatin1String("--amount-min")) {
        number(&q.amountAtLeast);
    } else if (name == QLatin1String("--amount-max")) {
        number(&q.amountAtMost);
    } else if (name == QLatin1String("--year-from")) {
        number(&q.yearFrom);
    } else if (name == QLatin1String("--year-to")) {
        number(&q.yearTo);
    } else if (name == QLatin1String("--bbox")) {
        QList<double> v;
        if (!parseNumbers(value, 4, &v) || v[1] > v[3] || v[1] < -90 || v[3] > 90 || v[0] < -180 ||
            v[2] > 180) {
            *error = tr("--bbox: \"%1\" is not WEST,SOUTH,EAST,NORTH in degrees").arg(value);
        } else {
            q.bbox = GeoBox{v[0], v[1], v[2], v[3]};
        }
    } else if (name == QLatin1String("--near")) {
        QList<double> v;
        if (!parseNumbers(value, 3, &v) || std::abs(v[0]) > 90 || std::abs(v[1]) > 180 || v[2] < 0) {
            *error = tr("--near: \"%1\" is not LAT,LON,KM").arg(value);
        } else {
            q.near = GeoCircle{v[0], v[1], v[2]};
        }
    }
    return true;
}

int SearchCommand::execute(CliContext& context, const QStringList& arguments)
{
    SearchQuery query;
    query.limit = 20;
    QStringList words;
    QString savedName;
    QString saveAs;
    QString deleteName;
    bool json = false;
    bool listSaved = false;
    bool limitGiven = false;
    QStringList rest = arguments;
    bool optionsEnded = false;
    while (!rest.isEmpty()) {
        const QString argument = rest.takeFirst();
        if (optionsEnded || !argument.startsWith(QLatin1String("--"))) {
            words.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString error;
        if (takeFilterOption(argument, rest, query, &error)) {
            if (!error.isEmpty()) {
                return context.usage(name(), error);
            }
            continue;
        }
        auto value = [&](QString* out) {
            if (rest.isEmpty()) {
                return false;
            }
            *out = rest.takeFirst();
            return true;
        };
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--no-typos")) {
            query.typoTolerance = false;
        } else if (argument == QLatin1String("--list-saved")) {
            listSaved = true;
        } else if (argument == QLatin1String("--limit") || argument == QLatin1String("--offset")) {
            QString text;
            bool ok = false;
            const int number = value(&text) ? text.toInt(&ok) : -1;
            if (!ok || number < 0 || number > 1000000) {
                return context.usage(name(), tr("%1 needs a whole number from 0 to 1000000").arg(argument));
            }
            if (argument == QLatin1String("--limit")) {
                query.limit = number;
                limitGiven = true;
            } else {
                query.offset = number;
            }
        } else if (argument == QLatin1String("--saved") || argument == QLatin1String("--save") ||
                   argument == QLatin1String("--delete-saved")) {
            QString text;
            if (!value(&text) || text.trimmed().isEmpty()) {
                return context.usage(name(), tr("%1 needs a name").arg(argument));
            }
            (argument == QLatin1String("--saved")  ? savedName
             : argument == QLatin1String("--save") ? saveAs
                                                   : deleteName) = text.trimmed();
        } else {
            return context.usage(name(), tr("unknown option %1").arg(argument));
        }
    }
    auto catalogue = openCatalogue(context);
    if (!catalogue) {
        return ExitUserError;
    }
    try {
        SavedSearches saved(catalogue->database());
        if (listSaved) {
            const QList<SavedSearches::Entry> entries = saved.list();
            if (json) {
                QJsonArray array;
                for (const SavedSearches::Entry& entry : entries) {
                    array.append(QJsonObject{{QStringLiteral("name"), entry.name},
                                             {QStringLiteral("query"), entry.query.toJson()},
                                             {QStringLiteral("updated_at"), entry.updatedAt}});
                }
                context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            } else {
                for (const SavedSearches::Entry& entry : entries) {
                    context.out << entry.name << "\t" << entry.query.text << "\n";
                }
            }
            return ExitOk;
        }
        if (!deleteName.isEmpty()) {
            if (!saved.remove(deleteName)) {
                return context.fail(
                    tr("no saved search named \"%1\" in %2").arg(deleteName, catalogue->path()));
            }
            return ExitOk;
        }
        if (!savedName.isEmpty()) {
            const std::optional<SearchQuery> stored = saved.find(savedName);
            if (!stored) {
                return context.fail(tr("no saved search named \"%1\" in %2 (see search --list-saved)")
                                        .arg(savedName, catalogue->path()));
            }
            SearchQuery merged = *stored;
            // Options on the command line narrow the saved search further.
            const SearchQuery& extra = query;
            merged.text = words.isEmpty() ? stored->text : words.join(QLatin1Char(' '));
            merged.kinds += extra.kinds;
            merged.countries += extra.countries;
            merged.admin1 += extra.admin1;
            merged.cities += extra.cities;
            merged.sectors += extra.sectors;
            merged.types += extra.types;
            merged.networks += extra.networks;
            merged.languages += extra.languages;
            merged.resourceKinds += extra.resourceKinds;
            for (auto [from, to] : {std::pair{&extra.deadlineFrom, &merged.deadlineFrom},
                                    std::pair{&extra.deadlineTo, &merged.deadlineTo},
                                    std::pair{&extra.eventsFrom, &merged.eventsFrom},
                                    std::pair{&extra.eventsTo, &merged.eventsTo}}) {
                if (*from) {
                    *to = *from;
                }
            }
            if (!extra.partnerOf.isEmpty()) {
                merged.partnerOf = extra.partnerOf;
            }
            if (extra.amountAtLeast) {
                merged.amountAtLeast = extra.amountAtLeast;
            }
            if (extra.amountAtMost) {
                merged.amountAtMost = extra.amountAtMost;
            }
            if (extra.yearFrom) {
                merged.yearFrom = extra.yearFrom;
            }
            if (extra.yearTo) {
                merged.yearTo = extra.yearTo;
            }
            if (extra.bbox) {
                merged.bbox = extra.bbox;
            }
            if (extra.near) {
                merged.near = extra.near;
            }
            merged.typoTolerance = stored->typoTolerance && extra.typoTolerance;
            merged.limit = limitGiven ? query.limit : 20;
            merged.offset = query.offset;
            query = merged;
        } else {
            query.text = words.join(QLatin1Char(' '));
        }
        if (!saveAs.isEmpty()) {
            if (QString error = saved.save(saveAs, query); !error.isEmpty()) {
                return context.fail(error);
            }
        }
        catalogue->searchIndex().ensureFresh();
        SearchEngine engine(catalogue->database());
        const SearchResults results = engine.search(query, true);
        if (!results.error.isEmpty()) {
            return context.fail(QStringLiteral("%1: %2").arg(catalogue->path(), results.error));
        }
        if (json) {
            QJsonArray hits;
            for (const SearchHit& hit : results.hits) {
                QJsonArray countries;
                for (const QString& country : hit.countries) {
                    countries.append(country);
                }
                hits.append(QJsonObject{{QStringLiteral("id"), hit.id},
                                        {QStringLiteral("kind"), entityKindName(hit.kind)},
                                        {QStringLiteral("name_ar"), hit.nameAr},
                                        {QStringLiteral("name_en"), hit.nameEn},
                                        {QStringLiteral("name_fr"), hit.nameFr},
                                        {QStringLiteral("acronym"), hit.acronym},
                                        {QStringLiteral("country"), hit.country},
                                        {QStringLiteral("countries"), countries},
                                        {QStringLiteral("score"), hit.score},
                                        {QStringLiteral("match"), matchName(hit.match)}});
            }
            QJsonObject object{
                {QStringLiteral("query"), query.toJson()},
                {QStringLiteral("corrected"),
                 results.corrected() ? QJsonValue(results.correctedText) : QJsonValue()},
                {QStringLiteral("total"), results.facets.total},
                {QStringLiteral("offset"), query.offset},
                {QStringLiteral("more"), results.more},
                {QStringLiteral("results"), hits},
                {QStringLiteral("facets"),
                 QJsonObject{{QStringLiteral("countries"), facetArray(results.facets.countries)},
                             {QStringLiteral("sectors"), facetArray(results.facets.sectors)},
                             {QStringLiteral("types"), facetArray(results.facets.types)},
                             {QStringLiteral("networks"), facetArray(results.facets.networks)}}}};
            context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else {
            if (results.corrected()) {
                context.out << tr("Showing results for: %1").arg(results.correctedText) << "\n";
            }
            int rank = query.offset;
            for (const SearchHit& hit : results.hits) {
                QString title = !hit.nameEn.isEmpty()   ? hit.nameEn
                                : !hit.nameAr.isEmpty() ? hit.nameAr
                                                        : hit.nameFr;
                if (!hit.nameAr.isEmpty() && !hit.nameEn.isEmpty()) {
                    title = hit.nameAr + QStringLiteral(" / ") + hit.nameEn;
                }
                context.out << ++rank << ". " << title;
                if (!hit.acronym.isEmpty()) {
                    context.out << " (" << hit.acronym << ")";
                }
                context.out << "  [" << entityKindName(hit.kind);
                if (!hit.country.isEmpty()) {
                    context.out << ", " << hit.country;
                }
                context.out << "]  " << hit.id << "\n";
            }
            context.out << tr("%n found", nullptr, int(results.facets.total)) << "\n";
        }
    } catch (const DbError& e) {
        return context.fail(QStringLiteral("%1: %2").arg(catalogue->path(), e.message()));
    }
    return ExitOk;
}

} // namespace dalil
