#pragma once

#include <QString>

namespace dalil {

class Catalogue;

// Local copies of resources kept beside the catalogue (<catalogue>.files/) for offline reading.
class AttachmentStore
{
public:
    explicit AttachmentStore(Catalogue& catalogue);

    // The folder that holds the copies.
    QString folder() const;
    // Copies `sourcePath` into the folder and records it as the resource's local_file.
    // Returns an error message in the UI language, or an empty string.
    QString attach(const QString& resourceId, const QString& sourcePath);
    // Absolute path of a resource's local copy, or empty when it has none or the file is gone.
    QString localPath(const QString& resourceId) const;

    // Forgets a resource's local copy. The record is saved first; only then is the file moved
    // aside (to *heldPath, under the folder's ".removed"), so a save that fails leaves both as
    // they were. The caller deletes the held file (discardHeld) once the removal can no longer be
    // undone, or puts it back with restore(). Returns an error message in the UI language.
    QString remove(const QString& resourceId, QString* heldPath, QString* fileName);
    // Undoes remove(): the held file goes back and the record names it again.
    QString restore(const QString& resourceId, const QString& heldPath, const QString& fileName);
    static void discardHeld(const QString& heldPath);

private:
    Catalogue& m_catalogue;
};

} // namespace dalil
