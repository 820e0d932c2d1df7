// Everything the catalogue holds can be edited from the window: events with their sessions (add,
// edit, delete, undo, redo, messages at the field in the UI language, keyboard), resources deleted
// and their local copies removed, and the buttons of each office and contact saying which one they
// act on. Each test runs in Arabic and in English.
#include "FormInput.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "catalogue/AttachmentStore.h"
#include "catalogue/SampleCatalogue.h"
#include "directory/DirectoryView.h"
#include "events/EventEditDialog.h"
#include "events/EventsView.h"
#include "main/CatalogueDocument.h"
#include "main/Display.h"
#include "profile/ProfileView.h"
#include "profile/RecordForm.h"
#include "resources/ResourcesView.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace dalil;

namespace {

// Runs `work` on the modal window of type T that the next call opens, as soon as it is up (a
// timer looks for it; it does not sleep), then lets that call return.
template <typename T> void onNextModal(QObject* context, std::function<void(T*)> work)
{
    auto* timer = new QTimer(context);
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, context, [timer, work] {
        auto* modal = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!modal || !modal->isVisible()) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        work(modal);
        if (modal->isVisible()) { // a failed check returned early: never leave it blocking the test
            if (auto* dialog = qobject_cast<QDialog*>(modal)) {
                dialog->reject();
            }
        }
    });
    timer->start();
}

void answerNextQuestion(QObject* context, QMessageBox::StandardButton answer, QString* asked = nullptr)
{
    onNextModal<QMessageBox>(context, [answer, asked](QMessageBox* box) {
        if (asked) {
            *asked = box->text();
        }
        box->button(answer)->click();
    });
}

bool showsError(RecordForm* form, const QString& field)
{
    QLabel* error = form->errorLabel(field);
    return error && error->isVisibleTo(form) && !error->text().isEmpty();
}

int rowOf(QTableWidget* table, const QString& id)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->data(Qt::UserRole + 1).toString() == id) {
            return r;
        }
    }
    return -1;
}

QString ercId()
{
    return SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("erc"));
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void eventAddedWithSessionsThenUndoneAndRedone_data();
    void eventAddedWithSessionsThenUndoneAndRedone();
    void eventEditedAndDeletedWithConfirmation_data();
    void eventEditedAndDeletedWithConfirmation();
    void resourceDeletedAndLocalCopyRemoved_data();
    void resourceDeletedAndLocalCopyRemoved();
    void officeAndContactButtonsSayWhichOne_data();
    void officeAndContactButtonsSayWhichOne();

private:
    void languages();

    test::GuiFixture m_fixture;
};

void TestEditing::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ar") << QStringLiteral("ar");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestEditing::cleanup()
{
    m_fixture.close();
}

void TestEditing::eventAddedWithSessionsThenUndoneAndRedone_data()
{
    languages();
}

