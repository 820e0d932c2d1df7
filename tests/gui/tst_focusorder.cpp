// The keyboard in every dialog, in Arabic (right to left), English and French, as a person who
// does not use the mouse meets it:
// - The dialog opens with the cursor in its first field (the main window: in the search field).
// - Tab walks the controls in reading order: top to bottom, and on one row right to left in Arabic,
//   left to right in English and French. Every enabled control on show is reached exactly once,
//   nothing keeps the focus (a table that takes a Tab per cell, a text field that types the Tab),
//   the walk comes back to where it started, and Shift+Tab walks the same way back.
// - Enter in a one-line field presses the dialog's default button, which is its own action, on
//   its bottom row (never "Browse…", nor a button that acts on a list, as "Restore this version"); Enter in a
//   field of free text starts a new line. Escape closes the dialog from any control.
// - The message boxes that ask before something is lost (an unsaved change; a deletion) give every
//   button its own shortcut letter.
//
// Rules for the cases a person could read two ways:
// - A list or a table is one stop: the arrows move inside it, Tab leaves it.
// - Option buttons that exclude one another are one stop, as in every desktop: the arrows choose
//   among them. Qt stops at each of them or at the chosen one only; both pass.
// - A box with a frame (group box), a scrolled area and the dialog's row of buttons are read as a
//   block: what is inside comes together, in reading order within the block (two boxes side by
//   side are read one after the other, not row by row across both).
// - Controls in a table's cells (the import's choice of field per column) come right after the
//   table.
// - Qt's own file dialog (shown where the desktop's is not) is left as Qt made it.
// - Two controls are on one row when the middle of one lies within the height of the first of the
//   row; on a row, controls at the same place across (within 4 pixels) are read top to bottom.
// - A scrolled area whose content has controls is not a stop of its own: its content scrolls to
//   the control that has the focus.
#include "ControlParts.h"
#include "WindowWalk.h"

#include "directory/DirectoryView.h"
#include "profile/ProfileView.h"
#include "profile/RecordForm.h"
#include "sync/SaveAfterSync.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitterHandle>
#include <QTabBar>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace dalil;
using test::drawn;
using test::isPartOfAControl;
using test::mnemonicOf;

namespace {

QString describe(QWidget* w)
{
    if (!w) {
        return QStringLiteral("(nothing)");
    }
    QString text;
    if (auto* button = qobject_cast<QAbstractButton*>(w)) {
        text = drawn(button->text());
    }
    if (text.isEmpty()) {
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(w);
        text = accessible ? accessible->text(QAccessible::Name) : QString();
    }
    return QStringLiteral("%1 \"%2\" [%3]")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text);
}

// A scrolled area that only holds other controls (not a list, a table or a text).
bool isPlainScrollArea(QWidget* w)
{
    return qobject_cast<QScrollArea*>(w) != nullptr;
}

QWidget* focusTarget(QWidget* w)
{
    while (w && w->focusProxy()) {
        w = w->focusProxy();
    }
    return w;
}

// The controls of `window` that Tab should stop at.
QList<QWidget*> tabStops(QWidget* window)
{
    QList<QWidget*> stops;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled() || isPartOfAControl(w) ||
            isPlainScrollArea(w) || !(w->focusPolicy() & Qt::TabFocus)) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(w);
            label && !label->hasSelectedText() &&
            !(label->textInteractionFlags() & Qt::LinksAccessibleByKeyboard)) {
            continue;
        }
        stops.append(w);
    }
    return stops;
}

// What is read as one block: a group box, the content of a scrolled area, a row of dialog buttons.
bool isBlock(QWidget* w)
{
    return qobject_cast<QGroupBox*>(w) || qobject_cast<QDialogButtonBox*>(w) || isPlainScrollArea(w);
}

struct Item
{
    QWidget* widget = nullptr; // a control, or a block
    QRect rect;                // in the coordinates of the block it is read in
    QList<Item> inside;        // a block's items
};

