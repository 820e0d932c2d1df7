#pragma once

#include "exchange/ExportEntry.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <atomic>

namespace dalil {

class Catalogue;

// One export of part of the catalogue to one file: which records (a kind, filters as in search, or
// the ids of a selection), which format, and whether private contacts may leave the machine.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString kind = QStringLiteral("organisations"); // organisations, contacts, funding, resources, events
        QString format = QStringLiteral("csv");         // csv, xlsx, vcf, geojson, kml, pdf, json
        QString out;
        bool includePrivate = false;
        bool hxl = false;      // CSV and XLSX: a row of HXL hashtags under the headers
        bool plainCsv = false; // CSV without byte-order mark and with LF (for programs)
        QStringList countries; // ISO codes: the organisation works there or has an office there
        QStringList sectors;   // sector codes
        QStringList types;     // organisation type codes
        QString network;       // id of a network: only its members
        QString query;         // words every listed name must contain (normalised)
        QSet<QString> ids;     // a selection: only these records (empty = all that pass the filters)
        bool idsOnly = false;  // ids is the whole set even when empty (a search that found nothing)
        QString title;         // PDF cover and KML document title
    };

    struct Result
    {
        int records = 0;  // organisations, contacts, ... written
        int features = 0; // GeoJSON / KML: points written
        QString error;    // empty on success
        bool cancelled = false;
    };

    explicit ExportJob(Options options, QObject* parent = nullptr);

    static QStringList kinds();
    static QStringList formats();
    // Empty when the format can hold the kind; otherwise why not.
    static QString checkFormat(const QString& kind, const QString& format);

    Result run(Catalogue& catalogue);
    // Safe from any thread: the running export stops at its next batch of rows and removes its file.
    void cancel() { m_cancelled = true; }
    // Only these records, even when none (the ids a search found, once it has run).
    void setSelection(const QSet<QString>& ids)
    {
        m_options.ids = ids;
        m_options.idsOnly = true;
    }

    // What run() writes, for the preview and the tests.
    QList<ExportEntry> collect(Catalogue& catalogue);
    ExportTable table(const QList<ExportEntry>& entries) const;

signals:
    // Records written of the total (0 of the total while they are gathered).
    void progress(qint64 done, qint64 total);

private:
    // Every contact to CSV or XLSX, streamed from the catalogue.
    Result writeEveryContact(Catalogue& catalogue);

    Options m_options;
    std::atomic<bool> m_cancelled{false};
};

} // namespace dalil
