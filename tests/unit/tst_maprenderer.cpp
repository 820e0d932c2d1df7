// The map picture: sea and land where they belong, markers where the offices are, labels that do
// not collide, arcs that cross the antimeridian the short way, the choropleth, hit testing, the
// catalogue read the map relies on, and the CLI commands render-map and clusters end to end.
#include "TestSupport.h"

#include "catalogue/Catalogue.h"
#include "catalogue/IdPairs.h"
#include "geo/HaloText.h"
#include "geo/MapData.h"
#include "geo/MapPoints.h"
#include "geo/MapRenderer.h"
#include "geo/Mercator.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QtTest>

using namespace dalil;

namespace {

const GeoBounds kEastMed{30, 28, 45, 38};
const QSize kSize(1200, 800);

// A colour is "the same" when each channel is within a few steps (antialiasing, premultiplication).
bool near(QRgb a, const QColor& b, int tolerance = 6)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance &&
           std::abs(qBlue(a) - b.blue()) <= tolerance;
}

QString describe(QRgb c)
{
    return QStringLiteral("rgb(%1,%2,%3)").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}

QImage draw(MapRenderer& renderer, const MapViewport& view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    renderer.render(painter, view);
    return image;
}

QRgb pixelAt(const QImage& image, const MapViewport& view, double lon, double lat)
{
    const QPoint p = view.toScreenLonLat(lon, lat).toPoint();
    return image.pixel(p);
}

QJsonObject organisation(const QString& id, const QString& ar, const QString& en,
                         const QStringList& countries = {})
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name_ar"), ar},
                       {QStringLiteral("name_en"), en},
                       {QStringLiteral("type"), QStringLiteral("22")},
                       {QStringLiteral("countries"), QJsonArray::fromStringList(countries)}};
}

QJsonObject office(const QString& id, const QString& org, const QString& country, double lat, double lon)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("organisation_id"), org},
                       {QStringLiteral("country"), country},
                       {QStringLiteral("lat"), lat},
                       {QStringLiteral("lon"), lon}};
}

} // namespace

class TestMapRenderer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void seaAndLandWhereTheyBelong();
    void markerAtOrganisationPixel();
    void selectionAndHitTest();
    void choroplethColoursAndBreaks();
    void labelsInUiLanguageWithoutOverlap_data();
    void labelsInUiLanguageWithoutOverlap();
    void arcAcrossAntimeridian();
    void crowdedArcsShowOnlyTheSelected();
    void worldCopiesAtLowZoom();
    void frameCacheMatchesDirectRender();
    void deferredBasemapArrivesRight();
    void mapDataFromCatalogue();
    void cliRenderMap();
    void cliRenderMapErrors_data();
    void cliRenderMapErrors();
    void cliClusters();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestMapRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("map.dalil"));
    auto opened = Catalogue::open(m_db, Database::Mode::CreateIfMissing);
    QVERIFY2(opened.catalogue, qPrintable(opened.error));
    Catalogue& c = *opened.catalogue;
    // A test organisation in the Syrian desert (Palmyra), far from anything else.
    c.organisations().save(organisation(QStringLiteral("org-palmyra"), QStringLiteral("جمعية تدمر للتنمية"),
                                        QStringLiteral("Palmyra Development Association"),
                                        {QStringLiteral("SY")}));
    c.locations().save(office(QStringLiteral("loc-palmyra"), QStringLiteral("org-palmyra"),
                              QStringLiteral("SY"), 34.5560, 38.2690));
    // Three in Beirut, one with two offices (Beirut and Tripoli), one deleted, one without coordinates.
    c.organisations().save(organisation(QStringLiteral("org-amel"), QStringLiteral("عامل"),
                                        QStringLiteral("Amel"), {QStringLiteral("LB")}));
    c.locations().save(office(QStringLiteral("loc-amel-1"), QStringLiteral("org-amel"), QStringLiteral("LB"),
                              33.8938, 35.5018));
    c.locations().save(office(QStringLiteral("loc-amel-2"), QStringLiteral("org-amel"), QStringLiteral("LB"),
                              34.4367, 35.8497));
    c.organisations().save(organisation(QStringLiteral("org-kafa"), QStringLiteral("كفى"),
                                        QStringLiteral("KAFA"), {QStringLiteral("LB")}));
    c.locations().save(office(QStringLiteral("loc-kafa"), QStringLiteral("org-kafa"), QStringLiteral("LB"),
                              33.8900, 35.5100));
    c.organisations().save(organisation(QStringLiteral("org-gone"), QStringLiteral("محذوفة"),
                                        QStringLiteral("Gone"), {QStringLiteral("LB")}));
    c.locations().save(
        office(QStringLiteral("loc-gone"), QStringLiteral("org-gone"), QStringLiteral("LB"), 33.9, 35.52));
    QVERIFY(c.organisations().remove(QStringLiteral("org-gone")));
    c.organisations().save(organisation(QStringLiteral("org-nowhere"), QStringLiteral("بلا مكان"),
                                        QStringLiteral("Nowhere"), {QStringLiteral("JO")}));
    QJsonObject noCoordinates =
        office(QStringLiteral("loc-nowhere"), QStringLiteral("org-nowhere"), QStringLiteral("JO"), 0, 0);
    noCoordinates.remove(QStringLiteral("lat"));
    noCoordinates.remove(QStringLiteral("lon"));
    c.locations().save(noCoordinates);
    c.partnerships().save(QJsonObject{{QStringLiteral("org_a"), QStringLiteral("org-amel")},
                                      {QStringLiteral("org_b"), QStringLiteral("org-palmyra")}});
    c.partnerships().save(QJsonObject{{QStringLiteral("org_a"), QStringLiteral("org-kafa")},
                                      {QStringLiteral("org_b"), QStringLiteral("org-gone")}});
}

