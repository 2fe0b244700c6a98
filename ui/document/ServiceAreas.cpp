#include "ServiceAreas.h"

#ifdef GEVINST_WITH_STORE
#include "DataLocations.h"
#endif

#include <QDir>
#include <QString>

namespace gevinst::ui {

const ServiceAreaCatalogue& ServiceAreas::catalogue()
{
    static const ServiceAreaCatalogue loaded = [] {
        QString folder;
#ifdef GEVINST_WITH_STORE
        folder = store::DataLocations::find(QStringLiteral("resources/service-areas"));
#endif
        if (folder.isEmpty())
            folder = QStringLiteral(GEVINST_SERVICE_AREAS_DIR);
        return ServiceAreaCatalogue::load(QDir(folder).absolutePath().toStdString());
    }();
    return loaded;
}

} // namespace gevinst::ui
