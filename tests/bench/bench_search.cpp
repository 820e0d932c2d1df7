// As-you-type search, facet counts and index build on a large catalogue, each beside a bare FTS5
// MATCH on the same normalised text measured in the same run (DESIGN.md "Performance").
//
//   bench_search [--catalogue PATH] [--scratch DIR] [--quick] [--orgs N] [--keep PATH] [--no-build]
//                [--facets-only]
//
// With --catalogue (scripts/bench: the generated 1,000,000-organisation catalogue) it rebuilds that
// catalogue's search index and writes its reference FTS5 table into --scratch. Without it, it writes
// a synthetic catalogue of N organisations (default 1,000,000) in a temporary folder. Prints its own
// markdown table and one note per reference (scripts/bench copies both into docs/benchmarks.md).

#include "catalogue/Catalogue.h"
#include "catalogue/SampleCatalogue.h"
#include "catalogue/SqlStatement.h"
#include "search/ArabicText.h"
#include "search/SearchEngine.h"
#include "search/SearchIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace dalil;

namespace {

struct City
{
    const char* country;
    const char* admin1;
    const char* nameEn;
    const char* nameAr;
    double lat;
    double lon;
};

const City kCities[] = {
    {"EG", "Cairo", "Cairo", "القاهرة", 30.0444, 31.2357},
    {"EG", "Alexandria", "Alexandria", "الإسكندرية", 31.2001, 29.9187},
    {"LB", "Beirut", "Beirut", "بيروت", 33.8938, 35.5018},
    {"LB", "North", "Tripoli", "طرابلس", 34.4367, 35.8497},
    {"JO", "Amman", "Amman", "عمّان", 31.9539, 35.9106},
    {"JO", "Irbid", "Irbid", "إربد", 32.5556, 35.85},
    {"SY", "Damascus", "Damascus", "دمشق", 33.5138, 36.2765},
    {"SY", "Aleppo", "Aleppo", "حلب", 36.2021, 37.1343},
    {"IQ", "Baghdad", "Baghdad", "بغداد", 33.3152, 44.3661},
    {"IQ", "Erbil", "Erbil", "أربيل", 36.1911, 44.0092},
    {"PS", "Gaza", "Gaza", "غزة", 31.5017, 34.4668},
    {"PS", "Ramallah", "Ramallah", "رام الله", 31.9038, 35.2034},
    {"YE", "Sanaa", "Sanaa", "صنعاء", 15.3694, 44.191},
    {"YE", "Aden", "Aden", "عدن", 12.7855, 45.0187},
    {"TN", "Tunis", "Tunis", "تونس", 36.8065, 10.1815},
    {"MA", "Rabat", "Rabat", "الرباط", 34.0209, -6.8416},
    {"MA", "Casablanca", "Casablanca", "الدار البيضاء", 33.5731, -7.5898},
    {"DZ", "Algiers", "Algiers", "الجزائر", 36.7538, 3.0588},
    {"SD", "Khartoum", "Khartoum", "الخرطوم", 15.5007, 32.5599},
    {"LY", "Tripoli", "Tripoli", "طرابلس", 32.8872, 13.1913},
};

const char* const kKindAr[] = {"جمعية", "مؤسسة", "منظمة", "شبكة",   "مركز",
                               "اتحاد", "رابطة", "هيئة",  "مبادرة", "ملتقى"};
const char* const kKindEn[] = {"Association", "Foundation", "Organisation", "Network",    "Centre",
                               "Union",       "League",     "Authority",    "Initiative", "Forum"};
const char* const kTopicAr[] = {"الأمل",  "التنمية", "الإغاثة", "الصحة",   "التعليم", "حماية الطفل", "المرأة",
                                "الشباب", "السلام",  "الخير",   "التضامن", "البيئة",  "الكرامة",     "الغذاء",
                                "المياه", "الثقافة", "الحقوق",  "النور",   "العطاء",  "الإنسان"};
const char* const kTopicEn[] = {
    "Hope",  "Development", "Relief",  "Health",     "Education",   "Child Protection", "Women",
    "Youth", "Peace",       "Charity", "Solidarity", "Environment", "Dignity",          "Food",
    "Water", "Culture",     "Rights",  "Light",      "Giving",      "Humanity"};
const char* const kSectors[] = {"health",      "education",    "child-protection", "food-security", "wash",
                                "livelihoods", "shelter",      "protection",       "gbv",           "climate",
                                "mhpss",       "peacebuilding"};
const char* const kTypes[] = {"22", "22", "22", "24", "21", "23", "60", "80", "10", "network"};

void generate(Catalogue& catalogue, int organisations)
{
    SampleCatalogue::loadVocabularies(catalogue);
    Database& db = catalogue.database();
    QRandomGenerator random(42);
    SearchIndex::BulkScope bulk(db);
    db.transaction([&] {
        SqlStatement org(
            db.handle(),
            "INSERT INTO organisation (id, name_ar, name_en, acronym, type, sectors, countries, "
            "description_ar, description_en, languages, rev, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "?, ?, '[\"ar\",\"en\"]', ?, ?)");
        SqlStatement office(db.handle(),
                            "INSERT INTO location (id, organisation_id, country, admin1, city, lat, lon, "
                            "rev, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const QString rev = db.nextRevision();
        const QString now = Database::nowText();
        for (int i = 0; i < organisations; ++i) {
            const int kind = int(random.bounded(10));
            const int topic = int(random.bounded(20));
            const int topic2 = int(random.bounded(20));
            const City& city = kCities[random.bounded(int(std::size(kCities)))];
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString nameAr =
                QStringLiteral("%1 %2 و%3 في %4")
                    .arg(QString::fromUtf8(kKindAr[kind]), QString::fromUtf8(kTopicAr[topic]),
                         QString::fromUtf8(kTopicAr[topic2]), QString::fromUtf8(city.nameAr));
            const QString nameEn = QStringLiteral("%1 %2 %3 %4 %5")
                                       .arg(QLatin1String(city.nameEn), QLatin1String(kTopicEn[topic]),
                                            QLatin1String(kTopicEn[topic2]), QLatin1String(kKindEn[kind]))
                                       .arg(i % 997);
            QString acronym;
            for (const QString& word : nameEn.split(QLatin1Char(' '))) {
                if (!word.isEmpty() && word[0].isLetter()) {
                    acronym.append(word[0].toUpper());
                }
            }
            const QString sectors = QStringLiteral("[\"%1\",\"%2\"]")
                                        .arg(QLatin1String(kSectors[random.bounded(12)]),
                                             QLatin1String(kSectors[random.bounded(12)]));
            org.bindAll(id, nameAr, nameEn, acronym, QLatin1String(kTypes[kind]), sectors,
                        QStringLiteral("[\"%1\"]").arg(QLatin1String(city.country)),
                        QStringLiteral("تعمل %1 في مجال %2 في %3.")
                            .arg(nameAr, QString::fromUtf8(kTopicAr[topic2]), QString::fromUtf8(city.nameAr)),
                        QStringLiteral("Works on %1 and %2 in %3.")
                            .arg(QLatin1String(kTopicEn[topic]), QLatin1String(kTopicEn[topic2]),
                                 QLatin1String(city.nameEn)),
                        rev, now)
                .exec();
            office
                .bindAll(QUuid::createUuid().toString(QUuid::WithoutBraces), id, QLatin1String(city.country),
                         QLatin1String(city.admin1), QLatin1String(city.nameEn),
                         city.lat + (random.generateDouble() - 0.5) * 0.2,
                         city.lon + (random.generateDouble() - 0.5) * 0.2, rev, now)
                .exec();
        }
    });
}

// CPU time of this thread: the machine is shared, and wall time there measures the neighbours'
// load as much as the code (runs of a few ms are pre-empted in whole scheduler slices).
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// CPU time of the whole process (builds: SQLite writes from this thread, but count the kernel's
// part too).
double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The process's peak resident set so far (VmHWM), in KiB.
long peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    return 0;
}

struct Stats
{
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    int n = 0;
};

Stats percentiles(std::vector<double> ms)
{
    Stats s;
    if (ms.empty()) {
        return s;
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&](double p) { return ms[std::min(ms.size() - 1, size_t(p * double(ms.size() - 1) + 0.5))]; };
    s.p50 = at(0.50);
    s.p95 = at(0.95);
    s.p99 = at(0.99);
    s.n = int(ms.size());
    return s;
}

// The FTS5 options of the three search tables: as format 4 created them (migration 3), and now
// (migration 5). The bench builds both sets from the same documents to show what the change saves.
const char* const kFtsFormat4[] = {
    "CREATE VIRTUAL TABLE bench_fts_names USING fts5 (names, content = '', tokenize = 'ascii', detail = "
    "'none', "
    "prefix = '1 2 3')",
    "CREATE VIRTUAL TABLE bench_fts_all USING fts5 (names, body, content = '', tokenize = 'ascii', detail = "
    "'none', prefix = '1 2 3')",
    "CREATE VIRTUAL TABLE bench_fts_skel USING fts5 (skel, content = '', tokenize = 'ascii', detail = "
    "'none', "
    "prefix = '1 2')"};
const char* const kFtsFormat5[] = {
    "CREATE VIRTUAL TABLE bench_fts_names USING fts5 (names, content = '', tokenize = 'ascii', detail = "
    "'none', "
    "columnsize = 0, prefix = '1 2 3')",
    "CREATE VIRTUAL TABLE bench_fts_all USING fts5 (names, body, content = '', tokenize = 'ascii', detail = "
    "'none', columnsize = 0, prefix = '1 2 3')",
    "CREATE VIRTUAL TABLE bench_fts_skel USING fts5 (skel, content = '', tokenize = 'ascii', detail = "
    "'none', "
    "columnsize = 0, prefix = '2')"};

// Fills the three tables of one option set from search_doc (as SearchIndexRebuild does, with the
// same large term buffer); returns the process CPU time in ms. The tables are dropped afterwards.
double timeFtsTables(Database& db, const char* const (&tables)[3])
{
    for (const char* sql : tables) {
        db.execute(sql);
    }
    const double start = processCpuMs();
    db.transaction([&] {
        for (const char* table : {"bench_fts_names", "bench_fts_all", "bench_fts_skel"}) {
            const QByteArray name(table);
            db.execute(
                ("INSERT INTO " + name + " (" + name + ", rank) VALUES ('hashsize', 67108864)").constData());
        }
        db.execute("INSERT INTO bench_fts_names (rowid, names) SELECT docid, names FROM search_doc");
        db.execute(
            "INSERT INTO bench_fts_all (rowid, names, body) SELECT docid, names, body FROM search_doc");
        db.execute("INSERT INTO bench_fts_skel (rowid, skel) SELECT docid, skel FROM search_doc");
    });
    const double ms = processCpuMs() - start;
    for (const char* table : {"bench_fts_names", "bench_fts_all", "bench_fts_skel"}) {
        db.execute((QByteArray("DROP TABLE ") + table).constData());
    }
    return ms;
}

// What a 100,000-row import or a first pull of 100,000 organisations pays for search: the whole
// index of a catalogue of that size (an import into an empty catalogue marks the index stale and
// rebuilds it). The catalogue is every n-th organisation of the given one, with its offices,
// memberships and partnerships among them, and its vocabulary.
struct SubsetBuild
{
    qint64 organisations = 0;
    double wallMs = 0;
    double cpuMs = 0;
    double ftsFormat4CpuMs = 0;
    double ftsFormat5CpuMs = 0;
};

SubsetBuild buildSubset(const QString& sourcePath, qint64 sourceOrganisations, const QString& scratch,
                        int size)
{
    SubsetBuild out;
    QDir().mkpath(scratch);
    const QString path = QDir(scratch).filePath(QStringLiteral("import-subset.dalil"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
    {
        auto created = Catalogue::open(path, Database::Mode::CreateIfMissing);
        if (!created.catalogue) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error));
            return out;
        }
        Database& db = created.catalogue->database();
        SqlStatement attach(db.handle(), "ATTACH DATABASE ? AS src");
        attach.bind(1, sourcePath).exec();
        {
            SearchIndex::BulkScope bulk(db);
            db.transaction([&] {
                SqlStatement orgs(db.handle(), "INSERT INTO organisation SELECT * FROM src.organisation "
                                               "WHERE deleted = 0 AND rowid % ? = 0 LIMIT ?");
                orgs.bindAll(std::max<qint64>(1, sourceOrganisations / size), qint64(size)).exec();
                db.execute("INSERT OR IGNORE INTO vocabulary SELECT * FROM src.vocabulary");
                db.execute("INSERT INTO location SELECT * FROM src.location WHERE organisation_id IN "
                           "(SELECT id FROM organisation)");
                db.execute(
                    "INSERT INTO membership SELECT * FROM src.membership WHERE member_id IN (SELECT id "
                    "FROM organisation) AND network_id IN (SELECT id FROM organisation)");
                db.execute("INSERT INTO partnership SELECT * FROM src.partnership WHERE org_a IN (SELECT id "
                           "FROM organisation) AND org_b IN (SELECT id FROM organisation)");
            });
        }
        db.execute("DETACH DATABASE src");
    }
    auto opened = Catalogue::open(path);
    if (!opened.catalogue) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return out;
    }
    Database& db = opened.catalogue->database();
    out.organisations = opened.catalogue->organisations().count();
    QElapsedTimer timer;
    timer.start();
    const double start = processCpuMs();
    opened.catalogue->searchIndex().rebuild();
    out.wallMs = double(timer.elapsed());
    out.cpuMs = processCpuMs() - start;
    // Alternating which set goes first would need two runs; the newer options go second, when the
    // documents are as warm in the cache as they will be, which favours neither (both read them).
    out.ftsFormat4CpuMs = timeFtsTables(db, kFtsFormat4);
    out.ftsFormat5CpuMs = timeFtsTables(db, kFtsFormat5);
    opened.catalogue.reset();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
    return out;
}

