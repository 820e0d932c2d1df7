#include "search/SearchDocumentBuilder.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"
#include "catalogue/TextHashMap.h"
#include "search/ArabicText.h"
#include "search/SearchQuery.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace dalil {

// The clitic-stripped variants and skeleton keys of a normalised token, computed once per distinct
// token (names and places repeat the same words across a catalogue) and shared by every document
// that has it. Bounded: emptied when it grows past a few hundred thousand tokens.
class TokenFormCache
{
public:
    struct Forms
    {
        QStringList variants;
        QStringList skeletons;
    };

    // The reference is valid until the next call. `token` may be a view (QString::fromRawData): it
    // is copied when it is new.
    const Forms& of(const QString& token)
    {
        if (const Forms* known = m_forms.find(token)) {
            return *known;
        }
        if (m_forms.size() > 300000) {
            m_forms.clear();
        }
        Forms& forms = m_forms[token];
        forms.variants = ArabicText::variants(QString(token.constData(), token.size()));
        for (const QString& variant : std::as_const(forms.variants)) {
            QString key = ArabicText::skeleton(variant);
            if (!key.isEmpty()) {
                forms.skeletons.append(std::move(key));
            }
        }
        return forms;
    }

private:
    TextHashMap<Forms> m_forms;
};

namespace {

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

// Calls visit(token) for each token of a normalised text (ArabicText::normalise: tokens separated by
// one space), as ArabicText::tokens() would list them, without a string per token: each token is a
// view into `normalised`, valid during the call only (a million records have tens of millions of
// tokens, nearly all already in the TokenFormCache).
template <typename Visit> void forEachToken(const QString& normalised, Visit&& visit)
{
    const QChar* data = normalised.constData();
    const qsizetype size = normalised.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i <= size; ++i) {
        if (i == size || data[i] == QLatin1Char(' ')) {
            if (i > start) {
                visit(QString::fromRawData(data + start, i - start));
            }
            start = i + 1;
        }
    }
}

void addText(TokenFormCache& forms, QStringList& target, const QString& text)
{
    forEachToken(ArabicText::normalise(text),
                 [&](const QString& token) { target.append(forms.of(token).variants); });
}

// Returns the name's normalised text.
QString addName(TokenFormCache& forms, IndexDoc& doc, const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    // The normalised text is its tokens joined by one space: the name's exact key.
    const QString key = ArabicText::normalise(text);
    if (key.isEmpty()) {
        return key;
    }
    QString strippedKey;
    strippedKey.reserve(key.size());
    bool first = true;
    forEachToken(key, [&](const QString& token) {
        const TokenFormCache::Forms& f = forms.of(token);
        doc.names.append(f.variants);
        if (!first) {
            strippedKey.append(QLatin1Char(' '));
        }
        first = false;
        strippedKey.append(f.variants.last());
        doc.skel.append(f.skeletons);
    });
    doc.displayKeys.append(key);
    doc.keys.append(key);
    if (strippedKey != key) {
        doc.keys.append(strippedKey);
    }
    return key;
}

void addAcronym(TokenFormCache& forms, IndexDoc& doc, const QString& acronym)
{
    if (acronym.trimmed().isEmpty()) {
        return;
    }
    // "U.N.D.P." and "UNDP" are the same acronym.
    QString joined = addName(forms, doc, acronym);
    joined.remove(QLatin1Char(' '));
    if (!joined.isEmpty() && !doc.keys.contains(joined)) {
        doc.keys.append(joined);
        doc.names.append(joined);
    }
}

void addSkeletonOf(TokenFormCache& forms, IndexDoc& doc, const QString& text)
{
    forEachToken(ArabicText::normalise(text),
                 [&](const QString& token) { doc.skel.append(forms.of(token).skeletons); });
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

} // namespace

SearchDocumentBuilder::SearchDocumentBuilder(Database& db)
    : m_db(db)
    , m_forms(std::make_unique<TokenFormCache>())
{
}

SearchDocumentBuilder::~SearchDocumentBuilder() = default;

void SearchDocumentBuilder::loadVocabulary()
{
    m_labels.clear();
    for (TextHashMap<QStringList>& tokens : m_labelTokens) {
        tokens.clear();
    }
    SqlStatement query(m_db.handle(),
                       "SELECT kind, code, label_ar, label_en, label_fr FROM vocabulary WHERE deleted = 0");
    while (query.step()) {
        m_labels.insert(query.text(0) + QLatin1Char('/') + query.text(1),
                        Labels{query.text(2), query.text(3), query.text(4)});
    }
    m_vocabularyLoaded = true;
}

void SearchDocumentBuilder::addLabels(QStringList& target, LabelKind kind, const QString& code)
{
    // A few hundred labels, each named by up to a million records: normalised once.
    TextHashMap<QStringList>& labelTokens = m_labelTokens[int(kind)];
    const QStringList* cached = labelTokens.find(code);
    if (!cached) {
        static const QLatin1String kinds[] = {QLatin1String("organisation_type"), QLatin1String("sector"),
                                              QLatin1String("country"), QLatin1String("resource_kind")};
        QStringList tokens;
        const auto it = m_labels.constFind(kinds[int(kind)] + QLatin1Char('/') + code);
        if (it != m_labels.constEnd()) {
            addText(*m_forms, tokens, it->ar);
            addText(*m_forms, tokens, it->en);
            addText(*m_forms, tokens, it->fr);
        }
        QStringList& inserted = labelTokens[code];
        inserted = std::move(tokens);
        cached = &inserted;
    }
    target.append(*cached);
}

