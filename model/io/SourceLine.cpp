#include "SourceLine.h"

#include "NumberText.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace gevinst::io {

QString SourceLine::text() const
{
    const QString day = NumberText::date(date);
    if (!version.isEmpty())
        return QCoreApplication::translate("gevinst::io::SourceLine", "Kilde: Gevinstmodell, scenario %1, versjon %2, %3")
            .arg(scenarioName, version, day);
    if (!fileName.isEmpty())
        return QCoreApplication::translate("gevinst::io::SourceLine", "Kilde: Gevinstmodell, scenario %1, fil %2, %3")
            .arg(scenarioName, QFileInfo(fileName).fileName(), day);
    return QCoreApplication::translate("gevinst::io::SourceLine", "Kilde: Gevinstmodell, scenario %1, %2").arg(scenarioName, day);
}

} // namespace gevinst::io
