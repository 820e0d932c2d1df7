#include "exchange/RecordBuilder.h"

#include "catalogue/Catalogue.h"
#include "catalogue/TableSpec.h"
#include "exchange/RecordKeys.h"
#include "search/ArabicText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::RecordBuilder", text);
}

using F = ImportField;

bool isCountryCode(const QString& code)
{
    return code.size() == 2 && code[0] >= u'A' && code[0] <= u'Z' && code[1] >= u'A' && code[1] <= u'Z';
}

// Whether the repositories' rules could refuse a record of the file. Every value came through
// CellReader, which checks e-mails, phones, web addresses and years with the rules the
// repositories use (validation::isEmail, isE164Phone, isWebUrl, the same year range) and gives each
// field the type of its column. What only the repositories see is a record as a whole: no name, a
// latitude without its longitude, a country that is not a code. Only records that may fail are
// checked by the repositories themselves (as JSON, for their messages): the others would pass.
bool organisationMayFail(const ImportRecord& org)
{
    if (org.text("name_ar").isEmpty() && org.text("name_en").isEmpty() && org.text("name_fr").isEmpty()) {
        return true;
    }
    for (const QString& country : org.list("countries")) {
        if (!isCountryCode(country)) {
            return true;
        }
    }
    double year = 0;
    return org.number("founded", &year) && (year < 1800 || year > 2100);
}

bool officeMayFail(const ImportRecord& office)
{
    double lat = 0, lon = 0;
    const bool hasLat = office.number("lat", &lat);
    const bool hasLon = office.number("lon", &lon);
    if (hasLat != hasLon || (hasLat && (lat < -90 || lat > 90 || lon < -180 || lon > 180))) {
        return true;
    }
    const QString country = office.text("country");
    return !country.isEmpty() && !isCountryCode(country);
}

} // namespace

RecordBuilder::RecordBuilder(Catalogue* catalogue)
    : m_catalogue(catalogue)
    , m_cells(catalogue)
{
}

void RecordBuilder::markRejected(int tableIndex, const ImportIssue& issue)
{
    m_rejected[tableIndex][issue.row].append(
        issue.column.isEmpty() ? issue.message : tr("%1: %2").arg(issue.column, issue.message));
}

void RecordBuilder::reject(int tableIndex, const SourceTable& table, int row, const QString& column,
                           const QString& reason)
{
    ImportIssue issue;
    issue.file = table.file;
    issue.sheet = table.sheet;
    issue.rowNoun = table.rowNoun;
    issue.row = row;
    issue.column = column;
    issue.message = reason;
    m_issues.append(issue);
    m_rejected[tableIndex][row].append(column.isEmpty() ? reason : tr("%1: %2").arg(column, reason));
}

void RecordBuilder::fold(ImportedOrganisation& into, ImportRecord organisation, ImportRecord office,
                         ImportRecord contact)
{
    if (into.organisation.isEmpty() && organisation.spec()) {
        // The first row of an organisation (most rows of most files): taken as it is.
        into.organisation = std::move(organisation);
    } else {
        into.organisation.absorb(organisation);
    }
    const QString country = office.text("country");
    if (!country.isEmpty()) {
        into.organisation.appendUnique("countries", country);
    }
    // The keys are compared only when there is something to compare with.
    if (!office.isEmpty()) {
        bool known = false;
        if (!into.offices.isEmpty()) {
            const QString key = RecordKeys::placeKey(office);
            for (const ImportRecord& existing : into.offices) {
                known = known || RecordKeys::placeKey(existing) == key;
            }
        }
        if (!known) {
            into.offices.append(std::move(office));
        }
    }
    if (!contact.isEmpty() && !(contact.size() == 1 && contact.has("private"))) {
        bool known = false;
        if (!into.contacts.isEmpty()) {
            const QString key = RecordKeys::contactKey(contact);
            for (const ImportRecord& existing : into.contacts) {
                known = known || RecordKeys::contactKey(existing) == key;
            }
        }
        if (!known) {
            into.contacts.append(std::move(contact));
        }
    }
}

namespace {

// One row of a sheet as CellReader reads it: what only the row's own cells decide, so that rows
// can be read on two threads while they are folded in file order on one.
struct ParsedRow
{
    struct Problem
    {
        int column = 0;
        bool error = false;
        QString message;
    };
    bool skipped = false; // refused by the reader already
    ImportRecord organisation;
    ImportRecord office;
    ImportRecord contact;
    std::vector<Problem> problems; // in the order the cells were read
};

// Rows read ahead of the folding, in chunks: a second thread reads chunks while the first folds
// (and reads too when it has nothing to fold), at most kAhead chunks ahead of the folding.
constexpr int kChunkRows = 256;
constexpr int kAhead = 16;

} // namespace

