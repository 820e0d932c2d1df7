// vCards 4.0, 3.0 and 2.1: folding, parameters, quoted-printable, structured values.
#include "exchange/VCardReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dalil;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    ImportIssues issues;
    const SourceTable table = VCardReader::read(text, QStringLiteral("fuzz.vcf"), issues);
    (void)table.rows.size();
    return 0;
}
