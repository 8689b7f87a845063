#include "statuspage/StatusUpdate.h"

QString StatusUpdate::text(const QString& language, QString* usedLanguage) const
{
    QString chosen = language;
    if (!textByLanguage.contains(chosen))
        chosen =
            textByLanguage.contains(QStringLiteral("en")) ? QStringLiteral("en") : textByLanguage.firstKey();
    if (usedLanguage)
        *usedLanguage = chosen;
    return textByLanguage.value(chosen);
}
