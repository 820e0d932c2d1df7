#pragma once

// Shared by the GUI tests: a private copy of the sample catalogue, the real language manager and
// the real main window, with private settings.
#include "GuiTestMain.h"

#include "catalogue/Catalogue.h"
#include "catalogue/SampleCatalogue.h"
#include "main/LanguageManager.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

namespace dalil::test {

// Types text key by key as a keyboard would (QTest::keyClicks only knows Latin-1).
inline void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

// Source → translation of one .ts file, to tell a text left in English in another language.
// A plural message counts by its first form.
inline QHash<QString, QString> readTranslations(const QString& language)
{
    QHash<QString, QString> out;
    QFile file(QStringLiteral(DALIL_SOURCE_DIR "/translations/dalil_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        return out;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform")) {
            const bool numerus = xml.name() == QLatin1String("numerusform");
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!numerus || !out.contains(source)) {
                out.insert(source, translation);
            }
        }
    }
    return out;
}

class GuiFixture
{
public:
    // Opens a fresh sample catalogue; returns an error message or an empty string.
    QString open(const QString& language)
    {
        close(); // a window still open saves its state into its own fixture's settings
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            return QStringLiteral("no temporary folder");
        }
        // Settings of this fixture alone. Test mode alone keeps them in one file per test name
        // under ~/.qttest, shared by every checkout on the machine: a suite running in another
        // checkout at the same time wrote its last search ("هلال") and tab there between this
        // test's clear() and the window reading them, and the window opened on that search.
        for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat}) {
            QSettings::setPath(format, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
        }
        QSettings().clear();
        Catalogue::OpenResult opened =
            SampleCatalogue::createAt(m_dir->filePath(QStringLiteral("sample.dalil")));
        if (!opened.catalogue) {
            return opened.error;
        }
        catalogue = std::move(opened.catalogue);
        languages = std::make_unique<LanguageManager>();
        languages->setLanguage(language);
        return {};
    }

    MainWindow* createWindow()
    {
        window = std::make_unique<MainWindow>(*catalogue, *languages);
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get(), 30000)) {
            return nullptr;
        }
        // The directory is built right after the first paint, as when a user starts Dalil.
        if (!waitForDirectory(window.get())) {
            return nullptr;
        }
        return window.get();
    }

    // A fresh sample catalogue in a window that is active: the keys a test types go to its focused
    // control, as for a person. Null (with a warning) when it cannot be opened.
    MainWindow* openActiveWindow(const QString& language)
    {
        const QString error = open(language);
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        MainWindow* shown = createWindow();
        if (!shown) {
            return nullptr;
        }
        shown->activateWindow();
        QApplication::setActiveWindow(shown);
        return QTest::qWaitForWindowActive(shown, 30000) ? shown : nullptr;
    }

    static bool waitForDirectory(MainWindow* window)
    {
        QSignalSpy ready(window, &MainWindow::directoryReady);
        return window->isDirectoryReady() || ready.wait(30000);
    }

    void close()
    {
        window.reset();
        languages.reset();
        catalogue.reset();
    }

    QString path() const { return m_dir->filePath(QStringLiteral("sample.dalil")); }

    std::unique_ptr<Catalogue> catalogue;
    std::unique_ptr<LanguageManager> languages;
    std::unique_ptr<MainWindow> window;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace dalil::test
