// Sync bundles between two field offices that never meet a hub: convergence, idempotence, and
// bundles that must be refused whole (damaged, cut short, edited by hand, from another catalogue).

#include "TestSupport.h"
#include "sync/SyncTestSupport.h"

#include "catalogue/SyncStateRepository.h"
#include "sync/Bundle.h"
#include "sync/Conflicts.h"

#include <QtTest>

using namespace dalil;
using namespace dalil::test;

class TestSyncBundle : public QObject
{
    Q_OBJECT

private slots:
    void twoOfficesConverge();
    void importingTwiceChangesNothing();
    void incrementalBundlesCarryOnlyNewChanges();
    void privateContactsStayHome();
    void restoringAConflictIsANewEdit();
    void refusedBundles_data();
    void refusedBundles();
    void cliBundles();

private:
    QString bundle(Client& from, const QString& file, bool all = false,
                   const QString& peer = QStringLiteral("peer"))
    {
        Bundle::Summary summary;
        const QString path = m_dir.path() + QLatin1Char('/') + file;
        const QString error = Bundle::write(from.cat(), path, peer, all, &summary);
        return error.isEmpty() ? path : QStringLiteral("ERROR ") + error;
    }
    QString import(Client& to, const QString& path, Bundle::Summary* summary = nullptr)
    {
        Bundle::Summary local;
        return Bundle::import(to.cat(), path, summary ? summary : &local);
    }
    QTemporaryDir m_dir;
};

void TestSyncBundle::twoOfficesConverge()
{
    Client a(m_dir.path(), QStringLiteral("gaza"), {});
    Client b(m_dir.path(), QStringLiteral("irbid"), {});
    const QString org =
        a.addOrganisation(QStringLiteral("جمعيّة إغاثة الأطفال"), QStringLiteral("Child Relief"));
    a.addOffice(org, QStringLiteral("غزة"), 31.50, 34.46);
    a.addContact(org, QStringLiteral("أحمد أبو ٢٠٢٤"));
    QString path = bundle(a, QStringLiteral("a1.dalilbundle"), true);
    QVERIFY2(!path.startsWith(QLatin1String("ERROR")), qPrintable(path));
    QCOMPARE(import(b, path), QString());
    path = bundle(b, QStringLiteral("b1.dalilbundle"), true);
    QCOMPARE(import(a, path), QString());
    QCOMPARE(difference(dump(a.cat()), dump(b.cat())), QString());

    // Concurrent edits on both sides, and a delete.
    a.setField("organisation", org, QStringLiteral("acronym"), QStringLiteral("إغاثة"));
    const QString losing = a.cat().organisations().find(org)->value(QLatin1String("rev")).toString();
    QTest::qWait(3);
    b.setField("organisation", org, QStringLiteral("acronym"), QStringLiteral("CR"));
    const QString second = b.addOrganisation(QStringLiteral("مركز الدراسات"), QStringLiteral("Study Centre"));
    a.cat().contacts().forEach(
        [&](const QJsonObject& c) { a.cat().contacts().remove(c.value(QLatin1String("id")).toString()); });

    const QString fromA = bundle(a, QStringLiteral("a2.dalilbundle"));
    const QString fromB = bundle(b, QStringLiteral("b2.dalilbundle"));
    QCOMPARE(import(b, fromA), QString());
    QCOMPARE(import(a, fromB), QString());
    QCOMPARE(difference(dump(a.cat()), dump(b.cat())), QString());
    QCOMPARE(a.cat().organisations().find(org)->value(QLatin1String("acronym")).toString(),
             QStringLiteral("CR"));
    QVERIFY(a.cat().organisations().find(second));
    QCOMPARE(b.cat().contacts().count(), 0);
    QVERIFY2((a.losingRevisions() + b.losingRevisions()).contains(losing), "the losing edit is kept");
}

