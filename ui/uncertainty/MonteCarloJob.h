#pragma once
// One Monte Carlo run off the UI thread: starts MonteCarlo::run on a worker thread
// (which itself uses every core), reports progress from a timer on the UI thread,
// and hands the result back on the UI thread. Cancelling, or destroying the job,
// stops the draws and waits for the worker.

#include "MonteCarlo.h"
#include "Scenario.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

class QTimer;

namespace gevinst::ui {

class MonteCarloJob : public QObject {
    Q_OBJECT
public:
    explicit MonteCarloJob(QObject* parent = nullptr);
    ~MonteCarloJob() override;

    /// Starts a run; a run already going is cancelled first.
    void start(const Scenario& scenario, int draws, std::uint64_t seed);
    void cancel();
    bool running() const { return running_; }

signals:
    void progressed(int done, int total);
    void finished(std::shared_ptr<const gevinst::MonteCarloResult> result);
    void cancelled();
    void failed(const QString& message);

private:
    void stopWorker();
    void pollProgress();

    std::thread worker_;
    std::atomic<int> progress_{0};
    std::atomic<bool> cancel_{false};
    int total_ = 0;
    bool running_ = false;
    quint64 generation_ = 0; ///< which start() a queued result belongs to
    QTimer* timer_;
};

} // namespace gevinst::ui
