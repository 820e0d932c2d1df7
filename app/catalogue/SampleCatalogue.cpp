#include "catalogue/SampleCatalogue.h"

#include "catalogue/DbError.h"
#include "catalogue/Hlc.h"
#include "catalogue/SqlStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

namespace dalil {

namespace {

const QUuid kSampleNamespace(QStringLiteral("{5b0c7a52-9d7e-4c1e-8f43-6a1d2b0e9c11}"));

QString readResource(const QString& path, QByteArray* data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("the built-in file %1 is missing (%2)").arg(path, file.errorString());
    }
    *data = file.readAll();
    return {};
}

QString readJson(const QString& path, QJsonDocument* document)
{
    QByteArray data;
    if (QString error = readResource(path, &data); !error.isEmpty()) {
        return error;
    }
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return QStringLiteral("the built-in file %1 is damaged at byte %2: %3")
            .arg(path)
            .arg(parseError.offset)
            .arg(parseError.errorString());
    }
    return {};
}

// Local wall time in an IANA zone → UTC ISO text.
QString toUtc(const QString& local, const QString& zoneName)
{
    QDateTime time = QDateTime::fromString(local, Qt::ISODate);
    if (!time.isValid()) {
        return {};
    }
    const QTimeZone zone(zoneName.toUtf8());
    time.setTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    return time.toUTC().toString(Qt::ISODate);
}

// Copies the listed keys that the JSON has into a record.
void copyKeys(const QJsonObject& from, QJsonObject& to, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QJsonValue value = from.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull()) {
            to.insert(QLatin1String(key), value);
        }
    }
}

class SampleLoader
{
public:
    explicit SampleLoader(Catalogue& catalogue)
        : m_catalogue(catalogue)
    {
    }

    QString load(const QJsonObject& root);

private:
    QString save(RecordTable& table, const QJsonObject& record, const QString& where);
    QString reference(const QJsonObject& item, const char* field, const QString& where, QString* error);

    Catalogue& m_catalogue;
    QSet<QString> m_organisationKeys;
};

QString SampleLoader::save(RecordTable& table, const QJsonObject& record, const QString& where)
{
    const QList<FieldError> errors = table.validate(record);
    if (!errors.isEmpty()) {
        return QStringLiteral("sample catalogue, %1: field %2: %3")
            .arg(where, errors.first().field, errors.first().message);
    }
    table.save(record);
    return {};
}

QString SampleLoader::reference(const QJsonObject& item, const char* field, const QString& where,
                                QString* error)
{
    const QString key = item.value(QLatin1String(field)).toString();
    if (key.isEmpty()) {
        return {};
    }
    if (!m_organisationKeys.contains(key)) {
        *error = QStringLiteral("sample catalogue, %1: %2 \"%3\" is not an organisation key")
                     .arg(where, QLatin1String(field), key);
        return {};
    }
    return SampleCatalogue::idFor(QStringLiteral("organisation"), key);
}

