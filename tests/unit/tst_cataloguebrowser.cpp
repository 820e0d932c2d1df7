#include "catalogue/AttachmentStore.h"
#include "catalogue/Catalogue.h"
#include "catalogue/CatalogueBrowser.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace dalil;

class TestCatalogueBrowser : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pagesSkipDeletedRows();
    void countsListItemsAndText();
    void findsNameTwinsInAnyLanguage();
    void networksBySize();
    void fundingPerMonth();
    void officesWithCoordinatesOfLiveOrganisations();
    void partnershipPairsSkipDeleted();
    void attachesALocalCopy();
    void refusesAMissingFile();

private:
    QString addOrganisation(const QString& ar, const QString& en, const QString& type,
                            const QStringList& countries);
    QTemporaryDir m_dir;
    std::unique_ptr<Catalogue> m_catalogue;
};

void TestCatalogueBrowser::init()
{
    QVERIFY(m_dir.isValid());
    Catalogue::OpenResult opened =
        Catalogue::open(m_dir.filePath(QStringLiteral("c.dalil")), Database::Mode::CreateIfMissing);
    QVERIFY2(opened.catalogue, qPrintable(opened.error));
    m_catalogue = std::move(opened.catalogue);
}

void TestCatalogueBrowser::cleanup()
{
    const QString path = m_catalogue ? m_catalogue->path() : QString();
    m_catalogue.reset();
    QFile::remove(path);
}

QString TestCatalogueBrowser::addOrganisation(const QString& ar, const QString& en, const QString& type,
                                              const QStringList& countries)
{
    QJsonObject org{{QStringLiteral("name_ar"), ar},
                    {QStringLiteral("name_en"), en},
                    {QStringLiteral("type"), type},
                    {QStringLiteral("countries"), QJsonArray::fromStringList(countries)}};
    return m_catalogue->organisations().save(org);
}

void TestCatalogueBrowser::pagesSkipDeletedRows()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << addOrganisation(QStringLiteral("جمعية %1").arg(i), QString(), QStringLiteral("22"), {});
    }
    m_catalogue->organisations().remove(ids[1]);
    CatalogueBrowser browser(*m_catalogue);
    const QList<QJsonObject> first = browser.page(tables::organisation(), 0, 2);
    QCOMPARE(first.size(), 2);
    QCOMPARE(first[0].value(QLatin1String("id")).toString(), ids[0]);
    QCOMPARE(first[1].value(QLatin1String("id")).toString(), ids[2]);
    const QList<QJsonObject> rest = browser.page(tables::organisation(), 2, 10);
    QCOMPARE(rest.size(), 2);
    QCOMPARE(rest[1].value(QLatin1String("name_ar")).toString(), QStringLiteral("جمعية 4"));
}

void TestCatalogueBrowser::countsListItemsAndText()
{
    addOrganisation(QStringLiteral("أ"), QString(), QStringLiteral("22"),
                    {QStringLiteral("EG"), QStringLiteral("JO")});
    addOrganisation(QStringLiteral("ب"), QString(), QStringLiteral("22"), {QStringLiteral("EG")});
    const QString gone =
        addOrganisation(QStringLiteral("ج"), QString(), QStringLiteral("21"), {QStringLiteral("EG")});
    m_catalogue->organisations().remove(gone);
    CatalogueBrowser browser(*m_catalogue);
    const QMap<QString, qint64> countries = browser.valueCounts(tables::organisation(), "countries");
    QCOMPARE(countries.value(QStringLiteral("EG")), 2);
    QCOMPARE(countries.value(QStringLiteral("JO")), 1);
    const QMap<QString, qint64> types = browser.valueCounts(tables::organisation(), "type");
    QCOMPARE(types.value(QStringLiteral("22")), 2);
    QVERIFY(!types.contains(QStringLiteral("21")));
}

void TestCatalogueBrowser::findsNameTwinsInAnyLanguage()
{
    const QString a = addOrganisation(QStringLiteral("الهلال الأحمر المصري"),
                                      QStringLiteral("Egyptian Red Crescent"), QStringLiteral("22"), {});
    CatalogueBrowser browser(*m_catalogue);
    QCOMPARE(browser.organisationsNamed(QStringLiteral("  egyptian red crescent "), QString()),
             QStringList{a});
    QCOMPARE(browser.organisationsNamed(QStringLiteral("الهلال الأحمر المصري"), QString()), QStringList{a});
    QVERIFY(browser.organisationsNamed(QStringLiteral("الهلال الأحمر المصري"), a).isEmpty());
    QVERIFY(browser.organisationsNamed(QStringLiteral("الهلال"), QString()).isEmpty());
}

void TestCatalogueBrowser::networksBySize()
{
    const QString network = addOrganisation(QStringLiteral("شبكة"), QString(), QStringLiteral("network"), {});
    const QString small =
        addOrganisation(QStringLiteral("شبكة صغيرة"), QString(), QStringLiteral("network"), {});
    for (int i = 0; i < 3; ++i) {
        const QString member =
            addOrganisation(QStringLiteral("عضو %1").arg(i), QString(), QStringLiteral("22"), {});
        m_catalogue->memberships().save(
            {{QStringLiteral("network_id"), network}, {QStringLiteral("member_id"), member}});
        if (i == 0) {
            m_catalogue->memberships().save(
                {{QStringLiteral("network_id"), small}, {QStringLiteral("member_id"), member}});
        }
    }
    CatalogueBrowser browser(*m_catalogue);
    const auto networks = browser.networks();
    QCOMPARE(networks.size(), 2);
    QCOMPARE(networks[0].first, network);
    QCOMPARE(networks[0].second, 3);
    QCOMPARE(networks[1].second, 1);
}

