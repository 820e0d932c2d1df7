#pragma once

#include "catalogue/ConflictRepository.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dalil {

class Catalogue;

// What the conflicts view shows and does: each losing version beside the row as it is now, and
// restoring one — which is a new edit (a new revision, dirty), so it wins from now on and syncs
// like any other edit — or dismissing it.
class Conflicts
{
public:
    struct Entry
    {
        ConflictRepository::Conflict conflict;
        std::optional<QJsonObject> current; // the row as it is now (tombstones included)
        QStringList changedFields;          // fields where the two versions differ
    };

    explicit Conflicts(Catalogue& catalogue);

    QList<Entry> list(bool unresolvedOnly = true) const;
    qint64 countUnresolved() const;
    // Returns an error for the user, or an empty string.
    QString restore(qint64 conflictId);
    QString dismiss(qint64 conflictId);

private:
    Catalogue& m_catalogue;
};

} // namespace dalil
