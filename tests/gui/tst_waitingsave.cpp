// An edit that cannot be saved at once is never lost nor dropped unasked: while another program holds
// the catalogue's write lock the form tries again with the window responsive, and says so in the
// window's language; while an edit waits (for a first pull or for that program), Cancel and quitting
// ask first. In Arabic and English.

#include "GuiFixture.h"
#include "Heartbeat.h"
#include "TestSupport.h"

#include "catalogue/Database.h"
#include "directory/DirectoryView.h"
#include "profile/ProfileView.h"
#include "profile/RecordEditDialog.h"
#include "profile/RecordForm.h"
#include "sync/LongSyncWrite.h"
#include "sync/SaveAfterSync.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QWindow>
#include <QtTest>

#include <sqlite3.h>

#include <functional>
#include <optional>

using namespace dalil;
using namespace dalil::test;

namespace {

// A second connection to the catalogue, as another program would open it.
class OtherProgram
{
public:
    explicit OtherProgram(const QString& path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_busy_timeout(m_db, 10000); // the window may be writing as it opens
    }
    ~OtherProgram() { sqlite3_close_v2(m_db); }
    bool execute(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

private:
    sqlite3* m_db = nullptr;
};

// Answers the message boxes of a given name as they open (they run their own event loop): clicks
// the button of `role`, keeps their texts.
class Answerer : public QObject
{
public:
    Answerer()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* box = qobject_cast<QMessageBox*>(widget);
                if (!box || !box->isVisible()) {
                    continue;
                }
                texts.append(box->text());
                names.append(box->objectName());
                QStringList labels;
                QAbstractButton* chosen = nullptr;
                for (QAbstractButton* button : box->buttons()) {
                    labels.append(button->text());
                    if (box->buttonRole(button) == role) {
                        chosen = button;
                    }
                }
                buttons.append(labels.join(QLatin1Char('|')));
                if (chosen) {
                    chosen->click();
                } else {
                    box->done(0);
                }
            }
        });
        m_timer.start();
    }
    QMessageBox::ButtonRole role = QMessageBox::RejectRole;
    QStringList texts;
    QStringList names;
    QStringList buttons;

private:
    QTimer m_timer;
};

bool hasLatinLetters(const QString& text)
{
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    return text.contains(latin);
}

// "Wait, then quit", asked for by `quit` (the window's close, Ctrl+Q...) while `dialog`'s save
// waits for `pull`: the window stays until the pull ends, then the form saves and closes.
void waitThenQuit(Answerer& answerer, MainWindow* window, RecordEditDialog* dialog,
                  std::optional<LongSyncWrite::Scope>& pull, const std::function<void()>& quit)
{
    answerer.role = QMessageBox::AcceptRole;
    quit();
    QCOMPARE(answerer.names.size(), 2);
    QVERIFY(window->isVisible());
    pull.reset();
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
}

} // namespace

class TestWaitingSave : public QObject
{
    Q_OBJECT

private slots:
    void busySaveWaitsThenSaves_data();
    void busySaveWaitsThenSaves();
    void busySaveGivesUpInWords_data();
    void busySaveGivesUpInWords();
    void cancelAsksBeforeDiscarding_data();
    void cancelAsksBeforeDiscarding();
    void quitAsksAndWaits_data();
    void quitAsksAndWaits();
    void formOpenedFromTheProfileStopsBlockingOnceItWaits();
    void ctrlQInTheWaitingFormAsksThenQuits();
    void ctrlQInAnOpenFormAsksThenQuits();
    void closeRequestAsksAndLosesNothing();

private:
    static void languages();
    // Opens the profile's edit form of the sample's first organisation, types kEdited in its
    // English name and presses Save while a first pull holds the catalogue (`pull`); then runs
    // `work` on the form, which waits and no longer blocks the window. The form is closed when
    // `work` returns (discarded if it is still open). Returns the organisation's id.
    QString whileAProfileFormWaits(GuiFixture& fixture, std::optional<LongSyncWrite::Scope>& pull,
                                   const std::function<void(RecordEditDialog*)>& work);
    // An organisation of the sample with its English name edited in a form; the form is shown.
    std::unique_ptr<RecordEditDialog> editForm(GuiFixture& fixture, QString* id, QJsonObject* before);
    static const QString kEdited;
};

const QString TestWaitingSave::kEdited = QStringLiteral("جمعية الأمل ٢٠٢٦ (edited)");

