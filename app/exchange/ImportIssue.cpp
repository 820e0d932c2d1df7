#include "exchange/ImportIssue.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dalil {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::ImportIssue", text);
}
} // namespace

QString ImportIssue::toString() const
{
    QString place = QFileInfo(file).fileName();
    if (place.isEmpty()) {
        place = file;
    }
    if (!sheet.isEmpty()) {
        place = tr("%1, sheet “%2”").arg(place, sheet);
    }
    if (row > 0) {
        const QString noun = rowNoun.isEmpty() ? QStringLiteral("row") : rowNoun;
        if (noun == QLatin1String("record")) {
            place = tr("%1, record %2").arg(place).arg(row);
        } else if (noun == QLatin1String("card")) {
            place = tr("%1, card %2").arg(place).arg(row);
        } else if (noun == QLatin1String("feature")) {
            place = tr("%1, feature %2").arg(place).arg(row);
        } else {
            place = tr("%1, row %2").arg(place).arg(row);
        }
    }
    if (!column.isEmpty()) {
        place = tr("%1, column “%2”").arg(place, column);
    }
    return tr("%1: %2").arg(place, message);
}

ImportIssue ImportIssue::fileError(const QString& file, const QString& message)
{
    ImportIssue issue;
    issue.file = file;
    issue.message = message;
    return issue;
}

int errorCount(const ImportIssues& issues)
{
    int count = 0;
    for (const ImportIssue& issue : issues) {
        count += issue.isError() ? 1 : 0;
    }
    return count;
}

} // namespace dalil
