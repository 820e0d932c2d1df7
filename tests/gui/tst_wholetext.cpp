// Texts a reader needs are laid out whole and in the reading order of the interface: in French
// (the longest of the three languages) the filter panel's values and the directory's Type and
// Countries cells are not cut short ("…") at the window's first size; the profile's line of other
// names (Latin and Arabic names and the acronym, "·" between them) starts at the leading edge of
// the layout, the first name there, in Arabic, English and French.
#include "GuiFixture.h"

#include "catalogue/SampleCatalogue.h"
#include "common/WrappedCellDelegate.h"
#include "directory/DirectoryView.h"
#include "directory/FilterPanel.h"
#include "directory/OrganisationListModel.h"
#include "profile/ProfileView.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextLayout>

using namespace dalil;

namespace {

QString ercId()
{
    return SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("erc"));
}

// The text without the invisible marks of direction (isolates, LRM, RLM).
QString withoutMarks(QString text)
{
    for (char16_t mark : {u'\u2066', u'\u2067', u'\u2068', u'\u2069', u'\u200e', u'\u200f'}) {
        text.remove(QChar(mark));
    }
    return text.trimmed();
}

// The rows [top, bottom] and columns [left, right] of a picture where something is drawn on the
// background (the colour of its top-left pixel).
struct Ink
{
    int top = -1;
    int bottom = -1;
    int left = -1;
    int right = -1;
    bool isEmpty() const { return top < 0; }
};

bool isInk(const QImage& image, int x, int y, QRgb background)
{
    const QRgb pixel = image.pixel(x, y);
    return std::abs(qGray(pixel) - qGray(background)) > 60;
}

Ink inkIn(const QImage& image, int fromRow, int toRow)
{
    Ink ink;
    const QRgb background = image.pixel(0, 0);
    for (int y = std::max(0, fromRow); y <= std::min(image.height() - 1, toRow); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (isInk(image, x, y, background)) {
                ink.top = ink.top < 0 ? y : ink.top;
                ink.bottom = y;
                ink.left = ink.left < 0 ? x : std::min(ink.left, x);
                ink.right = std::max(ink.right, x);
            }
        }
    }
    return ink;
}

// The options the view draws an item with (its delegate's, as QAbstractItemView gives them): the
// directory's cells as WrappedCellDelegate breaks them into lines and cuts them short.
class OptionProbe : public QStyledItemDelegate
{
public:
    QStyleOptionViewItem optionFor(QAbstractItemView* view, const QModelIndex& index) const
    {
        QStyleOptionViewItem option;
        option.initFrom(view->viewport());
        option.widget = view;
        option.font = view->font();
        option.fontMetrics = view->fontMetrics();
        option.textElideMode = view->textElideMode();
        option.rect = view->visualRect(index);
        if (auto* list = qobject_cast<QListView*>(view); list && list->wordWrap()) {
            option.features |= QStyleOptionViewItem::WrapText;
        }
        if (auto* table = qobject_cast<QTableView*>(view); table && table->wordWrap()) {
            option.features |= QStyleOptionViewItem::WrapText;
        }
        if (auto* cells = qobject_cast<WrappedCellDelegate*>(view->itemDelegateForIndex(index))) {
            cells->initStyleOption(&option, index);
        } else {
            initStyleOption(&option, index);
        }
        return option;
    }
};

// Where the text is drawn across the view, from its left to its right edge.
struct Span
{
    int left = 0;
    int right = 0;
};

bool shownWhole(QAbstractItemView* view, const QModelIndex& index, QString* why, Span* span = nullptr)
{
    static const OptionProbe probe;
    const QStyleOptionViewItem option = probe.optionFor(view, index);
    // Cut short by the delegate (on its last line) before the style draws it.
    const QString drawn = QString(option.text).replace(QChar::LineSeparator, QLatin1Char(' ')).simplified();
    if (drawn != index.data().toString().simplified()) {
        *why = QStringLiteral("\"%1\" is drawn \"%2\"").arg(index.data().toString(), option.text);
        return false;
    }
    QStyle* style = view->style();
    const QRect place = style->subElementRect(QStyle::SE_ItemViewItemText, &option, view);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const qreal width = place.width() - 2 * margin;
    QTextLayout layout(option.text, option.font);
    QTextOption textOption;
    textOption.setWrapMode(option.features & QStyleOptionViewItem::WrapText ? QTextOption::WordWrap
                                                                            : QTextOption::ManualWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    qreal height = 0;
    qreal widest = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    if (span) {
        // At the leading edge of its place: the left in English and French, the right in Arabic.
        const int drawn = int(std::ceil(widest));
        *span = option.direction == Qt::RightToLeft
                    ? Span{place.right() - margin - drawn, place.right() - margin}
                    : Span{place.left() + margin, place.left() + margin + drawn};
    }
    if (widest > width + 0.5 || height > place.height() + 0.5) {
        *why = QStringLiteral("\"%1\" needs %2×%3 px, has %4×%5")
                   .arg(option.text)
                   .arg(std::ceil(widest))
                   .arg(std::ceil(height))
                   .arg(width)
                   .arg(place.height());
        return false;
    }
    return true;
}

} // namespace

