// GeoJSON features and Dalil's own JSON exports.
#include "exchange/JsonReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dalil;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    ImportIssues issues;
    (void)JsonReader::readGeoJson(bytes, QStringLiteral("fuzz.geojson"), issues);
    (void)JsonReader::readDalil(bytes, QStringLiteral("fuzz.json"), issues);
    return 0;
}
