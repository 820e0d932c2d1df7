// The small map of an organisation's offices in its profile (issue 6, "offices on a small map"),
// as a coordinator sees it, in Arabic and in English: every office drawn as a marker inside the
// small map (fitted to them); one office at the zoom of a town; no office with a position, a note
// in the interface language instead of an empty map; a click on an office, or Enter on the one
// chosen with the arrow keys, centres the main map there. One small map serves every profile.
#include "GuiFixture.h"

#include "directory/DirectoryView.h"
#include "geo/MapRenderer.h"
#include "geo/Mercator.h"
#include "main/CatalogueDocument.h"
#include "map/MapView.h"
#include "map/OfficeMap.h"
#include "profile/ProfileView.h"

#include <QLabel>
#include <QRegularExpression>

#include <algorithm>

using namespace dalil;

namespace {

struct Office
{
    QString id;
    double lon = 0;
    double lat = 0;
};

// Every organisation's offices that have a position, by organisation.
QHash<QString, QList<Office>> placedOffices(Catalogue& catalogue)
{
    QHash<QString, QList<Office>> out;
    catalogue.locations().forEach([&](const QJsonObject& l) {
        if (l.value(QLatin1String("lon")).isDouble() && l.value(QLatin1String("lat")).isDouble()) {
            out[l.value(QLatin1String("organisation_id")).toString()].append(
                {l.value(QLatin1String("id")).toString(), l.value(QLatin1String("lon")).toDouble(),
                 l.value(QLatin1String("lat")).toDouble()});
        }
    });
    return out;
}

bool near(const QColor& a, const QColor& b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

bool hasArabic(const QString& text)
{
    return text.contains(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]")));
}

} // namespace

class TestOfficeMap : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { m_fixture.close(); }
    void officesOnTheSmallMap_data();
    void officesOnTheSmallMap();

private:
    OfficeMap* showProfile(const QString& id);

    test::GuiFixture m_fixture;
    MainWindow* m_window = nullptr;
};

OfficeMap* TestOfficeMap::showProfile(const QString& id)
{
    m_window->directory()->selectOrganisation(id);
    ProfileView* profile = m_window->directory()->profile();
    if (profile->organisationId() != id) {
        return nullptr;
    }
    // The content laid out: the small map is shown at its final size and fitted to it (one
    // round of events is not always enough on a loaded machine).
    OfficeMap* small = nullptr;
    const bool settled = QTest::qWaitFor([&] {
        small = profile->officeMap();
        if (!small || !small->isVisible()) {
            return false;
        }
        const QRectF inside = QRectF(small->rect()).adjusted(6, 6, -6, -6);
        for (int i = 0; i < small->offices().size(); ++i) {
            if (!inside.contains(small->pixelOf(i))) {
                return false;
            }
        }
        return true;
    });
    return settled ? small : profile->officeMap();
}

