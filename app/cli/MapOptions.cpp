#include "cli/MapOptions.h"

#include "catalogue/Catalogue.h"
#include "geo/MapData.h"
#include "search/SearchEngine.h"
#include "search/SearchQuery.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::MapOptions", text, disambiguation, n);
}

} // namespace

QString MapOptions::usage()
{
    return QStringLiteral("[--query TEXT] [--country CC]... [--sector S]... [--type T]... [--network ID] "
                          "[--near LAT,LON,KM] [--language ar|en|fr]");
}

bool MapOptions::take(const QStringList& arguments, int& i, QString& error)
{
    const QString option = arguments[i];
    auto value = [&](QString& out) {
        if (i + 1 >= arguments.size() || arguments[i + 1].startsWith(QLatin1String("--"))) {
            error = tr("%1 needs a value").arg(option);
            return false;
        }
        out = arguments[++i];
        return true;
    };
    QString text;
    if (option == QLatin1String("--bbox")) {
        if (value(text)) {
            GeoBounds box;
            QString problem;
            if (GeoBounds::parse(text, box, problem)) {
                bbox = box;
            } else {
                error = QStringLiteral("--bbox: %1").arg(problem);
            }
        }
        return true;
    }
    if (option == QLatin1String("--country")) {
        if (value(text)) {
            static const QRegularExpression code(QStringLiteral("^[A-Za-z]{2}$"));
            if (!code.match(text).hasMatch()) {
                error = tr("--country: \"%1\" is not a two-letter ISO 3166-1 code such as LB").arg(text);
            } else {
                filter.countries << text.toUpper();
            }
        }
        return true;
    }
    if (option == QLatin1String("--sector")) {
        if (value(text)) {
            filter.sectors << text;
        }
        return true;
    }
    if (option == QLatin1String("--type")) {
        if (value(text)) {
            filter.types << text;
        }
        return true;
    }
    if (option == QLatin1String("--network")) {
        if (value(text)) {
            networks << text;
        }
        return true;
    }
    if (option == QLatin1String("--query")) {
        if (value(text)) {
            this->text = text;
        }
        return true;
    }
    if (option == QLatin1String("--near")) {
        if (value(text)) {
            const QStringList parts = text.split(QLatin1Char(','));
            bool ok[3] = {false, false, false};
            if (parts.size() == 3) {
                nearLat = parts[0].trimmed().toDouble(&ok[0]);
                nearLon = parts[1].trimmed().toDouble(&ok[1]);
                nearKm = parts[2].trimmed().toDouble(&ok[2]);
            }
            if (!ok[0] || !ok[1] || !ok[2] || std::abs(nearLat) > 90 || std::abs(nearLon) > 180 ||
                !(nearKm > 0)) {
                error = tr("--near \"%1\" is not LAT,LON,KM (e.g. 33.89,35.50,25)").arg(text);
            } else {
                hasNear = true;
            }
        }
        return true;
    }
    if (option == QLatin1String("--language")) {
        if (value(text)) {
            if (text != QLatin1String("ar") && text != QLatin1String("en") && text != QLatin1String("fr")) {
                error = tr("--language: \"%1\" is not one of ar, en, fr").arg(text);
            } else {
                language = text;
            }
        }
        return true;
    }
    return false;
}

bool MapOptions::hasFilters() const
{
    return !filter.countries.isEmpty() || !filter.sectors.isEmpty() || !filter.types.isEmpty() ||
           !networks.isEmpty() || !text.trimmed().isEmpty() || hasNear;
}

MapData MapOptions::load(Catalogue& catalogue) const
{
    if (!hasFilters()) {
        return MapData::load(catalogue, language);
    }
    SearchQuery query;
    query.kinds = {EntityKind::Organisation};
    query.text = text;
    query.countries = filter.countries;
    query.sectors = filter.sectors;
    query.types = filter.types;
    query.networks = networks;
    if (hasNear) {
        query.near = GeoCircle{nearLat, nearLon, nearKm};
    }
    query.typoTolerance = false;
    SearchEngine engine(catalogue.database());
    const QStringList ids = engine.allIds(query);
    return MapData::load(catalogue, language, {}, QSet<QString>(ids.cbegin(), ids.cend()));
}

} // namespace dalil
