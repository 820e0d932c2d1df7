// The map-tiles settings dialog checks each field as the user types (issue 6: bad input in every
// form gets an inline message in the UI language at the field, and nothing is saved until it is
// valid), in Arabic and in English: the address template (http or https, with {z}, {x} and {y}),
// the attribution an online server requires, the zoom range, the MBTiles file. The message sits
// right under its field, OK is off while anything is wrong, and Cancel or a refused OK saves
// nothing.
#include "GuiFixture.h"

#include "map/MapTilesDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>

using namespace dalil;
using namespace dalil::test;

namespace {

bool hasArabic(const QString& text)
{
    return text.contains(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]")));
}

} // namespace

// The helpers' checks end the test at the first failure.
#define EXPECT(call)                                                                                         \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed()) {                                                                    \
            return;                                                                                          \
        }                                                                                                    \
    } while (false)

class TestMapTilesFields : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { m_fixture.close(); }
    void messagesAtTheFieldAsYouType_data();
    void messagesAtTheFieldAsYouType();

private:
    // The message shown under `field`, checked to be there, visible and in the UI language.
    void expectMessage(QWidget* field, const QString& labelName, const QString& english, const QString& part);
    void expectNoMessage(const QString& labelName);

    test::GuiFixture m_fixture;
    MapTilesDialog* m_dialog = nullptr;
    QString m_language;
};

void TestMapTilesFields::expectMessage(QWidget* field, const QString& labelName, const QString& english,
                                       const QString& part)
{
    auto* label = m_dialog->findChild<QLabel*>(labelName);
    QVERIFY2(label, qPrintable(QStringLiteral("no message under the field (%1)").arg(labelName)));
    QVERIFY2(label->isVisible(), qPrintable(labelName));
    const QString text = label->text();
    if (m_language == QLatin1String("en")) {
        QVERIFY2(text.startsWith(english), qPrintable(text));
    } else {
        QVERIFY2(!text.startsWith(english) && hasArabic(text), qPrintable(text));
    }
    if (!part.isEmpty()) {
        QVERIFY2(text.contains(part), qPrintable(text));
    }
    // At the field: right under it, overlapping it across.
    const QRect fieldBox(field->mapTo(m_dialog, QPoint(0, 0)), field->size());
    const QRect labelBox(label->mapTo(m_dialog, QPoint(0, 0)), label->size());
    QVERIFY2(labelBox.top() >= fieldBox.bottom() - 1 &&
                 labelBox.top() - fieldBox.bottom() < 2 * field->fontMetrics().height(),
             qPrintable(QStringLiteral("%1 is at y %2, its field ends at %3")
                            .arg(labelName)
                            .arg(labelBox.top())
                            .arg(fieldBox.bottom())));
    QVERIFY(labelBox.right() > fieldBox.left() && labelBox.left() < fieldBox.right());
    QVERIFY2(!m_dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled(),
             "OK is on while a field is wrong");
}

void TestMapTilesFields::expectNoMessage(const QString& labelName)
{
    auto* label = m_dialog->findChild<QLabel*>(labelName);
    QVERIFY(label);
    QVERIFY2(!label->isVisible(), qPrintable(label->text()));
}

void TestMapTilesFields::messagesAtTheFieldAsYouType_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ar") << QStringLiteral("ar");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestMapTilesFields::messagesAtTheFieldAsYouType()
{
    QFETCH(QString, language);
    m_language = language;
    QCOMPARE(m_fixture.open(language), QString());
    QTemporaryDir dir;
    const QString before = MapTilesDialog::Settings::load().urlTemplate;

    MapTilesDialog dialog;
    m_dialog = &dialog;
    dialog.setSettings(MapTilesDialog::Settings::load());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog, 30000));
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled()); // tiles off: nothing to check
    dialog.findChild<QRadioButton*>(QStringLiteral("tilesOnline"))->setChecked(true);
    dialog.findChild<QLineEdit*>(QStringLiteral("cacheFile"))
        ->setText(dir.filePath(QStringLiteral("c.mbtiles")));
    QVERIFY(ok->isEnabled()); // OpenStreetMap, as proposed, is right

    // The address typed key by key: wrong until {y} is in, without a press on OK.
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("urlTemplate"));
    url->clear();
    url->setFocus();
    typeText(url, QStringLiteral("https://tiles.example.org/{z}/{x}/"));
    EXPECT(expectMessage(url, QStringLiteral("urlError"), QStringLiteral("The address must contain"),
                         QStringLiteral("{y}")));
    typeText(url, QStringLiteral("{y}.png"));
    EXPECT(expectNoMessage(QStringLiteral("urlError")));
    QVERIFY(ok->isEnabled());
    url->setText(QStringLiteral("ftp://tiles.example.org/{z}/{x}/{y}.png"));
    EXPECT(expectMessage(url, QStringLiteral("urlError"), QStringLiteral("The address must start with"), {}));
    url->setText(QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"));
    EXPECT(expectNoMessage(QStringLiteral("urlError")));

    // The attribution, required for online tiles.
    auto* attribution = dialog.findChild<QLineEdit*>(QStringLiteral("attribution"));
    attribution->clear();
    EXPECT(expectMessage(attribution, QStringLiteral("attributionError"),
                         QStringLiteral("Tile servers require their attribution"), {}));
    // A refused OK closes nothing and saves nothing.
    QTest::mouseClick(ok, Qt::LeftButton);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(MapTilesDialog::Settings::load().mode, MapTilesDialog::Mode::Off);
    typeText(attribution, QStringLiteral("© Local tiles"));
    EXPECT(expectNoMessage(QStringLiteral("attributionError")));

    // The zoom range: the lowest above the highest is wrong.
    auto* minZoom = dialog.findChild<QSpinBox*>(QStringLiteral("minZoom"));
    auto* maxZoom = dialog.findChild<QSpinBox*>(QStringLiteral("maxZoom"));
    QVERIFY2(minZoom && maxZoom, "no zoom range fields");
    maxZoom->setValue(8);
    minZoom->setValue(12);
    EXPECT(expectMessage(maxZoom, QStringLiteral("zoomError"), QStringLiteral("The lowest zoom level"), {}));
    minZoom->setValue(3);
    EXPECT(expectNoMessage(QStringLiteral("zoomError")));
    QVERIFY(ok->isEnabled());

    // A map file that is not there, named in the message; the online fields say nothing now.
    dialog.findChild<QRadioButton*>(QStringLiteral("tilesFile"))->setChecked(true);
    auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("mbtilesFile"));
    EXPECT(expectMessage(file, QStringLiteral("fileError"), QStringLiteral("Choose the MBTiles file"), {}));
    attribution->clear();
    EXPECT(expectNoMessage(QStringLiteral("attributionError")));
    file->setText(dir.filePath(QStringLiteral("missing.mbtiles")));
    EXPECT(expectMessage(file, QStringLiteral("fileError"), QStringLiteral("There is no file at"),
                         QStringLiteral("missing.mbtiles")));
    dialog.reject();
    QCOMPARE(MapTilesDialog::Settings::load().mode, MapTilesDialog::Mode::Off);
    QCOMPARE(MapTilesDialog::Settings::load().urlTemplate, before);
    m_dialog = nullptr;
}

DALIL_GUI_TEST_MAIN(TestMapTilesFields)
#include "tst_maptilesfields.moc"
