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

void LanguageManager::loadInitial()
{
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
    QLocale::setDefault(QLocale(language == QLatin1String("ar") ? QStringLiteral("ar_EG") : language));
    QApplication::setLayoutDirection(language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
    QSettings().setValue(QStringLiteral("ui/language"), language);
    emit languageChanged(language);
}

} // namespace dalil
