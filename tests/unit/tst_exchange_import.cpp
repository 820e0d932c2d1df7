// Importing into the catalogue: mapping, row errors naming file/row/column, nothing written on
// errors, --valid-rows-only with the rejected rows in a file, --dry-run, duplicates, cancel, the
// real UNHCR 3W sheet, and the `import` command of the real dalil-cli.
#include "TestSupport.h"

#include "catalogue/Catalogue.h"
#include "catalogue/SqlStatement.h"
#include "exchange/ImportJob.h"
#include "search/SearchEngine.h"
#include "search/SearchIndex.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace dalil;

class TestExchangeImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(test::speakEnglish()); }
    void init();
    void importsArabicFrenchHxlSheet();
    void rowErrorsNameFileRowColumnAndWriteNothing();
    void validRowsOnlyWritesGoodRowsAndRejectedFile();
    void recordRulesOfTheRepositoriesRejectRows();
    void dryRunWritesNothing();
    void duplicatesUpdateInsteadOfAdding();
    void sameNameInAnotherCountryIsAnotherOrganisation();
    void sameRegistrationInTheFileIsOneOrganisation();
    void sameNameInTheFileIsOneOrganisation();
    void similarNameAtTheSameCityIsReported();
    void cancelRollsBack();
    void bigImportIntoEmptyCatalogue();
    void bigImportKeepsCharactersBeyondTheBmp();
    void windows1256FileKeepsEveryLetter();
    void unhcr3wFoldsIntoOrganisations();
    void cliImportContract();

private:
    QString write(const QString& name, const QByteArray& bytes);
    std::unique_ptr<Catalogue> openCatalogue();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestExchangeImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("test.dalil"));
    QVERIFY(Catalogue::open(m_db, Database::Mode::CreateIfMissing).catalogue);
}

QString TestExchangeImport::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(bytes);
    return path;
}

std::unique_ptr<Catalogue> TestExchangeImport::openCatalogue()
{
    return std::move(Catalogue::open(m_db).catalogue);
}

void TestExchangeImport::importsArabicFrenchHxlSheet()
{
    const QString path = write(
        QStringLiteral("3w.csv"),
        QStringLiteral(
            "Nom de l'organisation;الاسم بالعربية;Sigle;Pays;Gouvernorat;Latitude;Longitude;Secteur;Courriel;"
            "Téléphone;Site web\n"
            "#org+name+i_fr;#org+name+i_ar;#org+acronym;#country+name;#adm1+name;#geo+lat;#geo+lon;#sector;"
            "#contact+email;#contact+phone;#contact+url\n"
            "Association Amel;جَمْعِيَّة عامِل الدولية;AMEL;Liban;Beyrouth;٣٣٫٨٩;35,50;Santé;info@amel.org;"
            "01 317 317;amel.org\n"
            "Association Amel;جَمْعِيَّة عامِل الدولية;AMEL;Liban;Nabatieh;33.38;35.48;Éducation;info@amel.org;"
            "01 317 317;amel.org\n"
            "Fondation Noor;مؤسسة نور;;الأردن;عمّان;31.95;35.93;Protection;;+962 6 555 1234;\n")
            .toUtf8());
    auto catalogue = openCatalogue();
    ImportJob job(path, {});
    QVERIFY(job.read());
    for (int c = 0; c < job.tables().first().columnCount(); ++c) {
        QVERIFY2(job.mapping(0).field(c) != ImportField::Ignore,
                 qPrintable(job.tables().first().columnLabel(c)));
    }
    const ImportReport report = job.run(*catalogue);
    QVERIFY2(report.errors() == 0, qPrintable(report.issues.value(0).toString()));
    QVERIFY(report.written);
    QCOMPARE(report.organisationsCreated, 2);
    QCOMPARE(report.officesAdded, 3);
    QCOMPARE(report.contactsAdded, 2);
    const QList<QJsonObject> amel = catalogue->organisations().where("acronym", QStringLiteral("AMEL"));
    QCOMPARE(amel.size(), 1);
    const QJsonObject org = amel.first();
    QCOMPARE(org.value(QLatin1String("name_ar")).toString(), QStringLiteral("جَمْعِيَّة عامِل الدولية"));
    QCOMPARE(org.value(QLatin1String("name_fr")).toString(), QStringLiteral("Association Amel"));
    QCOMPARE(org.value(QLatin1String("website")).toString(), QStringLiteral("https://amel.org"));
    QCOMPARE(org.value(QLatin1String("countries")).toArray(), QJsonArray{QStringLiteral("LB")});
    const QString id = org.value(QLatin1String("id")).toString();
    const QList<QJsonObject> offices = catalogue->locations().where("organisation_id", id);
    QCOMPARE(offices.size(), 2);
    QCOMPARE(offices.first().value(QLatin1String("lat")).toDouble(), 33.89);
    QCOMPARE(offices.first().value(QLatin1String("lon")).toDouble(), 35.5);
    QCOMPARE(offices.first().value(QLatin1String("admin1")).toString(), QStringLiteral("Beyrouth"));
    const QList<QJsonObject> contacts = catalogue->contacts().where("organisation_id", id);
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.first().value(QLatin1String("phones")).toArray(),
             QJsonArray{QStringLiteral("+9611317317")});
    const QList<QJsonObject> noor = catalogue->organisations().where("name_ar", QStringLiteral("مؤسسة نور"));
    QCOMPARE(noor.size(), 1);
    QCOMPARE(noor.first().value(QLatin1String("countries")).toArray(), QJsonArray{QStringLiteral("JO")});
}

