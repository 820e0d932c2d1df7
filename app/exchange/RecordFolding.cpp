#include "exchange/RecordBuilder.h"

#include "catalogue/TextHashMap.h"
#include "search/ArabicText.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <optional>
#include <thread>
#include <vector>

// RecordBuilder's second part: the rows of a file that are one organisation, folded into one record
// (the same id or registration identifier, then the same name in the same country). The first part,
// RecordBuilder.cpp, reads the rows into records and checks them.

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::RecordBuilder", text);
}

} // namespace

void RecordBuilder::mergeSameRecords()
{
    // Rows fold by their first key (id, else registration, else name): a row with the id and another
    // with only the registration identifier of the same organisation make two. They are one record
    // when the registration matches and they do not carry two different ids.
    QHash<QString, int> byRegistration; // normalised registration -> first organisation with it
    QList<bool> absorbed(m_organisations.size(), false);
    for (int i = 0; i < m_organisations.size(); ++i) {
        ImportedOrganisation& imported = m_organisations[i];
        const QString registration = ArabicText::normalise(imported.organisation.text("registration_id"));
        if (registration.isEmpty()) {
            continue;
        }
        auto it = byRegistration.constFind(registration);
        if (it == byRegistration.cend()) {
            byRegistration.insert(registration, i);
            continue;
        }
        ImportedOrganisation& first = m_organisations[it.value()];
        const QString firstId = first.organisation.text("id");
        const QString id = imported.organisation.text("id");
        const SourceTable& table = m_tables[imported.table];
        ImportIssue issue;
        issue.severity = ImportIssue::Severity::Warning;
        issue.file = table.file;
        issue.sheet = table.sheet;
        issue.rowNoun = table.rowNoun;
        issue.row = imported.rows.value(0);
        auto rowList = [](const QList<int>& rows) {
            QStringList numbers;
            for (int row : rows) {
                numbers.append(QString::number(row));
            }
            return numbers.join(QStringLiteral(", "));
        };
        const QString shown = first.organisation.text("registration_id");
        if (!firstId.isEmpty() && !id.isEmpty() && firstId != id) {
            issue.message = tr("rows %1 and rows %2 have the same registration identifier “%3” but different "
                               "ids (%4, %5): they are imported as two organisations")
                                .arg(rowList(first.rows), rowList(imported.rows), shown, firstId, id);
            m_issues.append(issue);
            continue;
        }
        issue.message = tr("rows %1 and rows %2 have the same registration identifier “%3”: they are one "
                           "organisation and are imported as one")
                            .arg(rowList(first.rows), rowList(imported.rows), shown);
        m_issues.append(issue);
        absorb(first, imported);
        absorbed[i] = true;
    }
    dropAbsorbed(absorbed);
}

void RecordBuilder::absorb(ImportedOrganisation& first, ImportedOrganisation& other)
{
    fold(first, other.organisation, {}, {});
    for (const ImportRecord& office : other.offices) {
        fold(first, {}, office, {});
    }
    for (const ImportRecord& contact : other.contacts) {
        fold(first, {}, {}, contact);
    }
    first.rows.append(other.rows);
    std::sort(first.rows.begin(), first.rows.end());
}

void RecordBuilder::dropAbsorbed(const QList<bool>& absorbed)
{
    if (!absorbed.contains(true)) {
        return;
    }
    QList<ImportedOrganisation> kept;
    kept.reserve(m_organisations.size());
    for (int i = 0; i < m_organisations.size(); ++i) {
        if (!absorbed[i]) {
            kept.append(std::move(m_organisations[i]));
        }
    }
    m_organisations = std::move(kept);
    m_byKeyStale = true;
}

QString RecordBuilder::nameColumn(int tableIndex, const QString& field) const
{
    const ColumnMapping& mapping = m_mappings[tableIndex];
    const QString exact = QStringLiteral("organisation.") + field;
    int loose = -1;
    for (int c = 0; c < mapping.size(); ++c) {
        const QLatin1String key(importFields::info(mapping.field(c)).key);
        if (key == exact) {
            return m_tables[tableIndex].columnLabel(c);
        }
        if (loose < 0 && key == QLatin1String("organisation.name")) {
            loose = c;
        }
    }
    return loose >= 0 ? m_tables[tableIndex].columnLabel(loose) : QString();
}

ImportIssue RecordBuilder::warningAt(int tableIndex, int row, const QString& column,
                                     const QString& message) const
{
    const SourceTable& table = m_tables[tableIndex];
    ImportIssue issue;
    issue.severity = ImportIssue::Severity::Warning;
    issue.file = table.file;
    issue.sheet = table.sheet;
    issue.rowNoun = table.rowNoun;
    issue.row = row;
    issue.column = column;
    issue.message = message;
    return issue;
}

