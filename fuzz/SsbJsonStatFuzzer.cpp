// libFuzzer target for the JSON-stat2 importer of gevinst_store (SSB's statbank API):
// any bytes must give sensible figures or one error with a message.

#include "SsbFuzzCheck.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    gevinst::fuzz::checkTable(gevinst::store::SsbImporter::readJsonStat2(bytes, QStringLiteral("fuzz.json")));
    return 0;
}
