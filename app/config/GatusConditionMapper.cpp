#include "config/GatusConditionMapper.h"

#include "config/Duration.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace {

GatusImportNote note(GatusImportNote::Severity severity, const QString& message)
{
    GatusImportNote n;
    n.severity = severity;
    n.message = message;
    return n;
}

GatusImportNote notMapped(const QString& message)
{
    return note(GatusImportNote::Severity::NotMapped, message);
}

GatusImportNote approximated(const QString& message)
{
    return note(GatusImportNote::Severity::Approximated, message);
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// "*OK*" or "pat(*OK*)" -> "OK"; empty when the pattern is anything but "contains this text".
QString containedText(const QString& value)
{
    QString pattern = value;
    if (pattern.startsWith(QStringLiteral("pat(")) && pattern.endsWith(QLatin1Char(')')))
        pattern = pattern.mid(4, pattern.size() - 5);
    if (pattern.size() < 3 || !pattern.startsWith(QLatin1Char('*')) || !pattern.endsWith(QLatin1Char('*')))
        return QString();
    const QString inner = pattern.mid(1, pattern.size() - 2);
    return inner.contains(QLatin1Char('*')) || inner.contains(QLatin1Char('?')) ? QString() : inner;
}

bool usesTls(const ServiceDefinition& service)
{
    return service.kind == CheckKind::TlsCertificate ||
           (service.kind == CheckKind::Http && QUrl(service.target).scheme().toLower() == u"https");
}

} // namespace

GatusConditionMapper::GatusConditionMapper(ServiceDefinition* service) : m_service(service)
{
    for (int code = 100; code < 600; ++code)
        m_status.set(code);
}

QString GatusConditionMapper::jsonPointerFromPath(const QString& path)
{
    static const QRegularExpression step(QStringLiteral("\\.([^.\\[\\]]+)|\\[(\\d+)\\]"));
    QString pointer;
    qsizetype consumed = 0;
    auto it = step.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != consumed)
            return QString();
        QString token = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        token.replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
        pointer += QLatin1Char('/') + token;
        consumed = m.capturedEnd();
    }
    return consumed == path.size() && !pointer.isEmpty() ? pointer : QString();
}

std::optional<GatusImportNote> GatusConditionMapper::map(const QString& condition)
{
    static const QRegularExpression shape(QStringLiteral("^\\s*(.+?)\\s*(==|!=|<=|>=|<|>)\\s*(.*?)\\s*$"));
    const QRegularExpressionMatch m = shape.match(condition);
    if (!m.hasMatch())
        return notMapped(
            QCoreApplication::translate("GatusImporter", "%1 is not of the form [PLACEHOLDER] operator value")
                .arg(quoted(condition)));
    const QString left = m.captured(1);
    const QString op = m.captured(2);
    const QString right = m.captured(3);
    const auto wrongKind = [&](const QString& placeholder) {
        return notMapped(QCoreApplication::translate("GatusImporter", "%1: %2 does not apply to a %3 check")
                             .arg(quoted(condition), placeholder, checkKindToString(m_service->kind)));
    };
    const CheckKind kind = m_service->kind;
    m_quoted = quoted(condition);

    std::optional<GatusImportNote> result;
    if (left.startsWith(QStringLiteral("len(")) || left.startsWith(QStringLiteral("has(")))
        return notMapped(QCoreApplication::translate(
                             "GatusImporter", "%1: the functions len() and has() have no Vigie equivalent")
                             .arg(quoted(condition)));
    if (left == u"[STATUS]")
        result = kind == CheckKind::Http ? mapStatus(op, right) : wrongKind(left);
    else if (left == u"[RESPONSE_TIME]")
        result = kind == CheckKind::Http ? mapResponseTime(op, right) : wrongKind(left);
    else if (left == u"[CERTIFICATE_EXPIRATION]")
        result = usesTls(*m_service) ? mapCertificate(op, right) : wrongKind(left);
    else if (left == u"[CONNECTED]") {
        if (op == u"==" && right == u"true")
            return std::nullopt;
        if (op == u"==" && right == u"false") {
            m_service->inverted = true;
            return approximated(
                QCoreApplication::translate(
                    "GatusImporter",
                    "%1 became inverted: true; every other check of the service is inverted too")
                    .arg(quoted(condition)));
        }
        return notMapped(QCoreApplication::translate("GatusImporter",
                                                     "%1: only [CONNECTED] == true or == false can be mapped")
                             .arg(quoted(condition)));
    } else if (left == u"[DNS_RCODE]") {
        if (kind != CheckKind::Dns)
            return wrongKind(left);
        if (op == u"==" && right.toUpper() == u"NOERROR")
            return std::nullopt;
        return notMapped(QCoreApplication::translate("GatusImporter",
                                                     "%1: Vigie only checks that the name resolves (NOERROR)")
                             .arg(quoted(condition)));
    } else if (left == u"[IP]" || (left == u"[BODY]" && kind == CheckKind::Dns))
        return notMapped(QCoreApplication::translate(
                             "GatusImporter", "%1: Vigie does not check which address a host resolves to")
                             .arg(quoted(condition)));
    else if (left == u"[DOMAIN_EXPIRATION]")
        return notMapped(
            QCoreApplication::translate("GatusImporter", "%1: Vigie does not watch domain registrations")
                .arg(quoted(condition)));
    else if (left == u"[BODY]")
        result = kind == CheckKind::Http ? mapBody(op, right) : wrongKind(left);
    else if (left.startsWith(QStringLiteral("[BODY]")))
        result =
            kind == CheckKind::Http ? mapJson(left.mid(6), op, right) : wrongKind(QStringLiteral("[BODY]"));
    else
        return notMapped(QCoreApplication::translate("GatusImporter", "%1: %2 has no Vigie equivalent")
                             .arg(quoted(condition), left));

    return result;
}

