#include "sync/Bundle.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "catalogue/Hlc.h"
#include "catalogue/SyncStateRepository.h"
#include "search/SearchIndex.h"
#include "sync/Changes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <climits>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::Bundle", text, disambiguation, n);
}

const QByteArray kMagic("DALILBDL");
constexpr int kDigestSize = 32;
constexpr qint64 kMaxHeader = 1 << 20;

} // namespace

QString Bundle::write(Catalogue& catalogue, const QString& path, const QString& peer, bool all,
                      Summary* summary)
{
    Database& db = catalogue.database();
    SyncStateRepository state(db);
    QMap<QString, qint64> cursors = all ? QMap<QString, qint64>() : state.peerCursors(peer);
    QMap<QString, qint64> next = cursors;
    QByteArray lines;
    QJsonObject counts;
    qint64 total = 0;
    try {
        for (const TableSpec* spec : tables::all()) {
            const QString name = QLatin1String(spec->table);
            RecordTable* table = catalogue.repository(name);
            qint64 last = cursors.value(name, 0);
            const QList<QJsonObject> rows = table->changedSince(last, std::numeric_limits<int>::max(), &last);
            next.insert(name, std::max(last, cursors.value(name, 0)));
            qint64 written = 0;
            for (QJsonObject row : rows) {
                if (spec == &tables::contact() && row.value(QLatin1String("private")).toBool()) {
                    continue; // private contacts never leave this machine
                }
                row.remove(QStringLiteral("dirty"));
                lines += QJsonDocument(QJsonObject{{QStringLiteral("t"), name}, {QStringLiteral("r"), row}})
                             .toJson(QJsonDocument::Compact);
                lines += '\n';
                ++written;
            }
            if (written > 0) {
                counts.insert(name, written);
            }
            total += written;
        }
    } catch (const DbError& e) {
        return e.message();
    }
    const QString catalogueId =
        state.joined() ? state.catalogueId() : db.meta(QStringLiteral("catalogue_id"));
    const QJsonObject header{{QStringLiteral("catalogue_id"), catalogueId},
                             {QStringLiteral("node_id"), db.clock().nodeId()},
                             {QStringLiteral("created_at"), Database::nowText()},
                             {QStringLiteral("peer"), peer},
                             {QStringLiteral("all"), all},
                             {QStringLiteral("rows"), total},
                             {QStringLiteral("tables"), counts}};
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    const QByteArray payload = qCompress(lines, 6);

    QByteArray file;
    {
        QDataStream out(&file, QIODevice::WriteOnly);
        out.setByteOrder(QDataStream::BigEndian);
        out.writeRawData(kMagic.constData(), kMagic.size());
        out << quint32(kFormat) << quint32(headerBytes.size());
        out.writeRawData(headerBytes.constData(), int(headerBytes.size()));
        out << quint64(payload.size());
        out.writeRawData(payload.constData(), int(payload.size()));
    }
    file += QCryptographicHash::hash(file, QCryptographicHash::Sha256);

    QSaveFile save(path);
    if (!save.open(QIODevice::WriteOnly) || save.write(file) != file.size() || !save.commit()) {
        return tr("%1: the bundle could not be written (%2)").arg(path, save.errorString());
    }
    try {
        db.transaction([&] {
            if (!state.joined()) {
                state.join(catalogueId);
            }
            state.setPeerCursors(peer, next);
            state.markShared();
        });
    } catch (const DbError& e) {
        return tr("%1: the bundle was written, but the catalogue could not remember it (%2); the next "
                  "bundle will repeat these changes")
            .arg(path, e.message());
    }
    summary->rows = total;
    summary->catalogueId = catalogueId;
    summary->fromNode = db.clock().nodeId();
    return {};
}

