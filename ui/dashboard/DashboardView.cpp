#include "dashboard/DashboardView.h"

#include "catalogue/CatalogueBrowser.h"
#include "catalogue/Plugins.h"
#include "dashboard/DashboardCharts.h"
#include "main/CatalogueDocument.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace dalil {

namespace {

constexpr int kTopBars = 10;

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
    outer->addWidget(m_summary);
    // Qt Charts (and the OpenGL it links) is loaded here, the first time the Dashboard is shown.
    m_charts = qobject_cast<DashboardCharts*>(Plugins::load(QStringLiteral("dalil_charts"), &m_chartsError));
    if (!m_charts) {
        m_missing = new QLabel(this);
        m_missing->setObjectName(QStringLiteral("chartsMissing"));
        m_missing->setWordWrap(true);
        m_missing->setAlignment(Qt::AlignCenter);
        outer->addWidget(m_missing, 1);
    } else {
        // The charts take the height their labels need; a small window scrolls rather than cuts them.
        auto* scroll = new QScrollArea(this);
        scroll->setObjectName(QStringLiteral("dashboardScroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto* charts = new QWidget(scroll);
        auto* layout = new QGridLayout(charts);
        m_countriesView = m_charts->createView(charts, QStringLiteral("chartCountries"), &m_countries);
        m_sectorsView = m_charts->createView(charts, QStringLiteral("chartSectors"), &m_sectors);
        m_deadlinesView = m_charts->createView(charts, QStringLiteral("chartDeadlines"), &m_deadlines);
        layout->addWidget(m_countriesView, 0, 0);
        layout->addWidget(m_sectorsView, 0, 1);
        layout->addWidget(m_deadlinesView, 1, 0, 1, 2);
        scroll->setWidget(charts);
        outer->addWidget(scroll, 1);
    }
    connect(&m_document, &CatalogueDocument::recordChanged, this, [this](const QString& table) {
        if (table.isEmpty() || table == QLatin1String("funding")) {
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
    if (m_missing) {
        m_missing->setText(tr("The charts cannot be shown: %1").arg(m_chartsError));
        return;
    }
    m_countriesView->setAccessibleName(tr("Organisations per country"));
    m_sectorsView->setAccessibleName(tr("Organisations per sector"));
    m_deadlinesView->setAccessibleName(tr("Funding deadlines per month"));
    rebuildBars(m_countriesView, tr("Organisations per country"), QStringLiteral("country"),
                m_facets.value(QStringLiteral("country")));
    rebuildBars(m_sectorsView, tr("Organisations per sector"), QStringLiteral("sector"),
                m_facets.value(QStringLiteral("sector")));
    rebuildDeadlines();
}

void DashboardView::rebuildBars(QWidget* view, const QString& title, const QString& kind,
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
    DashboardCharts::Bars bars;
    bars.title = title;
    bars.setName = title;
    bars.horizontal = true;
    bars.rightToLeft = layoutDirection() == Qt::RightToLeft;
    for (const auto& [code, count] : ordered) {
        bars.labels << m_document.label(kind, code);
        bars.counts << count;
    }
    m_charts->show(view, bars);
}

void DashboardView::rebuildDeadlines()
{
    if (!m_charts) {
        return;
    }
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QDate first(today.year(), today.month(), 1);
    constexpr int months = 12;
    const QMap<QString, qint64> counts =
        CatalogueBrowser(m_document.catalogue()).fundingDeadlinesByMonth(first, months);
    DashboardCharts::Bars bars;
    bars.title = tr("Funding deadlines per month");
    bars.setName = tr("Deadlines");
    bars.rightToLeft = layoutDirection() == Qt::RightToLeft;
    for (int k = 0; k < months; ++k) {
        // Time runs in the reading direction: the latest month first (leftmost) in Arabic. A bar
        // category axis cannot be reversed (QAbstractAxis::setReverse ignores it): the order is.
        const QDate month = first.addMonths(bars.rightToLeft ? months - 1 - k : k);
        bars.counts << counts.value(month.toString(QStringLiteral("yyyy-MM")));
        bars.labels << QLocale().toString(month, QStringLiteral("MMM yy"));
    }
    m_charts->show(m_deadlinesView, bars);
}

void DashboardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange) {
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace dalil
