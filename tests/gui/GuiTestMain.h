#pragma once

// The GUI tests' main(): fonts set up as dalil's own main() sets them up, before the application
// exists (main/FontSetup), so that the tests lay out, measure and picture text in the fonts users
// see (Arabic in Noto Sans Arabic UI) and not in fontconfig's fallback for Arabic (DejaVu Sans).
#include "main/FontSetup.h"

#include <QApplication>
#include <QtTest>

// QTEST_MAIN with the fonts of the application.
#define DALIL_GUI_TEST_MAIN(TestObject)                                                                      \
    int main(int argc, char** argv)                                                                          \
    {                                                                                                        \
        dalil::FontSetup::apply();                                                                           \
        QApplication app(argc, argv);                                                                        \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                             \
        TestObject test;                                                                                     \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
