#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

namespace cd {

/// The demo generator's own pseudo-random numbers: xoshiro256** seeded through splitmix64,
/// with its own range mapping. Standard-library distributions differ between implementations,
/// so nothing here uses them: the same seed gives the same numbers with every compiler.
///
/// Callers draw in separate statements, never twice within one expression such as
/// f(random.range(..), name(random)) or a + b: C++ leaves the order of evaluating function
/// arguments and operands open, and compilers differ.
class DemoRandom
{
public:
    /// A stream for `seed`; different `stream` values give independent sequences, so each
    /// part of the generator draws from its own stream and adding a part changes no other.
    explicit DemoRandom(quint64 seed, quint64 stream = 0)
    {
        quint64 x = seed ^ (stream * 0xD1B54A32D192ED03ULL);
        for (quint64 &word : m_state)
            word = splitMix64(x);
    }

    /// A stream named by text (FNV-1a of its bytes), for steps that add their own data.
    static quint64 streamId(const char *name)
    {
        quint64 hash = 0xCBF29CE484222325ULL;
        for (const char *c = name; *c; ++c) {
            hash ^= quint64(static_cast<unsigned char>(*c));
            hash *= 0x100000001B3ULL;
        }
        return hash;
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, n) without bias (Lemire's multiply-and-reject on 32 bits); n ≥ 1.
    quint32 below(quint32 n)
    {
        Q_ASSERT(n > 0);
        quint64 product = quint64(quint32(next() >> 32)) * n;
        quint32 low = quint32(product);
        if (low < n) {
            const quint32 threshold = quint32(0u - n) % n;
            while (low < threshold) {
                product = quint64(quint32(next() >> 32)) * n;
                low = quint32(product);
            }
        }
        return quint32(product >> 32);
    }

    /// Uniform in [low, high], both included.
    int range(int low, int high)
    {
        Q_ASSERT(high >= low);
        return low + int(below(quint32(high - low) + 1));
    }

    /// True with probability perTenThousand / 10,000.
    bool chance(int perTenThousand) { return int(below(10000)) < perTenThousand; }

    /// An index drawn with the given integer weights (not all zero).
    int weighted(const int *weights, int count)
    {
        int total = 0;
        for (int i = 0; i < count; ++i)
            total += weights[i];
        int r = int(below(quint32(total)));
        for (int i = 0; i < count; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return count - 1;
    }
    int weighted(const std::vector<int> &weights) { return weighted(weights.data(), int(weights.size())); }

    /// Fisher–Yates with this generator's own mapping.
    template <typename T>
    void shuffle(std::vector<T> &items)
    {
        for (size_t i = items.size(); i > 1; --i) {
            const size_t j = below(quint32(i));
            std::swap(items[i - 1], items[j]);
        }
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitMix64(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_state[4];
};

/// Cumulative weights drawn from many times (surnames, address codes): binary search per draw.
class DemoWeightedTable
{
public:
    DemoWeightedTable() = default;
    explicit DemoWeightedTable(const std::vector<int> &weights)
    {
        int total = 0;
        m_cumulative.reserve(weights.size());
        for (int w : weights)
            m_cumulative.push_back(total += w);
    }
    int pick(DemoRandom &random) const
    {
        const int r = int(random.below(quint32(m_cumulative.back())));
        size_t low = 0, high = m_cumulative.size() - 1;
        while (low < high) {
            const size_t mid = (low + high) / 2;
            if (r < m_cumulative[mid])
                high = mid;
            else
                low = mid + 1;
        }
        return int(low);
    }

private:
    std::vector<int> m_cumulative;
};

} // namespace cd
