#pragma once

#include "exchange/ExportEntry.h"

#include <QList>
#include <QString>

namespace dalil {

// A printable directory: a cover page (title, date, how many organisations), then one entry per
// organisation with its names, sectors, offices and contacts. Arabic entries run right to left and
// are shaped by Qt's text engine; phone numbers and e-mails stay left to right inside them; every
// page carries its number. Needs a QGuiApplication (fonts); the CLI starts one for `export`.
class PdfDirectoryWriter
{
public:
    static bool write(const QString& path, const QList<ExportEntry>& entries, const QString& title,
                      QString* error);
    static QString html(const QList<ExportEntry>& entries, const QString& title);
};

} // namespace dalil
