#include "common/WallClock.h"

#include <QList>

#include <algorithm>

namespace dalil {

namespace {

// Arabic-Indic and Eastern Arabic-Indic digits as ASCII, a space between date and time as 'T'.
QString normalised(const QString& typed)
{
    QString ascii;
    ascii.reserve(typed.size());
    for (QChar c : typed.trimmed()) {
        ascii.append(c.isDigit() ? QChar(u'0' + c.digitValue()) : c);
    }
    if (ascii.size() > 10 && ascii.at(10) == QLatin1Char(' ')) {
        ascii[10] = QLatin1Char('T');
    }
    return ascii;
}

} // namespace

WallClock::Reading WallClock::read(const QString& typed, const QTimeZone& zone)
{
    Reading reading;
    const QString text = normalised(typed);
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid()) {
        reading.error = tr("\"%1\" is not a date and time such as 2026-06-09T09:00").arg(typed.trimmed());
        return reading;
    }
    if (parsed.timeSpec() != Qt::LocalTime) {
        // "…Z" or "…+03:00": an instant already, whatever the zone.
        reading.instant = parsed.toUTC();
        return reading;
    }
    if (!zone.isValid()) {
        reading.error = tr("the time zone is needed to read this time");
        return reading;
    }
    // Every offset the zone has within a day of that time; an instant is a reading when the zone
    // really has that offset then. None: the clocks jumped over it. Two: they went back over it.
    const QDateTime asUtc(parsed.date(), parsed.time(), QTimeZone::utc());
    QList<int> offsets;
    for (int hours : {-36, -12, 0, 12, 36}) {
        const int offset = zone.offsetFromUtc(asUtc.addSecs(hours * 3600));
        if (!offsets.contains(offset)) {
            offsets.append(offset);
        }
    }
    QList<QDateTime> instants;
    for (int offset : offsets) {
        const QDateTime candidate = asUtc.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && !instants.contains(candidate)) {
            instants.append(candidate);
        }
    }
    std::sort(instants.begin(), instants.end());
    if (instants.isEmpty()) {
        reading.error = tr("%1 does not exist in %2: the clocks go forward over it")
                            .arg(typed.trimmed(), QString::fromUtf8(zone.id()));
        return reading;
    }
    reading.instant = instants.first();
    if (instants.size() > 1) {
        reading.ambiguous = true;
        reading.later = instants.last();
    }
    return reading;
}

QString WallClock::text(const QDateTime& instant, const QTimeZone& zone)
{
    if (!instant.isValid()) {
        return {};
    }
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toUTC();
    QString text = local.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (local.time().second() != 0) {
        text += local.toString(QStringLiteral(":ss"));
    }
    if (!zone.isValid()) {
        text += QLatin1Char('Z'); // read back as the same instant whatever zone comes
    }
    return text;
}

QString WallClock::utcText(const QDateTime& instant)
{
    return instant.toUTC().toString(Qt::ISODate);
}

} // namespace dalil
