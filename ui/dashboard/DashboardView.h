#pragma once

#include "directory/DirectoryQuery.h"

#include <QDate>
#include <QWidget>

class QChartView;
class QLabel;

namespace dalil {

class CatalogueDocument;
class DashboardCharts;

// Charts of the current directory result: organisations per country and per sector, and funding
// deadlines over the coming months. Labels follow the language; bars grow from the reading side.
// The charts themselves are drawn by the plugin dalil_charts (Qt Charts), loaded when the first
// dashboard is made; without it the screen says why in place of the charts.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(CatalogueDocument& document, QWidget* parent = nullptr);

    // Null when the charts plugin could not be loaded (chartsError() says why).
    QChartView* countriesChart() const { return m_countries; }
    QChartView* sectorsChart() const { return m_sectors; }
    QChartView* deadlinesChart() const { return m_deadlines; }
    QString chartsError() const { return m_chartsError; }
    // Fixes the first month of the deadline chart (tests, screenshots).
    void setToday(const QDate& today);

public slots:
    // Counts of the directory's current result (facet counts), and how many organisations it holds.
    void setResult(const FacetCounts& facets, qint64 total);
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildBars(QWidget* view, const QString& title, const QString& kind,
                     const QMap<QString, qint64>& counts);
    void rebuildDeadlines();

    CatalogueDocument& m_document;
    DashboardCharts* m_charts = nullptr;
    QString m_chartsError;
    FacetCounts m_facets;
    qint64 m_total = 0;
    QDate m_today;
    QLabel* m_summary = nullptr;
    QLabel* m_missing = nullptr;
    QWidget* m_countriesView = nullptr;
    QWidget* m_sectorsView = nullptr;
    QWidget* m_deadlinesView = nullptr;
    QChartView* m_countries = nullptr;
    QChartView* m_sectors = nullptr;
    QChartView* m_deadlines = nullptr;
};

} // namespace dalil
