// spectralnorm (native baseline): the power method of benchmarks/spectralnorm; size = n.
#include <cmath>
#include <map>
#include <vector>

#include "bench_protocol.hpp"

namespace {

double entry(long i, long j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

void multiply_av(const std::vector<double>& v, std::vector<double>& out) {
  long n = static_cast<long>(v.size());
  for (long i = 0; i < n; i++) {
    double total = 0;
    for (long j = 0; j < n; j++) total += entry(i, j) * v[j];
    out[i] = total;
  }
}

void multiply_atv(const std::vector<double>& v, std::vector<double>& out) {
  long n = static_cast<long>(v.size());
  for (long i = 0; i < n; i++) {
    double total = 0;
    for (long j = 0; j < n; j++) total += entry(j, i) * v[j];
    out[i] = total;
  }
}

double spectral_norm(long n) {
  std::vector<double> u(n, 1.0), v(n, 0.0), tmp(n, 0.0);
  for (int i = 0; i < 10; i++) {
    multiply_av(u, tmp);
    multiply_atv(tmp, v);
    multiply_av(v, tmp);
    multiply_atv(tmp, u);
  }
  double vbv = 0, vv = 0;
  for (long i = 0; i < n; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return std::sqrt(vbv / vv);
}

const std::map<long, double> kExpected{{10, 1.2718440192507248},  {50, 1.2741938369830932},
                                       {100, 1.2742199912349306}, {200, 1.2742236013532107},
                                       {500, 1.2742241159529055}, {1000, 1.2742241481294836}};

}  // namespace

int main(int argc, char** argv) {
  return bench::run_protocol(argc, argv, 200, spectral_norm, [](double r, long size) {
    auto it = kExpected.find(size);
    if (it == kExpected.end()) bench::fail("spectralnorm: no expected result for size " + std::to_string(size));
    if (std::fabs(r - it->second) > 1e-12) bench::fail("spectralnorm: wrong result " + std::to_string(r));
  });
}
