#pragma once

#include <QToolButton>

namespace dalil {

// A button over the map. The style draws no focus mark on a tool button: this one draws a frame
// in the highlight colour while it has the keyboard focus, so a keyboard user sees where Tab is.
class MapButton : public QToolButton
{
    Q_OBJECT
public:
    explicit MapButton(QWidget* parent = nullptr);

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace dalil
