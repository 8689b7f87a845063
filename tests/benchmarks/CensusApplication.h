#pragma once

#include "EventCensus.h"

// The benchmark child's application object (QCoreApplication or QApplication): every event delivered in
// any thread goes through notify(), where the census, while it records, counts and times it.
template <class Base> class CensusApplication final : public Base
{
public:
    CensusApplication(int& argc, char** argv) : Base(argc, argv) {}

    EventCensus& census() { return m_census; }

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_census.recording())
            return Base::notify(receiver, event);
        const int token = m_census.enter(receiver, event);
        const bool handled = Base::notify(receiver, event);
        m_census.leave(token);
        return handled;
    }

private:
    EventCensus m_census;
};
