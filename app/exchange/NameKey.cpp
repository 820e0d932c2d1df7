#include "exchange/NameKey.h"

#include <QList>

#include <algorithm>

namespace dalil {

QString NameKey::of(const QString& name)
{
    const QString decomposed =
        name.normalized(QString::NormalizationForm_KC).normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    bool space = true;
    for (const QChar qc : decomposed) {
        char32_t c = qc.unicode();
        if (qc.category() == QChar::Mark_NonSpacing || c == 0x0640 || (c >= 0x06D6 && c <= 0x06ED)) {
            continue; // harakat, hamza and madda marks, Latin accents, tatweel, Quranic marks
        }
        switch (c) {
        case 0x0671: // alef wasla
            c = 0x0627;
            break;
        case 0x0649: // alef maksura
        case 0x06CC: // Persian yeh
            c = 0x064A;
            break;
        case 0x0629: // ta marbuta
            c = 0x0647;
            break;
        case 0x06A9: // Persian kaf
            c = 0x0643;
            break;
        default:
            break;
        }
        if (c >= 0x0660 && c <= 0x0669) {
            c = u'0' + (c - 0x0660);
        } else if (c >= 0x06F0 && c <= 0x06F9) {
            c = u'0' + (c - 0x06F0);
        }
        const QChar out(static_cast<char16_t>(c));
        if (out.isLetterOrNumber()) {
            key.append(out.toCaseFolded());
            space = false;
        } else if (!space) {
            key.append(u' ');
            space = true;
        }
    }
    if (key.endsWith(u' ')) {
        key.chop(1);
    }
    return key;
}

int NameKey::distance(const QString& a, const QString& b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit) {
        return limit + 1;
    }
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= int(b.size()); ++j) {
        previous[j] = j;
    }
    for (int i = 1; i <= int(a.size()); ++i) {
        current[0] = i;
        int best = current[0];
        for (int j = 1; j <= int(b.size()); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            best = std::min(best, current[j]);
        }
        if (best > limit) {
            return limit + 1;
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace dalil