// The bare MATCH of the comparison: the same normalised words, the last one as a prefix.
QString bareExpression(const QString& typed)
{
    QStringList parts;
    const QStringList tokens = ArabicText::tokens(typed);
    for (int i = 0; i < tokens.size(); ++i) {
        const bool prefix = i == tokens.size() - 1 && !typed.back().isSpace();
        parts.append(QLatin1Char('"') + ArabicText::stripClitic(tokens[i]) + QLatin1Char('"') +
                     (prefix ? QStringLiteral("*") : QString()));
    }
    return parts.join(QLatin1String(" AND "));
}

const char* const kQueries[] = {"الهلال الأحمر المصري",
                                "جمعية الأمل",
                                "مؤسسة التنمية",
                                "منظمة الصحة",
                                "حماية الطفل في بيروت",
                                "شبكة المرأة",
                                "مركز الشباب",
                                "اتحاد السلام",
                                "رابطة الخير",
                                "هيئة التضامن",
                                "مبادرة البيئة في عمان",
                                "ملتقى الكرامة",
                                "جمعية الغذاء والمياه",
                                "مؤسسة الثقافة",
                                "منظمة الحقوق في غزة",
                                "جمعيه النور",
                                "الإغاثة في حلب",
                                "التعليم في دمشق",
                                "العطاء الإنسان",
                                "الاغاثه",
                                "جمعية الهلال",
                                "انقاذ الطفل",
                                "برنامج الأغذية العالمي",
                                "مؤسسة مصر الخير",
                                "شبكة المنظمات الأهلية",
                                "egyptian red crescent",
                                "cairo hope association",
                                "beirut health foundation",
                                "child protection network",
                                "amman youth centre",
                                "gaza rights organisation",
                                "women peace",
                                "relief aleppo",
                                "education damascus",
                                "food security",
                                "water charity",
                                "save the children",
                                "world food programme",
                                "hea",
                                "dev",
                                "tripoli solidarity league",
                                "erbil culture",
                                "sanaa dignity",
                                "rabat environment initiative",
                                "unicef",
                                "ifrc",
                                "wfp",
                                "casablanca light forum",
                                "khartoum giving union",
                                "algiers humanity authority"};