void TestWaitingSave::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ar") << QStringLiteral("ar");
    QTest::newRow("en") << QStringLiteral("en");
}

std::unique_ptr<RecordEditDialog> TestWaitingSave::editForm(GuiFixture& fixture, QString* id,
                                                            QJsonObject* before)
{
    fixture.catalogue->organisations().forEach([&](const QJsonObject& row) {
        if (id->isEmpty()) {
            *id = row.value(QLatin1String("id")).toString();
        }
    });
    *before = *fixture.catalogue->organisations().find(*id);
    // Without a parent, as a form the user left open beside the window.
    auto dialog = std::make_unique<RecordEditDialog>(
        fixture.window->document(), QStringLiteral("organisation"), *before, QStringLiteral("تعديل"));
    dialog->show();
    auto* field = qobject_cast<QLineEdit*>(dialog->form()->editor(QStringLiteral("name_en")));
    if (field) {
        field->selectAll();
        typeText(field, kEdited);
    }
    return dialog;
}

void TestWaitingSave::busySaveWaitsThenSaves_data()
{
    languages();
}

void TestWaitingSave::busySaveWaitsThenSaves()
{
    QFETCH(QString, language);
    GuiFixture fixture;
    QCOMPARE(fixture.open(language), QString());
    QVERIFY(fixture.createWindow());
    QString id;
    QJsonObject before;
    auto dialog = editForm(fixture, &id, &before);
    Answerer answerer;

    OtherProgram other(fixture.path());
    QVERIFY(other.execute("BEGIN IMMEDIATE"));
    // The window's event loop, ticking every 20 ms: its longest gap is how long the window froze.
    Heartbeat ticker(20);
    auto* notice = dialog->saveAfterSync();
    QSignalSpy tries(notice, &SaveAfterSync::waitEnded);
    ticker.start();
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    // Tried again twice while the other program goes on writing: still waiting, nothing asked.
    QTRY_VERIFY_WITH_TIMEOUT(tries.count() >= 2, 10000);
    QVERIFY2(answerer.texts.isEmpty(), qPrintable(answerer.texts.join(QLatin1Char('\n'))));
    QVERIFY(dialog->isVisible());
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->reason(), SaveAfterSync::Reason::OtherProgram);
    if (language == QLatin1String("ar")) {
        QVERIFY2(!hasLatinLetters(notice->text()), qPrintable(notice->text()));
    } else {
        QVERIFY2(notice->text().contains(QLatin1String("Another program is writing to the catalogue")),
                 qPrintable(notice->text()));
    }
    QCOMPARE(fixture.catalogue->organisations().find(id)->value(QLatin1String("name_en")),
             before.value(QLatin1String("name_en")));
    QVERIFY2(ticker.longestGapMs() < 1000, qPrintable(ticker.describe()));

    // The other program finishes: the change is saved without another click.
    QVERIFY(other.execute("COMMIT"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(notice->isHidden());
    QCOMPARE(fixture.catalogue->organisations().find(id)->value(QLatin1String("name_en")).toString(),
             kEdited);
    QVERIFY2(answerer.texts.isEmpty(), qPrintable(answerer.texts.join(QLatin1Char('\n'))));
    QCOMPARE(fixture.catalogue->database().busyTimeout(), Database::kDefaultBusyTimeoutMs);
}

void TestWaitingSave::busySaveGivesUpInWords_data()
{
    languages();
}

void TestWaitingSave::busySaveGivesUpInWords()
{
    QFETCH(QString, language);
    GuiFixture fixture;
    QCOMPARE(fixture.open(language), QString());
    QVERIFY(fixture.createWindow());
    QString id;
    QJsonObject before;
    auto dialog = editForm(fixture, &id, &before);
    dialog->saveAfterSync()->setPatience(1500);
    Answerer answerer;
    answerer.role = QMessageBox::AcceptRole;

    OtherProgram other(fixture.path());
    QVERIFY(other.execute("BEGIN IMMEDIATE"));
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!answerer.texts.isEmpty(), 15000);
    const QString message = answerer.texts.first();
    // Every word in the window's language: what happened and what to do.
    if (language == QLatin1String("ar")) {
        QVERIFY2(!hasLatinLetters(message), qPrintable(message));
    } else {
        QVERIFY2(message.contains(QLatin1String("another program has been writing to the catalogue")) &&
                     message.contains(QLatin1String("press Save again")),
                 qPrintable(message));
    }
    QVERIFY2(!message.contains(QLatin1String("locked")), qPrintable(message));
    // The edit is still in the form, nothing waits any more, nothing was saved.
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->saveAfterSync()->isWaiting());
    QVERIFY(dialog->saveAfterSync()->isHidden());
    QCOMPARE(qobject_cast<QLineEdit*>(dialog->form()->editor(QStringLiteral("name_en")))->text(), kEdited);
    QCOMPARE(fixture.catalogue->organisations().find(id)->value(QLatin1String("name_en")),
             before.value(QLatin1String("name_en")));

    // Once the other program is done, Save saves.
    QVERIFY(other.execute("COMMIT"));
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(fixture.catalogue->organisations().find(id)->value(QLatin1String("name_en")).toString(),
             kEdited);
    QCOMPARE(answerer.texts.size(), 1);
}

