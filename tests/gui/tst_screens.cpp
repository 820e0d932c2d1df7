// The Funding, Resources and Events screens and the digits setting, checked by what a person sees
// in the real main window: deadlines in order with the days left, the Hijri date, "closing soon",
// a local copy kept and opened, links opened, sessions in the reader's time zone, ١٢٧ or 127.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "directory/DirectoryView.h"
#include "directory/OrganisationListModel.h"
#include "events/EventsView.h"
#include "funding/FundingView.h"
#include "geo/MapRenderer.h"
#include "main/CatalogueDocument.h"
#include "map/MapView.h"
#include "resources/ResourcesView.h"
#include "settings/Preferences.h"

#include <QAction>
#include <QCalendar>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStyleOptionViewItem>
#include <QTableWidget>
#include <QToolTip>
#include <QTreeWidget>

#include <functional>

using namespace dalil;

namespace {

// Receives the links the screens ask the desktop to open, instead of a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.append(url); }
};

// The time "now" is fixed at in these tests: 25 November 2026, noon UTC.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc());
}

int rowOf(QTableWidget* table, const QString& id)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->data(Qt::UserRole + 1).toString() == id) {
            return r;
        }
    }
    return -1;
}

QString arabicIndic(const QString& latinDigits)
{
    QString out;
    for (QChar c : latinDigits) {
        out.append(c.isDigit() ? QChar(0x0660 + c.digitValue()) : c);
    }
    return out;
}

bool hasArabicIndicDigit(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c >= QChar(0x0660) && c <= QChar(0x0669); });
}

} // namespace

class TestScreens : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fundingByDeadlineWithDaysLeftInReadersZone();
    void fundingHijriDateAndClosingSoon();
    void resourceLocalCopyKeptAndLinksOpened();
    void eventSessionsInReadersTimeZone();
    void digitsSettingArabicIndicOrLatin();
    void mapAttributionInArabic();
    void listsShowShortValuesWhole_data();
    void listsShowShortValuesWhole();
    void cutOffCellsShowTheirWholeText();
    void languagesNamedInArabic();
    void directoryCountriesFitTheList();

private:
    QString saveFunding(const QString& title, const QString& deadline, const QString& zone);

    test::GuiFixture m_fixture;
    MainWindow* m_window = nullptr;
};

