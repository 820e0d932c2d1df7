// Keyboard access to the whole main window (issue 6), in Arabic (right to left), English and
// French: Tab walks every screen (Organisations with its filters, list, map and the map's buttons,
// profile; Funding; Resources; Events; Networks) and reaches every interactive control that is on
// screen, never gets stuck in one (a table used to take a Tab per cell), comes back to where it
// started, and Shift+Tab does the same backwards; the order follows the screen (search, filters,
// list, map, its buttons, profile, and the status bar last). Every control Tab stops at has an
// accessible name in the interface language. The map and its buttons show that they have the
// focus. The menus give every command a mnemonic or a shortcut and no shortcut twice.
#include "ControlParts.h"
#include "GuiFixture.h"

#include "catalogue/SampleCatalogue.h"
#include "directory/DirectoryView.h"
#include "directory/OrganisationListModel.h"
#include "map/MapView.h"
#include "profile/ProfileView.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitterHandle>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace dalil;
using test::isPartOfAControl;

namespace {

// The screens the walk covers (the dashboard is a plugin of its own, with charts only).
const MainWindow::Tab kScreens[] = {MainWindow::OrganisationsTab, MainWindow::FundingTab,
                                    MainWindow::ResourcesTab, MainWindow::EventsTab, MainWindow::NetworksTab};

QString describe(QWidget* w)
{
    if (!w) {
        return QStringLiteral("(nothing)");
    }
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(w);
    return QStringLiteral("%1 \"%2\" [%3] in %4")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             accessible ? accessible->text(QAccessible::Name) : QString(),
             w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className()) +
                                     QLatin1Char(' ') + w->parentWidget()->objectName()
                               : QString());
}

// What a person can act on, whatever its focus policy says: a button, a field, a list, the map, a
// text with links.
bool isInteractive(QWidget* w)
{
    if (auto* label = qobject_cast<QLabel*>(w)) {
        return label->text().contains(QLatin1String("<a "), Qt::CaseInsensitive) &&
               (label->textInteractionFlags() & Qt::LinksAccessibleByMouse);
    }
    if (auto* box = qobject_cast<QGroupBox*>(w)) {
        return box->isCheckable();
    }
    return qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QLineEdit*>(w) ||
           qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w) ||
           qobject_cast<QTabBar*>(w) || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTextEdit*>(w) ||
           qobject_cast<MapView*>(w) || (w->focusPolicy() & Qt::TabFocus);
}

// The interactive controls on screen now.
QList<QWidget*> controlsOnScreen(QMainWindow* window)
{
    QList<QWidget*> controls;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->isVisible() && w->isEnabled() && w->window() == window && !isPartOfAControl(w) &&
            isInteractive(w) && !w->visibleRegion().isEmpty()) {
            controls.append(w);
        }
    }
    return controls;
}

// The widget that takes the focus for `w` (a spin box hands it to its text field).
QWidget* focusTarget(QWidget* w)
{
    while (w->focusProxy()) {
        w = w->focusProxy();
    }
    return w;
}

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

bool hasArabicLetter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.script() == QChar::Script_Arabic && c.isLetter(); });
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void tabReachesEveryControl_data();
    void tabReachesEveryControl();
    void mapAndItsButtonsShowTheFocus_data();
    void mapAndItsButtonsShowTheFocus();
    void partnerLinkIsFollowedWithEnter();
    void menusHaveMnemonicsAndDistinctShortcuts_data();
    void menusHaveMnemonicsAndDistinctShortcuts();

private:
    // Shows `screen` with something chosen in it, so that every control it has is on screen.
    void showScreen(MainWindow* window, MainWindow::Tab screen);

    test::GuiFixture m_fixture;
};

void TestKeyboard::cleanup()
{
    m_fixture.close();
}

