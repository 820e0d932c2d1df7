// The real main window driven as a person would: typing, ticking filters, selecting, editing,
// undoing, switching language.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "catalogue/SampleCatalogue.h"
#include "directory/DirectoryView.h"
#include "directory/FilterPanel.h"
#include "directory/OrganisationListModel.h"
#include "events/EventsView.h"
#include "funding/FundingView.h"
#include "geo/MapPoints.h"
#include "importexport/ExchangeController.h"
#include "importexport/ImportDialog.h"
#include "importexport/MergeDialog.h"
#include "main/CatalogueDocument.h"
#include "map/MapView.h"
#include "profile/ProfileView.h"
#include "profile/RecordEditDialog.h"
#include "profile/RecordForm.h"
#include "resources/ResourcesView.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QToolButton>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <QPointer>
#include <QScopeGuard>
#include <QSet>

#include <functional>
#include <tuple>

using namespace dalil;

namespace {

// A function, not a global: the sample's id namespace is itself a static of another file.
QString ercId()
{
    return SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("erc"));
}

// Runs `work` on the modal dialog the next call opens, then lets that call return.
void onNextDialog(std::function<void(RecordEditDialog*)> work)
{
    QTimer::singleShot(0, [work] {
        auto* dialog = qobject_cast<RecordEditDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            QWARN("no edit dialog opened");
            return;
        }
        // A failed check returns early: never leave the dialog blocking the test.
        auto close = qScopeGuard([dialog] {
            if (dialog->isVisible()) {
                dialog->reject();
            }
        });
        work(dialog);
    });
}

QListWidgetItem* facetItem(QListWidget* list, const QString& startsWith)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(startsWith)) {
            return list->item(i);
        }
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensInArabicRightToLeftWithSampleBanner();
    void arabicQueryUpdatesTheList();
    void mapAndListFollowEachOther();
    void filtersNarrowToTheirFacetCounts();
    void selectingShowsTheProfile();
    void profileLinksGoToPartners();
    void editNameUndoRedo();
    void badInputIsRefusedAtTheField();
    void officePointIsPickedOnTheMap();
    void deleteAndUndoBringsEverythingBack();
    void switchingLanguageChangesTextAndDirection();
    void sortingByNameFollowsTheAlphabet();
    void nothingLeftUntranslated_data();
    void nothingLeftUntranslated();
    void nothingLeftUntranslatedInDialogs_data();
    void nothingLeftUntranslatedInDialogs();
    void everyControlHasAnAccessibleNameOrText();
    void rememberLastSearchAndTab();

private:
    test::GuiFixture m_fixture;
    MainWindow* m_window = nullptr;
};