void TestCatalogueBrowser::fundingPerMonth()
{
    auto add = [&](const QString& deadline) {
        m_catalogue->funding().save({{QStringLiteral("title_en"), QStringLiteral("Grant")},
                                     {QStringLiteral("deadline"), deadline},
                                     {QStringLiteral("deadline_tz"), QStringLiteral("Asia/Amman")}});
    };
    add(QStringLiteral("2026-01-15"));
    add(QStringLiteral("2026-01-20T12:00"));
    add(QStringLiteral("2026-03-01T12:00"));
    add(QStringLiteral("2025-12-01"));
    CatalogueBrowser browser(*m_catalogue);
    const QMap<QString, qint64> months = browser.fundingDeadlinesByMonth(QDate(2026, 1, 1), 3);
    QCOMPARE(months.size(), 3);
    QCOMPARE(months.value(QStringLiteral("2026-01")), 2);
    QCOMPARE(months.value(QStringLiteral("2026-02")), 0);
    QCOMPARE(months.value(QStringLiteral("2026-03")), 1);
}

void TestCatalogueBrowser::officesWithCoordinatesOfLiveOrganisations()
{
    const QString beirut =
        addOrganisation(QStringLiteral("جمعية بيروت"), QStringLiteral("Beirut Association"),
                        QStringLiteral("22"), {QStringLiteral("LB")});
    const QString gone = addOrganisation(QStringLiteral("جمعية محذوفة"), QString(), QStringLiteral("22"), {});
    m_catalogue->locations().save({{QStringLiteral("organisation_id"), beirut},
                                   {QStringLiteral("city"), QStringLiteral("Beirut")},
                                   {QStringLiteral("lat"), 33.8938},
                                   {QStringLiteral("lon"), 35.5018}});
    m_catalogue->locations().save(
        {{QStringLiteral("organisation_id"), beirut}, {QStringLiteral("city"), QStringLiteral("Tyre")}});
    m_catalogue->locations().save({{QStringLiteral("organisation_id"), gone},
                                   {QStringLiteral("lat"), 30.0},
                                   {QStringLiteral("lon"), 31.0}});
    m_catalogue->organisations().remove(gone);
    QList<CatalogueBrowser::Office> offices;
    CatalogueBrowser(*m_catalogue).forEachOffice([&](const CatalogueBrowser::Office& office) {
        offices.append(office);
    });
    QCOMPARE(offices.size(), 1);
    QCOMPARE(offices[0].organisationId, beirut);
    QCOMPARE(offices[0].nameAr, QStringLiteral("جمعية بيروت"));
    QCOMPARE(offices[0].nameEn, QStringLiteral("Beirut Association"));
    QCOMPARE(offices[0].lat, 33.8938);
    QCOMPARE(offices[0].lon, 35.5018);
}

void TestCatalogueBrowser::partnershipPairsSkipDeleted()
{
    const QString a = addOrganisation(QStringLiteral("أ"), QString(), QStringLiteral("22"), {});
    const QString b = addOrganisation(QStringLiteral("ب"), QString(), QStringLiteral("22"), {});
    const QString c = addOrganisation(QStringLiteral("ج"), QString(), QStringLiteral("22"), {});
    m_catalogue->partnerships().save({{QStringLiteral("org_a"), a}, {QStringLiteral("org_b"), b}});
    m_catalogue->partnerships().save({{QStringLiteral("org_a"), a}, {QStringLiteral("org_b"), c}});
    m_catalogue->organisations().remove(c);
    const auto pairs = CatalogueBrowser(*m_catalogue).partnershipPairs();
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs[0], qMakePair(a, b));
}

void TestCatalogueBrowser::attachesALocalCopy()
{
    const QString id =
        m_catalogue->resources().save({{QStringLiteral("title_ar"), QStringLiteral("دليل الحماية")},
                                       {QStringLiteral("kind"), QStringLiteral("toolkit")}});
    const QString source = m_dir.filePath(QStringLiteral("تقرير.pdf"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 test");
    file.close();
    AttachmentStore store(*m_catalogue);
    QCOMPARE(store.attach(id, source), QString());
    const QString copy = store.localPath(id);
    QVERIFY(!copy.isEmpty());
    QVERIFY(copy.startsWith(store.folder()));
    QFile copied(copy);
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), QByteArray("%PDF-1.4 test"));
    QVERIFY(m_catalogue->resources()
                .find(id)
                ->value(QLatin1String("local_file"))
                .toString()
                .endsWith(QStringLiteral("تقرير.pdf")));
}

void TestCatalogueBrowser::refusesAMissingFile()
{
    const QString id =
        m_catalogue->resources().save({{QStringLiteral("title_en"), QStringLiteral("Toolkit")}});
    AttachmentStore store(*m_catalogue);
    QVERIFY(!store.attach(id, m_dir.filePath(QStringLiteral("nothing.pdf"))).isEmpty());
    QVERIFY(store.localPath(id).isEmpty());
    QVERIFY(
        !store.attach(QStringLiteral("no-such-id"), m_dir.filePath(QStringLiteral("nothing.pdf"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogueBrowser)
#include "tst_cataloguebrowser.moc"
