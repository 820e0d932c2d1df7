// An event's times are typed as the clocks at the event show them (its own time zone) and kept in
// UTC, in Arabic as in English: across daylight-saving changes (Cairo, Beirut), a time the clocks
// jump over is refused at its field, one they pass twice is read as the first and said so, and
// the sessions follow the event's zone when it changes.
#include "FormInput.h"
#include "GuiFixture.h"

#include "common/WallClock.h"
#include "events/EventEditDialog.h"
#include "main/CatalogueDocument.h"
#include "main/Display.h"
#include "profile/RecordForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace dalil;

namespace {

QString errorOf(RecordForm* form, const QString& field)
{
    QLabel* error = form->errorLabel(field);
    return error && error->isVisibleTo(form) ? error->text() : QString();
}

void row(const char* name, const char* zone, const char* typed, const char* utc, const char* later)
{
    QTest::newRow(name) << QString::fromUtf8(zone) << QString::fromUtf8(typed) << QString::fromUtf8(utc)
                        << QString::fromUtf8(later);
}

QString utcOf(RecordForm* form, const char* field)
{
    return form->record().value(QLatin1String(field)).toString();
}

// What a session's block shows of the instant kept for `utc` (a UTC time of 20 April 2026):
// the text of its visible label that gives that instant as the event's own hint does, or empty.
QString sessionHintFor(RecordForm* session, int hour, int minute)
{
    const QTimeZone utc = QTimeZone::utc();
    const QString instant =
        dalil::Display::dateTime(QDateTime(QDate(2026, 4, 20), QTime(hour, minute), utc), utc);
    QWidget* box = session->parentWidget();
    for (QLabel* label : box->findChildren<QLabel*>()) {
        if (label->isVisibleTo(box) && label->text().contains(instant)) {
            return label->text();
        }
    }
    return {};
}

} // namespace

class TestEventTimes : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_fixture.close(); }
    void readsTheWallClockAcrossDst_data();
    void readsTheWallClockAcrossDst();
    void eventAndSessionsTypedInTheEventsZone_data();
    void eventAndSessionsTypedInTheEventsZone();

private:
    test::GuiFixture m_fixture;
};

void TestEventTimes::readsTheWallClockAcrossDst_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("utc");   // empty: refused
    QTest::addColumn<QString>("later"); // the second reading of a time the clocks pass twice
    // Cairo: UTC+2, UTC+3 from 24 April 2026 00:00 (→ 01:00) to 29 October 24:00 (→ 23:00).
    row("Cairo winter", "Africa/Cairo", "2026-02-10T12:00", "2026-02-10T10:00:00Z", "");
    row("Cairo summer", "Africa/Cairo", "2026-07-01T12:00", "2026-07-01T09:00:00Z", "");
    row("Cairo before the change", "Africa/Cairo", "2026-04-23T23:30", "2026-04-23T21:30:00Z", "");
    row("Cairo jumped over", "Africa/Cairo", "2026-04-24T00:30", "", "");
    row("Cairo after the jump", "Africa/Cairo", "2026-04-24T01:30", "2026-04-23T22:30:00Z", "");
    row("Cairo twice", "Africa/Cairo", "2026-10-29T23:30", "2026-10-29T20:30:00Z", "2026-10-29T21:30:00Z");
    row("Cairo after going back", "Africa/Cairo", "2026-10-30T00:30", "2026-10-29T22:30:00Z", "");
    row("Cairo, Arabic-Indic digits", "Africa/Cairo", "٢٠٢٦-٠٧-٠١ ١٢:٠٠", "2026-07-01T09:00:00Z", "");
    row("Cairo, offset typed", "Africa/Cairo", "2026-10-29T23:30:00+02:00", "2026-10-29T21:30:00Z", "");
    // Beirut: UTC+2, UTC+3 from 29 March 2026 00:00 (→ 01:00) to 25 October 00:00 (→ 24 Oct 23:00).
    row("Beirut jumped over", "Asia/Beirut", "2026-03-29T00:30", "", "");
    row("Beirut after the jump", "Asia/Beirut", "2026-03-29T01:30", "2026-03-28T22:30:00Z", "");
    row("Beirut twice", "Asia/Beirut", "2026-10-24T23:30", "2026-10-24T20:30:00Z", "2026-10-24T21:30:00Z");
    row("Beirut after going back", "Asia/Beirut", "2026-10-25T09:00", "2026-10-25T07:00:00Z", "");
    row("not a time", "Asia/Beirut", "2026-13-01T09:00", "", "");
}