void TestMainWindow::init()
{
    const QString error = m_fixture.open(QStringLiteral("ar"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_fixture.createWindow();
    QVERIFY(m_window);
    QTRY_VERIFY(m_window->directory()->model()->rowCount() > 100);
}

void TestMainWindow::cleanup()
{
    m_fixture.close();
    m_window = nullptr;
}

void TestMainWindow::opensInArabicRightToLeftWithSampleBanner()
{
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
    QVERIFY(m_window->sampleBanner()->isVisible());
    QCOMPARE(m_window->tabs()->count(), 6);
    QTRY_COMPARE(m_window->directory()->model()->totalCount(), m_fixture.catalogue->organisations().count());
}

void TestMainWindow::arabicQueryUpdatesTheList()
{
    DirectoryView* directory = m_window->directory();
    OrganisationListModel* model = directory->model();
    MapView* map = directory->map();
    const int all = model->rowCount();
    QTRY_VERIFY(map->points() && map->points()->organisationCount() > 50);
    const size_t allOnMap = map->points()->organisationCount();
    // Typed without hamza, as people do: still finds "الهلال الأحمر".
    const QString typed = QStringLiteral("الهلال الاحمر");
    test::typeText(directory->searchField(), typed);
    QTRY_VERIFY(model->query().text == typed && !model->isSearching());
    QVERIFY(model->rowCount() < all);
    QVERIFY(model->rowCount() >= 10);
    QVERIFY(model->rowOf(ercId()) >= 0);
    QVERIFY(model->index(0, OrganisationListModel::NameColumn)
                .data()
                .toString()
                .contains(QStringLiteral("الهلال")));
    QTRY_VERIFY(directory->countLabel()->text().contains(QLocale().toString(model->totalCount())));
    // The map follows the list: only the offices of what was found.
    QTRY_VERIFY(map->points()->organisationCount() < allOnMap);
    QVERIFY(map->points()->hasOrganisation(ercId()));
    QVERIFY(int(map->points()->organisationCount()) <= model->rowCount());
    directory->searchField()->clear();
    QTRY_COMPARE(model->rowCount(), all);
    QTRY_COMPARE(map->points()->organisationCount(), allOnMap);
}

void TestMainWindow::mapAndListFollowEachOther()
{
    DirectoryView* directory = m_window->directory();
    MapView* map = directory->map();
    QTRY_VERIFY(map->points() && map->points()->hasOrganisation(ercId()));
    directory->selectOrganisation(ercId());
    QTRY_COMPARE(map->selectedOrganisation(), ercId());
    // A marker clicked on the map selects its organisation in the list and opens its profile.
    const QString other = SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("jnrcs"));
    emit map->organisationClicked(other);
    QCOMPARE(directory->profile()->organisationId(), other);
    const QModelIndexList selected = directory->results()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(directory->model()->idAt(selected.first().row()), other);
}

void TestMainWindow::filtersNarrowToTheirFacetCounts()
{
    DirectoryView* directory = m_window->directory();
    OrganisationListModel* model = directory->model();
    const int all = model->rowCount();
    QTRY_VERIFY(model->facets().value(QStringLiteral("country")).value(QStringLiteral("EG")) > 0);
    const qint64 egypt = model->facets().value(QStringLiteral("country")).value(QStringLiteral("EG"));
    QVERIFY(egypt < all);
    QListWidget* countries = directory->filterPanel()->list(QStringLiteral("country"));
    QListWidgetItem* item = facetItem(countries, QStringLiteral("مصر"));
    QVERIFY(item);
    QVERIFY2(item->text().contains(QLocale().toString(egypt)), qPrintable(item->text()));
    item->setCheckState(Qt::Checked);
    QTRY_COMPARE(model->totalCount(), egypt);
    QTRY_COMPARE(model->rowCount(), int(egypt));
    // Another facet's count now says what ticking it would leave.
    const auto types = model->facets().value(QStringLiteral("type"));
    const QString type = types.firstKey();
    QListWidget* typeList = directory->filterPanel()->list(QStringLiteral("type"));
    QListWidgetItem* typeItem =
        facetItem(typeList, m_window->document().label(QStringLiteral("organisation_type"), type));
    QVERIFY(typeItem);
    typeItem->setCheckState(Qt::Checked);
    QTRY_COMPARE(model->totalCount(), types.value(type));
    QTRY_COMPARE(model->rowCount(), int(types.value(type)));
    QTest::mouseClick(directory->filterPanel()->findChild<QPushButton*>(QStringLiteral("clearFilters")),
                      Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), all);
}

