// The dashboard's charts follow the language and the direction while the application runs: in
// Arabic the titles, the country and sector names and the months are Arabic, the numbers are the
// locale's, bars grow from the right with their names on the right and months run right to left;
// switched to English everything reads English, left to right; and back again.
#include "GuiFixture.h"

#include "dashboard/DashboardView.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QRegularExpression>
#include <QTextDocument>
#include <QValueAxis>

using namespace dalil;

namespace {

bool hasArabic(const QString& text)
{
    static const QRegularExpression arabic(QStringLiteral("[\\x{0600}-\\x{06FF}]"));
    return text.contains(arabic);
}

bool hasLatin(const QString& text)
{
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    return text.contains(latin);
}

template <typename Axis> Axis* axisOf(QChart* chart, Qt::Orientation orientation)
{
    for (QAbstractAxis* axis : chart->axes(orientation)) {
        if (auto* typed = qobject_cast<Axis*>(axis)) {
            return typed;
        }
    }
    return nullptr;
}

// The texts Qt Charts draws in `view` and shows (titles, axis labels), as plain text.
QStringList visibleTexts(QChartView* view)
{
    QStringList texts;
    for (QGraphicsItem* item : view->scene()->items()) {
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible()) {
            texts << text->toPlainText().simplified();
        }
    }
    return texts;
}

// Empty when every bar's name is drawn whole (not cut to "..." for lack of room) and the count
// axis has numbers in the chart's digits; otherwise what a reader would miss.
QString unreadable(QChartView* view, QBarCategoryAxis* categories, const QLocale& locale)
{
    const QString where = view->objectName() + QStringLiteral(": ");
    if (categories->labelsTruncated()) {
        return where + QStringLiteral("category labels cut short");
    }
    const QStringList texts = visibleTexts(view);
    for (const QString& category : categories->categories()) {
        QTextDocument document;
        document.setHtml(category);
        const QString plain = document.toPlainText().simplified();
        if (!texts.contains(plain)) {
            return where + QStringLiteral("\"%1\" not drawn; drawn: %2").arg(plain, texts.join(u'|'));
        }
    }
    int numbers = 0;
    for (const QString& text : texts) {
        bool ok = false;
        locale.toLongLong(text, &ok);
        numbers += ok ? 1 : 0;
    }
    if (numbers < 2) {
        return where + QStringLiteral("the count axis has no numbers; drawn: %1").arg(texts.join(u'|'));
    }
    return {};
}

// Empty when `view` shows a chart in `language` laid out for it; otherwise what is wrong.
QString misread(QChartView* view, const QString& language, bool horizontalBars, const QString& englishTitle)
{
    const bool arabic = language == QLatin1String("ar");
    const bool english = language == QLatin1String("en");
    QChart* chart = view->chart();
    const QString where = view->objectName() + QStringLiteral(": ");
    if (view->layoutDirection() != (arabic ? Qt::RightToLeft : Qt::LeftToRight)) {
        return where + QStringLiteral("layout direction did not follow the language");
    }
    if (arabic    ? (chart->title() == englishTitle || !hasArabic(chart->title()))
        : english ? chart->title() != englishTitle
                  : (chart->title() == englishTitle || !hasLatin(chart->title()))) {
        return where + QStringLiteral("title \"%1\"").arg(chart->title());
    }
    if (!chart->localizeNumbers() || chart->locale().language() != QLocale(language).language()) {
        return where + QStringLiteral("numbers in %1").arg(chart->locale().name());
    }
    const Qt::Orientation categoryOrientation = horizontalBars ? Qt::Vertical : Qt::Horizontal;
    const Qt::Orientation valueOrientation = horizontalBars ? Qt::Horizontal : Qt::Vertical;
    auto* categories = axisOf<QBarCategoryAxis>(chart, categoryOrientation);
    auto* values = axisOf<QValueAxis>(chart, valueOrientation);
    if (!categories || !values || categories->count() == 0) {
        return where + QStringLiteral("no axes or no bars");
    }
    for (const QString& label : categories->categories()) {
        if (arabic ? !hasArabic(label) : (hasArabic(label) || !hasLatin(label))) {
            return where + QStringLiteral("axis label \"%1\"").arg(label);
        }
    }
    if (horizontalBars) {
        // Names on the reading side, bars growing away from it.
        if (categories->alignment() != (arabic ? Qt::AlignRight : Qt::AlignLeft) ||
            values->isReverse() != arabic) {
            return where + QStringLiteral("bars do not grow from the %1").arg(arabic ? "right" : "left");
        }
    } else {
        // Months in the reading direction: the first of the twelve leftmost in English, the last
        // leftmost in Arabic (a category axis cannot be reversed: the order must be).
        const QDate firstMonth(2026, 11, 1);
        const QString leftmost =
            QLocale().toString(firstMonth.addMonths(arabic ? 11 : 0), QStringLiteral("MMM yy"));
        if (categories->categories().first() != leftmost || categories->count() != 12) {
            return where +
                   QStringLiteral("months do not run %1: %2")
                       .arg(arabic ? "right to left" : "left to right", categories->categories().join(u'|'));
        }
        if (values->alignment() != (arabic ? Qt::AlignRight : Qt::AlignLeft)) {
            return where + QStringLiteral("the counts are not on the %1").arg(arabic ? "right" : "left");
        }
    }
    return unreadable(view, categories, chart->locale());
}

