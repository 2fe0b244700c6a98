#include "ErrorText.h"

#include "FieldCatalog.h"
#include "ModelErrorText.h"

namespace gevinst::ui {

QString ErrorText::reason(const FieldError& e)
{
    return io::ModelErrorText::reason(e); // the command line's wording too
}

QString ErrorText::message(const FieldError& e, const FieldContext& context)
{
    if (e.path.empty())
        return reason(e);
    const QString label = FieldCatalog::label(e.path, context);
    return tr("%1: %2").arg(label, reason(e));
}

} // namespace gevinst::ui