void TestMainWindow::selectingShowsTheProfile()
{
    DirectoryView* directory = m_window->directory();
    const int row = directory->model()->rowOf(ercId());
    QVERIFY(row >= 0);
    QTableView* view = directory->results();
    const QModelIndex index = directory->model()->index(row, OrganisationListModel::NameColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(directory->profile()->organisationId(), ercId());
    auto* name = directory->profile()->findChild<QLabel*>(QStringLiteral("profileName"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("الهلال الأحمر المصري"));
    QTRY_COMPARE(directory->map()->selectedOrganisation(), ercId());
}

void TestMainWindow::profileLinksGoToPartners()
{
    // The Egyptian Red Crescent is a member of the IFRC (a network in the sample).
    DirectoryView* directory = m_window->directory();
    directory->selectOrganisation(ercId());
    auto* networks = directory->profile()->findChild<QLabel*>(QStringLiteral("profileNetworks"));
    QVERIFY2(networks, "the profile lists no networks");
    const QString text = networks->text();
    const int start = text.indexOf(QStringLiteral("dalil:organisation/"));
    QVERIFY(start >= 0);
    const QString link = text.mid(start, text.indexOf(QLatin1Char('"'), start) - start);
    emit networks->linkActivated(link);
    const QString target = link.mid(QStringLiteral("dalil:organisation/").size());
    QCOMPARE(directory->profile()->organisationId(), target);
    const QModelIndexList selected = directory->results()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(directory->model()->idAt(selected.first().row()), target);
}

void TestMainWindow::editNameUndoRedo()
{
    DirectoryView* directory = m_window->directory();
    directory->selectOrganisation(ercId());
    auto nameShown = [&] {
        return directory->profile()->findChild<QLabel*>(QStringLiteral("profileName"))->text();
    };
    const QString before = nameShown();
    const QString after = QStringLiteral("جمعية الهلال الأحمر المصري");
    onNextDialog([after](RecordEditDialog* dialog) {
        auto* field = qobject_cast<QLineEdit*>(dialog->form()->editor(QStringLiteral("name_ar")));
        field->selectAll();
        test::typeText(field, after);
        dialog->buttons()->button(QDialogButtonBox::Save)->click();
    });
    directory->profile()->editOrganisation(ercId());
    QCOMPARE(nameShown(), after);
    QCOMPARE(m_fixture.catalogue->organisations().find(ercId())->value(QLatin1String("name_ar")).toString(),
             after);
    QVERIFY(m_window->undoAction()->isEnabled());
    m_window->undoAction()->trigger();
    QCOMPARE(nameShown(), before);
    QCOMPARE(m_fixture.catalogue->organisations().find(ercId())->value(QLatin1String("name_ar")).toString(),
             before);
    m_window->redoAction()->trigger();
    QCOMPARE(nameShown(), after);
    // The list follows the profile.
    QTRY_COMPARE(directory->model()->index(directory->model()->rowOf(ercId()), 0).data().toString(), after);
}

void TestMainWindow::badInputIsRefusedAtTheField()
{
    const qint64 rows = m_fixture.catalogue->organisations().count();
    bool checked = false;
    onNextDialog([&](RecordEditDialog* dialog) {
        RecordForm* form = dialog->form();
        QPushButton* save = dialog->buttons()->button(QDialogButtonBox::Save);
        // Nothing typed yet: a name is required.
        QVERIFY(!save->isEnabled());
        QVERIFY(form->errorLabel(QStringLiteral("name_ar"))->isVisibleTo(form));
        test::typeText(qobject_cast<QLineEdit*>(form->editor(QStringLiteral("name_ar"))),
                       QStringLiteral("جمعية تجريبية"));
        QVERIFY(save->isEnabled());
        test::typeText(qobject_cast<QLineEdit*>(form->editor(QStringLiteral("website"))),
                       QStringLiteral("not a website"));
        QVERIFY(!save->isEnabled());
        QLabel* error = form->errorLabel(QStringLiteral("website"));
        QVERIFY(error->isVisibleTo(form));
        // The message is in the UI language (Arabic), not the English source.
        QVERIFY2(!error->text().contains(QStringLiteral("must be a web address")), qPrintable(error->text()));
        test::typeText(qobject_cast<QLineEdit*>(form->editor(QStringLiteral("founded"))),
                       QStringLiteral("١٧٠٠"));
        QVERIFY(form->errorLabel(QStringLiteral("founded"))->isVisibleTo(form));
        // A name already in the catalogue is a warning, not a refusal.
        auto* english = qobject_cast<QLineEdit*>(form->editor(QStringLiteral("name_en")));
        test::typeText(english, QStringLiteral("Egyptian Red Crescent"));
        QVERIFY(form->duplicateWarning()->isVisibleTo(form));
        dialog->accept(); // refused while invalid
        QVERIFY(dialog->isVisible());
        dialog->reject();
        checked = true;
    });
    m_window->directory()->profile()->addOrganisation();
    QVERIFY(checked);
    QCOMPARE(m_fixture.catalogue->organisations().count(), rows);
}

void TestMainWindow::officePointIsPickedOnTheMap()
{
    m_window->directory()->selectOrganisation(ercId());
    const auto before = m_fixture.catalogue->profile(QStringLiteral("organisation"), ercId());
    QVERIFY(before);
    const qsizetype offices = before->value(QLatin1String("offices")).toArray().size();
    QPointF expected;
    bool checked = false;
    onNextDialog([&](RecordEditDialog* dialog) {
        MapView* map = dialog->map();
        QVERIFY(map);
        QToolButton* pick = dialog->pickButton();
        auto* lat = qobject_cast<QLineEdit*>(dialog->form()->editor(QStringLiteral("lat")));
        auto* lon = qobject_cast<QLineEdit*>(dialog->form()->editor(QStringLiteral("lon")));
        QVERIFY(lat && lon);
        QTRY_VERIFY(map->isVisible() && map->width() > 150 && map->height() > 150);
        auto click = [map](const QPointF& pixel) {
            for (const auto& [type, buttons] :
                 {qMakePair(QEvent::MouseButtonPress, Qt::MouseButtons(Qt::LeftButton)),
                  qMakePair(QEvent::MouseButtonRelease, Qt::MouseButtons())}) {
                QMouseEvent event(type, pixel, map->mapToGlobal(pixel), Qt::LeftButton, buttons,
                                  Qt::NoModifier);
                QApplication::sendEvent(map, &event);
            }
        };
        // Esc cancels the picking, not the form; a click afterwards picks nothing.
        pick->click();
        QCOMPARE(map->tool(), MapView::Tool::PickPoint);
        QTest::keyClick(map, Qt::Key_Escape);
        QCOMPARE(map->tool(), MapView::Tool::Pan);
        QVERIFY(!pick->isChecked());
        QVERIFY(dialog->isVisible());
        click(QPointF(map->width() / 2.0, map->height() / 2.0));
        QVERIFY(lat->text().isEmpty());
        QVERIFY(lon->text().isEmpty());

        // Pick: the point under the pixel clicked becomes the office's latitude and longitude.
        pick->click();
        const QPointF pixel(map->width() / 2.0 + 23, map->height() / 2.0 - 17);
        expected = map->viewport().toLonLat(pixel);
        click(pixel);
        QCOMPARE(map->tool(), MapView::Tool::Pan);
        QVERIFY(!pick->isChecked());
        QVERIFY2(std::abs(lat->text().toDouble() - expected.y()) < 1e-5, qPrintable(lat->text()));
        QVERIFY2(std::abs(lon->text().toDouble() - expected.x()) < 1e-5, qPrintable(lon->text()));
        // Somewhere in the Middle East and North Africa, where the map opens.
        QVERIFY(expected.x() > -20 && expected.x() < 65 && expected.y() > 5 && expected.y() < 45);
        QVERIFY(dialog->form()->errorLabel(QStringLiteral("lat"))->text().isEmpty());
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled());
        dialog->buttons()->button(QDialogButtonBox::Save)->click();
        checked = true;
    });
    m_window->directory()->profile()->addOffice();
    QVERIFY(checked);
    const auto after = m_fixture.catalogue->profile(QStringLiteral("organisation"), ercId());
    QVERIFY(after);
    const QJsonArray list = after->value(QLatin1String("offices")).toArray();
    QCOMPARE(list.size(), offices + 1);
    bool found = false;
    for (const QJsonValue& office : list) {
        const QJsonObject o = office.toObject();
        found = found || (std::abs(o.value(QLatin1String("lat")).toDouble() - expected.y()) < 1e-5 &&
                          std::abs(o.value(QLatin1String("lon")).toDouble() - expected.x()) < 1e-5);
    }
    QVERIFY2(found, "the picked point was not saved with the office");
}

void TestMainWindow::deleteAndUndoBringsEverythingBack()
{
    CatalogueDocument& document = m_window->document();
    const auto before = m_fixture.catalogue->profile(QStringLiteral("organisation"), ercId());
    QVERIFY(before);
    const int networks = before->value(QLatin1String("networks")).toArray().size();
    QVERIFY(networks > 0);
    QVERIFY(document.removeOrganisation(ercId(), QStringLiteral("delete")));
    QVERIFY(!m_fixture.catalogue->organisations().find(ercId()));
    QTRY_COMPARE(m_window->directory()->model()->rowOf(ercId()), -1);
    document.undoStack()->undo();
    const auto after = m_fixture.catalogue->profile(QStringLiteral("organisation"), ercId());
    QVERIFY(after);
    QCOMPARE(after->value(QLatin1String("networks")).toArray().size(), networks);
    QCOMPARE(after->value(QLatin1String("offices")).toArray().size(),
             before->value(QLatin1String("offices")).toArray().size());
    QTRY_VERIFY(m_window->directory()->model()->rowOf(ercId()) >= 0);
}

void TestMainWindow::switchingLanguageChangesTextAndDirection()
{
    QTabWidget* tabs = m_window->tabs();
    const QString arabicTab = tabs->tabText(1);
    const QString arabicTitle = m_window->windowTitle();
    m_window->directory()->selectOrganisation(ercId());
    m_fixture.languages->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(m_window->layoutDirection(), Qt::LeftToRight);
    QTRY_VERIFY(tabs->tabText(1) != arabicTab);
    QCOMPARE(tabs->tabText(1), QStringLiteral("F&unding"));
    QVERIFY(m_window->windowTitle() != arabicTitle);
    auto* name = m_window->directory()->profile()->findChild<QLabel*>(QStringLiteral("profileName"));
    QTRY_COMPARE(name->text(), QStringLiteral("Egyptian Red Crescent"));
    m_fixture.languages->setLanguage(QStringLiteral("ar"));
    QTRY_COMPARE(m_window->layoutDirection(), Qt::RightToLeft);
    QTRY_COMPARE(tabs->tabText(1), arabicTab);
    QCOMPARE(m_window->windowTitle(), arabicTitle);
}

void TestMainWindow::sortingByNameFollowsTheAlphabet()
{
    QTableView* view = m_window->directory()->results();
    OrganisationListModel* model = m_window->directory()->model();
    view->sortByColumn(OrganisationListModel::AcronymColumn, Qt::AscendingOrder);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QString previous;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString acronym = model->index(row, OrganisationListModel::AcronymColumn).data().toString();
        if (acronym.isEmpty()) {
            continue;
        }
        QVERIFY2(collator.compare(previous, acronym) <= 0,
                 qPrintable(previous + QStringLiteral(" > ") + acronym));
        previous = acronym;
    }
    view->sortByColumn(OrganisationListModel::AcronymColumn, Qt::DescendingOrder);
    QVERIFY(collator.compare(model->index(0, OrganisationListModel::AcronymColumn).data().toString(),
                             previous) >= 0);
}

