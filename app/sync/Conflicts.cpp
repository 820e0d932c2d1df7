#include "sync/Conflicts.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"

#include <QCoreApplication>

namespace dalil {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::Conflicts", text);
}
} // namespace

Conflicts::Conflicts(Catalogue& catalogue)
    : m_catalogue(catalogue)
{
}

QList<Conflicts::Entry> Conflicts::list(bool unresolvedOnly) const
{
    QList<Entry> out;
    for (const ConflictRepository::Conflict& c :
         ConflictRepository(m_catalogue.database()).list(unresolvedOnly)) {
        Entry entry{c, std::nullopt, {}};
        if (RecordTable* table = m_catalogue.repository(c.table)) {
            entry.current = table->find(c.rowId, true);
            if (c.losingRow.value(QLatin1String("deleted")).toBool() !=
                (entry.current && entry.current->value(QLatin1String("deleted")).toBool())) {
                entry.changedFields.append(QStringLiteral("deleted"));
            }
            for (const Column& column : table->spec().columns) {
                const QLatin1String name(column.name);
                const QJsonValue mine = c.losingRow.value(name);
                const QJsonValue now = entry.current ? entry.current->value(name) : QJsonValue();
                if ((mine.isNull() || mine.isUndefined()) && (now.isNull() || now.isUndefined())) {
                    continue;
                }
                if (mine != now) {
                    entry.changedFields.append(name);
                }
            }
        }
        out.append(entry);
    }
    return out;
}

qint64 Conflicts::countUnresolved() const
{
    return ConflictRepository(m_catalogue.database()).countUnresolved();
}

QString Conflicts::restore(qint64 conflictId)
{
    ConflictRepository repository(m_catalogue.database());
    const std::optional<ConflictRepository::Conflict> conflict = repository.find(conflictId);
    if (!conflict) {
        return tr("there is no conflict number %1").arg(conflictId);
    }
    RecordTable* table = m_catalogue.repository(conflict->table);
    if (!table) {
        return tr("conflict %1 is about an unknown table %2").arg(conflictId).arg(conflict->table);
    }
    QJsonObject record = conflict->losingRow;
    for (const char* key : {"rev", "updated_at", "base_rev", "dirty", "deleted"}) {
        record.remove(QLatin1String(key));
    }
    const bool wasDeleted = conflict->losingRow.value(QLatin1String("deleted")).toBool();
    if (!wasDeleted) {
        const QList<FieldError> errors = table->validate(record);
        if (!errors.isEmpty()) {
            return tr("the kept version cannot be restored: %1: %2")
                .arg(errors.first().field, errors.first().message);
        }
    }
    try {
        m_catalogue.database().transaction([&] {
            if (wasDeleted) {
                table->remove(conflict->rowId);
            } else {
                table->save(record);
            }
            repository.markResolved(conflictId);
        });
    } catch (const DbError& e) {
        return e.message();
    }
    return {};
}

QString Conflicts::dismiss(qint64 conflictId)
{
    try {
        m_catalogue.database().transaction(
            [&] { ConflictRepository(m_catalogue.database()).markResolved(conflictId); });
    } catch (const DbError& e) {
        return e.message();
    }
    return {};
}

} // namespace dalil
