#pragma once
// A deterministic stream of random numbers for one Monte Carlo draw: xoshiro256**
// seeded through SplitMix64 from (seed, draw index), so that draw i gets the same
// numbers whichever thread computes it and however many threads there are. Owns
// its own normal, gamma and beta sampling (no std:: distributions, whose output
// differs between standard libraries).

#include <array>
#include <cstdint>

namespace gevinst {

class RandomStream {
public:
    RandomStream(std::uint64_t seed, std::uint64_t drawIndex);

    std::uint64_t next();
    /// Uniform in [0, 1), 53 random bits.
    double uniform();
    /// Standard normal (Box–Muller; the second value of each pair is kept for the next call).
    double normal();
    /// Gamma(shape, 1) for shape ≥ 1 (Marsaglia–Tsang).
    double gamma(double shape);
    /// Beta(alpha, beta) for alpha, beta ≥ 1.
    double beta(double alpha, double beta);

    static std::uint64_t splitMix64(std::uint64_t& state);

private:
    std::array<std::uint64_t, 4> m_state{};
    double m_spareNormal = 0;
    bool m_hasSpare = false;
};

} // namespace gevinst
