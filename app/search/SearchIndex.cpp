#include "search/SearchIndex.h"

#include "catalogue/Database.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"
#include "search/ArabicText.h"
#include "search/SearchQuery.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <cstring>
#include <optional>

namespace dalil {

namespace {

struct Labels
{
    QString ar;
    QString en;
    QString fr;
};

// The JSON list columns hold arrays of plain strings; this avoids a JSON parser per row (a million
// rows at rebuild).
QStringList parseList(const QByteArray& json)
{
    QStringList items;
    if (json.size() <= 2) {
        return items;
    }
    if (json.contains('\\')) {
        for (const QJsonValue& value : QJsonDocument::fromJson(json).array()) {
            items.append(value.toString());
        }
        return items;
    }
    int start = -1;
    for (int i = 0; i < json.size(); ++i) {
        if (json[i] == '"') {
            if (start < 0) {
                start = i + 1;
            } else {
                items.append(QString::fromUtf8(json.constData() + start, i - start));
                start = -1;
            }
        }
    }
    return items;
}

std::optional<qint64> dayOf(const QString& iso)
{
    if (iso.size() < 10) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date.toJulianDay();
}

struct Office
{
    QString country;
    QString admin1;
    QString admin1Pcode;
    QString admin2;
    QString city;
    std::optional<double> lat;
    std::optional<double> lon;
};

struct OrganisationData
{
    QString id;
    QString nameAr, nameEn, nameFr, acronym, type;
    QByteArray sectors, countries, languages;
    QString descriptionAr, descriptionEn, registrationId, source;
    std::optional<int> founded;
    QList<Office> offices;
    QStringList networks; // networks this organisation belongs to
    QStringList partners;
    qint64 memberCount = 0; // when it is a network
};

// Everything one record contributes to the index.
struct IndexDoc
{
    int kind = 0;
    QString entityId;
    int importance = 0; // 0..255
    QStringList names;  // normalised tokens with clitic-stripped variants
    QStringList body;
    QStringList skel;
    QStringList keys;        // exact keys for search_key
    QStringList displayKeys; // normalised names, one per line in search_doc.keys
    QStringList codes;       // "c:EG", "s:health", ...
    QByteArray geo;
    std::optional<qint64> d0, d1;
    std::optional<double> amin, amax;
    std::optional<int> year;
};

QString joinUnique(const QStringList& tokens)
{
    QStringList out;
    QSet<QString> seen;
    out.reserve(tokens.size());
    for (const QString& token : tokens) {
        if (!seen.contains(token)) {
            seen.insert(token);
            out.append(token);
        }
    }
    return out.isEmpty() ? QStringLiteral("") : out.join(QLatin1Char(' '));
}

// joinUnique that also leaves the distinct non-empty tokens in `seen` (the rebuild counts document
// frequencies from them instead of splitting the joined text again).
QString joinUniqueInto(const QStringList& tokens, QSet<QString>& seen)
{
    QString out;
    const qsizetype before = seen.size();
    for (const QString& token : tokens) {
        const qsizetype size = seen.size();
        seen.insert(token);
        if (seen.size() == size) {
            continue;
        }
        if (seen.size() - before > 1) {
            out.append(QLatin1Char(' '));
        }
        out.append(token);
    }
    seen.remove(QString());
    return out.isNull() ? QStringLiteral("") : out;
}

QStringList distinctTokens(const QString& names, const QString& body)
{
    QSet<QString> set;
    for (const QString& t : names.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        set.insert(t);
    }
    for (const QString& t : body.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        set.insert(t);
    }
    return QStringList(set.begin(), set.end());
}

void addText(QStringList& target, const QString& text)
{
    for (const QString& token : ArabicText::tokens(text)) {
        target.append(ArabicText::variants(token));
    }
}

void addName(IndexDoc& doc, const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return;
    }
    const QStringList tokens = ArabicText::tokens(text);
    if (tokens.isEmpty()) {
        return;
    }
    QStringList stripped;
    for (const QString& token : tokens) {
        const QStringList variants = ArabicText::variants(token);
        doc.names.append(variants);
        stripped.append(variants.last());
        for (const QString& variant : variants) {
            const QString key = ArabicText::skeleton(variant);
            if (!key.isEmpty()) {
                doc.skel.append(key);
            }
        }
    }
    const QString key = tokens.join(QLatin1Char(' '));
    doc.displayKeys.append(key);
    doc.keys.append(key);
    const QString strippedKey = stripped.join(QLatin1Char(' '));
    if (strippedKey != key) {
        doc.keys.append(strippedKey);
    }
}

void addAcronym(IndexDoc& doc, const QString& acronym)
{
    if (acronym.trimmed().isEmpty()) {
        return;
    }
    addName(doc, acronym);
    // "U.N.D.P." and "UNDP" are the same acronym.
    const QString joined = ArabicText::normalise(acronym).remove(QLatin1Char(' '));
    if (!joined.isEmpty() && !doc.keys.contains(joined)) {
        doc.keys.append(joined);
        doc.names.append(joined);
    }
}

void addSkeletonOf(IndexDoc& doc, const QString& text)
{
    for (const QString& token : ArabicText::tokens(text)) {
        for (const QString& variant : ArabicText::variants(token)) {
            const QString key = ArabicText::skeleton(variant);
            if (!key.isEmpty()) {
                doc.skel.append(key);
            }
        }
    }
}

void appendPoint(QByteArray& geo, double lat, double lon)
{
    const float values[2] = {float(lat), float(lon)};
    geo.append(reinterpret_cast<const char*>(values), sizeof(values));
}

int clampImportance(double value)
{
    return std::max(0, std::min(255, int(std::lround(value))));
}

int typeBonus(const QString& type)
{
    if (type == QLatin1String("40")) {
        return 40;
    }
    if (type == QLatin1String("21")) {
        return 30;
    }
    if (type == QLatin1String("network")) {
        return 25;
    }
    if (type == QLatin1String("23") || type == QLatin1String("10") || type == QLatin1String("60")) {
        return 15;
    }
    return 10;
}

qint64 docidFor(int importance, qint64 sequence)
{
    return (qint64(255 - importance) << 40) | (sequence & ((qint64(1) << 40) - 1));
}

int importanceOfDocid(qint64 docid)
{
    return 255 - int(docid >> 40);
}

} // namespace

