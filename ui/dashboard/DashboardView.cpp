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
#include <QValueAxis>

#include <algorithm>

namespace dalil {

namespace {

constexpr int kTopBars = 10;

QChartView* makeView(QWidget* parent, const QString& objectName)
{
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
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

// Whole counts from zero to the highest, with at most six ticks.
QValueAxis* countAxis(qint64 highest)
{
    auto* values = new QValueAxis;
    values->setRange(0, double(highest));
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTickCount(std::min<int>(int(highest) + 1, 6));
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
    auto* layout = new QGridLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_summary->setFont(big);
    m_countries = makeView(this, QStringLiteral("chartCountries"));
    m_sectors = makeView(this, QStringLiteral("chartSectors"));
    m_deadlines = makeView(this, QStringLiteral("chartDeadlines"));
    layout->addWidget(m_summary, 0, 0, 1, 2);
    layout->addWidget(m_countries, 1, 0);
    layout->addWidget(m_sectors, 1, 1);
    layout->addWidget(m_deadlines, 2, 0, 1, 2);
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
        labels << m_document.label(kind, code);
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
