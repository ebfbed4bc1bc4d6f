// bench_session.hpp: runs the selected benchmark x engine matrix: several process invocations
// per cell, interleaved across engines so slow drift of the machine spreads over all of them.
#pragma once
#include <string>
#include <vector>

#include "engines.hpp"
#include "results.hpp"
#include "suite.hpp"

namespace bench {

struct SessionPlan {
  std::string mode;
  std::vector<const Benchmark*> benchmarks;
  std::vector<Engine> engines;
  std::vector<std::string> languages;  // py/js to run; empty = both
  int runs = 1;
  int iterations = 1;
  double timeout_s = 60;
};

// Runs everything in the plan; a failing or missing engine becomes a cell with the reason.
Results run_session(const SessionPlan& plan);

}  // namespace bench