void TestExchangeImport::rowErrorsNameFileRowColumnAndWriteNothing()
{
    const QString path = write(QStringLiteral("partners.csv"),
                               QStringLiteral("Organisation,Email,Latitude,Longitude,Year founded\n"
                                              "جمعية الأمل,amal@example.org,31.9,35.9,1998\n"
                                              "Nour,not-an-email,31.9,35.9,2001\n"
                                              "Hope,hope@example.org,131.9,35.9,2001\n"
                                              "Basma,basma@example.org,31.9\n"
                                              "Salam,salam@example.org,31.9,35.9,سنة\n")
                                   .toUtf8());
    auto catalogue = openCatalogue();
    ImportJob job(path, {});
    const ImportReport report = job.run(*catalogue);
    QVERIFY(!report.written);
    QCOMPARE(report.rowsRejected, 4);
    QStringList errors;
    for (const ImportIssue& issue : report.issues) {
        if (issue.isError()) {
            errors.append(issue.toString());
        }
    }
    QVERIFY2(errors.contains(QStringLiteral(
                 "partners.csv, row 3, column “Email”: “not-an-email” is not an e-mail address")),
             qPrintable(errors.join(u'\n')));
    QVERIFY2(errors.contains(QStringLiteral(
                 "partners.csv, row 4, column “Latitude”: latitude 131.9 is outside -90 to 90")),
             qPrintable(errors.join(u'\n')));
    QVERIFY(errors.filter(QStringLiteral("partners.csv, row 5: this row has 3 values but the header has 5"))
                .size() == 1);
    QVERIFY(errors.filter(QStringLiteral("partners.csv, row 6, column “Year founded”")).size() == 1);
    QCOMPARE(catalogue->organisations().count(), 0);
    QCOMPARE(catalogue->locations().count(), 0);
}

void TestExchangeImport::validRowsOnlyWritesGoodRowsAndRejectedFile()
{
    const QString path = write(QStringLiteral("partners.csv"), QStringLiteral("الاسم,البريد الإلكتروني\n"
                                                                              "جمعية الأمل,amal@example.org\n"
                                                                              "جمعية النور,بريد خاطئ\n")
                                                                   .toUtf8());
    auto catalogue = openCatalogue();
    ImportJob::Options options;
    options.validRowsOnly = true;
    options.rejectedPath = m_dir->filePath(QStringLiteral("rejected.csv"));
    ImportJob job(path, options);
    const ImportReport report = job.run(*catalogue);
    QVERIFY(report.written);
    QCOMPARE(report.organisationsCreated, 1);
    QCOMPARE(report.rowsRejected, 1);
    QCOMPARE(report.rejectedFile, options.rejectedPath);
    QCOMPARE(catalogue->organisations().count(), 1);
    QFile rejected(report.rejectedFile);
    QVERIFY(rejected.open(QIODevice::ReadOnly));
    const QByteArray bytes = rejected.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY2(text.contains(QStringLiteral(
                 "البريد الإلكتروني: “بريد خاطئ” is not an e-mail address,3,جمعية النور,بريد خاطئ")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("جمعية الأمل")));
}

