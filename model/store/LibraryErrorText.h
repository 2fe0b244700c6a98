#pragma once
// Words a scenario-library error (StoreError) for the user, in the user's language
// (tr(), source bokmål), from its kind and where it happened (file, line, field).
// The window and the command line both show this wording; the command line adds
// the store's detail where it names more (CliText::storeError).

#include "StoreResult.h"

#include <QCoreApplication>
#include <QString>

namespace gevinst::store {

class LibraryErrorText {
    Q_DECLARE_TR_FUNCTIONS(gevinst::store::LibraryErrorText)
public:
    static QString message(const StoreError& error);
};

} // namespace gevinst::store
