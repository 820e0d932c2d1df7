// Bytes as a partner's "CSV" may hold them: encoding detection, RFC 4180 parsing, the header and
// hashtag rows, column mapping and every cell read into a record.
#include "exchange/ColumnMapping.h"
#include "exchange/CsvReader.h"
#include "exchange/RecordBuilder.h"
#include "exchange/TableReader.h"
#include "exchange/TextDecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dalil;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok()) {
        return 0;
    }
    const CsvReader::Result parsed = CsvReader::parse(decoded.text);
    SourceTable table;
    table.file = QStringLiteral("fuzz.csv");
    ImportIssues issues;
    TableReader::shape(parsed.records, 1, table, issues, false);
    const ColumnMapping mapping = ColumnMapping::detect(table, &issues);
    RecordBuilder builder(nullptr);
    builder.addTable(table, mapping, 0);
    for (const ImportIssue& issue : issues) {
        (void)issue.toString();
    }
    return 0;
}
