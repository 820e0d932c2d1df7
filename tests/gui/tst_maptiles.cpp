// Map tile settings: off by default and reachable from the Settings menu; an online server needs a
// usable address template and its attribution; a user's MBTiles file becomes the basemap, a
// damaged one is refused with a message and never used; the attribution is in the map corner, in
// the interface language.

#include "GuiFixture.h"
#include "TilePng.h"

#include "directory/DirectoryView.h"
#include "geo/MapRenderer.h"
#include "geo/MbtilesCache.h"
#include "geo/Mercator.h"
#include "geo/OnlineTileSource.h"
#include "geo/TileProvider.h"
#include "map/MapTilesController.h"
#include "map/MapTilesDialog.h"
#include "map/MapView.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRadioButton>
#include <QTranslator>

using namespace dalil;
using namespace dalil::test;

namespace {

// Stands in for the Arabic translation (the .qm files are made at the end of the release).
class PretendArabic : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        if (QByteArray(sourceText) == "© OpenStreetMap contributors") {
            return QStringLiteral("© مساهمو OpenStreetMap");
        }
        if (QByteArray(sourceText) == "Made with Natural Earth") {
            return QStringLiteral("صُنعت ببيانات Natural Earth");
        }
        return {};
    }
};

} // namespace

class TestMapTiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offByDefaultAndInTheMenu();
    void onlineNeedsTemplateAndAttribution();
    void userFileBecomesTheBasemap();
    void damagedFileIsRefusedAndNotUsed();
    void attributionInTheUiLanguage();

private:
    MapView* map() { return m_fixture.window->findChild<DirectoryView*>()->map(); }
    MapTilesController* controller() { return m_fixture.window->findChild<MapTilesController*>(); }

    GuiFixture m_fixture;
    QTemporaryDir m_dir;
};

void TestMapTiles::initTestCase()
{
    QCOMPARE(m_fixture.open(QStringLiteral("en")), QString());
    QVERIFY(m_fixture.createWindow());
}

void TestMapTiles::offByDefaultAndInTheMenu()
{
    // Nothing goes online until the user says so.
    QCOMPARE(MapTilesDialog::Settings::load().mode, MapTilesDialog::Mode::Off);
    QVERIFY(controller());
    QCOMPARE(controller()->provider(), nullptr);
    QVERIFY(!map()->renderer().attribution().contains(QLatin1String("OpenStreetMap")));

    // Settings > Map tiles…
    QAction* action = m_fixture.window->findChild<QAction*>(QStringLiteral("mapTilesAction"));
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
    bool inSettingsMenu = false;
    for (QAction* menuAction : m_fixture.window->menuBar()->actions()) {
        if (menuAction->menu() && menuAction->menu()->actions().contains(action)) {
            inSettingsMenu = menuAction->text().contains(QLatin1String("Settings"));
        }
    }
    QVERIFY(inSettingsMenu);

    // The dialog proposes OpenStreetMap, with its attribution, but starts switched off.
    MapTilesDialog dialog;
    dialog.setSettings(MapTilesDialog::Settings::load());
    QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("tilesOff"))->isChecked());
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("urlTemplate"))->text(),
             QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("attribution"))->text(),
             QStringLiteral("© OpenStreetMap contributors"));
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("cacheFile"))
                ->text()
                .endsWith(QLatin1String(".mbtiles")));
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("urlTemplate"))->isEnabled());
}

void TestMapTiles::onlineNeedsTemplateAndAttribution()
{
    MapTilesDialog dialog;
    dialog.setSettings(MapTilesDialog::Settings::load());
    dialog.show();
    dialog.findChild<QRadioButton*>(QStringLiteral("tilesOnline"))->setChecked(true);
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("urlTemplate"));
    auto* attribution = dialog.findChild<QLineEdit*>(QStringLiteral("attribution"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("urlError"));
    QVERIFY(url->isEnabled());
    // Nowhere on the internet: no test ever fetches a real tile.
    dialog.findChild<QLineEdit*>(QStringLiteral("cacheFile"))
        ->setText(m_dir.filePath(QStringLiteral("cache.mbtiles")));

    url->setText(QStringLiteral("https://tiles.example.org/{z}/{x}.png"));
    dialog.accept();
    QVERIFY(dialog.isVisible()); // refused
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("{y}")), qPrintable(error->text()));

    url->setText(QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"));
    attribution->clear();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!error->isVisible());
    error = dialog.findChild<QLabel*>(QStringLiteral("attributionError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("attribution")));

    attribution->setText(QStringLiteral("© Local tiles"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    dialog.settings().save();
    controller()->apply();
    QVERIFY(controller()->provider());
    QCOMPARE(controller()->lastError(), QString());
    QVERIFY2(map()->renderer().attribution().contains(QStringLiteral("© Local tiles")),
             qPrintable(map()->renderer().attribution()));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("cache.mbtiles"))));
    // The picture still comes at once with the server unreachable.
    map()->grab();

    // Switched off again: the offline map alone.
    MapTilesDialog::Settings off = MapTilesDialog::Settings::load();
    off.mode = MapTilesDialog::Mode::Off;
    off.save();
    controller()->apply();
    QCOMPARE(controller()->provider(), nullptr);
    QVERIFY(!map()->renderer().attribution().contains(QLatin1String("Local tiles")));
}

