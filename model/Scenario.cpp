#include "Scenario.h"

namespace gevinst {

bool Receivers::present(Receiver r) const
{
    switch (r) {
    case Receiver::Oppgavemedarbeider: return oppgavemedarbeider.present;
    case Receiver::Frivillig: return frivillig.present;
    case Receiver::Teknologi: return teknologi.present;
    case Receiver::Helsefagarbeider: return helsefagarbeider.present;
    }
    return false;
}

double Receivers::timeFactor(Receiver r) const
{
    switch (r) {
    case Receiver::Oppgavemedarbeider: return oppgavemedarbeider.timeFactor;
    case Receiver::Frivillig: return frivillig.timeFactor;
    case Receiver::Teknologi: return 0.0;
    case Receiver::Helsefagarbeider: return helsefagarbeider.timeFactor;
    }
    return 0.0;
}

} // namespace gevinst
