// results.hpp: what a dualvm-bench session measured: one Cell per (benchmark, engine, language)
// holding every process run, its summary, and the session's configuration, machine and engines.
// Serialized as results.json (schema in benchmarks/README.md).
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "engines.hpp"

namespace bench {

struct RunRecord {
  int run_index = 0;
  std::vector<std::string> command;
  std::vector<double> iteration_us;
  double wall_s = 0;
  long max_rss_kb = 0;
  double user_s = 0;
  double sys_s = 0;
  int exit_code = -1;
  int term_signal = 0;
  bool timed_out = false;
  std::string failure;  // empty when the run was good
  std::optional<nlohmann::json> heap;   // V8 heap statistics (node engines)
  std::optional<nlohmann::json> stats;  // dualvm --stats=json
};

enum class CellStatus { Ok, Failed, Missing };
const char* status_name(CellStatus status);

struct CellSummary {
  bool has_steady = false;
  int warmup_excluded = 0;  // leading iterations left out of each run
  int steady_samples = 0;
  double steady_median_us = 0;
  double steady_q1_us = 0;
  double steady_q3_us = 0;
  double steady_min_us = 0;
  double steady_max_us = 0;
  std::vector<double> curve_us;  // per iteration index, the median over good runs
  double first_iteration_us = 0;
  int iterations_to_steady = -1;  // first 1-based iteration within 10% of the steady median
  double wall_s_median = 0;
  double max_rss_kb_median = 0;
  std::optional<double> gc_heap_peak_bytes;  // the engine's own figure, median over runs
};

struct Cell {
  std::string benchmark;
  std::string engine;
  std::string language;  // py, js, cpp
  long size = 0;
  CellStatus status = CellStatus::Ok;
  std::string reason;
  std::vector<RunRecord> runs;
  CellSummary summary;
};

struct Results {
  nlohmann::json config;
  nlohmann::json machine;
  std::vector<Engine> engines;
  std::vector<std::string> benchmarks;
  std::vector<Cell> cells;
  std::string started_utc;
  double total_s = 0;
  std::map<std::string, std::string> baselines;  // language -> engine id

  const Cell* find(const std::string& benchmark, const std::string& engine, const std::string& language) const;
  const Engine* engine(const std::string& id) const;
};

// Fills cell.summary from its good runs and sets status/reason from its failed ones.
void summarize(Cell& cell, int iterations);

nlohmann::json results_to_json(const Results& results);
// The inverse, for re-rendering a report from a saved results.json; throws std::runtime_error on a
// document that is not dualvm-bench-results/1.
Results results_from_json(const nlohmann::json& doc);

}  // namespace bench
