// libFuzzer target for the SSB CSV importers of gevinst_store: the first byte picks
// the statbank export reader, the shipped age-band or kommune reader, the Oslo bydel
// reader, or cleanName/parseAge; the rest is the file. Each must give sensible
// figures or one error with a message; no crash, hang or sanitizer report.

#include "SsbFuzzCheck.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using gevinst::store::SsbImporter;
    if (size < 1)
        return 0;
    // The first byte picks the reader, so that each execution runs one of them.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const QString label = QStringLiteral("fuzz.csv");
    switch (data[0] % 5) {
    case 0: gevinst::fuzz::checkTable(SsbImporter::readStatbankCsv(bytes, label)); break;
    case 1: gevinst::fuzz::checkTable(SsbImporter::readAgeBandCsv(bytes, label)); break;
    case 2: gevinst::fuzz::checkUnits(SsbImporter::readMunicipalityCsv(bytes, label)); break;
    case 3: gevinst::fuzz::checkUnits(SsbImporter::readOsloBydeler(bytes, label)); break;
    default:
        if (bytes.size() < 256) {
            const QString text = QString::fromUtf8(bytes);
            (void)SsbImporter::cleanName(text);
            if (SsbImporter::parseAge(text) < -1)
                gevinst::fuzz::fail("parseAge below -1", text);
        }
    }
    return 0;
}