// Sorts items in reading order, in place (and the items of every block inside).
void sortReading(QList<Item>& items, bool rightToLeft)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const Item& a, const Item& b) { return a.rect.top() < b.rect.top(); });
    QList<Item> sorted;
    qsizetype start = 0;
    while (start < items.size()) {
        const QRect first = items[start].rect;
        qsizetype end = start + 1;
        while (end < items.size() && items[end].rect.center().y() <= first.bottom()) {
            ++end;
        }
        QList<Item> row = items.mid(start, end - start);
        std::stable_sort(row.begin(), row.end(), [rightToLeft](const Item& a, const Item& b) {
            const int ax = rightToLeft ? -a.rect.right() : a.rect.left();
            const int bx = rightToLeft ? -b.rect.right() : b.rect.left();
            if (std::abs(ax - bx) > 4) {
                return ax < bx;
            }
            return a.rect.top() < b.rect.top();
        });
        sorted.append(row);
        start = end;
    }
    items = sorted;
    for (Item& item : items) {
        sortReading(item.inside, rightToLeft);
    }
}

void flatten(const QList<Item>& items, QList<QWidget*>& out)
{
    for (const Item& item : items) {
        if (item.inside.isEmpty() && !isBlock(item.widget)) {
            out.append(item.widget);
        } else {
            flatten(item.inside, out);
        }
    }
}

// `stops` in reading order.
QList<QWidget*> readingOrder(QWidget* window, const QList<QWidget*>& stops)
{
    // Each stop is read within the innermost block that holds it, a block within the next one out;
    // a block's items are placed in the coordinates of the content they scroll with.
    QList<QWidget*> blocks;
    for (QWidget* stop : stops) {
        for (QWidget* p = stop->parentWidget(); p && p != window; p = p->parentWidget()) {
            if (isBlock(p) && !blocks.contains(p)) {
                blocks.append(p);
            }
        }
    }
    const auto blockOf = [&](QWidget* w) -> QWidget* {
        for (QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
            if (blocks.contains(p)) {
                return p;
            }
        }
        return window;
    };
    QHash<QWidget*, QList<QWidget*>> inside; // a block (or the window) → what it holds directly
    for (QWidget* w : blocks + stops) {
        inside[blockOf(w)].append(w);
    }
    std::function<QList<Item>(QWidget*)> build = [&](QWidget* block) {
        QWidget* space = block;
        if (auto* scroll = qobject_cast<QScrollArea*>(block); scroll && scroll->widget()) {
            space = scroll->widget();
        }
        QList<Item> items;
        for (QWidget* w : inside.value(block)) {
            Item item{w, QRect(w->mapTo(space, QPoint(0, 0)), w->size()), {}};
            if (blocks.contains(w)) {
                item.inside = build(w);
            }
            items.append(item);
        }
        return items;
    };
    QList<Item> items = build(window);
    sortReading(items, window->isRightToLeft());
    QList<QWidget*> out;
    flatten(items, out);
    return out;
}

// A token per stop: option buttons that exclude one another share one.
QWidget* stopToken(QWidget* w)
{
    auto* radio = qobject_cast<QRadioButton*>(w);
    if (!radio || !radio->autoExclusive()) {
        return w;
    }
    for (QRadioButton* sibling :
         radio->parentWidget()->findChildren<QRadioButton*>(Qt::FindDirectChildrenOnly)) {
        if (sibling->autoExclusive()) {
            return sibling; // the first of the group
        }
    }
    return w;
}

QList<QWidget*> collapse(const QList<QWidget*>& stops)
{
    QList<QWidget*> out;
    for (QWidget* w : stops) {
        QWidget* token = stopToken(w);
        if (out.isEmpty() || out.last() != token) {
            out.append(token);
        }
    }
    if (out.size() > 1 && out.first() == out.last()) {
        out.removeLast();
    }
    return out;
}

