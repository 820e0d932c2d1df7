#pragma once

// Shared by the GUI tests that look at every label a person acts on (tst_arabiclabels,
// tst_mnemonics): the main window's screens one by one, and every dialog reachable from its menus
// and screens, each shown as a user would open it.
#include "GuiFixture.h"

#include "catalogue/SampleCatalogue.h"
#include "common/ShortcutLetters.h"
#include "directory/DirectoryView.h"
#include "events/EventsView.h"
#include "funding/FundingView.h"
#include "importexport/ExchangeController.h"
#include "importexport/ImportDialog.h"
#include "profile/ProfileView.h"
#include "resources/ResourcesView.h"

#include <QAbstractButton>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace dalil::test {

// The text as drawn: "&&" is an ampersand, "&x" underlines x.
inline QString drawn(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size()) {
            ++i;
        }
        out.append(text[i]);
    }
    return out;
}

// The underlined letter of a label ("E&xport" → x), in lower case; a null QChar when none.
inline QChar mnemonicOf(const QString& text)
{
    return ShortcutLetters::of(text);
}

// Shows each screen of the window in turn; `visit` is called with the screen on show and its name.
inline void walkScreens(MainWindow* window, const std::function<void(int tab, const QString& where)>& visit)
{
    QTabWidget* tabs = window->tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        visit(tab, drawn(tabs->tabText(tab)));
    }
}

// The dialogs `open` shows, each visited while it is on screen, then closed (rejected).
using DialogVisit = std::function<void(QDialog* dialog, const QString& where)>;
inline void walkDialogsOf(const std::function<void()>& open, const QString& where, const DialogVisit& visit)
{
    const QWidgetList before = QApplication::topLevelWidgets();
    int walked = 0;
    // Modal dialogs run their own loop inside open(): they are looked at from a timer.
    QTimer watch;
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QDialog*>(top);
            if (!dialog || !dialog->isVisible() || before.contains(top) ||
                dialog->property("dalilWalked").toBool()) {
                continue;
            }
            dialog->setProperty("dalilWalked", true);
            watch.stop(); // a visit may send keys, and so run events, itself
            visit(dialog, where + QStringLiteral(" ▸ ") + dialog->windowTitle());
            ++walked;
            dialog->reject();
            watch.start();
        }
    });
    watch.start();
    open();
    QTRY_VERIFY2(walked > 0,
                 qPrintable(where + QStringLiteral(" opened no dialog; top-level widgets: ") + [] {
                     QStringList names;
                     for (QWidget* top : QApplication::topLevelWidgets()) {
                         if (top->isVisible()) {
                             names.append(QString::fromLatin1(top->metaObject()->className()));
                         }
                     }
                     return names.join(QLatin1Char(' '));
                 }()));
    watch.stop();
    QCoreApplication::processEvents();
}

// Every dialog a person opens from the window: every menu item and every button of the screens that
// says it opens one ("…"), with an organisation chosen and the first row of every other list; and
// the import dialog, opened on a small sheet (its menu item asks for a file first). The caller
// checks QTest::currentTestFailed() after it.
inline void walkDialogs(MainWindow* window, const DialogVisit& visit)
{
    QTabWidget* tabs = window->tabs();
    tabs->setCurrentIndex(MainWindow::OrganisationsTab);
    window->directory()->selectOrganisation(
        SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("erc")));
    QTRY_VERIFY_WITH_TIMEOUT(!window->directory()->profile()->organisationId().isEmpty(), 30000);
    auto* exchange = window->findChild<ExchangeController*>();
    if (!exchange) {
        QTest::qFail("no ExchangeController in the window", __FILE__, __LINE__);
        return;
    }
    std::function<void(QMenu*)> openFrom = [&](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            if (QTest::currentTestFailed()) {
                return;
            }
            if (action->menu()) {
                openFrom(action->menu());
            } else if (action->isEnabled() && action->text().endsWith(QStringLiteral("…")) &&
                       action != exchange->importAction()) {
                walkDialogsOf([action] { action->trigger(); }, drawn(action->text()), visit);
            }
        }
    };
    for (QAction* top : window->menuBar()->actions()) {
        if (top->menu()) {
            openFrom(top->menu());
        }
    }
    for (int tab = 0; tab < tabs->count() && !QTest::currentTestFailed(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        QTableWidget* list = tab == MainWindow::FundingTab     ? window->funding()->table()
                             : tab == MainWindow::ResourcesTab ? window->resources()->table()
                             : tab == MainWindow::EventsTab    ? window->events()->table()
                                                               : nullptr;
        if (list) {
            QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0, 30000);
            list->setCurrentCell(0, 0);
        }
        for (QAbstractButton* button : tabs->widget(tab)->findChildren<QAbstractButton*>()) {
            if (button->isVisible() && button->isEnabled() && button->text().endsWith(QStringLiteral("…"))) {
                walkDialogsOf([button] { button->click(); }, drawn(button->text()), visit);
            }
        }
    }
    if (QTest::currentTestFailed()) {
        return;
    }
    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("organisations.csv"));
    QFile file(sheet);
    if (!file.open(QIODevice::WriteOnly)) {
        QTest::qFail("cannot write the sheet to import", __FILE__, __LINE__);
        return;
    }
    file.write("name_ar,name_en,country\nجمعية الأمل,Hope Association,JO\n");
    file.close();
    ImportDialog* import = exchange->openImport(sheet);
    if (!import) {
        QTest::qFail("the import dialog did not open", __FILE__, __LINE__);
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(import->isVisible() && !import->isReading(), 30000);
    visit(import, drawn(exchange->importAction()->text()));
    import->reject();
    QCoreApplication::processEvents();
    return;
}

} // namespace dalil::test
