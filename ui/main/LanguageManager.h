#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace dalil {

// Installs Dalil's and Qt's own translators for the chosen language and can switch while running;
// the layout direction follows (Arabic right to left). Widgets retranslate on QEvent::LanguageChange.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    static QStringList available(); // "ar", "en", "fr"
    QString current() const { return m_language; }
    // The locale numbers and dates are written in: the language, with ٠-٩ or 0-9 for Arabic.
    QLocale locale() const;
    bool arabicIndicDigits() const { return m_arabicIndicDigits; }
    // Loads the language remembered in the settings, Arabic by default.
    void loadInitial();

public slots:
    void setLanguage(const QString& language);
    void setArabicIndicDigits(bool arabicIndic);

signals:
    void languageChanged(const QString& language);

private:
    QString m_language;
    bool m_arabicIndicDigits = true;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace dalil
