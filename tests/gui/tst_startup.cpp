// The application as a user starts it: the real `dalil` binary opens its window on the sample
// catalogue, paints, and quits cleanly when asked.
#include "TestSupport.h"

#include "catalogue/SampleCatalogue.h"
#include "main/FontSetup.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <fontconfig/fontconfig.h>

#include <utility>

using namespace dalil;

class TestStartup : public QObject
{
    Q_OBJECT

private slots:
    void startsPaintsAndQuits_data();
    void startsPaintsAndQuits();
    void refusesBrokenCatalogueWithMessage();
    void loadsNoHeavyLibraryBeforeMain();
    void fontsOfTheRegionOnlyAndArabicInNotoSansArabicUi();
};

void TestStartup::startsPaintsAndQuits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("underXvfb");
    QTest::newRow("arabic") << QStringLiteral("ar") << false;
    QTest::newRow("english") << QStringLiteral("en") << false;
    QTest::newRow("french") << QStringLiteral("fr") << false;
    // What `scripts/run` does on a machine with a display: the xcb platform on a real X server.
    QTest::newRow("arabic, X server") << QStringLiteral("ar") << true;
}

void TestStartup::startsPaintsAndQuits()
{
    QFETCH(QString, language);
    QFETCH(bool, underXvfb);
    const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    if (underXvfb && xvfbRun.isEmpty()) {
        QSKIP("xvfb-run is not installed (scripts/setup-deps installs it)");
    }
    QTemporaryDir dir;
    const QString catalogue = dir.filePath(QStringLiteral("sample.dalil"));
    QVERIFY(SampleCatalogue::createAt(catalogue).catalogue);
    const QString shot = dir.filePath(QStringLiteral("window.png"));

    const QStringList arguments{
        QStringLiteral("--catalogue"),  catalogue, QStringLiteral("--language"),   language,
        QStringLiteral("--screenshot"), shot,      QStringLiteral("--quit-after"), QStringLiteral("300")};
    QProcess app;
    if (underXvfb) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        app.setProcessEnvironment(env);
        app.start(xvfbRun, QStringList{QStringLiteral("--auto-servernum"),
                                       QStringLiteral("--server-args=-screen 0 1600x1000x24"),
                                       QStringLiteral(DALIL_APP_PATH)} +
                               arguments);
    } else {
        app.start(QStringLiteral(DALIL_APP_PATH), arguments);
    }
    QVERIFY(app.waitForFinished(180000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());

    const QImage image(shot);
    QVERIFY2(!image.isNull(), "the window was never painted");
    QVERIFY(image.width() >= 400 && image.height() >= 300);
    // A painted window is not one flat colour.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY2(colours.size() > 3, "the window is blank");
}

void TestStartup::refusesBrokenCatalogueWithMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.dalil"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a catalogue");
    file.close();
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DALIL_NO_DIALOGS"), QStringLiteral("1"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(DALIL_APP_PATH), {QStringLiteral("--catalogue"), path});
    QVERIFY(app.waitForFinished(180000));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(app.readAllStandardError().contains(path.toUtf8()));
}

void TestStartup::loadsNoHeavyLibraryBeforeMain()
{
    // What the dynamic loader maps before main() (what `ldd` lists): linked to libpq, Qt Charts or
    // QtKeychain, the window would load them and what they link (LDAP, Kerberos, OpenGL...) at
    // every start, a good part of its start-up time. They are loaded when first used instead
    // (sync/LibPq, the plugins dalil_charts and dalil_keyring).
    QProcess loader;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1"));
    loader.setProcessEnvironment(env);
    loader.start(QStringLiteral(DALIL_APP_PATH), QStringList());
    QVERIFY(loader.waitForFinished(180000));
    const QByteArray libraries = loader.readAllStandardOutput();
    QVERIFY2(libraries.contains("libQt6Widgets.so"), libraries.constData()); // the list is there
    // libxlsxwriter and minizip (exchange/LibXlsxWriter, LibMinizip) and the OpenSSL libcrypto
    // libxlsxwriter links are opened when an .xlsx file is first written or read.
    // Qt Network (and its Kerberos and proxy libraries) comes with the plugin dalil_network when
    // online map tiles are first used.
    for (const char* name :
         {"libpq.so", "libQt6Charts.so", "libQt6OpenGL.so", "libqt6keychain.so", "libxlsxwriter.so",
          "libminizip.so", "libcrypto.so", "libQt6Network.so", "libgssapi_krb5.so"}) {
        QVERIFY2(!libraries.contains(name),
                 qPrintable(QStringLiteral("dalil loads %1 at start-up:\n%2")
                                .arg(QLatin1String(name), QString::fromLocal8Bit(libraries))));
    }
}