void TestMapTiles::userFileBecomesTheBasemap()
{
    const QString path = m_dir.filePath(QStringLiteral("region.mbtiles"));
    {
        auto opened = MbtilesCache::open(path, MbtilesCache::Mode::Cache);
        QVERIFY2(opened.cache, qPrintable(opened.error));
        for (int x = 0; x < 4; ++x) {
            for (int y = 0; y < 4; ++y) {
                opened.cache->write({2, x, y}, dalil::test::pngTile(QColor(0x80, 0x20, 0xa0)), QDateTime());
            }
        }
        opened.cache->setMetadata(QStringLiteral("attribution"), QStringLiteral("© Regional Atlas"));
        opened.cache->setMetadata(QStringLiteral("maxzoom"), QStringLiteral("2"));
    }
    MapTilesDialog dialog;
    dialog.setSettings(MapTilesDialog::Settings::load());
    dialog.findChild<QRadioButton*>(QStringLiteral("tilesFile"))->setChecked(true);
    dialog.findChild<QLineEdit*>(QStringLiteral("mbtilesFile"))->setText(path);
    QCOMPARE(dialog.check(), QString());
    dialog.settings().save();
    controller()->apply();
    QVERIFY(controller()->provider());
    QVERIFY(map()->renderer().attribution().contains(QStringLiteral("© Regional Atlas")));

    // The file's tiles cover the basemap: most of the picture has their colour.
    map()->setViewport(MapViewport(Mercator::project(5.0, 35.0), 2.0, map()->size()));
    const QImage picture = map()->grab().toImage();
    int purple = 0;
    for (int y = 0; y < picture.height(); y += 4) {
        for (int x = 0; x < picture.width(); x += 4) {
            const QColor seen = picture.pixelColor(x, y);
            purple += std::abs(seen.red() - 0x80) < 16 && std::abs(seen.green() - 0x20) < 16 &&
                      std::abs(seen.blue() - 0xa0) < 16;
        }
    }
    const int samples = ((picture.width() + 3) / 4) * ((picture.height() + 3) / 4);
    QVERIFY2(purple > samples / 2, qPrintable(QStringLiteral("%1 of %2").arg(purple).arg(samples)));
}

void TestMapTiles::damagedFileIsRefusedAndNotUsed()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.mbtiles"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("SQLite format 3") + QByteArray(2000, '\x7f'));
    file.close();

    MapTilesDialog dialog;
    dialog.setSettings(MapTilesDialog::Settings::load());
    dialog.show();
    dialog.findChild<QRadioButton*>(QStringLiteral("tilesFile"))->setChecked(true);
    dialog.findChild<QLineEdit*>(QStringLiteral("mbtilesFile"))->setText(path);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    const QString message = dialog.findChild<QLabel*>(QStringLiteral("fileError"))->text();
    QVERIFY2(message.contains(QLatin1String("damaged.mbtiles")), qPrintable(message));

    // Saved anyway (e.g. the file was damaged later): the map keeps its offline basemap and the
    // user is told why.
    MapTilesDialog::Settings settings = dialog.settings();
    settings.save();
    controller()->apply();
    QCOMPARE(controller()->provider(), nullptr);
    QVERIFY(controller()->lastError().contains(QLatin1String("damaged.mbtiles")));
    QVERIFY(!map()->grab().isNull());
}

void TestMapTiles::attributionInTheUiLanguage()
{
    MapTilesDialog::Settings settings = MapTilesDialog::Settings::load();
    settings.mode = MapTilesDialog::Mode::Online;
    settings.urlTemplate = QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png");
    settings.attribution = OnlineTileSource::Config().attribution;
    settings.cachePath = m_dir.filePath(QStringLiteral("osm-cache.mbtiles"));
    settings.save();
    controller()->apply();
    QVERIFY(map()->renderer().attribution().contains(QStringLiteral("© OpenStreetMap contributors")));

    PretendArabic arabic;
    QCoreApplication::installTranslator(&arabic);
    const QString shown = map()->renderer().attribution();
    QCoreApplication::removeTranslator(&arabic);
    QVERIFY2(shown.contains(QStringLiteral("مساهمو OpenStreetMap")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("صُنعت")), qPrintable(shown));
}

DALIL_GUI_TEST_MAIN(TestMapTiles)
#include "tst_maptiles.moc"
