#include "dashboard/DashboardView.h"

#include "catalogue/CatalogueBrowser.h"
#include "main/CatalogueDocument.h"
#include "main/Display.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dalil {

namespace {

constexpr int kTopBars = 10;
// A name longer than this is broken over two lines on the axis: long sector names ("Mental health
// and psychosocial support", "الصحة النفسية والدعم النفسي الاجتماعي") would otherwise take more than
// the share of the chart's width Qt Charts gives an axis, and be cut to "...".
constexpr int kWrapAt = 28;
// What Qt Charts puts around each category label (its padding above and below, the text item's
// margins), which the label's line height must fit in beside.
constexpr qreal kLabelRoom = 12;

QChartView* makeView(QWidget* parent, const QString& objectName)
{
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// A category name as an axis shows it. Axis labels are rich text, so the name is escaped ("Water,
// sanitation & hygiene"); a long one is broken at the space nearest its middle.
QString axisLabel(const QString& name)
{
    const QString escaped = name.toHtmlEscaped();
    if (name.size() <= kWrapAt) {
        return escaped;
    }
    int best = -1;
    for (int i = 0; i < name.size(); ++i) {
        if (name.at(i) == QLatin1Char(' ') &&
            (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2))) {
            best = i;
        }
    }
    if (best < 0) {
        return escaped;
    }
    return name.left(best).toHtmlEscaped() + QStringLiteral("<br>") + name.mid(best + 1).toHtmlEscaped();
}

// Tall enough for every category's label (in lines) at the axis font, with the title and the count
// axis: Qt Charts gives each category an equal share of the axis' height and cuts a label to "..."
// when it does not fit in it.
QSize sizeFor(const QFont& labelsFont, const QFont& titleFont, const QStringList& labels)
{
    const QFontMetricsF metrics(labelsFont);
    const QFontMetricsF title(titleFont);
    int lines = 1;
    qreal widest = 0;
    for (const QString& label : labels) {
        const QStringList parts = label.split(QStringLiteral("<br>"));
        lines = std::max(lines, int(parts.size()));
        for (const QString& part : parts) {
            widest = std::max(widest, metrics.horizontalAdvance(part));
        }
    }
    const qreal perCategory = lines * metrics.lineSpacing() + kLabelRoom;
    const int height = int(std::ceil((labels.size() + 1) * perCategory + 2 * title.lineSpacing() +
                                     2 * metrics.lineSpacing() + 40));
    // An axis gets at most 40 % of the chart's width: enough for the widest name, with margins.
    const int width = int(std::ceil((widest + 40) / 0.38)) + 40;
    return {width, height};
}

// A chart in the UI language: its title, and numbers in the locale's digits.
QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    return chart;
}

// Whole counts from zero, on ticks a step of 1, 2 or 5 × 10^k apart (at most five steps), so
// every label is a round number.
QValueAxis* countAxis(qint64 highest)
{
    const qint64 top = std::max<qint64>(highest, 1);
    qint64 step = 1;
    for (qint64 magnitude = 1; step * 5 < top; magnitude *= 10) {
        for (const qint64 multiple : {1, 2, 5}) {
            step = multiple * magnitude;
            if (step * 5 >= top) {
                break;
            }
        }
    }
    const qint64 end = (top + step - 1) / step * step;
    auto* values = new QValueAxis;
    values->setRange(0, double(end));
    values->setTickCount(int(end / step) + 1);
    // With localised numbers Qt Charts understands only a format with a precision: "%d" gives
    // empty labels, "%.0f" whole numbers in the locale's digits and grouping.
    values->setLabelFormat(QStringLiteral("%.0f"));
    return values;
}

// Shows `chart` in `view`, dropping the chart it replaces.
void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