void TestWaitingSave::cancelAsksBeforeDiscarding_data()
{
    languages();
}

void TestWaitingSave::cancelAsksBeforeDiscarding()
{
    QFETCH(QString, language);
    GuiFixture fixture;
    QCOMPARE(fixture.open(language), QString());
    QVERIFY(fixture.createWindow());
    QString id;
    QJsonObject before;
    auto dialog = editForm(fixture, &id, &before);
    auto* notice = dialog->saveAfterSync();
    Answerer answerer;

    // A first pull holds the catalogue: the save waits for it.
    std::optional<LongSyncWrite::Scope> pull;
    pull.emplace(fixture.catalogue->database().path());
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    QVERIFY(notice->isWaiting());
    QCOMPARE(notice->reason(), SaveAfterSync::Reason::FirstPull);

    // Cancel asks; "keep waiting" keeps the form and its waiting save.
    answerer.role = QMessageBox::RejectRole;
    dialog->buttons()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(answerer.names, QStringList{QStringLiteral("discardWaitingSave")});
    QVERIFY(dialog->isVisible());
    QVERIFY(notice->isWaiting());
    const QString question = answerer.texts.first() + answerer.buttons.first();
    if (language == QLatin1String("ar")) {
        QVERIFY2(!hasLatinLetters(question), qPrintable(question));
    } else {
        QVERIFY2(question.contains(QLatin1String("Discard your unsaved change?")), qPrintable(question));
    }
    // Escape (the window's close button) asks the same.
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QCOMPARE(answerer.names.size(), 2);
    QVERIFY(dialog->isVisible());

    // "Discard" closes the form, and the end of the pull saves nothing.
    answerer.role = QMessageBox::DestructiveRole;
    dialog->buttons()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(answerer.names.size(), 3);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(!notice->isWaiting());
    QSignalSpy released(&LongSyncWrite::instance(), &LongSyncWrite::released);
    pull.reset();
    QVERIFY(released.count() == 1 || released.wait(30000));
    QCoreApplication::processEvents();
    QCOMPARE(fixture.catalogue->organisations().find(id)->value(QLatin1String("name_en")),
             before.value(QLatin1String("name_en")));

    // A form with nothing waiting closes without a question.
    auto plain = editForm(fixture, &id, &before);
    plain->buttons()->button(QDialogButtonBox::Cancel)->click();
    QVERIFY(!plain->isVisible());
    QCOMPARE(answerer.names.size(), 3);
}

void TestWaitingSave::quitAsksAndWaits_data()
{
    languages();
}

void TestWaitingSave::quitAsksAndWaits()
{
    QFETCH(QString, language);
    GuiFixture fixture;
    QCOMPARE(fixture.open(language), QString());
    MainWindow* window = fixture.createWindow();
    QVERIFY(window);
    QString id;
    QJsonObject before;
    auto dialog = editForm(fixture, &id, &before);
    Answerer answerer;

    std::optional<LongSyncWrite::Scope> pull;
    pull.emplace(fixture.catalogue->database().path());
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    QVERIFY(dialog->saveAfterSync()->isWaiting());

    // Quitting asks; "keep editing" keeps everything open.
    answerer.role = QMessageBox::RejectRole;
    QVERIFY(!window->close());
    QCOMPARE(answerer.names, QStringList{QStringLiteral("quitWithWaitingSave")});
    const QString question = answerer.texts.first() + answerer.buttons.first();
    if (language == QLatin1String("ar")) {
        QVERIFY2(!hasLatinLetters(question), qPrintable(question));
    } else {
        QVERIFY2(question.contains(QLatin1String("Wait, then quit")), qPrintable(question));
    }
    QVERIFY(window->isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->saveAfterSync()->isWaiting());

    // "Wait": the window stays until the pull ends and the change is saved, then closes by itself.
    waitThenQuit(answerer, window, dialog.get(), pull, [window] { QVERIFY(!window->close()); });
    if (QTest::currentTestFailed()) {
        return;
    }
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(fixture.catalogue->organisations().find(id)->value(QLatin1String("name_en")).toString(),
             kEdited);
    QCOMPARE(answerer.names.size(), 2);
}