void TestKeyboard::showScreen(MainWindow* window, MainWindow::Tab screen)
{
    window->tabs()->setCurrentIndex(screen);
    if (screen == MainWindow::OrganisationsTab) {
        DirectoryView* directory = window->directory();
        QTRY_VERIFY_WITH_TIMEOUT(directory->model()->rowCount() > 100 && directory->model()->totalCount() > 0,
                                 30000);
        // A profile with offices, contacts, networks and partners: its buttons and links are on
        // screen too.
        directory->selectOrganisation(
            SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("erc")));
        QTRY_VERIFY_WITH_TIMEOUT(!directory->profile()->organisationId().isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(directory->map()->points() && !directory->map()->isBuilding(), 30000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(window->tabs()->currentWidget()->isVisible(), 30000);
    QCoreApplication::processEvents();
}

void TestKeyboard::tabReachesEveryControl_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("arabic") << QStringLiteral("ar");
    QTest::newRow("english") << QStringLiteral("en");
    QTest::newRow("french") << QStringLiteral("fr");
}

void TestKeyboard::tabReachesEveryControl()
{
    QFETCH(QString, language);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    QCOMPARE(window->layoutDirection(), language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
    // English texts whose translation differs: one of them as a name in Arabic or French is left
    // untranslated.
    QHash<QString, QString> untranslated;
    if (language != QLatin1String("en")) {
        const QHash<QString, QString> translations = test::readTranslations(language);
        QVERIFY2(translations.size() > 100, "the translation file is missing");
        for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
            if (plain(it.value()) != plain(it.key())) {
                untranslated.insert(plain(it.key()), it.key());
            }
        }
    }
    QTabBar* tabBar = window->tabs()->tabBar();
    QStringList failures;
    for (MainWindow::Tab screen : kScreens) {
        showScreen(window, screen);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QString where = window->tabs()->tabText(screen).remove(QLatin1Char('&'));
        QList<QPair<QPointer<QWidget>, QString>> controls; // with what it was
        for (QWidget* control : controlsOnScreen(window)) {
            controls.append({control, describe(control)});
        }
        QVERIFY(controls.size() > 3);

        // Forwards with Tab, then backwards with Shift+Tab, from the tab bar round to it again.
        for (const bool forwards : {true, false}) {
            tabBar->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), tabBar);
            QList<QPointer<QWidget>> order{tabBar};
            int sameInARow = 0;
            bool roundTrip = false;
            const int limit = int(controls.size()) * 4 + 40;
            for (int press = 0; press < limit; ++press) {
                QWidget* before = QApplication::focusWidget();
                QTest::keyClick(before, forwards ? Qt::Key_Tab : Qt::Key_Backtab,
                                forwards ? Qt::NoModifier : Qt::ShiftModifier);
                QWidget* after = QApplication::focusWidget();
                if (!after || after->window() != window) {
                    failures.append(QStringLiteral("%1: the focus left the window after %2")
                                        .arg(where, describe(before)));
                    break;
                }
                // A text with several links takes a Tab per link; nothing takes thirty.
                sameInARow = after == before ? sameInARow + 1 : 0;
                if (sameInARow >= 30) {
                    failures.append(QStringLiteral("%1: %2 keeps the focus (%3 pressed 30 times)")
                                        .arg(where, describe(after),
                                             forwards ? QStringLiteral("Tab") : QStringLiteral("Shift+Tab")));
                    break;
                }
                if (after == tabBar) {
                    roundTrip = true;
                    break;
                }
                if (!order.contains(QPointer<QWidget>(after))) {
                    order.append(after);
                }
            }
            if (!roundTrip && sameInARow < 30) {
                failures.append(
                    QStringLiteral("%1: %2 never came back to the tab bar")
                        .arg(where, forwards ? QStringLiteral("Tab") : QStringLiteral("Shift+Tab")));
            }
            for (const auto& [control, description] : std::as_const(controls)) {
                if (!control) {
                    failures.append(QStringLiteral("%1: %2 went away while Tab walked the screen")
                                        .arg(where, description));
                    continue;
                }
                if (!order.contains(QPointer<QWidget>(focusTarget(control)))) {
                    failures.append(QStringLiteral("%1: %2 never reached %3")
                                        .arg(where,
                                             forwards ? QStringLiteral("Tab") : QStringLiteral("Shift+Tab"),
                                             describe(control)));
                }
            }
            if (!forwards) {
                continue;
            }
            // The order follows the screen: the status bar comes after everything on the screen.
            QStatusBar* status = window->statusBar();
            qsizetype firstStatus = -1;
            for (qsizetype i = 0; i < order.size(); ++i) {
                const bool inStatus = status->isAncestorOf(order[i]);
                if (inStatus && firstStatus < 0) {
                    firstStatus = i;
                } else if (!inStatus && firstStatus >= 0) {
                    failures.append(QStringLiteral("%1: Tab reaches %2 after the status bar's %3")
                                        .arg(where, describe(order[i]), describe(order[firstStatus])));
                    break;
                }
            }
            if (screen == MainWindow::OrganisationsTab) {
                DirectoryView* directory = window->directory();
                MapView* map = directory->map();
                const QList<QWidget*> expected = {
                    directory->searchField(),
                    directory->findChild<QWidget*>(QStringLiteral("facet_country")),
                    directory->findChild<QWidget*>(QStringLiteral("clearFilters")),
                    directory->results(),
                    map,
                    map->findChild<QWidget*>(QStringLiteral("mapZoomIn")),
                    map->findChild<QWidget*>(QStringLiteral("mapZoomOut")),
                    map->findChild<QWidget*>(QStringLiteral("mapLimitToVisible")),
                    map->findChild<QWidget*>(QStringLiteral("mapClearArea")),
                    directory->profile()->findChild<QWidget*>(QStringLiteral("editOrganisation")),
                };
                qsizetype previous = 0;
                for (QWidget* w : expected) {
                    const qsizetype at = order.indexOf(QPointer<QWidget>(w));
                    if (at >= 0 && at < previous) {
                        failures.append(QStringLiteral("%1: Tab reaches %2 before %3")
                                            .arg(where, describe(w), describe(order[previous])));
                    }
                    previous = std::max(previous, at);
                }
            }
            // Every control Tab stops at has a name a screen reader says, in the window's language.
            for (QWidget* stop : order) {
                if (!stop) {
                    continue;
                }
                QWidget* control = stop;
                // A spin box's text field speaks for the spin box.
                for (QWidget* p = stop->parentWidget(); p; p = p->parentWidget()) {
                    if (focusTarget(p) == stop) {
                        control = p;
                    }
                }
                QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(control);
                const QString name = accessible ? plain(accessible->text(QAccessible::Name)) : QString();
                if (name.isEmpty()) {
                    failures.append(
                        QStringLiteral("%1: %2 has no accessible name").arg(where, describe(control)));
                } else if (untranslated.contains(name)) {
                    failures.append(
                        QStringLiteral("%1: %2 is named in English").arg(where, describe(control)));
                } else if (language == QLatin1String("ar") && !hasArabicLetter(name)) {
                    failures.append(
                        QStringLiteral("%1: %2 has no Arabic in its name").arg(where, describe(control)));
                }
            }
        }
    }
    failures.removeDuplicates();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestKeyboard::mapAndItsButtonsShowTheFocus_data()
{
    tabReachesEveryControl_data();
}