void RecordBuilder::addTable(const SourceTable& table, const ColumnMapping& mapping, int tableIndex)
{
    SourceTable head = table;
    head.rows.clear();
    m_tables.insert(tableIndex, head);
    m_mappings.insert(tableIndex, mapping);
    const int columns = table.columnCount();
    // Offices' countries are read first so a phone on the same row can use them.
    QList<int> order;
    for (int c = 0; c < columns; ++c) {
        if (mapping.field(c) == F::Country || mapping.field(c) == F::Countries) {
            order.append(c);
        }
    }
    for (int c = 0; c < columns; ++c) {
        if (!order.contains(c)) {
            order.append(c);
        }
    }
    if (m_byKeyStale) {
        // Organisations were folded or refused since the last table: their places changed.
        m_byKey.clear();
        for (int i = 0; i < m_organisations.size(); ++i) {
            m_byKey.insert(m_organisations[i].key, i);
        }
        m_byKeyStale = false;
    }
    m_organisations.reserve(m_organisations.size() + table.rows.size());
    // One key a row at most: the table never grows while it is filled (no rehash of every key).
    m_byKey.reserve(m_byKey.size() + table.rows.size());

    // The rows the reader refused, copied: the folding adds to m_rejected while rows are read.
    const QMap<int, QStringList> refused = m_rejected.value(tableIndex);
    const int rowCount = int(table.rows.size());
    std::vector<ParsedRow> parsed(std::size_t(std::max(rowCount, 0)));
    auto parseRow = [&](int r) {
        const SourceTable::Row& row = table.rows[r];
        ParsedRow& out = parsed[std::size_t(r)];
        if (refused.contains(row.number)) {
            out.skipped = true;
            return;
        }
        out.organisation = ImportRecord(tables::organisation());
        out.office = ImportRecord(tables::location());
        out.contact = ImportRecord(tables::contact());
        for (int c : order) {
            const F field = mapping.field(c);
            if (field == F::Ignore || c >= row.cells.size()) {
                continue;
            }
            QString warning;
            QString error =
                m_cells.read(field, row.cells[c], {&out.organisation, &out.office, &out.contact}, &warning);
            if (!error.isEmpty()) {
                out.problems.push_back({c, true, std::move(error)});
            } else if (!warning.isEmpty()) {
                out.problems.push_back({c, false, std::move(warning)});
            }
        }
    };

    const int chunks = (rowCount + kChunkRows - 1) / kChunkRows;
    std::unique_ptr<bool[]> chunkDone(new bool[std::size_t(std::max(chunks, 1))]());
    std::atomic<int> nextChunk{0};
    int folded = 0; // chunks folded (guarded by `lock` once the helper runs)
    bool stop = false;
    std::mutex lock;
    std::condition_variable changed;
    auto parseChunk = [&](int k) {
        const int end = std::min(rowCount, (k + 1) * kChunkRows);
        for (int r = k * kChunkRows; r < end; ++r) {
            parseRow(r);
        }
        {
            const std::lock_guard<std::mutex> guard(lock);
            chunkDone[std::size_t(k)] = true;
        }
        changed.notify_all();
    };
    std::thread helper;
    if (rowCount >= kParallelRows) {
        helper = std::thread([&] {
            for (;;) {
                {
                    std::unique_lock<std::mutex> guard(lock);
                    // Bounded: no more than kAhead chunks wait to be folded.
                    changed.wait(guard, [&] { return stop || nextChunk.load() < folded + kAhead; });
                    if (stop) {
                        return;
                    }
                }
                const int k = nextChunk.fetch_add(1);
                if (k >= chunks) {
                    return;
                }
                parseChunk(k);
            }
        });
    }

    auto foldRow = [&](int r) {
        const SourceTable::Row& row = table.rows[r];
        ParsedRow& in = parsed[std::size_t(r)];
        ++m_rowsRead;
        if (in.skipped) {
            return;
        }
        bool failed = false;
        for (ParsedRow::Problem& problem : in.problems) {
            if (problem.error) {
                reject(tableIndex, table, row.number, table.columnLabel(problem.column), problem.message);
                failed = true;
                continue;
            }
            ImportIssue issue;
            issue.severity = ImportIssue::Severity::Warning;
            issue.file = table.file;
            issue.sheet = table.sheet;
            issue.rowNoun = table.rowNoun;
            issue.row = row.number;
            issue.column = table.columnLabel(problem.column);
            issue.message = std::move(problem.message);
            m_issues.append(issue);
        }
        if (failed) {
            return;
        }
        const ImportRecord& org = in.organisation;
        QString key;
        if (const QString id = org.text("id"); !id.isEmpty()) {
            key = QStringLiteral("id:") + id;
        } else if (const QString registration = org.text("registration_id"); !registration.isEmpty()) {
            key = QStringLiteral("reg:") + ArabicText::normalise(registration);
        } else {
            for (const char* field : {"name_en", "name_ar", "name_fr", "acronym"}) {
                const QString name = org.text(field).simplified();
                if (!name.isEmpty()) {
                    key = QStringLiteral("name:") + name;
                    break;
                }
            }
        }
        if (key.isEmpty()) {
            reject(tableIndex, table, row.number, QString(),
                   tr("the row names no organisation (its name column is empty)"));
            return;
        }
        auto it = m_byKey.constFind(key);
        int index = 0;
        if (it == m_byKey.cend()) {
            index = int(m_organisations.size());
            ImportedOrganisation created;
            created.organisation = ImportRecord(tables::organisation());
            created.key = key;
            created.table = tableIndex;
            m_organisations.append(std::move(created));
            m_byKey.insert(key, index);
        } else {
            index = it.value();
        }
        ImportedOrganisation& target = m_organisations[index];
        target.rows.append(row.number);
        // Moved, not copied: the row's records are not needed any more.
        fold(target, std::move(in.organisation), std::move(in.office), std::move(in.contact));
        in = ParsedRow();
    };

    // The folding, in file order; this thread reads the next chunk itself when the helper is behind.
    while (folded < chunks) {
        bool ready = false;
        {
            const std::lock_guard<std::mutex> guard(lock);
            ready = chunkDone[std::size_t(folded)];
        }
        if (!ready) {
            const int k = nextChunk.load() < folded + kAhead ? nextChunk.fetch_add(1) : chunks;
            if (k < chunks) {
                parseChunk(k);
            } else {
                std::unique_lock<std::mutex> guard(lock);
                changed.wait(guard, [&] { return chunkDone[std::size_t(folded)]; });
            }
            continue;
        }
        const int end = std::min(rowCount, (folded + 1) * kChunkRows);
        for (int r = folded * kChunkRows; r < end; ++r) {
            foldRow(r);
        }
        {
            const std::lock_guard<std::mutex> guard(lock);
            ++folded;
        }
        changed.notify_all();
    }
    if (helper.joinable()) {
        {
            const std::lock_guard<std::mutex> guard(lock);
            stop = true;
        }
        changed.notify_all();
        helper.join();
    }
}