void TestMainWindow::rememberLastSearchAndTab()
{
    m_window->directory()->searchField()->setText(QStringLiteral("هلال"));
    m_window->tabs()->setCurrentIndex(MainWindow::FundingTab);
    m_window->saveSettings();
    m_fixture.window.reset();
    MainWindow* again = m_fixture.createWindow();
    QVERIFY(again);
    QCOMPARE(again->directory()->searchField()->text(), QStringLiteral("هلال"));
    QCOMPARE(again->tabs()->currentIndex(), int(MainWindow::FundingTab));
    QCOMPARE(m_fixture.languages->current(), QStringLiteral("ar"));
}

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

using Texts = QList<QPair<QString, QString>>;

// Every text a person can see in `root` and its children, with where it was found; with `cells`,
// the texts of the rows of its lists and tables too (a dialog's: its choices, its messages).
void addWidgetTexts(QWidget* root, Texts& texts, bool cells)
{
    auto add = [&](const QString& where, const QString& text) {
        if (!text.trimmed().isEmpty()) {
            texts.append({where, plain(text)});
        }
    };
    const QString prefix = root->isWindow() && root->parentWidget()
                               ? QString::fromLatin1(root->metaObject()->className()) + QStringLiteral(": ")
                               : QString();
    if (!prefix.isEmpty()) {
        add(prefix + QStringLiteral("window title"), root->windowTitle());
    }
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root)) {
            continue;
        }
        const QString where = prefix + QString::fromLatin1(widget->metaObject()->className()) +
                              QLatin1Char(' ') + widget->objectName();
        add(where + QStringLiteral(" (accessible name)"), widget->accessibleName());
        add(where + QStringLiteral(" (tooltip)"), widget->toolTip());
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            add(where, label->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            add(where, button->text());
        } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            add(where, box->title());
        } else if (auto* line = qobject_cast<QLineEdit*>(widget)) {
            add(where + QStringLiteral(" (placeholder)"), line->placeholderText());
        } else if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(where + QStringLiteral(" tab"), tabs->tabText(i));
            }
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                add(where + QStringLiteral(" item"), combo->itemText(i));
            }
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget)) {
            add(where + QStringLiteral(" (special value)"), spin->specialValueText());
            add(where + QStringLiteral(" (text)"), spin->text());
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            QAbstractItemModel* model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                add(where + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString());
            }
            for (int r = 0; cells && r < std::min(model->rowCount(), 200); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    add(where + QStringLiteral(" cell"), model->index(r, c).data().toString());
                }
            }
        }
    }
}

