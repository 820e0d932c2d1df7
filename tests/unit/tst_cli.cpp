// The dalil-cli contract of DESIGN.md "CLI": exit codes, one-line errors, stable --json, and the
// commands run in-process with swapped streams as well as through the real binary.
#include "TestSupport.h"

#include "catalogue/SampleCatalogue.h"
#include "cli/Cli.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace dalil;

namespace {

// In a row's arguments, stands for a path where no file is yet: each run (ar, fr, C) gets its own.
const QString kFresh = QStringLiteral("{fresh}");
// Stands for a copy of the sample catalogue of its own for each run.
const QString kSampleCopy = QStringLiteral("{sample copy}");
// Stands for a copy, of its own for each run, of the sample that wrote the bundles below (it has
// joined their catalogue).
const QString kBundlesCopy = QStringLiteral("{bundles copy}");

// A CSV of `count` new organisations in Jordan, the first `bad` of them with a latitude that is
// not a number.
QString writeOrganisations(const QString& path, int count, int bad = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return QString();
    }
    file.write("Organisation,Country,Latitude,Longitude\n");
    for (int i = 0; i < count; ++i) {
        file.write(QStringLiteral("Plural Test Association %1,Jordan,%2,35.9\n")
                       .arg(i + 1)
                       .arg(i < bad ? QStringLiteral("abc") : QStringLiteral("31.9"))
                       .toUtf8());
    }
    return path;
}

// A copy of the bundle `from` that holds its first `held` changes and whose header announces
// `announced`, its checksum made right again: damaged the way a bad writer would damage it.
bool rewriteBundle(const QString& from, const QString& to, int held, int announced)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray data = source.readAll();
    const QByteArray magic = data.left(8);
    QDataStream in(data.left(data.size() - 32));
    in.setByteOrder(QDataStream::BigEndian);
    in.skipRawData(8);
    quint32 format = 0;
    quint32 headerSize = 0;
    in >> format >> headerSize;
    QByteArray headerBytes(int(headerSize), Qt::Uninitialized);
    in.readRawData(headerBytes.data(), int(headerSize));
    quint64 payloadSize = 0;
    in >> payloadSize;
    QByteArray payload(qsizetype(payloadSize), Qt::Uninitialized);
    in.readRawData(payload.data(), int(payloadSize));
    QJsonObject header = QJsonDocument::fromJson(headerBytes).object();
    header.insert(QStringLiteral("rows"), announced);
    QList<QByteArray> lines = qUncompress(payload).split('\n');
    lines.removeAll(QByteArray());
    if (in.status() != QDataStream::Ok || lines.size() < held) {
        return false;
    }
    const QByteArray newHeader = QJsonDocument(header).toJson(QJsonDocument::Compact);
    const QByteArray newPayload = qCompress(lines.mid(0, held).join('\n') + '\n');
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::BigEndian);
    out.writeRawData(magic.constData(), int(magic.size()));
    out << format << quint32(newHeader.size());
    out.writeRawData(newHeader.constData(), int(newHeader.size()));
    out << quint64(newPayload.size());
    out.writeRawData(newPayload.constData(), int(newPayload.size()));
    QFile target(to);
    return target.open(QIODevice::WriteOnly) &&
           target.write(body + QCryptographicHash::hash(body, QCryptographicHash::Sha256)) > 0;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void initCreatesEmptyCatalogueWithVocabularies();
    void statsJsonKeysAreStable();
    void showPrintsProfileInProcess();
    void showUnknownIdIsUserError();
    void messagesInTheUsersLanguage_data();
    void messagesInTheUsersLanguage();
    void everyCommandSpeaksTheUsersLanguage_data();
    void everyCommandSpeaksTheUsersLanguage();
    void unreachableHubInAnInstalledFrenchLocale();

private:
    QTemporaryDir m_dir;
    QString m_sample;
    QString m_bundleOne; // one change to the sample, another two, as dalil-cli sync --bundle-out wrote them
    QString m_bundleTwo;
    QString m_bundleOther;  // from a catalogue of its own
    QString m_bundleEdited; // m_bundleOne with one byte changed by hand
    QString m_bundleCut;    // the first half of m_bundleOne
    QString m_bundleStub;   // its first 20 bytes
    QString m_bundlesSource;
};