void TestOfficeMap::officesOnTheSmallMap_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ar") << QStringLiteral("ar");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestOfficeMap::officesOnTheSmallMap()
{
    QFETCH(QString, language);
    QCOMPARE(m_fixture.open(language), QString());
    m_window = m_fixture.createWindow();
    QVERIFY(m_window);
    DirectoryView* directory = m_window->directory();
    MapView* main = directory->map();
    QTRY_VERIFY(main->points() && main->points()->size() > 100 && !main->isBuilding());
    ProfileView* profile = directory->profile();
    QVERIFY2(!profile->officeMap(), "no small map before a profile with offices is shown");

    // An organisation whose offices stand well apart on the small map (a fifth of their spread,
    // so no two are grouped into one marker) and fit it, and one with one office. Taken in id
    // order: a QHash's order changes from run to run.
    const QHash<QString, QList<Office>> placed = placedOffices(*m_fixture.catalogue);
    QStringList ids = placed.keys();
    std::sort(ids.begin(), ids.end());
    QString several, single;
    for (const QString& id : std::as_const(ids)) {
        const QList<Office>& offices = placed.value(id);
        if (offices.size() == 1 && single.isEmpty()) {
            single = id;
        }
        if (offices.size() < 2 || offices.size() > 5 || !several.isEmpty()) {
            continue;
        }
        double west = 180, east = -180, south = 90, north = -90;
        for (const Office& office : offices) {
            west = std::min(west, office.lon);
            east = std::max(east, office.lon);
            south = std::min(south, office.lat);
            north = std::max(north, office.lat);
        }
        const double spread = std::max(east - west, north - south);
        bool apart = spread <= 40;
        for (int i = 0; i < offices.size() && apart; ++i) {
            for (int j = i + 1; j < offices.size(); ++j) {
                const double gap = std::max(std::abs(offices[i].lon - offices[j].lon),
                                            std::abs(offices[i].lat - offices[j].lat));
                apart = apart && gap >= std::max(1.0, spread / 5);
            }
        }
        if (apart) {
            several = id;
        }
    }
    QVERIFY2(!several.isEmpty() && !single.isEmpty(), "the sample has organisations with offices");

    // Several offices: each one a marker inside the small map.
    OfficeMap* small = showProfile(several);
    QVERIFY2(small, "the profile shows no small map of the offices");
    QVERIFY(small->isVisible());
    QVERIFY(profile->isAncestorOf(small));
    QCOMPARE(small->offices().size(), placed.value(several).size());
    const QImage picture = small->grab().toImage();
    const MapStyle style = MapRenderer(nullptr).style();
    for (int i = 0; i < small->offices().size(); ++i) {
        const QPointF at = small->pixelOf(i);
        QVERIFY2(QRectF(small->rect()).adjusted(6, 6, -6, -6).contains(at),
                 qPrintable(QStringLiteral("office %1 at %2,%3 is outside the small map")
                                .arg(i)
                                .arg(at.x())
                                .arg(at.y())));
        const QColor seen = picture.pixelColor(at.toPoint());
        QVERIFY2(near(seen, style.marker),
                 qPrintable(QStringLiteral("office %1 is drawn %2").arg(i).arg(seen.name())));
    }
    const QList<Office> offices = placed.value(several);

    // A click on an office centres the main map on it.
    const int clicked = int(offices.size()) - 1;
    const OfficeMap::Office target = small->offices().at(clicked);
    QTest::mouseClick(small, Qt::LeftButton, Qt::NoModifier, small->pixelOf(clicked).toPoint());
    const QPointF mainCentre = main->viewport().toScreen(Mercator::project(target.lon, target.lat));
    QVERIFY2(QLineF(mainCentre, QPointF(main->width() / 2.0, main->height() / 2.0)).length() < 2,
             "the main map is not centred on the office clicked");
    QVERIFY(main->viewport().zoom() >= 10);
    // There the main map draws the office: its marker, or the cluster that holds it.
    const MapRenderer::Hit hit = main->renderer().hitTest(main->viewport(), mainCentre);
    QVERIFY(hit.kind != MapRenderer::Hit::None);
    if (hit.kind == MapRenderer::Hit::Marker) {
        QCOMPARE(hit.organisationId, several);
    }

    // The keyboard: Tab reaches the small map, an arrow chooses the next office, Enter shows it.
    main->setViewport(MapViewport(Mercator::project(0, 0), 3, main->size()));
    small->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(small->hasFocus());
    QCOMPARE(small->currentOffice(), clicked);
    QTest::keyClick(small, Qt::Key_Right);
    const int next = (clicked + 1) % int(small->offices().size());
    QCOMPARE(small->currentOffice(), next);
    QTest::keyClick(small, Qt::Key_Return);
    const OfficeMap::Office second = small->offices().at(next);
    const QPointF secondOnMain = main->viewport().toScreen(Mercator::project(second.lon, second.lat));
    QVERIFY2(QLineF(secondOnMain, QPointF(main->width() / 2.0, main->height() / 2.0)).length() < 2,
             "Enter did not centre the main map on the chosen office");

    // One office: the same small map, at the zoom of a town, the office in the middle.
    OfficeMap* again = showProfile(single);
    QCOMPARE(again, small);
    QVERIFY(small->isVisible());
    QCOMPARE(small->offices().size(), 1);
    QVERIFY2(small->viewport().zoom() >= 8 && small->viewport().zoom() <= 13,
             qPrintable(QString::number(small->viewport().zoom())));
    const QPointF middle(small->width() / 2.0, small->height() / 2.0);
    QVERIFY(QLineF(small->pixelOf(0), middle).length() < 2);
    QVERIFY(near(small->grab().toImage().pixelColor(middle.toPoint()), style.marker));

    // Its office deleted: no empty map, a note in the interface language.
    QVERIFY(m_window->document().removeRecord(QStringLiteral("location"), placed.value(single).first().id,
                                              QStringLiteral("test")));
    QTRY_VERIFY(profile->findChild<QLabel*>(QStringLiteral("officeMapNone")));
    QLabel* none = profile->findChild<QLabel*>(QStringLiteral("officeMapNone"));
    QTRY_VERIFY(none->isVisible());
    QVERIFY(!small->isVisible());
    const QString english = QStringLiteral("No office location is on record.");
    if (language == QLatin1String("en")) {
        QCOMPARE(none->text(), english);
    } else {
        QVERIFY2(none->text() != english && hasArabic(none->text()), qPrintable(none->text()));
    }
}

DALIL_GUI_TEST_MAIN(TestOfficeMap)
#include "tst_officemap.moc"