void printRow(const char* what, const Stats& ours, const Stats& bare, const char* reference,
              const char* target)
{
    std::printf("| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f× | %s | %s |\n", what, ours.n,
                ours.p50, ours.p95, ours.p99, bare.p50, bare.p95, bare.p99,
                bare.p95 > 0 ? ours.p95 / bare.p95 : 0.0, reference, target);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString path;
    QString keep;
    QString scratch = QDir::temp().filePath(QStringLiteral("dalil-bench-search"));
    bool noBuild = false;
    bool quick = false;
    bool facetsOnly = false;
    bool buildOnly = false;
    bool noReference = false;
    int organisations = 1000000;
    int reindexCount = -1;   // default: a tenth of a synthetic catalogue, never a given one
    int importSize = 100000; // 0: no index build of a catalogue of this size (--import-size)
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--catalogue") && i + 1 < args.size()) {
            path = args[++i];
        } else if (args[i] == QLatin1String("--no-build")) {
            noBuild = true; // reuse the index and the comparison table of an earlier run (--keep)
        } else if (args[i] == QLatin1String("--keep") && i + 1 < args.size()) {
            keep = args[++i]; // write the generated catalogue there and keep it
        } else if (args[i] == QLatin1String("--orgs") && i + 1 < args.size()) {
            organisations = args[++i].toInt();
        } else if (args[i] == QLatin1String("--scratch") && i + 1 < args.size()) {
            scratch = args[++i]; // where the comparison index is written (removed at the end)
        } else if (args[i] == QLatin1String("--cli") && i + 1 < args.size()) {
            ++i; // not used
        } else if (args[i] == QLatin1String("--reindex") && i + 1 < args.size()) {
            reindexCount = args[++i].toInt(); // renames N organisations, times the batched reindex
        } else if (args[i] == QLatin1String("--import-size") && i + 1 < args.size()) {
            importSize = args[++i].toInt(); // the index build of an import or first pull of N records
        } else if (args[i] == QLatin1String("--no-reference")) {
            noReference = true; // with --build-only: the rebuild alone (while profiling it)
        } else if (args[i] == QLatin1String("--build-only")) {
            buildOnly = true; // only the two index builds (while profiling the rebuild)
        } else if (args[i] == QLatin1String("--facets-only")) {
            facetsOnly = true; // no as-you-type rounds (while working on facet counts)
        } else if (args[i] == QLatin1String("--quick")) {
            quick = true; // one round over the first ten queries
        } else {
            std::fprintf(stderr,
                         "usage: %s [--catalogue PATH] [--scratch DIR] [--quick] [--orgs N] [--keep PATH] "
                         "[--no-build] [--facets-only] [--build-only] [--no-reference] [--reindex N] "
                         "[--import-size N]\n",
                         qPrintable(args.value(0)));
            return 2;
        }
    }
    QString loadBefore;
    {
        QFile loadavg(QStringLiteral("/proc/loadavg"));
        if (loadavg.open(QIODevice::ReadOnly)) {
            loadBefore = QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2);
        }
    }
    QTemporaryDir dir;
    QElapsedTimer timer;
    double generateMs = 0;
    if (path.isEmpty()) {
        path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.dalil")) : keep;
        auto created = Catalogue::open(path, Database::Mode::CreateIfMissing);
        if (!created.catalogue) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error));
            return 1;
        }
        timer.start();
        generate(*created.catalogue, organisations);
        generateMs = double(timer.elapsed());
    }
    auto opened = Catalogue::open(path);
    if (!opened.catalogue) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    Catalogue& catalogue = *opened.catalogue;
    Database& db = catalogue.database();
    const qint64 orgCount = catalogue.organisations().count();

    double rebuildMs = 0;
    double bareBuildMs = 0;
    double rebuildCpuMs = 0;
    const long openedPeakKb = peakResidentKb();
    long rebuildPeakKb = 0;
    double bareBuildCpuMs = 0;
    QString barePath;
    QByteArray bareTable = "main.bench_bare_fts"; // --no-build: the table of an earlier --keep run
    if (!noBuild) {
        timer.start();
        double cpuStart = processCpuMs();
        catalogue.searchIndex().rebuild();
        rebuildMs = double(timer.elapsed());
        rebuildCpuMs = processCpuMs() - cpuStart;
        rebuildPeakKb = peakResidentKb();
    }
    if (!noBuild && !(buildOnly && noReference)) {
        double cpuStart = processCpuMs();
        // The comparison index: one plain FTS5 table over the same normalised text, in a scratch
        // database attached beside the catalogue (the catalogue only gets its own search index).
        QDir().mkpath(scratch);
        barePath = QDir(scratch).filePath(QStringLiteral("bare-fts.db"));
        QFile::remove(barePath);
        {
            // An empty file is an empty database (the catalogue's connection may not create files).
            QFile empty(barePath);
            empty.open(QIODevice::WriteOnly);
        }
        SqlStatement attach(db.handle(), "ATTACH DATABASE ? AS bare");
        attach.bind(1, barePath).exec();
        bareTable = "bare.bench_bare_fts";
        db.execute("PRAGMA bare.journal_mode = OFF");
        db.execute("PRAGMA bare.synchronous = OFF");
        db.execute("CREATE VIRTUAL TABLE bare.bench_bare_fts USING fts5 (names, body, tokenize = 'ascii', "
                   "prefix = '1 2 3')");
        timer.start();
        cpuStart = processCpuMs();
        db.transaction([&] {
            db.execute("INSERT INTO bare.bench_bare_fts (rowid, names, body) SELECT docid, names, body FROM "
                       "main.search_doc");
        });
        bareBuildMs = double(timer.elapsed());
        bareBuildCpuMs = processCpuMs() - cpuStart;
    }
    SubsetBuild subset;
    if (!noBuild && importSize > 0 && orgCount > importSize) {
        subset = buildSubset(path, orgCount, scratch, importSize);
    }
    if (buildOnly) {
        if (subset.organisations > 0) {
            std::printf(
                "index build at %lld organisations: %.0f ms wall, %.0f ms CPU; FTS5 tables alone: %.0f ms "
                "CPU (format-4 options %.0f ms)\n",
                subset.organisations, subset.wallMs, subset.cpuMs, subset.ftsFormat5CpuMs,
                subset.ftsFormat4CpuMs);
        }
        std::printf("index build: %.0f ms wall, %.0f ms CPU, peak RSS %ld MB (%ld MB before); bare FTS5 "
                    "table: %.0f ms wall, %.0f ms CPU\n",
                    rebuildMs, rebuildCpuMs, rebuildPeakKb / 1024, openedPeakKb / 1024, bareBuildMs,
                    bareBuildCpuMs);
        if (!barePath.isEmpty()) {
            db.execute("DETACH DATABASE bare");
            QFile::remove(barePath);
        }
        return 0;
    }
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)");

    SearchEngine engine(db);
    engine.warmUp();
    const QByteArray bareSelect = "SELECT rowid FROM " + bareTable + " WHERE bench_bare_fts MATCH ?";
    SqlStatement bare(db.handle(), (bareSelect + " LIMIT 20").constData());
    SqlStatement bareRanked(db.handle(), (bareSelect + " ORDER BY rank LIMIT 20").constData());
    SqlStatement bareEvery(db.handle(), bareSelect.constData());
    const int queryCount = quick ? 10 : int(std::size(kQueries));
    auto timeBare = [&](SqlStatement& statement, const QString& expression) {
        const double start = cpuMs();
        statement.bind(1, expression);
        while (statement.step()) {
        }
        statement.reset();
        return cpuMs() - start;
    };
    std::vector<double> ours, oursArabic, oursLatin, bareAll, bareArabic, bareLatin, facetMs, bareRankedMs,
        fullBare;
    for (int round = quick ? 1 : 0; round < (facetsOnly ? 0 : 2);
         ++round) { // the first round warms the cache
        ours.clear(), oursArabic.clear(), oursLatin.clear(), bareAll.clear(), bareArabic.clear(),
            bareLatin.clear();
        for (int n = 0; n < queryCount; ++n) {
            const char* text = kQueries[n];
            const QString query = QString::fromUtf8(text);
            const bool arabic = ArabicText::isArabic(query);
            for (int length = 1; length <= query.size(); ++length) {
                const QString typed = query.left(length);
                if (ArabicText::tokens(typed).isEmpty()) {
                    continue;
                }
                SearchQuery q;
                q.text = typed;
                q.limit = 20;
                const double start = cpuMs();
                const SearchResults results = engine.search(q, false);
                const double ms = cpuMs() - start;
                const double bareMs = timeBare(bare, bareExpression(typed));
                ours.push_back(ms);
                bareAll.push_back(bareMs);
                if (round == 1 && qEnvironmentVariableIsSet("DALIL_BENCH_SLOW") && ms > 5) {
                    std::fprintf(stderr, "slow %.2f ms (bare %.2f): %s | hits %d corrected %s\n", ms, bareMs,
                                 qPrintable(typed), int(results.hits.size()),
                                 qPrintable(results.correctedText));
                }
                (arabic ? oursArabic : oursLatin).push_back(ms);
                (arabic ? bareArabic : bareLatin).push_back(bareMs);
                Q_UNUSED(results);
            }
        }
    }
    // Facet counts read every match, so the first query of a word also pays for reading its index
    // pages from disk (or the OS cache) into SQLite; two rounds like the typing rows, the second
    // reported, the first (cold) one kept for its own row. Dalil and its reference alternate which
    // runs first, so that neither warms the pages for the other.
    std::vector<double> facetColdMs, fullBareCold;
    for (int round = 0; round < 2; ++round) {
        std::vector<double>& dalilMs = round == 0 ? facetColdMs : facetMs;
        std::vector<double>& everyMs = round == 0 ? fullBareCold : fullBare;
        for (int n = 0; n < queryCount; ++n) {
            const char* text = kQueries[n];
            SearchQuery q;
            q.text = QString::fromUtf8(text);
            const bool bareFirst = n % 2 == 1;
            if (bareFirst) {
                everyMs.push_back(timeBare(bareEvery, bareExpression(q.text)));
            }
            const double start = cpuMs();
            const Facets facets = engine.facets(q);
            dalilMs.push_back(cpuMs() - start);
            if (!bareFirst) {
                everyMs.push_back(timeBare(bareEvery, bareExpression(q.text)));
            }
            if (round == 1) {
                bareRankedMs.push_back(timeBare(bareRanked, bareExpression(q.text)));
            }
            if (qEnvironmentVariableIsSet("DALIL_BENCH_SLOW")) {
                std::fprintf(stderr, "facets round %d %.2f ms (bare %.2f) total %lld: %s\n", round,
                             dalilMs.back(), everyMs.back(), facets.total, text);
            }
        }
    }
    // The batched reindex after a bulk write that touched a small share of a large catalogue
    // (SearchIndex::BulkScope queues the records, ensureFresh() reindexes them 2,000 at a time). It
    // renames organisations, so it runs last, and on a given catalogue only when asked (--reindex).
    if (reindexCount < 0) {
        reindexCount = generateMs > 0 ? int(std::min<qint64>(10000, orgCount / 10)) : 0;
    }
    double reindexMs = 0;
    double reindexCpuMs = 0;
    bool reindexQueued = false;
    if (reindexCount > 0) {
        QStringList ids;
        {
            const qint64 step = std::max<qint64>(1, orgCount / reindexCount);
            SqlStatement pick(db.handle(),
                              "SELECT id FROM organisation WHERE deleted = 0 AND rowid % ? = 0 LIMIT ?");
            pick.bindAll(step, qint64(reindexCount));
            while (pick.step()) {
                ids.append(pick.text(0));
            }
        }
        {
            SearchIndex::BulkScope scope(db, ids.size());
            reindexQueued = scope.queueing();
            db.transaction([&] {
                SqlStatement rename(db.handle(), "UPDATE organisation SET name_en = name_en || ' renamed', "
                                                 "rev = ?, updated_at = ? WHERE id = ?");
                const QString rev = db.nextRevision();
                const QString now = Database::nowText();
                for (const QString& id : std::as_const(ids)) {
                    rename.bindAll(rev, now, id).exec();
                }
            });
        }
        timer.start();
        const double cpuStart = processCpuMs();
        catalogue.searchIndex().ensureFresh();
        reindexMs = double(timer.elapsed());
        reindexCpuMs = processCpuMs() - cpuStart;
        reindexCount = int(ids.size());
    }
    const Stats typing = percentiles(ours);
    const Stats typingBare = percentiles(bareAll);
    const Stats facetStats = percentiles(facetMs);
    std::printf("\n### Search (%lld organisations%s; thread CPU time)\n\n", orgCount,
                generateMs > 0 ? ", synthetic, generated by the bench" : "");
    std::printf("| work | n | p50 ms | p95 ms | p99 ms | reference p50 | reference p95 | reference p99 | "
                "p95 ratio | reference | target |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|\n");
    auto met = [](bool ok) { return ok ? "met" : "not met"; };
    char target[160];
    std::snprintf(target, sizeof target, "p95 ≤ 10 ms and ≤ 1.5× the reference: %s",
                  met(typing.p95 <= 10 && typing.p95 <= 1.5 * typingBare.p95));
    printRow("as-you-type search, every prefix of 50 queries", typing, typingBare,
             "bare FTS5 MATCH, LIMIT 20", target);
    printRow("  Arabic prefixes", percentiles(oursArabic), percentiles(bareArabic), "same", "");
    printRow("  Latin prefixes", percentiles(oursLatin), percentiles(bareLatin), "same", "");
    printRow("ranked bare MATCH (ORDER BY rank), full queries", percentiles(bareRankedMs),
             percentiles(bareRankedMs), "itself", "");
    std::snprintf(target, sizeof target, "p95 ≤ 25 ms: %s", met(facetStats.p95 <= 25));
    printRow("facet counts (country, sector, type, network), full queries", facetStats, percentiles(fullBare),
             "bare FTS5 MATCH, every match", target);
    printRow("  first round (index pages not yet read)", percentiles(facetColdMs), percentiles(fullBareCold),
             "same", "");
    if (!noBuild) {
        std::printf("| index build (ms) | 1 | %.0f | | | %.0f | | | %.2f× | bare FTS5 table filled | |\n",
                    rebuildMs, bareBuildMs, bareBuildMs > 0 ? rebuildMs / bareBuildMs : 0.0);
        const double docs = std::max<double>(1, double(db.meta(QStringLiteral("search_docs")).toLongLong()));
        const double perRecord = rebuildCpuMs * 1000.0 / docs;
        std::printf("| index build, CPU per record (µs) | 1 | %.1f | | | %.1f | | | %.2f× | bare FTS5 table "
                    "filled | ≤ 10 µs (issues 7 and 8): %s |\n",
                    perRecord, bareBuildCpuMs * 1000.0 / docs,
                    bareBuildCpuMs > 0 ? rebuildCpuMs / bareBuildCpuMs : 0.0, met(perRecord <= 10));
    }
    if (subset.organisations > 0) {
        std::printf("| index build at %lld organisations, CPU (ms; what an import or first pull of that size "
                    "pays) | 1 | %.0f | | | | | | | wall-clock %.0f ms | |\n",
                    subset.organisations, subset.cpuMs, subset.wallMs);
        std::printf("| FTS5 tables alone at %lld organisations, CPU (ms) | 1 | %.0f | | | %.0f | | | %.2f× | "
                    "the same "
                    "tables with format-4 options | |\n",
                    subset.organisations, subset.ftsFormat5CpuMs, subset.ftsFormat4CpuMs,
                    subset.ftsFormat4CpuMs > 0 ? subset.ftsFormat5CpuMs / subset.ftsFormat4CpuMs : 0.0);
    }
    if (reindexCount > 0) {
        std::printf("| batched reindex of %d renamed organisations (ms) | 1 | %.0f | | | %.0f | | | %.2f× | "
                    "whole index build | |\n",
                    reindexCount, reindexMs, rebuildMs, rebuildMs > 0 ? reindexMs / rebuildMs : 0.0);
    }
    std::printf("\n");
    std::printf("Reference of every row: one plain FTS5 table (ascii tokenizer, prefix indexes 1-3) over the "
                "same normalised names and text that Dalil indexes, queried in the same run with the same "
                "words (the last one as a prefix), no ranking, no filters, no skeleton or typo work.\n");
    std::printf(
        "As-you-type: SearchEngine::search, 20 ranked hits with names and countries, for every prefix "
        "of 50 Arabic and Latin queries (second of two rounds; the first warms the cache). Its "
        "reference stops at 20 rows, in index order, unranked.\n");
    std::printf("Ranked bare MATCH: the same reference with ORDER BY rank (bm25 over every match), what a "
                "ranked query costs without Dalil's bounded candidate set.\n");
    std::printf("Facet counts: SearchEngine::facets for the 50 whole queries (total and counts per country, "
                "sector, type and network over every match); its reference reads every match and counts "
                "nothing. Second of two rounds; the first round, where a word's index pages are read for "
                "the first time (by Dalil or its reference, whichever runs first: they alternate), has its "
                "own row.\n");
    if (!noBuild) {
        std::printf(
            "Index build: SearchIndex::rebuild, the whole index (three FTS5 tables, exact-name keys, "
            "vocabulary, filter codes) from the catalogue records; its reference fills the one plain "
            "FTS5 table from the already normalised text. The bench builds the catalogue's own search "
            "index (what the app does at its first search after a bulk write) and writes its "
            "reference table into --scratch. The rebuild turns records into documents on a second "
            "thread while the first one reads and writes SQLite, so with a free core its wall-clock time "
            "is below its CPU time. CPU time of the process (both threads) during each build: %.1f s and "
            "%.1f s (%.2f×; wall-clock time depends on the machine's load).\n",
            rebuildCpuMs / 1000.0, bareBuildCpuMs / 1000.0,
            bareBuildCpuMs > 0 ? rebuildCpuMs / bareBuildCpuMs : 0.0);
    }
    if (!noBuild) {
        std::printf("Peak resident set of the bench process by the end of the index build: %ld MB (%ld MB "
                    "before it; SQLite page cache %d MB here, 8 MB in the app).\n",
                    rebuildPeakKb / 1024, openedPeakKb / 1024, 64);
    }
    if (subset.organisations > 0) {
        std::printf(
            "Index build at %lld organisations: SearchIndex::rebuild of a catalogue made of every n-th "
            "organisation of this one (with its offices, memberships and partnerships among them), what "
            "an import into an empty catalogue or a first pull of that size pays for search; CPU time of "
            "the process, both threads. Its FTS5 tables alone, filled from the same documents: format-5 "
            "options (migration 5: no column sizes, no one-letter prefix index on skeleton keys) against "
            "the format-4 options (migration 3). Before session 6 (docs/benchmarks.md at 6ecc48f) the "
            "1,000,000 rebuild took 72.0 s wall and 94.1 µs CPU per record.\n",
            subset.organisations);
    }
    if (reindexCount > 0) {
        std::printf("Batched reindex: %d organisations renamed in one transaction inside "
                    "SearchIndex::BulkScope (%s), then SearchIndex::ensureFresh(): %.0f ms wall, %.0f ms CPU "
                    "(%.0f µs CPU per record).\n",
                    reindexCount, reindexQueued ? "queued" : "not queued: whole rebuild", reindexMs,
                    reindexCpuMs, reindexCpuMs * 1000.0 / reindexCount);
    }
    std::printf("Memory: the in-memory copy of the filter and facet fields (SearchDocStore) holds %.1f MB "
                "for %lld organisations.\n",
                double(engine.memoryBytes()) / (1024.0 * 1024.0), orgCount);
    std::printf(
        "Search and facet times are the bench thread's CPU time, build times wall-clock (the machine is "
        "shared; load average %s at the start).\n",
        qPrintable(loadBefore));
    if (generateMs > 0) {
        std::printf("Catalogue generated in %.1f s (not part of any figure above).\n", generateMs / 1000.0);
    }
    if (!barePath.isEmpty()) {
        db.execute("DETACH DATABASE bare");
        QFile::remove(barePath);
    }
    return 0;
}
