#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace dalil {

// What the Organisations tab shows while its screen is being built right after the first paint:
// the search field where it will be (what is typed there is kept) and the catalogue's name. Cheap
// to build, so the window paints at once on a catalogue of any size.
class LoadingPage : public QWidget
{
    Q_OBJECT
public:
    LoadingPage(const QString& catalogueName, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_catalogueName;
    QLineEdit* m_search = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dalil
