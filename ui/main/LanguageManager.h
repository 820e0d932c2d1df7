#pragma once

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
    // Loads the language remembered in the settings, Arabic by default.
    void loadInitial();

public slots:
    void setLanguage(const QString& language);

signals:
    void languageChanged(const QString& language);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace dalil