// The stop among `stops` that has the keyboard when `focus` does (a spin box's text field).
QWidget* stopFor(QWidget* focus, const QList<QWidget*>& stops)
{
    for (QWidget* w = focus; w; w = w->parentWidget()) {
        for (QWidget* stop : stops) {
            if (stop == w || focusTarget(stop) == focus) {
                return stop;
            }
        }
        if (w->isWindow()) {
            break;
        }
    }
    return focus;
}

bool isFreeText(QWidget* w)
{
    auto* plain = qobject_cast<QPlainTextEdit*>(w);
    auto* rich = qobject_cast<QTextEdit*>(w);
    return (plain && !plain->isReadOnly()) || (rich && !rich->isReadOnly());
}

// A field, not a button or tabs: where a dialog should open with the cursor.
bool isField(QWidget* w)
{
    return !qobject_cast<QPushButton*>(w) && !qobject_cast<QToolButton*>(w) && !qobject_cast<QTabBar*>(w);
}

// Catches Enter and Escape as they reach the dialog (from a control that did not take them), so
// that they are seen and nothing is saved, exported or closed by the test.
class KeysAtDialog : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress && watched == dialog) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
                last = key;
                return true;
            }
        }
        return false;
    }
    QDialog* dialog = nullptr;
    int last = 0;
};

// The dialog's default button: the one Enter presses (as QDialog finds it).
QPushButton* defaultButton(QDialog* dialog)
{
    for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
        if (button->isDefault() && button->isVisible() && button->window() == dialog) {
            return button;
        }
    }
    return nullptr;
}