QString SampleLoader::load(const QJsonObject& root)
{
    QString error;
    for (const QJsonValue& value : root.value(QLatin1String("organisations")).toArray()) {
        m_organisationKeys.insert(value.toObject().value(QLatin1String("key")).toString());
    }
    for (const QJsonValue& value : root.value(QLatin1String("organisations")).toArray()) {
        const QJsonObject item = value.toObject();
        const QString key = item.value(QLatin1String("key")).toString();
        const QString where = QStringLiteral("organisation %1").arg(key);
        const QString id = SampleCatalogue::idFor(QStringLiteral("organisation"), key);
        QJsonObject org{{QStringLiteral("id"), id}, {QStringLiteral("source"), QStringLiteral("sample")}};
        copyKeys(item, org,
                 {"name_ar", "name_en", "name_fr", "acronym", "type", "sectors", "countries",
                  "description_ar", "description_en", "founded", "website", "registration_id", "languages"});
        if (error = save(m_catalogue.organisations(), org, where); !error.isEmpty()) {
            return error;
        }
        int index = 0;
        for (const QJsonValue& officeValue : item.value(QLatin1String("offices")).toArray()) {
            const QJsonObject office = officeValue.toObject();
            QJsonObject location{
                {QStringLiteral("id"),
                 SampleCatalogue::idFor(QStringLiteral("location"), key + QString::number(index++))},
                {QStringLiteral("organisation_id"), id}};
            copyKeys(office, location,
                     {"name_ar", "name_en", "country", "admin1", "admin1_pcode", "admin2", "admin2_pcode",
                      "city", "lat", "lon"});
            if (error = save(m_catalogue.locations(), location, where + QStringLiteral(" office"));
                !error.isEmpty()) {
                return error;
            }
        }
        index = 0;
        for (const QJsonValue& contactValue : item.value(QLatin1String("contacts")).toArray()) {
            QJsonObject contact{
                {QStringLiteral("id"),
                 SampleCatalogue::idFor(QStringLiteral("contact"), key + QString::number(index++))},
                {QStringLiteral("organisation_id"), id}};
            copyKeys(contactValue.toObject(), contact,
                     {"name", "role", "emails", "phones", "languages", "private"});
            if (error = save(m_catalogue.contacts(), contact, where + QStringLiteral(" contact"));
                !error.isEmpty()) {
                return error;
            }
        }
    }
    for (const QJsonValue& value : root.value(QLatin1String("memberships")).toArray()) {
        const QJsonObject item = value.toObject();
        const QString where = QStringLiteral("membership %1 → %2")
                                  .arg(item.value(QLatin1String("network")).toString(),
                                       item.value(QLatin1String("member")).toString());
        QJsonObject row{{QStringLiteral("network_id"), reference(item, "network", where, &error)},
                        {QStringLiteral("member_id"), reference(item, "member", where, &error)}};
        copyKeys(item, row, {"role", "since", "until"});
        row.insert(QStringLiteral("id"), SampleCatalogue::idFor(QStringLiteral("membership"), where));
        if (!error.isEmpty() || !(error = save(m_catalogue.memberships(), row, where)).isEmpty()) {
            return error;
        }
    }
    for (const QJsonValue& value : root.value(QLatin1String("partnerships")).toArray()) {
        const QJsonObject item = value.toObject();
        const QString where =
            QStringLiteral("partnership %1 ↔ %2")
                .arg(item.value(QLatin1String("a")).toString(), item.value(QLatin1String("b")).toString());
        QJsonObject row{{QStringLiteral("org_a"), reference(item, "a", where, &error)},
                        {QStringLiteral("org_b"), reference(item, "b", where, &error)},
                        {QStringLiteral("id"), SampleCatalogue::idFor(QStringLiteral("partnership"), where)}};
        copyKeys(item, row, {"kind", "since", "until"});
        if (item.contains(QLatin1String("note_en"))) {
            row.insert(QStringLiteral("note"), item.value(QLatin1String("note_en")));
        }
        if (!error.isEmpty() || !(error = save(m_catalogue.partnerships(), row, where)).isEmpty()) {
            return error;
        }
    }
    for (const QJsonValue& value : root.value(QLatin1String("funding")).toArray()) {
        const QJsonObject item = value.toObject();
        const QString key = item.value(QLatin1String("key")).toString();
        const QString where = QStringLiteral("funding %1").arg(key);
        QJsonObject row{{QStringLiteral("id"), SampleCatalogue::idFor(QStringLiteral("funding"), key)},
                        {QStringLiteral("donor_id"), reference(item, "donor", where, &error)}};
        copyKeys(item, row,
                 {"title_ar", "title_en", "description_ar", "description_en", "amount_min", "amount_max",
                  "currency", "deadline", "deadline_tz", "countries", "applicant_types", "sectors",
                  "languages", "link", "status"});
        if (!error.isEmpty() || !(error = save(m_catalogue.funding(), row, where)).isEmpty()) {
            return error;
        }
    }
    for (const QJsonValue& value : root.value(QLatin1String("resources")).toArray()) {
        const QJsonObject item = value.toObject();
        const QString key = item.value(QLatin1String("key")).toString();
        const QString where = QStringLiteral("resource %1").arg(key);
        QJsonObject row{{QStringLiteral("id"), SampleCatalogue::idFor(QStringLiteral("resource"), key)},
                        {QStringLiteral("publisher_id"), reference(item, "publisher", where, &error)}};
        copyKeys(item, row,
                 {"title_ar", "title_en", "kind", "year", "languages", "sectors", "countries", "link",
                  "summary_ar", "summary_en"});
        if (!error.isEmpty() || !(error = save(m_catalogue.resources(), row, where)).isEmpty()) {
            return error;
        }
    }
    for (const QJsonValue& value : root.value(QLatin1String("events")).toArray()) {
        const QJsonObject item = value.toObject();
        const QString key = item.value(QLatin1String("key")).toString();
        const QString where = QStringLiteral("event %1").arg(key);
        const QString zone = item.value(QLatin1String("tz")).toString();
        const QString eventId = SampleCatalogue::idFor(QStringLiteral("event"), key);
        QJsonObject row{
            {QStringLiteral("id"), eventId},
            {QStringLiteral("organiser_id"), reference(item, "organiser", where, &error)},
            {QStringLiteral("start_utc"), toUtc(item.value(QLatin1String("start")).toString(), zone)},
            {QStringLiteral("end_utc"), toUtc(item.value(QLatin1String("end")).toString(), zone)}};
        copyKeys(item, row,
                 {"title_ar", "title_en", "description_ar", "description_en", "tz", "venue", "online_link",
                  "country", "city", "lat", "lon", "languages"});
        if (!error.isEmpty() || !(error = save(m_catalogue.events(), row, where)).isEmpty()) {
            return error;
        }
        int index = 0;
        for (const QJsonValue& sessionValue : item.value(QLatin1String("sessions")).toArray()) {
            const QJsonObject session = sessionValue.toObject();
            QJsonObject sessionRow{
                {QStringLiteral("id"),
                 SampleCatalogue::idFor(QStringLiteral("event_session"), key + QString::number(index++))},
                {QStringLiteral("event_id"), eventId},
                {QStringLiteral("start_utc"), toUtc(session.value(QLatin1String("start")).toString(), zone)},
                {QStringLiteral("end_utc"), toUtc(session.value(QLatin1String("end")).toString(), zone)}};
            copyKeys(session, sessionRow, {"title_ar", "title_en", "language"});
            if (error = save(m_catalogue.eventSessions(), sessionRow, where + QStringLiteral(" session"));
                !error.isEmpty()) {
                return error;
            }
        }
    }
    return {};
}

} // namespace

