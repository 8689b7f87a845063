#include "comms/PromiseExtractor.h"

#include "comms/MessageTimeFormat.h"
#include "comms/TimeExpression.h"

#include <QDateTime>
#include <QRegularExpression>

namespace {

struct Cue
{
    MessagePromise::Kind kind;
    qsizetype end;
};

// The last cue that ends within [from, to): the wording closest before the time decides what it promises.
std::optional<MessagePromise::Kind> cueBefore(const QString& text, qsizetype from, qsizetype to)
{
    static const QRegularExpression update(
        QStringLiteral(R"(next\s+update|further\s+update|update\s+(?:you|again)|another\s+update|)"
                       R"(update\s+(?:this|the)\s+(?:page|status)|report\s+back|)"
                       R"(prochaine\s+mise\s+à\s+jour|nouvelle\s+mise\s+à\s+jour|prochain\s+point|)"
                       R"(nouveau\s+point|reviendrons\s+vers\s+vous|tiendrons\s+informés|informerons)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // Forward-looking wording only: "was resolved at 15:00" in a closing message promises nothing.
    static const QRegularExpression resolution(
        QStringLiteral(
            R"((?:estimated|expected|anticipated)\s+(?:time\s+(?:of|to)\s+)?(?:resolution|fix|recovery)|)"
            R"(resolution\s+(?:is\s+)?(?:expected|estimated)|)"
            R"((?:should|will|expect(?:ed)?(?:\s+(?:it|them|service))?\s+to)\s+(?:be\s+)?)"
            R"((?:resolved|restored|fixed|back)|back\s+to\s+normal\s+(?:by|around|at)|)"
            R"(résolution\s+(?:estimée|prévue|attendue)|rétablissement\s+(?:estimé|prévu|attendu)|)"
            R"(retour\s+à\s+la\s+normale\s+(?:estimé|prévu|attendu|vers|d['’]ici)|prévoyons\s+un\s+retour|)"
            R"(devrai(?:t|ent)\s+être\s+(?:rétabli|résolu|réparé)|sera\s+(?:rétabli|résolu))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString span = text.mid(from, to - from);
    std::optional<Cue> last;
    for (const auto& [expression, kind] : {std::pair{&update, MessagePromise::Kind::NextUpdate},
                                           std::pair{&resolution, MessagePromise::Kind::Resolution}}) {
        for (auto it = expression->globalMatch(span); it.hasNext();) {
            const auto match = it.next();
            if (!last || match.capturedEnd() > last->end)
                last = Cue{kind, match.capturedEnd()};
        }
    }
    if (!last)
        return std::nullopt;
    return last->kind;
}

qsizetype sentenceStart(const QString& text, qsizetype before)
{
    for (qsizetype i = before - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'!' || c == u'?')
            return i + 1;
        // A full stop ends a sentence only when followed by a space ("p.m." and "4.5" do not).
        if (c == u'.' && i + 1 < text.size() && text.at(i + 1).isSpace())
            return i + 1;
    }
    return 0;
}

qint64 dueAt(const TimeExpression& expression, const PromiseExtractor::Reference& reference)
{
    if (expression.kind == TimeExpression::Kind::Delay)
        return reference.atMs + qint64(expression.delayMinutes) * 60000;
    const QTimeZone zone = expression.hasUtcOffset ? QTimeZone(expression.utcOffsetSeconds)
                                                   : MessageTimeFormat::zone(reference.timeZoneId);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(reference.atMs, zone);
    QDateTime due(now.date(), QTime(expression.hour, expression.minute), zone);
    if (due.toMSecsSinceEpoch() < reference.atMs)
        due = QDateTime(now.date().addDays(1), QTime(expression.hour, expression.minute), zone);
    return due.toMSecsSinceEpoch();
}

} // namespace

QList<ExtractedPromise> PromiseExtractor::extract(const QString& text, const Reference& reference)
{
    QList<ExtractedPromise> promises;
    qsizetype previousEnd = 0;
    for (const TimeExpression& expression : TimeExpression::findAll(text)) {
        const qsizetype from = std::max(previousEnd, sentenceStart(text, expression.start));
        previousEnd = expression.start + expression.length;
        const std::optional<MessagePromise::Kind> kind = cueBefore(text, from, expression.start);
        if (!kind)
            continue;
        ExtractedPromise promise;
        promise.kind = *kind;
        promise.dueAtMs = dueAt(expression, reference);
        promise.start = expression.start;
        promise.length = expression.length;
        promises.append(promise);
    }
    return promises;
}