void TestMapRenderer::seaAndLandWhereTheyBelong()
{
    MapRenderer renderer;
    renderer.setShowLabels(false);
    const MapViewport view = MapViewport::fitting(kEastMed, kSize, 0.0);
    const QImage image = draw(renderer, view);
    const MapStyle& style = renderer.style();
    const QRgb sea = pixelAt(image, view, 34.8, 33.9);     // off the Lebanese coast
    const QRgb desert = pixelAt(image, view, 38.5, 34.0);  // the Syrian desert
    const QRgb cyprus = pixelAt(image, view, 33.0, 35.05); // inland Cyprus
    const QRgb sinai = pixelAt(image, view, 33.8, 29.5);   // Sinai
    const QRgb gulfOfSuez = pixelAt(image, view, 32.9, 29.2);
    QVERIFY2(near(sea, style.sea), qPrintable(describe(sea)));
    QVERIFY2(near(desert, style.land), qPrintable(describe(desert)));
    QVERIFY2(near(cyprus, style.land), qPrintable(describe(cyprus)));
    QVERIFY2(near(sinai, style.land), qPrintable(describe(sinai)));
    QVERIFY2(near(gulfOfSuez, style.sea), qPrintable(describe(gulfOfSuez)));
    // The attribution is in the corner.
    QVERIFY(renderer.attribution().contains(QLatin1String("Natural Earth")));
}

void TestMapRenderer::markerAtOrganisationPixel()
{
    auto points = std::make_shared<MapPoints>();
    points->add(QStringLiteral("org-palmyra"), QStringLiteral("جمعية تدمر للتنمية"), 38.2690, 34.5560);
    MapRenderer renderer;
    renderer.setShowLabels(false);
    renderer.setPoints(ClusteredPoints::build(points));
    const MapViewport view = MapViewport::fitting(kEastMed, kSize, 0.0);
    const QImage image = draw(renderer, view);
    const QRgb marker = pixelAt(image, view, 38.2690, 34.5560);
    QVERIFY2(near(marker, renderer.style().marker), qPrintable(describe(marker)));
    // 30 pixels away it is the desert again.
    const QPoint beside = view.toScreenLonLat(38.2690, 34.5560).toPoint() + QPoint(30, 0);
    QVERIFY2(near(image.pixel(beside), renderer.style().land), qPrintable(describe(image.pixel(beside))));
}