QString SampleCatalogue::idFor(const QString& kind, const QString& key)
{
    return QUuid::createUuidV5(kSampleNamespace, kind + QLatin1Char(':') + key)
        .toString(QUuid::WithoutBraces);
}

const QString& SampleCatalogue::shippedRevision()
{
    static const QString revision = Hlc::format(0, 0, QStringLiteral("shipped"));
    return revision;
}

const QString& SampleCatalogue::shippedTime()
{
    static const QString time = QStringLiteral("2026-01-01T00:00:00.000Z");
    return time;
}

QString SampleCatalogue::loadVocabularies(Catalogue& catalogue)
{
    QString error;
    try {
        catalogue.database().transaction([&] {
            VocabularyRepository& vocabularies = catalogue.vocabularies();
            SqlStatement& stamp = catalogue.database().statement(
                "UPDATE vocabulary SET rev = ?, updated_at = ?, base_rev = NULL, dirty = 0 WHERE id = ?");
            auto add = [&](const QString& kind, const QString& code, const QString& ar, const QString& en,
                           const QString& fr, int order) {
                const QString id = idFor(QStringLiteral("vocabulary"), kind + QLatin1Char('/') + code);
                if (vocabularies.find(id, true)) {
                    return;
                }
                QJsonObject row{{QStringLiteral("id"), id},           {QStringLiteral("kind"), kind},
                                {QStringLiteral("code"), code},       {QStringLiteral("label_ar"), ar},
                                {QStringLiteral("label_en"), en},     {QStringLiteral("label_fr"), fr},
                                {QStringLiteral("sort_order"), order}};
                vocabularies.save(row);
                stamp.bind(1, shippedRevision()).bind(2, shippedTime()).bind(3, id).exec();
            };
            const QList<QPair<QString, QString>> jsonFiles = {
                {QStringLiteral("sector"), QStringLiteral(":/dalil/vocabularies/sectors.json")},
                {QStringLiteral("organisation_type"),
                 QStringLiteral(":/dalil/vocabularies/organisation-types.json")}};
            for (const auto& [kind, path] : jsonFiles) {
                QJsonDocument document;
                if (error = readJson(path, &document); !error.isEmpty()) {
                    throw DbError(error); // nothing of a half-read vocabulary is kept
                }
                int order = 0;
                for (const QJsonValue& value : document.array()) {
                    const QJsonObject item = value.toObject();
                    add(kind, item.value(QLatin1String("code")).toString(),
                        item.value(QLatin1String("ar")).toString(),
                        item.value(QLatin1String("en")).toString(),
                        item.value(QLatin1String("fr")).toString(), order++);
                }
            }
            QByteArray countries;
            if (error = readResource(QStringLiteral(":/dalil/geo/countries.tsv"), &countries);
                !error.isEmpty()) {
                throw DbError(error);
            }
            // iso2, iso3, numeric, name_ar, name_en, name_fr, mena
            const QList<QByteArray> lines = countries.split('\n');
            for (int i = 1; i < lines.size(); ++i) {
                const QList<QByteArray> fields = lines[i].split('\t');
                if (fields.size() < 6) {
                    continue;
                }
                add(QStringLiteral("country"), QString::fromUtf8(fields[0]), QString::fromUtf8(fields[3]),
                    QString::fromUtf8(fields[4]), QString::fromUtf8(fields[5]), i);
            }
        });
    } catch (const DbError& e) {
        if (error.isEmpty()) {
            error = QStringLiteral("%1: %2").arg(catalogue.path(), e.message());
        }
    }
    return error;
}