class SearchIndex::Writer
{
public:
    explicit Writer(Database& db)
        : m_db(db)
    {
    }

    void loadVocabulary()
    {
        m_labels.clear();
        m_labelTokens.clear();
        SqlStatement query(
            m_db.handle(),
            "SELECT kind, code, label_ar, label_en, label_fr FROM vocabulary WHERE deleted = 0");
        while (query.step()) {
            m_labels.insert(query.text(0) + QLatin1Char('/') + query.text(1),
                            Labels{query.text(2), query.text(3), query.text(4)});
        }
        m_vocabularyLoaded = true;
    }

    void addLabels(QStringList& target, const QString& kind, const QString& code)
    {
        const QString key = kind + QLatin1Char('/') + code;
        // A few hundred labels, each named by up to a million records: normalised once.
        auto cached = m_labelTokens.constFind(key);
        if (cached == m_labelTokens.constEnd()) {
            QStringList tokens;
            const auto it = m_labels.constFind(key);
            if (it != m_labels.constEnd()) {
                addText(tokens, it->ar);
                addText(tokens, it->en);
                addText(tokens, it->fr);
            }
            cached = m_labelTokens.insert(key, tokens);
        }
        target.append(*cached);
    }

    IndexDoc buildOrganisation(const OrganisationData& org)
    {
        IndexDoc doc;
        doc.kind = int(EntityKind::Organisation);
        doc.entityId = org.id;
        addName(doc, org.nameAr);
        addName(doc, org.nameEn);
        addName(doc, org.nameFr);
        addAcronym(doc, org.acronym);
        addText(doc.body, org.descriptionAr);
        addText(doc.body, org.descriptionEn);
        addText(doc.body, org.registrationId);
        if (org.founded) {
            doc.body.append(QString::number(*org.founded));
        }
        if (!org.type.isEmpty()) {
            doc.codes.append(QStringLiteral("t:") + org.type);
            addLabels(doc.body, QStringLiteral("organisation_type"), org.type);
        }
        for (const QString& sector : parseList(org.sectors)) {
            doc.codes.append(QStringLiteral("s:") + sector);
            addLabels(doc.body, QStringLiteral("sector"), sector);
        }
        QSet<QString> countries;
        for (const QString& country : parseList(org.countries)) {
            countries.insert(country.toUpper());
        }
        for (const Office& office : org.offices) {
            if (!office.country.isEmpty()) {
                countries.insert(office.country.toUpper());
            }
            if (!office.admin1.isEmpty()) {
                addText(doc.body, office.admin1);
                doc.codes.append(QStringLiteral("a:") + ArabicText::normalise(office.admin1));
            }
            if (!office.admin1Pcode.isEmpty()) {
                doc.codes.append(QStringLiteral("a:") + ArabicText::normalise(office.admin1Pcode));
            }
            if (!office.admin2.isEmpty()) {
                addText(doc.body, office.admin2);
            }
            if (!office.city.isEmpty()) {
                addText(doc.body, office.city);
                addSkeletonOf(doc, office.city);
                doc.codes.append(QStringLiteral("y:") + ArabicText::normalise(office.city));
            }
            if (office.lat && office.lon) {
                appendPoint(doc.geo, *office.lat, *office.lon);
            }
        }
        for (const QString& country : countries) {
            doc.codes.append(QStringLiteral("c:") + country);
            addLabels(doc.body, QStringLiteral("country"), country);
        }
        for (const QString& language : parseList(org.languages)) {
            doc.codes.append(QStringLiteral("l:") + language.toLower());
        }
        for (const QString& network : org.networks) {
            doc.codes.append(QStringLiteral("n:") + network);
        }
        for (const QString& partner : org.partners) {
            doc.codes.append(QStringLiteral("p:") + partner);
        }
        const qint64 links = org.networks.size() + org.partners.size() + org.memberCount;
        double importance = 64 + typeBonus(org.type) + std::min(60.0, 15 * std::log2(1.0 + double(links))) +
                            std::min(30.0, 10 * std::log2(1.0 + double(org.offices.size())));
        if (!org.nameAr.isEmpty() && (!org.nameEn.isEmpty() || !org.nameFr.isEmpty())) {
            importance += 10;
        }
        if (!org.descriptionAr.isEmpty() || !org.descriptionEn.isEmpty()) {
            importance += 5;
        }
        doc.importance = clampImportance(importance);
        return doc;
    }