// The text of one line of an axis label (labels are rich text).
QString plainLine(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

// Empty when every name the axis breaks over two lines is broken where the two lines are closest
// in width at the axis' font (no other space would make them more even); otherwise the first that
// is not. `wrapped` counts the names broken.
QString unevenBreak(QBarCategoryAxis* categories, int* wrapped)
{
    const QFontMetricsF metrics(categories->labelsFont());
    auto gapAt = [&](const QString& name, int space) {
        return std::abs(metrics.horizontalAdvance(name.left(space)) -
                        metrics.horizontalAdvance(name.mid(space + 1)));
    };
    for (const QString& label : categories->categories()) {
        const QStringList lines = label.split(QStringLiteral("<br>"));
        if (lines.size() != 2) {
            continue;
        }
        ++*wrapped;
        const QString first = plainLine(lines[0]);
        const QString name = first + QLatin1Char(' ') + plainLine(lines[1]);
        const qreal gap = gapAt(name, int(first.size()));
        for (int i = 0; i < name.size(); ++i) {
            if (name.at(i) == QLatin1Char(' ') && gapAt(name, i) < gap - 0.5) {
                return QStringLiteral("\"%1\" is broken with lines %2 px apart in width; after \"%3\" %4 px")
                    .arg(name)
                    .arg(gap, 0, 'f', 1)
                    .arg(name.left(i))
                    .arg(gapAt(name, i), 0, 'f', 1);
            }
        }
    }
    return {};
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void chartsFollowLanguageAndDirection();
    void longNamesBreakIntoEvenLines();

private:
    test::GuiFixture m_fixture;
};

void TestDashboard::cleanup()
{
    m_fixture.close();
}

void TestDashboard::chartsFollowLanguageAndDirection()
{
    QCOMPARE(m_fixture.open(QStringLiteral("ar")), QString());
    MainWindow* window = m_fixture.createWindow();
    QVERIFY(window);
    window->tabs()->setCurrentIndex(MainWindow::DashboardTab);
    DashboardView* dashboard = window->dashboard();
    // Deadlines over the months that hold the sample's funding calls.
    dashboard->setToday(QDate(2026, 11, 25));
    QTRY_VERIFY(axisOf<QBarCategoryAxis>(dashboard->countriesChart()->chart(), Qt::Vertical) &&
                axisOf<QBarCategoryAxis>(dashboard->countriesChart()->chart(), Qt::Vertical)->count() > 0);

    const struct
    {
        QChartView* view;
        bool horizontalBars;
        QString englishTitle;
    } charts[] = {{dashboard->countriesChart(), true, QStringLiteral("Organisations per country")},
                  {dashboard->sectorsChart(), true, QStringLiteral("Organisations per sector")},
                  {dashboard->deadlinesChart(), false, QStringLiteral("Funding deadlines per month")}};
    for (const QString& language :
         {QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar")}) {
        m_fixture.languages->setLanguage(language);
        for (const auto& chart : charts) {
            // The charts lay themselves out in the event loop after a rebuild.
            QString problem;
            QTRY_VERIFY2(
                (problem = misread(chart.view, language, chart.horizontalBars, chart.englishTitle)).isEmpty(),
                qPrintable(language + QStringLiteral(": ") + problem));
        }
    }
    // The country the sample knows best, by name, in the chart's own language.
    const QStringList arabicCountries =
        axisOf<QBarCategoryAxis>(dashboard->countriesChart()->chart(), Qt::Vertical)->categories();
    QVERIFY2(arabicCountries.contains(QStringLiteral("لبنان")), qPrintable(arabicCountries.join(u'|')));
}

void TestDashboard::longNamesBreakIntoEvenLines()
{
    // A sector name too long for one line ("Mental health and psychosocial support (MHPSS)",
    // "الصحة النفسية والدعم النفسي الاجتماعي") is shown on two lines of about the same width in
    // every language, Arabic letters' widths included.
    QCOMPARE(m_fixture.open(QStringLiteral("ar")), QString());
    MainWindow* window = m_fixture.createWindow();
    QVERIFY(window);
    window->tabs()->setCurrentIndex(MainWindow::DashboardTab);
    DashboardView* dashboard = window->dashboard();
    QVERIFY2(dashboard->sectorsChart(), qPrintable(dashboard->chartsError()));
    for (const QString& language : {QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("fr")}) {
        m_fixture.languages->setLanguage(language);
        QBarCategoryAxis* categories = nullptr;
        QTRY_VERIFY(
            (categories = axisOf<QBarCategoryAxis>(dashboard->sectorsChart()->chart(), Qt::Vertical)) &&
            categories->count() > 0);
        int wrapped = 0;
        const QString problem = unevenBreak(categories, &wrapped);
        QVERIFY2(problem.isEmpty(), qPrintable(language + QStringLiteral(": ") + problem));
        QVERIFY2(wrapped > 0, qPrintable(language + QStringLiteral(": no name long enough to break")));
    }
}

DALIL_GUI_TEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
