#include "main/FontSetup.h"

#include <fontconfig/fontconfig.h>

namespace dalil {

namespace {

// fonts-noto-core's files are matched by name wherever the distribution puts them.
constexpr char kRules[] = R"(<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <selectfont>
    <rejectfont><glob>*/fonts/truetype/noto/Noto*</glob></rejectfont>
    <acceptfont>
      <glob>*/fonts/truetype/noto/NotoSans-*</glob>
      <glob>*/fonts/truetype/noto/NotoSerif-*</glob>
      <glob>*/fonts/truetype/noto/NotoSansArabic*</glob>
      <glob>*/fonts/truetype/noto/NotoNaskhArabic*</glob>
      <glob>*/fonts/truetype/noto/NotoKufiArabic*</glob>
      <glob>*/fonts/truetype/noto/NotoSansHebrew*</glob>
      <glob>*/fonts/truetype/noto/NotoSerifHebrew*</glob>
      <glob>*/fonts/truetype/noto/NotoSansSyriac*</glob>
      <glob>*/fonts/truetype/noto/NotoSansArmenian*</glob>
      <glob>*/fonts/truetype/noto/NotoSansTifinagh-*</glob>
      <glob>*/fonts/truetype/noto/NotoSansEthiopic*</glob>
      <glob>*/fonts/truetype/noto/NotoSansSymbols*</glob>
      <glob>*/fonts/truetype/noto/NotoSansMath*</glob>
    </acceptfont>
  </selectfont>
  <match target="pattern">
    <test name="lang" compare="contains"><string>ar</string></test>
    <edit name="family" mode="prepend"><string>Noto Sans Arabic UI</string></edit>
  </match>
</fontconfig>
)";

} // namespace

void FontSetup::apply()
{
    // The system's configuration (fonts.conf and conf.d, the user's own files), not yet its fonts.
    FcConfig* config = FcInitLoadConfig();
    if (!config) {
        return;
    }
    if (!FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8*>(kRules), FcFalse) ||
        !FcConfigBuildFonts(config) || !FcConfigSetCurrent(config)) {
        FcConfigDestroy(config);
        return;
    }
    // Qt's font database takes the current configuration, this one, when it first needs a font.
    FcConfigDestroy(config); // the current configuration holds its own reference
}

} // namespace dalil
