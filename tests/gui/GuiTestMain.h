#pragma once

// The GUI tests' main(): fonts set up as dalil's own main() sets them up, before the application
// exists (main/FontSetup), so that the tests lay out, measure and picture text in the fonts users
// see (Arabic in Noto Sans Arabic UI) and not in fontconfig's fallback for Arabic (DejaVu Sans).
#include "main/FontSetup.h"

#include <QApplication>
#include <QtTest>

// Searches, imports, the basemap and map indexes run on worker threads; on a loaded machine they
// can take longer than QtTest's default 5 s wait, which would fail a test for nothing a user would
// notice. Every GUI test waits up to 30 s (a wait that succeeds returns as soon as it does).
#undef QTRY_VERIFY
#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 30000)
#undef QTRY_VERIFY2
#define QTRY_VERIFY2(expr, message) QTRY_VERIFY2_WITH_TIMEOUT(expr, message, 30000)
#undef QTRY_COMPARE
#define QTRY_COMPARE(expr, expected) QTRY_COMPARE_WITH_TIMEOUT(expr, expected, 30000)

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