void TestKeyboard::mapAndItsButtonsShowTheFocus()
{
    QFETCH(QString, language);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    showScreen(window, MainWindow::OrganisationsTab);
    if (QTest::currentTestFailed()) {
        return;
    }
    MapView* map = window->directory()->map();
    QTRY_VERIFY(map->hasBasemap() && !map->isBuilding());
    QList<QWidget*> widgets{map};
    for (QToolButton* button : map->findChildren<QToolButton*>()) {
        if (button->isVisible() && button->isEnabled()) {
            widgets.append(button);
        }
    }
    QVERIFY(widgets.size() >= 6);
    QStringList failures;
    for (QWidget* w : widgets) {
        window->tabs()->tabBar()->setFocus(Qt::TabFocusReason);
        const QImage without = w->grab().toImage();
        w->setFocus(Qt::TabFocusReason);
        if (!w->hasFocus()) {
            failures.append(QStringLiteral("%1 cannot take the focus").arg(describe(w)));
            continue;
        }
        const QImage with = w->grab().toImage();
        if (with == without) {
            failures.append(QStringLiteral("%1 looks the same with the focus as without").arg(describe(w)));
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestKeyboard::partnerLinkIsFollowedWithEnter()
{
    MainWindow* window = m_fixture.openActiveWindow(QStringLiteral("ar"));
    QVERIFY(window);
    showScreen(window, MainWindow::OrganisationsTab);
    if (QTest::currentTestFailed()) {
        return;
    }
    ProfileView* profile = window->directory()->profile();
    const QString erc = profile->organisationId();
    auto* partner = profile->findChild<QLabel*>(QStringLiteral("profilePartners"));
    QVERIFY(partner);
    // Tab from the profile's Edit button to the partner's link, then Enter.
    profile->findChild<QWidget*>(QStringLiteral("editOrganisation"))->setFocus(Qt::TabFocusReason);
    for (int press = 0; press < 60 && QApplication::focusWidget() != partner; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget(), partner);
    const QString link = partner->text();
    QTest::keyClick(partner, Qt::Key_Return);
    QTRY_VERIFY(profile->organisationId() != erc);
    QVERIFY(link.contains(profile->organisationId()));
}

void TestKeyboard::menusHaveMnemonicsAndDistinctShortcuts_data()
{
    tabReachesEveryControl_data();
}

void TestKeyboard::menusHaveMnemonicsAndDistinctShortcuts()
{
    QFETCH(QString, language);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    QStringList failures;
    QHash<QKeySequence, QString> shortcuts;
    const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
    std::function<void(QMenu*, const QString&)> walk = [&](QMenu* menu, const QString& path) {
        QHash<QString, QString> keys; // mnemonic → item
        for (QAction* action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible()) {
                continue;
            }
            const QString item = path + QStringLiteral(" ▸ ") + plain(action->text());
            const QRegularExpressionMatch match = mnemonic.match(action->text());
            if (!match.hasMatch() && action->shortcut().isEmpty()) {
                failures.append(QStringLiteral("%1 has neither a mnemonic nor a shortcut").arg(item));
            }
            if (match.hasMatch()) {
                const QString key = match.captured(1).toLower();
                if (keys.contains(key)) {
                    failures.append(
                        QStringLiteral("%1 and %2 share the mnemonic %3").arg(keys[key], item, key));
                }
                keys.insert(key, item);
            }
            for (const QKeySequence& shortcut : action->shortcuts()) {
                if (shortcuts.contains(shortcut)) {
                    failures.append(QStringLiteral("%1 and %2 share the shortcut %3")
                                        .arg(shortcuts[shortcut], item, shortcut.toString()));
                }
                shortcuts.insert(shortcut, item);
            }
            if (action->menu()) {
                walk(action->menu(), item);
            }
        }
    };
    QHash<QString, QString> titles;
    for (QAction* top : window->menuBar()->actions()) {
        if (!top->menu() || !top->isVisible()) {
            continue;
        }
        const QRegularExpressionMatch match = mnemonic.match(top->text());
        if (!match.hasMatch()) {
            failures.append(QStringLiteral("the menu %1 has no mnemonic").arg(plain(top->text())));
        } else if (titles.contains(match.captured(1).toLower())) {
            failures.append(QStringLiteral("the menus %1 and %2 share a mnemonic")
                                .arg(titles[match.captured(1).toLower()], plain(top->text())));
        } else {
            titles.insert(match.captured(1).toLower(), plain(top->text()));
        }
        walk(top->menu(), plain(top->text()));
    }
    QVERIFY(shortcuts.size() > 10);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

DALIL_GUI_TEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
