// Pictures of the real window in Arabic, English and French (main window, a profile, the funding
// list, the dashboard), saved as PNG files in the build's test output (build/tests/screenshots/),
// in the fonts the application sets up, and the check that a phone number inside an Arabic profile
// reads left to right. Runs under Xvfb when xvfb-run is there (it starts itself under it), else on
// the offscreen platform.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "catalogue/SampleCatalogue.h"
#include "dashboard/DashboardView.h"
#include "directory/DirectoryView.h"
#include "directory/OrganisationListModel.h"
#include "funding/FundingView.h"
#include "geo/MapPoints.h"
#include "main/Display.h"
#include "map/MapView.h"
#include "profile/ProfileView.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QLabel>
#include <QProcess>
#include <QRawFont>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextLayout>

using namespace dalil;

namespace {

QString ercId()
{
    return SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("erc"));
}

QString outputDir()
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

// A picture with some content: not one flat colour.
bool hasContent(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5) {
            colours.insert(image.pixel(x, y));
        }
    }
    return colours.size() > 8;
}

// Visual x of each logical character of `text` laid out as one line in `direction`.
QList<qreal> visualPositions(const QString& text, const QFont& font, Qt::LayoutDirection direction)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setTextDirection(direction);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(2000);
    layout.endLayout();
    QList<qreal> xs;
    for (int i = 0; i < text.size(); ++i) {
        xs.append(line.cursorToX(i));
    }
    return xs;
}

// True when the phone number at [from, from + length) of `text` runs left to right: the cursor
// positions strictly inside it (where no direction boundary makes them ambiguous) grow from left
// to right as the logical order goes on.
bool readsLeftToRight(const QString& text, int from, int length, const QFont& font,
                      Qt::LayoutDirection direction)
{
    const QList<qreal> xs = visualPositions(text, font, direction);
    for (int i = from + 2; i < from + length; ++i) {
        if (xs[i] <= xs[i - 1]) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void screens_data();
    void screens();
    void phoneReadsLeftToRightInArabicProfile();
    void arabicInTheFontUsersSee();
    void readmeScreenshot();

private:
    MainWindow* open(const QString& language);
    QImage save(QWidget* widget, const QString& name);

    test::GuiFixture m_fixture;
};

void TestScreenshots::initTestCase()
{
    qInfo("platform: %s; pictures in %s", qPrintable(QGuiApplication::platformName()),
          qPrintable(outputDir()));
}

void TestScreenshots::cleanup()
{
    m_fixture.close();
}

MainWindow* TestScreenshots::open(const QString& language)
{
    const QString error = m_fixture.open(language);
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    // A contact with a phone and an e-mail, as a coordinator would add one.
    m_fixture.catalogue->contacts().save(
        {{QStringLiteral("organisation_id"), ercId()},
         {QStringLiteral("name"), QStringLiteral("مكتب العلاقات العامة")},
         {QStringLiteral("role"), QStringLiteral("الإعلام")},
         {QStringLiteral("emails"), QJsonArray{QStringLiteral("info@egyptianrc.org")}},
         {QStringLiteral("phones"), QJsonArray{QStringLiteral("+20223456789")}}});
    MainWindow* window = m_fixture.createWindow();
    if (!window) {
        return nullptr;
    }
    window->resize(1400, 860);
    const QDateTime now(QDate(2026, 5, 1), QTime(9, 0), QTimeZone::utc());
    window->funding()->setNow(now);
    window->dashboard()->setToday(now.date());
    window->directory()->selectOrganisation(ercId());
    return window;
}

QImage TestScreenshots::save(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    const QImage image = widget->grab().toImage();
    const QString path = outputDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    if (!image.save(path)) {
        qWarning("could not write %s", qPrintable(path));
    }
    return image;
}

void TestScreenshots::screens_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("arabic") << QStringLiteral("ar");
    QTest::newRow("english") << QStringLiteral("en");
    QTest::newRow("french") << QStringLiteral("fr");
}

void TestScreenshots::screens()
{
    QFETCH(QString, language);
    MainWindow* window = open(language);
    QVERIFY(window);
    QTRY_COMPARE(window->directory()->profile()->organisationId(), ercId());
    QTRY_VERIFY(window->directory()->model()->totalCount() > 100);
    // The offices are read and indexed on worker threads: the map is ready when they are placed
    // and the organisation chosen at start is selected on it.
    MapView* map = window->directory()->map();
    QTRY_VERIFY(map->hasBasemap() && map->points() && !map->points()->isEmpty() && !map->isBuilding());
    QTRY_COMPARE(map->selectedOrganisation(), ercId());
    // The list's columns fit it in the fonts users see: it does not scroll sideways, in the window
    // as it first opens (1280 px) nor in the pictures' wider one.
    QTableView* list = window->directory()->results();
    for (const QSize size : {QSize(1280, 820), QSize(1400, 860)}) {
        window->resize(size);
        QTRY_COMPARE(window->size(), size);
        QCoreApplication::processEvents();
        QVERIFY2(list->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("the list scrolls sideways by %1 px in a window %2 px wide")
                                .arg(list->horizontalScrollBar()->maximum())
                                .arg(size.width())));
    }
    QVERIFY(hasContent(save(window, QStringLiteral("main-window-") + language)));
    QVERIFY(hasContent(save(window->directory()->profile(), QStringLiteral("profile-") + language)));
    window->tabs()->setCurrentIndex(MainWindow::FundingTab);
    QVERIFY(window->funding()->shownIds().size() > 3);
    QVERIFY(hasContent(save(window, QStringLiteral("funding-") + language)));
    window->tabs()->setCurrentIndex(MainWindow::DashboardTab);
    // The charts are laid out once their bars are in and the plot has its size.
    DashboardView* dashboard = window->dashboard();
    QTRY_VERIFY(dashboard->isVisible() && dashboard->countriesChart() &&
                dashboard->countriesChart()->chart()->series().size() > 0 &&
                dashboard->countriesChart()->chart()->plotArea().width() > 50);
    QVERIFY(hasContent(save(window, QStringLiteral("dashboard-") + language)));
    QCOMPARE(window->layoutDirection(), language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
}