void TestMapRenderer::selectionAndHitTest()
{
    auto points = std::make_shared<MapPoints>();
    points->add(QStringLiteral("org-palmyra"), QStringLiteral("جمعية تدمر للتنمية"), 38.2690, 34.5560);
    for (int i = 0; i < 30; ++i) { // a crowd in Beirut: one cluster at this zoom
        points->add(QStringLiteral("org-%1").arg(i), QStringLiteral("منظمة %1").arg(i), 35.50 + i * 0.001,
                    33.89);
    }
    MapRenderer renderer;
    renderer.setShowLabels(false);
    renderer.setPoints(ClusteredPoints::build(points));
    const MapViewport view = MapViewport::fitting(kEastMed, kSize, 0.0);

    const QPointF palmyra = view.toScreenLonLat(38.2690, 34.5560);
    MapRenderer::Hit hit = renderer.hitTest(view, palmyra + QPointF(3, -2));
    QCOMPARE(hit.kind, MapRenderer::Hit::Marker);
    QCOMPARE(hit.organisationId, QStringLiteral("org-palmyra"));
    QCOMPARE(hit.name, QStringLiteral("جمعية تدمر للتنمية"));

    hit = renderer.hitTest(view, view.toScreenLonLat(35.515, 33.89));
    QCOMPARE(hit.kind, MapRenderer::Hit::Cluster);
    QCOMPARE(hit.count, 30u);
    QVERIFY(renderer.points()->index->expansionZoom(hit.id) > MapRenderer::clusterZoom(view));

    QCOMPARE(renderer.hitTest(view, palmyra + QPointF(60, 60)).kind, MapRenderer::Hit::None);

    renderer.setSelected(QStringLiteral("org-palmyra"));
    const QImage image = draw(renderer, view);
    QVERIFY2(near(image.pixel(palmyra.toPoint()), renderer.style().selection),
             qPrintable(describe(image.pixel(palmyra.toPoint()))));
}

void TestMapRenderer::choroplethColoursAndBreaks()
{
    MapRenderer renderer;
    renderer.setShowLabels(false);
    renderer.setChoropleth(
        {{QStringLiteral("SY"), 240}, {QStringLiteral("LB"), 3}, {QStringLiteral("JO"), 40}});
    const QList<int> breaks = renderer.choroplethBreaks();
    QCOMPARE(breaks.size(), 5);
    QCOMPARE(breaks.last(), 240);
    for (int i = 1; i < breaks.size(); ++i) {
        QVERIFY(breaks[i] > breaks[i - 1]);
    }
    QCOMPARE(renderer.colourFor(QStringLiteral("SY")), renderer.style().choropleth.back());
    QCOMPARE(renderer.colourFor(QStringLiteral("IQ")), renderer.style().land);
    QVERIFY(renderer.colourFor(QStringLiteral("LB")) != renderer.colourFor(QStringLiteral("SY")));
    const MapViewport view = MapViewport::fitting(kEastMed, kSize, 0.0);
    const QImage image = draw(renderer, view);
    QVERIFY(near(pixelAt(image, view, 38.5, 34.0), renderer.style().choropleth.back()));
    QVERIFY(near(pixelAt(image, view, 42.5, 32.0), renderer.style().land)); // Iraq: none
    // Off again.
    renderer.setChoropleth({});
    QVERIFY(renderer.choroplethBreaks().isEmpty());
    QCOMPARE(renderer.colourFor(QStringLiteral("SY")), renderer.style().land);
}

void TestMapRenderer::labelsInUiLanguageWithoutOverlap_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lebanon");
    QTest::addColumn<QString>("syria");
    QTest::newRow("ar") << "ar" << QStringLiteral("لبنان") << QStringLiteral("سوريا");
    QTest::newRow("en") << "en" << QStringLiteral("Lebanon") << QStringLiteral("Syrian Arab Republic");
    QTest::newRow("fr") << "fr" << QStringLiteral("Liban") << QStringLiteral("Syrie");
}

