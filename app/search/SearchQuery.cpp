#include "search/SearchQuery.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dalil {

namespace {

const char* const kKindNames[] = {"organisation", "funding", "resource", "event"};

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::SearchQuery", text);
}

QJsonArray toArray(const QStringList& values)
{
    QJsonArray array;
    for (const QString& value : values) {
        array.append(value);
    }
    return array;
}

bool readList(const QJsonObject& json, const char* key, QStringList* out, QString* error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isArray()) {
        *error = tr("\"%1\" must be a list").arg(QLatin1String(key));
        return false;
    }
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString()) {
            *error = tr("\"%1\" must be a list of text").arg(QLatin1String(key));
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

bool readDate(const QJsonObject& json, const char* key, std::optional<QDate>* out, QString* error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid()) {
        *error = tr("\"%1\" must be a date like 2026-12-31").arg(QLatin1String(key));
        return false;
    }
    *out = date;
    return true;
}

template <typename T>
bool readNumber(const QJsonObject& json, const char* key, std::optional<T>* out, QString* error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isDouble()) {
        *error = tr("\"%1\" must be a number").arg(QLatin1String(key));
        return false;
    }
    *out = T(value.toDouble());
    return true;
}

} // namespace

QString entityKindName(EntityKind kind)
{
    return QLatin1String(kKindNames[int(kind)]);
}

std::optional<EntityKind> entityKindFromName(const QString& name)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(kKindNames[i])) {
            return EntityKind(i);
        }
    }
    if (name == QLatin1String("organisations")) {
        return EntityKind::Organisation;
    }
    if (name == QLatin1String("resources")) {
        return EntityKind::Resource;
    }
    if (name == QLatin1String("events")) {
        return EntityKind::Event;
    }
    return std::nullopt;
}

bool SearchQuery::hasFilters() const
{
    return !kinds.isEmpty() || !countries.isEmpty() || !admin1.isEmpty() || !cities.isEmpty() ||
           !sectors.isEmpty() || !types.isEmpty() || !networks.isEmpty() || !languages.isEmpty() ||
           !partnerOf.isEmpty() || deadlineFrom || deadlineTo || amountAtLeast || amountAtMost ||
           !resourceKinds.isEmpty() || yearFrom || yearTo || eventsFrom || eventsTo || bbox || near;
}

QJsonObject SearchQuery::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("text"), text);
    QStringList kindNames;
    for (EntityKind kind : kinds) {
        kindNames.append(entityKindName(kind));
    }
    auto list = [&](const char* key, const QStringList& values) {
        if (!values.isEmpty()) {
            json.insert(QLatin1String(key), toArray(values));
        }
    };
    list("kinds", kindNames);
    list("countries", countries);
    list("admin1", admin1);
    list("cities", cities);
    list("sectors", sectors);
    list("types", types);
    list("networks", networks);
    list("languages", languages);
    list("resource_kinds", resourceKinds);
    if (!partnerOf.isEmpty()) {
        json.insert(QStringLiteral("partner_of"), partnerOf);
    }
    auto date = [&](const char* key, const std::optional<QDate>& value) {
        if (value) {
            json.insert(QLatin1String(key), value->toString(Qt::ISODate));
        }
    };
    date("deadline_from", deadlineFrom);
    date("deadline_to", deadlineTo);
    date("events_from", eventsFrom);
    date("events_to", eventsTo);
    if (amountAtLeast) {
        json.insert(QStringLiteral("amount_at_least"), *amountAtLeast);
    }
    if (amountAtMost) {
        json.insert(QStringLiteral("amount_at_most"), *amountAtMost);
    }
    if (yearFrom) {
        json.insert(QStringLiteral("year_from"), *yearFrom);
    }
    if (yearTo) {
        json.insert(QStringLiteral("year_to"), *yearTo);
    }
    if (bbox) {
        json.insert(QStringLiteral("bbox"), QJsonArray{bbox->west, bbox->south, bbox->east, bbox->north});
    }
    if (near) {
        json.insert(QStringLiteral("near"), QJsonArray{near->lat, near->lon, near->km});
    }
    if (!typoTolerance) {
        json.insert(QStringLiteral("typo_tolerance"), false);
    }
    return json;
}

QString SearchQuery::fromJson(const QJsonObject& json, SearchQuery* query)
{
    SearchQuery q;
    QString error;
    q.text = json.value(QLatin1String("text")).toString();
    QStringList kindNames;
    if (!readList(json, "kinds", &kindNames, &error) || !readList(json, "countries", &q.countries, &error) ||
        !readList(json, "admin1", &q.admin1, &error) || !readList(json, "cities", &q.cities, &error) ||
        !readList(json, "sectors", &q.sectors, &error) || !readList(json, "types", &q.types, &error) ||
        !readList(json, "networks", &q.networks, &error) ||
        !readList(json, "languages", &q.languages, &error) ||
        !readList(json, "resource_kinds", &q.resourceKinds, &error) ||
        !readDate(json, "deadline_from", &q.deadlineFrom, &error) ||
        !readDate(json, "deadline_to", &q.deadlineTo, &error) ||
        !readDate(json, "events_from", &q.eventsFrom, &error) ||
        !readDate(json, "events_to", &q.eventsTo, &error) ||
        !readNumber(json, "amount_at_least", &q.amountAtLeast, &error) ||
        !readNumber(json, "amount_at_most", &q.amountAtMost, &error) ||
        !readNumber(json, "year_from", &q.yearFrom, &error) ||
        !readNumber(json, "year_to", &q.yearTo, &error)) {
        return error;
    }
    for (const QString& name : kindNames) {
        const std::optional<EntityKind> kind = entityKindFromName(name);
        if (!kind) {
            return tr("unknown kind \"%1\" (organisation, funding, resource or event)").arg(name);
        }
        q.kinds.append(*kind);
    }
    q.partnerOf = json.value(QLatin1String("partner_of")).toString();
    const QJsonArray box = json.value(QLatin1String("bbox")).toArray();
    if (box.size() == 4) {
        q.bbox = GeoBox{box[0].toDouble(), box[1].toDouble(), box[2].toDouble(), box[3].toDouble()};
    }
    const QJsonArray circle = json.value(QLatin1String("near")).toArray();
    if (circle.size() == 3) {
        q.near = GeoCircle{circle[0].toDouble(), circle[1].toDouble(), circle[2].toDouble()};
    }
    q.typoTolerance = json.value(QLatin1String("typo_tolerance")).toBool(true);
    *query = q;
    return {};
}

} // namespace dalil