void TestScreenshots::phoneReadsLeftToRightInArabicProfile()
{
    MainWindow* window = open(QStringLiteral("ar"));
    QVERIFY(window);
    ProfileView* profile = window->directory()->profile();
    QTRY_COMPARE(profile->organisationId(), ercId());
    QCOMPARE(profile->layoutDirection(), Qt::RightToLeft);
    auto* phone = profile->findChild<QLabel*>(QStringLiteral("phone"));
    QVERIFY2(phone, "the profile shows no phone");
    const QString shown = phone->text();
    const QString number = QStringLiteral("+20 2 2345 6789");
    const int at = shown.indexOf(number);
    QVERIFY2(at >= 0, qPrintable(shown));
    QVERIFY(readsLeftToRight(shown, at, number.size(), phone->font(), phone->layoutDirection()));
    // The same number without isolation inside Arabic text is drawn "20 2 2345 6789+": the check
    // above would catch a label that forgot to isolate it.
    const QString careless = QStringLiteral("هاتف: ") + number;
    QVERIFY(
        !readsLeftToRight(careless, careless.indexOf(number), number.size(), phone->font(), Qt::RightToLeft));
    save(phone, QStringLiteral("phone-ar"));
}

void TestScreenshots::arabicInTheFontUsersSee()
{
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Sans Arabic UI"))) {
        QSKIP("fonts-noto-ui-core is not installed (scripts/setup-deps installs it)");
    }
    // The pictures show the fonts of the real application (main/FontSetup): the Arabic of the
    // window's widgets in Noto Sans Arabic UI, as `dalil` sets it, not in fontconfig's fallback.
    MainWindow* window = open(QStringLiteral("ar"));
    QVERIFY(window);
    QTRY_COMPARE(window->directory()->profile()->organisationId(), ercId());
    auto* name = window->directory()->profile()->findChild<QLabel*>(QStringLiteral("profileName"));
    QVERIFY(name);
    QStringList texts{name->text(), window->tabs()->tabText(MainWindow::OrganisationsTab)};
    for (const QString& text : texts) {
        QTextLayout layout(text, name->font());
        layout.beginLayout();
        layout.createLine().setLineWidth(4000);
        layout.endLayout();
        QStringList families;
        for (const QGlyphRun& run : layout.glyphRuns()) {
            families.append(run.rawFont().familyName());
        }
        QVERIFY2(families.contains(QStringLiteral("Noto Sans Arabic UI")),
                 qPrintable(text + QStringLiteral(": ") + families.join(QLatin1Char(','))));
    }
}

void TestScreenshots::readmeScreenshot()
{
    // The picture of the README: Arabic, the sample catalogue, the map beside the list.
    MainWindow* window = open(QStringLiteral("ar"));
    QVERIFY(window);
    window->resize(1440, 900);
    QTRY_VERIFY(window->directory()->model()->totalCount() > 100);
    // The map with its countries and every office placed, not a half-drawn one.
    auto* map = window->directory()->findChild<MapView*>(QStringLiteral("map"));
    QVERIFY(map);
    QTRY_VERIFY(map->hasBasemap() && !map->isBuilding() && map->points() && !map->points()->isEmpty());
    QTRY_COMPARE(map->selectedOrganisation(), ercId());
    // Selecting zoomed in on the organisation's office; the picture shows the whole region, with
    // the selected office marked in it.
    map->fitBounds(GeoBounds{-17.5, 8.0, 63.5, 42.0});
    const QImage image = save(window, QStringLiteral("readme-ar"));
    QVERIFY(hasContent(image));
    if (qEnvironmentVariableIsSet("DALIL_WRITE_README_SCREENSHOT")) {
        QVERIFY(image.save(QStringLiteral(DALIL_SOURCE_DIR "/docs/screenshot-ar.png")));
    }
}

int main(int argc, char** argv)
{
    // Under Xvfb when possible, so the pictures are those of a real X server.
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen") &&
        !qEnvironmentVariableIsSet("DALIL_UNDER_XVFB")) {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        if (!xvfb.isEmpty()) {
            QStringList arguments = {QStringLiteral("-a"), QStringLiteral("-s"),
                                     QStringLiteral("-screen 0 1600x1000x24"),
                                     QString::fromLocal8Bit(argv[0])};
            for (int i = 1; i < argc; ++i) {
                arguments.append(QString::fromLocal8Bit(argv[i]));
            }
            qputenv("DALIL_UNDER_XVFB", "1");
            qputenv("QT_QPA_PLATFORM", "xcb");
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(xvfb, arguments);
            if (child.waitForStarted()) {
                child.waitForFinished(-1);
                return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
            }
            qWarning("xvfb-run did not run; using the offscreen platform");
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
    FontSetup::apply(); // the fonts users see (GuiTestMain.h)
    QApplication app(argc, argv);
    TestScreenshots test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshots.moc"
