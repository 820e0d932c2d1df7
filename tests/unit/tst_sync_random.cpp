// A seeded random history: three clients create, edit and delete organisations, offices and
// contacts, and sync at random moments; the hub is killed (as a crash would) in the middle of
// pushes and pulls and restarted. At the end every catalogue is the same, and every version that
// was overwritten without anyone building on it is kept in a conflicts table.
// DALIL_SYNC_SEED and DALIL_SYNC_OPS replay or lengthen a run.

#include "TestSupport.h"
#include "sync/PgServer.h"
#include "sync/SyncTestSupport.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace dalil;
using namespace dalil::test;

namespace {

struct Version
{
    QString key;
    QString rev;
    QString parent;
    QJsonObject content;
};

QJsonObject contentOf(QJsonObject row)
{
    for (const char* key : {"rev", "updated_at", "dirty", "base_rev"}) {
        row.remove(QLatin1String(key));
    }
    return row;
}

const char* const kTables[] = {"organisation", "location", "contact"};

QMap<QString, QJsonObject> snapshot(Catalogue& catalogue)
{
    QMap<QString, QJsonObject> out;
    for (const char* table : kTables) {
        catalogue.repository(QLatin1String(table))
            ->forEach(
                [&](const QJsonObject& row) {
                    out.insert(QLatin1String(table) + QLatin1Char('/') +
                                   row.value(QLatin1String("id")).toString(),
                               row);
                },
                true);
    }
    return out;
}

} // namespace

class TestSyncRandom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomHistoryConverges();

private:
    PgServer m_pg;
    QTemporaryDir m_dir;
};

