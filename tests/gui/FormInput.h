#pragma once

#include "GuiFixture.h"

#include "profile/RecordForm.h"

#include <QLineEdit>
#include <QtTest>

namespace dalil::test {

// The line edit of a form's field (null when the field is edited another way).
inline QLineEdit* formLine(RecordForm* form, const QString& field)
{
    return qobject_cast<QLineEdit*>(form->editor(field));
}

// Replaces a field's text key by key, as a person would (the form checks it as it is typed).
inline void setFormText(RecordForm* form, const QString& field, const QString& text)
{
    QLineEdit* edit = formLine(form, field);
    QVERIFY2(edit, qPrintable(field));
    edit->selectAll();
    edit->del();
    typeText(edit, text);
}

} // namespace dalil::test
