#include "GevinstApplication.h"

#include "ChartBuilder.h"
#include "ChartHover.h"
#include "Engine.h"
#include "ScenarioReader.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QFile>
#include <QTabWidget>

namespace gevinst::ui {

int runApplication(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTabWidget tabs;
    QFile file(QStringLiteral(GEVINST_SCENARIOS_DIR "/nordre-follo-hjemmetjenester.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const auto outcome = ScenarioReader::fromText(file.readAll().toStdString());
        if (outcome.ok()) {
            const Result result = Engine::compute(*outcome.scenario);
            for (ChartId id : chartIds()) {
                auto* plot = new QCustomPlot;
                ChartBuilder::build(*plot, result, id);
                ChartHover::attach(*plot);
                tabs.addTab(plot, chartTitle(id));
            }
        }
    }
    tabs.resize(1000, 700);
    tabs.show();
    return app.exec();
}

} // namespace gevinst::ui
