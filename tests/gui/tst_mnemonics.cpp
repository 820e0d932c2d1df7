// Keyboard use in every language (Arabic, English, French): among the controls shown together no
// two underline the same letter, and every control a person reaches by keyboard underlines one.
// Shown together are: the menu bar's titles with the window's tabs and the buttons and field
// labels of the screen on show; the items of one menu; a dialog's buttons, check boxes, field
// labels and tabs. Alt and the underlined letter (as the language's keyboard sends it) opens the
// menu, switches the tab, ticks the check box and puts the cursor in the labelled field.
#include "WindowWalk.h"

#include "common/ShortcutLetters.h"
#include "events/EventEditDialog.h"
#include "main/ApplicationStyle.h"
#include "main/CatalogueDocument.h"
#include "profile/RecordForm.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace dalil;
using test::drawn;
using test::mnemonicOf;

namespace {

// The labels of one group of controls shown together, by the letter they underline.
class MnemonicGroup
{
public:
    explicit MnemonicGroup(QString where)
        : m_where(std::move(where))
    {
    }

    // `needed`: a person reaches the control by its letter (a button, a menu item), not only
    // with Tab (a field's label may have none).
    void add(const QString& text, bool needed)
    {
        // A sign ("+", "−") has no letter to underline.
        const QString shown = drawn(text);
        if (std::none_of(shown.cbegin(), shown.cend(), [](QChar c) { return c.isLetter(); })) {
            return;
        }
        const QChar letter = mnemonicOf(text);
        if (letter.isNull()) {
            if (needed) {
                m_missing.append(drawn(text));
            }
            return;
        }
        m_byLetter[letter].append(drawn(text));
    }

    // The label of a field of a form repeated in boxes (an event's sessions): the same field of
    // every box underlines the same letter (Alt and the letter, pressed again, goes from one box to
    // the next), so it counts once; no other control may take that letter.
    void addRepeated(const QString& text)
    {
        if (!m_repeated.contains(text)) {
            m_repeated.insert(text);
            add(text, false);
        }
    }

    // Buttons that repeat in the group without a letter (the Edit and Delete of each office of a
    // profile) are reached with Tab, row by row: they need none.
    void addButtons(const QList<QAbstractButton*>& buttons)
    {
        QHash<QString, int> times;
        for (QAbstractButton* button : buttons) {
            ++times[drawn(button->text())];
        }
        for (QAbstractButton* button : buttons) {
            add(button->text(), times.value(drawn(button->text())) == 1 && needsMnemonic(button));
        }
    }

    // Failures in words, with where they are.
    QStringList failures() const
    {
        QStringList out;
        for (auto it = m_byLetter.cbegin(); it != m_byLetter.cend(); ++it) {
            if (it.value().size() > 1) {
                out.append(QStringLiteral("%1: \"%2\" share the letter %3")
                               .arg(m_where, it.value().join(QStringLiteral("\", \"")), QString(it.key())));
            }
        }
        for (const QString& text : m_missing) {
            out.append(QStringLiteral("%1: \"%2\" has no letter").arg(m_where, text));
        }
        return out;
    }

    int size() const { return int(m_byLetter.size()); }

    // Enter presses a dialog's default button and Escape its cancelling one: they need no letter.
    // Nor do tool buttons (the map's area tools, the status bar's sync), as in a tool bar: Tab
    // reaches them, and what they do is in the menus too or on the map.
    static bool needsMnemonic(QAbstractButton* button)
    {
        if (qobject_cast<QToolButton*>(button)) {
            return false;
        }
        if (auto* push = qobject_cast<QPushButton*>(button); push && push->isDefault()) {
            return false;
        }
        for (QObject* p = button->parent(); p; p = p->parent()) {
            if (auto* box = qobject_cast<QDialogButtonBox*>(p)) {
                const QDialogButtonBox::ButtonRole role = box->buttonRole(button);
                return role != QDialogButtonBox::RejectRole && role != QDialogButtonBox::NoRole;
            }
        }
        return true;
    }

private:
    QString m_where;
    QMap<QChar, QStringList> m_byLetter;
    QStringList m_missing;
    QSet<QString> m_repeated;
};

// The controls of `root` on screen now (not those of its dialogs): buttons, check boxes, group
// boxes that tick, labels of fields, tabs.
void addControls(MnemonicGroup& group, QWidget* root)
{
    QList<QAbstractButton*> buttons;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (w->window() != root || !w->isVisible()) {
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (!qobject_cast<QTabBar*>(button->parentWidget()) && button->focusPolicy() != Qt::NoFocus) {
                buttons.append(button);
            }
        } else if (auto* box = qobject_cast<QGroupBox*>(w); box && box->isCheckable()) {
            group.add(box->title(), true);
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                group.add(tabs->tabText(i), true);
            }
        } else if (auto* label = qobject_cast<QLabel*>(w);
                   label && label->buddy() && label->buddy()->isVisible()) {
            // A record form's fields have a letter each (a form of fifteen fields is long to walk
            // with Tab); those of a form repeated in a box (an event's sessions) one a field.
            auto* form = qobject_cast<RecordForm*>(label->parentWidget());
            if (form && qobject_cast<QGroupBox*>(form->parentWidget())) {
                group.addRepeated(label->text());
            } else {
                group.add(label->text(), form != nullptr);
            }
        }
    }
    group.addButtons(buttons);
}

