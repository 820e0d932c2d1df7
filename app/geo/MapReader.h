#pragma once

#include "catalogue/IdPairs.h"

#include <QString>

#include <atomic>
#include <memory>

namespace dalil {

class MapPoints;

// What the interactive map reads from a catalogue on worker threads, each read through a
// connection of its own (a small page cache: it reads each page about once) that stops as soon as
// `cancel` turns true. A read tells a cancel (the view went away: nothing to say) from a failure
// (the catalogue is missing, damaged or locked: the user must hear of it), which it describes.
class MapReader
{
public:
    struct Outcome
    {
        bool cancelled = false;
        QString error; // a sentence naming the catalogue file and what went wrong; empty if none
        bool failed() const { return !cancelled && !error.isEmpty(); }
    };
    struct Offices : Outcome
    {
        std::shared_ptr<const MapPoints> points; // never null; empty when cancelled or failed
    };
    struct Partnerships : Outcome
    {
        IdPairs pairs;
    };

    // Every live office with coordinates, named in `language` ("ar", "en", "fr"; another name
    // when that one is empty).
    static Offices offices(const QString& path, const QString& language, const std::atomic<bool>* cancel);
    static Partnerships partnerships(const QString& path, const std::atomic<bool>* cancel);
};

} // namespace dalil