void TestEditing::eventAddedWithSessionsThenUndoneAndRedone()
{
    QFETCH(QString, language);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    const bool arabic = language == QLatin1String("ar");
    window->tabs()->setCurrentIndex(MainWindow::EventsTab);
    EventsView* events = window->events();
    QVERIFY(events);
    QTRY_VERIFY(events->addButton()->isVisible());
    QVERIFY(!events->addButton()->accessibleName().isEmpty());
    const qint64 before = m_fixture.catalogue->events().count();
    const QString title = QStringLiteral("ملتقى الشباب ٢٠٢٧ للتطوع");
    bool checked = false;
    onNextModal<EventEditDialog>(this, [&](EventEditDialog* dialog) {
        RecordForm* form = dialog->form();
        QPushButton* save = dialog->buttons()->button(QDialogButtonBox::Save);
        // Nothing typed: a title, a start and a time zone are required, each said at its field.
        QVERIFY(!save->isEnabled());
        QVERIFY(showsError(form, QStringLiteral("title_ar")));
        QVERIFY(showsError(form, QStringLiteral("start_utc")));
        QVERIFY(showsError(form, QStringLiteral("tz")));
        // In the UI language: Arabic is not the English source.
        QCOMPARE(form->errorLabel(QStringLiteral("title_ar"))->text().contains(QLatin1String("title")),
                 !arabic);
        test::setFormText(form, QStringLiteral("title_ar"), title);
        QVERIFY(!showsError(form, QStringLiteral("title_ar")));
        test::setFormText(form, QStringLiteral("start_utc"), QStringLiteral("2027-03-10T07:00:00Z"));
        test::setFormText(form, QStringLiteral("end_utc"), QStringLiteral("2027-03-09T15:00:00Z"));
        QVERIFY(showsError(form, QStringLiteral("end_utc"))); // ends before it starts
        test::setFormText(form, QStringLiteral("end_utc"), QStringLiteral("2027-03-11T15:00:00Z"));
        QVERIFY(!showsError(form, QStringLiteral("end_utc")));
        test::setFormText(form, QStringLiteral("tz"), QStringLiteral("Asia/Ammann"));
        QVERIFY(showsError(form, QStringLiteral("tz")));
        QCOMPARE(form->errorLabel(QStringLiteral("tz"))->text().contains(QLatin1String("time zone")),
                 !arabic);
        test::setFormText(form, QStringLiteral("tz"), QStringLiteral("Asia/Amman"));
        QVERIFY(!showsError(form, QStringLiteral("tz")));
        test::setFormText(form, QStringLiteral("languages"), QStringLiteral("ar, english"));
        QVERIFY(showsError(form, QStringLiteral("languages")));
        test::setFormText(form, QStringLiteral("languages"), QStringLiteral("ar, en"));
        QVERIFY(!showsError(form, QStringLiteral("languages")));
        QVERIFY(save->isEnabled());
        // 07:00 UTC is 10:00 in Amman.
        QVERIFY2(dialog->localTimeHint()->isVisibleTo(dialog),
                 qPrintable(dialog->localTimeHint()->text() +
                            QString::number(dialog->localTimeHint()->isHidden()) +
                            QString::number(dialog->isVisible())));
        QVERIFY2(dialog->localTimeHint()->text().contains(QStringLiteral("Asia/Amman")),
                 qPrintable(dialog->localTimeHint()->text()));

        // A session needs a title and a time, and ends after it starts.
        dialog->addSessionButton()->click();
        QCOMPARE(dialog->sessionForms().size(), 1);
        RecordForm* session = dialog->sessionForms().first();
        QVERIFY(!save->isEnabled());
        QVERIFY(showsError(session, QStringLiteral("title_ar")));
        QVERIFY(showsError(session, QStringLiteral("start_utc")));
        // The new session's first field has the keyboard focus.
        QTRY_COMPARE(dialog->focusWidget(), session->editor(QStringLiteral("title_ar")));
        test::setFormText(session, QStringLiteral("title_ar"), QStringLiteral("الجلسة الافتتاحية"));
        test::setFormText(session, QStringLiteral("start_utc"), QStringLiteral("2027-03-10T08:00:00Z"));
        test::setFormText(session, QStringLiteral("end_utc"), QStringLiteral("2027-03-10T07:30:00Z"));
        QVERIFY(showsError(session, QStringLiteral("end_utc")));
        QVERIFY(!save->isEnabled());
        test::setFormText(session, QStringLiteral("end_utc"), QStringLiteral("2027-03-10T09:30:00Z"));
        test::setFormText(session, QStringLiteral("language"), QStringLiteral("ar"));
        QVERIFY(!showsError(session, QStringLiteral("end_utc")));
        // A second session, then taken away again.
        dialog->addSessionButton()->click();
        QCOMPARE(dialog->sessionForms().size(), 2);
        QVERIFY(!save->isEnabled());
        auto* remove = dialog->findChildren<QPushButton*>(QStringLiteral("removeSession")).last();
        QVERIFY(!remove->accessibleName().isEmpty());
        remove->click();
        QCOMPARE(dialog->sessionForms().size(), 1);
        QVERIFY(save->isEnabled());
        save->click();
        checked = true;
    });
    events->addButton()->click();
    QVERIFY(checked);
    QCOMPARE(m_fixture.catalogue->events().count(), before + 1);
    QString id;
    m_fixture.catalogue->events().forEach([&](const QJsonObject& row) {
        if (row.value(QLatin1String("title_ar")).toString() == title) {
            id = row.value(QLatin1String("id")).toString();
        }
    });
    QVERIFY(!id.isEmpty());
    const auto saved = m_fixture.catalogue->events().find(id);
    QCOMPARE(saved->value(QLatin1String("tz")).toString(), QStringLiteral("Asia/Amman"));
    QCOMPARE(saved->value(QLatin1String("languages")).toArray().size(), 2);
    QCOMPARE(m_fixture.catalogue->eventSessions().where("event_id", id).size(), 1);
    // The list shows it, chosen, with its session.
    QVERIFY(rowOf(events->table(), id) >= 0);
    QCOMPARE(events->sessions()->topLevelItemCount(), 1);

    // One step undoes the event with its sessions; redo brings both back.
    window->undoAction()->trigger();
    QVERIFY(!m_fixture.catalogue->events().find(id));
    QCOMPARE(m_fixture.catalogue->eventSessions().where("event_id", id).size(), 0);
    QCOMPARE(rowOf(events->table(), id), -1);
    window->redoAction()->trigger();
    QVERIFY(m_fixture.catalogue->events().find(id));
    QCOMPARE(m_fixture.catalogue->eventSessions().where("event_id", id).size(), 1);
    QVERIFY(events->selectEvent(id));
}

