#pragma once

#include <QString>

// A condition on a value inside a JSON response: JSON Pointer (RFC 6901) plus a comparison,
// e.g. pointer "/status", op Equal, expected "UP".
struct JsonCondition
{
    enum class Op { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, Contains };

    QString pointer;  // empty: no condition
    Op op = Op::Equal;
    QString expected; // compared as a number when both sides are numbers, else as text

    bool isSet() const { return !pointer.isEmpty(); }
    bool operator==(const JsonCondition&) const = default;

    static QString opToString(Op op);                    // "==", "!=", "<", "<=", ">", ">=", "contains"
    static bool opFromString(const QString& s, Op* out); // inverse of opToString
};