// Every menu under `menu` as a group of its own.
void addMenus(QStringList& failures, QMenu* menu, const QString& where)
{
    MnemonicGroup group(where);
    for (QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible()) {
            continue;
        }
        group.add(action->text(), true);
        if (action->menu()) {
            addMenus(failures, action->menu(), where + QStringLiteral(" ▸ ") + drawn(action->text()));
        }
    }
    failures.append(group.failures());
}

// Alt and `letter` as the keyboard sends it, to the window that has the keyboard.
void pressAlt(QWidget* window, QChar letter)
{
    const QChar key = letter.toUpper();
    QTest::sendKeyEvent(QTest::Click, window, Qt::Key(key.unicode()), QString(letter), Qt::AltModifier);
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_fixture.close(); }
    void clashesFound();
    void formLettersChosen();
    void noSharedOrMissingLetters_data();
    void noSharedOrMissingLetters();
    void lettersActivate_data();
    void lettersActivate();
    void sessionsRepeatTheirLetters_data();
    void sessionsRepeatTheirLetters();
    void undoKeepsItsLetter_data();
    void undoKeepsItsLetter();
    void arabicWordsDrawnWholeUntilAlt();

private:
    test::GuiFixture m_fixture;
};

void TestMnemonics::clashesFound()
{
    // The test itself: a shared letter and a button without one are failures, upper or lower
    // case alike; "&&" is no letter; a field label needs none; Arabic letters count as letters.
    MnemonicGroup group(QStringLiteral("here"));
    group.add(QStringLiteral("&View"), true);
    group.add(QStringLiteral("E&vents"), true);
    group.add(QStringLiteral("Save && close"), true);
    group.add(QStringLiteral("Title"), false);
    group.add(QStringLiteral("ال&تمويل"), true);
    group.add(QStringLiteral("ال&تحرير"), true);
    QCOMPARE(group.failures(),
             (QStringList{QStringLiteral("here: \"View\", \"Events\" share the letter v"),
                          QStringLiteral("here: \"التمويل\", \"التحرير\" share the letter ت"),
                          QStringLiteral("here: \"Save & close\" has no letter")}));
}

void TestMnemonics::formLettersChosen()
{
    // A record form's labels get their letters at run time (ShortcutLetters): a word's first
    // letter when free (after the Arabic article), else another of the label's; in an Arabic
    // label an Arabic letter only; a label that has one keeps it.
    QCOMPARE(ShortcutLetters::give(QStringLiteral("Name in Arabic"), QString()),
             QStringLiteral("&Name in Arabic"));
    QCOMPARE(ShortcutLetters::give(QStringLiteral("Name in Arabic"), QStringLiteral("n")),
             QStringLiteral("Name &in Arabic"));
    QCOMPARE(ShortcutLetters::give(QStringLiteral("Name in Arabic"), QStringLiteral("nia")),
             QStringLiteral("Na&me in Arabic"));
    QCOMPARE(ShortcutLetters::give(QStringLiteral("الاسم بالعربية"), QString()),
             QStringLiteral("ال&اسم بالعربية"));
    QCOMPARE(ShortcutLetters::give(QStringLiteral("الاسم بالعربية"), QStringLiteral("اب")),
             QStringLiteral("ا&لاسم بالعربية"));
    const QString codes = QStringLiteral("اللغات (رموز مثل ar وen)");
    QString taken;
    for (QChar c : codes) {
        if (c.script() == QChar::Script_Arabic) {
            taken.append(c);
        }
    }
    QCOMPARE(ShortcutLetters::give(codes, taken), codes);
    QCOMPARE(ShortcutLetters::give(QStringLiteral("&Save"), QStringLiteral("s")), QStringLiteral("&Save"));
    QCOMPARE(ShortcutLetters::give(QStringLiteral("Pays (code comme LB)"), QStringLiteral("pacdeoysm")),
             QStringLiteral("Pays (code comme &LB)"));
    QCOMPARE(ShortcutLetters::of(QStringLiteral("Save && &close")), QChar(u'c'));
    // Labels together: "ab" would take a, leaving "a" none; it takes b instead.
    QCOMPARE(ShortcutLetters::giveAll({QStringLiteral("ab"), QStringLiteral("a")}, QString()),
             (QStringList{QStringLiteral("a&b"), QStringLiteral("&a")}));
}

