#include "exchange/ImportJob.h"

#include <QJsonArray>

namespace dalil {

// The report as `dalil-cli import --json` prints it (docs/CLI.md).
QJsonObject ImportReport::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("file"), file);
    json.insert(QStringLiteral("format"), format);
    json.insert(QStringLiteral("encoding"), encoding);
    json.insert(QStringLiteral("rows_read"), rowsRead);
    json.insert(QStringLiteral("rows_rejected"), rowsRejected);
    json.insert(QStringLiteral("organisations_created"), organisationsCreated);
    json.insert(QStringLiteral("organisations_updated"), organisationsUpdated);
    json.insert(QStringLiteral("organisations_unchanged"), organisationsUnchanged);
    json.insert(QStringLiteral("offices_added"), officesAdded);
    json.insert(QStringLiteral("contacts_added"), contactsAdded);
    json.insert(QStringLiteral("written"), written);
    json.insert(QStringLiteral("cancelled"), cancelled);
    if (!rejectedFile.isEmpty()) {
        json.insert(QStringLiteral("rejected_file"), rejectedFile);
    }
    if (!fatal.isEmpty()) {
        json.insert(QStringLiteral("error"), fatal);
    }
    QJsonArray list;
    for (const ImportIssue& issue : issues) {
        QJsonObject item;
        item.insert(QStringLiteral("severity"),
                    issue.isError() ? QStringLiteral("error") : QStringLiteral("warning"));
        item.insert(QStringLiteral("file"), issue.file);
        if (!issue.sheet.isEmpty()) {
            item.insert(QStringLiteral("sheet"), issue.sheet);
        }
        item.insert(QStringLiteral("row"), issue.row);
        item.insert(QStringLiteral("column"), issue.column);
        item.insert(QStringLiteral("message"), issue.message);
        item.insert(QStringLiteral("text"), issue.toString());
        list.append(item);
    }
    json.insert(QStringLiteral("issues"), list);
    return json;
}

} // namespace dalil
