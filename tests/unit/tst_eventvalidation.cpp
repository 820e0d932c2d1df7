// What the event form refuses, decided in app/catalogue: an event needs a title, a start and a
// time zone, ends after it starts and names its languages by code; a session needs a title and a
// start and ends after it starts. And a resource's local copy removed and put back.
#include "TestSupport.h"

#include "catalogue/AttachmentStore.h"
#include "catalogue/Catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace dalil;

namespace {

QStringList fields(const QList<FieldError>& errors)
{
    QStringList out;
    for (const FieldError& error : errors) {
        out.append(error.field);
    }
    out.sort();
    return out;
}

QJsonObject goodEvent()
{
    return {{QStringLiteral("title_ar"), QStringLiteral("ملتقى المنظمات الأهلية ٢٠٢٧")},
            {QStringLiteral("start_utc"), QStringLiteral("2027-03-10T07:00:00Z")},
            {QStringLiteral("end_utc"), QStringLiteral("2027-03-11T15:00:00Z")},
            {QStringLiteral("tz"), QStringLiteral("Asia/Amman")},
            {QStringLiteral("languages"), QJsonArray{QStringLiteral("ar"), QStringLiteral("en")}}};
}

} // namespace

class TestEventValidation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_catalogue.reset(); }
    void event_data();
    void event();
    void session_data();
    void session();
    void localCopyRemovedAfterSaveAndRestored();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalogue> m_catalogue;
};

void TestEventValidation::init()
{
    auto opened = Catalogue::open(m_dir.filePath(QStringLiteral("c.dalil")), Database::Mode::CreateIfMissing);
    QVERIFY2(opened.catalogue, qPrintable(opened.error));
    m_catalogue = std::move(opened.catalogue);
}

void TestEventValidation::event_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QStringList>("refused");
    QTest::newRow("good") << QString() << QJsonValue() << QStringList();
    QTest::newRow("no title") << QStringLiteral("title_ar") << QJsonValue() << QStringList{"title_ar"};
    QTest::newRow("no start") << QStringLiteral("start_utc") << QJsonValue() << QStringList{"start_utc"};
    QTest::newRow("no zone") << QStringLiteral("tz") << QJsonValue() << QStringList{"tz"};
    QTest::newRow("unknown zone") << QStringLiteral("tz") << QJsonValue(QStringLiteral("Asia/Ammann"))
                                  << QStringList{"tz"};
    QTest::newRow("ends before") << QStringLiteral("end_utc")
                                 << QJsonValue(QStringLiteral("2027-03-09T07:00:00Z"))
                                 << QStringList{"end_utc"};
    QTest::newRow("language name") << QStringLiteral("languages")
                                   << QJsonValue(QJsonArray{QStringLiteral("العربية")})
                                   << QStringList{"languages"};
    QTest::newRow("language unknown")
        << QStringLiteral("languages") << QJsonValue(QJsonArray{QStringLiteral("qq")})
        << QStringList{"languages"};
    QTest::newRow("three-letter code")
        << QStringLiteral("languages") << QJsonValue(QJsonArray{QStringLiteral("ara")}) << QStringList();
}

void TestEventValidation::event()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QStringList, refused);
    QJsonObject record = goodEvent();
    if (!field.isEmpty()) {
        record.insert(field, value);
    }
    QCOMPARE(fields(m_catalogue->events().validate(record)), refused);
}

void TestEventValidation::session_data()
{
    QTest::addColumn<QJsonObject>("session");
    QTest::addColumn<QStringList>("refused");
    const QJsonObject good{{QStringLiteral("event_id"), QStringLiteral("e")},
                           {QStringLiteral("title_ar"), QStringLiteral("الجلسة الافتتاحية")},
                           {QStringLiteral("start_utc"), QStringLiteral("2027-03-10T08:00:00Z")},
                           {QStringLiteral("end_utc"), QStringLiteral("2027-03-10T09:30:00Z")},
                           {QStringLiteral("language"), QStringLiteral("ar")}};
    QTest::newRow("good") << good << QStringList();
    QJsonObject noTime = good;
    noTime.remove(QStringLiteral("start_utc"));
    QTest::newRow("no start") << noTime << QStringList{"start_utc"};
    QJsonObject backwards = good;
    backwards.insert(QStringLiteral("end_utc"), QStringLiteral("2027-03-10T07:30:00Z"));
    QTest::newRow("ends before") << backwards << QStringList{"end_utc"};
    QJsonObject badLanguage = good;
    badLanguage.insert(QStringLiteral("language"), QStringLiteral("Arabic"));
    QTest::newRow("language name") << badLanguage << QStringList{"language"};
    QJsonObject noTitle = good;
    noTitle.remove(QStringLiteral("title_ar"));
    QTest::newRow("no title") << noTitle << QStringList{"title_ar"};
}

void TestEventValidation::session()
{
    QFETCH(QJsonObject, session);
    QFETCH(QStringList, refused);
    QCOMPARE(fields(m_catalogue->eventSessions().validate(session)), refused);
}

void TestEventValidation::localCopyRemovedAfterSaveAndRestored()
{
    const QString id =
        m_catalogue->resources().save({{QStringLiteral("title_ar"), QStringLiteral("دليل التطوع")},
                                       {QStringLiteral("kind"), QStringLiteral("guideline")}});
    const QString source = m_dir.filePath(QStringLiteral("guide.pdf"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF دليل");
    file.close();
    AttachmentStore store(*m_catalogue);
    QCOMPARE(store.attach(id, source), QString());
    const QString kept = store.localPath(id);
    QVERIFY(QFile::exists(kept));

    QString held;
    QString name;
    QCOMPARE(store.remove(id, &held, &name), QString());
    QVERIFY(m_catalogue->resources().find(id)->value(QLatin1String("local_file")).toString().isEmpty());
    QVERIFY(!QFile::exists(kept));
    QVERIFY(QFile::exists(held)); // aside until the removal can no longer be undone
    QCOMPARE(store.restore(id, held, name), QString());
    QCOMPARE(store.localPath(id), kept);
    QVERIFY(!QFile::exists(held));

    QCOMPARE(store.remove(id, &held, &name), QString());
    AttachmentStore::discardHeld(held);
    QVERIFY(!QFile::exists(held));
    QVERIFY(!QFile::exists(kept));
    // Nothing to remove twice; a resource that is gone says so.
    QVERIFY(!store.remove(id, &held, &name).isEmpty());
    QVERIFY(!store.remove(QStringLiteral("no-such-id"), &held, &name).isEmpty());
}

QTEST_GUILESS_MAIN(TestEventValidation)
#include "tst_eventvalidation.moc"