class TestWholeText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_fixture.close(); }
    void frenchFiltersShownWhole();
    void typeAndCountriesShownWhole_data();
    void typeAndCountriesShownWhole();
    void profileOtherNamesStartAtTheLeadingEdge_data();
    void profileOtherNamesStartAtTheLeadingEdge();

private:
    test::GuiFixture m_fixture;
};

void TestWholeText::frenchFiltersShownWhole()
{
    // "Développement de la petite enfance en situation d'urgence (3)", "Réseau / alliance /
    // communauté de pratique (17)": every value of every filter is read whole in the window as
    // it first opens.
    QCOMPARE(m_fixture.open(QStringLiteral("fr")), QString());
    MainWindow* window = m_fixture.createWindow();
    QVERIFY(window);
    DirectoryView* directory = window->directory();
    FilterPanel* panel = directory->filterPanel();
    QTRY_VERIFY(!directory->model()->facets().value(QStringLiteral("type")).isEmpty() &&
                panel->list(QStringLiteral("type"))->count() > 3);
    QCoreApplication::processEvents();
    QStringList cut;
    int checked = 0;
    for (const QString& facet : FilterPanel::facetNames()) {
        QListWidget* list = panel->list(facet);
        QVERIFY(list->isVisible());
        QVERIFY2(list->viewport()->width() > 100, qPrintable(facet));
        for (int row = 0; row < list->count(); ++row) {
            QString why;
            if (!shownWhole(list, list->model()->index(row, 0), &why)) {
                cut.append(facet + QStringLiteral(": ") + why);
            }
            ++checked;
        }
    }
    QVERIFY(checked > 30);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

void TestWholeText::typeAndCountriesShownWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ar") << QStringLiteral("ar");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestWholeText::typeAndCountriesShownWhole()
{
    // The list as it opens (1280 px), in Arabic, English and French: the type of every
    // organisation in sight ("Réseau / alliance / communauté de pratique", "Organisation
    // multilatérale") is not cut short, on one line or wrapped onto two when the rows are two lines
    // high, and the types are in sight, beside the names. The countries of a regional
    // organisation are many: they are cut off with … and their tooltip has them all (tst_screens
    // checks that they no longer make the list scroll sideways).
    QFETCH(QString, language);
    QCOMPARE(m_fixture.open(language), QString());
    MainWindow* window = m_fixture.createWindow();
    QVERIFY(window);
    DirectoryView* directory = window->directory();
    OrganisationListModel* model = directory->model();
    QTRY_VERIFY(model->rowCount() > 50);
    QCoreApplication::processEvents();
    QTableView* list = directory->results();
    QVERIFY(list->isVisible());
    QCOMPARE(list->horizontalScrollBar()->value(), 0);
    const int type = OrganisationListModel::TypeColumn;
    const int first = list->rowAt(0);
    int last = list->rowAt(list->viewport()->height() - 1);
    last = last < 0 ? model->rowCount() - 1 : last;
    QVERIFY(first == 0 && last > 10);
    QStringList cut;
    int types = 0;
    for (int row = first; row <= last; ++row) {
        for (int column : {type, int(OrganisationListModel::CountriesColumn)}) {
            const QModelIndex index = model->index(row, column);
            types += column == type && !index.data().toString().isEmpty();
            QString why;
            Span span;
            if (!shownWhole(list, index, &why, &span)) {
                if (column == type || index.data(Qt::ToolTipRole).toString() != index.data().toString()) {
                    cut.append(QStringLiteral("row %1: %2").arg(row).arg(why));
                }
            } else if (column == type && (span.left < 0 || span.right > list->viewport()->width())) {
                cut.append(QStringLiteral("row %1: \"%2\" goes on past the list's edge (%3 to %4 of %5 px)")
                               .arg(row)
                               .arg(index.data().toString())
                               .arg(span.left)
                               .arg(span.right)
                               .arg(list->viewport()->width()));
            }
        }
    }
    QVERIFY(types > 10);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    // The whole type beside the acronyms and the names still leaves the list at the window's width
    // (1280 px): no column goes past its edge, the list does not scroll sideways. (Before rows
    // could be two lines high, French needed 689 px in 595 and English 604 in 599.)
    int total = 0;
    QStringList widths;
    for (int c = 0; c < model->columnCount(); ++c) {
        total += list->columnWidth(c);
        widths.append(QString::number(list->columnWidth(c)));
    }
    qInfo("columns %d px (%s) in a list %d px wide", total, qPrintable(widths.join(QLatin1Char(' '))),
          list->viewport()->width());
    QVERIFY2(total <= list->viewport()->width(),
             qPrintable(QStringLiteral("columns %1 px (%2) in a list %3 px wide")
                            .arg(total)
                            .arg(widths.join(QLatin1Char(' ')))
                            .arg(list->viewport()->width())));
    QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
}

void TestWholeText::profileOtherNamesStartAtTheLeadingEdge_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ar") << QStringLiteral("ar");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestWholeText::profileOtherNamesStartAtTheLeadingEdge()
{
    // The Egyptian Red Crescent: in Arabic the line lists its English and French names and
    // "ERC", in English and French its Arabic name first. Each name is isolated, and only the
    // neutral " · " lies between them: the line took the direction of none of them (left to right,
    // at the left, in the Arabic window) unless it says its own.
    QFETCH(QString, language);
    QCOMPARE(m_fixture.open(language), QString());
    MainWindow* window = m_fixture.createWindow();
    QVERIFY(window);
    DirectoryView* directory = window->directory();
    directory->selectOrganisation(ercId());
    ProfileView* profile = directory->profile();
    QLabel* line = nullptr;
    QTRY_VERIFY((line = profile->findChild<QLabel*>(QStringLiteral("profileOtherNames"))) &&
                line->isVisible() && line->width() > 100);
    const bool rtl = language == QLatin1String("ar");
    QCOMPARE(line->isRightToLeft(), rtl);
    const QStringList names = withoutMarks(line->text()).split(QStringLiteral(" · "));
    QCOMPARE(names.size(), 3);
    QCOMPARE(names.last(), QStringLiteral("ERC"));
    const QStringList firstWords = names.first().split(QLatin1Char(' '));

    const QImage image = line->grab().toImage();
    const Ink all = inkIn(image, 0, image.height() - 1);
    QVERIFY(!all.isEmpty());
    const int lineHeight = line->fontMetrics().lineSpacing();
    const Ink first = inkIn(image, all.top, all.top + lineHeight * 3 / 4);
    const Ink last = inkIn(image, all.bottom - lineHeight * 3 / 4, all.bottom);
    const QRect inside = line->contentsRect();
    // Aligned to the leading edge: the right in Arabic, the left in English and French.
    if (rtl) {
        QVERIFY2(inside.right() - first.right <= 8,
                 qPrintable(QStringLiteral("the line ends %1 px before the right edge")
                                .arg(inside.right() - first.right)));
    } else {
        QVERIFY2(
            first.left - inside.left() <= 8,
            qPrintable(
                QStringLiteral("the line starts %1 px after the left edge").arg(first.left - inside.left())));
    }
    // In reading order: the first name at the leading end of the first line, "ERC" at the
    // trailing end of the last. A double click selects the word there, as a person would.
    const QPoint leading(rtl ? first.right - 2 : first.left + 2, (first.top + first.bottom) / 2);
    QTest::mouseDClick(line, Qt::LeftButton, Qt::NoModifier, leading);
    const QString atStart = withoutMarks(line->selectedText());
    QVERIFY2(firstWords.contains(atStart),
             qPrintable(QStringLiteral("\"%1\" is at the start of \"%2\"").arg(atStart, names.join(u'|'))));
    const QPoint trailing(rtl ? last.left + 2 : last.right - 2, (last.top + last.bottom) / 2);
    QTest::mouseDClick(line, Qt::LeftButton, Qt::NoModifier, trailing);
    const QString atEnd = withoutMarks(line->selectedText());
    QVERIFY2(atEnd == QLatin1String("ERC"),
             qPrintable(QStringLiteral("\"%1\" is at the end of \"%2\"").arg(atEnd, names.join(u'|'))));
}

DALIL_GUI_TEST_MAIN(TestWholeText)
#include "tst_wholetext.moc"