void RecordBuilder::mergeSameNames()
{
    static const char* const nameFields[] = {"name_ar", "name_en", "name_fr"};
    auto countriesOf = [](const ImportedOrganisation& imported) {
        const QStringList list = imported.organisation.list("countries");
        return QSet<QString>(list.cbegin(), list.cend());
    };
    auto text = [](const ImportedOrganisation& imported, const char* field) {
        return imported.organisation.text(field);
    };
    // The names' search keys, made beforehand on two threads: a fold below changes only
    // organisations already passed, so each key is the one its organisation has when it is reached.
    const int count = int(m_organisations.size());
    std::vector<std::array<QString, 3>> keysOf(std::size_t(std::max(count, 0)));
    const ImportedOrganisation* const all = m_organisations.constData();
    auto makeKeys = [&keysOf, all, &text](int begin, int end) {
        for (int i = begin; i < end; ++i) {
            for (std::size_t f = 0; f < 3; ++f) {
                keysOf[std::size_t(i)][f] = ArabicText::normalise(text(all[i], nameFields[f]));
            }
        }
    };
    if (count >= kParallelRows) {
        std::thread helper(makeKeys, count / 2, count);
        makeKeys(0, count / 2);
        helper.join();
    } else {
        makeKeys(0, count);
    }
    // Search key of a name -> organisations of the file with it (mostly one: kept in place).
    TextHashMap<QVarLengthArray<int, 2>> byName;
    byName.reserve(m_organisations.size() * 2);
    QList<bool> absorbed(m_organisations.size(), false);
    for (int i = 0; i < m_organisations.size(); ++i) {
        ImportedOrganisation& imported = m_organisations[i];
        QVarLengthArray<QString, 3> keys;
        QString matchedField;
        int target = -1;
        // Only an organisation that meets a name already seen needs its countries.
        std::optional<QSet<QString>> ownCountries;
        for (std::size_t f = 0; f < 3; ++f) {
            const char* field = nameFields[f];
            const QString& key = keysOf[std::size_t(i)][f];
            if (key.isEmpty()) {
                continue;
            }
            keys.append(key);
            const QVarLengthArray<int, 2>* seen = byName.find(key);
            if (!seen) {
                continue;
            }
            for (int j : *seen) {
                if (target >= 0) {
                    break;
                }
                const ImportedOrganisation& first = m_organisations[j];
                if (!ownCountries) {
                    ownCountries = countriesOf(imported);
                }
                const QSet<QString>& countries = *ownCountries;
                const QSet<QString> theirs = countriesOf(first);
                if (!((countries.isEmpty() && theirs.isEmpty()) || countries.intersects(theirs))) {
                    continue;
                }
                const QString column = nameColumn(imported.table, QLatin1String(field));
                const QString id = text(imported, "id");
                const QString firstId = text(first, "id");
                const QString registration = text(imported, "registration_id");
                const QString firstRegistration = text(first, "registration_id");
                QString apart;
                if (!id.isEmpty() && !firstId.isEmpty() && id != firstId) {
                    apart = tr("“%1” has the same name as “%2” on row %3 in the same country, but another id "
                               "(%4, %5): they are imported as two organisations")
                                .arg(text(imported, field), text(first, field))
                                .arg(first.rows.value(0))
                                .arg(id, firstId);
                } else if (!registration.isEmpty() && !firstRegistration.isEmpty() &&
                           ArabicText::normalise(registration) != ArabicText::normalise(firstRegistration)) {
                    apart = tr("“%1” has the same name as “%2” on row %3 in the same country, but another "
                               "registration identifier (%4, %5): they are imported as two organisations")
                                .arg(text(imported, field), text(first, field))
                                .arg(first.rows.value(0))
                                .arg(registration, firstRegistration);
                }
                if (!apart.isEmpty()) {
                    for (int row : imported.rows) {
                        m_issues.append(warningAt(imported.table, row, column, apart));
                    }
                    continue;
                }
                target = j;
                matchedField = QLatin1String(field);
            }
            if (target >= 0) {
                break;
            }
        }
        if (target < 0) {
            for (const QString& key : keys) {
                QVarLengthArray<int, 2>& same = byName[key];
                if (!same.contains(i)) {
                    same.append(i);
                }
            }
            continue;
        }
        ImportedOrganisation& first = m_organisations[target];
        const QByteArray field = matchedField.toLatin1();
        const QString message =
            tr("“%1” is the same organisation as “%2” on row %3 (the same name, in the same country): the "
               "rows are imported as one organisation")
                .arg(text(imported, field.constData()), text(first, field.constData()))
                .arg(first.rows.value(0));
        const QString column = nameColumn(imported.table, matchedField);
        for (int row : imported.rows) {
            m_issues.append(warningAt(imported.table, row, column, message));
        }
        absorb(first, imported);
        absorbed[i] = true;
        // The folded names find the first organisation from now on.
        for (const QString& key : keys) {
            QVarLengthArray<int, 2>& same = byName[key];
            if (!same.contains(target)) {
                same.append(target);
            }
        }
    }
    dropAbsorbed(absorbed);
}

} // namespace dalil
