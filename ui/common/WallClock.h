#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace dalil {

// Times as people at a place read them (the wall clock of an IANA zone), against the UTC instants
// the catalogue keeps. Around a daylight-saving change a wall-clock time may not exist (the clocks
// jump over it) or exist twice (they go back over it); both are said, never guessed silently.
class WallClock
{
    Q_DECLARE_TR_FUNCTIONS(dalil::WallClock)

public:
    struct Reading
    {
        QDateTime instant;      // in UTC; invalid when the text is no time or the time does not exist
        QString error;          // for the person typing, in the UI language; empty when read
        bool ambiguous = false; // the clocks pass this time twice: `instant` is the first
        QDateTime later;        // the second of the two, when ambiguous
    };

    // What was typed ("2026-04-24T12:00", "2026-04-24 12:00", Arabic-Indic digits, seconds
    // optional) as wall-clock time in `zone`. A text with its own offset or "Z" is that instant.
    static Reading read(const QString& typed, const QTimeZone& zone);
    // The instant as wall-clock text in `zone`, in the form read() takes ("2026-04-24T12:00").
    static QString text(const QDateTime& instant, const QTimeZone& zone);
    // The instant as the catalogue keeps it ("2026-04-24T09:00:00Z").
    static QString utcText(const QDateTime& instant);
};

} // namespace dalil
