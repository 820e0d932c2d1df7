#include "cli/RenderMapCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "cli/MapOptions.h"
#include "geo/MapData.h"
#include "geo/MapRenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::RenderMapCommand", text, disambiguation, n);
}

} // namespace

QString RenderMapCommand::summary() const
{
    return tr("draw the map of a box to a PNG file");
}

QString RenderMapCommand::usage() const
{
    return QStringLiteral("--bbox W,S,E,N --size WxH --out FILE.png %1 [--choropleth] [--no-labels] "
                          "[--no-partnerships] [--select ORG_ID]")
        .arg(MapOptions::usage());
}

int RenderMapCommand::execute(CliContext& context, const QStringList& arguments)
{
    MapOptions options;
    QSize size;
    QString out;
    QString selected;
    bool choropleth = false;
    bool labels = true;
    bool partnerships = true;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        QString error;
        if (options.take(arguments, i, error)) {
            if (!error.isEmpty()) {
                return context.usage(name(), error);
            }
            continue;
        }
        auto needValue = [&]() -> bool { return i + 1 < arguments.size(); };
        if (argument == QLatin1String("--size")) {
            if (!needValue()) {
                return context.usage(name(), tr("--size needs WIDTHxHEIGHT, e.g. 1200x800"));
            }
            static const QRegularExpression form(QStringLiteral("^(\\d{1,5})[xX×](\\d{1,5})$"));
            const QString text = arguments[++i];
            const auto match = form.match(text);
            if (!match.hasMatch()) {
                return context.usage(name(),
                                     tr("--size \"%1\" is not WIDTHxHEIGHT, e.g. 1200x800").arg(text));
            }
            size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
            if (size.width() < 16 || size.height() < 16 || size.width() > 10000 || size.height() > 10000) {
                return context.usage(name(), tr("--size %1: each side must be 16 to 10000 pixels").arg(text));
            }
        } else if (argument == QLatin1String("--out")) {
            if (!needValue()) {
                return context.usage(name(), tr("--out needs a file name ending in .png"));
            }
            out = arguments[++i];
        } else if (argument == QLatin1String("--select")) {
            if (!needValue()) {
                return context.usage(name(), tr("--select needs an organisation id"));
            }
            selected = arguments[++i];
        } else if (argument == QLatin1String("--choropleth")) {
            choropleth = true;
        } else if (argument == QLatin1String("--no-labels")) {
            labels = false;
        } else if (argument == QLatin1String("--no-partnerships")) {
            partnerships = false;
        } else {
            return context.usage(name(), tr("unknown option %1").arg(argument));
        }
    }
    if (!options.bbox || !size.isValid() || out.isEmpty()) {
        return context.usage(name(), tr("--bbox, --size and --out are required"));
    }
    if (!out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        return context.usage(name(), tr("--out %1: the picture is written as PNG; name it .png").arg(out));
    }
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return context.fail(tr("render-map needs the graphical libraries (run dalil-cli as built)"));
    }

    auto catalogue = openCatalogue(context);
    if (!catalogue) {
        return ExitUserError;
    }
    MapData data;
    try {
        data = options.load(*catalogue);
    } catch (const DbError& e) {
        return context.fail(QStringLiteral("%1: %2").arg(catalogue->path(), e.message()));
    }

    MapRenderer renderer;
    renderer.setLanguage(options.language);
    renderer.setLocale(QLocale(options.language));
    renderer.setShowLabels(labels);
    renderer.setPoints(ClusteredPoints::build(data.points));
    if (partnerships) {
        renderer.setPartnerships(data.partnerships);
    }
    if (choropleth) {
        renderer.setChoropleth(data.organisationsPerCountry);
    }
    renderer.setSelected(selected);
    const MapViewport view = MapViewport::fitting(*options.bbox, size, 0.0, MapViewport::kMaxZoom);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        renderer.render(painter, view);
    }
    QImageWriter writer(out, "png");
    if (!writer.write(image)) {
        return context.fail(tr("%1: cannot write the picture (%2)").arg(out, writer.errorString()));
    }
    // Two counts, two phrases, each agreeing with its own count; the second carries its preposition
    // (Arabic joins لـ to a number but not to "منظمة واحدة").
    const QLocale locale;
    context.out << tr("%1: %2×%3 pixels, zoom %4, %5 %6", "offices of organisations")
                       .arg(QFileInfo(out).filePath(), locale.toString(size.width()),
                            locale.toString(size.height()), locale.toString(view.zoom(), 'f', 2),
                            tr("%Ln office(s)", nullptr, pluralCount(qint64(data.points->size()))),
                            tr("of %Ln organisation(s)", nullptr,
                               pluralCount(qint64(data.points->organisationCount()))))
                << "\n";
    return ExitOk;
}

} // namespace dalil
