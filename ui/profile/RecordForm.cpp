#include "profile/RecordForm.h"

#include "catalogue/Catalogue.h"
#include "catalogue/CatalogueBrowser.h"
#include "common/Colors.h"
#include "common/ShortcutLetters.h"
#include "common/WallClock.h"
#include "main/CatalogueDocument.h"
#include "main/Display.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace dalil {

namespace {

bool isLongText(const QString& field)
{
    return field.startsWith(QLatin1String("description")) || field.startsWith(QLatin1String("summary")) ||
           field == QLatin1String("note");
}

// Fields written in one script whatever the UI language: typed and shown left to right.
bool isLatinField(const QString& field)
{
    static const QStringList latin = {QStringLiteral("name_en"),
                                      QStringLiteral("name_fr"),
                                      QStringLiteral("acronym"),
                                      QStringLiteral("website"),
                                      QStringLiteral("registration_id"),
                                      QStringLiteral("emails"),
                                      QStringLiteral("phones"),
                                      QStringLiteral("link"),
                                      QStringLiteral("online_link"),
                                      QStringLiteral("lat"),
                                      QStringLiteral("lon"),
                                      QStringLiteral("title_en"),
                                      QStringLiteral("description_en"),
                                      QStringLiteral("summary_en"),
                                      QStringLiteral("currency"),
                                      QStringLiteral("deadline_tz"),
                                      QStringLiteral("tz"),
                                      QStringLiteral("deadline"),
                                      QStringLiteral("start_utc"),
                                      QStringLiteral("end_utc"),
                                      QStringLiteral("countries"),
                                      QStringLiteral("country"),
                                      QStringLiteral("languages"),
                                      QStringLiteral("sectors"),
                                      QStringLiteral("applicant_types"),
                                      QStringLiteral("admin1_pcode"),
                                      QStringLiteral("admin2_pcode")};
    return latin.contains(field);
}

QString listText(const QJsonValue& value)
{
    QStringList items;
    for (const QJsonValue& item : value.toArray()) {
        items.append(item.toString());
    }
    return items.join(QStringLiteral(", "));
}

} // namespace