void TestEditing::eventEditedAndDeletedWithConfirmation_data()
{
    languages();
}

void TestEditing::eventEditedAndDeletedWithConfirmation()
{
    QFETCH(QString, language);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    window->tabs()->setCurrentIndex(MainWindow::EventsTab);
    EventsView* events = window->events();
    const QString id =
        SampleCatalogue::idFor(QStringLiteral("event"), QStringLiteral("cpha-annual-meeting-2026"));
    const auto original = m_fixture.catalogue->events().find(id);
    QVERIFY(original);
    const int sessions = int(m_fixture.catalogue->eventSessions().where("event_id", id).size());
    QVERIFY(sessions > 1);
    QVERIFY(events->selectEvent(id));

    // Enter on the list opens the event with its sessions; a new title and one session fewer.
    const QString renamed = QStringLiteral("الاجتماع السنوي — نسخة مُعدَّلة");
    bool checked = false;
    onNextModal<EventEditDialog>(this, [&](EventEditDialog* dialog) {
        QCOMPARE(dialog->sessionForms().size(), sessions);
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled());
        test::setFormText(dialog->form(), QStringLiteral("title_ar"), renamed);
        dialog->findChildren<QPushButton*>(QStringLiteral("removeSession")).first()->click();
        dialog->buttons()->button(QDialogButtonBox::Save)->click();
        checked = true;
    });
    events->table()->setFocus();
    QTest::keyClick(events->table(), Qt::Key_Return);
    QVERIFY(checked);
    QCOMPARE(m_fixture.catalogue->events().find(id)->value(QLatin1String("title_ar")).toString(), renamed);
    QCOMPARE(int(m_fixture.catalogue->eventSessions().where("event_id", id).size()), sessions - 1);
    window->undoAction()->trigger();
    QCOMPARE(m_fixture.catalogue->events().find(id)->value(QLatin1String("title_ar")),
             original->value(QLatin1String("title_ar")));
    QCOMPARE(int(m_fixture.catalogue->eventSessions().where("event_id", id).size()), sessions);

    // Delete asks first: "No" keeps it; the question names the event.
    QVERIFY(events->selectEvent(id));
    QString asked;
    answerNextQuestion(this, QMessageBox::No, &asked);
    events->table()->setFocus();
    QTest::keyClick(events->table(), Qt::Key_Delete);
    QVERIFY(asked.contains(dalil::Display::localised(*original, QStringLiteral("title"))));
    QVERIFY(m_fixture.catalogue->events().find(id));
    answerNextQuestion(this, QMessageBox::Yes);
    events->deleteButton()->click();
    QVERIFY(!m_fixture.catalogue->events().find(id));
    QCOMPARE(m_fixture.catalogue->eventSessions().where("event_id", id).size(), 0);
    QCOMPARE(rowOf(events->table(), id), -1);
    // Undo brings the event back with every session.
    window->undoAction()->trigger();
    QVERIFY(m_fixture.catalogue->events().find(id));
    QCOMPARE(int(m_fixture.catalogue->eventSessions().where("event_id", id).size()), sessions);
    QVERIFY(events->selectEvent(id));
}

void TestEditing::resourceDeletedAndLocalCopyRemoved_data()
{
    languages();
}