// Rules about a record as a whole, which no single cell breaks: the repositories' messages, naming
// the row and the column, and the rows kept out.
void TestExchangeImport::recordRulesOfTheRepositoriesRejectRows()
{
    const QString path = write(QStringLiteral("records.csv"),
                               QStringLiteral("Organisation,Acronym,Country,Latitude,Longitude\n"
                                              "جمعية الأمل,AMAL,Jordan,31.95,35.93\n"
                                              ",NOUR,Lebanon,,\n"
                                              "Association Amel,AMEL,Lebanon,٣٣٫٨٩,\n")
                                   .toUtf8());
    auto catalogue = openCatalogue();
    ImportJob::Options options;
    options.validRowsOnly = true;
    options.rejectedPath = m_dir->filePath(QStringLiteral("records.rejected.csv"));
    ImportJob job(path, options);
    const ImportReport report = job.run(*catalogue);
    QCOMPARE(report.rowsRejected, 2);
    QCOMPARE(report.organisationsCreated, 1);
    QCOMPARE(catalogue->organisations().count(), 1);
    QCOMPARE(catalogue->locations().count(), 1);
    bool noName = false;
    bool halfPoint = false;
    for (const ImportIssue& issue : report.issues) {
        if (!issue.isError()) {
            continue;
        }
        QCOMPARE(issue.file, path);
        if (issue.row == 3 &&
            issue.message == QStringLiteral("a name in Arabic, English or French is required")) {
            noName = issue.column == QStringLiteral("Organisation");
        }
        if (issue.row == 4 && issue.message == QStringLiteral("latitude and longitude go together")) {
            halfPoint = issue.column == QStringLiteral("Longitude");
        }
    }
    QVERIFY2(noName, qPrintable(report.issues.value(0).toString()));
    QVERIFY2(halfPoint, qPrintable(report.issues.value(1).toString()));
}

void TestExchangeImport::dryRunWritesNothing()
{
    const QString path = write(QStringLiteral("p.csv"),
                               QStringLiteral("Organisation,Country\nAmel,Lebanon\nNour,Jordan\n").toUtf8());
    auto catalogue = openCatalogue();
    ImportJob::Options options;
    options.dryRun = true;
    ImportJob job(path, options);
    const ImportReport report = job.run(*catalogue);
    QVERIFY(!report.written);
    QCOMPARE(report.organisationsCreated, 2);
    QCOMPARE(report.officesAdded, 2);
    QCOMPARE(catalogue->organisations().count(), 0);
    QCOMPARE(catalogue->locations().count(), 0);
}

void TestExchangeImport::duplicatesUpdateInsteadOfAdding()
{
    auto catalogue = openCatalogue();
    const QString existing = catalogue->organisations().save(
        QJsonObject{{QStringLiteral("name_ar"), QStringLiteral("جمعية الأمل للتنمية")},
                    {QStringLiteral("countries"), QJsonArray{QStringLiteral("JO")}}});
    const QString registered = catalogue->organisations().save(
        QJsonObject{{QStringLiteral("name_en"), QStringLiteral("Old name")},
                    {QStringLiteral("registration_id"), QStringLiteral("JO-MSD-1234")}});
    const QString path =
        write(QStringLiteral("p.csv"), QStringLiteral("اسم المنظمة,البلد,رقم التسجيل,Website\n"
                                                      "جمعيه الامل للتنميه,الأردن,,amal.jo\n"
                                                      "New name,Jordan,jo-msd-1234,\n")
                                           .toUtf8());
    ImportJob job(path, {});
    const ImportReport report = job.run(*catalogue);
    QVERIFY2(report.errors() == 0, qPrintable(report.issues.value(0).toString()));
    QCOMPARE(report.organisationsCreated, 0);
    QCOMPARE(report.organisationsUpdated, 2);
    QCOMPARE(catalogue->organisations().count(), 2);
    QCOMPARE(catalogue->organisations().find(existing)->value(QLatin1String("website")).toString(),
             QStringLiteral("https://amal.jo"));
    QCOMPARE(catalogue->organisations().find(registered)->value(QLatin1String("name_en")).toString(),
             QStringLiteral("New name"));
    // The same file again changes nothing.
    ImportJob again(path, {});
    const ImportReport second = again.run(*catalogue);
    QCOMPARE(second.organisationsUnchanged, 2);
    QCOMPARE(second.officesAdded, 0);
    QCOMPARE(catalogue->locations().count(), 2);
}

