// fannkuch (native baseline): fannkuch-redux as in benchmarks/fannkuch; size = n.
#include <map>
#include <utility>
#include <vector>

#include "bench_protocol.hpp"

namespace {

std::pair<long, long> fannkuch(long n) {
  std::vector<int> perm1(n), perm(n), count(n);
  for (long i = 0; i < n; i++) perm1[i] = static_cast<int>(i);
  long max_flips = 0, checksum = 0, index = 0;
  long r = n;
  while (true) {
    while (r != 1) {
      count[r - 1] = static_cast<int>(r);
      r--;
    }
    perm = perm1;
    long flips = 0;
    for (int k = perm[0]; k != 0; k = perm[0]) {
      for (int i = 0, j = k; i < j; i++, j--) std::swap(perm[i], perm[j]);
      flips++;
    }
    if (flips > max_flips) max_flips = flips;
    checksum += (index % 2 == 0) ? flips : -flips;
    while (true) {
      if (r == n) return {checksum, max_flips};
      int first = perm1[0];
      for (long i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = first;
      if (--count[r] > 0) break;
      r++;
    }
    index++;
  }
}

const std::map<long, std::pair<long, long>> kExpected{{3, {2, 2}},      {4, {4, 4}},     {5, {11, 7}},
                                                      {6, {49, 10}},    {7, {228, 16}},  {8, {1616, 22}},
                                                      {9, {8629, 30}},  {10, {73196, 38}}};

}  // namespace

int main(int argc, char** argv) {
  return bench::run_protocol(argc, argv, 9, fannkuch, [](std::pair<long, long> r, long size) {
    auto it = kExpected.find(size);
    if (it == kExpected.end()) bench::fail("fannkuch: no expected result for size " + std::to_string(size));
    if (r != it->second) bench::fail("fannkuch: wrong result " + std::to_string(r.first) + " / " + std::to_string(r.second));
  });
}
