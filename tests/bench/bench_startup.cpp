// Start to first painted window: the real `dalil` on a large catalogue, beside an empty Qt window
// measured the same way (a process started, timed until it says it has painted). DESIGN.md
// "Performance": ≤ 0.8 s and ≤ 2× the empty window.
//
//   bench_startup [--catalogue PATH] [--orgs N] [--runs R]
//
// Without --catalogue (or when that file does not exist yet) it writes a synthetic catalogue of N
// organisations (default 1,000,000), each with an office, and builds its search index, in a temporary folder.
// Prints markdown table rows. `bench_startup --empty-window` is the reference program itself.

#include "BenchSupport.h"
#include "catalogue/Catalogue.h"
#include "catalogue/SampleCatalogue.h"
#include "catalogue/SqlStatement.h"
#include "search/SearchIndex.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPaintEvent>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace dalil;

namespace {

// The reference: the smallest Qt Widgets program that shows a window, reporting its first paint
// (and the CPU time used until then) the way dalil does (DALIL_PRINT_FIRST_PAINT).
class EmptyWindow : public QWidget
{
protected:
    void paintEvent(QPaintEvent*) override
    {
        if (!m_painted) {
            m_painted = true;
            timespec cpu{};
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
            std::printf("first-paint cpu-ms=%.3f\n", double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }

private:
    bool m_painted = false;
};

void generate(Catalogue& catalogue, int organisations)
{
    SampleCatalogue::loadVocabularies(catalogue);
    Database& db = catalogue.database();
    QRandomGenerator random(7);
    static const char* const words[] = {"جمعية",   "مؤسسة", "الأمل",   "التنمية",
                                        "الإغاثة", "الصحة", "التعليم", "الطفل"};
    static const char* const latin[] = {"Association", "Foundation", "Hope",
                                        "Development", "Relief",     "Health"};
    static const char* const countries[] = {"EG", "LB", "JO", "SY", "IQ", "PS", "YE", "TN", "MA", "SD"};
    static const double lats[] = {30.04, 33.89, 31.95, 33.51, 33.31, 31.50, 15.37, 36.81, 34.02, 15.50};
    static const double lons[] = {31.24, 35.50, 35.91, 36.28, 44.37, 34.47, 44.19, 10.18, -6.84, 32.56};
    {
        SearchIndex::BulkScope bulk(db);
        db.transaction([&] {
            SqlStatement org(db.handle(),
                             "INSERT INTO organisation (id, name_ar, name_en, type, countries, sectors, "
                             "rev, updated_at) VALUES (?, ?, ?, '22', ?, '[\"health\"]', ?, ?)");
            SqlStatement office(db.handle(),
                                "INSERT INTO location (id, organisation_id, country, lat, lon, rev, "
                                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
            const QString rev = db.nextRevision();
            const QString now = Database::nowText();
            for (int i = 0; i < organisations; ++i) {
                const int c = int(random.bounded(10));
                const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                org.bindAll(id,
                            QStringLiteral("%1 %2 %3")
                                .arg(QString::fromUtf8(words[random.bounded(8)]),
                                     QString::fromUtf8(words[random.bounded(8)]))
                                .arg(i),
                            QStringLiteral("%1 %2 %3")
                                .arg(QLatin1String(latin[random.bounded(6)]),
                                     QLatin1String(latin[random.bounded(6)]))
                                .arg(i),
                            QStringLiteral("[\"%1\"]").arg(QLatin1String(countries[c])), rev, now)
                    .exec();
                office
                    .bindAll(QUuid::createUuid().toString(QUuid::WithoutBraces), id,
                             QLatin1String(countries[c]), lats[c] + (random.generateDouble() - 0.5),
                             lons[c] + (random.generateDouble() - 0.5), rev, now)
                    .exec();
            }
        });
    }
    catalogue.searchIndex().rebuild();
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
}

// Starts `program` asking it to print its first-paint (and close-requested) lines, with no dialogs;
// `timer` starts with it.
void startReporting(QProcess& process, QElapsedTimer& timer, const QString& program,
                    const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DALIL_PRINT_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("DALIL_NO_DIALOGS"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    timer.start();
    process.start(program, arguments);
}

// Milliseconds from the "close-requested" line of `dalil --quit-after MS` (the window closed as
// Ctrl+Q closes it, MS after its first paint) to the end of the process; -1 if it never came.
double timeToQuit(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QElapsedTimer timer;
    startReporting(process, timer, program, arguments);
    QElapsedTimer sinceClose;
    QByteArray out;
    while (process.state() != QProcess::NotRunning) {
        process.waitForFinished(5);
        out += process.readAllStandardOutput();
        if (!sinceClose.isValid() && out.contains("close-requested")) {
            sinceClose.start();
        }
        if (timer.elapsed() > 120000) {
            process.kill();
            return -1;
        }
    }
    out += process.readAllStandardOutput();
    return sinceClose.isValid() ? double(sinceClose.nsecsElapsed()) / 1e6 : -1;
}

struct FirstPaint
{
    double ms = -1;    // from starting the program to its "first-paint" line; -1 if it never came
    double cpuMs = -1; // the CPU time the program says it had used by then (every thread)
};

FirstPaint timeToFirstPaint(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QElapsedTimer timer;
    startReporting(process, timer, program, arguments);
    FirstPaint result;
    QByteArray out;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        process.waitForReadyRead(50);
        out += process.readAllStandardOutput();
        if (result.ms < 0 && out.contains("first-paint")) {
            result.ms = double(timer.nsecsElapsed()) / 1e6;
        }
        if (timer.elapsed() > 120000) {
            process.kill();
            break;
        }
    }
    process.waitForFinished(30000);
    const qsizetype at = out.indexOf("first-paint cpu-ms=");
    if (at >= 0) {
        const qsizetype start = at + qsizetype(sizeof("first-paint cpu-ms=")) - 1;
        result.cpuMs = out.mid(start, out.indexOf('\n', start) - start).toDouble();
    }
    return result;
}

double median(std::vector<double> values)
{
    if (values.empty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    // With no display (CI, scripts/bench over ssh) both programs paint offscreen; the children
    // inherit this.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--empty-window") {
            QApplication app(argc, argv);
            EmptyWindow window;
            window.resize(1280, 800);
            window.show();
            return app.exec();
        }
    }
    QCoreApplication app(argc, argv);
    QString path;
    int organisations = 1000000;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--catalogue") && i + 1 < args.size()) {
            path = args[++i];
        } else if (args[i] == QLatin1String("--orgs") && i + 1 < args.size()) {
            organisations = args[++i].toInt();
        } else if (args[i] == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = std::max(1, args[++i].toInt());
        } else if (args[i] == QLatin1String("--quick")) {
            runs = 2;
            organisations = std::min(organisations, 100000);
        } else if ((args[i] == QLatin1String("--scratch") || args[i] == QLatin1String("--cli")) &&
                   i + 1 < args.size()) {
            ++i; // the shared options (BenchSupport.h); this bench writes only to a temporary folder
        }
    }
    QTemporaryDir dir;
    double generateMs = 0;
    // A --catalogue that does not exist yet is generated there (and kept for the next run).
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        if (path.isEmpty()) {
            path = dir.filePath(QStringLiteral("startup.dalil"));
        }
        auto created = Catalogue::open(path, Database::Mode::CreateIfMissing);
        if (!created.catalogue) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        generate(*created.catalogue, organisations);
        generateMs = double(timer.elapsed());
    }
    qint64 count = 0;
    {
        auto opened = Catalogue::open(path);
        if (!opened.catalogue) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error));
            return 1;
        }
        count = opened.catalogue->organisations().count();
    }
    const QString samplePath = dir.filePath(QStringLiteral("sample.dalil"));
    SampleCatalogue::createAt(samplePath);

    const QString dalil = QStringLiteral(DALIL_APP_PATH);
    const QString self = QCoreApplication::applicationFilePath();
    std::vector<double> empty, large, sample, emptyCpu, largeCpu, sampleCpu;
    // The first round warms the page cache and the font cache; it is not counted.
    for (int run = 0; run <= runs; ++run) {
        const FirstPaint e = timeToFirstPaint(self, {QStringLiteral("--empty-window")});
        const FirstPaint l = timeToFirstPaint(dalil, {QStringLiteral("--catalogue"), path,
                                                      QStringLiteral("--quit-after"), QStringLiteral("0")});
        const FirstPaint s = timeToFirstPaint(dalil, {QStringLiteral("--catalogue"), samplePath,
                                                      QStringLiteral("--quit-after"), QStringLiteral("0")});
        if (run > 0) {
            empty.push_back(e.ms);
            large.push_back(l.ms);
            sample.push_back(s.ms);
            emptyCpu.push_back(e.cpuMs);
            largeCpu.push_back(l.cpuMs);
            sampleCpu.push_back(s.cpuMs);
        }
    }
    // Quitting in the first seconds, while the search engine, the map's offices and their index are
    // still loading: from the close request to the end of the process.
    std::vector<double> quitEarly, quitLater;
    for (int run = 0; run < std::min(runs, 3); ++run) {
        quitEarly.push_back(timeToQuit(dalil, {QStringLiteral("--catalogue"), path,
                                               QStringLiteral("--quit-after"), QStringLiteral("1000")}));
        quitLater.push_back(timeToQuit(dalil, {QStringLiteral("--catalogue"), path,
                                               QStringLiteral("--quit-after"), QStringLiteral("3000")}));
    }
    const double emptyMs = median(empty);
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default"));
    bench::printRow(QStringLiteral("start-up to first painted window, %1 organisations (median of %2 runs)")
                        .arg(count)
                        .arg(runs),
                    bench::milliseconds(median(large)),
                    bench::milliseconds(emptyMs) + QStringLiteral(" (empty Qt window)"),
                    bench::ratio(median(large), emptyMs), QStringLiteral("≤ 800 ms and ≤ 2×"));
    bench::printRow(QStringLiteral("start-up to first painted window, sample catalogue"),
                    bench::milliseconds(median(sample)),
                    bench::milliseconds(emptyMs) + QStringLiteral(" (empty Qt window)"),
                    bench::ratio(median(sample), emptyMs), QString());
    // CPU time is what the shared machine's load moves least.
    const double emptyCpuMs = median(emptyCpu);
    bench::printRow(QStringLiteral("CPU time until the first paint, %1 organisations (median of %2 runs)")
                        .arg(count)
                        .arg(runs),
                    bench::milliseconds(median(largeCpu)),
                    bench::milliseconds(emptyCpuMs) + QStringLiteral(" (empty Qt window)"),
                    bench::ratio(median(largeCpu), emptyCpuMs), QString());
    bench::printRow(QStringLiteral("quit 1 s after the first paint, %1 organisations: close to process end "
                                   "(median of %2)")
                        .arg(count)
                        .arg(quitEarly.size()),
                    bench::milliseconds(median(quitEarly)), QString(), QString(), QStringLiteral("prompt"));
    bench::printRow(QStringLiteral("quit 3 s after the first paint, %1 organisations: close to process end "
                                   "(median of %2)")
                        .arg(count)
                        .arg(quitLater.size()),
                    bench::milliseconds(median(quitLater)), QString(), QString(), QStringLiteral("prompt"));
    bench::note(QStringLiteral(
                    "Start-up: each program is started as a process and timed until it reports its first "
                    "paint (platform %1); the reference is the smallest Qt Widgets window, no text. Before "
                    "that paint dalil opens the catalogue and builds the window's frame (menus, tabs, the "
                    "search field and a page naming the catalogue); the Organisations screen (list, filters, "
                    "map, profile) is built right after it, and the search index warm-up, the first query "
                    "and facet counts, the offices for the map and their clustering, the basemap and the "
                    "sync counts run after it or on worker threads. dalil links neither libpq, Qt Charts, "
                    "QtKeychain, Qt Network, libxlsxwriter nor minizip: they are loaded when the hub, the "
                    "Dashboard, a stored password, online map tiles or an .xlsx file are first used. Dalil "
                    "shows fonts-noto-core's fonts of the region's scripts only, so Qt's font list and its "
                    "Arabic fallback search are short, and gives fontconfig its own configuration instead "
                    "of having it parse the system's ~30 XML files (main/FontSetup). CPU time is the "
                    "process's own count (every thread, "
                    "the dynamic loader included) when it reports its first paint. Quitting is timed from "
                    "the window's close (as Ctrl+Q) to the end of the "
                    "process.")
                    .arg(platform));
    if (generateMs > 0) {
        bench::note(QStringLiteral("Start-up catalogue generated and indexed in %1 (not part of any figure).")
                        .arg(bench::milliseconds(generateMs)));
    }
    return 0;
}
