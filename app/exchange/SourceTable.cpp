#include "exchange/SourceTable.h"

namespace dalil {

QString SourceTable::columnLetter(int column)
{
    QString letters;
    int n = column + 1;
    while (n > 0) {
        const int rest = (n - 1) % 26;
        letters.prepend(QChar(u'A' + rest));
        n = (n - 1) / 26;
    }
    return letters;
}

QString SourceTable::columnLabel(int column) const
{
    const QString header = column < headers.size() ? headers.at(column).trimmed() : QString();
    if (!header.isEmpty()) {
        return header;
    }
    const QString tag = column < hxlTags.size() ? hxlTags.at(column).trimmed() : QString();
    if (!tag.isEmpty()) {
        return tag;
    }
    return columnLetter(column);
}

} // namespace dalil
