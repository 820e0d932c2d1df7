// Every message of translations/*.ts is translated (none unfinished, empty or dropped), with every
// plural form the language has (Arabic six, French and English two) and the same %1/%n
// placeholders as the source, every tr() of app/ and ui/ is in them, and each language's .qm is
// built into the application.
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations;
};

QString tsPath(const QString& language)
{
    return QStringLiteral(DALIL_SOURCE_DIR "/translations/dalil_%1.ts").arg(language);
}

QList<Message> readMessages(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                message = Message();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus) {
                    message.translations.append(xml.readElementText());
                }
            } else if (xml.name() == QLatin1String("numerusform")) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(message);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 line %2: %3")
                     .arg(file.fileName())
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
    }
    return messages;
}

// %1…%9, %n and %Ln: what a translation must keep for the program to fill in.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9n]"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    }
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageTranslated_data();
    void everyMessageTranslated();
    void everySourceStringInTheFiles_data();
    void everySourceStringInTheFiles();
    void compiledIntoTheApplication_data();
    void compiledIntoTheApplication();
    void fileLocalHelpersUseLupdatesContext();
};

void TestTranslations::everyMessageTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("arabic") << QStringLiteral("ar") << 6;
    QTest::newRow("french") << QStringLiteral("fr") << 2;
    QTest::newRow("english") << QStringLiteral("en") << 2;
}

void TestTranslations::everyMessageTranslated()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    QString error;
    const QList<Message> messages = readMessages(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 300, "the translation file is missing most messages");
    QStringList problems;
    auto problem = [&](const Message& m, const QString& what) {
        problems.append(QStringLiteral("%1 \"%2\": %3").arg(m.context, m.source, what));
    };
    for (const Message& m : messages) {
        if (m.type == QLatin1String("unfinished")) {
            problem(m, QStringLiteral("unfinished"));
            continue;
        }
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            problem(m, QStringLiteral("no longer in the sources (run lupdate)"));
            continue;
        }
        if (m.numerus && m.translations.size() != pluralForms) {
            problem(
                m,
                QStringLiteral("%1 plural forms instead of %2").arg(m.translations.size()).arg(pluralForms));
        }
        QSet<QString> expected = placeholders(m.source);
        for (const QString& translation : m.translations) {
            if (translation.trimmed().isEmpty()) {
                problem(m, QStringLiteral("empty translation"));
                continue;
            }
            QSet<QString> got = placeholders(translation);
            if (m.numerus) {
                // Arabic says "one day" and "two days" in words: the zero, one and two forms may
                // leave the number out.
                got.insert(QStringLiteral("%n"));
            }
            if (got != expected) {
                problem(m, QStringLiteral("placeholders differ in \"%1\"").arg(translation));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::everySourceStringInTheFiles_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("arabic") << QStringLiteral("ar");
    QTest::newRow("french") << QStringLiteral("fr");
    QTest::newRow("english") << QStringLiteral("en");
}

// A tr() added or moved to another class since the last lupdate would show in English on an
// Arabic screen: lupdate the real sources into a copy of the file and nothing may come out new.
void TestTranslations::everySourceStringInTheFiles()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("dalil_%1.ts").arg(language));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(DALIL_LUPDATE_PATH),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                   QStringLiteral(DALIL_SOURCE_DIR "/app"), QStringLiteral(DALIL_SOURCE_DIR "/ui"),
                   QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    QString error;
    const QList<Message> messages = readMessages(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (const Message& m : messages) {
        if (m.type == QLatin1String("unfinished")) {
            missing.append(QStringLiteral("%1 \"%2\"").arg(m.context, m.source));
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in translations/dalil_%1.ts (run the dalil_ui_lupdate target and "
                                       "translate):\n")
                            .arg(language) +
                        missing.join(QLatin1Char('\n'))));
}

void TestTranslations::compiledIntoTheApplication_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::newRow("arabic") << QStringLiteral("ar") << QStringLiteral("&File");
    QTest::newRow("french") << QStringLiteral("fr") << QStringLiteral("&File");
    QTest::newRow("english") << QStringLiteral("en") << QStringLiteral("&File");
}

void TestTranslations::compiledIntoTheApplication()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/dalil/i18n/dalil_%1.qm").arg(language)),
             qPrintable(QStringLiteral("dalil_%1.qm is not in the application").arg(language)));
    QVERIFY(!translator.isEmpty());
    QVERIFY(translator.language().startsWith(language));
    const QString translated = translator.translate("dalil::MainWindow", file.toUtf8().constData());
    QVERIFY2(!translated.isEmpty(), "the main window's menus are not in the .qm");
    if (language != QLatin1String("en")) {
        QVERIFY(translated != file);
    }
}

void TestTranslations::fileLocalHelpersUseLupdatesContext()
{
    // A file of app/ or ui/ may translate through a helper of its own,
    // `QString tr(const char* text) { return QCoreApplication::translate("CONTEXT", text); }`.
    // lupdate files its strings under the class whose methods call it; a helper that names another
    // context finds nothing at run time and leaves the message in English (the import's cell
    // errors did). Every complete string such a file passes to tr() must be found, at run time, in
    // the Arabic translation under the helper's context.
    QTranslator arabic;
    QVERIFY(arabic.load(QStringLiteral(":/dalil/i18n/dalil_ar.qm")));
    const QRegularExpression helper(QStringLiteral(
        R"re(QString tr\(const char\* text[^)]*\)\s*\{\s*return QCoreApplication::translate\("([^"]+)")re"));
    // A literal that is the whole text (not the first piece of several joined ones), without escapes.
    const QRegularExpression literal(QStringLiteral(R"re((?<![\w:.>])tr\(\s*"([^"\\]*)"\s*[,)])re"));
    int helpers = 0;
    int checked = 0;
    QStringList missing;
    for (const QString& folder :
         {QStringLiteral(DALIL_SOURCE_DIR "/app"), QStringLiteral(DALIL_SOURCE_DIR "/ui")}) {
        QDirIterator files(folder, {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const QRegularExpressionMatch found = helper.match(text);
            if (!found.hasMatch()) {
                continue;
            }
            ++helpers;
            const QByteArray context = found.captured(1).toUtf8();
            for (auto it = literal.globalMatch(text); it.hasNext();) {
                const QByteArray source = it.next().captured(1).toUtf8();
                ++checked;
                if (arabic.translate(context.constData(), source.constData()).isEmpty()) {
                    missing.append(QStringLiteral("%1: %2 / %3")
                                       .arg(QFileInfo(file.fileName()).fileName(), QString::fromUtf8(context),
                                            QString::fromUtf8(source)));
                }
            }
        }
    }
    QVERIFY2(helpers >= 10, "the helpers were not found: has their form changed?");
    QVERIFY2(checked >= 100, qPrintable(QString::number(checked)));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
