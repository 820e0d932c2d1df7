// HXL hashtags and header texts: every line of the input is a row of cells split at commas.
#include "exchange/ColumnMapping.h"
#include "exchange/HxlTag.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dalil;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QString& line : text.split(u'\n')) {
        const QStringList cells = line.split(u',');
        (void)HxlTag::isHashtagRow(cells);
        for (const QString& cell : cells) {
            const HxlTag tag = HxlTag::parse(cell);
            HxlTag::Use use;
            (void)tag.field(&use);
            (void)tag.language();
            (void)tag.toString();
            (void)ColumnMapping::recogniseHeader(cell);
        }
    }
    return 0;
}
