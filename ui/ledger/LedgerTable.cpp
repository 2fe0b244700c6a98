#include "LedgerTable.h"

#include "ExportLabels.h"

namespace gevinst::ui {

double LedgerTable::npvOf(const Result& result, SeriesId id)
{
    const int i = static_cast<int>(id) - kFirstLedgerSeries;
    if (i < 0 || i >= kLedgerNpvCount)
        return 0;
    return result.summary.ledgerNpv[std::size_t(i)];
}

std::vector<LedgerRow> LedgerTable::rows(const Result& result)
{
    std::vector<LedgerRow> rows;
    auto add = [&](SeriesId id, LedgerRow::Kind kind) {
        LedgerRow row;
        row.id = id;
        row.kind = kind;
        row.name = io::ExportLabels::series(id);
        row.dfoClass = io::ExportLabels::ledgerClass(id);
        const auto& values = result[id];
        row.values.assign(values.data(), values.data() + values.size());
        row.npv = npvOf(result, id);
        rows.push_back(std::move(row));
    };
    for (SeriesId id : kActors)
        add(id, LedgerRow::Kind::Actor);
    for (SeriesId id : {SeriesId::LedgerPublicNet, SeriesId::LedgerSocietyNet, SeriesId::LedgerTaxFinancing,
                        SeriesId::LedgerSocietyWithTaxFinancing})
        add(id, LedgerRow::Kind::Total);
    add(SeriesId::LedgerCapacityTime, LedgerRow::Kind::NotCash);
    return rows;
}

} // namespace gevinst::ui
