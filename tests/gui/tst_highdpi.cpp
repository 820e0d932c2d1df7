// At a device pixel ratio of 2 (QT_SCALE_FACTOR=2, as a high-DPI screen gives), the window draws
// at twice the pixels and no text is cut: list rows are as tall as their text, the profile's
// labels (its bold name and headings too) at least one line of their font, in Arabic as in English.
// This process keeps the system's fontconfig rules (no main/FontSetup), so Arabic is drawn in
// DejaVu Sans, whose lines are shorter than the interface font's: as on a computer without
// fonts-noto-core, the case where Arabic labels came out shorter than one line.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "catalogue/SampleCatalogue.h"
#include "directory/DirectoryView.h"
#include "directory/OrganisationListModel.h"
#include "profile/ProfileView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

using namespace dalil;

class TestHighDpi : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_fixture.close(); }
    void textIsNotCutAtRatioTwo_data();
    void textIsNotCutAtRatioTwo();

private:
    test::GuiFixture m_fixture;
};

void TestHighDpi::textIsNotCutAtRatioTwo_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ar") << QStringLiteral("ar");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestHighDpi::textIsNotCutAtRatioTwo()
{
    QFETCH(QString, language);
    const QString error = m_fixture.open(language);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow* window = m_fixture.createWindow();
    QVERIFY(window);
    if (window->devicePixelRatio() != 2) {
        QSKIP("this platform does not apply QT_SCALE_FACTOR");
    }
    DirectoryView* directory = window->directory();
    QTRY_VERIFY(directory->model()->rowCount() > 10);
    QTableView* list = directory->results();
    QVERIFY(list->verticalHeader()->defaultSectionSize() >= list->fontMetrics().height());
    QVERIFY(list->rowHeight(0) >= list->fontMetrics().height());

    directory->selectOrganisation(
        SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("erc")));
    ProfileView* profile = directory->profile();
    // Looked up at each try: the profile's content is made anew whenever what it shows changes.
    const auto shownName = [profile] {
        auto* label = profile->findChild<QLabel*>(QStringLiteral("profileName"));
        return label && label->isVisible();
    };
    QTRY_VERIFY(shownName());
    // Drawn at twice the pixels, not scaled up from a small picture.
    const QPixmap picture = profile->grab();
    QCOMPARE(picture.devicePixelRatio(), 2.0);
    QCOMPARE(picture.width(), profile->width() * 2);
    auto* name = profile->findChild<QLabel*>(QStringLiteral("profileName"));
    QVERIFY(name->font().bold());
    QVERIFY2(name->height() >= name->fontMetrics().height(), qPrintable(name->text()));
    const QString about = language == QLatin1String("ar") ? QStringLiteral("نبذة") : QStringLiteral("About");
    bool heading = false;
    int checked = 0;
    for (QLabel* label : profile->findChildren<QLabel*>()) {
        if (label->text() == about) {
            heading = true;
            QVERIFY(label->font().bold());
        }
        if (!label->isVisible() || label->text().isEmpty()) {
            continue;
        }
        QVERIFY2(label->height() >= label->fontMetrics().height(), qPrintable(label->text()));
        ++checked;
    }
    QVERIFY(heading);
    QVERIFY(checked > 5);
}

int main(int argc, char** argv)
{
    // Before the application exists: the scale is read once, when the screens are set up.
    qputenv("QT_SCALE_FACTOR", "2");
    FontSetup::apply(); // the fonts users see (GuiTestMain.h)
    QApplication app(argc, argv);
    TestHighDpi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_highdpi.moc"
