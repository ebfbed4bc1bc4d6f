// options.hpp: dualvm-bench's command line, parsed into Options; malformed input is a UsageError.
#pragma once
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace bench {

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Options {
  std::string mode = "full";  // smoke | quick | full (suite.json "modes")
  std::string out_dir = "bench-results";
  std::vector<std::string> benchmarks;  // empty = all
  std::vector<std::string> engines;     // empty = all
  std::vector<std::string> languages;   // py and/or js; empty = both (C++ baselines always run)
  std::optional<int> runs;
  std::optional<int> iterations;
  std::optional<double> timeout_s;
  std::string baseline;  // empty = per-language default (cpython for py, node for js)
  std::string suite_dir;  // empty = the source tree's benchmarks/
  std::map<std::string, std::string> engine_paths;  // --engine-path ID=PATH
  bool strict = false;  // exit 1 when any selected cell failed or is missing
  bool help = false;
  bool list = false;
  std::string rerender_dir;  // --rerender DIR: rebuild report.md and charts from DIR/results.json
};

Options parse_options(int argc, char** argv);
std::string usage_text();

}  // namespace bench