void TestCli::initTestCase()
{
    m_sample = m_dir.filePath(QStringLiteral("sample.dalil"));
    QVERIFY(SampleCatalogue::createAt(m_sample).catalogue);

    // From a copy of the sample: everything sent once, then one organisation changed, then two.
    const QString source = m_dir.filePath(QStringLiteral("bundles.dalil"));
    QVERIFY(QFile::copy(m_sample, source));
    auto cli = [&](QStringList arguments) {
        arguments.prepend(source);
        arguments.prepend(QStringLiteral("--db"));
        const test::CliRun ran = test::runCli(arguments);
        return ran.exitCode == 0 ? QString() : QString::fromUtf8(ran.err);
    };
    auto rename = [&](const char* key) {
        return cli({QStringLiteral("edit"), QStringLiteral("organisation"),
                    SampleCatalogue::idFor(QStringLiteral("organisation"), QLatin1String(key)),
                    QStringLiteral("--set"), QStringLiteral("name_en=Renamed %1").arg(QLatin1String(key))});
    };
    m_bundleOne = m_dir.filePath(QStringLiteral("one.bundle"));
    m_bundleTwo = m_dir.filePath(QStringLiteral("two.bundle"));
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--bundle-out"),
                  m_dir.filePath(QStringLiteral("all.bundle"))}),
             QString());
    QCOMPARE(rename("erc"), QString());
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--bundle-out"), m_bundleOne}), QString());
    QCOMPARE(rename("jnrcs"), QString());
    QCOMPARE(rename("connexus"), QString());
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--bundle-out"), m_bundleTwo}), QString());
    // Bundles that hold another number of changes than their header announces.
    QVERIFY(rewriteBundle(m_bundleOne, m_dir.filePath(QStringLiteral("holds-1-announces-2.bundle")), 1, 2));
    QVERIFY(rewriteBundle(m_bundleTwo, m_dir.filePath(QStringLiteral("holds-2-announces-11.bundle")), 2, 11));
    QVERIFY(rewriteBundle(m_dir.filePath(QStringLiteral("all.bundle")),
                          m_dir.filePath(QStringLiteral("holds-11-announces-1.bundle")), 11, 1));
    // Generated catalogues of 1, 2 and 11 organisations (1, 2 and 15 offices).
    for (const int organisations : {1, 2, 11}) {
        const test::CliRun ran = test::runCli(
            {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("generated-%1.dalil").arg(organisations)),
             QStringLiteral("generate"), QStringLiteral("--orgs"), QString::number(organisations),
             QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
    }
    m_bundlesSource = source;

    // The faults of a bundle a user can meet: one from another catalogue, one changed by hand, one
    // cut short (a copy interrupted), one cut to almost nothing.
    const QString other = m_dir.filePath(QStringLiteral("other.dalil"));
    QCOMPARE(test::runCli({QStringLiteral("--db"), other, QStringLiteral("init")}).exitCode, 0);
    m_bundleOther = m_dir.filePath(QStringLiteral("other.bundle"));
    QCOMPARE(test::runCli({QStringLiteral("--db"), other, QStringLiteral("sync"),
                           QStringLiteral("--bundle-out"), m_bundleOther})
                 .exitCode,
             0);
    QFile one(m_bundleOne);
    QVERIFY(one.open(QIODevice::ReadOnly));
    const QByteArray bytes = one.readAll();
    QVERIFY(bytes.size() > 100);
    const auto writeBytes = [&](const QString& name, const QByteArray& content) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() ? path : QString();
    };
    QByteArray edited = bytes;
    edited[edited.size() / 2] = char(edited[edited.size() / 2] ^ 0x20);
    m_bundleEdited = writeBytes(QStringLiteral("edited.bundle"), edited);
    m_bundleCut = writeBytes(QStringLiteral("cut.bundle"), bytes.left(bytes.size() / 2));
    m_bundleStub = writeBytes(QStringLiteral("stub.bundle"), bytes.left(20));
    QVERIFY(!m_bundleEdited.isEmpty() && !m_bundleCut.isEmpty() && !m_bundleStub.isEmpty());
}