void TestMnemonics::noSharedOrMissingLetters_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : LanguageManager::available()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TestMnemonics::noSharedOrMissingLetters()
{
    QFETCH(QString, language);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    QStringList failures;
    int groups = 0;
    for (QAction* top : window->menuBar()->actions()) {
        if (top->menu() && top->isVisible()) {
            addMenus(failures, top->menu(), drawn(top->text()));
        }
    }
    test::walkScreens(window, [&](int, const QString& where) {
        MnemonicGroup group(where);
        for (QAction* top : window->menuBar()->actions()) {
            if (top->isVisible()) {
                group.add(top->text(), true);
            }
        }
        addControls(group, window);
        failures.append(group.failures());
        ++groups;
    });
    test::walkDialogs(window, [&](QDialog* dialog, const QString& where) {
        MnemonicGroup group(where);
        addControls(group, dialog);
        failures.append(group.failures());
        ++groups;
    });
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY2(groups > 15, qPrintable(QString::number(groups)));
    for (const QString& failure : std::as_const(failures)) {
        qWarning("%s", qPrintable(failure));
    }
    QVERIFY2(
        failures.isEmpty(),
        qPrintable(QStringLiteral("%1 shared or missing letters in %2").arg(failures.size()).arg(language)));
}

void TestMnemonics::lettersActivate_data()
{
    noSharedOrMissingLetters_data();
}

void TestMnemonics::lettersActivate()
{
    QFETCH(QString, language);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    const auto letter = [](const QString& text) {
        const QChar found = mnemonicOf(text);
        if (found.isNull()) {
            qWarning("\"%s\" has no letter", qPrintable(text));
        }
        return found;
    };

    // A tab, then another.
    QTabWidget* tabs = window->tabs();
    for (const int tab :
         {int(MainWindow::EventsTab), int(MainWindow::FundingTab), int(MainWindow::OrganisationsTab)}) {
        const QChar key = letter(tabs->tabText(tab));
        QVERIFY(!key.isNull());
        pressAlt(window, key);
        QTRY_COMPARE(tabs->currentIndex(), tab);
    }

    // Menus: Alt and the title's letter opens it.
    for (QAction* top : window->menuBar()->actions()) {
        if (!top->menu() || !top->isVisible()) {
            continue;
        }
        const QChar key = letter(top->text());
        QVERIFY(!key.isNull());
        pressAlt(window, key);
        QTRY_VERIFY2(top->menu()->isVisible(), qPrintable(drawn(top->text())));
        top->menu()->close();
        window->menuBar()->setActiveAction(nullptr);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QApplication::setActiveWindow(window);
    }

    // In the dialogs: every field's label brings the cursor to its field, every check box and
    // option button is ticked by its letter.
    int fields = 0;
    int boxes = 0;
    QStringList failures;
    test::walkDialogs(window, [&](QDialog* dialog, const QString& where) {
        if (!QTest::qWaitForWindowActive(dialog, 30000)) {
            failures.append(where + QStringLiteral(": the dialog never had the keyboard"));
            return;
        }
        // The menus closed above by the test (not by a choice or Escape) give the window back the
        // keyboard a moment later: the first dialog's letters went to the window's menu bar.
        QApplication::setActiveWindow(dialog);
        MnemonicGroup group(where);
        addControls(group, dialog);
        if (!group.failures().isEmpty()) {
            return; // a shared letter moves between its controls: noSharedOrMissingLetters says which
        }
        for (QLabel* label : dialog->findChildren<QLabel*>()) {
            QWidget* buddy = label->buddy();
            const QChar key = mnemonicOf(label->text());
            if (!buddy || !label->isVisible() || !buddy->isVisible() || !buddy->isEnabled() || key.isNull()) {
                continue;
            }
            QWidget* target = buddy;
            while (target->focusProxy()) {
                target = target->focusProxy();
            }
            dialog->setFocus(); // from somewhere else
            pressAlt(dialog, key);
            if (QApplication::focusWidget() != target) {
                failures.append(
                    QStringLiteral("%1: Alt+%2 left the focus on %3, not in the field of \"%4\"")
                        .arg(where, QString(key),
                             QApplication::focusWidget()
                                 ? QString::fromLatin1(QApplication::focusWidget()->metaObject()->className())
                                 : QStringLiteral("nothing"),
                             drawn(label->text())));
            }
            ++fields;
        }
        for (QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
            const QChar key = mnemonicOf(button->text());
            if (!button->isCheckable() || !button->isVisible() || !button->isEnabled() || key.isNull() ||
                (qobject_cast<QRadioButton*>(button) && button->isChecked())) {
                continue;
            }
            const bool before = button->isChecked();
            pressAlt(dialog, key);
            // A button is pressed for a moment, as when clicked, before it changes.
            if (!QTest::qWaitFor([&] { return button->isChecked() != before; }, 30000)) {
                failures.append(QStringLiteral("%1: Alt+%2 did not tick \"%3\"")
                                    .arg(where, QString(key), drawn(button->text())));
            }
            ++boxes;
        }
    });
    if (QTest::currentTestFailed()) {
        return;
    }
    qInfo("%d fields and %d check boxes reached by their letters in %s", fields, boxes, qPrintable(language));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY2(fields >= 8, qPrintable(QString::number(fields)));
    QVERIFY2(boxes >= 4, qPrintable(QString::number(boxes)));
}