    IndexDoc buildFunding(SqlStatement& row)
    {
        // id, title_ar, title_en, description_ar, description_en, amount_min, amount_max, deadline_utc,
        // countries, applicant_types, sectors, languages, status, donor name_ar, name_en, acronym
        IndexDoc doc;
        doc.kind = int(EntityKind::Funding);
        doc.entityId = row.text(0);
        addName(doc, row.text(1));
        addName(doc, row.text(2));
        addText(doc.body, row.text(3));
        addText(doc.body, row.text(4));
        addText(doc.body, row.text(13));
        addText(doc.body, row.text(14));
        addText(doc.body, row.text(15));
        if (!row.isNull(5)) {
            doc.amin = row.real(5);
        }
        if (!row.isNull(6)) {
            doc.amax = row.real(6);
        }
        doc.d0 = doc.d1 = dayOf(row.text(7));
        if (doc.d0) {
            doc.body.append(QString::number(QDate::fromJulianDay(*doc.d0).year()));
        }
        for (const QString& country : parseList(row.utf8(8))) {
            doc.codes.append(QStringLiteral("c:") + country.toUpper());
            addLabels(doc.body, QStringLiteral("country"), country.toUpper());
        }
        for (const QString& type : parseList(row.utf8(9))) {
            doc.codes.append(QStringLiteral("t:") + type);
        }
        for (const QString& sector : parseList(row.utf8(10))) {
            doc.codes.append(QStringLiteral("s:") + sector);
            addLabels(doc.body, QStringLiteral("sector"), sector);
        }
        for (const QString& language : parseList(row.utf8(11))) {
            doc.codes.append(QStringLiteral("l:") + language.toLower());
        }
        doc.importance = row.text(12) == QLatin1String("open") ? 120 : 90;
        return doc;
    }

    IndexDoc buildResource(SqlStatement& row)
    {
        // id, title_ar, title_en, kind, year, languages, sectors, countries, summary_ar, summary_en,
        // publisher name_ar, name_en, acronym
        IndexDoc doc;
        doc.kind = int(EntityKind::Resource);
        doc.entityId = row.text(0);
        addName(doc, row.text(1));
        addName(doc, row.text(2));
        const QString kind = row.text(3);
        if (!kind.isEmpty()) {
            doc.codes.append(QStringLiteral("r:") + kind);
            addLabels(doc.body, QStringLiteral("resource_kind"), kind);
            addText(doc.body, kind);
        }
        if (!row.isNull(4)) {
            doc.year = int(row.int64(4));
            doc.body.append(QString::number(*doc.year));
        }
        for (const QString& language : parseList(row.utf8(5))) {
            doc.codes.append(QStringLiteral("l:") + language.toLower());
        }
        for (const QString& sector : parseList(row.utf8(6))) {
            doc.codes.append(QStringLiteral("s:") + sector);
            addLabels(doc.body, QStringLiteral("sector"), sector);
        }
        for (const QString& country : parseList(row.utf8(7))) {
            doc.codes.append(QStringLiteral("c:") + country.toUpper());
            addLabels(doc.body, QStringLiteral("country"), country.toUpper());
        }
        addText(doc.body, row.text(8));
        addText(doc.body, row.text(9));
        addText(doc.body, row.text(10));
        addText(doc.body, row.text(11));
        addText(doc.body, row.text(12));
        doc.importance = 100 + (doc.year ? std::max(0, std::min(20, *doc.year - 2006)) : 0);
        return doc;
    }

    IndexDoc buildEvent(SqlStatement& row)
    {
        // id, title_ar, title_en, description_ar, description_en, start_utc, end_utc, venue, country,
        // city, lat, lon, languages, organiser name_ar, name_en, acronym
        IndexDoc doc;
        doc.kind = int(EntityKind::Event);
        doc.entityId = row.text(0);
        addName(doc, row.text(1));
        addName(doc, row.text(2));
        addText(doc.body, row.text(3));
        addText(doc.body, row.text(4));
        doc.d0 = dayOf(row.text(5));
        doc.d1 = dayOf(row.text(6));
        if (!doc.d1) {
            doc.d1 = doc.d0;
        }
        if (doc.d0) {
            doc.body.append(QString::number(QDate::fromJulianDay(*doc.d0).year()));
        }
        addText(doc.body, row.text(7));
        const QString country = row.text(8).toUpper();
        if (!country.isEmpty()) {
            doc.codes.append(QStringLiteral("c:") + country);
            addLabels(doc.body, QStringLiteral("country"), country);
        }
        const QString city = row.text(9);
        if (!city.isEmpty()) {
            addText(doc.body, city);
            addSkeletonOf(doc, city);
            doc.codes.append(QStringLiteral("y:") + ArabicText::normalise(city));
        }
        if (!row.isNull(10) && !row.isNull(11)) {
            appendPoint(doc.geo, row.real(10), row.real(11));
        }
        for (const QString& language : parseList(row.utf8(12))) {
            doc.codes.append(QStringLiteral("l:") + language.toLower());
        }
        addText(doc.body, row.text(13));
        addText(doc.body, row.text(14));
        addText(doc.body, row.text(15));
        doc.importance = 100;
        return doc;
    }