void TestExchangeImport::sameNameInAnotherCountryIsAnotherOrganisation()
{
    auto catalogue = openCatalogue();
    catalogue->organisations().save(
        QJsonObject{{QStringLiteral("name_ar"), QStringLiteral("جمعية الأمل")},
                    {QStringLiteral("countries"), QJsonArray{QStringLiteral("JO")}}});
    const QString path =
        write(QStringLiteral("p.csv"), QStringLiteral("الاسم,البلد\nجمعية الأمل,لبنان\n").toUtf8());
    ImportJob job(path, {});
    const ImportReport report = job.run(*catalogue);
    QCOMPARE(report.organisationsCreated, 1);
    QCOMPARE(catalogue->organisations().count(), 2);
}

void TestExchangeImport::sameRegistrationInTheFileIsOneOrganisation()
{
    // One row carries the organisation's id, the next only its registration identifier (another
    // office): one organisation, reported, not two. Different ids stay two organisations.
    auto catalogue = openCatalogue();
    const QString id = QStringLiteral("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    const QString path =
        write(QStringLiteral("p.csv"),
              QStringLiteral("id,اسم المنظمة,رقم التسجيل,البلد,المدينة\n"
                             "%1,جمعية النور,JO-77,الأردن,عمّان\n"
                             ",Al Nour Society,jo-77,الأردن,إربد\n"
                             "11111111-2222-4333-8444-555555555555,جمعية السلام,LB-5,لبنان,بيروت\n"
                             "66666666-7777-4888-9999-000000000000,جمعية السلام الثانية,LB-5,لبنان,صيدا\n")
                  .arg(id)
                  .toUtf8());
    ImportJob job(path, {});
    const ImportReport report = job.run(*catalogue);
    QVERIFY2(report.errors() == 0, qPrintable(report.issues.value(0).toString()));
    QCOMPARE(report.organisationsCreated, 3);
    QCOMPARE(catalogue->organisations().count(), 3);
    const std::optional<QJsonObject> nour = catalogue->organisations().find(id);
    QVERIFY(nour);
    QCOMPARE(nour->value(QLatin1String("name_ar")).toString(), QStringLiteral("جمعية النور"));
    QCOMPARE(nour->value(QLatin1String("name_en")).toString(), QStringLiteral("Al Nour Society"));
    QCOMPARE(catalogue->locations().where("organisation_id", id).size(), 2);
    bool merged = false;
    bool apart = false;
    for (const ImportIssue& issue : report.issues) {
        merged = merged || (issue.row == 3 && issue.message.contains(QStringLiteral("2")) &&
                            issue.message.contains(QStringLiteral("JO-77")));
        apart = apart || (issue.row == 5 && issue.message.contains(QStringLiteral("LB-5")));
    }
    QVERIFY2(merged, "the fold of rows 2 and 3 is reported");
    QVERIFY2(apart, "two ids with one registration identifier are reported");
    // The same file again updates the one organisation instead of adding one.
    ImportJob again(path, {});
    const ImportReport second = again.run(*catalogue);
    QCOMPARE(second.organisationsCreated, 0);
    QCOMPARE(catalogue->organisations().count(), 3);
    QCOMPARE(catalogue->locations().count(), 4);
}

void TestExchangeImport::sameNameInTheFileIsOneOrganisation()
{
    // As against the catalogue: the same name (its search key: hamza, ta marbuta, harakat, case) in
    // the same country is one organisation, each folded row reported at its name column; another
    // country, or two registration identifiers, keep two organisations apart.
    auto catalogue = openCatalogue();
    const QString path = write(QStringLiteral("p.csv"), QStringLiteral("الاسم,البلد,المدينة,رقم التسجيل\n"
                                                                       "جمعية الأمل,الأردن,عمّان,\n"
                                                                       "جمعيه الامل,الاردن,إربد,\n"
                                                                       "جمعيّة الأمل,لبنان,صور,\n"
                                                                       "Hope Society,Jordan,Amman,JO-1\n"
                                                                       "HOPE society,Jordan,Zarqa,JO-2\n")
                                                            .toUtf8());
    ImportJob job(path, {});
    const ImportReport report = job.run(*catalogue);
    QVERIFY2(report.errors() == 0, qPrintable(report.issues.value(0).toString()));
    QCOMPARE(report.organisationsCreated, 4);
    QCOMPARE(catalogue->organisations().count(), 4);
    const QList<QJsonObject> amal =
        catalogue->organisations().where("name_ar", QStringLiteral("جمعية الأمل"));
    QCOMPARE(amal.size(), 1);
    QCOMPARE(amal.first().value(QLatin1String("countries")).toArray(), QJsonArray{QStringLiteral("JO")});
    QCOMPARE(catalogue->locations()
                 .where("organisation_id", amal.first().value(QLatin1String("id")).toString())
                 .size(),
             2);
    QStringList warnings;
    for (const ImportIssue& issue : report.issues) {
        warnings.append(issue.toString());
    }
    QVERIFY2(warnings.contains(
                 QStringLiteral("p.csv, row 3, column “الاسم”: “جمعيه الامل” is the same organisation as "
                                "“جمعية الأمل” on row 2 (the same name, in the same country): the "
                                "rows are imported as one organisation")),
             qPrintable(warnings.join(u'\n')));
    QVERIFY2(
        warnings.filter(QStringLiteral("p.csv, row 6, column “الاسم”: “HOPE society” has the same name as "
                                       "“Hope Society” on row 5"))
                .size() == 1,
        qPrintable(warnings.join(u'\n')));
    QVERIFY2(warnings.filter(QStringLiteral("row 4")).isEmpty(), qPrintable(warnings.join(u'\n')));
    // The same file again updates, adds nothing.
    ImportJob again(path, {});
    const ImportReport second = again.run(*catalogue);
    QCOMPARE(second.organisationsCreated, 0);
    QCOMPARE(catalogue->organisations().count(), 4);
    QCOMPARE(catalogue->locations().count(), 5);
}

void TestExchangeImport::similarNameAtTheSameCityIsReported()
{
    // A name a letter away from a catalogue organisation with an office in the same city: imported
    // as new, reported with the other's id; the same near name in another city is not.
    auto catalogue = openCatalogue();
    auto add = [&catalogue](const QString& name, const QString& city) {
        const QString id = catalogue->organisations().save(QJsonObject{{QStringLiteral("name_ar"), name}});
        catalogue->locations().save(QJsonObject{{QStringLiteral("organisation_id"), id},
                                                {QStringLiteral("country"), QStringLiteral("JO")},
                                                {QStringLiteral("city"), city}});
        return id;
    };
    add(QStringLiteral("جمعية النور الخيرية"), QStringLiteral("إربد"));
    const QString amman = add(QStringLiteral("جمعية الأمل للتنمية"), QStringLiteral("عمّان"));
    add(QStringLiteral("جمعية الامل للتنميه"), QStringLiteral("الزرقاء"));
    const QString path =
        write(QStringLiteral("p.csv"),
              QStringLiteral("الاسم,البلد,المدينة\nجمعية الأمل للتنمبة,الأردن,عمان\n").toUtf8());
    ImportJob job(path, {});
    const ImportReport report = job.run(*catalogue);
    QVERIFY2(report.errors() == 0, qPrintable(report.issues.value(0).toString()));
    QCOMPARE(report.organisationsCreated, 1);
    QStringList similar;
    for (const ImportIssue& issue : report.issues) {
        if (issue.message.contains(QStringLiteral("looks like"))) {
            similar.append(issue.toString());
        }
    }
    QCOMPARE(similar.size(), 1);
    QVERIFY2(similar.first().startsWith(QStringLiteral("p.csv, row 2: ")) && similar.first().contains(amman),
             qPrintable(similar.first()));
    QCOMPARE(report.duplicates.size(), 1);
    QCOMPARE(report.duplicates.first().existingId, amman);
    QCOMPARE(report.duplicates.first().kind, ImportDuplicate::Kind::Similar);
}

void TestExchangeImport::cancelRollsBack()
{
    QByteArray csv = "Organisation,Country\n";
    for (int i = 0; i < 500; ++i) {
        csv += QStringLiteral("منظمة %1,Egypt\n").arg(i).toUtf8();
    }
    const QString path = write(QStringLiteral("many.csv"), csv);
    auto catalogue = openCatalogue();
    ImportJob job(path, {});
    connect(&job, &ImportJob::progress, &job, [&job](qint64 done, qint64) {
        if (done >= 200) {
            job.cancel();
        }
    });
    const ImportReport report = job.run(*catalogue);
    QVERIFY(report.cancelled);
    QVERIFY(!report.written);
    QCOMPARE(catalogue->organisations().count(), 0);
}

void TestExchangeImport::bigImportIntoEmptyCatalogue()
{
    // More records than the search index follows one by one, into an empty catalogue: written
    // without secondary indexes, R*Tree and numbering triggers (BulkLoad), which come back built at
    // the end; a cancel in the middle leaves the catalogue and its schema as they were.
    const int rows = SearchIndex::kIncrementalLimit + 500;
    QByteArray csv = "Organisation,Country,City,Latitude,Longitude,Email\n";
    for (int i = 0; i < rows; ++i) {
        csv += QStringLiteral("جمعية النور رقم %1,Jordan,عمّان,31.9%2,35.9,n%1@example.org\n")
                   .arg(i)
                   .arg(i % 10)
                   .toUtf8();
    }
    const QString path = write(QStringLiteral("big.csv"), csv);
    auto catalogue = openCatalogue();
    auto scalar = [&catalogue](const char* sql) {
        SqlStatement query(catalogue->database().handle(), sql);
        return query.step() ? query.int64(0) : -1;
    };
    const char* schemaSql =
        "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema ORDER BY name)";
    auto schema = [&catalogue, schemaSql] {
        SqlStatement query(catalogue->database().handle(), schemaSql);
        return query.step() ? query.text(0) : QString();
    };
    const QString before = schema();
    // The import changes its connection's settings for its length only (BulkConnection).
    const qint64 cacheBefore = scalar("PRAGMA cache_size");
    QCOMPARE(scalar("PRAGMA foreign_keys"), 1);
    // So few pages that any commit of the import would copy the WAL into the file on its own.
    catalogue->database().execute("PRAGMA wal_autocheckpoint = 10");

    ImportJob cancelled(path, {});
    connect(&cancelled, &ImportJob::progress, &cancelled, [&cancelled](qint64 done, qint64) {
        if (done >= 1000) {
            cancelled.cancel();
        }
    });
    QVERIFY(cancelled.run(*catalogue).cancelled);
    QCOMPARE(catalogue->organisations().count(), 0);
    QCOMPARE(schema(), before);
    QCOMPARE(scalar("PRAGMA foreign_keys"), 1);
    QCOMPARE(scalar("PRAGMA cache_size"), cacheBefore);

    QCOMPARE(scalar("PRAGMA wal_autocheckpoint"), 10);

    const qint64 fileBefore = QFileInfo(catalogue->path()).size();
    ImportJob job(path, {});
    const ImportReport report = job.run(*catalogue);
    QVERIFY2(report.written, qPrintable(report.fatal + report.issues.value(0).toString()));
    QCOMPARE(report.organisationsCreated, rows);
    QCOMPARE(schema(), before);
    QCOMPARE(scalar("PRAGMA foreign_keys"), 1);
    QCOMPARE(scalar("PRAGMA cache_size"), cacheBefore);
    QCOMPARE(scalar("PRAGMA wal_autocheckpoint"), 10);
    // Done without copying its pages from the WAL into the file: checkpoint() does, after.
    QCOMPARE(QFileInfo(catalogue->path()).size(), fileBefore);
    job.checkpoint(*catalogue);
    QVERIFY(QFileInfo(catalogue->path()).size() > fileBefore + 1024 * 1024);
    QCOMPARE(scalar("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    QCOMPARE(scalar("SELECT count(*) FROM location_rtree"), rows);
    QCOMPARE(scalar("SELECT count(DISTINCT change_seq) FROM contact WHERE change_seq BETWEEN 1 AND 2500"),
             2500);
    QCOMPARE(scalar("SELECT count(*) FROM organisation WHERE change_seq IS NULL OR dirty = 0"), 0);
    // Ids in the time-ordered layout (version 7), in the order they were written.
    QCOMPARE(scalar("SELECT count(*) FROM organisation WHERE substr(id, 15, 1) = '7'"), rows);
    QCOMPARE(scalar("SELECT count(*) FROM organisation AS a JOIN organisation AS b ON b.rowid = a.rowid + 1 "
                    "WHERE b.id <= a.id"),
             0);
    QVERIFY(!SearchIndex(catalogue->database()).isStale());
    SearchQuery query;
    query.text = QStringLiteral("جمعيه النور رقم ١٢٣٤");
    const SearchResults found = SearchEngine(catalogue->database()).search(query);
    QVERIFY(!found.hits.isEmpty());
    QCOMPARE(
        catalogue->organisations().find(found.hits.first().id)->value(QLatin1String("name_ar")).toString(),
        QStringLiteral("جمعية النور رقم 1234"));
    // Later writes are numbered and indexed by the triggers as before.
    QJsonObject office{{QStringLiteral("organisation_id"), found.hits.first().id},
                       {QStringLiteral("city"), QStringLiteral("إربد")},
                       {QStringLiteral("lat"), 32.55},
                       {QStringLiteral("lon"), 35.85}};
    catalogue->locations().save(office);
    QCOMPARE(scalar("SELECT count(*) FROM location_rtree"), rows + 1);
    QCOMPARE(scalar("SELECT max(change_seq) FROM location"), rows + 1);
}

void TestExchangeImport::bigImportKeepsCharactersBeyondTheBmp()
{
    // The bulk path (more rows than the search index follows one by one) writes each value's UTF-8
    // itself (catalogue/Utf8.h) and the search documents too: characters beyond the BMP (surrogate
    // pairs in UTF-16: a mathematical letter, an emoji) and Arabic with its harakat and shadda must
    // be stored exactly as read, and the records found by their words.
    const int rows = SearchIndex::kIncrementalLimit + 100;
    const QString latin = QStringLiteral("\U0001D538lpha Garden \U0001F33F %1");
    const QString arabic = QStringLiteral("جَمْعِيَّةُ الأَمَلِ 🌿 %1");
    QByteArray csv = "Organisation,Name (Arabic),Country,City,Latitude,Longitude\n";
    for (int i = 0; i < rows; ++i) {
        csv += QStringLiteral("%1,%2,Jordan,إربد 𝔸,32.5,35.8\n").arg(latin.arg(i), arabic.arg(i)).toUtf8();
    }
    const QString path = write(QStringLiteral("astral.csv"), csv);
    auto catalogue = openCatalogue();
    ImportJob job(path, {});
    const ImportReport report = job.run(*catalogue);
    QVERIFY2(report.written, qPrintable(report.fatal + report.issues.value(0).toString()));
    QCOMPARE(report.organisationsCreated, rows);
    QVERIFY(!SearchIndex(catalogue->database()).isStale());

    for (const int i : {0, 1234, rows - 1}) {
        const QList<QJsonObject> found = catalogue->organisations().where("name_en", latin.arg(i));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().value(QLatin1String("name_ar")).toString(), arabic.arg(i));
        const QString id = found.first().value(QLatin1String("id")).toString();
        QCOMPARE(catalogue->locations()
                     .where("organisation_id", id)
                     .value(0)
                     .value(QLatin1String("city"))
                     .toString(),
                 QStringLiteral("إربد 𝔸"));
        // Found by its Arabic words without the marks, and by its Latin words.
        for (const QString& text :
             {QStringLiteral("جمعيه الامل %1").arg(i), QStringLiteral("lpha garden %1").arg(i)}) {
            SearchQuery query;
            query.text = text;
            const SearchResults results = SearchEngine(catalogue->database()).search(query);
            QVERIFY2(!results.hits.isEmpty(), qPrintable(text));
            QCOMPARE(results.hits.first().id, id);
        }
    }
}

void TestExchangeImport::windows1256FileKeepsEveryLetter()
{
    // "الاسم,المدينة / جمعية الأمل للتنمية,عمّان" as Excel saves it on an Arabic Windows.
    const QString path =
        write(QStringLiteral("excel.csv"),
              QByteArray::fromHex("c7e1c7d3e32cc7e1e3cfede4c90d0acce3daedc920c7e1c3e3e120e1e1cae4e3"
                                  "edc92cdae3f8c7e40d0a"));
    auto catalogue = openCatalogue();
    ImportJob job(path, {});
    const ImportReport report = job.run(*catalogue);
    QVERIFY2(report.written, qPrintable(report.fatal + report.issues.value(0).toString()));
    QCOMPARE(report.encoding, QStringLiteral("windows-1256"));
    const QList<QJsonObject> rows =
        catalogue->organisations().where("name_ar", QStringLiteral("جمعية الأمل للتنمية"));
    QCOMPARE(rows.size(), 1);
    const QString id = rows.first().value(QLatin1String("id")).toString();
    QCOMPARE(
        catalogue->locations().where("organisation_id", id).first().value(QLatin1String("city")).toString(),
        QStringLiteral("عمّان"));
}

void TestExchangeImport::unhcr3wFoldsIntoOrganisations()
{
    const QString path = test::sharedDir() + QStringLiteral("/data/hxl/unhcr-3w.csv");
    if (!QFile::exists(path)) {
        QSKIP("the shared UNHCR 3W sheet is not here (../shared/data/hxl/unhcr-3w.csv)");
    }
    auto catalogue = openCatalogue();
    ImportJob job(path, {});
    const ImportReport report = job.run(*catalogue);
    QVERIFY2(report.written, qPrintable(report.fatal + report.issues.value(0).toString()));
    QCOMPARE(report.rowsRead, 2250);
    QCOMPARE(report.rowsRejected, 0);
    // 267 spellings, two of them the same name as another (“MSF - H” and “MSF-H”, “MSF-CH” and
    // “MSF- CH”, each in the same countries): folded into one.
    QCOMPARE(report.organisationsCreated, 265);
    QCOMPARE(catalogue->organisations().count(), 265);
    QVERIFY(catalogue->locations().count() > 267);
    // Legacy HXL 1.0 tags and untagged columns all found their field.
    const ColumnMapping& mapping = job.mapping(0);
    QCOMPARE(mapping.field(2), ImportField::Lat);
    QCOMPARE(mapping.field(3), ImportField::Lon);
    QCOMPARE(mapping.field(6), ImportField::Website);
    QCOMPARE(mapping.field(7), ImportField::Name);
    const QJsonObject unhcr = catalogue->organisations().where("name_en", QStringLiteral("UNHCR")).first();
    const QJsonArray countries = unhcr.value(QLatin1String("countries")).toArray();
    QVERIFY(countries.contains(QStringLiteral("LB")) && countries.contains(QStringLiteral("JO")) &&
            countries.contains(QStringLiteral("IQ")));
    QVERIFY(unhcr.value(QLatin1String("sectors")).toArray().size() > 5);
    // The same sheet again: nothing new.
    ImportJob again(path, {});
    const ImportReport second = again.run(*catalogue);
    QCOMPARE(second.organisationsCreated, 0);
    QCOMPARE(second.organisationsUnchanged, 265);
    QCOMPARE(catalogue->organisations().count(), 265);
}

void TestExchangeImport::cliImportContract()
{
    const QString good =
        write(QStringLiteral("good.csv"), QStringLiteral("Organisation,Country\nAmel,Lebanon\n").toUtf8());
    const QString bad =
        write(QStringLiteral("bad.csv"),
              QStringLiteral("Organisation,Email\nAmel,amel@example.org\nNour,nope\n").toUtf8());
    const QString db = m_db;

    auto dry = test::runCli({QStringLiteral("--db"), db, QStringLiteral("import"), good,
                             QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(dry.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(dry.out).object();
    QCOMPARE(json.value(QLatin1String("organisations_created")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("written")).toBool(), false);

    auto failed = test::runCli({QStringLiteral("--db"), db, QStringLiteral("import"), bad});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("bad.csv, row 3, column \xE2\x80\x9C"
                                 "Email"),
             failed.err.constData());
    QVERIFY(failed.err.trimmed().split('\n').last().contains("nothing was imported"));
    QCOMPARE(Catalogue::open(db).catalogue->organisations().count(), 0);

    auto partial = test::runCli({QStringLiteral("--db"), db, QStringLiteral("import"), bad,
                                 QStringLiteral("--valid-rows-only"), QStringLiteral("--rejected"),
                                 m_dir->filePath(QStringLiteral("bad.rejected.csv"))});
    QCOMPARE(partial.exitCode, 0);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("bad.rejected.csv"))));
    QCOMPARE(Catalogue::open(db).catalogue->organisations().count(), 1);

    auto missing = test::runCli(
        {QStringLiteral("--db"), db, QStringLiteral("import"), m_dir->filePath(QStringLiteral("nope.csv"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("nope.csv: the file does not exist"));
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("import")}).exitCode, 2);
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("import"), good,
                           QStringLiteral("--format"), QStringLiteral("doc")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestExchangeImport)
#include "tst_exchange_import.moc"
