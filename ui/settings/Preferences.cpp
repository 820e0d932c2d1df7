#include "settings/Preferences.h"

#include <QSettings>

namespace dalil {

Preferences::Preferences(QObject* parent)
    : QObject(parent)
{
    QSettings settings;
    const QByteArray zone = settings.value(QStringLiteral("ui/timeZone")).toByteArray();
    m_timeZone = !zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone) ? QTimeZone(zone)
                                                                           : QTimeZone::systemTimeZone();
    m_showHijri = settings.value(QStringLiteral("ui/showHijri"), false).toBool();
}

void Preferences::setTimeZone(const QTimeZone& zone)
{
    if (!zone.isValid() || zone == m_timeZone) {
        return;
    }
    m_timeZone = zone;
    QSettings().setValue(QStringLiteral("ui/timeZone"), zone.id());
    emit changed();
}

void Preferences::setShowHijri(bool show)
{
    if (show == m_showHijri) {
        return;
    }
    m_showHijri = show;
    QSettings().setValue(QStringLiteral("ui/showHijri"), show);
    emit changed();
}

} // namespace dalil
