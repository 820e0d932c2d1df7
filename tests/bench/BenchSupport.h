#pragma once

// Shared by every tests/bench/bench_*.cpp. The interface scripts/bench relies on:
//
//   bench_x --catalogue PATH [--scratch DIR] [--cli PATH] [--quick]
//
// - --catalogue: the 1,000,000-organisation catalogue scripts/bench generated (seed 1); treat it
//   as read-only unless the bench says otherwise in its notes.
// - --scratch:   a directory for files the bench writes (removed by the bench when done).
// - --cli:       the dalil-cli binary (default: the one built with the bench).
// - --quick:     fewer runs and smaller sizes, to try a bench out.
// - stdout:      markdown table rows `| work | dalil | reference | ratio | target |` (printRow), and
//                optional lines of notes (note) that scripts/bench puts under the table. Nothing else.
// - stderr:      progress, free-form. Exit code 0 when every row was measured.
//
// Times come from QElapsedTimer (monotonic, nanoseconds). Compare against a reference measured in
// the same run on the same data, and report the ratio: absolute numbers move with the machine's
// load (it is shared), ratios much less.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace dalil::bench {

struct Options
{
    QString catalogue;
    QString scratch;
    QString cli;
    bool quick = false;
};

// Parses the common options; prints usage and exits with 2 on anything else.
inline Options parseOptions(const QStringList& arguments, bool catalogueRequired = true)
{
    Options options;
#ifdef DALIL_CLI_PATH
    options.cli = QStringLiteral(DALIL_CLI_PATH);
#endif
    options.scratch = QDir::temp().filePath(QStringLiteral("dalil-bench"));
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        auto value = [&]() -> QString { return i + 1 < arguments.size() ? arguments[++i] : QString(); };
        if (argument == QLatin1String("--catalogue")) {
            options.catalogue = value();
        } else if (argument == QLatin1String("--scratch")) {
            options.scratch = value();
        } else if (argument == QLatin1String("--cli")) {
            options.cli = value();
        } else if (argument == QLatin1String("--quick")) {
            options.quick = true;
        } else {
            std::fprintf(stderr, "usage: %s --catalogue PATH [--scratch DIR] [--cli PATH] [--quick]\n",
                         qPrintable(arguments.value(0)));
            std::exit(2);
        }
    }
    if (catalogueRequired && options.catalogue.isEmpty()) {
        std::fprintf(stderr, "%s: --catalogue PATH is required\n", qPrintable(arguments.value(0)));
        std::exit(2);
    }
    QDir().mkpath(options.scratch);
    return options;
}

// Milliseconds over several runs. Percentiles are nearest-rank over the sorted runs.
struct Timing
{
    std::vector<double> runs; // sorted

    double percentile(double p) const
    {
        if (runs.empty()) {
            return 0;
        }
        const auto rank = std::size_t(std::ceil(p / 100.0 * double(runs.size())));
        return runs[std::min(runs.size() - 1, rank == 0 ? 0 : rank - 1)];
    }
    double p50() const { return percentile(50); }
    double p95() const { return percentile(95); }
    double p99() const { return percentile(99); }
    double min() const { return runs.empty() ? 0 : runs.front(); }
};

// Runs `work` `warmup` times untimed, then `count` times timed.
template <typename Work> Timing measure(int count, Work&& work, int warmup = 1)
{
    for (int i = 0; i < warmup; ++i) {
        work();
    }
    Timing timing;
    timing.runs.reserve(std::size_t(count));
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        work();
        timing.runs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(timing.runs.begin(), timing.runs.end());
    return timing;
}

// One timed run, in milliseconds.
template <typename Work> double once(Work&& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

inline QString milliseconds(double ms)
{
    const QLocale c = QLocale::c();
    if (ms >= 10000) {
        return c.toString(ms / 1000, 'f', 1) + QStringLiteral(" s");
    }
    if (ms >= 1000) {
        return c.toString(ms / 1000, 'f', 2) + QStringLiteral(" s");
    }
    if (ms >= 10) {
        return c.toString(ms, 'f', 1) + QStringLiteral(" ms");
    }
    return c.toString(ms, 'f', 2) + QStringLiteral(" ms");
}

// "p50 12.3 ms, p95 14.0 ms"
inline QString percentiles(const Timing& timing)
{
    return QStringLiteral("p50 %1, p95 %2").arg(milliseconds(timing.p50()), milliseconds(timing.p95()));
}

inline QString rate(double count, double ms, const QString& unit)
{
    QLocale c = QLocale::c();
    c.setNumberOptions({});
    return QStringLiteral("%1 %2/s").arg(c.toString(qint64(std::llround(count / (ms / 1000.0)))), unit);
}

// Dalil's time over the reference's: below 1 means Dalil is faster.
inline QString ratio(double dalil, double reference)
{
    return reference > 0 ? QLocale::c().toString(dalil / reference, 'f', 2) + QStringLiteral("×")
                         : QStringLiteral("—");
}

inline void printRow(const QString& work, const QString& dalil, const QString& reference,
                     const QString& ratioText, const QString& target)
{
    QTextStream out(stdout);
    out << "| " << work << " | " << dalil << " | " << reference << " | " << ratioText << " | " << target
        << " |\n";
    out.flush();
}

// A line under the table (what the reference is, what was left out).
inline void note(const QString& text)
{
    QTextStream out(stdout);
    out << text << "\n";
    out.flush();
}

inline void progress(const QString& text)
{
    QTextStream err(stderr);
    err << text << "\n";
    err.flush();
}

} // namespace dalil::bench
