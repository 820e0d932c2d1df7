// The shipped sample catalogue: what a new user sees on first run must be complete and real.
#include "TestSupport.h"

#include "catalogue/CataloguePaths.h"
#include "catalogue/SampleCatalogue.h"
#include "catalogue/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace dalil;

class TestSample : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts();
    void everyOrganisationHasArabicNameAndPlace();
    void seedOrganisationsAndNetworks();
    void childProtectionMeetingWithSessions();
    void dohaSummit();
    void fundingDeadlinesAreInstants();
    void markedAsSampleAndClean();
    void idsAreStable();
    void firstRunCreatesDefaultCatalogue();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalogue> m_catalogue;
};

void TestSample::initTestCase()
{
    auto opened = SampleCatalogue::createAt(m_dir.filePath(QStringLiteral("sample.dalil")));
    QVERIFY2(opened.catalogue, qPrintable(opened.error));
    m_catalogue = std::move(opened.catalogue);
}

void TestSample::counts()
{
    const Catalogue::Stats stats = m_catalogue->stats();
    QVERIFY(stats.live.value(QStringLiteral("organisation")) >= 60);
    QVERIFY(stats.live.value(QStringLiteral("funding")) >= 15);
    QVERIFY(stats.live.value(QStringLiteral("resource")) >= 20);
    QVERIFY(stats.live.value(QStringLiteral("event")) >= 8);
    QVERIFY(stats.live.value(QStringLiteral("membership")) >= 5);
    QVERIFY(stats.live.value(QStringLiteral("partnership")) >= 5);
    // Vocabularies carry all three languages.
    m_catalogue->vocabularies().forEach([](const QJsonObject& row) {
        for (const char* key : {"label_ar", "label_en", "label_fr"}) {
            if (row.value(QLatin1String(key)).toString().isEmpty()) {
                QFAIL(qPrintable(QStringLiteral("vocabulary %1/%2 has no %3")
                                     .arg(row.value(QLatin1String("kind")).toString(),
                                          row.value(QLatin1String("code")).toString(), QLatin1String(key))));
            }
        }
    });
}

void TestSample::everyOrganisationHasArabicNameAndPlace()
{
    static const QRegularExpression arabic(QStringLiteral("[\\x{0600}-\\x{06FF}]"));
    // Two records of the seeds have no published office: an online platform and an association whose
    // secretariat moves with its presidency. They are placed by no coordinate rather than a made-up one.
    const QStringList withoutOffice = {
        SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("connexus")),
        SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("iassw"))};
    int checked = 0;
    m_catalogue->organisations().forEach([&](const QJsonObject& org) {
        const QString id = org.value(QLatin1String("id")).toString();
        const QString name = org.value(QLatin1String("name_ar")).toString();
        QVERIFY2(arabic.match(name).hasMatch(), qPrintable(id + QStringLiteral(" has no Arabic name")));
        QVERIFY2(!org.value(QLatin1String("name_en")).toString().isEmpty(), qPrintable(name));
        QVERIFY2(!org.value(QLatin1String("type")).toString().isEmpty(), qPrintable(name));
        QVERIFY2(!org.value(QLatin1String("sectors")).toArray().isEmpty(), qPrintable(name));
        const auto offices = m_catalogue->locations().where("organisation_id", id);
        QVERIFY2(!offices.isEmpty(), qPrintable(name + QStringLiteral(": no office")));
        bool placed = false;
        for (const QJsonObject& office : offices) {
            const QJsonValue lat = office.value(QLatin1String("lat"));
            const QJsonValue lon = office.value(QLatin1String("lon"));
            if (lat.isDouble() && lon.isDouble()) {
                QVERIFY(lat.toDouble() >= -90 && lat.toDouble() <= 90);
                QVERIFY(lon.toDouble() >= -180 && lon.toDouble() <= 180);
                QVERIFY2(!(lat.toDouble() == 0 && lon.toDouble() == 0), qPrintable(name));
                QVERIFY(validation::isCountryCode(office.value(QLatin1String("country")).toString()));
                placed = true;
            }
        }
        QVERIFY2(placed || withoutOffice.contains(id), qPrintable(name + QStringLiteral(": no coordinate")));
        const QString website = org.value(QLatin1String("website")).toString();
        QVERIFY2(website.isEmpty() || validation::isWebUrl(website), qPrintable(website));
        ++checked;
    });
    QVERIFY(checked >= 60);
}