void TestScreens::init()
{
    const QString error = m_fixture.open(QStringLiteral("en"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_fixture.createWindow();
    QVERIFY(m_window);
    m_window->preferences().setTimeZone(QTimeZone::utc());
    m_window->preferences().setShowHijri(false);
}

void TestScreens::cleanup()
{
    m_fixture.close();
    m_window = nullptr;
}

QString TestScreens::saveFunding(const QString& title, const QString& deadline, const QString& zone)
{
    const QString donor = m_fixture.catalogue->organisations().count() > 0
                              ? SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("erc"))
                              : QString();
    return m_window->document().saveRecord(QStringLiteral("funding"),
                                           {{QStringLiteral("title_en"), title},
                                            {QStringLiteral("title_ar"), title},
                                            {QStringLiteral("donor_id"), donor},
                                            {QStringLiteral("deadline"), deadline},
                                            {QStringLiteral("deadline_tz"), zone},
                                            {QStringLiteral("amount_max"), 50000},
                                            {QStringLiteral("currency"), QStringLiteral("USD")}},
                                           QStringLiteral("add funding"));
}

void TestScreens::fundingByDeadlineWithDaysLeftInReadersZone()
{
    FundingView* funding = m_window->funding();
    QVERIFY(funding);
    m_window->tabs()->setCurrentIndex(MainWindow::FundingTab);
    funding->setNow(fixedNow());
    // 23:30 in Amman (UTC+3) is 20:30 UTC on 1 December, and already 2 December in Tokyo.
    const QString amman = saveFunding(QStringLiteral("Amman late deadline"),
                                      QStringLiteral("2026-12-01T23:30:00"), QStringLiteral("Asia/Amman"));
    const QString later = saveFunding(QStringLiteral("Spring call"), QStringLiteral("2027-03-01T17:00:00"),
                                      QStringLiteral("Africa/Cairo"));
    const QString sooner = saveFunding(QStringLiteral("Very soon"), QStringLiteral("2026-11-27T12:00:00"),
                                       QStringLiteral("UTC"));
    const QString closed = saveFunding(QStringLiteral("Already closed"),
                                       QStringLiteral("2026-11-01T12:00:00"), QStringLiteral("UTC"));
    for (const QString& id : {amman, later, sooner, closed}) {
        QVERIFY(!id.isEmpty());
    }
    QTableWidget* table = funding->table();

    // Sorted by deadline, soonest first; closed ones hidden until asked for.
    const QStringList shown = funding->shownIds();
    QVERIFY(shown.indexOf(sooner) >= 0);
    QVERIFY(shown.indexOf(sooner) < shown.indexOf(amman));
    QVERIFY(shown.indexOf(amman) < shown.indexOf(later));
    QCOMPARE(shown.indexOf(closed), -1);
    QString previous;
    for (const QString& id : shown) {
        const QString deadline =
            m_fixture.catalogue->funding().find(id)->value(QLatin1String("deadline_utc")).toString();
        if (!deadline.isEmpty()) {
            QVERIFY2(previous <= deadline, qPrintable(previous + QStringLiteral(" > ") + deadline));
            previous = deadline;
        }
    }
    funding->includeClosed()->setChecked(true);
    QVERIFY(funding->shownIds().contains(closed));
    QCOMPARE(table->item(rowOf(table, closed), FundingView::DaysLeftColumn)->text(),
             QStringLiteral("Closed"));
    funding->includeClosed()->setChecked(false);

    // In UTC: 1 December 20:30, six days left.
    int row = rowOf(table, amman);
    QVERIFY(row >= 0);
    const QDateTime instant(QDate(2026, 12, 1), QTime(20, 30), QTimeZone::utc());
    QCOMPARE(table->item(row, FundingView::DeadlineColumn)->text(),
             QLocale().toString(instant, QLocale::ShortFormat));
    QCOMPARE(table->item(row, FundingView::DaysLeftColumn)->text(), QStringLiteral("6 days left"));
    QCOMPARE(table->item(rowOf(table, sooner), FundingView::DaysLeftColumn)->text(),
             QStringLiteral("2 days left"));

    // The reader moves to Tokyo: the same deadline is 2 December 05:30 there, seven days left.
    m_window->preferences().setTimeZone(QTimeZone("Asia/Tokyo"));
    row = rowOf(table, amman);
    const QDateTime tokyo(QDate(2026, 12, 2), QTime(5, 30), QTimeZone("Asia/Tokyo"));
    QCOMPARE(table->item(row, FundingView::DeadlineColumn)->text(),
             QLocale().toString(tokyo, QLocale::ShortFormat));
    QCOMPARE(table->item(row, FundingView::DaysLeftColumn)->text(), QStringLiteral("7 days left"));
    QVERIFY(funding->findChild<QLabel*>(QStringLiteral("fundingZoneNote"))
                ->text()
                .contains(QStringLiteral("Asia/Tokyo")));
}

void TestScreens::fundingHijriDateAndClosingSoon()
{
    FundingView* funding = m_window->funding();
    m_window->tabs()->setCurrentIndex(MainWindow::FundingTab);
    funding->setNow(fixedNow());
    const QString soon = saveFunding(QStringLiteral("Closing in ten days"),
                                     QStringLiteral("2026-12-05T17:00:00"), QStringLiteral("UTC"));
    const QString far = saveFunding(QStringLiteral("Closing next spring"),
                                    QStringLiteral("2027-04-01T17:00:00"), QStringLiteral("UTC"));
    QTableWidget* table = funding->table();

    // The Hijri column appears only when asked for, from the settings menu.
    QVERIFY(table->isColumnHidden(FundingView::HijriColumn));
    QAction* hijri = nullptr;
    for (QAction* menu : m_window->menuBar()->actions()) {
        for (QAction* action : menu->menu() ? menu->menu()->actions() : QList<QAction*>()) {
            if (action->text().contains(QStringLiteral("Hijri"))) {
                hijri = action;
            }
        }
    }
    QVERIFY2(hijri, "no Hijri entry in the menus");
    hijri->trigger();
    QVERIFY(m_window->preferences().showHijri());
    QVERIFY(!table->isColumnHidden(FundingView::HijriColumn));
    // 5 December 2026 is 25 Jumada al-Akhirah 1448 in the Islamic civil calendar.
    const QCalendar::YearMonthDay parts =
        QCalendar(QCalendar::System::IslamicCivil).partsFromDate(QDate(2026, 12, 5));
    QCOMPARE(parts.year, 1448);
    const QString hijriText = table->item(rowOf(table, soon), FundingView::HijriColumn)->text();
    QVERIFY2(hijriText.contains(QStringLiteral("1448")) && hijriText.contains(QString::number(parts.day)),
             qPrintable(hijriText));
    QVERIFY2(!hijriText.contains(QStringLiteral("2026")), qPrintable(hijriText));

    // In Arabic, the same date in Arabic-Indic digits.
    m_fixture.languages->setLanguage(QStringLiteral("ar"));
    QTRY_VERIFY(table->item(rowOf(table, soon), FundingView::HijriColumn)
                    ->text()
                    .contains(arabicIndic(QStringLiteral("1448"))));
    QTRY_VERIFY(table->item(rowOf(table, soon), FundingView::DaysLeftColumn)
                    ->text()
                    .contains(arabicIndic(QStringLiteral("10"))));
    m_fixture.languages->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(table->item(rowOf(table, soon), FundingView::DaysLeftColumn)->text(),
                 QStringLiteral("10 days left"));

    // Closing soon: only what closes within 30 days, marked in bold.
    QVERIFY(rowOf(table, far) >= 0);
    QVERIFY(table->item(rowOf(table, soon), FundingView::DaysLeftColumn)->font().bold());
    QVERIFY(!table->item(rowOf(table, far), FundingView::DaysLeftColumn)->font().bold());
    funding->closingSoon()->setChecked(true);
    QVERIFY(rowOf(table, soon) >= 0);
    QCOMPARE(rowOf(table, far), -1);
    for (int r = 0; r < table->rowCount(); ++r) {
        QVERIFY(table->item(r, FundingView::DaysLeftColumn)->font().bold());
    }
    funding->closingSoon()->setChecked(false);
    QVERIFY(rowOf(table, far) >= 0);
}

void TestScreens::resourceLocalCopyKeptAndLinksOpened()
{
    UrlCatcher catcher;
    for (const char* scheme : {"https", "http", "file"}) {
        QDesktopServices::setUrlHandler(QLatin1String(scheme), &catcher, "open");
    }
    auto unset = qScopeGuard([] {
        for (const char* scheme : {"https", "http", "file"}) {
            QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
        }
    });
    ResourcesView* resources = m_window->resources();
    QVERIFY(resources);
    m_window->tabs()->setCurrentIndex(MainWindow::ResourcesTab);
    const QString id = m_window->document().saveRecord(
        QStringLiteral("resource"),
        {{QStringLiteral("title_en"), QStringLiteral("Guide to community water committees")},
         {QStringLiteral("title_ar"), QStringLiteral("دليل لجان المياه المجتمعية")},
         {QStringLiteral("kind"), QStringLiteral("guideline")},
         {QStringLiteral("year"), 2024},
         {QStringLiteral("link"), QStringLiteral("https://example.org/water-guide.pdf")}},
        QStringLiteral("add resource"));
    QVERIFY(!id.isEmpty());
    QTableWidget* table = resources->table();
    int row = rowOf(table, id);
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, ResourcesView::YearColumn)->text(), QStringLiteral("2024"));
    QVERIFY(table->item(row, ResourcesView::LocalColumn)->text().isEmpty());
    table->setCurrentCell(row, 0);

    auto* openLink = resources->findChild<QPushButton*>(QStringLiteral("resourceOpenLink"));
    auto* openLocal = resources->findChild<QPushButton*>(QStringLiteral("resourceOpenLocal"));
    auto* message = resources->findChild<QLabel*>(QStringLiteral("resourceMessage"));
    openLink->click();
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.first(), QUrl(QStringLiteral("https://example.org/water-guide.pdf")));
    // No local copy yet: a message says how to keep one, nothing is opened.
    openLocal->click();
    QCOMPARE(catcher.urls.size(), 1);
    QVERIFY(message->text().contains(QStringLiteral("no local copy")));

    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("water-guide.pdf"));
    QFile file(original);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray content("%PDF-1.4 دليل لجان المياه");
    file.write(content);
    file.close();
    QCOMPARE(resources->attachFile(id, original), QString());
    row = rowOf(table, id);
    QCOMPARE(table->item(row, ResourcesView::LocalColumn)->text(), QStringLiteral("Kept"));
    QCOMPARE(message->text(), QStringLiteral("A local copy is kept for reading offline."));
    // The copy is Dalil's own: it opens even when the original is gone.
    QVERIFY(QFile::remove(original));
    table->setCurrentCell(row, 0);
    openLocal->click();
    QCOMPARE(catcher.urls.size(), 2);
    const QUrl opened = catcher.urls.last();
    QVERIFY(opened.isLocalFile());
    QFile kept(opened.toLocalFile());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content);

    // A file that does not exist is refused with a message, and the kept copy stays.
    const QString error = resources->attachFile(id, dir.filePath(QStringLiteral("missing.pdf")));
    QVERIFY(!error.isEmpty());
    QVERIFY(message->text().contains(error));
    QCOMPARE(table->item(rowOf(table, id), ResourcesView::LocalColumn)->text(), QStringLiteral("Kept"));
}