void TestWaitingSave::formOpenedFromTheProfileStopsBlockingOnceItWaits()
{
    // The edit form as the profile's Edit opens it: modal while the person edits. Once its save
    // waits for a first pull, it no longer blocks the window: a click on the window reaches it,
    // and so does the window system's close (Qt drops it for a window a modal dialog blocks, and
    // quitting did nothing); quitting asks, waits and loses nothing.
    GuiFixture fixture;
    QCOMPARE(fixture.open(QStringLiteral("ar")), QString());
    MainWindow* window = fixture.createWindow();
    QVERIFY(window);
    QString id;
    fixture.catalogue->organisations().forEach([&](const QJsonObject& row) {
        if (id.isEmpty()) {
            id = row.value(QLatin1String("id")).toString();
        }
    });
    window->directory()->selectOrganisation(id);
    Answerer answerer;
    std::optional<LongSyncWrite::Scope> pull;
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        QPointer<RecordEditDialog> dialog =
            qobject_cast<RecordEditDialog*>(QApplication::activeModalWidget());
        // A failed check returns early: never leave the form open, or Edit never returns.
        auto close = qScopeGuard([&] {
            pull.reset();
            if (dialog && dialog->isVisible()) {
                dialog->saveAfterSync()->discard();
                dialog->done(QDialog::Rejected);
            }
        });
        QVERIFY2(dialog, "Edit opened no modal form");
        QVERIFY(dialog->blocksWindows());
        auto* field = qobject_cast<QLineEdit*>(dialog->form()->editor(QStringLiteral("name_en")));
        QVERIFY(field);
        field->selectAll();
        typeText(field, kEdited);
        pull.emplace(fixture.catalogue->database().path());
        dialog->buttons()->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog->saveAfterSync()->isWaiting());
        QVERIFY(dialog->isVisible());
        QCOMPARE(qobject_cast<QLineEdit*>(dialog->form()->editor(QStringLiteral("name_en")))->text(),
                 kEdited);

        // Nothing blocks the window any more: Qt hands it the window system's clicks and close.
        QCOMPARE(QGuiApplication::modalWindow(), nullptr);
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QVERIFY(!dialog->blocksWindows());

        // Quitting asks; "keep editing" keeps the form, its text and its waiting save.
        answerer.role = QMessageBox::RejectRole;
        QVERIFY(!window->close());
        QCOMPARE(answerer.names, QStringList{QStringLiteral("quitWithWaitingSave")});
        QVERIFY(dialog->isVisible() && dialog->saveAfterSync()->isWaiting());
        // "Wait, then quit": the change is saved when the pull ends, then the window closes.
        answerer.role = QMessageBox::AcceptRole;
        QVERIFY(!window->close());
        QVERIFY(window->isVisible());
        pull.reset();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        checked = true;
    });
    window->directory()->profile()->editOrganisation(id); // returns once the form is closed
    QVERIFY(checked);
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(fixture.catalogue->organisations().find(id)->value(QLatin1String("name_en")).toString(),
             kEdited);
    QCOMPARE(answerer.names.size(), 2);
}