// Every text a person can see in the window, with where it was found.
Texts visibleTexts(QMainWindow* window)
{
    Texts texts;
    auto add = [&](const QString& where, const QString& text) {
        if (!text.trimmed().isEmpty()) {
            texts.append({where, plain(text)});
        }
    };
    add(QStringLiteral("window title"), window->windowTitle());
    for (QAction* menu : window->menuBar()->actions()) {
        add(QStringLiteral("menu"), menu->text());
        if (menu->menu()) {
            for (QAction* action : menu->menu()->actions()) {
                add(QStringLiteral("menu item"), action->text());
                // The language menu names each language in its own language, by design.
                if (action->menu() && action->menu()->objectName() != QLatin1String("languageMenu")) {
                    for (QAction* sub : action->menu()->actions()) {
                        add(QStringLiteral("submenu item"), sub->text());
                    }
                }
            }
        }
    }
    addWidgetTexts(window, texts, false);
    return texts;
}

// The texts that, seen on screen in another language, are still in English: Dalil's sources
// whose translation differs (with a sentence of several words also when its %1… are filled in),
// and the standard buttons Qt's own translation has a word for.
class EnglishLeft
{
public:
    explicit EnglishLeft(const QHash<QString, QString>& translations)
    {
        static const QRegularExpression placeholder(QStringLiteral("%L?[1-9n]"));
        for (auto it = translations.begin(); it != translations.end(); ++it) {
            if (plain(it.value()) == plain(it.key())) {
                continue;
            }
            const QString source = plain(it.key());
            m_exact.insert(source);
            static const QRegularExpression word(QStringLiteral("\\b[A-Za-z]{2,}\\b"));
            QString literal = source;
            literal.remove(placeholder);
            // Sentences only: "%1 of %2" would match any text that says "of".
            if (source.contains(placeholder) && literal.count(word) >= 4) {
                QString pattern;
                int from = 0;
                for (auto match = placeholder.globalMatch(source); match.hasNext();) {
                    const auto m = match.next();
                    pattern += QRegularExpression::escape(source.mid(from, m.capturedStart() - from)) +
                               QStringLiteral(".*");
                    from = int(m.capturedEnd());
                }
                pattern += QRegularExpression::escape(source.mid(from));
                m_patterns.append(QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"),
                                                     QRegularExpression::DotMatchesEverythingOption));
            }
        }
        for (const char* button :
             {"OK", "Save", "Cancel", "Close", "Discard", "Apply", "Reset", "&Yes", "&No", "Open", "Help",
              "Restore Defaults", "Save All", "Yes to &All", "N&o to All", "Abort", "Retry", "Ignore"}) {
            const QString source = QString::fromLatin1(button);
            if (QCoreApplication::translate("QPlatformTheme", button) != source) {
                m_exact.insert(plain(source));
            }
        }
    }
    bool isEnglish(const QString& text) const
    {
        return m_exact.contains(text) ||
               std::any_of(m_patterns.cbegin(), m_patterns.cend(),
                           [&text](const QRegularExpression& p) { return p.match(text).hasMatch(); });
    }

