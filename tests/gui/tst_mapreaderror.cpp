// When the map cannot read the offices (the catalogue moved away, damaged, locked), the user is
// told so over the map, in the interface language, with a Retry button that reads them again;
// it used to show an empty map as if the catalogue had no offices. A cancel (the window closing)
// stays silent: see tst_mapreader.
#include "GuiFixture.h"

#include "directory/DirectoryView.h"
#include "geo/MapPoints.h"
#include "main/CatalogueDocument.h"
#include "map/MapView.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>

using namespace dalil;

class TestMapReadError : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { m_fixture.close(); }
    void failureIsShownAndRetried_data();
    void failureIsShownAndRetried();

private:
    test::GuiFixture m_fixture;
};

void TestMapReadError::failureIsShownAndRetried_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Arabic") << QStringLiteral("ar");
    QTest::newRow("English") << QStringLiteral("en");
}

void TestMapReadError::failureIsShownAndRetried()
{
    QFETCH(QString, language);
    QCOMPARE(m_fixture.open(language), QString());
    MainWindow* window = m_fixture.createWindow();
    QVERIFY(window);
    MapView* map = window->directory()->map();
    QTRY_VERIFY(map->points() && map->points()->size() > 0 && !map->isBuilding());
    const size_t offices = map->points()->size();
    QVERIFY(map->readError().isEmpty());
    auto* notice = map->findChild<QWidget*>(QStringLiteral("mapReadError"));
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());

    // The catalogue file goes away under the map (moved, a USB stick pulled): its next read of the
    // offices (after an edit of an office) fails.
    const QString moved = m_fixture.path() + QStringLiteral(".moved");
    QVERIFY(QFile::rename(m_fixture.path(), moved));
    emit window->document().recordChanged(QStringLiteral("location"), QString());
    QTRY_VERIFY(!map->readError().isEmpty());
    QVERIFY(notice->isVisible());
    QVERIFY(map->rect().contains(notice->geometry()));
    auto* text = map->findChild<QLabel*>(QStringLiteral("mapReadErrorText"));
    QVERIFY(text);
    QVERIFY2(text->text().contains(QStringLiteral("sample.dalil")), qPrintable(text->text()));
    // In the interface language.
    const bool english = text->text().startsWith(QLatin1String("The offices could not be read"));
    QVERIFY2(english == (language == QLatin1String("en")), qPrintable(text->text()));
    // What the map showed stays on it.
    QCOMPARE(map->points()->size(), offices);

    auto* retry = map->findChild<QPushButton*>(QStringLiteral("mapRetry"));
    QVERIFY(retry && retry->isVisible());
    QCOMPARE(retry->text() == QLatin1String("Retry"), language == QLatin1String("en"));
    QVERIFY(!retry->accessibleName().isEmpty());
    // Still gone: Retry says so again.
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(!map->readError().isEmpty());

    // Back in place: Retry reads the offices again and the notice goes.
    QVERIFY(QFile::rename(moved, m_fixture.path()));
    QSignalSpy ready(map, &MapView::pointsReady);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(map->readError().isEmpty());
    QVERIFY(!notice->isVisible());
    QTRY_VERIFY(!ready.isEmpty());
    QCOMPARE(map->points()->size(), offices);
    QVERIFY(map->readError().isEmpty());
}

DALIL_GUI_TEST_MAIN(TestMapReadError)
#include "tst_mapreaderror.moc"
