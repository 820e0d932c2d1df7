#include "cli/MapOptions.h"

#include "geo/MapData.h"

#include <QRegularExpression>

namespace dalil {

QString MapOptions::usage()
{
    return QStringLiteral("[--country CC]... [--sector S]... [--type T]... [--language ar|en|fr]");
}

bool MapOptions::take(const QStringList& arguments, int& i, QString& error)
{
    const QString option = arguments[i];
    auto value = [&](QString& out) {
        if (i + 1 >= arguments.size() || arguments[i + 1].startsWith(QLatin1String("--"))) {
            error = QStringLiteral("%1 needs a value").arg(option);
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
                error = QStringLiteral("--country: \"%1\" is not a two-letter ISO 3166-1 code such as LB")
                            .arg(text);
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
    if (option == QLatin1String("--language")) {
        if (value(text)) {
            if (text != QLatin1String("ar") && text != QLatin1String("en") && text != QLatin1String("fr")) {
                error = QStringLiteral("--language: \"%1\" is not one of ar, en, fr").arg(text);
            } else {
                language = text;
            }
        }
        return true;
    }
    return false;
}

MapData MapOptions::load(Catalogue& catalogue) const
{
    return MapData::load(catalogue, language, filter);
}

} // namespace dalil
