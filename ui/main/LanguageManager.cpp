#include "main/LanguageManager.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace dalil {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    }
}

QStringList LanguageManager::available()
{
    return {QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("fr")};
}

QLocale LanguageManager::locale() const
{
    if (m_language == QLatin1String("ar")) {
        // Egyptian Arabic writes ٠-٩; the Emirates' Arabic has the same words with 0-9.
        return QLocale(m_arabicIndicDigits ? QStringLiteral("ar_EG") : QStringLiteral("ar_AE"));
    }
    return QLocale(m_language == QLatin1String("fr") ? QStringLiteral("fr_FR") : QStringLiteral("en_GB"));
}

void LanguageManager::setArabicIndicDigits(bool arabicIndic)
{
    if (arabicIndic == m_arabicIndicDigits) {
        return;
    }
    m_arabicIndicDigits = arabicIndic;
    QSettings().setValue(QStringLiteral("ui/arabicIndicDigits"), arabicIndic);
    QLocale::setDefault(locale());
    // Every widget reformats its numbers and dates as it does for a new language.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(qApp, &change);
    emit languageChanged(m_language);
}

void LanguageManager::loadInitial()
{
    m_arabicIndicDigits = QSettings().value(QStringLiteral("ui/arabicIndicDigits"), true).toBool();
    QString language = qEnvironmentVariable("DALIL_LANGUAGE");
    if (language.isEmpty()) {
        language = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("ar")).toString();
    }
    if (!available().contains(language)) {
        language = QStringLiteral("ar");
    }
    setLanguage(language);
}

void LanguageManager::setLanguage(const QString& language)
{
    if (language == m_language || !available().contains(language)) {
        return;
    }
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    }
    m_appTranslator = std::make_unique<QTranslator>();
    if (m_appTranslator->load(QStringLiteral(":/dalil/i18n/dalil_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(m_appTranslator.get());
    }
    m_qtTranslator = std::make_unique<QTranslator>();
    if (m_qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(m_qtTranslator.get());
    }
    m_language = language;
    QLocale::setDefault(locale());
    QApplication::setLayoutDirection(language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
    // Written only when it changes: writing the settings file at every start costs the first paint.
    QSettings settings;
    if (settings.value(QStringLiteral("ui/language")).toString() != language) {
        settings.setValue(QStringLiteral("ui/language"), language);
    }
    emit languageChanged(language);
}

} // namespace dalil
