// statistics.hpp: the few summary statistics the report uses (median, quantiles, geometric mean)
// and the split of each run's iterations into warm-up and steady state.
#pragma once
#include <vector>

namespace bench {

double median(std::vector<double> values);
double quantile(std::vector<double> values, double q);  // linear interpolation, q in [0, 1]
double geometric_mean(const std::vector<double>& values);

// How many leading iterations of a run count as warm-up and are left out of the steady state:
// a third of them, rounded up, and none when there is only one.
int warmup_iterations(int iterations);

}  // namespace bench
