#include "StoreErrorText.h"

#include "LibraryErrorText.h"

namespace gevinst::ui {

QString StoreErrorText::message(const store::StoreError& e)
{
    return store::LibraryErrorText::message(e); // the command line's wording too
}

} // namespace gevinst::ui