void RecordBuilder::validateRecords()
{
    if (!m_catalogue) {
        return;
    }
    auto columnFor = [this](int tableIndex, const QString& fieldName, bool office, bool contact) {
        const ColumnMapping& mapping = m_mappings[tableIndex];
        const SourceTable& table = m_tables[tableIndex];
        for (int c = 0; c < mapping.size(); ++c) {
            const QString key = QLatin1String(importFields::info(mapping.field(c)).key);
            const QString prefix = office    ? QStringLiteral("office.")
                                   : contact ? QStringLiteral("contact.")
                                             : QStringLiteral("organisation.");
            if (key.startsWith(prefix) &&
                (key.mid(prefix.size()) == fieldName || key.mid(prefix.size()) + u's' == fieldName ||
                 (fieldName.startsWith(QLatin1String("name")) &&
                  key.mid(prefix.size()).startsWith(QLatin1String("name"))))) {
                return table.columnLabel(c);
            }
        }
        return QString();
    };
    // The organisations kept are moved up in place over those refused, in their order: nothing is
    // moved while none is refused (a new list of 100,000 grown by appends cost ~0.1 s of moves and
    // page faults).
    qsizetype kept = 0;
    for (qsizetype i = 0; i < m_organisations.size(); ++i) {
        ImportedOrganisation& imported = m_organisations[i];
        QStringList reasons;
        QString column;
        if (organisationMayFail(imported.organisation)) {
            const QList<FieldError> errors =
                m_catalogue->organisations().validate(imported.organisation.toJson());
            for (const FieldError& error : errors) {
                column = columnFor(imported.table, error.field, false, false);
                reasons.append(error.message);
            }
        }
        for (const ImportRecord& office : imported.offices) {
            if (!officeMayFail(office)) {
                continue;
            }
            QJsonObject probe = office.toJson();
            probe.insert(QStringLiteral("organisation_id"), QStringLiteral("-"));
            for (const FieldError& error : m_catalogue->locations().validate(probe)) {
                column = columnFor(imported.table, error.field, true, false);
                reasons.append(error.message);
            }
        }
        // A contact's values (names, roles, e-mails, phones) are each checked by CellReader.
        if (reasons.isEmpty()) {
            if (kept != i) {
                m_organisations[kept] = std::move(imported);
            }
            ++kept;
            continue;
        }
        const SourceTable& table = m_tables[imported.table];
        for (int row : imported.rows) {
            for (const QString& reason : reasons) {
                reject(imported.table, table, row, column, reason);
            }
        }
    }
    if (kept < m_organisations.size()) {
        m_organisations.erase(m_organisations.begin() + kept, m_organisations.end());
        m_byKeyStale = true;
    }
}

const QMap<int, QStringList>& RecordBuilder::rejected(int tableIndex) const
{
    static const QMap<int, QStringList> none;
    auto it = m_rejected.constFind(tableIndex);
    return it == m_rejected.cend() ? none : it.value();
}

int RecordBuilder::rowsRejected() const
{
    int count = 0;
    for (auto it = m_rejected.cbegin(); it != m_rejected.cend(); ++it) {
        count += int(it.value().size());
    }
    return count;
}

} // namespace dalil
