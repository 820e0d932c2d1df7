#pragma once

#include "common/FilterCombo.h"
#include "common/RecordListTable.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace dalil {

class CatalogueDocument;
class Preferences;

// Funding opportunities by deadline: days left, the deadline in the reader's time zone with the
// Gregorian and (optionally) the Hijri date, filters by country, sector, applicant type and amount,
// and a "closing soon" view.
class FundingView : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        DonorColumn,
        AmountColumn,
        DeadlineColumn,
        HijriColumn,
        DaysLeftColumn,
        ColumnCount
    };
    // Opportunities closing within this many days count as "closing soon".
    static constexpr int kClosingSoonDays = 30;

    FundingView(CatalogueDocument& document, Preferences& preferences, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QCheckBox* closingSoon() const { return m_closingSoon; }
    QCheckBox* includeClosed() const { return m_includeClosed; }
    QComboBox* countryFilter() const { return m_country; }
    // Fixes "now" (tests and screenshots); an invalid time means the clock.
    void setNow(const QDateTime& now);
    // Ids of the rows shown, top to bottom.
    QStringList shownIds() const;

public slots:
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillFilters();
    void refill();
    QDateTime now() const;

    CatalogueDocument& m_document;
    Preferences& m_preferences;
    QList<QJsonObject> m_rows;
    QDateTime m_now;
    FilterCombo* m_country = nullptr;
    FilterCombo* m_sector = nullptr;
    FilterCombo* m_applicant = nullptr;
    QDoubleSpinBox* m_minAmount = nullptr;
    QCheckBox* m_closingSoon = nullptr;
    QCheckBox* m_includeClosed = nullptr;
    QLabel* m_zoneNote = nullptr;
    QLabel* m_filterLabels[4] = {};
    RecordListTable* m_table = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace dalil