void TestSample::seedOrganisationsAndNetworks()
{
    auto org = [this](const char* key) {
        return m_catalogue->organisations().find(
            SampleCatalogue::idFor(QStringLiteral("organisation"), QLatin1String(key)));
    };
    const auto erc = org("erc");
    QVERIFY(erc);
    QCOMPARE(erc->value(QLatin1String("name_ar")).toString(), QStringLiteral("الهلال الأحمر المصري"));
    QCOMPARE(erc->value(QLatin1String("name_en")).toString(), QStringLiteral("Egyptian Red Crescent"));
    for (const char* key :
         {"mma", "moss-eg", "ngo-fund-eg", "ifrc-mena", "wfp-mena", "reap", "save-the-children", "plan",
          "crif", "ibcr", "gsswa", "iassw", "childfund", "anecd"}) {
        QVERIFY2(org(key), key);
    }
    // The MENA Anticipatory Action Community of Practice with its co-leads, IFRC and WFP.
    const auto cop = org("mena-aa-cop");
    QVERIFY(cop);
    QCOMPARE(cop->value(QLatin1String("type")).toString(), QStringLiteral("network"));
    QStringList coLeads;
    for (const QJsonObject& member :
         m_catalogue->memberships().where("network_id", cop->value(QLatin1String("id")).toString())) {
        if (member.value(QLatin1String("role")).toString() == QLatin1String("co-lead")) {
            coLeads.append(member.value(QLatin1String("member_id")).toString());
        }
    }
    coLeads.sort();
    QStringList expected = {
        SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("ifrc-mena")),
        SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("wfp-mena"))};
    expected.sort();
    QCOMPARE(coLeads, expected);
    const auto profile = m_catalogue->profile(QStringLiteral("organisation"), expected.first());
    QVERIFY(profile && !profile->value(QLatin1String("networks")).toArray().isEmpty());
}

void TestSample::childProtectionMeetingWithSessions()
{
    const QString id =
        SampleCatalogue::idFor(QStringLiteral("event"), QStringLiteral("cpha-annual-meeting-2026"));
    const auto event = m_catalogue->profile(QStringLiteral("event"), id);
    QVERIFY(event);
    // 9-11 June 2026; the seed gives the times in CEST (UTC+2).
    QCOMPARE(event->value(QLatin1String("start_utc")).toString(), QStringLiteral("2026-06-09T11:00:00Z"));
    QVERIFY(event->value(QLatin1String("end_utc")).toString().startsWith(QLatin1String("2026-06-11")));
    const QJsonArray sessions = event->value(QLatin1String("sessions")).toArray();
    QVERIFY(sessions.size() >= 10);
    QSet<QString> languages;
    for (const QJsonValue& value : sessions) {
        const QJsonObject session = value.toObject();
        QVERIFY(!session.value(QLatin1String("title_ar")).toString().isEmpty());
        QVERIFY(session.value(QLatin1String("start_utc")).toString() >=
                event->value(QLatin1String("start_utc")).toString());
        QVERIFY(session.value(QLatin1String("end_utc")).toString() <=
                event->value(QLatin1String("end_utc")).toString());
        languages.insert(session.value(QLatin1String("language")).toString());
    }
    QVERIFY(languages.contains(QStringLiteral("en")));
    QVERIFY(languages.contains(QStringLiteral("fr")));
    QVERIFY(languages.contains(QStringLiteral("es")));
}

void TestSample::dohaSummit()
{
    const auto event = m_catalogue->events().find(
        SampleCatalogue::idFor(QStringLiteral("event"), QStringLiteral("wssd2-doha-2025")));
    QVERIFY(event);
    QCOMPARE(event->value(QLatin1String("country")).toString(), QStringLiteral("QA"));
    QCOMPARE(event->value(QLatin1String("tz")).toString(), QStringLiteral("Asia/Qatar"));
    QVERIFY(event->value(QLatin1String("title_ar"))
                .toString()
                .contains(QStringLiteral("الثانية للتنمية الاجتماعية")));
}

void TestSample::fundingDeadlinesAreInstants()
{
    int dated = 0;
    m_catalogue->funding().forEach([&](const QJsonObject& row) {
        QVERIFY(!row.value(QLatin1String("title_ar")).toString().isEmpty());
        QVERIFY(!row.value(QLatin1String("title_en")).toString().isEmpty());
        if (!row.value(QLatin1String("deadline")).toString().isEmpty()) {
            QVERIFY(row.value(QLatin1String("deadline_utc")).toString().endsWith(QLatin1Char('Z')));
            ++dated;
        }
    });
    QVERIFY(dated >= 10);
}

void TestSample::markedAsSampleAndClean()
{
    QVERIFY(m_catalogue->isSample());
    QCOMPARE(m_catalogue->stats().dirty, 0);
    m_catalogue->organisations().forEach([](const QJsonObject& org) {
        QCOMPARE(org.value(QLatin1String("source")).toString(), QStringLiteral("sample"));
    });
}

void TestSample::idsAreStable()
{
    QTemporaryDir dir;
    auto other = SampleCatalogue::createAt(dir.filePath(QStringLiteral("again.dalil")));
    QVERIFY(other.catalogue);
    QStringList a;
    QStringList b;
    m_catalogue->organisations().forEach(
        [&](const QJsonObject& o) { a.append(o.value(QLatin1String("id")).toString()); });
    other.catalogue->organisations().forEach(
        [&](const QJsonObject& o) { b.append(o.value(QLatin1String("id")).toString()); });
    QCOMPARE(a, b);
}

void TestSample::firstRunCreatesDefaultCatalogue()
{
    // CTest gives this test its own XDG_DATA_HOME; the CLI without --db uses the GUI's catalogue.
    const QString path = CataloguePaths::defaultCatalogue();
    QFile::remove(path);
    const auto run = test::runCli({QStringLiteral("stats"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject stats = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(stats.value(QLatin1String("sample")).toBool(), true);
    QVERIFY(stats.value(QLatin1String("organisations")).toInt() >= 60);
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".new")));
}

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