void TestMapRenderer::labelsInUiLanguageWithoutOverlap()
{
    QFETCH(QString, language);
    QFETCH(QString, lebanon);
    QFETCH(QString, syria);
    MapRenderer renderer;
    renderer.setLanguage(language);
    const MapViewport view = MapViewport::fitting(kEastMed, kSize, 0.0);
    const QList<MapRenderer::Label> labels = renderer.labels(view, QFont());
    QStringList texts;
    for (const auto& l : labels) {
        texts << l.text;
    }
    QVERIFY2(texts.contains(lebanon), qPrintable(texts.join(QLatin1String(", "))));
    QVERIFY2(texts.contains(syria), qPrintable(texts.join(QLatin1String(", "))));
    for (int i = 0; i < labels.size(); ++i) {
        QVERIFY(QRectF(QPointF(0, 0), QSizeF(kSize)).contains(labels[i].box));
        for (int j = i + 1; j < labels.size(); ++j) {
            QVERIFY2(!labels[i].box.intersects(labels[j].box),
                     qPrintable(labels[i].text + QLatin1String(" / ") + labels[j].text));
        }
    }
    // Zoomed far out the whole region cannot hold every name: fewer labels, still no overlap.
    const MapViewport world(Mercator::project(30, 25), 2.0, QSize(800, 500));
    const QList<MapRenderer::Label> few = renderer.labels(world, QFont());
    QVERIFY(!few.isEmpty());
    for (int i = 0; i < few.size(); ++i) {
        for (int j = i + 1; j < few.size(); ++j) {
            QVERIFY(!few[i].box.intersects(few[j].box));
        }
    }
}

void TestMapRenderer::arcAcrossAntimeridian()
{
    // Fiji (Suva) and Samoa (Apia): the short way crosses 180°, not the whole Pacific westwards.
    auto points = std::make_shared<MapPoints>();
    points->add(QStringLiteral("fiji"), QStringLiteral("Suva"), 178.44, -18.14);
    points->add(QStringLiteral("samoa"), QStringLiteral("Apia"), -171.76, -13.83);
    MapRenderer renderer;
    renderer.setShowLabels(false);
    renderer.setPoints(ClusteredPoints::build(points));
    renderer.setPartnerships({{QStringLiteral("fiji"), QStringLiteral("samoa")}});
    QCOMPARE(renderer.partnershipArcCount(), 1);
    MapViewport view(Mercator::project(-176.5, -16.0), 6, QSize(900, 500));
    const QImage image = draw(renderer, view);
    // Near the middle of the arc (just east of 180°) the line is drawn; the sea far from it is not touched.
    const QRgb onArc = pixelAt(image, view, -176.66, -16.05);
    const QRgb awayFromArc = pixelAt(image, view, -176.66, -18.5);
    QVERIFY2(!near(onArc, renderer.style().sea, 12), qPrintable(describe(onArc)));
    QVERIFY2(near(awayFromArc, renderer.style().sea), qPrintable(describe(awayFromArc)));
}

void TestMapRenderer::crowdedArcsShowOnlyTheSelected()
{
    // Over the South Atlantic (sea everywhere): one partnership of the organisation the user selects,
    // and a crowd of short north-south partnerships elsewhere in view.
    auto build = [](int crowd) {
        auto points = std::make_shared<MapPoints>();
        points->add(QStringLiteral("sel"), QStringLiteral("Selected"), -15.0, -30.0);
        points->add(QStringLiteral("partner"), QStringLiteral("Partner"), -5.0, -30.0);
        IdPairs pairs{{QStringLiteral("sel"), QStringLiteral("partner")}};
        for (int i = 0; i < crowd; ++i) {
            const double lon = -30.0 + i * (4.0 / crowd);
            points->add(QStringLiteral("n%1").arg(i), QString(), lon, -40.0);
            points->add(QStringLiteral("s%1").arg(i), QString(), lon, -44.0);
            pairs.append(QStringLiteral("n%1").arg(i), QStringLiteral("s%1").arg(i));
        }
        return std::make_pair(points, pairs);
    };
    const MapViewport view(Mercator::project(-18.0, -36.0), 4, QSize(900, 700));
    auto touched = [&](const QImage& image, const MapRenderer& renderer, double lon, double lat) {
        const QPoint p = view.toScreenLonLat(lon, lat).toPoint();
        for (int dy = -4; dy <= 4; ++dy) {
            if (!near(image.pixel(p + QPoint(0, dy)), renderer.style().sea, 12)) {
                return true;
            }
        }
        return false;
    };
    for (int crowd : {50, 2500}) {
        const auto [points, pairs] = build(crowd);
        MapRenderer renderer;
        renderer.setShowLabels(false);
        renderer.setPoints(ClusteredPoints::build(points));
        renderer.setPartnerships(pairs);
        QCOMPARE(renderer.partnershipArcCount(), crowd + 1);
        renderer.setSelected(QStringLiteral("sel"));
        const QImage image = draw(renderer, view);
        QVERIFY2(touched(image, renderer, -10.0, -30.0), "the selected organisation's line is drawn");
        // A few lines are all drawn; thousands in view would be a tangle: only the selected one's are.
        QCOMPARE(touched(image, renderer, -28.0, -42.0), crowd < 2000);
    }
}