void TestScreens::eventSessionsInReadersTimeZone()
{
    EventsView* events = m_window->events();
    QVERIFY(events);
    m_window->tabs()->setCurrentIndex(MainWindow::EventsTab);
    events->setNow(fixedNow());
    CatalogueDocument& document = m_window->document();
    // In Beirut (UTC+2 in December): 10:00–11:30 local is 08:00–09:30 UTC, 17:00–18:30 in Tokyo.
    const QString eventId = document.saveRecord(
        QStringLiteral("event"),
        {{QStringLiteral("title_en"), QStringLiteral("Regional forum on water")},
         {QStringLiteral("title_ar"), QStringLiteral("المنتدى الإقليمي للمياه")},
         {QStringLiteral("organiser_id"),
          SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("erc"))},
         {QStringLiteral("tz"), QStringLiteral("Asia/Beirut")},
         {QStringLiteral("start_utc"), QStringLiteral("2026-12-10T08:00:00Z")},
         {QStringLiteral("end_utc"), QStringLiteral("2026-12-10T15:00:00Z")},
         {QStringLiteral("languages"), QJsonArray{QStringLiteral("ar"), QStringLiteral("en")}}},
        QStringLiteral("add event"));
    QVERIFY(!eventId.isEmpty());
    const QString sessionId =
        document.saveRecord(QStringLiteral("event_session"),
                            {{QStringLiteral("event_id"), eventId},
                             {QStringLiteral("title_en"), QStringLiteral("Opening")},
                             {QStringLiteral("title_ar"), QStringLiteral("الافتتاح")},
                             {QStringLiteral("start_utc"), QStringLiteral("2026-12-10T08:00:00Z")},
                             {QStringLiteral("end_utc"), QStringLiteral("2026-12-10T09:30:00Z")},
                             {QStringLiteral("language"), QStringLiteral("ar")}},
                            QStringLiteral("add session"));
    QVERIFY2(!sessionId.isEmpty(), qPrintable(document.lastError()));
    events->reload();
    QTableWidget* table = events->table();
    const int row = rowOf(table, eventId);
    QVERIFY2(row >= 0, "the upcoming event is not listed");

    auto sessionTime = [&] {
        table->setCurrentCell(rowOf(table, eventId), 0);
        for (int i = 0; i < events->sessions()->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = events->sessions()->topLevelItem(i);
            if (item->text(0) == QLatin1String("Opening")) {
                return item->text(1);
            }
        }
        return QString();
    };
    const QLocale locale;
    // Reader in UTC.
    QString time = sessionTime();
    QVERIFY2(time.startsWith(locale.toString(QDateTime(QDate(2026, 12, 10), QTime(8, 0), QTimeZone::utc()),
                                             QLocale::ShortFormat)),
             qPrintable(time));
    QVERIFY2(time.endsWith(locale.toString(QTime(9, 30), QLocale::ShortFormat)), qPrintable(time));
    QCOMPARE(
        table->item(rowOf(table, eventId), EventsView::StartsColumn)->text(),
        locale.toString(QDateTime(QDate(2026, 12, 10), QTime(8, 0), QTimeZone::utc()), QLocale::ShortFormat));

    // Reader in Tokyo.
    const QTimeZone tokyo("Asia/Tokyo");
    m_window->preferences().setTimeZone(tokyo);
    time = sessionTime();
    QVERIFY2(time.startsWith(
                 locale.toString(QDateTime(QDate(2026, 12, 10), QTime(17, 0), tokyo), QLocale::ShortFormat)),
             qPrintable(time));
    QVERIFY2(time.endsWith(locale.toString(QTime(18, 30), QLocale::ShortFormat)), qPrintable(time));
    QCOMPARE(table->item(rowOf(table, eventId), EventsView::StartsColumn)->text(),
             locale.toString(QDateTime(QDate(2026, 12, 10), QTime(17, 0), tokyo), QLocale::ShortFormat));
    // The event's own local time is shown too: 10:00 in Beirut.
    QLabel* detail = nullptr;
    for (QLabel* label : events->findChildren<QLabel*>()) {
        if (label->text().contains(QStringLiteral("Regional forum on water"))) {
            detail = label;
        }
    }
    QVERIFY(detail);
    QVERIFY2(detail->text().contains(locale.toString(QTime(10, 0), QLocale::ShortFormat)) &&
                 detail->text().contains(QStringLiteral("Asia/Beirut")),
             qPrintable(detail->text()));

    // Past events are not among the upcoming ones, and are among the past ones.
    events->setNow(QDateTime(QDate(2027, 1, 15), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(rowOf(table, eventId), -1);
    events->when()->setCurrentIndex(1);
    QVERIFY(rowOf(table, eventId) >= 0);
}

void TestScreens::digitsSettingArabicIndicOrLatin()
{
    m_fixture.languages->setLanguage(QStringLiteral("ar"));
    DirectoryView* directory = m_window->directory();
    QTRY_VERIFY(directory->model()->totalCount() > 0);
    const qint64 total = directory->model()->totalCount();
    QCOMPARE(total, m_fixture.catalogue->organisations().count());
    auto* count = directory->findChild<QLabel*>(QStringLiteral("resultCount"));
    const QString latin = QString::number(total);
    const QString indic = arabicIndic(latin);
    // Arabic-Indic digits by default in Arabic: "١٢٧ منظمة".
    QTRY_VERIFY2(count->text().contains(indic), qPrintable(count->text()));
    QVERIFY(!count->text().contains(latin));

    QAction* digits = nullptr;
    for (QAction* menu : m_window->menuBar()->actions()) {
        for (QAction* action : menu->menu() ? menu->menu()->actions() : QList<QAction*>()) {
            if (action->text().contains(QStringLiteral("٠١٢٣"))) {
                digits = action;
            }
        }
    }
    QVERIFY2(digits, "no digits setting in the menus");
    QVERIFY(digits->isEnabled());
    QVERIFY(digits->isChecked());
    digits->trigger();
    QVERIFY(!m_fixture.languages->arabicIndicDigits());
    QTRY_VERIFY2(count->text().contains(latin), qPrintable(count->text()));
    QVERIFY(!hasArabicIndicDigit(count->text()));
    // Still Arabic words, only the digits changed.
    QVERIFY(count->text().contains(QRegularExpression(QStringLiteral("[\\x{0621}-\\x{064A}]"))));
    // The funding screen's dates follow too.
    FundingView* funding = m_window->funding();
    funding->setNow(fixedNow());
    m_window->tabs()->setCurrentIndex(MainWindow::FundingTab);
    for (int r = 0; r < funding->table()->rowCount(); ++r) {
        QVERIFY(!hasArabicIndicDigit(funding->table()->item(r, FundingView::DeadlineColumn)->text()));
    }

    digits->trigger();
    QVERIFY(m_fixture.languages->arabicIndicDigits());
    QTRY_VERIFY2(count->text().contains(indic), qPrintable(count->text()));

    // The setting belongs to Arabic: in English the count is in Latin digits and the entry is off.
    m_fixture.languages->setLanguage(QStringLiteral("en"));
    QTRY_VERIFY2(count->text().contains(latin), qPrintable(count->text()));
    QVERIFY(!digits->isEnabled());
}

void TestScreens::mapAttributionInArabic()
{
    MapView* map = m_window->directory()->findChild<MapView*>(QStringLiteral("map"));
    QVERIFY(map);
    const QString english = map->renderer().attribution();
    QVERIFY(english.contains(QStringLiteral("Natural Earth")));
    m_fixture.languages->setLanguage(QStringLiteral("ar"));
    QTRY_VERIFY(map->renderer().attribution() != english);
    const QString arabic = map->renderer().attribution();
    // The data set keeps its name; the sentence around it is Arabic.
    QVERIFY2(arabic.contains(QStringLiteral("Natural Earth")), qPrintable(arabic));
    QVERIFY2(arabic.contains(QRegularExpression(QStringLiteral("[\\x{0621}-\\x{064A}]"))),
             qPrintable(arabic));
}

void TestScreens::listsShowShortValuesWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ar") << QStringLiteral("ar");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestScreens::listsShowShortValuesWhole()
{
    // In the window's default size, the amounts, deadlines, days left, kinds, years and event times of the
    // sample catalogue are read whole, not cut off with "…"; the title column takes the width left (not the
    // last column), and is never narrower than it was made.
    QFETCH(QString, language);
    m_fixture.close();
    const QString error = m_fixture.open(language);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_fixture.createWindow();
    QVERIFY(m_window);
    m_window->preferences().setTimeZone(QTimeZone::utc());
    m_window->preferences().setShowHijri(true);
    const struct
    {
        MainWindow::Tab tab;
        std::function<QTableWidget*()> table;
        QList<int> whole;
    } lists[] = {
        {MainWindow::FundingTab,
         [this] { return m_window->funding()->table(); },
         {FundingView::AmountColumn, FundingView::DeadlineColumn, FundingView::HijriColumn,
          FundingView::DaysLeftColumn}},
        {MainWindow::ResourcesTab,
         [this] { return m_window->resources()->table(); },
         {ResourcesView::KindColumn, ResourcesView::YearColumn}},
        {MainWindow::EventsTab,
         [this] { return m_window->events()->table(); },
         {EventsView::StartsColumn, EventsView::EndsColumn}},
    };
    for (const auto& list : lists) {
        m_window->tabs()->setCurrentIndex(list.tab);
        QTableWidget* table = list.table();
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible() && table->rowCount() > 0);
        for (const int column : list.whole) {
            QTRY_VERIFY2(
                table->columnWidth(column) >=
                    static_cast<QAbstractItemView*>(table)->sizeHintForColumn(column),
                qPrintable(QStringLiteral("%1: column %2 (%3) is %4 px for %5 px of text")
                               .arg(table->objectName())
                               .arg(column)
                               .arg(table->horizontalHeaderItem(column)->text())
                               .arg(table->columnWidth(column))
                               .arg(static_cast<QAbstractItemView*>(table)->sizeHintForColumn(column))));
        }
        int others = 0;
        for (int column = 1; column < table->columnCount(); ++column) {
            others += table->isColumnHidden(column) ? 0 : table->columnWidth(column);
            QVERIFY(table->columnWidth(column) <= table->columnWidth(0));
        }
        QVERIFY(table->columnWidth(0) >= 360);
        QVERIFY(table->columnWidth(0) + others >= table->viewport()->width() - 1);
    }
}