private:
    QSet<QString> m_exact;
    QList<QRegularExpression> m_patterns;
};

// Whether an Arabic text still has English words in it, once the values it quotes (isolated:
// names, time zones), web addresses and the names of formats and programs are left out.
bool hasEnglishWords(QString text)
{
    static const QRegularExpression isolated(
        QStringLiteral("[\\x{2066}\\x{2067}\\x{2068}][^\\x{2069}]*\\x{2069}"));
    static const QRegularExpression address(QStringLiteral("\\S*[./@]\\S*"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    static const QSet<QString> names = {
        QStringLiteral("Excel"),  QStringLiteral("vCard"), QStringLiteral("GeoJSON"), QStringLiteral("JSON"),
        QStringLiteral("Google"), QStringLiteral("Earth"), QStringLiteral("MBTiles"), QStringLiteral("code"),
        QStringLiteral("Esc"),    QStringLiteral("UTF"),   QStringLiteral("HXL"),     QStringLiteral("CSV"),
        QStringLiteral("KML"),    QStringLiteral("USD"),   QStringLiteral("PDF")};
    text.remove(isolated);
    text.remove(address);
    for (auto it = word.globalMatch(text); it.hasNext();) {
        if (!names.contains(it.next().captured())) {
            return true;
        }
    }
    return false;
}

// Reads every dialog that opens (its texts) and closes it as Esc would; a file chooser (Qt's own
// texts and the files of the disk) is closed unread.
class DialogReader : public QObject
{
public:
    DialogReader()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &DialogReader::poll);
        m_timer.start();
    }
    bool active = true;
    Texts texts;
    QStringList opened; // class and title of each dialog read

    static QDialog* openDialog()
    {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible()) {
                return dialog;
            }
        }
        return nullptr;
    }

