#pragma once
// «Befolkning»: the current scenario's unit, its population by the vocabulary's age
// bands — registered years, the program's own projection (spec §8) and SSB's projection
// when the library has it — as a chart and a table that show how far the two differ;
// the method in plain Norwegian with its sources; the staffing and service baseline
// the scenario was made with, each value beside its source. «Hent SSBs framskriving»
// fetches SSB's projection (PxWebAPI v2) without freezing the window and keeps it in
// the library; «Nytt scenario med SSBs framskriving» makes a scenario that uses it.

#include "DemographySeries.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QTableWidget;

namespace gevinst::store {
class ScenarioLibrary;
class SsbProjectionFetcher;
struct SsbFetchOutcome;
struct SsbFetchError;
} // namespace gevinst::store

namespace gevinst::ui {

class ScenarioDocument;

class DemographyView : public QWidget {
    Q_OBJECT
public:
    /// `library` may be null (no library: nothing to fetch into, no registered years).
    explicit DemographyView(store::ScenarioLibrary* library, QWidget* parent = nullptr);
    ~DemographyView() override;

    /// Follows the current document (its unit, vocabulary and sources).
    void setDocument(ScenarioDocument* document);
    /// Re-reads the library and redraws (after a fetch or an import).
    void reload();

    /// The SSB base URL the window uses: the setting «ssb/baseUrl», else $GEVINST_SSB_URL, else SSB's.
    static QString ssbBaseUrl();

    /// The series drawn (for tests), when there is a unit.
    const std::optional<DemographySeries>& series() const { return series_; }

signals:
    /// A scenario was made for the unit (open it).
    void scenarioCreated(qint64 scenarioId);
    /// A fetch ended (ok or not); the text is what the view shows.
    void fetchFinished(bool ok, const QString& message);

private:
    void fetchSsb();
    void onFetched(const store::SsbFetchOutcome& outcome);
    QString errorText(const store::SsbFetchError& error) const;
    void editBaseUrl();
    void createWithSsb();
    void redraw();
    void fillTable(int bandChoice);
    void fillChart(int bandChoice);
    void fillTexts();
    void fillBaseline();
    void updateButtons();

    store::ScenarioLibrary* library_ = nullptr;
    QPointer<ScenarioDocument> document_;
    std::unique_ptr<store::SsbProjectionFetcher> fetcher_;
    std::optional<DemographySeries> series_;
    QString unitId_, unitName_, unitLevel_;

    QLabel* title_ = nullptr;
    QComboBox* band_ = nullptr;
    QComboBox* alternative_ = nullptr;
    QPushButton* fetch_ = nullptr;
    QPushButton* address_ = nullptr;
    QPushButton* createSsb_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* difference_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* method_ = nullptr;
    QTableWidget* baseline_ = nullptr;
};

} // namespace gevinst::ui