void TestScreens::cutOffCellsShowTheirWholeText()
{
    // A long list of languages does not fit its column: hovering it shows the whole text, in
    // Arabic as in English; a cell that fits shows no tooltip of its own.
    m_fixture.close();
    QVERIFY(m_fixture.open(QStringLiteral("ar")).isEmpty());
    m_window = m_fixture.createWindow();
    QVERIFY(m_window);
    m_window->tabs()->setCurrentIndex(MainWindow::ResourcesTab);
    QTableWidget* table = m_window->resources()->table();
    QTRY_VERIFY(table->isVisible() && table->rowCount() > 0);
    QTest::qWait(0); // the columns are sized once the rows are in
    const int column = ResourcesView::LanguagesColumn;
    QStyleOptionViewItem option;
    option.initFrom(table);
    option.font = table->font();
    int cutRow = -1;
    int wholeRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, column);
        const int needed = table->itemDelegateForIndex(index)->sizeHint(option, index).width();
        if (needed > table->columnWidth(column) && cutRow < 0) {
            cutRow = row;
        } else if (needed < table->columnWidth(column) / 2 && wholeRow < 0 &&
                   !index.data().toString().isEmpty()) {
            wholeRow = row;
        }
    }
    QVERIFY2(cutRow >= 0, "no list of languages is cut off in the sample");
    table->scrollToItem(table->item(cutRow, column));
    auto hover = [table](int row, int column) {
        const QRect cell = table->visualItemRect(table->item(row, column));
        QHelpEvent help(QEvent::ToolTip, cell.center(), table->viewport()->mapToGlobal(cell.center()));
        QApplication::sendEvent(table->viewport(), &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };
    QCOMPARE(hover(cutRow, column), table->item(cutRow, column)->text());
    if (wholeRow >= 0) {
        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
        table->scrollToItem(table->item(wholeRow, column));
        QCOMPARE(hover(wholeRow, column), QString());
    }
    QToolTip::hideText();
}

