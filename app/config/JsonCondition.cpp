#include "config/JsonCondition.h"

QString JsonCondition::opToString(Op op)
{
    switch (op) {
    case Op::Equal: return QStringLiteral("==");
    case Op::NotEqual: return QStringLiteral("!=");
    case Op::Less: return QStringLiteral("<");
    case Op::LessOrEqual: return QStringLiteral("<=");
    case Op::Greater: return QStringLiteral(">");
    case Op::GreaterOrEqual: return QStringLiteral(">=");
    case Op::Contains: return QStringLiteral("contains");
    }
    return QString();
}

bool JsonCondition::opFromString(const QString& s, Op* out)
{
    static const Op all[] = {Op::Equal, Op::NotEqual, Op::Less, Op::LessOrEqual,
                             Op::Greater, Op::GreaterOrEqual, Op::Contains};
    for (Op op : all) {
        if (opToString(op) == s.trimmed()) {
            *out = op;
            return true;
        }
    }
    return false;
}
