#include "RandomStream.h"

#include <cmath>
#include <numbers>

namespace gevinst {

namespace {

constexpr std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

std::uint64_t RandomStream::splitMix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

RandomStream::RandomStream(std::uint64_t seed, std::uint64_t drawIndex)
{
    // Mix the seed first, then the draw index, so neighbouring seeds and draws
    // start far apart; SplitMix64 never gives xoshiro the all-zero state in practice.
    std::uint64_t s = seed;
    std::uint64_t key = splitMix64(s) ^ drawIndex;
    key = splitMix64(key);
    for (auto& word : m_state)
        word = splitMix64(key);
}

std::uint64_t RandomStream::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double RandomStream::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double RandomStream::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    const double u1 = 1.0 - uniform(); // (0, 1]: the logarithm stays finite
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    m_spareNormal = radius * std::sin(angle);
    m_hasSpare = true;
    return radius * std::cos(angle);
}

double RandomStream::gamma(double shape)
{
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = 0;
        double v = 0;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = uniform();
        const double x2 = x * x;
        if (u < 1.0 - 0.0331 * x2 * x2)
            return d * v;
        if (std::log(u) < 0.5 * x2 + d * (1.0 - v + std::log(v)))
            return d * v;
    }
}

double RandomStream::beta(double alpha, double betaShape)
{
    const double x = gamma(alpha);
    const double y = gamma(betaShape);
    return x / (x + y);
}

} // namespace gevinst
