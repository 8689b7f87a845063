#include "store/ResultCodec.h"

#include <array>

namespace {

// Zig-zag keeps the codec lossless for the (never expected) negative value while small positives stay small.
quint32 zigzag(qint32 v)
{
    return (static_cast<quint32>(v) << 1) ^ static_cast<quint32>(v >> 31);
}

qint32 unzigzag(quint32 v)
{
    return static_cast<qint32>((v >> 1) ^ (~(v & 1) + 1));
}

} // namespace

QByteArray ResultCodec::encodePhases(const CheckResult& result)
{
    const std::array<qint32, 5> values{result.httpCode, result.dnsUs, result.connectUs, result.tlsUs,
                                       result.firstByteUs};
    qsizetype used = values.size();
    while (used > 0 && values[used - 1] == 0)
        --used;
    QByteArray blob;
    blob.reserve(used * 3);
    for (qsizetype i = 0; i < used; ++i) {
        quint32 v = zigzag(values[i]);
        do {
            const auto low = static_cast<char>(v & 0x7f);
            v >>= 7;
            blob.append(v ? static_cast<char>(low | 0x80) : low);
        } while (v);
    }
    return blob;
}

bool ResultCodec::decodePhases(const QByteArray& blob, CheckResult* result)
{
    std::array<qint32, 5> values{};
    qsizetype index = 0;
    quint32 current = 0;
    int shift = 0;
    for (char c : blob) {
        if (index >= qsizetype(values.size()) || shift > 28)
            return false;
        const auto byte = static_cast<quint8>(c);
        current |= quint32(byte & 0x7f) << shift;
        if (byte & 0x80) {
            shift += 7;
            continue;
        }
        values[index++] = unzigzag(current);
        current = 0;
        shift = 0;
    }
    if (shift != 0)
        return false;
    result->httpCode = values[0];
    result->dnsUs = values[1];
    result->connectUs = values[2];
    result->tlsUs = values[3];
    result->firstByteUs = values[4];
    return true;
}
