// The map's background reads tell a cancel from a failure: a cancel (the view went away) ends
// quietly, a failure (the catalogue missing, damaged or not a catalogue) is described so the map
// can say it, instead of both showing an empty map that looks like a catalogue without offices.
#include "catalogue/SampleCatalogue.h"
#include "geo/MapPoints.h"
#include "geo/MapReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace dalil;

class TestMapReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readsOfficesAndPartnerships();
    void missingCatalogueIsAFailure();
    void damagedCatalogueIsAFailure();
    void cancelIsSilent();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestMapReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("sample.dalil"));
    QVERIFY(SampleCatalogue::createAt(m_path).catalogue);
}

void TestMapReader::readsOfficesAndPartnerships()
{
    std::atomic<bool> cancel{false};
    const MapReader::Offices offices = MapReader::offices(m_path, QStringLiteral("ar"), &cancel);
    QVERIFY2(!offices.failed() && !offices.cancelled, qPrintable(offices.error));
    QVERIFY(offices.points->size() > 10);
    const MapReader::Partnerships pairs = MapReader::partnerships(m_path, &cancel);
    QVERIFY2(!pairs.failed() && !pairs.cancelled, qPrintable(pairs.error));
    QVERIFY(pairs.pairs.size() > 0);
}

void TestMapReader::missingCatalogueIsAFailure()
{
    std::atomic<bool> cancel{false};
    const QString gone = m_dir.filePath(QStringLiteral("مفقود.dalil"));
    const MapReader::Offices offices = MapReader::offices(gone, QStringLiteral("ar"), &cancel);
    QVERIFY(offices.failed());
    QVERIFY(!offices.cancelled);
    QVERIFY2(offices.error.contains(QStringLiteral("مفقود.dalil")), qPrintable(offices.error));
    QCOMPARE(offices.points->size(), size_t(0));
    QVERIFY(MapReader::partnerships(gone, &cancel).failed());
}

void TestMapReader::damagedCatalogueIsAFailure()
{
    // A file that is not a catalogue (a download cut short, a wrong file picked).
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.dalil"));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(64 * 1024, '\x5a'));
    file.close();
    std::atomic<bool> cancel{false};
    const MapReader::Offices offices = MapReader::offices(damaged, QStringLiteral("en"), &cancel);
    QVERIFY(offices.failed());
    QVERIFY2(offices.error.contains(QStringLiteral("damaged.dalil")), qPrintable(offices.error));
}

void TestMapReader::cancelIsSilent()
{
    std::atomic<bool> cancel{true};
    const MapReader::Offices offices = MapReader::offices(m_path, QStringLiteral("ar"), &cancel);
    QVERIFY(offices.cancelled);
    QVERIFY(!offices.failed());
    QCOMPARE(offices.points->size(), size_t(0));
    // Even when the catalogue has gone too (the application is closing): nothing to tell.
    const MapReader::Partnerships pairs =
        MapReader::partnerships(m_dir.filePath(QStringLiteral("gone.dalil")), &cancel);
    QVERIFY(pairs.cancelled);
    QVERIFY(!pairs.failed());
}

QTEST_GUILESS_MAIN(TestMapReader)
#include "tst_mapreader.moc"
