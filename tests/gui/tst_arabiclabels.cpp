// In Arabic no label a person acts on shows a Latin letter: the buttons, menus, menu items, tabs
// and check boxes of the main window and of the dialogs it opens. A Latin mnemonic after Arabic
// text ("تعديل… (E)", as some translations of other programs write it) is one; names written in
// Latin letters in Arabic too (file formats, a language's own name) are not. The Arabic
// mnemonics work as the Latin ones do: Alt and the underlined letter switch the tab.
#include "WindowWalk.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>

using namespace dalil;
using test::drawn;

namespace {

// Names that Arabic writes in Latin letters too: file formats and the languages' own names in
// the language menu.
const QStringList kLatinNames = {
    QStringLiteral("CSV"),     QStringLiteral("XLSX"),    QStringLiteral("Excel"),
    QStringLiteral("PDF"),     QStringLiteral("vCard"),   QStringLiteral("GeoJSON"),
    QStringLiteral("JSON"),    QStringLiteral("KML"),     QStringLiteral("HXL"),
    QStringLiteral("MBTiles"), QStringLiteral("English"), QStringLiteral("Français")};

// The Latin words of a label that are not names.
QStringList latinWords(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("\\p{Latin}[\\p{Latin}\\d]*"));
    QStringList words;
    for (auto it = word.globalMatch(drawn(text)); it.hasNext();) {
        const QString found = it.next().captured();
        if (!kLatinNames.contains(found)) {
            words.append(found);
        }
    }
    return words;
}

class LabelWalk
{
public:
    // A field's label may show what to type ("رموز مثل EG وJO"): only its mnemonic is checked.
    enum What
    {
        Control,
        FieldLabel
    };

    void check(const QString& where, const QString& text, What what = Control)
    {
        if (text.isEmpty()) {
            return;
        }
        ++m_labels;
        static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&(\\p{Latin})"));
        const QStringList words =
            what == Control ? latinWords(text) : mnemonic.match(text).capturedTexts().mid(1);
        if (!words.isEmpty() && !m_reported.contains(text)) {
            m_reported.insert(text); // a menu is met from every screen: said once
            m_failures.append(
                QStringLiteral("%1: \"%2\" (%3)").arg(where, text, words.join(QStringLiteral(", "))));
        }
    }

    void menu(QMenu* menu, const QString& where)
    {
        check(where, menu->title());
        for (QAction* action : menu->actions()) {
            if (action->isSeparator()) {
                continue;
            }
            if (action->menu()) {
                this->menu(action->menu(), where + QStringLiteral(" ▸ ") + drawn(menu->title()));
            } else {
                check(where + QStringLiteral(" ▸ ") + drawn(menu->title()), action->text());
            }
        }
    }

    // Every button, check box, group box, tab, buddy label and widget action in `root`.
    void widgets(QWidget* root, const QString& where)
    {
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (auto* button = qobject_cast<QAbstractButton*>(w)) {
                check(where, button->text());
            } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
                check(where, box->title());
            } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    check(where, tabs->tabText(i));
                }
            } else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy()) {
                check(where, label->text(), FieldLabel);
            } else if (auto* menu = qobject_cast<QMenu*>(w)) {
                this->menu(menu, where);
            }
            for (QAction* action : w->actions()) {
                if (!action->isSeparator()) {
                    check(where, action->text());
                }
            }
        }
    }

    int labels() const { return m_labels; }
    const QStringList& failures() const { return m_failures; }

private:
    int m_labels = 0;
    QStringList m_failures;
    QSet<QString> m_reported;
};

} // namespace

class TestArabicLabels : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_fixture.close(); }
    void latinWordsFound();
    void noLatinLetterInArabicLabels();
    void arabicMnemonicsSwitchTabs();

private:
    test::GuiFixture m_fixture;
};

void TestArabicLabels::latinWordsFound()
{
    // The test itself: the label a Latin mnemonic makes is caught, names and Arabic are not.
    QCOMPARE(latinWords(QStringLiteral("تعديل… (&E)")), QStringList{QStringLiteral("E")});
    QCOMPARE(latinWords(QStringLiteral("تصدير إلى CSV أو Excel")), QStringList());
    QCOMPARE(latinWords(QStringLiteral("تعد&يل…")), QStringList());
    QCOMPARE(latinWords(QStringLiteral("Sync &now")),
             (QStringList{QStringLiteral("Sync"), QStringLiteral("now")}));
}

void TestArabicLabels::noLatinLetterInArabicLabels()
{
    MainWindow* window = m_fixture.openActiveWindow(QStringLiteral("ar"));
    QVERIFY(window);
    QVERIFY(test::GuiFixture::waitForDirectory(window));
    LabelWalk walk;
    for (QAction* top : window->menuBar()->actions()) {
        if (top->menu()) {
            walk.menu(top->menu(), QStringLiteral("menu"));
        }
    }
    test::walkScreens(window, [&](int, const QString& where) { walk.widgets(window, where); });
    const int inWindow = walk.labels();
    QVERIFY2(inWindow > 40, qPrintable(QString::number(inWindow)));

    // The dialogs, with the main window's walk.
    test::walkDialogs(window, [&](QDialog* dialog, const QString& where) { walk.widgets(dialog, where); });
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY2(walk.labels() > inWindow + 30, qPrintable(QString::number(walk.labels())));
    qInfo("%d labels in the window, %d with its dialogs", inWindow, walk.labels());
    for (const QString& failure : walk.failures()) {
        qWarning("%s", qPrintable(failure));
    }
    QVERIFY2(walk.failures().isEmpty(),
             qPrintable(QStringLiteral("%1 labels with Latin letters").arg(walk.failures().size())));
}

void TestArabicLabels::arabicMnemonicsSwitchTabs()
{
    // Alt and the tab's underlined Arabic letter, as an Arabic keyboard sends it, brings the tab.
    MainWindow* window = m_fixture.openActiveWindow(QStringLiteral("ar"));
    QVERIFY(window);
    QTabWidget* tabs = window->tabs();
    for (const int tab : {int(MainWindow::EventsTab), int(MainWindow::FundingTab)}) {
        const QString text = tabs->tabText(tab);
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        QVERIFY2(at >= 0 && at + 1 < text.size(), qPrintable(text));
        const QChar letter = text.at(at + 1);
        QCOMPARE(letter.script(), QChar::Script_Arabic);
        QTest::sendKeyEvent(QTest::Click, window, Qt::Key(letter.unicode()), QString(letter),
                            Qt::AltModifier);
        QTRY_COMPARE(tabs->currentIndex(), tab);
    }
}

DALIL_GUI_TEST_MAIN(TestArabicLabels)
#include "tst_arabiclabels.moc"
