#pragma once

namespace dalil {

// Dalil's fonts, set up before the application object exists.
// - fontconfig's configuration is Dalil's own, not the ~30 XML files of /etc/fonts: the same font
//   folders and caches, the rendering the system's files give (slight hinting, antialiasing, no
//   bitmap fonts, synthetic bold and oblique), generic families as Debian resolves them, and the
//   user's own fonts.conf and /etc/fonts/local.conf. Parsing the system's files was a third of
//   the CPU time to the first paint. Set FONTCONFIG_FILE or FONTCONFIG_PATH and that configuration
//   is read instead, with Dalil's rules below added.
// - Arabic is set in Noto Sans Arabic UI, made for interfaces (beside Noto Sans, fontconfig's own
//   choice for Arabic is DejaVu Sans).
// - Of the ~300 one-script fonts of Debian's fonts-noto-core, Dalil sees those of the scripts its
//   organisations write in (Latin, Greek and Cyrillic, Arabic, Hebrew, Syriac, Armenian, Tifinagh,
//   Ethiopic, symbols); every other installed font stays. Qt reads the whole font list and sorts
//   it for the Arabic fallback before the window can paint its first Arabic word: over ~60 fonts
//   instead of ~330, that is about 8 ms less of start-up.
// Nothing changes when fontconfig cannot take the rules (the system's configuration stays).
class FontSetup
{
public:
    static void apply();
};

} // namespace dalil
