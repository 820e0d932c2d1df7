#include "sync/CopyText.h"

#include <cstring>

namespace dalil {

char* CopyText::unescapeField(char* begin, char* end)
{
    char* out = begin;
    for (char* in = begin; in < end; ++in) {
        if (*in != '\\' || in + 1 == end) {
            *out++ = *in;
            continue;
        }
        ++in;
        switch (*in) {
        case 'b':
            *out++ = '\b';
            break;
        case 'f':
            *out++ = '\f';
            break;
        case 'n':
            *out++ = '\n';
            break;
        case 'r':
            *out++ = '\r';
            break;
        case 't':
            *out++ = '\t';
            break;
        case 'v':
            *out++ = '\v';
            break;
        default:
            *out++ = *in; // \\ and an escaped delimiter
            break;
        }
    }
    return out;
}

bool CopyText::splitLine(char* line, qsizetype length, int count, std::vector<RecordTable::TextField>& fields)
{
    fields.clear();
    char* end = line + length;
    if (length > 0 && end[-1] == '\n') {
        --end;
    }
    char* cursor = line;
    for (int field = 0; field < count; ++field) {
        if (cursor > end) {
            return false;
        }
        char* stop = static_cast<char*>(std::memchr(cursor, '\t', size_t(end - cursor)));
        if (!stop) {
            stop = end;
        }
        if (stop - cursor == 2 && cursor[0] == '\\' && cursor[1] == 'N') {
            fields.push_back({nullptr, 0});
        } else {
            fields.push_back({cursor, int(unescapeField(cursor, stop) - cursor)});
        }
        cursor = stop + 1;
    }
    return cursor > end;
}

} // namespace dalil
