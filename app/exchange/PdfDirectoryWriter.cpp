#include "exchange/PdfDirectoryWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::PdfDirectoryWriter", text, disambiguation, n);
}

bool hasArabic(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF) {
            return true;
        }
    }
    return false;
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Phone numbers, e-mails and web addresses keep their order inside right-to-left text.
QString ltr(const QString& text)
{
    // Qt's rich text ignores dir on a span: a left-to-right isolate keeps "+961 1 234" whole.
    return QChar(0x2066) + esc(text) + QChar(0x2069);
}

QString value(const QJsonObject& record, const char* field)
{
    return record.value(QLatin1String(field)).toString().trimmed();
}

QString joined(const QJsonObject& record, const char* field)
{
    QStringList items;
    for (const QJsonValue& v : record.value(QLatin1String(field)).toArray()) {
        items.append(v.toString());
    }
    return items.join(QStringLiteral(" · "));
}

} // namespace

QString PdfDirectoryWriter::html(const QList<ExportEntry>& entries, const QString& title)
{
    const QLocale locale;
    QString out = QStringLiteral("<html><body style=\"font-size: 10pt\">");
    out +=
        QStringLiteral(
            "<p align=\"center\" style=\"font-size: 28pt; margin-top: 120px\"><b>%1</b></p>"
            "<p align=\"center\" style=\"font-size: 14pt\">%2</p>"
            "<p align=\"center\" style=\"font-size: 12pt\">%3</p>"
            "<p align=\"center\" style=\"font-size: 9pt; margin-top: 60px; page-break-after: always\">%4</p>")
            .arg(esc(title), esc(tr("%n organisations", "", int(entries.size()))),
                 esc(locale.toString(QDate::currentDate(), QLocale::LongFormat)),
                 esc(tr("Made with Dalil. Private contacts are left out unless the exporter chose to include "
                        "them.")));
    for (const ExportEntry& entry : entries) {
        const QJsonObject& org = entry.record;
        const QString nameAr = value(org, "name_ar");
        const QString nameLatin =
            value(org, "name_en").isEmpty() ? value(org, "name_fr") : value(org, "name_en");
        const QString main = nameAr.isEmpty() ? nameLatin : nameAr;
        const bool rtl = hasArabic(main);
        out += QStringLiteral("<div dir=\"%1\" style=\"margin-bottom: 14px\">").arg(rtl ? "rtl" : "ltr");
        out += QStringLiteral("<h3 dir=\"%1\">%2</h3>").arg(rtl ? "rtl" : "ltr", esc(main));
        QStringList subtitle;
        if (!nameAr.isEmpty() && !nameLatin.isEmpty()) {
            subtitle.append(ltr(nameLatin));
        }
        if (!value(org, "acronym").isEmpty()) {
            subtitle.append(ltr(value(org, "acronym")));
        }
        if (!subtitle.isEmpty()) {
            out += QStringLiteral("<p>%1</p>").arg(subtitle.join(QStringLiteral(" — ")));
        }
        if (!joined(org, "sectors").isEmpty()) {
            out +=
                QStringLiteral("<p><i>%1</i> %2</p>").arg(esc(tr("Sectors:")), esc(joined(org, "sectors")));
        }
        if (!value(org, "website").isEmpty()) {
            out += QStringLiteral("<p>%1</p>").arg(ltr(value(org, "website")));
        }
        for (const QJsonObject& office : entry.offices) {
            QStringList place;
            for (const char* field : {"name_ar", "name_en", "city", "admin1", "country"}) {
                if (!value(office, field).isEmpty()) {
                    place.append(esc(value(office, field)));
                }
            }
            if (!place.isEmpty()) {
                out += QStringLiteral("<p>• %1</p>").arg(place.join(QStringLiteral("، ")));
            }
        }
        for (const QJsonObject& contact : entry.contacts) {
            QStringList parts;
            if (!value(contact, "name").isEmpty()) {
                parts.append(QStringLiteral("<b>%1</b>").arg(esc(value(contact, "name"))));
            }
            if (!value(contact, "role").isEmpty()) {
                parts.append(esc(value(contact, "role")));
            }
            for (const QJsonValue& v : contact.value(QLatin1String("phones")).toArray()) {
                parts.append(ltr(v.toString()));
            }
            for (const QJsonValue& v : contact.value(QLatin1String("emails")).toArray()) {
                parts.append(ltr(v.toString()));
            }
            out += QStringLiteral("<p>☎ %1</p>").arg(parts.join(QStringLiteral(" · ")));
        }
        out += QStringLiteral("</div><hr/>");
    }
    out += QStringLiteral("</body></html>");
    return out;
}

bool PdfDirectoryWriter::write(const QString& path, const QList<ExportEntry>& entries, const QString& title,
                               QString* error)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        *error =
            tr("%1: a PDF needs the graphical part of Qt (fonts); run it from Dalil or dalil-cli").arg(path);
        return false;
    }
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A4))) {
        *error = tr("%1: cannot be written").arg(path);
        return false;
    }
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Dalil"));
    writer.setResolution(300);
    QTextDocument document;
    document.setHtml(html(entries, title));
    // Printing a document without a page size lays it out on the writer's pages and numbers them.
    document.print(&writer);
    QFile check(path);
    if (!check.exists() || check.size() == 0) {
        *error = tr("%1: cannot be written").arg(path);
        return false;
    }
    return true;
}

} // namespace dalil