private:
    void poll()
    {
        if (!active) {
            return;
        }
        QDialog* dialog = openDialog();
        if (!dialog) {
            return;
        }
        if (!qobject_cast<QFileDialog*>(dialog)) {
            addWidgetTexts(dialog, texts, true);
            opened.append(QString::fromLatin1(dialog->metaObject()->className()) + QStringLiteral(" \"") +
                          dialog->windowTitle() + QLatin1Char('"'));
        }
        dialog->reject();
    }

    QTimer m_timer;
};

} // namespace

void TestMainWindow::nothingLeftUntranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("arabic") << QStringLiteral("ar");
    QTest::newRow("french") << QStringLiteral("fr");
}

void TestMainWindow::nothingLeftUntranslated()
{
    QFETCH(QString, language);
    const QHash<QString, QString> translations = test::readTranslations(language);
    QVERIFY2(translations.size() > 100, "the translation file is missing");
    m_fixture.languages->setLanguage(language);
    const EnglishLeft english(translations);
    m_window->directory()->selectOrganisation(ercId());
    QStringList failures;
    int seen = 0;
    for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
        m_window->tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        for (const auto& [where, text] : visibleTexts(m_window)) {
            ++seen;
            if (english.isEnglish(text)) {
                failures.append(QStringLiteral("%1: \"%2\"").arg(where, text));
            }
        }
    }
    failures.removeDuplicates();
    QVERIFY(seen > 100);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestMainWindow::nothingLeftUntranslatedInDialogs_data()
{
    nothingLeftUntranslated_data();
}