void TestSyncRandom::initTestCase()
{
    const QString error = m_pg.start();
    if (error.contains(QLatin1String("not found")) || error.contains(QLatin1String("missing"))) {
        QSKIP(qPrintable(error));
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_pg.admin(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE rnd")), QString());
    HubAddress address;
    HubAddress::parse(m_pg.adminUrl(QStringLiteral("rnd")), &address);
    HubClient admin(address);
    QCOMPARE(admin.open(), QString());
    QCOMPARE(admin.initialise(QStringLiteral("random-catalogue")), QString());
    for (const char* user : {"alice", "bob", "carol"}) {
        QCOMPARE(admin.addUser(QLatin1String(user), QLatin1String(user) + QStringLiteral("-pw"),
                               QStringLiteral("ws1"), QStringLiteral("editor")),
                 QString());
    }
}

void TestSyncRandom::randomHistoryConverges()
{
    const quint32 seed = qEnvironmentVariableIsSet("DALIL_SYNC_SEED")
                             ? qEnvironmentVariableIntValue("DALIL_SYNC_SEED")
                             : 20261125u;
    const int operations =
        qEnvironmentVariableIsSet("DALIL_SYNC_OPS") ? qEnvironmentVariableIntValue("DALIL_SYNC_OPS") : 360;
    qInfo("seed %u, %d operations", seed, operations);
    QRandomGenerator random(seed);

    std::vector<std::unique_ptr<Client>> clients;
    for (const char* user : {"alice", "bob", "carol"}) {
        clients.push_back(std::make_unique<Client>(m_dir.path(), QLatin1String(user),
                                                   m_pg.url(QLatin1String(user),
                                                            QLatin1String(user) + QStringLiteral("-pw"),
                                                            QStringLiteral("rnd"))));
    }
    QList<Version> versions;
    const QStringList cities = {QStringLiteral("بيروت"), QStringLiteral("طرابلس"), QStringLiteral("صيدا"),
                                QStringLiteral("زحلة"), QStringLiteral("Tyre")};
    auto token = [&] {
        static const QString letters = QStringLiteral("ابتثجحخدذرزسشصضطظعغفقكلمنهوي");
        QString out;
        for (int i = 0; i < 6; ++i) {
            out += letters.at(int(random.bounded(letters.size())));
        }
        return out + QString::number(random.bounded(1000));
    };
    auto liveIds = [](Client& c, const char* table) {
        QStringList ids;
        c.cat().repository(QLatin1String(table))->forEach([&](const QJsonObject& row) {
            ids.append(row.value(QLatin1String("id")).toString());
        });
        return ids;
    };

    int kills = 0;
    int failedSyncs = 0;
    int syncs = 0;
    for (int op = 0; op < operations; ++op) {
        Client& c = *clients[random.bounded(int(clients.size()))];
        const int action = int(random.bounded(100));
        if (action >= 76) {
            // Sync, and now and then lose the hub in the middle of it.
            ++syncs;
            const int fault = int(random.bounded(10));
            bool killed = false;
            SyncEngine::FaultHook hook;
            if (fault == 0 || fault == 1) {
                const SyncEngine::Stage target =
                    fault == 0 ? SyncEngine::Stage::Push : SyncEngine::Stage::Pull;
                hook = [&, target](SyncEngine::Stage stage, int step) {
                    if (stage == target && step == 0 && !killed) {
                        killed = true;
                        m_pg.kill();
                    }
                };
            }
            const Dump before = dump(c.cat());
            const QString error = c.sync(nullptr, hook, 16);
            if (killed) {
                ++kills;
                QVERIFY2(!error.isEmpty(), "a sync that lost its hub must say so");
                if (fault == 0) {
                    // Nothing of a failed push may change the catalogue.
                    QCOMPARE(difference(before, dump(c.cat())), QString());
                }
                QCOMPARE(m_pg.restart(), QString());
            } else {
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
            failedSyncs += error.isEmpty() ? 0 : 1;
            continue;
        }
        const QMap<QString, QJsonObject> before = snapshot(c.cat());
        const QStringList orgs = liveIds(c, "organisation");
        if (action < 18 || orgs.isEmpty()) {
            const QString org =
                c.addOrganisation(QStringLiteral("جمعية ") + token(), QStringLiteral("Society ") + token());
            for (int i = int(random.bounded(3)); i > 0; --i) {
                c.addOffice(org, cities.at(int(random.bounded(cities.size()))), 33 + random.generateDouble(),
                            35 + random.generateDouble());
            }
            if (random.bounded(2) == 0) {
                c.addContact(org, QStringLiteral("السيدة ") + token());
            }
        } else if (action < 50) {
            const QString org = orgs.at(int(random.bounded(orgs.size())));
            const char* fields[] = {"name_en", "acronym", "description_ar"};
            c.setField("organisation", org, QLatin1String(fields[random.bounded(3)]), token());
        } else if (action < 62) {
            const QStringList offices = liveIds(c, "location");
            if (!offices.isEmpty()) {
                c.setField("location", offices.at(int(random.bounded(offices.size()))),
                           QStringLiteral("city"), cities.at(int(random.bounded(cities.size()))) + token());
            }
        } else if (action < 67) {
            const QStringList contacts = liveIds(c, "contact");
            if (!contacts.isEmpty()) {
                c.setField("contact", contacts.at(int(random.bounded(contacts.size()))),
                           QStringLiteral("role"), token());
            }
        } else if (action < 71) {
            const QStringList offices = liveIds(c, "location");
            if (!offices.isEmpty()) {
                c.cat().locations().remove(offices.at(int(random.bounded(offices.size()))));
            }
        } else {
            c.cat().organisations().remove(orgs.at(int(random.bounded(orgs.size()))));
        }
        const QMap<QString, QJsonObject> after = snapshot(c.cat());
        for (auto it = after.begin(); it != after.end(); ++it) {
            const QString rev = it.value().value(QLatin1String("rev")).toString();
            const QString old = before.value(it.key()).value(QLatin1String("rev")).toString();
            if (rev != old) {
                versions.append({it.key(), rev, old, contentOf(it.value())});
            }
        }
        QTest::qWait(int(random.bounded(2))); // clocks move on, sometimes not
    }

    // Everyone comes back online.
    for (int round = 0; round < 3; ++round) {
        for (auto& c : clients) {
            QCOMPARE(c->sync(nullptr, {}, 16), QString());
        }
    }
    qInfo("%d syncs, %d with the hub killed, %lld versions written", syncs, kills,
          qlonglong(versions.size()));
    QVERIFY(kills >= 3);
    const Dump reference = dump(clients[0]->cat());
    for (std::size_t i = 1; i < clients.size(); ++i) {
        QCOMPARE(difference(reference, dump(clients[i]->cat())), QString());
        QCOMPARE(clients[i]->cat().stats().dirty, 0);
    }

    // Which versions were lost: not final, and nobody edited on top of them.
    QSet<QString> parents;
    QHash<QString, QString> parentOf;
    QHash<QString, QJsonObject> contentByRev;
    for (const Version& v : versions) {
        parents.insert(v.parent);
        parentOf.insert(v.rev, v.parent);
        contentByRev.insert(v.key + v.rev, v.content);
    }
    QSet<QString> kept;
    for (auto& c : clients) {
        for (const QString& rev : c->losingRevisions()) {
            kept.insert(rev);
        }
    }
    int lost = 0;
    for (const Version& v : versions) {
        const QJsonObject final = reference.value(v.key);
        const QString finalRev = final.value(QLatin1String("rev")).toString();
        if (v.rev == finalRev || parents.contains(v.rev)) {
            continue;
        }
        // Same data as a version that survives (the final one or one of its ancestors): nothing lost.
        bool survives = false;
        for (QString rev = finalRev; !rev.isEmpty() && !survives; rev = parentOf.value(rev)) {
            survives = contentByRev.value(v.key + rev, contentOf(final)) == v.content;
        }
        if (survives || contentOf(final) == v.content) {
            continue;
        }
        ++lost;
        QVERIFY2(kept.contains(v.rev),
                 qPrintable(QStringLiteral("lost version %1 of %2 is in no conflicts table (seed %3)")
                                .arg(v.rev, v.key)
                                .arg(seed)));
    }
    qInfo("%d versions lost to concurrent edits, all kept as conflicts", lost);
    QVERIFY(lost > 0); // the history must actually have had conflicts
}

QTEST_GUILESS_MAIN(TestSyncRandom)
#include "tst_sync_random.moc"
