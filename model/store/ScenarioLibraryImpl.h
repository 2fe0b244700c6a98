#pragma once
// ScenarioLibrary's connection (internal to gevinst_store), for the files that implement
// ScenarioLibrary's members (ScenarioLibrary.cpp, LibraryCopy.cpp).

#include "LibraryDatabase.h"
#include "ScenarioLibrary.h"

namespace gevinst::store {

class ScenarioLibrary::Impl : public LibraryDatabase {
public:
    using LibraryDatabase::LibraryDatabase;
};

} // namespace gevinst::store
