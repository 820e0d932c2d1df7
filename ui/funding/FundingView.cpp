#include "funding/FundingView.h"

#include "catalogue/Catalogue.h"
#include "common/Colors.h"
#include "common/FilterBar.h"
#include "common/FilterCombo.h"
#include "common/RecordListTable.h"
#include "main/CatalogueDocument.h"
#include "main/Display.h"
#include "profile/RecordEditDialog.h"
#include "settings/Preferences.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace dalil {

FundingView::FundingView(CatalogueDocument& document, Preferences& preferences, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("funding"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new FilterBar(this);
    m_country = new FilterCombo(QStringLiteral("countries"), this);
    m_country->setObjectName(QStringLiteral("fundingCountry"));
    m_sector = new FilterCombo(QStringLiteral("sectors"), this);
    m_sector->setObjectName(QStringLiteral("fundingSector"));
    m_applicant = new FilterCombo(QStringLiteral("applicant_types"), this);
    m_applicant->setObjectName(QStringLiteral("fundingApplicant"));
    m_minAmount = new QDoubleSpinBox(this);
    m_minAmount->setObjectName(QStringLiteral("fundingMinAmount"));
    m_minAmount->setRange(0, 1e9);
    m_minAmount->setDecimals(0);
    m_minAmount->setSingleStep(10000);
    QWidget* editors[4] = {m_country, m_sector, m_applicant, m_minAmount};
    for (int i = 0; i < 4; ++i) {
        m_filterLabels[i] = filters->addFilter(editors[i]);
    }
    m_closingSoon = new QCheckBox(this);
    m_closingSoon->setObjectName(QStringLiteral("closingSoon"));
    m_includeClosed = new QCheckBox(this);
    m_includeClosed->setObjectName(QStringLiteral("includeClosed"));
    filters->addPair(m_closingSoon, m_includeClosed);
    layout->addWidget(filters);
    m_zoneNote = new QLabel(this);
    m_zoneNote->setObjectName(QStringLiteral("fundingZoneNote"));
    layout->addWidget(m_zoneNote);
    m_table = new RecordListTable(ColumnCount, 380, this);
    m_table->setObjectName(QStringLiteral("fundingTable"));
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("fundingOpen"));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("fundingAdd"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("fundingEdit"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("fundingDelete"));
    for (QPushButton* button : {m_open, m_add, m_edit, m_delete}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    for (FilterCombo* combo : {m_country, m_sector, m_applicant}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &FundingView::refill);
    }
    connect(m_minAmount, &QDoubleSpinBox::valueChanged, this, &FundingView::refill);
    connect(m_closingSoon, &QCheckBox::toggled, this, &FundingView::refill);
    connect(m_includeClosed, &QCheckBox::toggled, this, &FundingView::refill);
    connect(&m_preferences, &Preferences::changed, this, &FundingView::refill);
    connect(m_open, &QPushButton::clicked, this, [this] {
        for (const QJsonObject& row : std::as_const(m_rows)) {
            if (row.value(QLatin1String("id")).toString() == m_table->selectedId()) {
                QDesktopServices::openUrl(QUrl(row.value(QLatin1String("link")).toString()));
            }
        }
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_open, &QPushButton::click);
    connect(m_add, &QPushButton::clicked, this, [this] {
        RecordEditDialog(m_document, QStringLiteral("funding"), {}, tr("New funding opportunity"), this)
            .exec();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto record = m_document.catalogue().funding().find(m_table->selectedId())) {
            RecordEditDialog(m_document, QStringLiteral("funding"), *record, tr("Edit funding opportunity"),
                             this)
                .exec();
        }
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString id = m_table->selectedId();
        if (!id.isEmpty() && QMessageBox::question(this, tr("Delete funding opportunity"),
                                                   tr("Delete this funding opportunity? You can undo it with "
                                                      "Edit ▸ Undo.")) == QMessageBox::Yes) {
            m_document.removeRecord(QStringLiteral("funding"), id, tr("Delete funding opportunity"));
        }
    });
    connect(&m_document, &CatalogueDocument::recordChanged, this, [this](const QString& table) {
        if (table.isEmpty() || table == QLatin1String("funding") || table == QLatin1String("organisation")) {
            reload();
        }
    });
    retranslate();
}

void FundingView::setNow(const QDateTime& now)
{
    m_now = now;
    refill();
}

QDateTime FundingView::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void FundingView::retranslate()
{
    m_filterLabels[0]->setText(tr("Country"));
    m_filterLabels[1]->setText(tr("Sector"));
    m_filterLabels[2]->setText(tr("Who &may apply"));
    m_filterLabels[3]->setText(tr("&At least"));
    m_country->setAccessibleName(tr("Country"));
    m_sector->setAccessibleName(tr("Sector"));
    m_applicant->setAccessibleName(m_filterLabels[2]->text().remove(QLatin1Char('&')));
    m_minAmount->setAccessibleName(tr("Smallest amount offered"));
    m_closingSoon->setText(tr("Closin&g soon (%Ln day(s))", "", kClosingSoonDays));
    m_includeClosed->setText(tr("Show &closed"));
    m_table->setHorizontalHeaderLabels(
        {tr("Opportunity"), tr("Donor"), tr("Amount"), tr("Deadline"), tr("Hijri date"), tr("Days left")});
    m_table->setAccessibleName(tr("Funding opportunities"));
    m_open->setText(tr("O&pen link"));
    m_add->setText(tr("Ne&w…"));
    m_edit->setText(tr("Ed&it…"));
    m_delete->setText(tr("De&lete…"));
    for (QPushButton* button : {m_open, m_add, m_edit, m_delete}) {
        button->setAccessibleName(button->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    }
    reload();
}

void FundingView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void FundingView::reload()
{
    m_rows.clear();
    m_document.catalogue().funding().forEach([this](const QJsonObject& row) { m_rows.append(row); });
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const QJsonObject& a, const QJsonObject& b) {
        const QString da = a.value(QLatin1String("deadline_utc")).toString();
        const QString db = b.value(QLatin1String("deadline_utc")).toString();
        if (da.isEmpty() != db.isEmpty()) {
            return db.isEmpty(); // rolling deadlines last
        }
        return da < db;
    });
    fillFilters();
    refill();
}

