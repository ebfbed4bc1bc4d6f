// statistics.cpp: median, quantile, geometric mean and the warm-up rule.
#include "statistics.hpp"

#include <algorithm>
#include <cmath>

namespace bench {

double quantile(std::vector<double> values, double q) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  double position = q * (values.size() - 1);
  size_t below = static_cast<size_t>(std::floor(position));
  size_t above = std::min(below + 1, values.size() - 1);
  double fraction = position - below;
  return values[below] * (1 - fraction) + values[above] * fraction;
}

double median(std::vector<double> values) { return quantile(std::move(values), 0.5); }

double geometric_mean(const std::vector<double>& values) {
  if (values.empty()) return 0;
  double log_sum = 0;
  for (double v : values) log_sum += std::log(v);
  return std::exp(log_sum / values.size());
}

int warmup_iterations(int iterations) {
  if (iterations <= 1) return 0;
  return (iterations + 2) / 3;
}

}  // namespace bench
