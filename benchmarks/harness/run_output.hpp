// run_output.hpp: reads what one benchmark process printed: the per-iteration times
// ("iteration N: T us" on stdout), V8 heap statistics from the node preload
// ("dualvm-bench-heap: {json}" on stderr), dualvm's --stats=json object on stderr, and turns a
// bad ending into a one-line reason.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "process_runner.hpp"

namespace bench {

struct ParsedOutput {
  std::vector<double> iteration_us;
  std::string protocol_error;  // malformed or out-of-order iteration lines
  std::optional<nlohmann::json> heap;
  std::optional<nlohmann::json> stats;
  size_t stats_offset = std::string::npos;  // where the stats object starts in stderr
};

ParsedOutput parse_output(const ProcessResult& process, bool expect_heap_line, bool expect_stats);

// Empty when the run is good: exited 0 within the deadline and printed every iteration.
std::string failure_reason(const ProcessResult& process, const ParsedOutput& parsed, int expected_iterations,
                           double timeout_s);

}  // namespace bench