void TestScreens::languagesNamedInArabic()
{
    // The languages of resources and events are named in the window's language: "العربية
    // والإنجليزية", not each in its own ("American English", "русский", "简体中文").
    m_fixture.close();
    QVERIFY(m_fixture.open(QStringLiteral("ar")).isEmpty());
    m_window = m_fixture.createWindow();
    QVERIFY(m_window);
    const QRegularExpression notArabic(QStringLiteral("[^\\p{Arabic}\\s\\p{P}]"));
    int named = 0;
    for (const MainWindow::Tab tab : {MainWindow::ResourcesTab, MainWindow::EventsTab}) {
        m_window->tabs()->setCurrentIndex(tab);
        QTableWidget* table =
            tab == MainWindow::ResourcesTab ? m_window->resources()->table() : m_window->events()->table();
        const int column = tab == MainWindow::ResourcesTab ? int(ResourcesView::LanguagesColumn)
                                                           : int(EventsView::LanguagesColumn);
        QTRY_VERIFY(table->rowCount() > 0);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString text = table->item(row, column) ? table->item(row, column)->text() : QString();
            QVERIFY2(!text.contains(notArabic), qPrintable(text));
            named += text.isEmpty() ? 0 : 1;
        }
    }
    QVERIFY(named > 10);
}

