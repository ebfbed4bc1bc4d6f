// runtime/python/modules/mt19937.h — the Mersenne Twister exactly as CPython's
// Modules/_randommodule.c runs it (init_genrand, init_by_array, genrand_uint32, the 53-bit
// random()), so seeded sequences match CPython's. Pure C++: unit-tested on its own.
#pragma once
#include <cstdint>
#include <vector>

namespace dualvm::py {

struct MT19937 {
  static constexpr int N = 624, M = 397;
  uint32_t mt[N];
  int index = N + 1;

  void initGenrand(uint32_t s) {
    mt[0] = s;
    for (int i = 1; i < N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + uint32_t(i);
    index = N;
  }
  void initByArray(const std::vector<uint32_t>& key) {
    initGenrand(19650218U);
    size_t keyLength = key.empty() ? 1 : key.size();
    int i = 1;
    size_t j = 0;
    for (size_t k = size_t(N) > keyLength ? size_t(N) : keyLength; k; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + (key.empty() ? 0 : key[j]) + uint32_t(j);
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= keyLength) j = 0;
    }
    for (int k = N - 1; k; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - uint32_t(i);
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000U;
    index = N;
  }
  uint32_t next() {
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    const uint32_t upper = 0x80000000U, lower = 0x7fffffffU;
    if (index >= N) {
      int kk;
      for (kk = 0; kk < N - M; kk++) {
        uint32_t y = (mt[kk] & upper) | (mt[kk + 1] & lower);
        mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 1U];
      }
      for (; kk < N - 1; kk++) {
        uint32_t y = (mt[kk] & upper) | (mt[kk + 1] & lower);
        mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 1U];
      }
      uint32_t y = (mt[N - 1] & upper) | (mt[0] & lower);
      mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 1U];
      index = 0;
    }
    uint32_t y = mt[index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
  }
  // random_random: a 53-bit float in [0, 1)
  double random() {
    uint32_t a = next() >> 5, b = next() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }
};

}  // namespace dualvm::py
