#include "dashboard/charts/ChartsPlugin.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dalil {

namespace {

// A name longer than this is broken over two lines on the axis: long sector names ("Mental health
// and psychosocial support", "الصحة النفسية والدعم النفسي الاجتماعي") would otherwise take more than
// the share of the chart's width Qt Charts gives an axis, and be cut to "...".
constexpr int kWrapAt = 28;
// What Qt Charts puts around each category label (its padding above and below, the text item's
// margins), which the label's line height must fit in beside.
constexpr qreal kLabelRoom = 12;

// A category name as an axis shows it. Axis labels are rich text, so the name is escaped ("Water,
// sanitation & hygiene"); a long one is broken at the space that makes its two lines closest in
// width at the axis' font (the middle character is not the middle of the text: letters, Arabic
// ones especially, differ in width).
QString axisLabel(const QString& name, const QFontMetricsF& metrics)
{
    const QString escaped = name.toHtmlEscaped();
    if (name.size() <= kWrapAt) {
        return escaped;
    }
    int best = -1;
    qreal bestGap = 0;
    for (int i = 0; i < name.size(); ++i) {
        if (name.at(i) != QLatin1Char(' ')) {
            continue;
        }
        const qreal gap =
            std::abs(metrics.horizontalAdvance(name.left(i)) - metrics.horizontalAdvance(name.mid(i + 1)));
        if (best < 0 || gap < bestGap) {
            best = i;
            bestGap = gap;
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
    // The default theme paints a white chart: in a dark palette its dark theme keeps the window
    // dark and the labels light.
    const QPalette palette = QGuiApplication::palette();
    if (palette.color(QPalette::WindowText).lightness() > palette.color(QPalette::Window).lightness()) {
        chart->setTheme(QChart::ChartThemeDark);
    }
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

} // namespace

QWidget* ChartsPlugin::createView(QWidget* parent, const QString& objectName, QChartView** chartView)
{
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    if (chartView) {
        *chartView = view;
    }
    return view;
}

void ChartsPlugin::show(QWidget* widget, const Bars& bars)
{
    auto* view = qobject_cast<QChartView*>(widget);
    if (!view) {
        return;
    }
    QChart* chart = newChart(bars.title);
    auto* set = new QBarSet(bars.setName);
    qint64 highest = 1;
    for (const qint64 count : bars.counts) {
        *set << double(count);
        highest = std::max(highest, count);
    }
    QAbstractBarSeries* series = bars.horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                                 : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(set);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    const QFontMetricsF metrics(categories->labelsFont());
    QStringList labels;
    for (const QString& label : bars.labels) {
        labels << (bars.horizontal ? axisLabel(label, metrics) : label);
    }
    categories->append(labels);
    QValueAxis* values = countAxis(highest);
    const Qt::Alignment readingSide = bars.rightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    if (bars.horizontal) {
        // In Arabic the bars grow from the right, with their names on the right.
        values->setReverse(bars.rightToLeft);
        chart->addAxis(categories, readingSide);
        chart->addAxis(values, Qt::AlignBottom);
    } else {
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, readingSide);
    }
    series->attachAxis(categories);
    series->attachAxis(values);
    if (bars.horizontal) {
        view->setMinimumSize(sizeFor(categories->labelsFont(), chart->titleFont(), labels));
    }
    // Shows the new chart, dropping the one it replaces.
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace dalil
