#include "TypedText.h"

#include <QList>

namespace {

// Accents, a non-BMP emoji and a combining mark: code points the UTF-8 round trip must keep whole.
const QList<uint>& paragraph()
{
    static const QList<uint> points =
        QStringLiteral("Le paiement par carte est indisponible depuis 14 h 02 — nous y travaillons. 🚑 "
                       "Prochain point à 14 h 30. Cafe\u0301 offert. ")
            .toUcs4();
    return points;
}

} // namespace

QString TypedText::after(int keystrokes)
{
    const QList<uint>& points = paragraph();
    QString text;
    for (int i = 0; i < keystrokes; ++i) {
        const char32_t point = points.at(i % points.size());
        text.append(QString::fromUcs4(&point, 1));
    }
    return text;
}

int TypedText::keystrokesOf(const QString& text)
{
    const int count = int(text.toUcs4().size());
    return after(count) == text ? count : -1;
}