QString Bundle::read(const QString& path, Contents* contents)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return tr("%1: cannot be read (%2)").arg(path, file.errorString());
    }
    const QByteArray data = file.readAll();
    const QString damaged = tr("%1: the bundle is damaged or incomplete (%2); nothing was imported");
    if (data.size() < kMagic.size() + 8 + 8 + kDigestSize || !data.startsWith(kMagic)) {
        if (!data.startsWith(kMagic)) {
            return tr("%1: not a Dalil sync bundle; nothing was imported").arg(path);
        }
        return damaged.arg(path, tr("it is too short"));
    }
    const QByteArray body = data.left(data.size() - kDigestSize);
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256) != data.right(kDigestSize)) {
        return damaged.arg(path, tr("its checksum does not match: it was cut short or changed after it "
                                    "was written"));
    }
    QDataStream in(body);
    in.setByteOrder(QDataStream::BigEndian);
    in.skipRawData(kMagic.size());
    quint32 format = 0;
    quint32 headerSize = 0;
    in >> format >> headerSize;
    if (format > kFormat) {
        return tr("%1: the bundle was written by a newer version of Dalil (bundle format %2; this version "
                  "reads up to %3); nothing was imported")
            .arg(path)
            .arg(format)
            .arg(kFormat);
    }
    if (headerSize > kMaxHeader || headerSize > quint32(body.size())) {
        return damaged.arg(path, tr("its header has an impossible size"));
    }
    QByteArray headerBytes(int(headerSize), Qt::Uninitialized);
    in.readRawData(headerBytes.data(), int(headerSize));
    quint64 payloadSize = 0;
    in >> payloadSize;
    const qint64 offset = kMagic.size() + 8 + qint64(headerSize) + 8;
    if (in.status() != QDataStream::Ok || qint64(payloadSize) != body.size() - offset) {
        return damaged.arg(path, tr("its length does not match its contents"));
    }
    QJsonParseError parseError;
    const QJsonDocument header = QJsonDocument::fromJson(headerBytes, &parseError);
    if (!header.isObject()) {
        return damaged.arg(path, tr("its header is not readable"));
    }
    contents->header = header.object();
    const QByteArray lines = qUncompress(body.mid(offset));
    if (lines.isEmpty() && contents->header.value(QLatin1String("rows")).toInteger() > 0) {
        return damaged.arg(path, tr("its changes cannot be decompressed"));
    }
    int lineNumber = 0;
    for (const QByteArray& line : lines.split('\n')) {
        ++lineNumber;
        if (line.isEmpty()) {
            continue;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        const QJsonObject change = doc.object();
        const TableSpec* spec = tables::byName(change.value(QLatin1String("t")).toString());
        const QJsonObject row = change.value(QLatin1String("r")).toObject();
        Hlc::Parts parts;
        if (!doc.isObject() || !spec || row.value(QLatin1String("id")).toString().isEmpty() ||
            !Hlc::parse(row.value(QLatin1String("rev")).toString(), &parts)) {
            return damaged.arg(path, tr("change %1 is not a valid record").arg(lineNumber));
        }
        contents->rows.append({spec, row});
    }
    if (contents->rows.size() != contents->header.value(QLatin1String("rows")).toInteger()) {
        // Two counts, two nouns: each phrase agrees with its own count.
        const auto count = [](qint64 n) { return int(std::clamp<qint64>(n, 0, INT_MAX)); };
        return damaged.arg(path,
                           tr("%1 where %2", "what a bundle holds, what its header announces")
                               .arg(tr("it holds %Ln change(s)", nullptr, count(contents->rows.size())),
                                    tr("its header announces %Ln change(s)", nullptr,
                                       count(contents->header.value(QLatin1String("rows")).toInteger()))));
    }
    return {};
}

QString Bundle::import(Catalogue& catalogue, const QString& path, Summary* summary)
{
    Contents contents;
    if (QString error = read(path, &contents); !error.isEmpty()) {
        return error;
    }
    const QString bundleCatalogue = contents.header.value(QLatin1String("catalogue_id")).toString();
    Database& db = catalogue.database();
    SyncStateRepository state(db);
    const QString mine = state.joined() ? state.catalogueId() : QString();
    if (!mine.isEmpty() && bundleCatalogue != mine) {
        return tr("%1: this bundle comes from another catalogue (%2), not from this one (%3); nothing was "
                  "imported")
            .arg(path, bundleCatalogue, mine);
    }
    for (const auto& [spec, row] : contents.rows) {
        QJsonObject data = row;
        for (const char* key : {"base_rev"}) {
            data.remove(QLatin1String(key));
        }
        const QList<FieldError> errors =
            catalogue.repository(QLatin1String(spec->table))->RecordTable::validate(data);
        if (!errors.isEmpty()) {
            return tr("%1: %2 %3, field %4: %5; nothing was imported")
                .arg(path, QLatin1String(spec->table), row.value(QLatin1String("id")).toString(),
                     errors.first().field, errors.first().message);
        }
    }
    Changes changes(catalogue, Changes::Source::Bundle);
    // A big bundle is indexed once afterwards, not queued row by row (SearchIndex::BulkScope).
    std::unique_ptr<SearchIndex::BulkScope> quietSearch(
        contents.rows.size() > SearchIndex::kIncrementalLimit
            ? new SearchIndex::BulkScope(db, qint64(contents.rows.size()))
            : nullptr);
    try {
        db.transaction([&] {
            for (const auto& [spec, row] : contents.rows) {
                changes.apply(*spec, row);
            }
            if (!state.joined()) {
                state.join(bundleCatalogue);
            }
        });
    } catch (const DbError& e) {
        if (e.message().contains(QLatin1String("FOREIGN KEY"))) {
            return tr("%1: the bundle refers to records this catalogue does not have (an earlier bundle was "
                      "not imported); import that one first, or ask for a bundle made with --all; nothing "
                      "was imported")
                .arg(path);
        }
        return tr("%1: %2; nothing was imported").arg(path, e.message());
    }
    summary->rows = contents.rows.size();
    summary->inserted = changes.counts().inserted;
    summary->updated = changes.counts().updated;
    summary->unchanged = changes.counts().unchanged;
    summary->conflicts = changes.counts().conflicts;
    summary->catalogueId = bundleCatalogue;
    summary->fromNode = contents.header.value(QLatin1String("node_id")).toString();
    return {};
}

} // namespace dalil