// Every dialog a person can open, opened as they open it (the menus, the screens' buttons, an
// import with a duplicate to merge): no text of it left in English.
void TestMainWindow::nothingLeftUntranslatedInDialogs()
{
    QFETCH(QString, language);
    const QHash<QString, QString> translations = test::readTranslations(language);
    QVERIFY2(translations.size() > 100, "the translation file is missing");
    m_fixture.languages->setLanguage(language);
    const EnglishLeft english(translations);
    DirectoryView* directory = m_window->directory();
    directory->selectOrganisation(ercId());
    QTRY_COMPARE(directory->profile()->organisationId(), ercId());
    DialogReader reader;
    auto settle = [] {
        QTest::qWait(60);
        QTRY_VERIFY(!DialogReader::openDialog());
    };

    // Every command of the menus (not Quit, nor the language and the settings that toggle).
    QList<QAction*> commands;
    std::function<void(QMenu*)> collect = [&](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            if (action->menu()) {
                collect(action->menu());
            } else if (!action->isSeparator() && !action->isCheckable() &&
                       action->menuRole() != QAction::QuitRole) {
                commands.append(action);
            }
        }
    };
    for (QAction* menu : m_window->menuBar()->actions()) {
        if (menu->menu()) {
            collect(menu->menu());
        }
    }
    QVERIFY(commands.size() > 10);
    for (QAction* action : std::as_const(commands)) {
        if (action->isEnabled()) {
            m_window->tabs()->setCurrentIndex(MainWindow::OrganisationsTab);
            directory->selectOrganisation(ercId());
            action->trigger();
            settle();
        }
    }
    // The profile's own buttons, and each screen's Add, Edit and Delete on its first row.
    m_window->tabs()->setCurrentIndex(MainWindow::OrganisationsTab);
    for (const char* name : {"addOffice", "addContact"}) {
        auto* button = directory->profile()->findChild<QPushButton*>(QLatin1String(name));
        QVERIFY2(button && button->isEnabled(), name);
        button->click();
        settle();
    }
    const QList<std::tuple<int, QWidget*, QString>> screens = {
        {MainWindow::FundingTab, m_window->funding(), QStringLiteral("funding")},
        {MainWindow::ResourcesTab, m_window->resources(), QStringLiteral("resource")},
        {MainWindow::EventsTab, m_window->events(), QStringLiteral("event")}};
    for (const auto& [tab, screen, prefix] : screens) {
        m_window->tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        for (const QString& what :
             {QStringLiteral("Add"), QStringLiteral("Edit"), QStringLiteral("Delete")}) {
            if (auto* table = screen->findChild<QTableWidget*>(); table && table->rowCount() > 0) {
                table->setCurrentCell(0, 0);
            }
            auto* button = screen->findChild<QPushButton*>(prefix + what);
            QVERIFY2(button, qPrintable(prefix + what));
            QVERIFY2(button->isEnabled(), qPrintable(prefix + what));
            button->click();
            settle();
        }
    }

    // An import, as File ▸ Import opens it once a file is chosen, with a duplicate to merge.
    reader.active = false;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sheet = dir.filePath(QStringLiteral("partners.csv"));
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QTextStream(&file) << QStringLiteral("Name,Acronym,Country,Website\n"
                                             "Egyptian Red Crescent,ERC,Egypt,https://www.egyptianrc.org\n"
                                             "Jamiyat Tajriba,JT,Jordan,not a website\n");
    }
    auto* controller = m_window->findChild<ExchangeController*>();
    QVERIFY(controller);
    QPointer<ImportDialog> import = controller->openImport(sheet);
    QVERIFY(import);
    QTRY_VERIFY(import->isVisible() && !import->isReading());
    auto* check = import->findChild<QPushButton*>(QStringLiteral("checkImport"));
    QVERIFY(check);
    QTRY_VERIFY(check->isEnabled());
    check->click();
    QTRY_VERIFY(import->duplicatesTable()->rowCount() > 0 && !import->isReading());
    QCoreApplication::processEvents();
    addWidgetTexts(import, reader.texts, true);
    reader.opened.append(QStringLiteral("ImportDialog"));
    QPointer<MergeDialog> merge = import->mergeDuplicate(0);
    QVERIFY(merge);
    QTRY_VERIFY(merge->isVisible());
    addWidgetTexts(merge, reader.texts, true);
    reader.opened.append(QStringLiteral("MergeDialog"));
    merge->reject();
    import->reject();
    reader.active = true;
    settle();

    const QString opened = reader.opened.join(QLatin1Char('\n'));
    for (const char* expected :
         {"RecordEditDialog", "EventEditDialog", "ExportDialog", "ImportDialog", "MergeDialog",
          "SyncSettingsDialog", "MapTilesDialog", "QInputDialog", "QMessageBox"}) {
        QVERIFY2(opened.contains(QLatin1String(expected)),
                 qPrintable(
                     QStringLiteral("%1 was not opened; opened:\n%2").arg(QLatin1String(expected), opened)));
    }
    QVERIFY(reader.opened.size() >= 15);
    QStringList failures;
    for (const auto& [where, text] : std::as_const(reader.texts)) {
        if (english.isEnglish(text)) {
            failures.append(QStringLiteral("%1: \"%2\"").arg(where, text));
        } else if (language == QLatin1String("ar") && !where.endsWith(QLatin1String(" cell")) &&
                   !where.contains(QLatin1String("QInputDialog")) && hasEnglishWords(text)) {
            // Not even in the translation files: a text written without tr().
            failures.append(QStringLiteral("%1: \"%2\" (English words)").arg(where, text));
        }
    }
    failures.removeDuplicates();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestMainWindow::everyControlHasAnAccessibleNameOrText()
{
    QStringList unnamed;
    for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
        m_window->tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        for (QWidget* widget : m_window->findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(m_window) || widget->focusPolicy() == Qt::NoFocus) {
                continue;
            }
            QString text;
            if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
                text = button->text();
            }
            const QList<QLabel*> labels = m_window->findChildren<QLabel*>();
            const bool labelled = std::any_of(labels.cbegin(), labels.cend(),
                                              [widget](QLabel* label) { return label->buddy() == widget; });
            const bool isInternal = widget->objectName().startsWith(QLatin1String("qt_")) ||
                                    qobject_cast<QScrollBar*>(widget) || qobject_cast<QHeaderView*>(widget) ||
                                    qobject_cast<QTabBar*>(widget) || widget->inherits("QChartView") ||
                                    (!widget->inherits("QAbstractScrollArea") && widget->parentWidget() &&
                                     qobject_cast<QComboBox*>(widget->parentWidget()));
            auto* area = qobject_cast<QAbstractScrollArea*>(widget->parentWidget());
            const bool isViewport = area && area->viewport() == widget;
            if (widget->accessibleName().isEmpty() && text.isEmpty() && !labelled && !isInternal &&
                !isViewport && !qobject_cast<QScrollArea*>(widget)) {
                unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
                               widget->objectName() + QStringLiteral(" in ") +
                               QString::fromLatin1(widget->parentWidget()->metaObject()->className()) +
                               QLatin1Char(' ') + widget->parentWidget()->objectName());
            }
        }
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

DALIL_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
