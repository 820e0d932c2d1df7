#include "geo/MapReader.h"

#include "catalogue/Catalogue.h"
#include "catalogue/CatalogueBrowser.h"
#include "catalogue/DbError.h"
#include "geo/MapPoints.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dalil {

namespace {

bool stopped(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Runs `read` on a connection of its own, sorting what goes wrong into a cancel or a failure.
template <typename Result, typename Read>
Result readWith(const QString& path, const std::atomic<bool>* cancel, Read read)
{
    Result result;
    if (stopped(cancel)) {
        result.cancelled = true;
        return result;
    }
    Catalogue::OpenResult opened = Catalogue::open(path);
    if (!opened.catalogue) {
        result.cancelled = stopped(cancel);
        result.error =
            opened.error.isEmpty()
                ? QCoreApplication::translate("dalil::MapReader", "The catalogue %1 could not be opened.")
                      .arg(QFileInfo(path).fileName())
                : opened.error;
        return result;
    }
    opened.catalogue->database().setCacheKib(2048);
    opened.catalogue->database().setCancelFlag(cancel);
    try {
        read(*opened.catalogue, result);
    } catch (const DbError& e) {
        // An interrupted statement is how a cancel ends a read; anything else is a real failure.
        result = Result();
        result.cancelled = stopped(cancel);
        result.error = QCoreApplication::translate("dalil::MapReader", "%1 could not be read: %2",
                                                   "the catalogue's file name: what went wrong")
                           .arg(QFileInfo(path).fileName(), e.message());
    }
    return result;
}

} // namespace

MapReader::Offices MapReader::offices(const QString& path, const QString& language,
                                      const std::atomic<bool>* cancel)
{
    Offices result = readWith<Offices>(path, cancel, [&language](Catalogue& catalogue, Offices& out) {
        auto points = std::make_shared<MapPoints>();
        CatalogueBrowser(catalogue).forEachOffice([&](const CatalogueBrowser::Office& office) {
            QString name = language == QLatin1String("ar")   ? office.nameAr
                           : language == QLatin1String("fr") ? office.nameFr
                                                             : office.nameEn;
            for (const QString* fallback : {&office.nameAr, &office.nameEn, &office.nameFr}) {
                if (name.isEmpty()) {
                    name = *fallback;
                }
            }
            points->add(office.organisationId, name, office.lon, office.lat);
        });
        points->squeeze();
        out.points = std::move(points);
    });
    if (!result.points) {
        result.points = std::make_shared<const MapPoints>();
    }
    return result;
}

MapReader::Partnerships MapReader::partnerships(const QString& path, const std::atomic<bool>* cancel)
{
    return readWith<Partnerships>(path, cancel, [](Catalogue& catalogue, Partnerships& out) {
        out.pairs = CatalogueBrowser(catalogue).partnershipPairs();
    });
}

} // namespace dalil