void TestMnemonics::sessionsRepeatTheirLetters_data()
{
    noSharedOrMissingLetters_data();
}

void TestMnemonics::sessionsRepeatTheirLetters()
{
    // An event's sessions are one form repeated: every field of a session underlines a letter that
    // nothing else in the dialog uses, the same in every session, the first sessions as the dialog
    // opens and one added later alike; pressed again, Alt and the letter goes to the next session.
    QFETCH(QString, language);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    EventEditDialog dialog(window->document(), QString(), window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.addSessionButton()->click();
    dialog.addSessionButton()->click();
    QCOMPARE(dialog.sessionForms().size(), 2);
    // A box added to a dialog on screen is shown once the event loop runs.
    QTRY_VERIFY(dialog.sessionForms().last()->isVisible());
    const auto labelsOf = [](RecordForm* form) {
        QMap<QString, QLabel*> labels; // by the field the label is for
        for (QLabel* label : form->findChildren<QLabel*>()) {
            if (label->buddy() && label->buddy()->objectName().startsWith(QLatin1String("field_"))) {
                labels.insert(label->buddy()->objectName().mid(6), label);
            }
        }
        return labels;
    };
    const QList<RecordForm*> sessions = dialog.sessionForms();
    const QMap<QString, QLabel*> first = labelsOf(sessions[0]);
    QVERIFY(first.size() >= 4);
    // The letters of everything else in the dialog.
    QString others;
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        QString text;
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            text = button->text();
        } else if (auto* label = qobject_cast<QLabel*>(w)) {
            bool inSession = false;
            for (RecordForm* session : sessions) {
                inSession = inSession || session->isAncestorOf(label);
            }
            text = inSession ? QString() : label->text();
        }
        if (const QChar letter = mnemonicOf(text); !letter.isNull()) {
            others.append(letter);
        }
    }
    QString taken;
    for (QLabel* label : first) {
        if (const QChar letter = mnemonicOf(label->text()); !letter.isNull()) {
            QVERIFY2(!others.contains(letter), qPrintable(label->text() + QStringLiteral(" / ") + others));
            QVERIFY2(!taken.contains(letter), qPrintable(label->text()));
            taken.append(letter);
        }
    }
    int lettered = 0;
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        const QString text = it.value()->text();
        QCOMPARE(labelsOf(sessions[1]).value(it.key())->text(), text);
        if (mnemonicOf(text).isNull()) {
            // Only when every letter of the label is taken already.
            const QString left = ShortcutLetters::give(text, others + taken);
            QVERIFY2(left == text, qPrintable(left));
        } else {
            ++lettered;
        }
    }
    QVERIFY2(lettered >= 4, qPrintable(QString::number(lettered)));
    // A session added to an event that has some: the same letters.
    EventEditDialog again(window->document(), QString(), window);
    again.show();
    again.addSessionButton()->click();
    const QMap<QString, QLabel*> alone = labelsOf(again.sessionForms().value(0));
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        QCOMPARE(alone.value(it.key())->text(), it.value()->text());
    }
    again.close();

    // Alt and a session field's letter: the first session's field, then the second's, then the
    // first again.
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog, 30000));
    QLabel* label = first.value(QStringLiteral("start_utc"));
    const QChar letter = mnemonicOf(label->text());
    QVERIFY2(!letter.isNull(), qPrintable(label->text()));
    dialog.setFocus();
    for (const int session : {0, 1, 0}) {
        pressAlt(&dialog, letter);
        QTRY_COMPARE(QApplication::focusWidget(), sessions[session]->editor(QStringLiteral("start_utc")));
    }
}