std::optional<GatusImportNote> GatusConditionMapper::mapStatus(const QString& op, const QString& value)
{
    std::bitset<600> wanted;
    static const QRegularExpression anyOf(QStringLiteral("^any\\((.*)\\)$"));
    const QRegularExpressionMatch any = anyOf.match(value);
    const QStringList codes = any.hasMatch() ? any.captured(1).split(QLatin1Char(',')) : QStringList{value};
    if (any.hasMatch() && op != u"==" && op != u"!=")
        return notMapped(QCoreApplication::translate("GatusImporter", "%1: any() only combines with == or !=")
                             .arg(m_quoted));
    for (const QString& text : codes) {
        bool ok = false;
        const int code = text.trimmed().toInt(&ok);
        if (!ok || code < 100 || code > 599)
            return notMapped(QCoreApplication::translate(
                                 "GatusImporter", "%1: only status codes from 100 to 599 can be compared")
                                 .arg(m_quoted));
        for (int c = 100; c < 600; ++c) {
            const bool keep = (op == u"==" || op == u"!=") ? c == code
                              : op == u"<"                 ? c < code
                              : op == u"<="                ? c <= code
                              : op == u">"                 ? c > code
                                                           : c >= code;
            if (keep)
                wanted.set(c);
        }
    }
    if (op == u"!=") {
        wanted.flip();
        wanted &= std::bitset<600>().set() << 100; // keep 100-599 only
    }
    m_status &= wanted;
    m_sawStatus = true;
    return std::nullopt;
}

std::optional<GatusImportNote> GatusConditionMapper::mapResponseTime(const QString& op, const QString& value)
{
    bool ok = false;
    const int ms = value.toInt(&ok);
    if (!ok || ms <= 0 || (op != u"<" && op != u"<="))
        return notMapped(
            QCoreApplication::translate(
                "GatusImporter", "%1: only [RESPONSE_TIME] < or <= a number of milliseconds can be mapped")
                .arg(m_quoted));
    m_service->http.degradedAboveMs = ms;
    return approximated(QCoreApplication::translate(
                            "GatusImporter",
                            "%1 became degraded_above: %2ms; Vigie marks slower responses DEGRADED, not DOWN")
                            .arg(m_quoted)
                            .arg(ms));
}