void TestMapRenderer::worldCopiesAtLowZoom()
{
    // At zoom 2 a wide window shows the world more than once: Beirut's marker appears on each copy.
    auto points = std::make_shared<MapPoints>();
    points->add(QStringLiteral("b"), QStringLiteral("Beirut"), 35.5, 33.9);
    MapRenderer renderer;
    renderer.setShowLabels(false);
    renderer.setPoints(ClusteredPoints::build(points));
    const MapViewport view(Mercator::project(125.5, 33.9), 2.0, QSize(1920, 400));
    const QImage image = draw(renderer, view);
    const QPointF beirut = view.toScreenLonLat(35.5, 33.9); // 90° west of the centre: 256 px left of it
    QCOMPARE(beirut.toPoint(), QPoint(704, 200));
    QVERIFY(near(image.pixel(beirut.toPoint()), renderer.style().marker));
    QVERIFY(near(image.pixel((beirut + QPointF(1024, 0)).toPoint()), renderer.style().marker));
    QVERIFY(!near(image.pixel((beirut + QPointF(512, 0)).toPoint()), renderer.style().marker));
}

void TestMapRenderer::frameCacheMatchesDirectRender()
{
    MapRenderer renderer;
    MapViewport view = MapViewport::fitting(kEastMed, QSize(600, 400), 0.0);
    auto frame = [&](const MapViewport& v) {
        QImage image(v.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        renderer.renderFrame(painter, v);
        return image;
    };
    frame(view);
    view.panBy(QPointF(-40, 25)); // within the cached margin
    const QImage cached = frame(view);
    renderer.invalidateBasemap();
    const QImage fresh = frame(view);
    // Same sea/land pixels (labels may sit elsewhere: they were placed for the cached extent).
    int differing = 0;
    for (int y = 0; y < cached.height(); y += 7) {
        for (int x = 0; x < cached.width(); x += 7) {
            if (!near(cached.pixel(x, y), QColor(fresh.pixel(x, y)), 10)) {
                ++differing;
            }
        }
    }
    QVERIFY2(differing < (cached.width() / 7) * (cached.height() / 7) / 50,
             qPrintable(QString::number(differing)));
}

void TestMapRenderer::deferredBasemapArrivesRight()
{
    // On screen the basemap is drawn on a worker: the first frame shows the sea (nothing to stand
    // in yet), the next, once the worker is done, the same picture as drawing it at once; a frame
    // at another zoom shows the previous picture scaled until its own is in. Halo labels come
    // from their cache the second time.
    MapRenderer renderer;
    MapRenderer direct;
    int ready = 0;
    renderer.setBackgroundBasemap([&ready] { ++ready; });
    MapViewport view = MapViewport::fitting(kEastMed, QSize(600, 400), 0.0);
    auto frame = [](MapRenderer& r, const MapViewport& v, bool defer) {
        QImage image(v.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        r.renderFrame(painter, v, defer);
        return image;
    };
    const QImage first = frame(renderer, view, true);
    QVERIFY(renderer.isBasemapPending());
    QVERIFY(near(pixelAt(first, view, 38.5, 34.6), renderer.style().sea)); // Syria, not drawn yet
    QTRY_COMPARE_WITH_TIMEOUT(ready, 1, 20000);
    QVERIFY(!renderer.isBasemapPending());
    const QImage arrived = frame(renderer, view, true);
    const int drawn = HaloText::drawnCount();
    const QImage now = frame(direct, view, false);
    QCOMPARE(arrived, now);
    // The same labels again (another renderer, this thread): none was outlined a second time.
    QCOMPARE(HaloText::drawnCount(), drawn);

    view.setZoom(view.zoom() + 1);
    const QImage standIn = frame(renderer, view, true);
    QVERIFY(renderer.isBasemapPending());
    QVERIFY(!near(pixelAt(standIn, view, 38.5, 34.6), renderer.style().sea)); // Syria, scaled up
    QTRY_COMPARE_WITH_TIMEOUT(ready, 2, 20000);
    QCOMPARE(frame(renderer, view, true), frame(direct, view, false));
}

void TestMapRenderer::mapDataFromCatalogue()
{
    auto opened = Catalogue::open(m_db);
    QVERIFY(opened.catalogue);
    MapData data = MapData::load(*opened.catalogue, QStringLiteral("ar"));
    QCOMPARE(data.points->size(), static_cast<size_t>(4)); // deleted and coordinate-less left out
    QCOMPARE(data.points->organisationCount(), static_cast<size_t>(3));
    QCOMPARE(data.points->organisationName(QStringLiteral("org-amel")), QStringLiteral("عامل"));
    QCOMPARE(data.points->pointsOf(QStringLiteral("org-amel")).size(), static_cast<size_t>(2));
    QCOMPARE(data.organisationsPerCountry.value(QStringLiteral("LB")), 2);
    QCOMPARE(data.organisationsPerCountry.value(QStringLiteral("SY")), 1);
    QCOMPARE(data.partnerships.size(), 1); // the one with a deleted partner is left out
    data = MapData::load(*opened.catalogue, QStringLiteral("en"));
    QCOMPARE(data.points->organisationName(QStringLiteral("org-amel")), QStringLiteral("Amel"));

    OfficeFilter syria;
    syria.countries = {QStringLiteral("SY")};
    QCOMPARE(MapData::load(*opened.catalogue, QStringLiteral("ar"), syria).points->size(),
             static_cast<size_t>(1));
    OfficeFilter box;
    box.hasBox = true;
    box.west = 35.0;
    box.south = 33.5;
    box.east = 36.0;
    box.north = 34.0;
    QCOMPARE(MapData::load(*opened.catalogue, QStringLiteral("ar"), box).points->size(),
             static_cast<size_t>(2));
    OfficeFilter injection;
    injection.countries = {QStringLiteral("LB') OR 1=1 --")};
    QCOMPARE(MapData::load(*opened.catalogue, QStringLiteral("ar"), injection).points->size(),
             static_cast<size_t>(0));
    const QSet<QString> only{QStringLiteral("org-kafa")};
    QCOMPARE(MapData::load(*opened.catalogue, QStringLiteral("ar"), {}, only).points->size(),
             static_cast<size_t>(1));
}

void TestMapRenderer::cliRenderMap()
{
    const QString out = m_dir.filePath(QStringLiteral("levant.png"));
    const test::CliRun run =
        test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("render-map"), QStringLiteral("--bbox"),
                      QStringLiteral("30,28,45,38"), QStringLiteral("--size"), QStringLiteral("1200x800"),
                      QStringLiteral("--out"), out, QStringLiteral("--no-labels")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QImage image(out);
    QCOMPARE(image.size(), kSize);
    const MapViewport view = MapViewport::fitting(kEastMed, kSize, 0.0);
    const MapStyle style;
    QVERIFY2(near(pixelAt(image, view, 34.8, 33.9), style.sea),
             qPrintable(describe(pixelAt(image, view, 34.8, 33.9))));
    QVERIFY(near(pixelAt(image, view, 40.5, 33.0), style.land));
    const QRgb palmyra = pixelAt(image, view, 38.2690, 34.5560);
    QVERIFY2(near(palmyra, style.marker), qPrintable(describe(palmyra)));
}

void TestMapRenderer::cliRenderMapErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const QString png = m_dir.filePath(QStringLiteral("x.png"));
    QTest::newRow("no bbox") << QStringList{QStringLiteral("--size"), QStringLiteral("100x100"),
                                            QStringLiteral("--out"), png}
                             << 2 << "--bbox";
    QTest::newRow("bad bbox") << QStringList{QStringLiteral("--bbox"), QStringLiteral("30,28,45"),
                                             QStringLiteral("--size"), QStringLiteral("100x100"),
                                             QStringLiteral("--out"),  png}
                              << 2 << "W,S,E,N";
    QTest::newRow("bad size") << QStringList{QStringLiteral("--bbox"), QStringLiteral("30,28,45,38"),
                                             QStringLiteral("--size"), QStringLiteral("big"),
                                             QStringLiteral("--out"),  png}
                              << 2 << "WIDTHxHEIGHT";
    QTest::newRow("not png") << QStringList{QStringLiteral("--bbox"), QStringLiteral("30,28,45,38"),
                                            QStringLiteral("--size"), QStringLiteral("100x100"),
                                            QStringLiteral("--out"),  m_dir.filePath(QStringLiteral("x.jpg"))}
                             << 2 << ".png";
    QTest::newRow("unwritable") << QStringList{QStringLiteral("--bbox"),
                                               QStringLiteral("30,28,45,38"),
                                               QStringLiteral("--size"),
                                               QStringLiteral("100x100"),
                                               QStringLiteral("--out"),
                                               m_dir.filePath(QStringLiteral("no/such/dir/x.png"))}
                                << 1 << "no/such/dir";
    QTest::newRow("bad country") << QStringList{QStringLiteral("--bbox"),    QStringLiteral("30,28,45,38"),
                                                QStringLiteral("--size"),    QStringLiteral("100x100"),
                                                QStringLiteral("--out"),     png,
                                                QStringLiteral("--country"), QStringLiteral("لبنان")}
                                 << 2 << "--country";
}

void TestMapRenderer::cliRenderMapErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const test::CliRun run =
        test::runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("render-map")} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
}