    quint32 code(const QString& value)
    {
        if (!m_codesLoaded) {
            SqlStatement query(m_db.handle(), "SELECT code, value FROM search_code");
            while (query.step()) {
                m_codes.insert(query.text(1), quint32(query.int64(0)));
            }
            m_codesLoaded = true;
        }
        const auto it = m_codes.constFind(value);
        if (it != m_codes.constEnd()) {
            return *it;
        }
        const quint32 next = quint32(m_codes.size() + 1);
        m_db.statement("INSERT INTO search_code (code, value) VALUES (?, ?)")
            .bindAll(qint64(next), value)
            .exec();
        m_codes.insert(value, next);
        return next;
    }

    QByteArray encodeCodes(const QStringList& values)
    {
        QByteArray blob;
        QSet<quint32> seen;
        for (const QString& value : values) {
            const quint32 c = code(value);
            if (seen.contains(c)) {
                continue;
            }
            seen.insert(c);
            blob.append(reinterpret_cast<const char*>(&c), sizeof(c));
        }
        return blob;
    }

    // Inserts the document row (FTS tables are written by the caller or by an FTS 'rebuild').
    void insertDoc(qint64 docid, const IndexDoc& doc, const QString& names, const QString& body)
    {
        SqlStatement& insert = m_db.statement(
            "INSERT INTO search_doc (docid, kind, entity_id, names, body, skel, keys, codes, geo, d0, d1, "
            "amin, amax, year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, docid)
            .bind(2, qint64(doc.kind))
            .bind(3, doc.entityId)
            .bind(4, names)
            .bind(5, body)
            .bind(6, joinUnique(doc.skel))
            .bind(7,
                  doc.displayKeys.isEmpty() ? QStringLiteral("") : doc.displayKeys.join(QLatin1Char('\n')));
        const QByteArray codes = encodeCodes(doc.codes);
        sqlite3_bind_blob_safe(insert, 8, codes);
        sqlite3_bind_blob_safe(insert, 9, doc.geo);
        bindOptional(insert, 10, doc.d0);
        bindOptional(insert, 11, doc.d1);
        bindOptional(insert, 12, doc.amin);
        bindOptional(insert, 13, doc.amax);
        if (doc.year) {
            insert.bind(14, qint64(*doc.year));
        } else {
            insert.bindNull(14);
        }
        insert.exec();
        QSet<QString> keys;
        for (const QString& key : doc.keys) {
            if (key.isEmpty() || keys.contains(key)) {
                continue;
            }
            keys.insert(key);
            m_db.statement("INSERT OR IGNORE INTO search_key (key, docid) VALUES (?, ?)")
                .bindAll(key, docid)
                .exec();
        }
    }

    static void sqlite3_bind_blob_safe(SqlStatement& statement, int index, const QByteArray& blob)
    {
        if (blob.isEmpty()) {
            statement.bindNull(index);
        } else {
            statement.bindBlob(index, blob);
        }
    }

    template <typename T>
    static void bindOptional(SqlStatement& statement, int index, const std::optional<T>& value)
    {
        if (value) {
            statement.bind(index, *value);
        } else {
            statement.bindNull(index);
        }
    }

    // Incremental path: replaces (or removes) one record's document, FTS rows and term counts.
    void replace(const QString& entityId, const std::optional<IndexDoc>& doc)
    {
        qint64 oldDocid = -1;
        {
            SqlStatement& old =
                m_db.statement("SELECT docid, names, body, skel FROM search_doc WHERE entity_id = ?");
            old.bind(1, entityId);
            if (old.step()) {
                oldDocid = old.int64(0);
                const QString names = old.text(1);
                const QString body = old.text(2);
                const QString skel = old.text(3);
                old.reset();
                m_db.statement(
                        "INSERT INTO search_name_fts (search_name_fts, rowid, names) VALUES ('delete', ?, ?)")
                    .bindAll(oldDocid, names)
                    .exec();
                m_db.statement("INSERT INTO search_all_fts (search_all_fts, rowid, names, body) VALUES "
                               "('delete', ?, ?, ?)")
                    .bindAll(oldDocid, names, body)
                    .exec();
                m_db.statement(
                        "INSERT INTO search_skel_fts (search_skel_fts, rowid, skel) VALUES ('delete', ?, ?)")
                    .bindAll(oldDocid, skel)
                    .exec();
                for (const QString& term : distinctTokens(names, body)) {
                    m_db.statement("UPDATE search_term SET df = df - 1 WHERE term = ?").bind(1, term).exec();
                }
                m_db.statement("DELETE FROM search_key WHERE docid = ?").bind(1, oldDocid).exec();
                m_db.statement("DELETE FROM search_doc WHERE docid = ?").bind(1, oldDocid).exec();
            } else {
                old.reset();
            }
        }
        if (!doc) {
            return;
        }
        const qint64 docid = oldDocid >= 0 && importanceOfDocid(oldDocid) == doc->importance
                                 ? oldDocid
                                 : docidFor(doc->importance, nextSequence());
        const QString names = joinUnique(doc->names);
        const QString body = joinUnique(doc->body);
        insertDoc(docid, *doc, names, body);
        m_db.statement("INSERT INTO search_name_fts (rowid, names) VALUES (?, ?)")
            .bindAll(docid, names)
            .exec();
        m_db.statement("INSERT INTO search_all_fts (rowid, names, body) VALUES (?, ?, ?)")
            .bindAll(docid, names, body)
            .exec();
        m_db.statement("INSERT INTO search_skel_fts (rowid, skel) VALUES (?, ?)")
            .bindAll(docid, joinUnique(doc->skel))
            .exec();
        for (const QString& term : distinctTokens(names, body)) {
            m_db.statement("INSERT INTO search_term (term, df) VALUES (?, 1) ON CONFLICT (term) DO UPDATE "
                           "SET df = df + 1")
                .bind(1, term)
                .exec();
        }
    }

    qint64 nextSequence()
    {
        if (m_sequence < 0) {
            m_sequence = m_db.meta(QStringLiteral("search_seq")).toLongLong();
        }
        ++m_sequence;
        m_sequenceDirty = true;
        return m_sequence;
    }

    void saveSequence()
    {
        if (m_sequenceDirty) {
            m_db.setMeta(QStringLiteral("search_seq"), QString::number(m_sequence));
            m_sequenceDirty = false;
        }
    }

    void resetSequence()
    {
        m_sequence = 0;
        m_sequenceDirty = true;
    }

    std::optional<OrganisationData> loadOrganisation(const QString& id)
    {
        SqlStatement& row = m_db.statement(
            "SELECT name_ar, name_en, name_fr, acronym, type, sectors, countries, description_ar, "
            "description_en, "
            "founded, registration_id, languages, source FROM organisation WHERE id = ? AND deleted = 0");
        row.bind(1, id);
        if (!row.step()) {
            row.reset();
            return std::nullopt;
        }
        OrganisationData org;
        org.id = id;
        readOrganisationColumns(row, 0, org);
        row.reset();
        SqlStatement& offices =
            m_db.statement("SELECT country, admin1, admin1_pcode, admin2, city, lat, lon FROM location "
                           "WHERE organisation_id = ? AND deleted = 0 ORDER BY rowid");
        offices.bind(1, id);
        while (offices.step()) {
            org.offices.append(readOffice(offices, 0));
        }
        offices.reset();
        SqlStatement& networks =
            m_db.statement("SELECT network_id FROM membership WHERE member_id = ? AND deleted = 0");
        networks.bind(1, id);
        while (networks.step()) {
            org.networks.append(networks.text(0));
        }
        networks.reset();
        SqlStatement& members =
            m_db.statement("SELECT count(*) FROM membership WHERE network_id = ? AND deleted = 0");
        members.bind(1, id);
        members.step();
        org.memberCount = members.int64(0);
        members.reset();
        SqlStatement& partners =
            m_db.statement("SELECT org_b FROM partnership WHERE org_a = ?1 AND deleted = 0 "
                           "UNION SELECT org_a FROM partnership WHERE org_b = ?1 AND deleted = 0");
        partners.bind(1, id);
        while (partners.step()) {
            org.partners.append(partners.text(0));
        }
        partners.reset();
        return org;
    }

    static void readOrganisationColumns(const SqlStatement& row, int first, OrganisationData& org)
    {
        org.nameAr = row.text(first);
        org.nameEn = row.text(first + 1);
        org.nameFr = row.text(first + 2);
        org.acronym = row.text(first + 3);
        org.type = row.text(first + 4);
        org.sectors = row.utf8(first + 5);
        org.countries = row.utf8(first + 6);
        org.descriptionAr = row.text(first + 7);
        org.descriptionEn = row.text(first + 8);
        if (!row.isNull(first + 9)) {
            org.founded = int(row.int64(first + 9));
        }
        org.registrationId = row.text(first + 10);
        org.languages = row.utf8(first + 11);
        org.source = row.text(first + 12);
    }

    static Office readOffice(const SqlStatement& row, int first)
    {
        Office office;
        office.country = row.text(first);
        office.admin1 = row.text(first + 1);
        office.admin1Pcode = row.text(first + 2);
        office.admin2 = row.text(first + 3);
        office.city = row.text(first + 4);
        if (!row.isNull(first + 5)) {
            office.lat = row.real(first + 5);
        }
        if (!row.isNull(first + 6)) {
            office.lon = row.real(first + 6);
        }
        return office;
    }

    static constexpr const char* kFundingSql =
        "SELECT f.id, f.title_ar, f.title_en, f.description_ar, f.description_en, f.amount_min, "
        "f.amount_max, "
        "f.deadline_utc, f.countries, f.applicant_types, f.sectors, f.languages, f.status, o.name_ar, "
        "o.name_en, "
        "o.acronym FROM funding f LEFT JOIN organisation o ON o.id = f.donor_id WHERE f.deleted = 0";
    static constexpr const char* kResourceSql =
        "SELECT r.id, r.title_ar, r.title_en, r.kind, r.year, r.languages, r.sectors, r.countries, "
        "r.summary_ar, "
        "r.summary_en, o.name_ar, o.name_en, o.acronym FROM resource r LEFT JOIN organisation o ON o.id = "
        "r.publisher_id WHERE r.deleted = 0";
    static constexpr const char* kEventSql = "SELECT e.id, e.title_ar, e.title_en, e.description_ar, "
                                             "e.description_en, e.start_utc, e.end_utc, e.venue, "
                                             "e.country, e.city, e.lat, e.lon, e.languages, o.name_ar, "
                                             "o.name_en, o.acronym FROM event e LEFT JOIN "
                                             "organisation o ON o.id = e.organiser_id WHERE e.deleted = 0";

    std::optional<IndexDoc> loadDoc(const QString& id, int kind)
    {
        if (kind == int(EntityKind::Organisation)) {
            std::optional<OrganisationData> org = loadOrganisation(id);
            if (!org) {
                return std::nullopt;
            }
            return buildOrganisation(*org);
        }
        const char* base = kind == int(EntityKind::Funding)    ? kFundingSql
                           : kind == int(EntityKind::Resource) ? kResourceSql
                                                               : kEventSql;
        const char prefix = kind == int(EntityKind::Funding)    ? 'f'
                            : kind == int(EntityKind::Resource) ? 'r'
                                                                : 'e';
        const QByteArray sql = QByteArray(base) + " AND " + prefix + ".id = ?";
        SqlStatement row(m_db.handle(), sql.constData());
        row.bind(1, id);
        if (!row.step()) {
            return std::nullopt;
        }
        if (kind == int(EntityKind::Funding)) {
            return buildFunding(row);
        }
        if (kind == int(EntityKind::Resource)) {
            return buildResource(row);
        }
        return buildEvent(row);
    }

    Database& m_db;
    QHash<QString, Labels> m_labels;
    QHash<QString, QStringList> m_labelTokens;
    bool m_vocabularyLoaded = false;
    QHash<QString, quint32> m_codes;
    bool m_codesLoaded = false;
    qint64 m_sequence = -1;
    bool m_sequenceDirty = false;
};

namespace {

// Rows of one query ordered by their first column (an organisation id), read alongside the
// organisations in id order: a merge join that keeps a million organisations out of memory.
class SortedStream
{
public:
    SortedStream(sqlite3* db, const char* sql)
        : m_query(db, sql)
    {
        m_valid = m_query.step();
    }

