// Workbooks: the archive, the workbook and relationship parts, shared strings and sheets.
#include "exchange/XlsxReader.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dalil;
    // The reader takes a path (minizip reads files): one scratch file per fuzzing process.
    static const QString path =
        QDir::temp().filePath(QStringLiteral("dalil-fuzz-%1.xlsx").arg(QString::number(getpid())));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return 0;
    }
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    file.close();
    const XlsxReader::Result result = XlsxReader::read(path, QString(), 8 * 1024 * 1024);
    for (const XlsxReader::Sheet& sheet : result.sheets) {
        (void)sheet.grid.size();
    }
    return 0;
}
