#include "monitor/CertificateInfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace {

constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;

int monthFromName(const QByteArray& name)
{
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name == months[i])
            return i + 1;
    }
    return 0;
}

// clock is "hh:mm:ss", possibly followed by fractional seconds that do not matter for expiry.
qint64 toEpochMs(int year, int month, int day, const QByteArray& clock)
{
    const QList<QByteArray> hms = clock.split(':');
    if (hms.size() != 3)
        return 0;
    bool okH = false, okM = false, okS = false;
    const int hour = hms[0].toInt(&okH);
    const int minute = hms[1].toInt(&okM);
    const int second = hms[2].left(2).toInt(&okS);
    if (!okH || !okM || !okS)
        return 0;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return 0;
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

qint64 CertificateInfo::parseCurlDate(QByteArrayView text)
{
    const QList<QByteArray> w = text.toByteArray().simplified().split(' ');
    if (w.size() >= 4 && monthFromName(w[0]) != 0) {
        // OpenSSL: "Mon DD hh:mm:ss YYYY GMT"
        bool okDay = false, okYear = false;
        const int day = w[1].toInt(&okDay);
        const int year = w[3].toInt(&okYear);
        if (!okDay || !okYear)
            return 0;
        return toEpochMs(year, monthFromName(w[0]), day, w[2]);
    }
    if (w.size() >= 2) {
        // curl's own ASN.1 decoder: "YYYY-MM-DD hh:mm:ss GMT"
        const QList<QByteArray> ymd = w[0].split('-');
        if (ymd.size() != 3)
            return 0;
        bool okY = false, okM = false, okD = false;
        const int year = ymd[0].toInt(&okY);
        const int month = ymd[1].toInt(&okM);
        const int day = ymd[2].toInt(&okD);
        if (!okY || !okM || !okD)
            return 0;
        return toEpochMs(year, month, day, w[1]);
    }
    return 0;
}

int CertificateInfo::daysUntil(qint64 expiresAtMs, qint64 nowMs)
{
    const qint64 diff = expiresAtMs - nowMs;
    // Floor division so that "expired an hour ago" is -1 day, not 0.
    return int(diff >= 0 ? diff / msPerDay : -((-diff + msPerDay - 1) / msPerDay));
}
