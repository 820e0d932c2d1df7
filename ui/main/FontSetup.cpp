#include "main/FontSetup.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QtGlobal>

#include <fontconfig/fontconfig.h>

namespace dalil {

namespace {

// Where fontconfig looks for fonts and their caches, as Debian's /etc/fonts/fonts.conf says, and
// what the system's conf.d gives every font Dalil shows: slight hinting, antialiasing, the default
// LCD filter, no bitmap fonts, synthetic oblique and bold.
constexpr char kSystem[] = R"(<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts</dir>
  <dir>/usr/local/share/fonts</dir>
  <dir prefix="xdg">fonts</dir>
  <dir>~/.fonts</dir>
  <cachedir>/var/cache/fontconfig</cachedir>
  <cachedir prefix="xdg">fontconfig</cachedir>
  <cachedir>~/.fontconfig</cachedir>
  <selectfont>
    <rejectfont><pattern><patelt name="scalable"><bool>false</bool></patelt></pattern></rejectfont>
  </selectfont>
  <match target="pattern">
    <edit name="hintstyle" mode="append"><const>hintslight</const></edit>
    <edit name="antialias" mode="append"><bool>true</bool></edit>
    <edit name="lcdfilter" mode="append"><const>lcddefault</const></edit>
  </match>
  <alias><family>Arial</family><default><family>sans-serif</family></default></alias>
  <alias><family>Helvetica</family><default><family>sans-serif</family></default></alias>
  <alias><family>Tahoma</family><default><family>sans-serif</family></default></alias>
  <alias><family>Verdana</family><default><family>sans-serif</family></default></alias>
  <alias><family>Times New Roman</family><default><family>serif</family></default></alias>
  <alias><family>Times</family><default><family>serif</family></default></alias>
  <alias><family>Georgia</family><default><family>serif</family></default></alias>
  <alias><family>Courier New</family><default><family>monospace</family></default></alias>
  <alias><family>Courier</family><default><family>monospace</family></default></alias>
  <alias><family>Sans Serif</family><prefer><family>sans-serif</family></prefer></alias>
  <match target="pattern">
    <test qual="all" name="family" compare="not_eq"><string>sans-serif</string></test>
    <test qual="all" name="family" compare="not_eq"><string>serif</string></test>
    <test qual="all" name="family" compare="not_eq"><string>monospace</string></test>
    <edit name="family" mode="append_last"><string>sans-serif</string></edit>
  </match>
  <alias><family>sans-serif</family><prefer><family>Noto Sans</family><family>DejaVu Sans</family></prefer></alias>
  <alias><family>serif</family><prefer><family>Noto Serif</family><family>DejaVu Serif</family></prefer></alias>
  <alias><family>monospace</family><prefer><family>DejaVu Sans Mono</family><family>Noto Sans Mono</family></prefer></alias>
  <include ignore_missing="yes" prefix="xdg">fontconfig/conf.d</include>
  <include ignore_missing="yes" prefix="xdg">fontconfig/fonts.conf</include>
  <include ignore_missing="yes">/etc/fonts/local.conf</include>
  <match target="font">
    <test name="slant"><const>roman</const></test>
    <test target="pattern" name="slant" compare="not_eq"><const>roman</const></test>
    <edit name="matrix" mode="assign"><times><name>matrix</name>
      <matrix><double>1</double><double>0.2</double><double>0</double><double>1</double></matrix></times></edit>
    <edit name="slant" mode="assign"><const>oblique</const></edit>
    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
  </match>
  <match target="font">
    <test name="weight" compare="less_eq"><const>medium</const></test>
    <test target="pattern" name="weight" compare="more_eq"><const>bold</const></test>
    <edit name="embolden" mode="assign"><bool>true</bool></edit>
    <edit name="weight" mode="assign"><const>bold</const></edit>
  </match>
</fontconfig>
)";

// fonts-noto-core's one-script fonts Dalil shows (file names after the folder).
constexpr const char* kAccepted[] = {
    "NotoSans-*",        "NotoSerif-*",      "NotoSansArabic*", "NotoNaskhArabic*",  "NotoKufiArabic*",
    "NotoSansHebrew*",   "NotoSerifHebrew*", "NotoSansSyriac*", "NotoSansArmenian*", "NotoSansTifinagh-*",
    "NotoSansEthiopic*", "NotoSansSymbols*", "NotoSansMath*"};

// Dalil's own rules: the Noto folders' other fonts set aside, and Arabic in Noto Sans Arabic UI.
// `folders` are the places fonts-noto-core's files may be in, each ending in '/'.
QByteArray dalilRules(const QList<QByteArray>& folders)
{
    QByteArray reject;
    QByteArray accept;
    for (const QByteArray& folder : folders) {
        reject += "<glob>" + folder + "Noto*</glob>";
        for (const char* name : kAccepted) {
            accept += "<glob>" + folder + name + "</glob>";
        }
    }
    return "<?xml version=\"1.0\"?><fontconfig><selectfont><rejectfont>" + reject +
           "</rejectfont><acceptfont>" + accept +
           "</acceptfont></selectfont>"
           "<match target=\"pattern\"><test name=\"lang\" compare=\"contains\"><string>ar</string></test>"
           "<edit name=\"family\" mode=\"prepend\"><string>Noto Sans Arabic UI</string></edit></match>"
           "</fontconfig>";
}

bool load(FcConfig* config, const QByteArray& xml)
{
    return FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8*>(xml.constData()), FcFalse);
}

} // namespace

void FontSetup::apply()
{
    // A FONTCONFIG_FILE or FONTCONFIG_PATH is someone configuring fontconfig on purpose: theirs,
    // with Dalil's rules matching the Noto folders wherever they are (slower globs).
    const bool configured =
        qEnvironmentVariableIsSet("FONTCONFIG_FILE") || qEnvironmentVariableIsSet("FONTCONFIG_PATH");
    FcConfig* config = configured ? FcInitLoadConfig() : FcConfigCreate();
    if (!config) {
        return;
    }
    QList<QByteArray> folders;
    if (configured) {
        folders = {"*/fonts/truetype/noto/"};
    } else {
        // Globs that start with the folder fail at once on every other font; "*/noto/..." is tried
        // at each character of each of the ~400 file names (two thirds of what this setup cost).
        QByteArray dataHome = qgetenv("XDG_DATA_HOME");
        const QByteArray home = QFile::encodeName(QDir::homePath());
        if (dataHome.isEmpty()) {
            dataHome = home + "/.local/share";
        }
        for (const QByteArray& root : {QByteArray("/usr/share/fonts"), QByteArray("/usr/local/share/fonts"),
                                       dataHome + "/fonts", home + "/.fonts"}) {
            folders.append(root + "/truetype/noto/");
        }
    }
    if ((!configured && !load(config, kSystem)) || !load(config, dalilRules(folders)) ||
        !FcConfigBuildFonts(config) || !FcConfigSetCurrent(config)) {
        FcConfigDestroy(config);
        return;
    }
    // Qt's font database takes the current configuration, this one, when it first needs a font.
    FcConfigDestroy(config); // the current configuration holds its own reference
}

} // namespace dalil