void TestEditing::resourceDeletedAndLocalCopyRemoved()
{
    QFETCH(QString, language);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    window->tabs()->setCurrentIndex(MainWindow::ResourcesTab);
    ResourcesView* resources = window->resources();
    QVERIFY(resources);
    const QString id = window->document().saveRecord(
        QStringLiteral("resource"),
        {{QStringLiteral("title_ar"), QStringLiteral("دليل لجان المياه المجتمعية")},
         {QStringLiteral("title_en"), QStringLiteral("Guide to community water committees")},
         {QStringLiteral("kind"), QStringLiteral("guideline")},
         {QStringLiteral("year"), 2024}},
        QStringLiteral("add"));
    QVERIFY(!id.isEmpty());
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("water-guide.pdf"));
    QFile file(original);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 دليل");
    file.close();
    QCOMPARE(resources->attachFile(id, original), QString());
    AttachmentStore store(*m_fixture.catalogue);
    const QString kept = store.localPath(id);
    QVERIFY(QFile::exists(kept));
    QTableWidget* table = resources->table();
    table->setCurrentCell(rowOf(table, id), 0);
    QPushButton* removeLocal = resources->removeLocalButton();
    QVERIFY(removeLocal->isEnabled());
    QVERIFY(!removeLocal->accessibleName().isEmpty());

    // "No" keeps the copy.
    answerNextQuestion(this, QMessageBox::No);
    removeLocal->click();
    QVERIFY(QFile::exists(kept));
    QCOMPARE(store.localPath(id), kept);
    // "Yes": the record no longer names it and the kept file is gone from the folder.
    answerNextQuestion(this, QMessageBox::Yes);
    removeLocal->click();
    QVERIFY(
        m_fixture.catalogue->resources().find(id)->value(QLatin1String("local_file")).toString().isEmpty());
    QVERIFY(!QFile::exists(kept));
    QVERIFY(store.localPath(id).isEmpty());
    QVERIFY(table->item(rowOf(table, id), ResourcesView::LocalColumn)->text().isEmpty());
    QVERIFY(!removeLocal->isEnabled());
    // Undo puts the same file back; redo takes it away again.
    window->undoAction()->trigger();
    QCOMPARE(store.localPath(id), kept);
    QFile back(kept);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), QByteArray("%PDF-1.4 دليل"));
    back.close();
    QVERIFY(!table->item(rowOf(table, id), ResourcesView::LocalColumn)->text().isEmpty());
    window->redoAction()->trigger();
    QVERIFY(!QFile::exists(kept));
    QVERIFY(store.localPath(id).isEmpty());

    // Delete asks first; "Yes" removes it from the library, undo brings it back.
    table->setCurrentCell(rowOf(table, id), 0);
    QPushButton* remove = resources->deleteButton();
    QVERIFY(remove->isEnabled());
    QVERIFY(!remove->accessibleName().isEmpty());
    answerNextQuestion(this, QMessageBox::No);
    remove->click();
    QVERIFY(m_fixture.catalogue->resources().find(id));
    QString asked;
    answerNextQuestion(this, QMessageBox::Yes, &asked);
    remove->click();
    QVERIFY(asked.contains(language == QLatin1String("ar") ? QStringLiteral("دليل لجان المياه")
                                                           : QStringLiteral("Guide to community water")));
    QVERIFY(!m_fixture.catalogue->resources().find(id));
    QCOMPARE(rowOf(table, id), -1);
    window->undoAction()->trigger();
    QVERIFY(m_fixture.catalogue->resources().find(id));
    QVERIFY(rowOf(table, id) >= 0);
}

void TestEditing::officeAndContactButtonsSayWhichOne_data()
{
    languages();
}

void TestEditing::officeAndContactButtonsSayWhichOne()
{
    QFETCH(QString, language);
    MainWindow* window = m_fixture.openActiveWindow(language);
    QVERIFY(window);
    ProfileView* profile = window->directory()->profile();
    window->directory()->selectOrganisation(ercId());
    QTRY_COMPARE(profile->organisationId(), ercId());
    const bool arabic = language == QLatin1String("ar");
    for (const char* kind : {"Office", "Contact"}) {
        for (const char* action : {"edit", "delete"}) {
            const QString name = QLatin1String(action) + QLatin1String(kind);
            QStringList names;
            for (QToolButton* button : profile->findChildren<QToolButton*>(name)) {
                if (button->isVisibleTo(profile)) {
                    names.append(button->accessibleName());
                }
            }
            QVERIFY2(!names.isEmpty(), qPrintable(name));
            // Each button names its office or contact: no two alike, none just "Delete".
            QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
            for (const QString& accessible : std::as_const(names)) {
                QVERIFY2(accessible != profile->findChildren<QToolButton*>(name).first()->text(),
                         qPrintable(accessible));
            }
        }
    }
    auto namesOf = [&](const QString& objectName) {
        QStringList names;
        for (QToolButton* button : profile->findChildren<QToolButton*>(objectName)) {
            if (button->isVisibleTo(profile)) {
                names.append(button->accessibleName());
            }
        }
        return names.join(QLatin1Char('|'));
    };
    const QString offices = namesOf(QStringLiteral("deleteOffice"));
    QVERIFY2(offices.contains(QStringLiteral("Alexandria")), qPrintable(offices));
    QVERIFY2(offices.contains(arabic ? QStringLiteral("المقر الرئيسي") : QStringLiteral("Headquarters")),
             qPrintable(offices));
    // "Delete office …" in the UI language.
    QCOMPARE(offices.contains(QStringLiteral("Delete office")), !arabic);
    const QString contacts = namesOf(QStringLiteral("editContact"));
    QVERIFY2(contacts.contains(QStringLiteral("General enquiries")), qPrintable(contacts));
}

DALIL_GUI_TEST_MAIN(TestEditing)
#include "tst_editing.moc"
