#include "catalogue/AttachmentStore.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::AttachmentStore", text);
}

} // namespace

AttachmentStore::AttachmentStore(Catalogue& catalogue)
    : m_catalogue(catalogue)
{
}

QString AttachmentStore::folder() const
{
    return m_catalogue.path() + QStringLiteral(".files");
}

QString AttachmentStore::attach(const QString& resourceId, const QString& sourcePath)
{
    std::optional<QJsonObject> resource = m_catalogue.resources().find(resourceId);
    if (!resource) {
        return tr("this resource is no longer in the catalogue");
    }
    const QFileInfo source(sourcePath);
    if (!source.isFile() || !source.isReadable()) {
        return tr("%1 cannot be read").arg(QDir::toNativeSeparators(sourcePath));
    }
    if (!QDir().mkpath(folder())) {
        return tr("the folder %1 could not be created").arg(QDir::toNativeSeparators(folder()));
    }
    // The id prefix keeps two resources' "report.pdf" apart.
    const QString name = resourceId.left(8) + QLatin1Char('-') + source.fileName();
    const QString target = QDir(folder()).filePath(name);
    if (QFileInfo(target).absoluteFilePath() != source.absoluteFilePath()) {
        QFile::remove(target);
        if (!QFile::copy(sourcePath, target)) {
            return tr("%1 could not be copied to %2")
                .arg(QDir::toNativeSeparators(sourcePath), QDir::toNativeSeparators(target));
        }
    }
    resource->insert(QStringLiteral("local_file"), name);
    try {
        m_catalogue.resources().save(*resource);
    } catch (const DbError& e) {
        return e.message();
    }
    return {};
}

QString AttachmentStore::localPath(const QString& resourceId) const
{
    const std::optional<QJsonObject> resource = m_catalogue.resources().find(resourceId);
    if (!resource) {
        return {};
    }
    const QString name = resource->value(QLatin1String("local_file")).toString();
    if (name.isEmpty()) {
        return {};
    }
    const QString path = QDir::isAbsolutePath(name) ? name : QDir(folder()).filePath(name);
    return QFileInfo::exists(path) ? path : QString();
}

QString AttachmentStore::remove(const QString& resourceId, QString* heldPath, QString* fileName)
{
    std::optional<QJsonObject> resource = m_catalogue.resources().find(resourceId);
    if (!resource) {
        return tr("this resource is no longer in the catalogue");
    }
    const QString name = resource->value(QLatin1String("local_file")).toString();
    if (name.isEmpty()) {
        return tr("this resource has no local copy");
    }
    resource->insert(QStringLiteral("local_file"), QJsonValue());
    try {
        m_catalogue.resources().save(*resource);
    } catch (const DbError& e) {
        return e.message();
    }
    *fileName = name;
    heldPath->clear();
    const QString path = QDir::isAbsolutePath(name) ? name : QDir(folder()).filePath(name);
    // A copy the person put somewhere else themselves is theirs: only our own folder is tidied.
    if (QDir::isAbsolutePath(name) || !QFileInfo::exists(path)) {
        return {};
    }
    const QString removed = QDir(folder()).filePath(QStringLiteral(".removed"));
    QDir().mkpath(removed);
    const QString held = QDir(removed).filePath(name);
    QFile::remove(held);
    if (QFile::rename(path, held)) {
        *heldPath = held;
    } else {
        QFile::remove(path);
    }
    return {};
}

QString AttachmentStore::restore(const QString& resourceId, const QString& heldPath, const QString& fileName)
{
    std::optional<QJsonObject> resource = m_catalogue.resources().find(resourceId);
    if (!resource) {
        return tr("this resource is no longer in the catalogue");
    }
    if (!heldPath.isEmpty()) {
        const QString path = QDir(folder()).filePath(fileName);
        QFile::remove(path);
        if (!QFile::rename(heldPath, path)) {
            return tr("%1 could not be put back").arg(QDir::toNativeSeparators(path));
        }
    }
    resource->insert(QStringLiteral("local_file"), fileName);
    try {
        m_catalogue.resources().save(*resource);
    } catch (const DbError& e) {
        return e.message();
    }
    return {};
}

void AttachmentStore::discardHeld(const QString& heldPath)
{
    if (!heldPath.isEmpty()) {
        QFile::remove(heldPath);
    }
}

} // namespace dalil