void TestSyncBundle::importingTwiceChangesNothing()
{
    Client a(m_dir.path(), QStringLiteral("twice-a"), {});
    Client b(m_dir.path(), QStringLiteral("twice-b"), {});
    const QString org = a.addOrganisation(QStringLiteral("منظمة"), QStringLiteral("Org"));
    QCOMPARE(import(b, bundle(a, QStringLiteral("t0.dalilbundle"), true)), QString());
    a.setField("organisation", org, QStringLiteral("name_fr"), QStringLiteral("Organisation"));
    b.setField("organisation", org, QStringLiteral("name_en"), QStringLiteral("Org (b)"));
    const QString path = bundle(a, QStringLiteral("t1.dalilbundle"));
    Bundle::Summary first;
    QCOMPARE(import(b, path, &first), QString());
    const Dump afterFirst = dump(b.cat());
    const QStringList conflicts = b.losingRevisions();
    const QString meta = b.cat().database().meta(QStringLiteral("hlc_last"));
    Bundle::Summary second;
    QCOMPARE(import(b, path, &second), QString());
    QCOMPARE(difference(afterFirst, dump(b.cat())), QString());
    QCOMPARE(b.losingRevisions(), conflicts);
    QCOMPARE(second.inserted + second.updated, 0);
    QCOMPARE(second.conflicts, 0);
}

void TestSyncBundle::incrementalBundlesCarryOnlyNewChanges()
{
    Client a(m_dir.path(), QStringLiteral("inc-a"), {});
    Client b(m_dir.path(), QStringLiteral("inc-b"), {});
    for (int i = 0; i < 5; ++i) {
        a.addOrganisation(QStringLiteral("جمعية %1").arg(i), QStringLiteral("Society %1").arg(i));
    }
    Bundle::Summary summary;
    QCOMPARE(Bundle::write(a.cat(), m_dir.path() + QStringLiteral("/inc1"), QStringLiteral("irbid"), false,
                           &summary),
             QString());
    QVERIFY(summary.rows >= 5);
    QCOMPARE(import(b, m_dir.path() + QStringLiteral("/inc1")), QString());
    const QString org = a.addOrganisation(QStringLiteral("جديدة"), QStringLiteral("New"));
    QCOMPARE(Bundle::write(a.cat(), m_dir.path() + QStringLiteral("/inc2"), QStringLiteral("irbid"), false,
                           &summary),
             QString());
    QCOMPARE(summary.rows, 1);
    QCOMPARE(import(b, m_dir.path() + QStringLiteral("/inc2")), QString());
    QVERIFY(b.cat().organisations().find(org));
    // Another peer has had nothing yet: it gets everything.
    QCOMPARE(Bundle::write(a.cat(), m_dir.path() + QStringLiteral("/inc3"), QStringLiteral("zarqa"), false,
                           &summary),
             QString());
    QVERIFY(summary.rows >= 6);
    // Rows received from a bundle travel on to the next peer.
    Client c(m_dir.path(), QStringLiteral("inc-c"), {});
    QCOMPARE(
        Bundle::write(b.cat(), m_dir.path() + QStringLiteral("/inc4"), QStringLiteral("c"), false, &summary),
        QString());
    QCOMPARE(import(c, m_dir.path() + QStringLiteral("/inc4")), QString());
    QVERIFY(c.cat().organisations().find(org));
}

void TestSyncBundle::privateContactsStayHome()
{
    Client a(m_dir.path(), QStringLiteral("priv-a"), {});
    const QString org = a.addOrganisation(QStringLiteral("مركز"), QStringLiteral("Centre"));
    const QString secret = a.addContact(org, QStringLiteral("سارة السرية"), true);
    const QString path = bundle(a, QStringLiteral("priv.dalilbundle"), true);
    Bundle::Contents contents;
    QCOMPARE(Bundle::read(path, &contents), QString());
    for (const auto& [spec, row] : contents.rows) {
        QVERIFY(row.value(QLatin1String("id")).toString() != secret);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(QStringLiteral("سارة").toUtf8())); // compressed, but check anyway
}

