// A dark palette (as a desktop in dark mode gives Dalil) keeps every text readable: the list, the
// profile, the sample banner, the messages of a form, the "closing soon" days and the dashboard's
// charts follow it instead of painting light backgrounds or dark red on dark grey.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "catalogue/SampleCatalogue.h"
#include "common/Colors.h"
#include "dashboard/DashboardView.h"
#include "directory/DirectoryView.h"
#include "directory/OrganisationListModel.h"
#include "funding/FundingView.h"
#include "main/CatalogueDocument.h"
#include "map/MapTilesDialog.h"
#include "profile/ProfileView.h"
#include "profile/RecordEditDialog.h"
#include "profile/RecordForm.h"

#include <QChartView>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>

#include <cmath>

using namespace dalil;

namespace {

// WCAG's relative luminance and contrast ratio: 4.5 is the least for body text.
double luminance(const QColor& color)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The mean luminance of what a widget paints: a light background shows as a high value.
double paintedLuminance(QWidget* widget)
{
    const QImage image = widget->grab().toImage();
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            sum += luminance(image.pixelColor(x, y));
            ++count;
        }
    }
    return count > 0 ? sum / count : 0;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x62, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::BrightText, Qt::white);
    return p;
}

QString ercId()
{
    return SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("erc"));
}

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { m_fixture.close(); }
    void darkPaletteKeepsTextReadable_data();
    void darkPaletteKeepsTextReadable();
    void tilesDialogMessagesFollowThePalette();

private:
    test::GuiFixture m_fixture;
};

void TestPalette::initTestCase()
{
    // Fusion draws with the palette it is given, as desktop styles in dark mode do.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
}

void TestPalette::darkPaletteKeepsTextReadable_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ar") << QStringLiteral("ar");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestPalette::darkPaletteKeepsTextReadable()
{
    QFETCH(QString, language);
    const QString error = m_fixture.open(language);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow* window = m_fixture.createWindow();
    QVERIFY(window);
    DirectoryView* directory = window->directory();
    QTRY_VERIFY(directory->model()->rowCount() > 10);

    // The list: its text against its background, and what it actually paints is dark.
    QTableView* list = directory->results();
    QVERIFY2(contrast(list->palette().color(QPalette::Text), list->palette().color(QPalette::Base)) >= 4.5,
             "list text");
    QVERIFY2(paintedLuminance(list->viewport()) < 0.2, "the list paints a light background");

    // The profile.
    directory->selectOrganisation(ercId());
    ProfileView* profile = directory->profile();
    QTRY_COMPARE(profile->organisationId(), ercId());
    auto* name = profile->findChild<QLabel*>(QStringLiteral("profileName"));
    QVERIFY(name);
    QVERIFY2(contrast(name->palette().color(name->foregroundRole()),
                      name->palette().color(name->backgroundRole())) >= 4.5,
             "profile name");
    QVERIFY2(paintedLuminance(profile) < 0.2, "the profile paints a light background");

    // The sample banner: no fixed light yellow in a dark window.
    QLabel* banner = window->sampleBanner();
    QVERIFY(banner->isVisible());
    const double bannerLight = paintedLuminance(banner);
    QVERIFY2(bannerLight < 0.3, qPrintable(QString::number(bannerLight)));

    // A form's messages: readable on the dialog.
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<RecordEditDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto close = qScopeGuard([dialog] { dialog->reject(); });
        QLabel* message = dialog->form()->errorLabel(QStringLiteral("name_ar"));
        QVERIFY(message && message->isVisibleTo(dialog));
        message->ensurePolished();
        const double ratio = contrast(message->palette().color(QPalette::WindowText),
                                      dialog->palette().color(QPalette::Window));
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
        checked = true;
    });
    profile->addOrganisation();
    QVERIFY(checked);

    // "Closing soon": the days left, in their colour, on the table's background.
    window->tabs()->setCurrentIndex(MainWindow::FundingTab);
    FundingView* funding = window->funding();
    funding->setNow(QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()));
    const QString soon =
        window->document().saveRecord(QStringLiteral("funding"),
                                      {{QStringLiteral("title_ar"), QStringLiteral("منحة عاجلة")},
                                       {QStringLiteral("title_en"), QStringLiteral("Urgent grant")},
                                       {QStringLiteral("deadline"), QStringLiteral("2026-11-30T17:00:00")},
                                       {QStringLiteral("deadline_tz"), QStringLiteral("UTC")}},
                                      QStringLiteral("add"));
    QVERIFY(!soon.isEmpty());
    QTableWidget* table = funding->table();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->data(Qt::UserRole + 1).toString() == soon) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    QTableWidgetItem* left = table->item(row, FundingView::DaysLeftColumn);
    QVERIFY(left->font().bold());
    const double daysRatio = contrast(left->foreground().color(), table->palette().color(QPalette::Base));
    QVERIFY2(daysRatio >= 4.5, qPrintable(QString::number(daysRatio)));

    // The dashboard's charts do not paint a white board.
    window->tabs()->setCurrentIndex(MainWindow::DashboardTab);
    DashboardView* dashboard = window->dashboard();
    QTRY_VERIFY(dashboard->isVisible());
    if (!dashboard->countriesChart()) {
        QSKIP(qPrintable(dashboard->chartsError()));
    }
    QTRY_VERIFY(dashboard->countriesChart()->isVisible() && dashboard->countriesChart()->width() > 100);
    const double chartLight = paintedLuminance(dashboard->countriesChart());
    QVERIFY2(chartLight < 0.3, qPrintable(QString::number(chartLight)));
}

// The map-tiles dialog's messages under its fields: readable on a dark window, and again on a
// light one when the desktop switches back while the dialog is open.
void TestPalette::tilesDialogMessagesFollowThePalette()
{
    QCOMPARE(m_fixture.open(QStringLiteral("ar")), QString());
    MapTilesDialog dialog;
    dialog.setSettings(MapTilesDialog::Settings::defaults());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog, 30000));
    dialog.findChild<QRadioButton*>(QStringLiteral("tilesOnline"))->setChecked(true);
    dialog.findChild<QLineEdit*>(QStringLiteral("urlTemplate"))
        ->setText(QStringLiteral("https://tiles.example.org/"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("urlError"));
    QVERIFY(message);
    QTRY_VERIFY(message->isVisible());
    auto ratio = [&] {
        message->ensurePolished();
        return contrast(message->palette().color(QPalette::WindowText),
                        dialog.palette().color(QPalette::Window));
    };
    QVERIFY2(ratio() >= 4.5, qPrintable(QString::number(ratio())));

    const QPalette dark = QApplication::palette();
    auto restore = qScopeGuard([dark] { QApplication::setPalette(dark); });
    QApplication::setPalette(QApplication::style()->standardPalette());
    QTRY_VERIFY(!Colors::isDark(dialog.palette()));
    QVERIFY2(ratio() >= 4.5, qPrintable(QString::number(ratio())));
}

DALIL_GUI_TEST_MAIN(TestPalette)
#include "tst_palette.moc"