QString SampleCatalogue::loadSample(Catalogue& catalogue)
{
    QJsonDocument document;
    if (QString error = readJson(QStringLiteral(":/dalil/sample/catalogue.json"), &document);
        !error.isEmpty()) {
        return error;
    }
    QString error;
    try {
        catalogue.database().transaction([&] {
            error = SampleLoader(catalogue).load(document.object());
            if (!error.isEmpty()) {
                throw DbError(error);
            }
            const QJsonObject meta = document.object().value(QLatin1String("meta")).toObject();
            catalogue.database().setMeta(QStringLiteral("sample"), QStringLiteral("1"));
            // Shipped rows are everyone's already: like the vocabularies, the sample's rows carry the
            // lowest revision and a fixed date, and are clean. Every new catalogue so holds the same
            // sample, none pushes it, and any edit (here or from a hub) is newer and wins.
            for (const TableSpec* spec : tables::all()) {
                SqlStatement stamp(catalogue.database().handle(),
                                   (QByteArray("UPDATE ") + spec->table +
                                    " SET rev = ?, updated_at = ?, base_rev = NULL, dirty = 0")
                                       .constData());
                stamp.bind(1, shippedRevision()).bind(2, shippedTime()).exec();
            }
            for (const char* key : {"name_ar", "name_en", "name_fr", "note_ar", "note_en", "compiled"}) {
                catalogue.database().setMeta(QStringLiteral("sample_") + QLatin1String(key),
                                             meta.value(QLatin1String(key)).toString());
            }
        });
    } catch (const DbError& e) {
        return e.message();
    }
    return {};
}

SampleCatalogue::OpenResult SampleCatalogue::createAt(const QString& path)
{
    OpenResult result;
    const QString temporary = path + QStringLiteral(".new");
    for (const QString& leftover :
         {temporary, temporary + QStringLiteral("-wal"), temporary + QStringLiteral("-shm")}) {
        QFile::remove(leftover);
    }
    {
        Catalogue::OpenResult created = Catalogue::open(temporary, Database::Mode::CreateIfMissing);
        if (!created.catalogue) {
            result.error = created.error;
            return result;
        }
        QString error = loadVocabularies(*created.catalogue);
        if (error.isEmpty()) {
            error = loadSample(*created.catalogue);
        }
        if (!error.isEmpty()) {
            created.catalogue.reset();
            QFile::remove(temporary);
            result.error = error;
            return result;
        }
        // Fold the WAL into the file before it is renamed.
        created.catalogue->database().execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QFile::remove(temporary + QStringLiteral("-wal"));
    QFile::remove(temporary + QStringLiteral("-shm"));
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        result.error =
            QCoreApplication::translate("dalil::SampleCatalogue", "%1: could not be written").arg(path);
        return result;
    }
    return Catalogue::open(path);
}

SampleCatalogue::OpenResult SampleCatalogue::openDefault(const QString& path, Database::Threading threading)
{
    if (QFileInfo::exists(path)) {
        return Catalogue::open(path, Database::Mode::OpenExisting, threading);
    }
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        OpenResult result;
        result.error =
            QCoreApplication::translate("dalil::SampleCatalogue", "%1: the folder %2 could not be created")
                .arg(path, dir);
        return result;
    }
    return createAt(path);
}

} // namespace dalil
