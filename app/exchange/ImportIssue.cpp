#include "exchange/ImportIssue.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

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

ImportIssues compactWarnings(const ImportIssues& issues)
{
    ImportIssues result;
    QHash<QString, int> seen; // file, sheet, column, message -> index in result
    QHash<int, int> more;
    for (const ImportIssue& issue : issues) {
        if (issue.isError() || issue.row == 0) {
            result.append(issue);
            continue;
        }
        const QString key =
            issue.file + u'\x1f' + issue.sheet + u'\x1f' + issue.column + u'\x1f' + issue.message;
        auto it = seen.constFind(key);
        if (it == seen.cend()) {
            seen.insert(key, int(result.size()));
            result.append(issue);
        } else {
            ++more[it.value()];
        }
    }
    for (auto it = more.cbegin(); it != more.cend(); ++it) {
        ImportIssue& issue = result[it.key()];
        issue.message =
            QCoreApplication::translate("dalil::ImportIssue", "%1 (and %n more rows)", "", it.value())
                .arg(issue.message);
    }
    return result;
}

} // namespace dalil