// Everything wrong with the keyboard in `dialog`, in words, as `where`; `openedOn` had the focus
// as it opened (null: not checked).
QStringList checkDialog(QDialog* dialog, const QString& where, QWidget* openedOn)
{
    QStringList failures;
    const auto fail = [&](const QString& what) { failures.append(where + QStringLiteral(": ") + what); };
    const QList<QWidget*> stops = tabStops(dialog);
    const QList<QWidget*> expected = readingOrder(dialog, stops);
    if (expected.isEmpty()) {
        fail(QStringLiteral("no control takes the keyboard"));
        return failures;
    }

    // The first field has the cursor as the dialog opens.
    QWidget* first = nullptr;
    for (QWidget* w : expected) {
        if (isField(w)) {
            first = w;
            break;
        }
    }
    if (!first) {
        first = defaultButton(dialog) ? defaultButton(dialog) : expected.first();
    }
    if (openedOn && stopFor(openedOn, stops) != first) {
        fail(QStringLiteral("opens with the focus on %1, not on its first field %2")
                 .arg(describe(openedOn), describe(first)));
    }

    // Tab and Shift+Tab, from the first in reading order round to it again.
    const QList<QWidget*> wanted = collapse(expected);
    for (const bool forwards : {true, false}) {
        const QString key = forwards ? QStringLiteral("Tab") : QStringLiteral("Shift+Tab");
        QWidget* start = expected.first();
        focusTarget(start)->setFocus(forwards ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        if (stopFor(QApplication::focusWidget(), stops) != start) {
            fail(QStringLiteral("%1 does not take the focus").arg(describe(start)));
            continue;
        }
        QList<QWidget*> walked{start};
        bool round = false;
        for (int press = 0; press < expected.size() * 2 + 10; ++press) {
            QWidget* before = QApplication::focusWidget();
            QTest::keyClick(before, forwards ? Qt::Key_Tab : Qt::Key_Backtab,
                            forwards ? Qt::NoModifier : Qt::ShiftModifier);
            QWidget* after = QApplication::focusWidget();
            if (!after || after->window() != dialog) {
                fail(QStringLiteral("%1 from %2 left the dialog").arg(key, describe(before)));
                break;
            }
            if (after == before && expected.size() > 1) {
                fail(QStringLiteral("%1 stays in %2 (a focus trap)").arg(key, describe(after)));
                break;
            }
            QWidget* stop = stopFor(after, stops);
            if (stop == start) {
                round = true;
                break;
            }
            walked.append(stop);
        }
        if (!round) {
            if (failures.isEmpty() || !failures.last().contains(QLatin1String("focus trap"))) {
                fail(QStringLiteral("%1 never came back to %2").arg(key, describe(start)));
            }
            continue;
        }
        QList<QWidget*> seen = collapse(walked);
        if (!forwards) {
            // Backwards from the first: the last, then up to the second.
            std::reverse(seen.begin() + 1, seen.end());
        }
        if (seen == wanted) {
            continue;
        }
        for (QWidget* w : wanted) {
            if (!seen.contains(w)) {
                fail(QStringLiteral("%1 never reaches %2").arg(key, describe(w)));
            }
        }
        for (QWidget* w : seen) {
            if (!wanted.contains(w)) {
                fail(QStringLiteral("%1 stops at %2, which is not a control on show").arg(key, describe(w)));
            }
            if (seen.count(w) > 1) {
                fail(QStringLiteral("%1 stops twice at %2").arg(key, describe(w)));
            }
        }
        for (qsizetype i = 0; i < std::min(seen.size(), wanted.size()); ++i) {
            if (seen[i] != wanted[i]) {
                fail(QStringLiteral("%1 goes to %2 where the reading order has %3 (after %4)")
                         .arg(key, describe(seen[i]), describe(wanted[i]), describe(seen[i - 1])));
                break;
            }
        }
    }

    // Enter and Escape. The default button is the dialog's own action: in its row of buttons at
    // the bottom, not one that opens something else ("Browse…").
    QPushButton* byDefault = defaultButton(dialog);
    QDialogButtonBox* box = byDefault ? qobject_cast<QDialogButtonBox*>(byDefault->parentWidget()) : nullptr;
    const auto onLastRow = [&](QWidget* button) {
        const int top = button->mapTo(dialog, QPoint(0, 0)).y();
        return std::none_of(expected.cbegin(), expected.cend(), [&](QWidget* w) {
            return w->mapTo(dialog, QPoint(0, 0)).y() > top + button->height() / 2;
        });
    };
    if (!byDefault) {
        fail(QStringLiteral("no default button for Enter"));
    } else if (!box) {
        if (!onLastRow(byDefault) || byDefault->text().endsWith(QStringLiteral("…"))) {
            fail(QStringLiteral("Enter presses %1, not the dialog's own action").arg(describe(byDefault)));
        }
    } else {
        const QDialogButtonBox::ButtonRole role = box->buttonRole(byDefault);
        bool accepting = role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::YesRole;
        if (!accepting) {
            // A dialog with nothing to accept (only Close) closes with Enter.
            // One list: buttons() returns a new list at each call, and iterators of two of them
            // walked from one list's start to the other's end (a crash, seen under load).
            const QList<QAbstractButton*> buttons = box->buttons();
            accepting = std::none_of(buttons.cbegin(), buttons.cend(), [box](QAbstractButton* b) {
                return box->buttonRole(b) == QDialogButtonBox::AcceptRole ||
                       box->buttonRole(b) == QDialogButtonBox::YesRole;
            });
        }
        if (!accepting) {
            fail(QStringLiteral("Enter presses %1, not the dialog's accepting button")
                     .arg(describe(byDefault)));
        }
    }
    KeysAtDialog keys;
    keys.dialog = dialog;
    dialog->installEventFilter(&keys);
    for (QWidget* stop : expected) {
        const bool line = qobject_cast<QLineEdit*>(stop) || qobject_cast<QAbstractSpinBox*>(stop) ||
                          qobject_cast<QCheckBox*>(stop) ||
                          (qobject_cast<QComboBox*>(stop) && !static_cast<QComboBox*>(stop)->isEditable());
        QWidget* target = focusTarget(stop);
        target->setFocus(Qt::TabFocusReason);
        if (line || isFreeText(stop)) {
            keys.last = 0;
            QTest::keyClick(target, Qt::Key_Return);
            if (line && keys.last != Qt::Key_Return) {
                fail(QStringLiteral("Enter in %1 does not reach the default button").arg(describe(stop)));
            } else if (isFreeText(stop) && keys.last == Qt::Key_Return) {
                fail(QStringLiteral("Enter in %1 presses the default button, not a new line")
                         .arg(describe(stop)));
            }
        }
        keys.last = 0;
        QTest::keyClick(target, Qt::Key_Escape);
        if (keys.last != Qt::Key_Escape && dialog->isVisible()) {
            fail(QStringLiteral("Escape in %1 does not close the dialog").arg(describe(stop)));
        }
    }
    dialog->removeEventFilter(&keys);
    return failures;
}

// The texts of the buttons of the message box that `ask` shows; the box is answered with its
// Escape button.
QStringList buttonsOfBox(const std::function<void()>& ask, QString* title = nullptr)
{
    QStringList texts;
    QTimer watch;
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(top);
            if (!box || !box->isVisible() || box->property("dalilRead").toBool()) {
                continue;
            }
            box->setProperty("dalilRead", true);
            for (QAbstractButton* button : box->buttons()) {
                texts.append(button->text());
            }
            if (title) {
                *title = box->objectName().isEmpty() ? box->windowTitle() : box->objectName();
            }
            watch.stop();
            QAbstractButton* escape = box->escapeButton();
            if (!escape) {
                escape = box->button(QMessageBox::No);
            }
            if (escape) {
                escape->click();
            } else {
                box->reject();
            }
        }
    });
    watch.start();
    ask();
    watch.stop();
    return texts;
}