void TestEventTimes::readsTheWallClockAcrossDst()
{
    QFETCH(QString, zone);
    QFETCH(QString, typed);
    QFETCH(QString, utc);
    QFETCH(QString, later);
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    const WallClock::Reading reading = WallClock::read(typed, tz);
    if (utc.isEmpty()) {
        QVERIFY(!reading.instant.isValid());
        QVERIFY(!reading.error.isEmpty());
        return;
    }
    QVERIFY2(reading.error.isEmpty(), qPrintable(reading.error));
    QCOMPARE(WallClock::utcText(reading.instant), utc);
    QCOMPARE(reading.ambiguous, !later.isEmpty());
    if (!later.isEmpty()) {
        QCOMPARE(WallClock::utcText(reading.later), later);
    }
    // Shown back as it was typed (the first of two readings included).
    if (!typed.contains(QLatin1Char('+'))) {
        QCOMPARE(WallClock::read(WallClock::text(reading.instant, tz), tz).instant, reading.instant);
    }
}

void TestEventTimes::eventAndSessionsTypedInTheEventsZone_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ar") << QStringLiteral("ar");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestEventTimes::eventAndSessionsTypedInTheEventsZone()
{
    QFETCH(QString, language);
    const bool arabic = language == QLatin1String("ar");
    QCOMPARE(m_fixture.open(language), QString());
    CatalogueDocument document(*m_fixture.catalogue);
    QString eventId;
    {
        EventEditDialog dialog(document, QString());
        dialog.show();
        RecordForm* form = dialog.form();
        // The fields say the times are the event's, not UTC.
        for (QLabel* label : form->findChildren<QLabel*>()) {
            if (label->buddy() == form->editor(QStringLiteral("start_utc"))) {
                QVERIFY2(!label->text().contains(QLatin1String("UTC")), qPrintable(label->text()));
            }
        }
        test::setFormText(form, QStringLiteral("title_ar"), QStringLiteral("ملتقى العمل الأهلي ٢٠٢٦"));
        test::setFormText(form, QStringLiteral("tz"), QStringLiteral("Africa/Cairo"));
        // 20 April: Cairo is still at UTC+2 (summer time starts on the 24th), Beirut already at +3.
        test::setFormText(form, QStringLiteral("start_utc"), QStringLiteral("2026-04-20T10:00"));
        test::setFormText(form, QStringLiteral("end_utc"), QStringLiteral("٢٠٢٦-٠٤-٢٤ ١٨:٠٠"));
        QCOMPARE(utcOf(form, "start_utc"), QStringLiteral("2026-04-20T08:00:00Z"));
        QCOMPARE(utcOf(form, "end_utc"), QStringLiteral("2026-04-24T15:00:00Z")); // UTC+3 by then
        QVERIFY(dialog.localTimeHint()->isVisibleTo(&dialog));
        QVERIFY2(dialog.localTimeHint()->text().contains(QStringLiteral("Africa/Cairo")),
                 qPrintable(dialog.localTimeHint()->text()));
        QCOMPARE(dialog.localTimeHint()->text().contains(QLatin1String("kept")), !arabic);

        dialog.addSessionButton()->click();
        RecordForm* session = dialog.sessionForms().value(0);
        QVERIFY(session);
        QVERIFY(!dialog.sessionTimeHint(session)->isVisibleTo(&dialog)); // no time typed yet
        test::setFormText(session, QStringLiteral("title_ar"), QStringLiteral("الجلسة الافتتاحية"));
        // Midnight to one on 24 April does not exist in Cairo: said at the field, in the UI language.
        test::setFormText(session, QStringLiteral("start_utc"), QStringLiteral("2026-04-24T00:30"));
        const QString gap = errorOf(session, QStringLiteral("start_utc"));
        QVERIFY(!gap.isEmpty());
        QVERIFY2(gap.contains(QStringLiteral("Africa/Cairo")), qPrintable(gap));
        QCOMPARE(gap.contains(QLatin1String("clocks")), !arabic);
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Save)->isEnabled());
        test::setFormText(session, QStringLiteral("start_utc"), QStringLiteral("2026-04-20T11:00"));
        QCOMPARE(errorOf(session, QStringLiteral("start_utc")), QString());
        QCOMPARE(utcOf(session, "start_utc"), QStringLiteral("2026-04-20T09:00:00Z"));
        // The session says which instant it keeps, in UTC, as the event's own hint does.
        const QString sessionHint = sessionHintFor(session, 9, 0);
        QVERIFY2(sessionHint.contains(QStringLiteral("Africa/Cairo")), qPrintable(sessionHint));
        QCOMPARE(sessionHint.contains(QLatin1String("kept in UTC")), !arabic);

        // The event moves to Beirut: the same wall-clock times, read there.
        test::setFormText(form, QStringLiteral("tz"), QStringLiteral("Asia/Beirut"));
        QCOMPARE(utcOf(form, "start_utc"), QStringLiteral("2026-04-20T07:00:00Z"));
        QCOMPARE(utcOf(session, "start_utc"), QStringLiteral("2026-04-20T08:00:00Z"));
        QCOMPARE(test::formLine(session, QStringLiteral("start_utc"))->text(),
                 QStringLiteral("2026-04-20T11:00"));
        QVERIFY2(sessionHintFor(session, 8, 0).contains(QStringLiteral("Asia/Beirut")),
                 qPrintable(dialog.sessionTimeHint(session)->text()));
        QVERIFY(sessionHintFor(session, 9, 0).isEmpty());

        // 23:30 on 24 October happens twice in Beirut: the first is kept, and the form says so.
        QVERIFY(!session->wallClockNote()->isVisibleTo(session));
        test::setFormText(session, QStringLiteral("end_utc"), QStringLiteral("2026-10-24T23:30"));
        QCOMPARE(utcOf(session, "end_utc"), QStringLiteral("2026-10-24T20:30:00Z"));
        QVERIFY(session->wallClockNote()->isVisibleTo(session));
        const QString twice = session->wallClockNote()->text();
        QVERIFY2(twice.contains(QStringLiteral("2026-10-24T23:30:00+02:00")), qPrintable(twice));
        QCOMPARE(twice.contains(QLatin1String("twice")), !arabic);
        // Typing the offset it offers picks the second.
        test::setFormText(session, QStringLiteral("end_utc"), QStringLiteral("2026-10-24T23:30:00+02:00"));
        QCOMPARE(utcOf(session, "end_utc"), QStringLiteral("2026-10-24T21:30:00Z"));
        QVERIFY(!session->wallClockNote()->isVisibleTo(session));
        test::setFormText(session, QStringLiteral("end_utc"), QStringLiteral("2026-04-20T12:30"));
        test::setFormText(session, QStringLiteral("language"), QStringLiteral("ar"));

        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Save)->isEnabled());
        dialog.accept();
        eventId = dialog.savedId();
    }
    QVERIFY(!eventId.isEmpty());
    const auto event = m_fixture.catalogue->events().find(eventId);
    QVERIFY(event);
    QCOMPARE(event->value(QLatin1String("tz")).toString(), QStringLiteral("Asia/Beirut"));
    QCOMPARE(event->value(QLatin1String("start_utc")).toString(), QStringLiteral("2026-04-20T07:00:00Z"));
    QCOMPARE(event->value(QLatin1String("end_utc")).toString(), QStringLiteral("2026-04-24T15:00:00Z"));
    const QList<QJsonObject> sessions = m_fixture.catalogue->eventSessions().where("event_id", eventId);
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions[0].value(QLatin1String("start_utc")).toString(),
             QStringLiteral("2026-04-20T08:00:00Z"));
    QCOMPARE(sessions[0].value(QLatin1String("end_utc")).toString(), QStringLiteral("2026-04-20T09:30:00Z"));

    // Opened again: the times as Beirut's clocks show them, as they were typed.
    EventEditDialog again(document, eventId);
    QCOMPARE(test::formLine(again.form(), QStringLiteral("start_utc"))->text(),
             QStringLiteral("2026-04-20T10:00"));
    QCOMPARE(test::formLine(again.form(), QStringLiteral("end_utc"))->text(),
             QStringLiteral("2026-04-24T18:00"));
    QCOMPARE(test::formLine(again.sessionForms().value(0), QStringLiteral("start_utc"))->text(),
             QStringLiteral("2026-04-20T11:00"));
    QVERIFY(again.buttons()->button(QDialogButtonBox::Save)->isEnabled());
}

DALIL_GUI_TEST_MAIN(TestEventTimes)
#include "tst_eventtimes.moc"
