#include "NorwegianFormat.h"

#include "NumberText.h"

namespace gevinst::ui {

// Every function is the program's one formatter, io::NumberText (issue 10).
QLocale NorwegianFormat::locale() { return io::NumberText::locale(); }
QString NorwegianFormat::number(double value, int decimals) { return io::NumberText::number(value, decimals); }
QString NorwegianFormat::nok(double value) { return io::NumberText::nok(value); }
QString NorwegianFormat::millionNok(double value, int decimals) { return io::NumberText::millionNok(value, decimals); }
QString NorwegianFormat::percent(double share, int decimals) { return io::NumberText::percent(share, decimals); }
QString NorwegianFormat::fte(double value, int decimals) { return io::NumberText::fte(value, decimals); }
QString NorwegianFormat::year(int year) { return io::NumberText::year(year); }
QString NorwegianFormat::missing() { return io::NumberText::missing(); }

} // namespace gevinst::ui
