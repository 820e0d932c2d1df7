// Memory of the whole application: the real `dalil` opened on the 1,000,000-organisation catalogue,
// left running until the list, the search and the map (every office clustered) are ready, its
// resident set sampled from /proc while it runs. The reference is the smallest Qt Widgets window
// sampled the same way. DESIGN.md "Performance": ≤ 400 MB RSS for 1M organisations open with the map.
//
//   bench_memory --catalogue PATH [--quick]      (bench_memory --empty-window is the reference)

#include "BenchSupport.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QTimer>
#include <QWidget>

using namespace dalil;

namespace {

// Resident set of a process in KiB, or -1 once it has gone.
long residentKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    return -1;
}

struct Sampled
{
    long peakKb = 0;
    long lastKb = 0; // just before it was asked to quit: the settled state
    bool ok = false;
    QStringList notes; // what the program itself reports holding ("memory-note: …" lines)
};

// Runs a program for `runMs`, sampling its resident set every 50 ms.
Sampled sample(const QString& program, const QStringList& arguments, int runMs)
{
    Sampled result;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DALIL_PRINT_MEMORY"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        return result;
    }
    QElapsedTimer clock;
    clock.start();
    while (process.state() == QProcess::Running && clock.elapsed() < runMs) {
        const long kb = residentKb(process.processId());
        if (kb > 0) {
            result.peakKb = std::max(result.peakKb, kb);
            result.lastKb = kb;
        }
        QThread::msleep(50);
    }
    const bool stillRunning = process.state() == QProcess::Running;
    process.terminate();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.ok = stillRunning && result.peakKb > 0;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        if (line.startsWith("memory-note: ")) {
            result.notes.append(QString::fromUtf8(line.mid(13)).trimmed());
        }
    }
    return result;
}

QString megabytes(long kb)
{
    return QStringLiteral("%1 MB").arg(QLocale::c().toString(kb / 1024.0, 'f', 0));
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (argc > 1 && qstrcmp(argv[1], "--empty-window") == 0) {
        QApplication app(argc, argv);
        QWidget window;
        window.resize(1280, 800);
        window.show();
        return app.exec();
    }
    QCoreApplication app(argc, argv);
    const bench::Options options = bench::parseOptions(app.arguments());
    // Long enough for the background work of a 1M catalogue (points read, clusters built, first
    // search) to finish on a loaded machine; the samples show when the resident set stops growing.
    const int runMs = options.quick ? 15000 : 60000;

    bench::progress(QStringLiteral("dalil on %1 for %2 s").arg(options.catalogue).arg(runMs / 1000));
    const Sampled dalil = sample(QStringLiteral(DALIL_APP_PATH),
                                 {QStringLiteral("--catalogue"), options.catalogue,
                                  QStringLiteral("--language"), QStringLiteral("ar")},
                                 runMs);
    bench::progress(QStringLiteral("an empty Qt window"));
    const Sampled empty =
        sample(QCoreApplication::applicationFilePath(), {QStringLiteral("--empty-window")}, 3000);
    if (!dalil.ok || !empty.ok) {
        bench::progress(QStringLiteral("a process ended before it was sampled"));
        return 1;
    }
    bench::printRow(
        QStringLiteral("memory: dalil with the 1,000,000-organisation catalogue open, list, "
                       "search and map ready (peak resident set over %1 s)")
            .arg(runMs / 1000),
        QStringLiteral("peak %1, settled %2").arg(megabytes(dalil.peakKb), megabytes(dalil.lastKb)),
        QStringLiteral("empty Qt window %1").arg(megabytes(empty.peakKb)),
        bench::ratio(dalil.peakKb, empty.peakKb), QStringLiteral("≤ 400 MB"));
    bench::note(QStringLiteral(
        "Memory: the resident set (VmRSS in /proc) of the real `dalil` process, offscreen, sampled every 50 "
        "ms "
        "from its start until it is asked to quit; the catalogue's SQLite page cache is part of it."));
    for (const QString& line : dalil.notes) {
        bench::note(QStringLiteral("Memory, as dalil reports it: %1.").arg(line));
    }
    bench::note(QStringLiteral(
        "Memory, the big consumers on 1M (heaptrack, session 3): the search engine's in-memory copy of "
        "every record's filter codes, with the text of some 630,000 partner codes (about 150 MB while "
        "loading); the map's offices with their organisations' ids and names; the cluster index (24 "
        "bytes an item, 20 for a point); the partnership pairs; the SQLite page caches (8 MB a "
        "connection in the app, 2 MB for background readers); Qt, fonts and the basemap."));
    return 0;
}