std::optional<GatusImportNote> GatusConditionMapper::mapCertificate(const QString& op, const QString& value)
{
    const std::optional<qint64> ms = Duration::parseMs(value);
    if (!ms || (op != u">" && op != u">="))
        return notMapped(
            QCoreApplication::translate(
                "GatusImporter", "%1: only [CERTIFICATE_EXPIRATION] > a duration such as 48h can be mapped")
                .arg(m_quoted));
    constexpr qint64 dayMs = 24LL * 3600 * 1000;
    const int days = int((*ms + dayMs - 1) / dayMs);
    m_service->certExpiryWarnDays = days;
    return approximated(QCoreApplication::translate(
                            "GatusImporter",
                            "%1 became cert_expiry_warning_days: %2; Vigie marks a certificate that close to "
                            "expiry DEGRADED, not DOWN")
                            .arg(m_quoted)
                            .arg(days));
}

std::optional<GatusImportNote> GatusConditionMapper::mapBody(const QString& op, const QString& value)
{
    const QString text = containedText(value);
    if (text.isEmpty() || (op != u"==" && op != u"!="))
        return notMapped(
            QCoreApplication::translate(
                "GatusImporter",
                "%1: Vigie looks for a keyword in the body; only == or != pat(*text*) can be mapped")
                .arg(m_quoted));
    if (m_sawKeyword)
        return notMapped(
            QCoreApplication::translate("GatusImporter",
                                        "%1: Vigie checks one keyword per service and already checks \"%2\"")
                .arg(m_quoted, m_service->http.keyword));
    m_sawKeyword = true;
    m_service->http.keyword = text;
    m_service->http.keywordMustBeAbsent = op == u"!=";
    return std::nullopt;
}

std::optional<GatusImportNote> GatusConditionMapper::mapJson(const QString& path, const QString& op,
                                                             const QString& value)
{
    const QString pointer = jsonPointerFromPath(path);
    if (pointer.isEmpty())
        return notMapped(
            QCoreApplication::translate("GatusImporter", "%1: the path cannot be written as a JSON Pointer")
                .arg(m_quoted));
    if (value.startsWith(QLatin1Char('[')) || value.startsWith(QStringLiteral("any(")))
        return notMapped(QCoreApplication::translate(
                             "GatusImporter", "%1: Vigie compares a JSON value with one fixed value only")
                             .arg(m_quoted));
    JsonCondition json;
    json.pointer = pointer;
    json.expected = value;
    if (value.startsWith(QStringLiteral("pat("))) {
        json.expected = containedText(value);
        if (json.expected.isEmpty() || op != u"==")
            return notMapped(
                QCoreApplication::translate(
                    "GatusImporter", "%1: of the patterns, only == pat(*text*) can be mapped (as contains)")
                    .arg(m_quoted));
        json.op = JsonCondition::Op::Contains;
    } else if (!JsonCondition::opFromString(op, &json.op)) {
        return notMapped(
            QCoreApplication::translate("GatusImporter", "%1: the operator has no Vigie equivalent")
                .arg(m_quoted));
    }
    if (m_sawJson)
        return notMapped(
            QCoreApplication::translate(
                "GatusImporter", "%1: Vigie checks one JSON condition per service and already checks %2")
                .arg(m_quoted, m_service->http.json.pointer));
    m_sawJson = true;
    m_service->http.json = json;
    return std::nullopt;
}

std::optional<GatusImportNote> GatusConditionMapper::finish()
{
    if (m_service->kind != CheckKind::Http)
        return std::nullopt;
    QList<StatusCodeSet::Range> ranges;
    for (int code = 100; code < 600; ++code) {
        if (!m_status.test(code))
            continue;
        if (!ranges.isEmpty() && ranges.last().high == code - 1)
            ranges.last().high = code;
        else
            ranges.append(StatusCodeSet::Range{code, code});
    }
    if (ranges.isEmpty())
        return notMapped(
            QCoreApplication::translate("GatusImporter",
                                        "the [STATUS] conditions together accept no status code; kept %1")
                .arg(m_service->http.acceptedStatus.toString()));
    // Without a [STATUS] condition Gatus accepts any status, and so does the imported service.
    m_service->http.acceptedStatus = StatusCodeSet(ranges);
    return std::nullopt;
}