QString TestWaitingSave::whileAProfileFormWaits(GuiFixture& fixture,
                                                std::optional<LongSyncWrite::Scope>& pull,
                                                const std::function<void(RecordEditDialog*)>& work)
{
    QString id;
    fixture.catalogue->organisations().forEach([&](const QJsonObject& row) {
        if (id.isEmpty()) {
            id = row.value(QLatin1String("id")).toString();
        }
    });
    MainWindow* window = fixture.window.get();
    window->directory()->selectOrganisation(id);
    QTimer::singleShot(0, this, [&] {
        QPointer<RecordEditDialog> dialog =
            qobject_cast<RecordEditDialog*>(QApplication::activeModalWidget());
        // A failed check returns early: never leave the form open, or Edit never returns.
        auto close = qScopeGuard([&] {
            pull.reset();
            if (dialog && dialog->isVisible()) {
                dialog->saveAfterSync()->discard();
                dialog->done(QDialog::Rejected);
            }
        });
        QVERIFY2(dialog, "Edit opened no modal form");
        auto* field = qobject_cast<QLineEdit*>(dialog->form()->editor(QStringLiteral("name_en")));
        QVERIFY(field);
        field->selectAll();
        typeText(field, kEdited);
        pull.emplace(fixture.catalogue->database().path());
        dialog->buttons()->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog->saveAfterSync()->isWaiting());
        QVERIFY(!dialog->blocksWindows());
        work(dialog);
    });
    window->directory()->profile()->editOrganisation(id); // returns once the form is closed
    return id;
}

void TestWaitingSave::ctrlQInTheWaitingFormAsksThenQuits()
{
    // The form whose save waits has the keyboard: Ctrl+Q there asks the question closing the
    // window asks, and "Wait, then quit" saves the change and quits. (It did nothing: the
    // shortcut belonged to the main window, which was not the active one.)
    GuiFixture fixture;
    QCOMPARE(fixture.open(QStringLiteral("ar")), QString());
    MainWindow* window = fixture.createWindow();
    QVERIFY(window);
    Answerer answerer;
    std::optional<LongSyncWrite::Scope> pull;
    bool checked = false;
    const QString id = whileAProfileFormWaits(fixture, pull, [&](RecordEditDialog* dialog) {
        auto* field = qobject_cast<QLineEdit*>(dialog->form()->editor(QStringLiteral("name_en")));
        // Typing in the form (the offscreen platform activates no window by itself once the
        // question is answered: the form is activated again, as the window manager would).
        auto pressCtrlQ = [&] {
            dialog->activateWindow();
            QApplication::setActiveWindow(dialog);
            QVERIFY(QTest::qWaitForWindowActive(dialog, 30000));
            field->setFocus();
            QTRY_COMPARE(QApplication::activeWindow(), dialog);
            QTest::keyClick(field, Qt::Key_Q, Qt::ControlModifier);
        };

        // "Keep editing": the form, its text and its waiting save stay, and so does the window.
        answerer.role = QMessageBox::RejectRole;
        pressCtrlQ();
        QCOMPARE(answerer.names, QStringList{QStringLiteral("quitWithWaitingSave")});
        QVERIFY2(!hasLatinLetters(answerer.texts.first() + answerer.buttons.first()),
                 qPrintable(answerer.texts.first()));
        QVERIFY(window->isVisible());
        QVERIFY(dialog->isVisible() && dialog->saveAfterSync()->isWaiting());
        QCOMPARE(field->text(), kEdited);

        // "Wait, then quit": saved once the pull ends, then the window goes.
        waitThenQuit(answerer, window, dialog, pull, pressCtrlQ);
        checked = !QTest::currentTestFailed();
    });
    QVERIFY(checked);
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(fixture.catalogue->organisations().find(id)->value(QLatin1String("name_en")).toString(),
             kEdited);
    QCOMPARE(answerer.names.size(), 2);
}