QString RecordForm::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("name_ar"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Name in Arabic")},
        {QStringLiteral("name_en"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Name in English")},
        {QStringLiteral("name_fr"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Name in French")},
        {QStringLiteral("acronym"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Acronym")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Organisation type")},
        {QStringLiteral("sectors"),
         QT_TRANSLATE_NOOP("dalil::RecordForm", "Sectors (codes, comma-separated)")},
        {QStringLiteral("countries"),
         QT_TRANSLATE_NOOP("dalil::RecordForm", "Countries (codes such as EG, JO)")},
        {QStringLiteral("description_ar"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Description in Arabic")},
        {QStringLiteral("description_en"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Description in English")},
        {QStringLiteral("founded"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Founded (year)")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Website")},
        {QStringLiteral("registration_id"),
         QT_TRANSLATE_NOOP("dalil::RecordForm", "Registration identifier")},
        {QStringLiteral("languages"),
         QT_TRANSLATE_NOOP("dalil::RecordForm", "Languages (codes such as ar, en)")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Country (code such as LB)")},
        {QStringLiteral("admin1"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Governorate or region")},
        {QStringLiteral("admin1_pcode"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Region P-code")},
        {QStringLiteral("admin2"), QT_TRANSLATE_NOOP("dalil::RecordForm", "District")},
        {QStringLiteral("admin2_pcode"), QT_TRANSLATE_NOOP("dalil::RecordForm", "District P-code")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("dalil::RecordForm", "City")},
        {QStringLiteral("lat"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Latitude")},
        {QStringLiteral("lon"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Longitude")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Name")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Role")},
        {QStringLiteral("emails"), QT_TRANSLATE_NOOP("dalil::RecordForm", "E-mail addresses")},
        {QStringLiteral("phones"),
         QT_TRANSLATE_NOOP("dalil::RecordForm", "Phone numbers (international, +20…)")},
        {QStringLiteral("private"),
         QT_TRANSLATE_NOOP("dalil::RecordForm", "Private (never leaves this computer)")},
        {QStringLiteral("title_ar"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Title in Arabic")},
        {QStringLiteral("title_en"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Title in English")},
        {QStringLiteral("amount_min"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Smallest amount")},
        {QStringLiteral("amount_max"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Largest amount")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Currency (such as USD)")},
        {QStringLiteral("deadline"),
         QT_TRANSLATE_NOOP("dalil::RecordForm", "Deadline (local date and time)")},
        {QStringLiteral("deadline_tz"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Time zone of the deadline")},
        {QStringLiteral("applicant_types"),
         QT_TRANSLATE_NOOP("dalil::RecordForm", "Who may apply (type codes)")},
        {QStringLiteral("link"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Link")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Status")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Kind")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Year")},
        {QStringLiteral("local_file"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Local copy")},
        {QStringLiteral("summary_ar"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Summary in Arabic")},
        {QStringLiteral("summary_en"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Summary in English")},
        {QStringLiteral("start_utc"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Starts (UTC)")},
        {QStringLiteral("end_utc"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Ends (UTC)")},
        {QStringLiteral("tz"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Time zone")},
        {QStringLiteral("venue"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Venue")},
        {QStringLiteral("online_link"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Online link")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Language")},
        {QStringLiteral("since"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Since")},
        {QStringLiteral("until"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Until")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("dalil::RecordForm", "Note")},
    };
    const char* text = labels.value(field);
    return text ? QCoreApplication::translate("dalil::RecordForm", text) : field;
}

RecordForm::RecordForm(CatalogueDocument& document, const QString& table, const QJsonObject& record,
                       QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(document.catalogue().repository(table))
    , m_original(record)
    , m_record(record)
{
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    outer->addLayout(form);
    const TableSpec& spec = m_table->spec();
    for (const Column& column : spec.columns) {
        const QString field = QLatin1String(column.name);
        if (!column.editable || column.type == ColumnType::Reference ||
            field == QLatin1String("local_file")) {
            continue;
        }
        QWidget* editor = nullptr;
        const QJsonValue value = record.value(field);
        if (field == QLatin1String("type") && table == QLatin1String("organisation")) {
            auto* combo = new QComboBox(this);
            combo->addItem(QString(), QString());
            for (const CatalogueDocument::Term& term : document.terms(QStringLiteral("organisation_type"))) {
                combo->addItem(term.label, term.code);
            }
            if (combo->findData(value.toString()) < 0 && !value.toString().isEmpty()) {
                combo->addItem(value.toString(), value.toString());
            }
            combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
            connect(combo, &QComboBox::currentIndexChanged, this, &RecordForm::revalidate);
            editor = combo;
        } else if (column.type == ColumnType::Bool) {
            auto* check = new QCheckBox(this);
            check->setChecked(value.toBool());
            connect(check, &QCheckBox::toggled, this, &RecordForm::revalidate);
            editor = check;
        } else if (isLongText(field)) {
            auto* edit = new QPlainTextEdit(value.toString(), this);
            edit->setTabChangesFocus(true);
            edit->setMaximumHeight(90);
            connect(edit, &QPlainTextEdit::textChanged, this, &RecordForm::revalidate);
            editor = edit;
        } else {
            QString text;
            if (column.type == ColumnType::List) {
                text = listText(value);
            } else if (value.isDouble()) {
                text = column.type == ColumnType::Integer ? QString::number(value.toInteger())
                                                          : QString::number(value.toDouble(), 'g', 10);
            } else {
                text = value.toString();
            }
            auto* edit = new QLineEdit(text, this);
            edit->setClearButtonEnabled(true);
            if (isLatinField(field)) {
                edit->setLayoutDirection(Qt::LeftToRight);
            }
            if (field == QLatin1String("tz") || field == QLatin1String("deadline_tz")) {
                // IANA names are long and easy to misspell: offer the known ones as one types.
                static const QStringList zones = [] {
                    QStringList ids;
                    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
                        ids.append(QString::fromUtf8(id));
                    }
                    return ids;
                }();
                auto* completer = new QCompleter(zones, edit);
                completer->setCaseSensitivity(Qt::CaseInsensitive);
                completer->setFilterMode(Qt::MatchContains);
                edit->setCompleter(completer);
            }
            connect(edit, &QLineEdit::textChanged, this, &RecordForm::revalidate);
            editor = edit;
        }
        editor->setObjectName(QStringLiteral("field_") + field);
        editor->setAccessibleName(fieldLabel(field));
        auto* error = new QLabel(this);
        error->setObjectName(QStringLiteral("error_") + field);
        error->setWordWrap(true);
        error->setStyleSheet(Colors::textStyle(Colors::error(palette())));
        error->setVisible(false);
        auto* cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(editor);
        cell->addWidget(error);
        auto* label = new QLabel(fieldLabel(field), this);
        label->setBuddy(editor);
        form->addRow(label, cell);
        m_labels.insert(field, label);
        m_editors.insert(field, editor);
        m_errors.insert(field, error);
    }
    m_duplicate = new QLabel(this);
    m_duplicate->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicate->setWordWrap(true);
    m_duplicate->setStyleSheet(Colors::textStyle(Colors::warning(palette())));
    m_duplicate->setVisible(false);
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalError"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(Colors::textStyle(Colors::error(palette())));
    m_general->setVisible(false);
    m_wallClockNote = new QLabel(this);
    m_wallClockNote->setObjectName(QStringLiteral("wallClockNote"));
    m_wallClockNote->setWordWrap(true);
    m_wallClockNote->setStyleSheet(Colors::textStyle(Colors::warning(palette())));
    m_wallClockNote->setVisible(false);
    outer->addWidget(m_duplicate);
    outer->addWidget(m_wallClockNote);
    outer->addWidget(m_general);
    revalidate();
}

void RecordForm::giveShortcutLetters()
{
    // The letters of everything else in the window (its buttons, tabs, other labels) stay theirs.
    QList<QLabel*> mine;
    for (const Column& column : m_table->spec().columns) {
        if (QLabel* label = m_labels.value(QLatin1String(column.name))) {
            mine.append(label);
        }
    }
    // The labels of another form of the same table (an event's other sessions) are the same
    // fields: they take the same letters, and Alt and the letter goes from one to the next.
    const auto sibling = [this](QLabel* label) {
        for (QWidget* p = label->parentWidget(); p; p = p->parentWidget()) {
            if (auto* form = qobject_cast<RecordForm*>(p)) {
                return form != this && form->m_table == m_table;
            }
        }
        return false;
    };
    QString used;
    for (QWidget* w : window()->findChildren<QWidget*>()) {
        QString text;
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            text = button->text();
        } else if (auto* label = qobject_cast<QLabel*>(w);
                   label && !mine.contains(label) && !sibling(label)) {
            text = label->text();
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            text = box->title();
        }
        if (const QChar letter = ShortcutLetters::of(text); !letter.isNull()) {
            used.append(letter);
        }
    }
    QStringList texts;
    for (QLabel* label : std::as_const(mine)) {
        texts.append(label->text());
    }
    texts = ShortcutLetters::giveAll(texts, used);
    for (qsizetype i = 0; i < mine.size(); ++i) {
        mine[i]->setText(texts[i]);
    }
}

bool RecordForm::isWallClockField(const QString& field) const
{
    return m_wallClock && field.endsWith(QLatin1String("_utc")) && m_editors.contains(field);
}

QTimeZone RecordForm::wallClockZone() const
{
    if (!m_zoneField.isEmpty()) {
        const QString id = textOf(m_zoneField).trimmed();
        return id.isEmpty() ? QTimeZone() : QTimeZone(id.toUtf8());
    }
    return m_zone;
}

void RecordForm::setWallClockField(const QString& zoneField)
{
    const QTimeZone previous = wallClockZone();
    m_zoneField = zoneField;
    showWallClock(previous);
}

void RecordForm::setWallClockZone(const QTimeZone& zone)
{
    if (m_wallClock && m_zoneField.isEmpty() && zone == m_zone) {
        return;
    }
    const QTimeZone previous = m_zone;
    m_zone = zone;
    showWallClock(previous);
}

void RecordForm::showWallClock(const QTimeZone& previous)
{
    if (!m_wallClock) {
        // The first time: the UTC times the record holds become the wall clock's.
        m_wallClock = true;
        for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
            auto* edit = qobject_cast<QLineEdit*>(it.value());
            if (!edit || !isWallClockField(it.key())) {
                continue;
            }
            const QDateTime instant = Display::parseUtc(m_original.value(it.key()).toString());
            if (instant.isValid()) {
                const QSignalBlocker quiet(edit);
                edit->setText(WallClock::text(instant, wallClockZone()));
            }
            if (QLabel* label = m_labels.value(it.key())) {
                const QString text = it.key().startsWith(QLatin1String("end"))
                                         ? tr("Ends (time at the event)")
                                         : tr("Starts (time at the event)");
                label->setText(text);
                it.value()->setAccessibleName(text);
            }
        }
    } else if (previous == wallClockZone()) {
        return;
    }
    revalidate();
}

QString RecordForm::textOf(const QString& field) const
{
    QWidget* editor = m_editors.value(field);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        return line->text();
    }
    if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        return plain->toPlainText();
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        return combo->currentData().toString();
    }
    if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

void RecordForm::revalidate()
{
    QJsonObject record = m_original;
    QHash<QString, QStringList> messages;
    QStringList notes;
    const TableSpec& spec = m_table->spec();
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        const QString& field = it.key();
        QString text = textOf(field);
        if (isWallClockField(field) && !text.trimmed().isEmpty()) {
            const WallClock::Reading reading = WallClock::read(text, wallClockZone());
            if (!reading.error.isEmpty()) {
                messages[field].append(reading.error);
                record.insert(field, text);
                continue;
            }
            text = WallClock::utcText(reading.instant);
            if (reading.ambiguous) {
                // Typing the offset picks the other one: the note says how.
                const QTimeZone zone = wallClockZone();
                notes.append(
                    tr("%1: %2 happens twice in %3, as the clocks go back; the first (%4) is "
                       "kept, type %5 for the second.")
                        .arg(m_editors.value(field)->accessibleName(),
                             Display::isolateLtr(textOf(field).trimmed()),
                             Display::isolateLtr(QString::fromUtf8(zone.id())),
                             Display::isolateLtr(zone.displayName(reading.instant, QTimeZone::OffsetName)),
                             Display::isolateLtr(reading.later.toTimeZone(zone).toString(Qt::ISODate))));
            }
        } else if (field == QLatin1String("phones")) {
            QStringList phones;
            for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                phones.append(Display::phoneToE164(part));
            }
            text = phones.join(QLatin1Char(','));
        } else if (field == QLatin1String("lat") || field == QLatin1String("lon") ||
                   field == QLatin1String("founded") || field == QLatin1String("year") ||
                   field.startsWith(QLatin1String("amount"))) {
            // Digits as an Arabic keyboard types them (٣٣٫٨٩) are numbers too.
            QString ascii;
            for (QChar c : text) {
                ascii.append(c.isDigit() ? QChar(u'0' + c.digitValue())
                                         : (c == QChar(0x066B) ? QLatin1Char('.') : c));
            }
            text = ascii;
        }
        const QString error = RecordTable::setFieldFromText(spec, record, field, text);
        if (!error.isEmpty()) {
            messages[field].append(error);
        }
    }
    for (const FieldError& error : m_table->validate(record)) {
        // A field the parser already refused would only repeat the same complaint.
        if (!messages.contains(error.field) || !m_editors.contains(error.field)) {
            messages[error.field].append(error.message);
        }
    }
    QStringList general;
    for (auto it = messages.begin(); it != messages.end(); ++it) {
        if (!m_errors.contains(it.key())) {
            general.append(tr("%1: %2").arg(fieldLabel(it.key()), it.value().join(QLatin1Char(' '))));
        }
    }
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QStringList fieldMessages = messages.value(it.key());
        it.value()->setText(fieldMessages.join(QLatin1Char('\n')));
        it.value()->setVisible(!fieldMessages.isEmpty());
    }
    m_wallClockNote->setText(notes.join(QLatin1Char('\n')));
    m_wallClockNote->setVisible(!notes.isEmpty());
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());

    QStringList twins;
    if (QLatin1String(spec.table) == QLatin1String("organisation")) {
        CatalogueBrowser browser(m_document.catalogue());
        const QString id = record.value(QLatin1String("id")).toString();
        for (const char* field : {"name_ar", "name_en", "name_fr"}) {
            for (const QString& twin :
                 browser.organisationsNamed(record.value(QLatin1String(field)).toString(), id)) {
                const QString name = Display::isolate(m_document.organisationName(twin));
                if (!twins.contains(name)) {
                    twins.append(name);
                }
            }
        }
    }
    m_duplicate->setText(twins.isEmpty()
                             ? QString()
                             : tr("An organisation with this name is already in the catalogue: %1")
                                   .arg(QLocale().createSeparatedList(twins)));
    m_duplicate->setVisible(!twins.isEmpty());

    m_record = record;
    const bool valid = messages.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
    emit edited();
}

} // namespace dalil