void TestSyncBundle::restoringAConflictIsANewEdit()
{
    Client a(m_dir.path(), QStringLiteral("res-a"), {});
    Client b(m_dir.path(), QStringLiteral("res-b"), {});
    const QString org = a.addOrganisation(QStringLiteral("الشبكة"), QStringLiteral("Network"));
    QCOMPARE(import(b, bundle(a, QStringLiteral("res0"), true)), QString());
    a.setField("organisation", org, QStringLiteral("name_en"), QStringLiteral("A's name"));
    QTest::qWait(3);
    b.setField("organisation", org, QStringLiteral("name_en"), QStringLiteral("B's name"));
    QCOMPARE(import(a, bundle(b, QStringLiteral("res1"))), QString());
    Conflicts conflicts(a.cat());
    QList<Conflicts::Entry> entries = conflicts.list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().conflict.losingRow.value(QLatin1String("name_en")).toString(),
             QStringLiteral("A's name"));
    QCOMPARE(entries.first().current->value(QLatin1String("name_en")).toString(), QStringLiteral("B's name"));
    QCOMPARE(entries.first().changedFields, QStringList{QStringLiteral("name_en")});

    QCOMPARE(conflicts.restore(entries.first().conflict.id), QString());
    QCOMPARE(a.cat().organisations().find(org)->value(QLatin1String("name_en")).toString(),
             QStringLiteral("A's name"));
    QCOMPARE(conflicts.countUnresolved(), 0);
    // The restore travels like any edit, and wins.
    QCOMPARE(import(b, bundle(a, QStringLiteral("res2"))), QString());
    QCOMPARE(b.cat().organisations().find(org)->value(QLatin1String("name_en")).toString(),
             QStringLiteral("A's name"));
    QCOMPARE(conflicts.restore(987654), QStringLiteral("there is no conflict number 987654"));
}

void TestSyncBundle::refusedBundles_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cut short") << "truncate"
                               << "damaged or incomplete";
    QTest::newRow("one byte changed") << "flip"
                                      << "checksum does not match";
    QTest::newRow("edited by hand, checksum redone") << "edit"
                                                     << "not a valid record";
    QTest::newRow("another catalogue") << "catalogue"
                                       << "another catalogue";
    QTest::newRow("not a bundle") << "garbage"
                                  << "not a Dalil sync bundle";
    QTest::newRow("empty file") << "empty"
                                << "not a Dalil sync bundle";
    QTest::newRow("missing file") << "missing"
                                  << "cannot be read";
    QTest::newRow("newer format") << "format"
                                  << "newer version";
}