void TestScreens::directoryCountriesFitTheList()
{
    // An organisation working in many countries: in Arabic the names of its countries are longer
    // than the list is wide. The column is cut off with … (hovering shows them all, as the other
    // lists do), and the list never scrolls sideways.
    m_fixture.close();
    QVERIFY(m_fixture.open(QStringLiteral("ar")).isEmpty());
    const QString erc = SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("erc"));
    std::optional<QJsonObject> record = m_fixture.catalogue->organisations().find(erc);
    QVERIFY(record);
    record->insert(
        QStringLiteral("countries"),
        QJsonArray{QStringLiteral("EG"), QStringLiteral("SD"), QStringLiteral("LY"), QStringLiteral("TN"),
                   QStringLiteral("DZ"), QStringLiteral("MA"), QStringLiteral("MR"), QStringLiteral("JO"),
                   QStringLiteral("LB"), QStringLiteral("SY"), QStringLiteral("IQ"), QStringLiteral("YE"),
                   QStringLiteral("SA"), QStringLiteral("AE"), QStringLiteral("OM"), QStringLiteral("KW")});
    m_fixture.catalogue->organisations().save(*record);
    m_window = m_fixture.createWindow();
    QVERIFY(m_window);
    m_window->tabs()->setCurrentIndex(MainWindow::OrganisationsTab);
    QTableView* list = m_window->directory()->results();
    QTRY_VERIFY(list->isVisible() && list->model()->rowCount() > 0);
    QTRY_VERIFY(m_window->directory()->model()->rowOf(erc) >= 0);
    const int row = m_window->directory()->model()->rowOf(erc);
    QTest::qWait(0); // the columns are sized once the rows are in
    const int column = OrganisationListModel::CountriesColumn;
    const QModelIndex index = list->model()->index(row, column);
    const QString countries = index.data().toString();
    QVERIFY2(countries.contains(QStringLiteral("الكويت")), qPrintable(countries));
    int total = 0;
    QStringList widths;
    for (int c = 0; c < list->model()->columnCount(); ++c) {
        total += list->columnWidth(c);
        widths.append(QString::number(list->columnWidth(c)));
    }
    QVERIFY2(total <= list->viewport()->width(),
             qPrintable(QStringLiteral("columns %1 px (%3) in a list %2 px wide")
                            .arg(total)
                            .arg(list->viewport()->width())
                            .arg(widths.join(QLatin1Char(' ')))));
    QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.font = list->font();
    QVERIFY(list->itemDelegateForIndex(index)->sizeHint(option, index).width() > list->columnWidth(column));
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), countries); // the whole list, on hover
}

DALIL_GUI_TEST_MAIN(TestScreens)
#include "tst_screens.moc"
