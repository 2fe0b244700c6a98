#include "ServiceAreas.h"

#include "DataLocations.h"

#include <QDir>
#include <QString>

namespace gevinst::ui {

const ServiceAreaCatalogue& ServiceAreas::catalogue()
{
    static const ServiceAreaCatalogue loaded = [] {
        QString folder;
        folder = store::DataLocations::find(QStringLiteral("resources/service-areas"));
        if (folder.isEmpty())
            folder = QStringLiteral(GEVINST_SERVICE_AREAS_DIR);
        return ServiceAreaCatalogue::load(QDir(folder).absolutePath().toStdString());
    }();
    return loaded;
}

} // namespace gevinst::ui