void TestSyncBundle::refusedBundles()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    Client a(m_dir.path(), QStringLiteral("ref-a-") + damage, {});
    Client b(m_dir.path(), QStringLiteral("ref-b-") + damage, {});
    a.addOrganisation(QStringLiteral("جمعية الأمل"), QStringLiteral("Hope"));
    // b already shares a's catalogue, and has its own work.
    QCOMPARE(import(b, bundle(a, QStringLiteral("base-") + damage, true)), QString());
    b.addOrganisation(QStringLiteral("منظمة باء"), QStringLiteral("B org"));
    const QString org = a.addOrganisation(QStringLiteral("منظمة جديدة"), QStringLiteral("New org"));
    QString path = bundle(a, QStringLiteral("bad-") + damage);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray data = file.readAll();
    file.close();
    auto rewrite = [&](const QByteArray& bytes) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
    };
    auto resign = [](QByteArray body) {
        return body + QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    };
    if (damage == QLatin1String("truncate")) {
        rewrite(data.left(data.size() * 2 / 3));
    } else if (damage == QLatin1String("flip")) {
        data[data.size() / 2] = char(data[data.size() / 2] ^ 0x20);
        rewrite(data);
    } else if (damage == QLatin1String("edit")) {
        // Someone unpacks the changes, breaks a revision, and packs it again with a valid checksum.
        QDataStream in(data);
        in.setByteOrder(QDataStream::BigEndian);
        in.skipRawData(8);
        quint32 format, headerSize;
        in >> format >> headerSize;
        const QByteArray header = data.mid(16, int(headerSize));
        QByteArray lines =
            qUncompress(data.mid(16 + int(headerSize) + 8, data.size() - 16 - int(headerSize) - 8 - 32));
        lines.replace("\"rev\":\"", "\"rev\":\"x");
        const QByteArray payload = qCompress(lines);
        QByteArray body;
        QDataStream out(&body, QIODevice::WriteOnly);
        out.setByteOrder(QDataStream::BigEndian);
        out.writeRawData("DALILBDL", 8);
        out << format << headerSize;
        out.writeRawData(header.constData(), int(header.size()));
        out << quint64(payload.size());
        out.writeRawData(payload.constData(), int(payload.size()));
        rewrite(resign(body));
    } else if (damage == QLatin1String("catalogue")) {
        Client stranger(m_dir.path(), QStringLiteral("stranger-") + damage, {});
        stranger.addOrganisation(QStringLiteral("غريبة"), QStringLiteral("Stranger"));
        path = bundle(stranger, QStringLiteral("stranger.dalilbundle"), true);
    } else if (damage == QLatin1String("garbage")) {
        rewrite("organisation,name\nفلان,x\n");
    } else if (damage == QLatin1String("empty")) {
        rewrite(QByteArray());
    } else if (damage == QLatin1String("missing")) {
        path += QStringLiteral(".nowhere");
    } else if (damage == QLatin1String("format")) {
        QByteArray body = data.left(data.size() - 32);
        body[11] = 9; // format (big-endian u32 at offset 8)
        rewrite(resign(body));
    }
    const Dump before = dump(b.cat());
    const QStringList conflicts = b.losingRevisions();
    const QString error = import(b, path);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("nothing was imported")) || damage == QLatin1String("missing"),
             qPrintable(error));
    QCOMPARE(difference(before, dump(b.cat())), QString());
    QCOMPARE(b.losingRevisions(), conflicts);
    QVERIFY(!b.cat().organisations().find(org));
}

void TestSyncBundle::cliBundles()
{
    const QString a = m_dir.path() + QStringLiteral("/cli-a.dalil");
    const QString b = m_dir.path() + QStringLiteral("/cli-b.dalil");
    const QString file = m_dir.path() + QStringLiteral("/cli.dalilbundle");
    QCOMPARE(runCli({QStringLiteral("--db"), a, QStringLiteral("init"), QStringLiteral("--sample")}).exitCode,
             0);
    QCOMPARE(runCli({QStringLiteral("--db"), b, QStringLiteral("init")}).exitCode, 0);
    CliRun run = runCli({QStringLiteral("--db"), a, QStringLiteral("sync"), QStringLiteral("--bundle-out"),
                         file, QStringLiteral("--all"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QJsonDocument::fromJson(run.out).object().value(QLatin1String("rows")).toInt() > 10);
    run = runCli({QStringLiteral("--db"), b, QStringLiteral("sync"), QStringLiteral("--bundle-in"), file,
                  QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QJsonDocument::fromJson(run.out).object().value(QLatin1String("inserted")).toInt() > 10);
    run = runCli({QStringLiteral("--db"), b, QStringLiteral("sync"), QStringLiteral("--bundle-in"), file,
                  QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("inserted")).toInt(), 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("updated")).toInt(), 0);
    const CliRun statsA =
        runCli({QStringLiteral("--db"), a, QStringLiteral("stats"), QStringLiteral("--json")});
    const CliRun statsB =
        runCli({QStringLiteral("--db"), b, QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(statsB.out).object().value(QLatin1String("organisations")),
             QJsonDocument::fromJson(statsA.out).object().value(QLatin1String("organisations")));

    QFile::resize(file, QFileInfo(file).size() - 10);
    run = runCli({QStringLiteral("--db"), b, QStringLiteral("sync"), QStringLiteral("--bundle-in"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("damaged or incomplete") && run.err.count('\n') == 1, run.err.constData());
    run = runCli({QStringLiteral("--db"), b, QStringLiteral("sync"), QStringLiteral("--all"),
                  QStringLiteral("--bundle-in"), file});
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestSyncBundle)
#include "tst_sync_bundle.moc"
