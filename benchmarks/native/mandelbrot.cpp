// mandelbrot (native baseline): the same bitmap XOR checksum and inside count as
// benchmarks/mandelbrot; size = width and height.
#include <map>
#include <utility>

#include "bench_protocol.hpp"

namespace {

std::pair<long, long> mandelbrot(long size) {
  long checksum = 0, inside = 0;
  for (long y = 0; y < size; y++) {
    long bits = 0;
    int bit_count = 0;
    double ci = (2.0 * y / size) - 1.0;
    for (long x = 0; x < size; x++) {
      double zr = 0, zi = 0, zrzr = 0, zizi = 0;
      double cr = (2.0 * x / size) - 1.5;
      bool escaped = false;
      for (int i = 0; i < 50; i++) {
        zi = 2.0 * zr * zi + ci;
        zr = zrzr - zizi + cr;
        zizi = zi * zi;
        zrzr = zr * zr;
        if (zizi + zrzr > 4.0) {
          escaped = true;
          break;
        }
      }
      bits <<= 1;
      if (!escaped) {
        bits |= 1;
        inside++;
      }
      if (++bit_count == 8) {
        checksum ^= bits;
        bits = 0;
        bit_count = 0;
      }
    }
    if (bit_count > 0) checksum ^= bits << (8 - bit_count);
  }
  return {checksum, inside};
}

const std::map<long, std::pair<long, long>> kExpected{
    {8, {253, 27}},       {50, {15, 992}},      {100, {239, 3959}},   {200, {2, 15899}},
    {400, {9, 63528}},    {500, {255, 99274}},  {750, {192, 223262}}, {1000, {5, 396940}}};

}  // namespace

int main(int argc, char** argv) {
  return bench::run_protocol(argc, argv, 500, mandelbrot, [](std::pair<long, long> r, long size) {
    auto it = kExpected.find(size);
    if (it == kExpected.end()) bench::fail("mandelbrot: no expected result for size " + std::to_string(size));
    if (r != it->second) bench::fail("mandelbrot: wrong checksum " + std::to_string(r.first) + " / " + std::to_string(r.second));
  });
}