void TestWaitingSave::ctrlQInAnOpenFormAsksThenQuits()
{
    // The organisation's form is open (it blocks the window; no save waits) with a change typed
    // in: Ctrl+Q there asks about the change, in the window's language, as quitting the window
    // does. "Keep editing" keeps the form, its text and the window; "Save and quit" saves the
    // change and the window closes. (Ctrl+Q did nothing while a form was open.)
    GuiFixture fixture;
    QCOMPARE(fixture.open(QStringLiteral("ar")), QString());
    MainWindow* window = fixture.createWindow();
    QVERIFY(window);
    Answerer answerer;
    QString id;
    fixture.catalogue->organisations().forEach([&](const QJsonObject& row) {
        if (id.isEmpty()) {
            id = row.value(QLatin1String("id")).toString();
        }
    });
    window->directory()->selectOrganisation(id);
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        QPointer<RecordEditDialog> dialog =
            qobject_cast<RecordEditDialog*>(QApplication::activeModalWidget());
        auto close = qScopeGuard([&] {
            if (dialog && dialog->isVisible()) {
                dialog->done(QDialog::Rejected);
            }
        });
        QVERIFY2(dialog, "Edit opened no modal form");
        QVERIFY(dialog->blocksWindows());
        auto* field = qobject_cast<QLineEdit*>(dialog->form()->editor(QStringLiteral("name_en")));
        QVERIFY(field);
        field->selectAll();
        typeText(field, kEdited);
        auto pressCtrlQ = [&] {
            dialog->activateWindow();
            QApplication::setActiveWindow(dialog);
            QVERIFY(QTest::qWaitForWindowActive(dialog, 30000));
            field->setFocus();
            QTest::keyClick(field, Qt::Key_Q, Qt::ControlModifier);
        };
        answerer.role = QMessageBox::RejectRole;
        pressCtrlQ();
        QCOMPARE(answerer.names, QStringList{QStringLiteral("quitWithOpenForm")});
        QVERIFY2(!hasLatinLetters(answerer.texts.first() + answerer.buttons.first()),
                 qPrintable(answerer.texts.first() + answerer.buttons.first()));
        QVERIFY(dialog->isVisible());
        QVERIFY(window->isVisible());
        QCOMPARE(field->text(), kEdited);

        answerer.role = QMessageBox::AcceptRole;
        pressCtrlQ();
        QCOMPARE(answerer.names.size(), 2);
        // The form closes once its change is saved. Saved at once on a quiet machine; on a loaded
        // one the first short try can meet another writer of the catalogue, and the form then
        // waits and saves by itself a moment later (the window asks "wait, then quit", answered
        // yes). Rejecting the form here would drop that waiting change with it.
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        checked = !QTest::currentTestFailed();
    });
    window->directory()->profile()->editOrganisation(id); // returns once the form is closed
    QVERIFY(checked);
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(fixture.catalogue->organisations().find(id)->value(QLatin1String("name_en")).toString(),
             kEdited);
}

void TestWaitingSave::closeRequestAsksAndLosesNothing()
{
    // The window asked to close as the window system asks it (a close request to its native
    // window, which Qt turns into a QCloseEvent) while a form's save waits: the question, in the
    // window's language. "Keep editing" keeps the window, the form and its text; the change goes
    // only when the user says "Discard and quit", and the window with it.
    GuiFixture fixture;
    QCOMPARE(fixture.open(QStringLiteral("en")), QString());
    MainWindow* window = fixture.createWindow();
    QVERIFY(window);
    QVERIFY(window->windowHandle());
    Answerer answerer;
    std::optional<LongSyncWrite::Scope> pull;
    bool checked = false;
    QJsonObject before;
    fixture.catalogue->organisations().forEach([&](const QJsonObject& row) {
        if (before.isEmpty()) {
            before = row;
        }
    });
    const QString id = whileAProfileFormWaits(fixture, pull, [&](RecordEditDialog* dialog) {
        answerer.role = QMessageBox::RejectRole;
        QVERIFY(!window->windowHandle()->close());
        QCOMPARE(answerer.names, QStringList{QStringLiteral("quitWithWaitingSave")});
        QVERIFY2(answerer.buttons.first().contains(QLatin1String("Discard and quit")),
                 qPrintable(answerer.buttons.first()));
        QVERIFY(window->isVisible());
        QVERIFY(dialog->isVisible() && dialog->saveAfterSync()->isWaiting());
        QCOMPARE(qobject_cast<QLineEdit*>(dialog->form()->editor(QStringLiteral("name_en")))->text(),
                 kEdited);

        // The same through QWidget::close(): the same question.
        QVERIFY(!window->close());
        QCOMPARE(answerer.names.size(), 2);
        QVERIFY(dialog->isVisible() && dialog->saveAfterSync()->isWaiting());

        // "Discard and quit": the form goes without saving, and the window with it.
        answerer.role = QMessageBox::DestructiveRole;
        QVERIFY(window->windowHandle()->close());
        QCOMPARE(answerer.names.size(), 3);
        QVERIFY(!dialog->isVisible());
        QVERIFY(!window->isVisible());
        checked = true;
    });
    QVERIFY(checked);
    QCOMPARE(fixture.catalogue->organisations().find(id)->value(QLatin1String("name_en")),
             before.value(QLatin1String("name_en")));
}

DALIL_GUI_TEST_MAIN(TestWaitingSave)
#include "tst_waitingsave.moc"