void TestCli::helpAndVersion()
{
    const auto help = test::runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* command : {"init", "stats", "show", "edit"}) {
        QVERIFY2(help.out.contains(command), command);
    }
    const auto version = test::runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("dalil-cli "));
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")};
    QTest::newRow("db without path") << QStringList{QStringLiteral("--db")};
    QTest::newRow("stats extra") << QStringList{QStringLiteral("stats"), QStringLiteral("--yaml")};
    QTest::newRow("show missing id") << QStringList{QStringLiteral("show"), QStringLiteral("organisation")};
    QTest::newRow("show bad kind") << QStringList{QStringLiteral("show"), QStringLiteral("planet"),
                                                  QStringLiteral("x")};
    QTest::newRow("edit both") << QStringList{QStringLiteral("edit"),  QStringLiteral("organisation"),
                                              QStringLiteral("x"),     QStringLiteral("--delete"),
                                              QStringLiteral("--set"), QStringLiteral("a=b")};
    QTest::newRow("edit not assignment")
        << QStringList{QStringLiteral("edit"), QStringLiteral("organisation"), QStringLiteral("x"),
                       QStringLiteral("--set"), QStringLiteral("name_ar")};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QStringList full = {QStringLiteral("--db"), m_sample};
    full += arguments;
    if (arguments == QStringList{QStringLiteral("--db")}) {
        full = arguments;
    }
    const auto run = test::runCli(full);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::initCreatesEmptyCatalogueWithVocabularies()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.dalil"));
    const auto run = test::runCli({QStringLiteral("--db"), path, QStringLiteral("init")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto again = test::runCli({QStringLiteral("--db"), path, QStringLiteral("init")});
    QCOMPARE(again.exitCode, 0); // idempotent
    const auto stats =
        test::runCli({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json")});
    const QJsonObject json = QJsonDocument::fromJson(stats.out).object();
    QCOMPARE(json.value(QLatin1String("organisations")).toInt(), 0);
    QCOMPARE(json.value(QLatin1String("sample")).toBool(), false);
    QVERIFY(json.value(QLatin1String("vocabulary")).toInt() > 250); // countries, sectors, types
    const auto refused =
        test::runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--sample")});
    QCOMPARE(refused.exitCode, 1);
}

void TestCli::statsJsonKeysAreStable()
{
    const auto run =
        test::runCli({QStringLiteral("--db"), m_sample, QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    for (const char* key : {"catalogue", "catalogue_id", "schema_version", "sample", "organisations",
                            "locations", "contacts", "memberships", "partnerships", "funding", "resources",
                            "events", "event_sessions", "vocabulary", "dirty", "tombstones"}) {
        QVERIFY2(json.contains(QLatin1String(key)), key);
    }
    QVERIFY(json.value(QLatin1String("organisations")).toInt() >= 60);
}

void TestCli::showPrintsProfileInProcess()
{
    QByteArray outBytes;
    QByteArray errBytes;
    QTextStream out(&outBytes);
    QTextStream err(&errBytes);
    const QString erc = SampleCatalogue::idFor(QStringLiteral("organisation"), QStringLiteral("erc"));
    const int code =
        Cli().run({QStringLiteral("dalil-cli"), QStringLiteral("--db"), m_sample, QStringLiteral("show"),
                   QStringLiteral("organisation"), erc, QStringLiteral("--json")},
                  out, err);
    out.flush();
    QCOMPARE(code, 0);
    const QJsonObject json = QJsonDocument::fromJson(outBytes).object();
    QCOMPARE(json.value(QLatin1String("id")).toString(), erc);
    QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("organisation"));
    QCOMPARE(json.value(QLatin1String("name_ar")).toString(), QStringLiteral("الهلال الأحمر المصري"));
    QVERIFY(!json.value(QLatin1String("offices")).toArray().isEmpty());
    QVERIFY(json.value(QLatin1String("offices"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("lat"))
                .isDouble());

    // The text form names the organisation in Arabic too.
    const auto text = test::runCli(
        {QStringLiteral("--db"), m_sample, QStringLiteral("show"), QStringLiteral("organisation"), erc});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("الهلال الأحمر المصري")));
}

void TestCli::showUnknownIdIsUserError()
{
    const auto run = test::runCli({QStringLiteral("--db"), m_sample, QStringLiteral("show"),
                                   QStringLiteral("organisation"), QStringLiteral("no-such-id")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("no-such-id"));
    QCOMPARE(run.err.trimmed().count('\n'), 0);
}

void TestCli::messagesInTheUsersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("ar") << QStringLiteral("ar_JO.UTF-8")
                        << QStringList{QStringLiteral("الصف 3"), QStringLiteral("«abc» ليس رقمًا"),
                                       QStringLiteral("لم يُستورد شيء"),
                                       QStringLiteral("جرّب: dalil-cli --help")};
    QTest::newRow("fr") << QStringLiteral("fr_FR.UTF-8")
                        << QStringList{QStringLiteral("ligne 3"),
                                       QStringLiteral("« abc » n'est pas un nombre"),
                                       QStringLiteral("rien n’a été importé"),
                                       QStringLiteral("Essayez : dalil-cli --help")};
    QTest::newRow("C") << QStringLiteral("C.UTF-8")
                       << QStringList{QStringLiteral("row 3"), QStringLiteral("“abc” is not a number"),
                                      QStringLiteral("nothing was imported"),
                                      QStringLiteral("Try: dalil-cli --help")};
}

void TestCli::messagesInTheUsersLanguage()
{
    // The CLI speaks the language of the user's environment, as the window does: the row's error
    // (file, row, column, what is wrong), the summary and the usage hint; exit codes do not change.
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const QString csv = m_dir.filePath(QStringLiteral("latitude.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "Organisation,Country,Latitude,Longitude\n"
        "\xd8\xac\xd9\x85\xd8\xb9\xd9\x8a\xd8\xa9 \xd8\xa7\xd9\x84\xd9\x86\xd9\x88\xd8\xb1,Jordan,31.9,35.9\n"
        "Hope Foundation,Jordan,abc,35.9\n");
    file.close();
    auto run = [&language](const QStringList& arguments) {
        const test::CliRun ran = test::runCliIn(language, arguments);
        return std::pair{ran.exitCode, QString::fromUtf8(ran.err)};
    };
    // A file with an error imports nothing, so the shared sample catalogue stays as it is.
    const auto [code, err] = run({QStringLiteral("--db"), m_sample, QStringLiteral("import"), csv});
    QCOMPARE(code, 1);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(err.contains(expected[i]), qPrintable(expected[i] + QStringLiteral(" not in: ") + err));
    }
    QVERIFY2(err.contains(QStringLiteral("Latitude")), qPrintable(err)); // the file's own header
    const auto [usageCode, usage] = run({QStringLiteral("import")});
    QCOMPARE(usageCode, 2);
    QVERIFY2(usage.contains(expected[3]), qPrintable(usage));
    if (language.startsWith(QLatin1String("ar"))) {
        // The help on stderr (no command): every command is described in Arabic.
        const auto [helpCode, help] = run({});
        QCOMPARE(helpCode, 2);
        const QRegularExpression command(QStringLiteral("^  ([a-z-]+) +(.+)$"),
                                         QRegularExpression::MultilineOption);
        const QRegularExpression arabic(QStringLiteral("[\\x{0621}-\\x{064A}]"));
        int described = 0;
        for (auto it = command.globalMatch(help); it.hasNext();) {
            const QRegularExpressionMatch line = it.next();
            QVERIFY2(line.captured(2).contains(arabic), qPrintable(line.captured(0)));
            ++described;
        }
        QVERIFY2(described >= 12, qPrintable(help));
    }
}

void TestCli::everyCommandSpeaksTheUsersLanguage_data()
{
    // Beyond import and export: what show, stats, search, edit, init, hub, render-map and clusters
    // print, their errors (a bad value, no such record, a catalogue that is not there) and their
    // counts (with the plural the language needs), in Arabic and French; the same in English.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString sample = m_dir.filePath(QStringLiteral("sample.dalil"));
    const QString missing = m_dir.filePath(QStringLiteral("missing.dalil"));
    const QString png = m_dir.filePath(QStringLiteral("map.png"));
    const QStringList show = {QStringLiteral("--db"), sample, QStringLiteral("show"),
                              QStringLiteral("organisation"), QStringLiteral("no-such-id")};
    const QStringList stats = {QStringLiteral("--db"), sample, QStringLiteral("stats")};
    const QStringList search = {QStringLiteral("--db"),   sample,
                                QStringLiteral("search"), QStringLiteral("--limit"),
                                QStringLiteral("1"),      QStringLiteral("الهلال")};
    const QStringList searchNone = {QStringLiteral("--db"), sample, QStringLiteral("search"),
                                    QStringLiteral("--country"), QStringLiteral("ZZ")};
    const QStringList edit = {QStringLiteral("--db"), sample,
                              QStringLiteral("edit"), QStringLiteral("planet"),
                              QStringLiteral("x"),    QStringLiteral("--delete")};
    const QStringList init = {QStringLiteral("--db"), sample, QStringLiteral("init"),
                              QStringLiteral("--sample")};
    const QStringList noCatalogue = {QStringLiteral("--db"), missing, QStringLiteral("stats")};
    const QStringList hub = {QStringLiteral("hub"), QStringLiteral("init")};
    const QStringList clusters = {QStringLiteral("--db"), sample, QStringLiteral("clusters"),
                                  QStringLiteral("--zoom"), QStringLiteral("30")};
    const QStringList map = {QStringLiteral("--db"),
                             sample,
                             QStringLiteral("render-map"),
                             QStringLiteral("--bbox"),
                             QStringLiteral("35,33,36,34"),
                             QStringLiteral("--size"),
                             QStringLiteral("64x64"),
                             QStringLiteral("--out"),
                             png};
    const QStringList badBox = {QStringLiteral("--db"),
                                sample,
                                QStringLiteral("render-map"),
                                QStringLiteral("--bbox"),
                                QStringLiteral("35,33,36"),
                                QStringLiteral("--size"),
                                QStringLiteral("64x64"),
                                QStringLiteral("--out"),
                                png};
    const QStringList exportOne = {QStringLiteral("--db"),
                                   sample,
                                   QStringLiteral("export"),
                                   QStringLiteral("--kind"),
                                   QStringLiteral("organisations"),
                                   QStringLiteral("--format"),
                                   QStringLiteral("geojson"),
                                   QStringLiteral("--query"),
                                   QStringLiteral("الهلال الأحمر المصري"),
                                   QStringLiteral("--out"),
                                   m_dir.filePath(QStringLiteral("one.geojson"))};
    const QStringList exportEvents = {QStringLiteral("--db"),
                                      sample,
                                      QStringLiteral("export"),
                                      QStringLiteral("--kind"),
                                      QStringLiteral("events"),
                                      QStringLiteral("--format"),
                                      QStringLiteral("csv"),
                                      QStringLiteral("--out"),
                                      m_dir.filePath(QStringLiteral("events.csv"))};
    struct Row
    {
        const char* name;
        QStringList arguments;
        int exitCode;
        QString ar;
        QString fr;
        QString en;
    };
    QList<Row> rows = {
        {"show, no such record", show, 1, QStringLiteral("لا توجد منظمة بالمعرّف no-such-id"),
         QStringLiteral("aucune organisation d’identifiant no-such-id"),
         QStringLiteral("no organisation with id no-such-id")},
        {"stats", stats, 0, QStringLiteral("(بيانات تجريبية)\n  المنظمات"),
         QStringLiteral("(données d’exemple)\n  organisations"),
         QStringLiteral("(sample data)\n  organisations")},
        {"stats, offices", stats, 0, QStringLiteral("  جهات الاتصال"), QStringLiteral("  adhésions"),
         QStringLiteral("  memberships")},
        {"search, count", search, 0, QStringLiteral("عُثر على 22 نتيجة"), QStringLiteral("22 résultats"),
         QStringLiteral("22 found")},
        {"search, none", searchNone, 0, QStringLiteral("لم يُعثر على أي نتيجة"),
         QStringLiteral("0 résultat\n"), QStringLiteral("0 found")},
        {"edit, unknown kind", edit, 2, QStringLiteral("نوع غير معروف «planet»"),
         QStringLiteral("genre inconnu « planet »"), QStringLiteral("unknown kind \"planet\"")},
        {"init, sample over a file", init, 1, QStringLiteral("موجود بالفعل؛ لا يُكتب الدليل التجريبي"),
         QStringLiteral("existe déjà ; l’exemple n’est écrit que dans un nouveau fichier"),
         QStringLiteral("already exists; the sample is only written to a new file")},
        {"no catalogue", noCatalogue, 1, QStringLiteral("لا يوجد دليل هنا"),
         QStringLiteral("aucun catalogue ici"), QStringLiteral("no catalogue here")},
        {"hub without --hub", hub, 2, QStringLiteral("مطلوب"), QStringLiteral("--hub URL est obligatoire"),
         QStringLiteral("--hub URL is required")},
        {"clusters, bad zoom", clusters, 2, QStringLiteral("«30» ليست عددًا صحيحًا من 0 إلى 24"),
         QStringLiteral("« 30 » n’est pas un nombre entier de 0 à 24"),
         QStringLiteral("\"30\" is not a whole number from 0 to 24")},
        {"render-map", map, 0, QStringLiteral("بكسل، التكبير"),
         QStringLiteral("bureaux de 125 organisations"), QStringLiteral("offices of 125 organisations")},
        {"render-map, bad box", badBox, 2, QStringLiteral("«35,33,36» ليس مستطيلًا"),
         QStringLiteral("« 35,33,36 » n’est pas un rectangle"), QStringLiteral("\"35,33,36\" is not a box")},
        // The kind is a noun the count agrees with: one sentence per kind, with plural forms (the
        // Arabic singular, dual and the accusative of 11–99), not an English word in the sentence.
        {"export, one organisation and its two offices", exportOne, 0,
         QStringLiteral("كُتبت منظمة واحدة في %1 (موقعان)").arg(exportOne.last()),
         QStringLiteral("1 organisation écrite dans %1 (2 lieux)").arg(exportOne.last()),
         QStringLiteral("Wrote 1 organisation to %1 (2 places)").arg(exportOne.last())},
        {"export, events", exportEvents, 0, QStringLiteral("كُتبت 15 فعاليةً في"),
         QStringLiteral("15 événements écrits dans"), QStringLiteral("Wrote 15 events to")},
    };
    // Counts glued into one sentence ("Generated 1 organisations (0 of them networks), 2 offices")
    // read wrong: each count is a phrase of its own whose noun agrees with it — in Arabic 1, 2, 3–10,
    // 11–99 and 100+ take different forms, in French 1 and more — joined as the language joins a list.
    auto generate = [&](int organisations) {
        return QStringList{QStringLiteral("--db"),
                           kFresh,
                           QStringLiteral("generate"),
                           QStringLiteral("--orgs"),
                           QString::number(organisations),
                           QStringLiteral("--seed"),
                           QStringLiteral("7")};
    };
    auto importDry = [&](int organisations, int bad = 0) {
        const QString csv =
            writeOrganisations(m_dir.filePath(QStringLiteral("plural-%1-%2.csv").arg(organisations).arg(bad)),
                               organisations, bad);
        return QStringList{QStringLiteral("--db"), sample, QStringLiteral("import"), csv,
                           QStringLiteral("--dry-run")};
    };
    auto bundleIn = [&](const QString& bundle) {
        return QStringList{QStringLiteral("--db"), kSampleCopy, QStringLiteral("sync"),
                           QStringLiteral("--bundle-in"), bundle};
    };
    const QString oneChange = m_bundleOne;
    const QString twoChanges = m_bundleTwo;
    auto damagedBundle = [&](int held, int announced) {
        return bundleIn(
            m_dir.filePath(QStringLiteral("holds-%1-announces-%2.bundle").arg(held).arg(announced)));
    };
    auto generated = [&](int organisations, const QStringList& command) {
        return QStringList{QStringLiteral("--db"),
                           m_dir.filePath(QStringLiteral("generated-%1.dalil").arg(organisations))} +
               command;
    };
    const QStringList worldMap = {QStringLiteral("render-map"),
                                  QStringLiteral("--bbox"),
                                  QStringLiteral("-180,-85,180,85"),
                                  QStringLiteral("--size"),
                                  QStringLiteral("64x64"),
                                  QStringLiteral("--out"),
                                  png};
    const QStringList streetClusters = {QStringLiteral("clusters"), QStringLiteral("--zoom"),
                                        QStringLiteral("16")};
    auto importSheet = [&](const char* name, const QByteArray& text) {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(text);
        }
        return QStringList{QStringLiteral("--db"), sample, QStringLiteral("import"), path,
                           QStringLiteral("--dry-run")};
    };
    rows += QList<Row>{
        {"generate, one", generate(1), 0, QStringLiteral("وُلِّدت منظمة واحدة بالبذرة 7"),
         QStringLiteral("1 organisation générée avec la graine 7"),
         QStringLiteral("Generated 1 organisation with seed 7")},
        {"generate, two", generate(2), 0, QStringLiteral("وُلِّدت منظمتان بالبذرة 7"),
         QStringLiteral("2 organisations générées avec la graine 7"),
         QStringLiteral("Generated 2 organisations with seed 7")},
        {"generate, eleven", generate(11), 0, QStringLiteral("وُلِّدت 11 منظمةً بالبذرة 7"),
         QStringLiteral("11 organisations générées avec la graine 7"),
         QStringLiteral("Generated 11 organisations with seed 7")},
        {"generate, what came with them", generate(1), 0, QStringLiteral("ومعها: مكتب واحد، لا جهات اتصال، "),
         QStringLiteral("Avec elles : 1 bureau, 0 contact, "),
         QStringLiteral("With them: 1 office, 0 contacts, ")},
        {"import, one row", importDry(1), 0, QStringLiteral(": قُرئ صف واحد (csv، UTF-8)."),
         QStringLiteral(" : 1 ligne lue (csv, UTF-8)."), QStringLiteral(": 1 row read (csv, UTF-8).")},
        {"import, none rejected", importDry(1), 0, QStringLiteral(". لم يُرفض أي منها.\n"),
         QStringLiteral(". 0 ligne refusée.\n"), QStringLiteral(". 0 of them were rejected.\n")},
        {"import, one new organisation", importDry(1), 0, QStringLiteral("سيُستورد: منظمة جديدة واحدة، "),
         QStringLiteral("importerait : 1 nouvelle organisation, 0 organisation mise à jour"),
         QStringLiteral("would import: 1 new organisation, 0 organisations updated")},
        {"import, two rows", importDry(2), 0, QStringLiteral(": قُرئ صفّان (csv، UTF-8)."),
         QStringLiteral(" : 2 lignes lues (csv, UTF-8)."), QStringLiteral(": 2 rows read (csv, UTF-8).")},
        {"import, two new organisations", importDry(2), 0, QStringLiteral("سيُستورد: منظمتان جديدتان، "),
         QStringLiteral("importerait : 2 nouvelles organisations, 0 organisation mise à jour"),
         QStringLiteral("would import: 2 new organisations, 0 organisations updated")},
        {"import, eleven rows", importDry(11), 0, QStringLiteral(": قُرئ 11 صفًا (csv، UTF-8)."),
         QStringLiteral(" : 11 lignes lues (csv, UTF-8)."), QStringLiteral(": 11 rows read (csv, UTF-8).")},
        {"import, eleven new organisations", importDry(11), 0, QStringLiteral("سيُستورد: 11 منظمةً جديدةً، "),
         QStringLiteral("importerait : 11 nouvelles organisations, 0 organisation mise à jour"),
         QStringLiteral("would import: 11 new organisations, 0 organisations updated")},
        {"import, one row with an error", importDry(2, 1), 1,
         QStringLiteral(": وُجد خطأ واحد. في صف واحد أخطاء؛ لم يُستورد شيء"),
         QStringLiteral(" : 1 erreur trouvée. 1 ligne contient des erreurs ; rien n’a été importé"),
         QStringLiteral(": 1 error found. 1 row has errors; nothing was imported")},
        {"import, two rows with errors", importDry(2, 2), 1,
         QStringLiteral(": وُجد خطآن. في صفّين أخطاء؛ لم يُستورد شيء"),
         QStringLiteral(" : 2 erreurs trouvées. 2 lignes contiennent des erreurs ; rien n’a été importé"),
         QStringLiteral(": 2 errors found. 2 rows have errors; nothing was imported")},
        {"sync, a bundle of one change", bundleIn(oneChange), 0,
         QStringLiteral("لا سجلات جديدة، سجل واحد محدَّث، "),
         QStringLiteral("0 nouvel enregistrement, 1 enregistrement mis à jour, "),
         QStringLiteral("0 new records, 1 record updated, ")},
        // Two counts in one sentence: two phrases, each agreeing with its own count (1, 2, 11–99).
        {"render-map, one office of one organisation", generated(1, worldMap), 0,
         QStringLiteral("مكتب واحد لمنظمة واحدة"), QStringLiteral("1 bureau de 1 organisation"),
         QStringLiteral("1 office of 1 organisation")},
        {"render-map, two offices of two organisations", generated(2, worldMap), 0,
         QStringLiteral("مكتبان لمنظمتين"), QStringLiteral("2 bureaux de 2 organisations"),
         QStringLiteral("2 offices of 2 organisations")},
        {"render-map, offices of eleven organisations", generated(11, worldMap), 0,
         QStringLiteral("15 مكتبًا لـ11 منظمةً"), QStringLiteral("15 bureaux de 11 organisations"),
         QStringLiteral("15 offices of 11 organisations")},
        {"clusters, one item for one office", generated(1, streetClusters), 0,
         QStringLiteral(": عنصر واحد لمكتب واحد"), QStringLiteral(" : 1 élément pour 1 bureau"),
         QStringLiteral(": 1 item for 1 office")},
        {"clusters, two items for two offices", generated(2, streetClusters), 0,
         QStringLiteral(": عنصران لمكتبين"), QStringLiteral(" : 2 éléments pour 2 bureaux"),
         QStringLiteral(": 2 items for 2 offices")},
        {"clusters, fifteen items for fifteen offices", generated(11, streetClusters), 0,
         QStringLiteral(": 15 عنصرًا لـ15 مكتبًا"), QStringLiteral(" : 15 éléments pour 15 bureaux"),
         QStringLiteral(": 15 items for 15 offices")},
        {"sync, a bundle of one change announcing two", damagedBundle(1, 2), 1,
         QStringLiteral("(تحتوي على تغيير واحد بينما تعلن ترويستها عن تغييرين)"),
         QStringLiteral("(il contient 1 modification alors que son en-tête en annonce 2)"),
         QStringLiteral("(it holds 1 change where its header announces 2 changes)")},
        {"sync, a bundle of two changes announcing eleven", damagedBundle(2, 11), 1,
         QStringLiteral("(تحتوي على تغييرين بينما تعلن ترويستها عن 11 تغييرًا)"),
         QStringLiteral("(il contient 2 modifications alors que son en-tête en annonce 11)"),
         QStringLiteral("(it holds 2 changes where its header announces 11 changes)")},
        {"sync, a bundle of eleven changes announcing one", damagedBundle(11, 1), 1,
         QStringLiteral("(تحتوي على 11 تغييرًا بينما تعلن ترويستها عن تغيير واحد)"),
         QStringLiteral("(il contient 11 modifications alors que son en-tête en annonce 1)"),
         QStringLiteral("(it holds 11 changes where its header announces 1 change)")},
        {"import, two values under one column", importSheet("two-values.csv", "Organisation\nA,B\n"), 1,
         QStringLiteral("في هذا الصف قيمتان بينما في الترويسة عمود واحد؛"),
         QStringLiteral("cette ligne a 2 valeurs mais l’en-tête a 1 colonne ;"),
         QStringLiteral("this row has 2 values but the header has 1 column;")},
        {"import, one value under eleven columns",
         importSheet("one-value.csv", "Organisation,Country,c3,c4,c5,c6,c7,c8,c9,c10,c11\nA\n"), 1,
         QStringLiteral("في هذا الصف قيمة واحدة بينما في الترويسة 11 عمودًا؛"),
         QStringLiteral("cette ligne a 1 valeur mais l’en-tête a 11 colonnes ;"),
         QStringLiteral("this row has 1 value but the header has 11 columns;")},
        {"import, eleven values under two columns",
         importSheet("eleven-values.csv", "Organisation,Country\nA,B,C,D,E,F,G,H,I,J,K\n"), 1,
         QStringLiteral("في هذا الصف 11 قيمةً بينما في الترويسة عمودان؛"),
         QStringLiteral("cette ligne a 11 valeurs mais l’en-tête a 2 colonnes ;"),
         QStringLiteral("this row has 11 values but the header has 2 columns;")},
        // Generate says how long it took: its seconds in the same digits as its counts.
        {"generate, in seconds", generate(1), 0, QStringLiteral(" ث: "), QStringLiteral(" s : "),
         QStringLiteral(" s: ")},
        {"sync, a bundle of two changes", bundleIn(twoChanges), 0,
         QStringLiteral("لا سجلات جديدة، سجلان محدَّثان، "),
         QStringLiteral("0 nouvel enregistrement, 2 enregistrements mis à jour, "),
         QStringLiteral("0 new records, 2 records updated, ")},
    };
    // Every fault of a bundle, and a hub that cannot be reached, in the user's language.
    auto bundleInJoined = [&](const QString& bundle) {
        return QStringList{QStringLiteral("--db"), kBundlesCopy, QStringLiteral("sync"),
                           QStringLiteral("--bundle-in"), bundle};
    };
    rows += QList<Row>{
        {"sync, a bundle from another catalogue", bundleInJoined(m_bundleOther), 1,
         QStringLiteral("هذه الحزمة من دليل آخر ("), QStringLiteral("ce lot vient d'un autre catalogue ("),
         QStringLiteral("this bundle comes from another catalogue (")},
        {"sync, a bundle edited by hand", bundleIn(m_bundleEdited), 1,
         QStringLiteral("الحزمة تالفة أو ناقصة (مجموعها الاختباري غير مطابق: بُترت أو عُدّلت بعد كتابتها)؛ "
                        "لم يُستورد شيء"),
         QStringLiteral(
             "le lot est endommagé ou incomplet (sa somme de contrôle ne correspond pas : il a été "
             "tronqué ou modifié après son écriture) ; rien n'a été importé"),
         QStringLiteral("the bundle is damaged or incomplete (its checksum does not match")},
        {"sync, a truncated bundle", bundleIn(m_bundleCut), 1,
         QStringLiteral("الحزمة تالفة أو ناقصة (مجموعها الاختباري غير مطابق"),
         QStringLiteral("le lot est endommagé ou incomplet (sa somme de contrôle ne correspond pas"),
         QStringLiteral("the bundle is damaged or incomplete (its checksum does not match")},
        {"sync, a bundle cut to its first bytes", bundleIn(m_bundleStub), 1,
         QStringLiteral("الحزمة تالفة أو ناقصة (إنها قصيرة جدًا)"),
         QStringLiteral("le lot est endommagé ou incomplet (il est trop court)"),
         QStringLiteral("the bundle is damaged or incomplete (it is too short)")},
        // Without a hub to ask: a port where nothing listens.
        {"sync, an unreachable hub",
         {QStringLiteral("--db"), kSampleCopy, QStringLiteral("sync"), QStringLiteral("--hub"),
          QStringLiteral("postgresql://field:pw@127.0.0.1:1/dalil")},
         1,
         QStringLiteral("تعذّر الوصول إلى مركز المزامنة postgresql://field@127.0.0.1:1/dalil ("),
         QStringLiteral("impossible de joindre le hub postgresql://field@127.0.0.1:1/dalil ("),
         QStringLiteral("cannot reach the hub postgresql://field@127.0.0.1:1/dalil (")},
    };
    for (const Row& row : rows) {
        QTest::addRow("ar: %s", row.name)
            << QStringLiteral("ar_EG.UTF-8") << row.arguments << row.exitCode << row.ar;
        QTest::addRow("fr: %s", row.name)
            << QStringLiteral("fr_FR.UTF-8") << row.arguments << row.exitCode << row.fr;
        QTest::addRow("C: %s", row.name)
            << QStringLiteral("C.UTF-8") << row.arguments << row.exitCode << row.en;
    }
}

void TestCli::everyCommandSpeaksTheUsersLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    for (QString& argument : arguments) {
        if (argument == kFresh) {
            argument = dir.filePath(QStringLiteral("fresh.dalil"));
        } else if (argument == kSampleCopy) {
            argument = dir.filePath(QStringLiteral("sample.dalil"));
            QVERIFY(QFile::copy(m_sample, argument));
        } else if (argument == kBundlesCopy) {
            argument = dir.filePath(QStringLiteral("bundles.dalil"));
            QVERIFY(QFile::copy(m_bundlesSource, argument));
        }
    }
    const test::CliRun ran = test::runCliIn(language, arguments);
    const QString out = QString::fromUtf8(ran.out);
    const QString err = QString::fromUtf8(ran.err);
    QCOMPARE(ran.exitCode, exitCode); // exit codes are the same in every language
    const QString printed = exitCode == 0 ? out : err;
    QVERIFY2(printed.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + printed));
    // One rule for the digits of the whole command line, in every language: Latin digits (0-9), as
    // %n writes the counts, so that no line mixes them with Arabic-Indic ones ("11 ... ٠٫١ ث"); the
    // command line and scripts read them back (docs/CLI.md).
    static const QRegularExpression otherDigits(QStringLiteral("[\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}٫٬]"));
    QVERIFY2(!out.contains(otherDigits) && !err.contains(otherDigits), qPrintable(out + err));
}