void TestMnemonics::undoKeepsItsLetter_data()
{
    noSharedOrMissingLetters_data();
}

void TestMnemonics::undoKeepsItsLetter()
{
    // After an edit, Edit ▸ Undo says what it undoes (the stack renames it) and keeps its letter.
    QFETCH(QString, language);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    const QChar undo = mnemonicOf(window->undoAction()->text());
    const QChar redo = mnemonicOf(window->redoAction()->text());
    QVERIFY(!undo.isNull() && !redo.isNull());
    QUndoStack* stack = window->document().undoStack();
    stack->push(new QUndoCommand(QStringLiteral("Save & Co")));
    QCOMPARE(mnemonicOf(window->undoAction()->text()), undo);
    QVERIFY2(drawn(window->undoAction()->text()).contains(QStringLiteral("Save & Co")),
             qPrintable(window->undoAction()->text()));
    stack->undo();
    QCOMPARE(mnemonicOf(window->redoAction()->text()), redo);
    QVERIFY2(drawn(window->redoAction()->text()).contains(QStringLiteral("Save & Co")),
             qPrintable(window->redoAction()->text()));
    stack->clear();
    QCOMPARE(mnemonicOf(window->undoAction()->text()), undo);
}

void TestMnemonics::arabicWordsDrawnWholeUntilAlt()
{
    // Qt shapes an underlined letter apart from its word: an underline in the middle of an Arabic
    // word breaks the joining of its letters. Until Alt is pressed, a label with a shortcut letter
    // must be drawn exactly as the same label without one; with Alt held, the letter is shown.
    const QString previousStyle = QApplication::style()->name();
    QApplication::setStyle(new ApplicationStyle);
    QWidget window;
    window.setLayoutDirection(Qt::RightToLeft);
    auto* layout = new QVBoxLayout(&window);
    auto tabs = [&](const QStringList& titles) {
        auto* bar = new QTabBar;
        bar->setFocusPolicy(Qt::NoFocus);
        for (const QString& title : titles) {
            bar->addTab(title);
        }
        layout->addWidget(bar);
        return bar;
    };
    auto button = [&](const QString& text) {
        auto* made = new QPushButton(text);
        made->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(made);
        return made;
    };
    QTabBar* marked = tabs({QStringLiteral("الف&عاليات"), QStringLiteral("لو&حة المؤشرات")});
    QTabBar* plain = tabs({QStringLiteral("الفعاليات"), QStringLiteral("لوحة المؤشرات")});
    QPushButton* markedButton = button(QStringLiteral("مزا&منة الآن"));
    QPushButton* plainButton = button(QStringLiteral("مزامنة الآن"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window, 30000));
    auto same = [&] {
        return marked->grab().toImage() == plain->grab().toImage() &&
               markedButton->grab().toImage() == plainButton->grab().toImage();
    };
    QVERIFY2(same(), "a shortcut letter is drawn before Alt is pressed");
    QTest::keyPress(&window, Qt::Key_Alt);
    QVERIFY2(!same(), "Alt does not show the shortcut letters");
    QTest::keyRelease(&window, Qt::Key_Alt);
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY2(same(), "the shortcut letters stay after a plain key");
    window.close();
    QApplication::setStyle(previousStyle);
}

DALIL_GUI_TEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