void FundingView::fillFilters()
{
    const struct
    {
        FilterCombo* combo;
        QString kind;
    } facets[] = {{m_country, QStringLiteral("country")},
                  {m_sector, QStringLiteral("sector")},
                  {m_applicant, QStringLiteral("organisation_type")}};
    for (const auto& facet : facets) {
        facet.combo->setAllText(tr("All"));
        facet.combo->fill(m_rows,
                          [this, &facet](const QString& code) { return m_document.label(facet.kind, code); });
    }
}

void FundingView::refill()
{
    const QString keep = m_table->selectedId();
    const QTimeZone zone = m_preferences.timeZone();
    m_zoneNote->setText(tr("Deadlines are shown in your time zone, %1.")
                            .arg(Display::isolateLtr(QString::fromUtf8(zone.id()))));
    m_table->setColumnHidden(HijriColumn, !m_preferences.showHijri());
    const double minAmount = m_minAmount->value();
    const QDateTime current = now();
    const QDate today = current.toTimeZone(zone).date();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const QJsonObject& row : std::as_const(m_rows)) {
        if (!m_country->accepts(row) || !m_sector->accepts(row) || !m_applicant->accepts(row)) {
            continue;
        }
        const QJsonValue maxAmount = row.value(QLatin1String("amount_max"));
        const QJsonValue anyAmount =
            maxAmount.isDouble() ? maxAmount : row.value(QLatin1String("amount_min"));
        if (minAmount > 0 && (!anyAmount.isDouble() || anyAmount.toDouble() < minAmount)) {
            continue;
        }
        const QDateTime deadline = Display::parseUtc(row.value(QLatin1String("deadline_utc")).toString());
        qint64 daysLeft = -1;
        bool closed = false;
        if (deadline.isValid()) {
            closed = deadline < current;
            daysLeft = today.daysTo(deadline.toTimeZone(zone).date());
        }
        if (closed && !m_includeClosed->isChecked()) {
            continue;
        }
        const bool soon = deadline.isValid() && !closed && daysLeft <= kClosingSoonDays;
        if (m_closingSoon->isChecked() && !soon) {
            continue;
        }
        auto* title = new QTableWidgetItem(Display::localised(row, QStringLiteral("title")));
        title->setToolTip(Display::localised(row, QStringLiteral("description")));
        const int r = m_table->appendRecord(title, row.value(QLatin1String("id")).toString());
        m_table->setItem(r, DonorColumn,
                         new QTableWidgetItem(
                             m_document.organisationName(row.value(QLatin1String("donor_id")).toString())));
        const QString currency = row.value(QLatin1String("currency")).toString();
        QString amount;
        const QJsonValue min = row.value(QLatin1String("amount_min"));
        if (min.isDouble() && maxAmount.isDouble() && min.toDouble() != maxAmount.toDouble()) {
            amount = tr("%1 – %2").arg(Display::amount(min.toDouble(), QString()),
                                       Display::amount(maxAmount.toDouble(), currency));
        } else if (anyAmount.isDouble()) {
            amount = Display::amount(anyAmount.toDouble(), currency);
        }
        m_table->setItem(r, AmountColumn, new QTableWidgetItem(amount));
        auto* when =
            new QTableWidgetItem(deadline.isValid() ? Display::dateTime(deadline, zone) : tr("Rolling"));
        if (deadline.isValid()) {
            when->setToolTip(tr("%1 in %2 (the donor's time zone)")
                                 .arg(row.value(QLatin1String("deadline")).toString(),
                                      row.value(QLatin1String("deadline_tz")).toString()));
        }
        m_table->setItem(r, DeadlineColumn, when);
        m_table->setItem(r, HijriColumn,
                         new QTableWidgetItem(deadline.isValid()
                                                  ? Display::hijriDate(deadline.toTimeZone(zone).date())
                                                  : QString()));
        QString left;
        if (!deadline.isValid()) {
            left = QString();
        } else if (closed) {
            left = tr("Closed");
        } else if (daysLeft == 0) {
            left = tr("Closes today");
        } else {
            left = tr("%Ln day(s) left", "", int(daysLeft));
        }
        auto* leftItem = new QTableWidgetItem(left);
        if (soon) {
            QFont bold = leftItem->font();
            bold.setBold(true);
            leftItem->setFont(bold);
            leftItem->setForeground(Colors::error(m_table->palette()));
            leftItem->setToolTip(tr("Closing soon"));
        }
        m_table->setItem(r, DaysLeftColumn, leftItem);
        if (row.value(QLatin1String("id")).toString() == keep) {
            m_table->setCurrentCell(r, 0);
        }
    }
}

QStringList FundingView::shownIds() const
{
    return m_table->shownIds();
}

} // namespace dalil