void TestStartup::fontsOfTheRegionOnlyAndArabicInNotoSansArabicUi()
{
    // What dalil's main() gives fontconfig before Qt starts (main/FontSetup).
    FcObjectSet* fields = FcObjectSetBuild(FC_FILE, nullptr);
    FcPattern* any = FcPatternCreate();
    FcFontSet* before = FcFontList(nullptr, any, fields);
    const int system = before ? before->nfont : 0;
    FcFontSetDestroy(before);
    FontSetup::apply();
    FcFontSet* after = FcFontList(nullptr, any, fields);
    const int seen = after ? after->nfont : 0;
    bool noto = false;
    for (int i = 0; i < seen; ++i) {
        FcChar8* file = nullptr;
        if (FcPatternGetString(after->fonts[i], FC_FILE, 0, &file) == FcResultMatch &&
            QByteArray(reinterpret_cast<const char*>(file)).contains("/NotoSansArabicUI-")) {
            noto = true;
        }
    }
    FcFontSetDestroy(after);
    FcPatternDestroy(any);
    FcObjectSetDestroy(fields);
    if (!noto) {
        QSKIP("fonts-noto-core is not installed (scripts/setup-deps installs it)");
    }
    // Qt lists every font, and sorts them all for the Arabic fallback, before the first paint.
    QVERIFY2(seen < 120, qPrintable(QStringLiteral("%1 fonts of %2").arg(seen).arg(system)));
    // Dalil's own configuration: none of the system's conf.d files is parsed (they were a third of
    // the CPU time to the first paint), and generic names still come to the same fonts.
    if (qEnvironmentVariableIsEmpty("FONTCONFIG_FILE") && qEnvironmentVariableIsEmpty("FONTCONFIG_PATH")) {
        QStringList parsed;
        FcStrList* files = FcConfigGetConfigFiles(nullptr);
        while (FcChar8* file = FcStrListNext(files)) {
            const QString name = QString::fromUtf8(reinterpret_cast<const char*>(file));
            if (name.startsWith(QLatin1String("/etc/fonts/conf.d/"))) {
                parsed << name;
            }
        }
        FcStrListDone(files);
        QVERIFY2(parsed.isEmpty(), qPrintable(parsed.join(u' ')));
        for (const auto& [asked, family] :
             {std::pair{"sans-serif", "Noto Sans"}, std::pair{"Sans Serif", "Noto Sans"},
              std::pair{"serif", "Noto Serif"}, std::pair{"Arial", "Noto Sans"}}) {
            FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(asked));
            FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
            FcDefaultSubstitute(pattern);
            FcResult matched = FcResultNoMatch;
            FcPattern* font = FcFontMatch(nullptr, pattern, &matched);
            FcChar8* name = nullptr;
            QVERIFY(font && FcPatternGetString(font, FC_FAMILY, 0, &name) == FcResultMatch);
            QCOMPARE(QString::fromUtf8(reinterpret_cast<const char*>(name)), QLatin1String(family));
            int hintStyle = -1;
            FcPatternGetInteger(font, FC_HINT_STYLE, 0, &hintStyle);
            QCOMPARE(hintStyle, FC_HINT_SLIGHT); // as Debian's 10-hinting-slight.conf sets it
            FcPatternDestroy(font);
            FcPatternDestroy(pattern);
        }
    }

    // Arabic beside Noto Sans, as Qt asks for its fallback: Noto Sans Arabic UI first.
    FcPattern* arabic = FcNameParse(reinterpret_cast<const FcChar8*>("Noto Sans:lang=ar"));
    FcConfigSubstitute(nullptr, arabic, FcMatchPattern);
    FcDefaultSubstitute(arabic);
    FcResult result = FcResultNoMatch;
    FcFontSet* sorted = FcFontSort(nullptr, arabic, FcTrue, nullptr, &result);
    QVERIFY(sorted && sorted->nfont > 1);
    QStringList families;
    for (int i = 0; i < std::min(sorted->nfont, 3); ++i) {
        FcChar8* family = nullptr;
        FcPatternGetString(sorted->fonts[i], FC_FAMILY, 0, &family);
        families << QString::fromUtf8(reinterpret_cast<const char*>(family));
    }
    FcFontSetDestroy(sorted);
    FcPatternDestroy(arabic);
    // Noto Sans itself has no Arabic letters: the first font with them is the fallback.
    families.removeAll(QStringLiteral("Noto Sans"));
    QVERIFY2(families.value(0) == QLatin1String("Noto Sans Arabic UI"), qPrintable(families.join(u',')));
}

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
