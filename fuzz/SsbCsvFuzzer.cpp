// libFuzzer target for the SSB CSV importers of gevinst_store: the same bytes go
// through the statbank export reader, the shipped age-band and kommune readers and
// the Oslo bydel reader, and through cleanName/parseAge as text. Each must give
// sensible figures or one error with a message; no crash, hang or sanitizer report.

#include "SsbFuzzCheck.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using gevinst::store::SsbImporter;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString label = QStringLiteral("fuzz.csv");
    gevinst::fuzz::checkTable(SsbImporter::readStatbankCsv(bytes, label));
    gevinst::fuzz::checkTable(SsbImporter::readAgeBandCsv(bytes, label));
    gevinst::fuzz::checkUnits(SsbImporter::readMunicipalityCsv(bytes, label));
    gevinst::fuzz::checkUnits(SsbImporter::readOsloBydeler(bytes, label));
    if (size < 256) {
        const QString text = QString::fromUtf8(bytes);
        (void)SsbImporter::cleanName(text);
        const int age = SsbImporter::parseAge(text);
        if (age < -1)
            gevinst::fuzz::fail("parseAge below -1", text);
    }
    return 0;
}