// Every button of a box has its own letter.
QStringList lettersOfBox(const QStringList& texts, const QString& where)
{
    QStringList failures;
    if (texts.size() < 2) {
        failures.append(where + QStringLiteral(": no message box with buttons was shown"));
        return failures;
    }
    QHash<QChar, QString> byLetter;
    for (const QString& text : texts) {
        const QChar letter = mnemonicOf(text);
        if (letter.isNull()) {
            failures.append(QStringLiteral("%1: \"%2\" has no letter").arg(where, drawn(text)));
        } else if (byLetter.contains(letter)) {
            failures.append(QStringLiteral("%1: \"%2\" and \"%3\" share the letter %4")
                                .arg(where, byLetter.value(letter), drawn(text), QString(letter)));
        } else {
            byLetter.insert(letter, drawn(text));
        }
    }
    return failures;
}

} // namespace

class TestFocusOrder : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_fixture.close(); }
    void readingOrderIsRightToLeftInArabic();
    void windowOpensInTheSearchField_data();
    void windowOpensInTheSearchField();
    void dialogsWalkInReadingOrder_data();
    void dialogsWalkInReadingOrder();
    void messageBoxesHaveLetters_data();
    void messageBoxesHaveLetters();

private:
    test::GuiFixture m_fixture;
};