    // Calls `take` for every row whose key equals `key`, skipping smaller keys.
    template <typename F> void take(const QByteArray& key, F&& visit)
    {
        while (m_valid) {
            const QByteArray current = m_query.utf8(0);
            const int order = std::strcmp(current.constData(), key.constData());
            if (order > 0) {
                return;
            }
            if (order == 0) {
                visit(m_query);
            }
            m_valid = m_query.step();
        }
    }

private:
    SqlStatement m_query;
    bool m_valid = false;
};

} // namespace

SearchIndex::SearchIndex(Database& db)
    : m_db(db)
    , m_writer(std::make_unique<Writer>(db))
{
    // A bulk writer that died before the end of its BulkScope left the triggers off.
    if (!m_db.meta(QStringLiteral("search_bulk")).isNull()) {
        m_db.transaction([&] {
            m_db.execute("DELETE FROM meta WHERE key = 'search_bulk'");
            m_db.setMeta(QStringLiteral("search_stale"), QStringLiteral("1"));
        });
    }
}

SearchIndex::~SearchIndex() = default;

bool SearchIndex::isStale() const
{
    return m_db.meta(QStringLiteral("search_stale")) == QLatin1String("1");
}

void SearchIndex::markStale()
{
    m_db.transaction([&] { m_db.setMeta(QStringLiteral("search_stale"), QStringLiteral("1")); });
}

void SearchIndex::flush()
{
    SqlStatement& count =
        m_db.statement("SELECT count(*), min(kind) FROM (SELECT kind FROM search_queue LIMIT ?)");
    count.bind(1, qint64(kIncrementalLimit + 1));
    count.step();
    const qint64 queued = count.int64(0);
    const qint64 minKind = count.int64(1);
    count.reset();
    if (queued == 0) {
        return;
    }
    if (minKind < 0 && queued == 1) {
        SqlStatement& indexed = m_db.statement("SELECT EXISTS (SELECT 1 FROM search_doc)");
        indexed.step();
        const bool empty = indexed.int64(0) == 0;
        indexed.reset();
        if (empty) {
            // New vocabulary labels and nothing indexed yet (a new catalogue): nothing to redo.
            m_db.execute("DELETE FROM search_queue");
            m_writer->m_vocabularyLoaded = false;
            return;
        }
    }
    if (queued > kIncrementalLimit || minKind < 0 || isStale()) {
        // Too much for row-by-row work (or a vocabulary change touching every record): rebuild later.
        m_db.execute("DELETE FROM search_queue");
        m_db.setMeta(QStringLiteral("search_stale"), QStringLiteral("1"));
        return;
    }
    if (!m_writer->m_vocabularyLoaded) {
        m_writer->loadVocabulary();
    }
    QList<QPair<QString, int>> items;
    {
        SqlStatement queue(m_db.handle(), "SELECT entity_id, kind FROM search_queue");
        while (queue.step()) {
            items.append({queue.text(0), int(queue.int64(1))});
        }
    }
    // Funding, resources and events carry their donor's, publisher's or organiser's names: an
    // organisation whose names changed (or that is gone) sends them back to the index too.
    QSet<QString> reindexed;
    QJsonArray renamed;
    for (const auto& [id, kind] : items) {
        reindexed.insert(id);
        std::optional<IndexDoc> doc = m_writer->loadDoc(id, kind);
        if (kind == int(EntityKind::Organisation)) {
            SqlStatement& old = m_db.statement("SELECT keys FROM search_doc WHERE entity_id = ?");
            old.bind(1, id);
            const bool wasIndexed = old.step();
            const QString oldKeys = wasIndexed ? old.text(0) : QString();
            old.reset();
            if (wasIndexed && (!doc || doc->displayKeys.join(QLatin1Char('\n')) != oldKeys)) {
                renamed.append(id);
            }
        }
        m_writer->replace(id, doc);
    }
    if (!renamed.isEmpty()) {
        const QString ids = QString::fromUtf8(QJsonDocument(renamed).toJson(QJsonDocument::Compact));
        QList<QPair<QString, int>> dependents;
        for (const auto& [sql, kind] :
             {std::make_pair("SELECT id FROM funding WHERE deleted = 0 AND donor_id IN "
                             "(SELECT value FROM json_each(?))",
                             int(EntityKind::Funding)),
              std::make_pair("SELECT id FROM resource WHERE deleted = 0 AND publisher_id IN "
                             "(SELECT value FROM json_each(?))",
                             int(EntityKind::Resource)),
              std::make_pair("SELECT id FROM event WHERE deleted = 0 AND organiser_id IN "
                             "(SELECT value FROM json_each(?))",
                             int(EntityKind::Event))}) {
            SqlStatement& query = m_db.statement(sql);
            query.bind(1, ids);
            while (query.step()) {
                const QString id = query.text(0);
                if (!reindexed.contains(id)) {
                    dependents.append({id, kind});
                }
            }
            query.reset();
        }
        for (const auto& [id, kind] : dependents) {
            m_writer->replace(id, m_writer->loadDoc(id, kind));
        }
    }
    m_db.execute("DELETE FROM search_term WHERE df <= 0");
    m_db.execute("DELETE FROM search_queue");
    m_writer->saveSequence();
    m_db.setMeta(QStringLiteral("search_version"),
                 QString::number(m_db.meta(QStringLiteral("search_version")).toLongLong() + 1));
}

bool SearchIndex::ensureFresh()
{
    if (isStale()) {
        rebuild();
        return true;
    }
    return false;
}

void SearchIndex::rebuild(const std::function<void(qint64)>& progress)
{
    m_db.transaction([&] {
        Writer& w = *m_writer;
        w.loadVocabulary();
        for (const char* sql :
             {"INSERT INTO search_name_fts (search_name_fts) VALUES ('delete-all')",
              "INSERT INTO search_all_fts (search_all_fts) VALUES ('delete-all')",
              "INSERT INTO search_skel_fts (search_skel_fts) VALUES ('delete-all')", "DELETE FROM search_doc",
              "DELETE FROM search_key", "DELETE FROM search_term", "DELETE FROM search_queue"}) {
            m_db.execute(sql);
        }
        w.resetSequence();
        QHash<QString, qint64> documentFrequency;
        qint64 indexed = 0;
        double namesLength = 0;
        double bodyLength = 0;
        QSet<QString> nameTerms;
        QSet<QString> bodyTerms;
        auto store = [&](const IndexDoc& doc) {
            nameTerms.clear();
            bodyTerms.clear();
            const QString names = joinUniqueInto(doc.names, nameTerms);
            const QString body = joinUniqueInto(doc.body, bodyTerms);
            w.insertDoc(docidFor(doc.importance, w.nextSequence()), doc, names, body);
            for (const QString& term : nameTerms) {
                ++documentFrequency[term];
            }
            for (const QString& term : bodyTerms) {
                if (!nameTerms.contains(term)) {
                    ++documentFrequency[term];
                }
            }
            namesLength += doc.names.size();
            bodyLength += doc.body.size();
            ++indexed;
            if (progress && indexed % 10000 == 0) {
                progress(indexed);
            }
        };

        sqlite3* db = m_db.handle();
        SortedStream offices(db,
                             "SELECT organisation_id, country, admin1, admin1_pcode, admin2, city, lat, lon "
                             "FROM location WHERE deleted = 0 ORDER BY organisation_id");
        SortedStream networks(
            db, "SELECT member_id, network_id FROM membership WHERE deleted = 0 ORDER BY member_id");
        SortedStream members(
            db, "SELECT network_id, count(*) FROM membership WHERE deleted = 0 GROUP BY network_id "
                "ORDER BY network_id");
        SortedStream partnersA(db, "SELECT org_a, org_b FROM partnership WHERE deleted = 0 ORDER BY org_a");
        SortedStream partnersB(db, "SELECT org_b, org_a FROM partnership WHERE deleted = 0 ORDER BY org_b");
        SqlStatement orgs(
            db, "SELECT id, name_ar, name_en, name_fr, acronym, type, sectors, countries, description_ar, "
                "description_en, founded, registration_id, languages, source FROM organisation "
                "WHERE deleted = 0 ORDER BY id");
        while (orgs.step()) {
            OrganisationData org;
            const QByteArray key = orgs.utf8(0);
            org.id = QString::fromUtf8(key);
            Writer::readOrganisationColumns(orgs, 1, org);
            offices.take(key,
                         [&](const SqlStatement& row) { org.offices.append(Writer::readOffice(row, 1)); });
            networks.take(key, [&](const SqlStatement& row) { org.networks.append(row.text(1)); });
            members.take(key, [&](const SqlStatement& row) { org.memberCount = row.int64(1); });
            partnersA.take(key, [&](const SqlStatement& row) { org.partners.append(row.text(1)); });
            partnersB.take(key, [&](const SqlStatement& row) { org.partners.append(row.text(1)); });
            store(w.buildOrganisation(org));
        }
        {
            SqlStatement rows(db, Writer::kFundingSql);
            while (rows.step()) {
                store(w.buildFunding(rows));
            }
        }
        {
            SqlStatement rows(db, Writer::kResourceSql);
            while (rows.step()) {
                store(w.buildResource(rows));
            }
        }
        {
            SqlStatement rows(db, Writer::kEventSql);
            while (rows.step()) {
                store(w.buildEvent(rows));
            }
        }
        // Each FTS5 table is filled in one pass with a large in-memory term buffer (fewer, larger
        // segments to merge: about a third less work), then set back to the default buffer for
        // the small incremental writes.
        for (const char* table : {"search_name_fts", "search_all_fts", "search_skel_fts"}) {
            const QByteArray name(table);
            m_db.execute(
                ("INSERT INTO " + name + " (" + name + ", rank) VALUES ('hashsize', 67108864)").constData());
            m_db.execute(("INSERT INTO " + name + " (" + name + ") VALUES ('rebuild')").constData());
            m_db.execute(
                ("INSERT INTO " + name + " (" + name + ", rank) VALUES ('hashsize', 1048576)").constData());
        }
        QStringList terms = documentFrequency.keys();
        terms.sort();
        SqlStatement insertTerm(db, "INSERT INTO search_term (term, df) VALUES (?, ?)");
        for (const QString& term : terms) {
            insertTerm.bindAll(term, documentFrequency.value(term)).exec();
        }
        w.saveSequence();
        m_db.execute("DELETE FROM meta WHERE key = 'search_stale'");
        m_db.setMeta(QStringLiteral("search_docs"), QString::number(indexed));
        m_db.setMeta(QStringLiteral("search_avg_names"),
                     QString::number(indexed ? namesLength / double(indexed) : 1.0));
        m_db.setMeta(QStringLiteral("search_avg_body"),
                     QString::number(indexed ? bodyLength / double(indexed) : 1.0));
        m_db.setMeta(QStringLiteral("search_built_at"), Database::nowText());
        m_db.setMeta(QStringLiteral("search_version"),
                     QString::number(m_db.meta(QStringLiteral("search_version")).toLongLong() + 1));
    });
}

SearchIndex::BulkScope::BulkScope(Database& db)
    : m_db(db)
{
    m_db.transaction([&] { m_db.setMeta(QStringLiteral("search_bulk"), QStringLiteral("1")); });
}

SearchIndex::BulkScope::~BulkScope()
{
    try {
        m_db.transaction([&] {
            m_db.execute("DELETE FROM meta WHERE key = 'search_bulk'");
            m_db.setMeta(QStringLiteral("search_stale"), QStringLiteral("1"));
        });
    } catch (const DbError&) {
        // The next SearchIndex constructed on this catalogue clears the mark and marks it stale.
    }
}

} // namespace dalil