void TestCli::unreachableHubInAnInstalledFrenchLocale()
{
    // Where the user's French locale is installed, libpq's own messages (and the system's it quotes,
    // "Connexion refusée") come in French: the hub's fault must still be recognised and told in
    // Dalil's own sentence. The locale is made here, in a directory of its own (LOCPATH), as this
    // machine may have none installed.
    if (!QFile::exists(QStringLiteral("/usr/share/locale/fr/LC_MESSAGES/libpq5-15.mo"))) {
        QSKIP("libpq's French messages are not installed: its messages cannot be French here");
    }
    QTemporaryDir locales;
    if (const QString error = test::makeLocale(locales.path(), QStringLiteral("fr_FR")); !error.isEmpty()) {
        QSKIP(qPrintable(error));
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LOCPATH"), locales.path());
    environment.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr"));
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    const QString db = m_dir.filePath(QStringLiteral("french-locale.dalil"));
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("init")}, 120000, environment).exitCode,
             0);
    const test::CliRun ran =
        test::runCli({QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--hub"),
                      QStringLiteral("postgresql://field:pw@127.0.0.1:1/dalil")},
                     120000, environment);
    const QString err = QString::fromUtf8(ran.err);
    QCOMPARE(ran.exitCode, 1);
    QVERIFY2(
        err.contains(QStringLiteral("impossible de joindre le hub postgresql://field@127.0.0.1:1/dalil (")),
        qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("le catalogue est inchangé")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
