#pragma once
// The service areas the program ships (resources/service-areas/*.json), loaded once
// per process: loading registers each area's display names with VocabularyLabels,
// so that a nursing-home scenario's roles and categories get their names in the
// window. Found through DataLocations (installed program) or the source tree.

#include "ServiceAreaCatalogue.h"

namespace gevinst::ui {

class ServiceAreas {
public:
    /// The catalogue, loaded on first use.
    static const ServiceAreaCatalogue& catalogue();
};

} // namespace gevinst::ui