const SearchDocumentBuilder::PlaceForms& SearchDocumentBuilder::placeForms(const QString& text)
{
    // Offices name the same few thousand places over and over: each is normalised and split once.
    if (const PlaceForms* known = m_places.find(text)) {
        return *known;
    }
    if (m_places.size() > 100000) {
        m_places.clear();
    }
    PlaceForms forms;
    forms.normalised = ArabicText::normalise(text);
    forEachToken(forms.normalised, [&](const QString& token) {
        const TokenFormCache::Forms& f = m_forms->of(token);
        forms.variants.append(f.variants);
        forms.skeletons.append(f.skeletons);
    });
    PlaceForms& inserted = m_places[text];
    inserted = std::move(forms);
    return inserted;
}

IndexDoc SearchDocumentBuilder::buildOrganisation(const OrganisationData& org)
{
    IndexDoc doc;
    doc.kind = int(EntityKind::Organisation);
    doc.entityId = org.id;
    // Room for a typical record's tokens: the lists are appended to token by token.
    doc.names.reserve(48);
    doc.body.reserve(128);
    doc.skel.reserve(32);
    doc.codes.reserve(16);
    addName(*m_forms, doc, org.nameAr);
    addName(*m_forms, doc, org.nameEn);
    addName(*m_forms, doc, org.nameFr);
    addAcronym(*m_forms, doc, org.acronym);
    addText(*m_forms, doc.body, org.descriptionAr);
    addText(*m_forms, doc.body, org.descriptionEn);
    addText(*m_forms, doc.body, org.registrationId);
    if (org.founded) {
        doc.body.append(QString::number(*org.founded));
    }
    if (!org.type.isEmpty()) {
        doc.codes.append(QStringLiteral("t:") + org.type);
        addLabels(doc.body, LabelKind::OrganisationType, org.type);
    }
    for (const QString& sector : parseList(org.sectors)) {
        doc.codes.append(QStringLiteral("s:") + sector);
        addLabels(doc.body, LabelKind::Sector, sector);
    }
    // In the record's order (its own list, then its offices'), so that the same record always
    // gives the same document, whichever process builds it.
    QStringList countries;
    auto addCountry = [&countries](const QString& country) {
        const QString code = country.toUpper();
        if (!countries.contains(code)) {
            countries.append(code);
        }
    };
    for (const QString& country : parseList(org.countries)) {
        addCountry(country);
    }
    for (const Office& office : org.offices) {
        if (!office.country.isEmpty()) {
            addCountry(office.country);
        }
        if (!office.admin1.isEmpty()) {
            const PlaceForms& admin1 = placeForms(office.admin1);
            doc.body.append(admin1.variants);
            doc.codes.append(QStringLiteral("a:") + admin1.normalised);
        }
        if (!office.admin1Pcode.isEmpty()) {
            doc.codes.append(QStringLiteral("a:") + placeForms(office.admin1Pcode).normalised);
        }
        if (!office.admin2.isEmpty()) {
            doc.body.append(placeForms(office.admin2).variants);
        }
        if (!office.city.isEmpty()) {
            const PlaceForms& city = placeForms(office.city);
            doc.body.append(city.variants);
            doc.skel.append(city.skeletons);
            doc.codes.append(QStringLiteral("y:") + city.normalised);
        }
        if (office.lat && office.lon) {
            appendPoint(doc.geo, *office.lat, *office.lon);
        }
    }
    for (const QString& country : countries) {
        doc.codes.append(QStringLiteral("c:") + country);
        addLabels(doc.body, LabelKind::Country, country);
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

IndexDoc SearchDocumentBuilder::buildFunding(SqlStatement& row)
{
    // id, title_ar, title_en, description_ar, description_en, amount_min, amount_max, deadline_utc,
    // countries, applicant_types, sectors, languages, status, donor name_ar, name_en, acronym
    IndexDoc doc;
    doc.kind = int(EntityKind::Funding);
    doc.entityId = row.text(0);
    addName(*m_forms, doc, row.text(1));
    addName(*m_forms, doc, row.text(2));
    addText(*m_forms, doc.body, row.text(3));
    addText(*m_forms, doc.body, row.text(4));
    addText(*m_forms, doc.body, row.text(13));
    addText(*m_forms, doc.body, row.text(14));
    addText(*m_forms, doc.body, row.text(15));
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
        addLabels(doc.body, LabelKind::Country, country.toUpper());
    }
    for (const QString& type : parseList(row.utf8(9))) {
        doc.codes.append(QStringLiteral("t:") + type);
    }
    for (const QString& sector : parseList(row.utf8(10))) {
        doc.codes.append(QStringLiteral("s:") + sector);
        addLabels(doc.body, LabelKind::Sector, sector);
    }
    for (const QString& language : parseList(row.utf8(11))) {
        doc.codes.append(QStringLiteral("l:") + language.toLower());
    }
    doc.importance = row.text(12) == QLatin1String("open") ? 120 : 90;
    return doc;
}

IndexDoc SearchDocumentBuilder::buildResource(SqlStatement& row)
{
    // id, title_ar, title_en, kind, year, languages, sectors, countries, summary_ar, summary_en,
    // publisher name_ar, name_en, acronym
    IndexDoc doc;
    doc.kind = int(EntityKind::Resource);
    doc.entityId = row.text(0);
    addName(*m_forms, doc, row.text(1));
    addName(*m_forms, doc, row.text(2));
    const QString kind = row.text(3);
    if (!kind.isEmpty()) {
        doc.codes.append(QStringLiteral("r:") + kind);
        addLabels(doc.body, LabelKind::ResourceKind, kind);
        addText(*m_forms, doc.body, kind);
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
        addLabels(doc.body, LabelKind::Sector, sector);
    }
    for (const QString& country : parseList(row.utf8(7))) {
        doc.codes.append(QStringLiteral("c:") + country.toUpper());
        addLabels(doc.body, LabelKind::Country, country.toUpper());
    }
    addText(*m_forms, doc.body, row.text(8));
    addText(*m_forms, doc.body, row.text(9));
    addText(*m_forms, doc.body, row.text(10));
    addText(*m_forms, doc.body, row.text(11));
    addText(*m_forms, doc.body, row.text(12));
    doc.importance = 100 + (doc.year ? std::max(0, std::min(20, *doc.year - 2006)) : 0);
    return doc;
}

IndexDoc SearchDocumentBuilder::buildEvent(SqlStatement& row)
{
    // id, title_ar, title_en, description_ar, description_en, start_utc, end_utc, venue, country,
    // city, lat, lon, languages, organiser name_ar, name_en, acronym
    IndexDoc doc;
    doc.kind = int(EntityKind::Event);
    doc.entityId = row.text(0);
    addName(*m_forms, doc, row.text(1));
    addName(*m_forms, doc, row.text(2));
    addText(*m_forms, doc.body, row.text(3));
    addText(*m_forms, doc.body, row.text(4));
    doc.d0 = dayOf(row.text(5));
    doc.d1 = dayOf(row.text(6));
    if (!doc.d1) {
        doc.d1 = doc.d0;
    }
    if (doc.d0) {
        doc.body.append(QString::number(QDate::fromJulianDay(*doc.d0).year()));
    }
    addText(*m_forms, doc.body, row.text(7));
    const QString country = row.text(8).toUpper();
    if (!country.isEmpty()) {
        doc.codes.append(QStringLiteral("c:") + country);
        addLabels(doc.body, LabelKind::Country, country);
    }
    const QString city = row.text(9);
    if (!city.isEmpty()) {
        addText(*m_forms, doc.body, city);
        addSkeletonOf(*m_forms, doc, city);
        doc.codes.append(QStringLiteral("y:") + ArabicText::normalise(city));
    }
    if (!row.isNull(10) && !row.isNull(11)) {
        appendPoint(doc.geo, row.real(10), row.real(11));
    }
    for (const QString& language : parseList(row.utf8(12))) {
        doc.codes.append(QStringLiteral("l:") + language.toLower());
    }
    addText(*m_forms, doc.body, row.text(13));
    addText(*m_forms, doc.body, row.text(14));
    addText(*m_forms, doc.body, row.text(15));
    doc.importance = 100;
    return doc;
}

std::optional<SearchDocumentBuilder::OrganisationData>
SearchDocumentBuilder::loadOrganisation(const QString& id)
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
        // In the order (and with the repeats) of the rebuild's streams, so that a record reindexed
        // alone gets the document a rebuild gives it.
        m_db.statement("SELECT org_b FROM partnership WHERE org_a = ?1 AND deleted = 0 "
                       "UNION ALL SELECT org_a FROM partnership WHERE org_b = ?1 AND deleted = 0");
    partners.bind(1, id);
    while (partners.step()) {
        org.partners.append(partners.text(0));
    }
    partners.reset();
    return org;
}

QStringList SearchDocumentBuilder::exactKeysOf(const QString& displayKeys)
{
    QStringList keys;
    auto add = [&keys](const QString& key) {
        if (!key.isEmpty() && !keys.contains(key)) {
            keys.append(key);
        }
    };
    for (const QString& name : displayKeys.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        add(name);
        QStringList stripped;
        for (const QString& token : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            stripped.append(ArabicText::stripClitic(token));
        }
        add(stripped.join(QLatin1Char(' ')));
        add(QString(name).remove(QLatin1Char(' ')));
    }
    return keys;
}

void SearchDocumentBuilder::readOrganisationColumns(const SqlStatement& row, int first, OrganisationData& org)
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

SearchDocumentBuilder::Office SearchDocumentBuilder::readOffice(const SqlStatement& row, int first)
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

std::optional<IndexDoc> SearchDocumentBuilder::loadDoc(const QString& id, int kind)
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

} // namespace dalil
