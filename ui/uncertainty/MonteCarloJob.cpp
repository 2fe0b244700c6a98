#include "MonteCarloJob.h"

#include <QMetaObject>
#include <QTimer>

#include <exception>

namespace gevinst::ui {

MonteCarloJob::MonteCarloJob(QObject* parent) : QObject(parent), timer_(new QTimer(this))
{
    timer_->setInterval(50);
    connect(timer_, &QTimer::timeout, this, &MonteCarloJob::pollProgress);
}

MonteCarloJob::~MonteCarloJob()
{
    stopWorker();
}

void MonteCarloJob::stopWorker()
{
    cancel_ = true;
    if (worker_.joinable())
        worker_.join();
    timer_->stop();
    running_ = false;
}

void MonteCarloJob::start(const Scenario& scenario, int draws, std::uint64_t seed)
{
    stopWorker();
    cancel_ = false;
    progress_ = 0;
    total_ = draws;
    running_ = true;
    const quint64 generation = ++generation_;
    timer_->start();
    emit progressed(0, total_);

    worker_ = std::thread([this, scenario, draws, seed, generation] {
        MonteCarloOptions options;
        options.draws = draws;
        options.seed = seed;
        options.progress = &progress_;
        options.cancel = &cancel_;
        std::shared_ptr<const MonteCarloResult> result;
        QString error;
        try {
            result = std::make_shared<const MonteCarloResult>(MonteCarlo::run(scenario, options));
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        // Back on the UI thread; the destructor joins this thread, so `this` outlives the call.
        QMetaObject::invokeMethod(this, [this, generation, result, error] {
            if (generation != generation_ || !running_)
                return;
            if (worker_.joinable())
                worker_.join();
            timer_->stop();
            running_ = false;
            if (!error.isEmpty())
                emit failed(error);
            else if (!result || result->cancelled)
                emit cancelled();
            else {
                emit progressed(total_, total_);
                emit finished(result);
            }
        }, Qt::QueuedConnection);
    });
}

void MonteCarloJob::cancel()
{
    if (!running_)
        return;
    stopWorker();
    emit cancelled();
}

void MonteCarloJob::pollProgress()
{
    emit progressed(std::min(progress_.load(), total_), total_);
}

} // namespace gevinst::ui
