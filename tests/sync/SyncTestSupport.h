#pragma once

// Helpers shared by the sync tests: a client is one catalogue file (as on one laptop) that syncs
// with a hub URL; dumps compare whole catalogues, tombstones included.

#include "catalogue/Catalogue.h"
#include "catalogue/ConflictRepository.h"
#include "catalogue/SampleCatalogue.h"
#include "sync/HubClient.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTemporaryDir>

#include <memory>

namespace dalil::test {

using Dump = QMap<QString, QJsonObject>; // "table/id" → row without local-only fields

inline Dump dump(Catalogue& catalogue, bool includePrivate = true)
{
    Dump out;
    for (const TableSpec* spec : tables::all()) {
        catalogue.repository(QLatin1String(spec->table))
            ->forEach(
                [&](const QJsonObject& row) {
                    if (!includePrivate && spec == &tables::contact() &&
                        row.value(QLatin1String("private")).toBool()) {
                        return;
                    }
                    QJsonObject copy = row;
                    copy.remove(QStringLiteral("dirty"));
                    out.insert(QLatin1String(spec->table) + QLatin1Char('/') +
                                   row.value(QLatin1String("id")).toString(),
                               copy);
                },
                true);
    }
    return out;
}

// The first difference between two dumps, in words, or an empty string when they are equal.
inline QString difference(const Dump& a, const Dump& b)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key())) {
            return QStringLiteral("%1 only on the first").arg(it.key());
        }
        if (b.value(it.key()) != it.value()) {
            return QStringLiteral("%1 differs:\n%2\n%3")
                .arg(it.key(), QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(b.value(it.key())).toJson(QJsonDocument::Compact)));
        }
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!a.contains(it.key())) {
            return QStringLiteral("%1 only on the second").arg(it.key());
        }
    }
    return {};
}

struct Client
{
    QString name;
    QString path;
    QString url;
    std::unique_ptr<Catalogue> catalogue;

    Client(const QString& folder, const QString& clientName, const QString& hubUrl)
        : name(clientName)
        , path(folder + QLatin1Char('/') + clientName + QStringLiteral(".dalil"))
        , url(hubUrl)
    {
        Catalogue::OpenResult opened = Catalogue::open(path, Database::Mode::CreateIfMissing);
        catalogue = std::move(opened.catalogue);
        if (catalogue) {
            SampleCatalogue::loadVocabularies(*catalogue);
        }
    }

    Catalogue& cat() { return *catalogue; }

    QString sync(SyncEngine::Report* report = nullptr, SyncEngine::FaultHook hook = {}, int pageSize = 5000)
    {
        HubAddress address;
        if (QString error = HubAddress::parse(url, &address); !error.isEmpty()) {
            return error;
        }
        HubClient hub(address);
        SyncEngine engine(*catalogue, hub);
        engine.setPageSize(pageSize);
        engine.setPushBatch(std::max(1, pageSize / 2));
        engine.setFaultHook(std::move(hook));
        SyncEngine::Report local;
        return engine.sync(report ? report : &local);
    }

    QStringList losingRevisions() { return ConflictRepository(cat().database()).losingRevisions(); }

    QString addOrganisation(const QString& nameAr, const QString& nameEn, const QString& workspace = {})
    {
        QJsonObject org{{QStringLiteral("name_ar"), nameAr},
                        {QStringLiteral("name_en"), nameEn},
                        {QStringLiteral("countries"), QJsonArray{QStringLiteral("LB")}},
                        {QStringLiteral("sectors"), QJsonArray{QStringLiteral("child_protection")}}};
        if (!workspace.isEmpty()) {
            org.insert(QStringLiteral("workspace"), workspace);
        }
        return cat().organisations().save(org);
    }

    QString addOffice(const QString& organisation, const QString& city, double lat, double lon)
    {
        return cat().locations().save(QJsonObject{{QStringLiteral("organisation_id"), organisation},
                                                  {QStringLiteral("name_ar"), QStringLiteral("مكتب ") + city},
                                                  {QStringLiteral("city"), city},
                                                  {QStringLiteral("country"), QStringLiteral("LB")},
                                                  {QStringLiteral("lat"), lat},
                                                  {QStringLiteral("lon"), lon}});
    }

    QString addContact(const QString& organisation, const QString& person, bool isPrivate = false)
    {
        return cat().contacts().save(
            QJsonObject{{QStringLiteral("organisation_id"), organisation},
                        {QStringLiteral("name"), person},
                        {QStringLiteral("role"), QStringLiteral("منسقة البرامج")},
                        {QStringLiteral("phones"), QJsonArray{QStringLiteral("+9611234567")}},
                        {QStringLiteral("private"), isPrivate}});
    }

    void setField(const char* table, const QString& id, const QString& field, const QJsonValue& value)
    {
        RecordTable* repository = cat().repository(QLatin1String(table));
        QJsonObject row = *repository->find(id);
        row.insert(field, value);
        repository->save(row);
    }
};

} // namespace dalil::test