DashboardView::DashboardView(CatalogueDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("dashboard"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_summary->setFont(big);
    m_summary->setContentsMargins(9, 9, 9, 0);
    // The charts take the height their labels need; a small window scrolls rather than cuts them.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* charts = new QWidget(scroll);
    auto* layout = new QGridLayout(charts);
    m_countries = makeView(charts, QStringLiteral("chartCountries"));
    m_sectors = makeView(charts, QStringLiteral("chartSectors"));
    m_deadlines = makeView(charts, QStringLiteral("chartDeadlines"));
    layout->addWidget(m_countries, 0, 0);
    layout->addWidget(m_sectors, 0, 1);
    layout->addWidget(m_deadlines, 1, 0, 1, 2);
    scroll->setWidget(charts);
    outer->addWidget(m_summary);
    outer->addWidget(scroll, 1);
    connect(&m_document, &CatalogueDocument::recordChanged, this, [this](const QString& table) {
        if (table == QLatin1String("funding")) {
            rebuildDeadlines();
        }
    });
    refresh();
}

void DashboardView::setToday(const QDate& today)
{
    m_today = today;
    rebuildDeadlines();
}

void DashboardView::setResult(const FacetCounts& facets, qint64 total)
{
    m_facets = facets;
    m_total = total;
    refresh();
}

void DashboardView::refresh()
{
    m_summary->setText(
        tr("%Ln organisation(s) in the current search", "", int(std::min<qint64>(m_total, INT_MAX))));
    m_countries->setAccessibleName(tr("Organisations per country"));
    m_sectors->setAccessibleName(tr("Organisations per sector"));
    m_deadlines->setAccessibleName(tr("Funding deadlines per month"));
    rebuildBars(m_countries, tr("Organisations per country"), QStringLiteral("country"),
                m_facets.value(QStringLiteral("country")));
    rebuildBars(m_sectors, tr("Organisations per sector"), QStringLiteral("sector"),
                m_facets.value(QStringLiteral("sector")));
    rebuildDeadlines();
}

void DashboardView::rebuildBars(QChartView* view, const QString& title, const QString& kind,
                                const QMap<QString, qint64>& counts)
{
    QList<QPair<QString, qint64>> ordered;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        ordered.append({it.key(), it.value()});
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (ordered.size() > kTopBars) {
        ordered.resize(kTopBars);
    }
    // Largest at the top of a horizontal chart: categories run bottom-up.
    std::reverse(ordered.begin(), ordered.end());
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    QChart* chart = newChart(title);
    auto* set = new QBarSet(title);
    QStringList labels;
    qint64 highest = 1;
    for (const auto& [code, count] : ordered) {
        *set << double(count);
        labels << axisLabel(m_document.label(kind, code));
        highest = std::max(highest, count);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    QValueAxis* values = countAxis(highest);
    // In Arabic the bars grow from the right, with their names on the right.
    values->setReverse(rtl);
    chart->addAxis(categories, rtl ? Qt::AlignRight : Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    view->setMinimumSize(sizeFor(categories->labelsFont(), chart->titleFont(), labels));
    replaceChart(view, chart);
}

void DashboardView::rebuildDeadlines()
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QDate first(today.year(), today.month(), 1);
    constexpr int months = 12;
    const QMap<QString, qint64> counts =
        CatalogueBrowser(m_document.catalogue()).fundingDeadlinesByMonth(first, months);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    QChart* chart = newChart(tr("Funding deadlines per month"));
    auto* set = new QBarSet(tr("Deadlines"));
    QStringList labels;
    qint64 highest = 1;
    for (int k = 0; k < months; ++k) {
        // Time runs in the reading direction: the latest month first (leftmost) in Arabic. A bar
        // category axis cannot be reversed (QAbstractAxis::setReverse ignores it): the order is.
        const QDate month = first.addMonths(rtl ? months - 1 - k : k);
        const qint64 count = counts.value(month.toString(QStringLiteral("yyyy-MM")));
        *set << double(count);
        labels << QLocale().toString(month, QStringLiteral("MMM yy"));
        highest = std::max(highest, count);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    QValueAxis* values = countAxis(highest);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, rtl ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    replaceChart(m_deadlines, chart);
}

void DashboardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange) {
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace dalil