void TestMapRenderer::cliClusters()
{
    auto clusters = [&](const QStringList& extra) {
        const test::CliRun run =
            test::runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("clusters")} + extra +
                         QStringList{QStringLiteral("--json")});
        [&] { QVERIFY2(run.exitCode == 0, run.err.constData()); }();
        return QJsonDocument::fromJson(run.out).object();
    };
    // Far out, Beirut's three offices are one cluster; Palmyra is alone; Tripoli (80 km north) joins Beirut.
    QJsonObject far = clusters({QStringLiteral("--zoom"), QStringLiteral("5")});
    QCOMPARE(far.value(QLatin1String("radius")).toDouble(), 60.0);
    QCOMPARE(far.value(QLatin1String("tile_size")).toInt(), 256);
    QCOMPARE(far.value(QLatin1String("points")).toInt(), 4);
    QJsonArray items = far.value(QLatin1String("clusters")).toArray();
    int sum = 0;
    for (const auto& v : items) {
        sum += v.toObject().value(QLatin1String("count")).toInt();
    }
    QCOMPARE(sum, 4);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].toObject().value(QLatin1String("count")).toInt(), 3);
    QVERIFY(items[0].toObject().value(QLatin1String("expansion_zoom")).toInt() > 5);
    QCOMPARE(items[1].toObject().value(QLatin1String("organisation_id")).toString(),
             QStringLiteral("org-palmyra"));
    QCOMPARE(items[1].toObject().value(QLatin1String("lon")).toDouble(), 38.269);
    // Close in, every office is its own item; a box keeps only what is inside it.
    QJsonObject close = clusters({QStringLiteral("--zoom"), QStringLiteral("16"), QStringLiteral("--bbox"),
                                  QStringLiteral("35,33.5,36,34")});
    QCOMPARE(close.value(QLatin1String("clusters")).toArray().size(), 2);
    QCOMPARE(close.value(QLatin1String("points_in_bbox")).toInt(), 2);
    // A huge radius gathers everything.
    QJsonObject wide = clusters(
        {QStringLiteral("--zoom"), QStringLiteral("4"), QStringLiteral("--radius"), QStringLiteral("400")});
    QCOMPARE(wide.value(QLatin1String("clusters")).toArray().size(), 1);
    // Filters: only Syria.
    QJsonObject syria = clusters(
        {QStringLiteral("--zoom"), QStringLiteral("4"), QStringLiteral("--country"), QStringLiteral("SY")});
    QCOMPARE(syria.value(QLatin1String("points")).toInt(), 1);
    // Usage errors.
    QCOMPARE(
        test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("clusters"), QStringLiteral("--json")})
            .exitCode,
        2);
    QCOMPARE(test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("clusters"), QStringLiteral("--zoom"),
                           QStringLiteral("x")})
                 .exitCode,
             2);
    QCOMPARE(test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("clusters"), QStringLiteral("--zoom"),
                           QStringLiteral("3"), QStringLiteral("--radius"), QStringLiteral("-5")})
                 .exitCode,
             2);
}

QTEST_MAIN(TestMapRenderer)
#include "tst_maprenderer.moc"