static void languages()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : LanguageManager::available()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TestFocusOrder::readingOrderIsRightToLeftInArabic()
{
    // The test itself: a form of two rows and a row of buttons, read in both directions; and a
    // chain in the wrong order is caught.
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        QDialog dialog;
        dialog.setLayoutDirection(direction);
        auto* layout = new QGridLayout(&dialog);
        auto* a = new QLineEdit;
        auto* b = new QLineEdit;
        auto* c = new QCheckBox(QStringLiteral("c"));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        layout->addWidget(a, 0, 0); // on the left in English, on the right in Arabic
        layout->addWidget(b, 0, 1);
        layout->addWidget(c, 1, 0, 1, 2);
        layout->addWidget(buttons, 2, 0, 1, 2);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog, 30000));
        const QList<QWidget*> order = readingOrder(&dialog, tabStops(&dialog));
        QCOMPARE(order.size(), 5);
        QCOMPARE(order.mid(0, 3), (QList<QWidget*>{a, b, c}));
        QVERIFY2(checkDialog(&dialog, QStringLiteral("here"), a).isEmpty(),
                 qPrintable(checkDialog(&dialog, QStringLiteral("here"), a).join(QLatin1Char('\n'))));
        // b before a: against the reading order in both directions.
        QWidget::setTabOrder(b, a);
        QWidget::setTabOrder(a, c);
        const QStringList failures = checkDialog(&dialog, QStringLiteral("here"), a);
        QVERIFY2(std::any_of(failures.cbegin(), failures.cend(),
                             [](const QString& f) { return f.contains(QLatin1String("reading order")); }),
                 qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(checkDialog(&dialog, QStringLiteral("here"), c)
                    .join(QLatin1Char('\n'))
                    .contains(QLatin1String("opens with")));
    }
    {
        // A text field that types the Tab keeps the focus.
        QDialog dialog;
        auto* layout = new QVBoxLayout(&dialog);
        auto* field = new QLineEdit;
        auto* text = new QPlainTextEdit;
        layout->addWidget(field);
        layout->addWidget(text);
        layout->addWidget(new QDialogButtonBox(QDialogButtonBox::Ok));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog, 30000));
        const QStringList failures = checkDialog(&dialog, QStringLiteral("here"), field);
        QVERIFY2(std::any_of(failures.cbegin(), failures.cend(),
                             [](const QString& f) { return f.contains(QLatin1String("focus trap")); }),
                 qPrintable(failures.join(QLatin1Char('\n'))));
        text->setTabChangesFocus(true);
        QVERIFY2(checkDialog(&dialog, QStringLiteral("here"), field).isEmpty(),
                 qPrintable(checkDialog(&dialog, QStringLiteral("here"), field).join(QLatin1Char('\n'))));
    }
}

void TestFocusOrder::windowOpensInTheSearchField_data()
{
    languages();
}

void TestFocusOrder::windowOpensInTheSearchField()
{
    QFETCH(QString, language);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window->searchField()));
}

void TestFocusOrder::dialogsWalkInReadingOrder_data()
{
    languages();
}

void TestFocusOrder::dialogsWalkInReadingOrder()
{
    QFETCH(QString, language);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    QStringList failures;
    int dialogs = 0;
    int stops = 0;
    test::walkDialogs(window, [&](QDialog* dialog, const QString& where) {
        if (qobject_cast<QFileDialog*>(dialog)) {
            return; // Qt's own, where the desktop's is not used (a desktop shows its own)
        }
        if (!QTest::qWaitForWindowActive(dialog, 30000)) {
            failures.append(where + QStringLiteral(": the dialog never had the keyboard"));
            return;
        }
        QCoreApplication::processEvents();
        QWidget* openedOn = QApplication::focusWidget();
        stops += int(tabStops(dialog).size());
        failures.append(checkDialog(dialog, where, openedOn));
        ++dialogs;
        // A part added to a dialog that is open (an event's new session) takes its place in the
        // order too.
        if (auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addSession"))) {
            add->click();
            QCoreApplication::processEvents();
            failures.append(checkDialog(dialog, where + QStringLiteral(" + session"), nullptr));
            ++dialogs;
        }
    });
    if (QTest::currentTestFailed()) {
        return;
    }
    qInfo("%d dialogs, %d controls walked in %s", dialogs, stops, qPrintable(language));
    for (const QString& failure : std::as_const(failures)) {
        qWarning("%s", qPrintable(failure));
    }
    QVERIFY2(dialogs >= 10, qPrintable(QString::number(dialogs)));
    QVERIFY2(
        failures.isEmpty(),
        qPrintable(
            QStringLiteral("%1 keyboard failures in the dialogs in %2").arg(failures.size()).arg(language)));
}

