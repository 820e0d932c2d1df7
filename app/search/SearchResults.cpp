#include "search/SearchResults.h"

#include <QCoreApplication>

namespace dalil {

QString FacetCount::label(const QString& language) const
{
    const QString& preferred = language == QLatin1String("en")   ? labelEn
                               : language == QLatin1String("fr") ? labelFr
                                                                 : labelAr;
    if (!preferred.isEmpty()) {
        return preferred;
    }
    for (const QString* other : {&labelAr, &labelEn, &labelFr}) {
        if (!other->isEmpty()) {
            return *other;
        }
    }
    return value;
}

QString SearchResults::correctionNotice() const
{
    if (correctedText.isEmpty()) {
        return {};
    }
    // The corrected words keep their own direction inside the sentence (U+2068 … U+2069).
    return QCoreApplication::translate("dalil::SearchResults", "Showing results for %1")
        .arg(QChar(0x2068) + correctedText + QChar(0x2069));
}

} // namespace dalil
