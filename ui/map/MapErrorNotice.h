#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace dalil {

// A failure to read what the map shows, said over the map in the interface language, with a
// button to try again. A read that was only cancelled never comes here.
class MapErrorNotice : public QFrame
{
    Q_OBJECT
public:
    explicit MapErrorNotice(QWidget* map);

    // `detail` says which file and what went wrong (from the reader).
    void showError(const QString& detail);
    QString detail() const { return m_detail; }
    QLabel* label() const { return m_label; }
    QPushButton* retryButton() const { return m_retry; }
    // Centred along the top of `area`, at most its width.
    void placeIn(const QRect& area);

signals:
    void retryClicked();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_detail;
    QLabel* m_label = nullptr;
    QPushButton* m_retry = nullptr;
};

} // namespace dalil