void TestFocusOrder::messageBoxesHaveLetters_data()
{
    languages();
}

void TestFocusOrder::messageBoxesHaveLetters()
{
    QFETCH(QString, language);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    QStringList failures;
    int boxes = 0;
    const auto check = [&](const QString& where, const std::function<void()>& ask) {
        QString name;
        const QStringList texts = buttonsOfBox(ask, &name);
        failures.append(lettersOfBox(texts, where + QStringLiteral(" (") + name + QLatin1Char(')')));
        ++boxes;
    };

    // The deletions a screen asks about.
    window->tabs()->setCurrentIndex(MainWindow::OrganisationsTab);
    window->directory()->selectOrganisation(
        SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("erc")));
    QTRY_VERIFY(!window->directory()->profile()->organisationId().isEmpty());
    struct Deletion
    {
        MainWindow::Tab tab;
        const char* button;
    };
    for (const Deletion& deletion : {Deletion{MainWindow::OrganisationsTab, "deleteOrganisation"},
                                     Deletion{MainWindow::FundingTab, "fundingDelete"},
                                     Deletion{MainWindow::ResourcesTab, "resourceDelete"},
                                     Deletion{MainWindow::EventsTab, "eventDelete"}}) {
        window->tabs()->setCurrentIndex(deletion.tab);
        QWidget* screen = window->tabs()->widget(deletion.tab);
        if (auto* list = screen->findChild<QTableWidget*>()) {
            QTRY_VERIFY(list->rowCount() > 0);
            list->setCurrentCell(0, 0);
        }
        auto* button = screen->findChild<QAbstractButton*>(QLatin1String(deletion.button));
        QVERIFY2(button && button->isEnabled(), deletion.button);
        check(QLatin1String(deletion.button), [button] { button->click(); });
    }

    // A form with a change not saved, and Ctrl+Q.
    window->tabs()->setCurrentIndex(MainWindow::OrganisationsTab);
    auto* edit =
        window->directory()->profile()->findChild<QAbstractButton*>(QStringLiteral("editOrganisation"));
    QVERIFY(edit);
    test::walkDialogsOf([edit] { edit->click(); }, QStringLiteral("edit"),
                        [&](QDialog* dialog, const QString&) {
                            QVERIFY(QTest::qWaitForWindowActive(dialog, 30000));
                            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("field_name_en"));
                            QVERIFY(name);
                            name->setFocus();
                            name->setText(name->text() + QStringLiteral(" x"));
                            check(QStringLiteral("Ctrl+Q in a form"),
                                  [dialog] { QTest::keyClick(dialog, Qt::Key_Q, Qt::ControlModifier); });
                            name->setText(name->text().chopped(2));
                        });

    // A save that waits for another program: discarding it, quitting.
    {
        QDialog host(window);
        auto* notice = new SaveAfterSync(m_fixture.path(), &host);
        notice->setPatience(600000);
        std::function<void()> again = [&] { notice->waitForOtherProgram(again); };
        QVERIFY(notice->waitForOtherProgram(again));
        check(QStringLiteral("discard a waiting save"), [notice] { notice->confirmDiscard(); });
        check(QStringLiteral("quit with a waiting save"), [window] { SaveAfterSync::confirmQuit(window); });
        notice->discard();
    }
    for (const QString& failure : std::as_const(failures)) {
        qWarning("%s", qPrintable(failure));
    }
    QCOMPARE(boxes, 7);
    QVERIFY2(
        failures.isEmpty(),
        qPrintable(
            QStringLiteral("%1 buttons without their own letter in %2").arg(failures.size()).arg(language)));
}

DALIL_GUI_TEST_MAIN(TestFocusOrder)
#include "tst_focusorder.moc"
