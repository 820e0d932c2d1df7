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

private:
    Catalogue& m_catalogue;
};

} // namespace dalil
