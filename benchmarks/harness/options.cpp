// options.cpp: parses dualvm-bench's command line (see usage_text) with strict validation.
#include "options.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace bench {

std::string usage_text() {
  return R"(usage: dualvm-bench [options]

Runs the benchmark suite (benchmarks/*/) on every selected engine, interleaved, and writes
DIR/results.json, DIR/report.md and SVG charts into DIR.

options:
  --quick              small sizes, 5 iterations, 2 runs: the whole matrix in a few minutes
  --smoke              tiny sizes, 1 iteration: checks that every program verifies itself
  --full               the default: full sizes, 15 iterations, 3 runs
  --out DIR            output directory (default: bench-results)
  --bench a,b          benchmarks to run (default: all; see --list)
  --engines x,y        engines to run (default: all; see --list)
  --languages py,js    program languages to run (default: both; C++ baselines always)
  --runs N             process invocations per benchmark and engine
  --iterations N       in-program iterations per invocation
  --timeout S          seconds before one invocation is killed and marked failed
  --baseline ENGINE    engine that ratios are relative to, for the languages it runs
                       (default: cpython for Python, node for JavaScript)
  --engine-path ID=P   use executable P for engine ID (e.g. dualvm-interp=/x/dualvm)
  --suite-dir DIR      benchmarks folder holding suite.json (default: the source tree's)
  --strict             exit 1 if any selected benchmark failed or an engine is missing
  --rerender DIR       rewrite DIR/report.md and the charts from DIR/results.json, run nothing
  --list               list benchmarks and engines, then exit
  --help               this text
)";
}

namespace {

std::vector<std::string> split_list(const std::string& option, const std::string& text) {
  std::vector<std::string> items;
  std::string current;
  for (char c : text + ",") {
    if (c == ',') {
      if (current.empty()) throw UsageError(option + ": empty name in list '" + text + "'");
      for (const std::string& seen : items) {
        if (seen == current) throw UsageError(option + ": '" + current + "' is listed twice");
      }
      items.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  return items;
}

int parse_positive_int(const std::string& option, const std::string& text) {
  char* end = nullptr;
  errno = 0;
  long value = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || errno != 0 || value < 1 || value > 1000000) {
    throw UsageError(option + " needs a positive whole number, got '" + text + "'");
  }
  return static_cast<int>(value);
}

double parse_positive_seconds(const std::string& option, const std::string& text) {
  char* end = nullptr;
  errno = 0;
  double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || errno != 0 || !std::isfinite(value) || value <= 0) {
    throw UsageError(option + " needs a positive number of seconds, got '" + text + "'");
  }
  return value;
}

}  // namespace

Options parse_options(int argc, char** argv) {
  Options options;
  bool mode_set = false;
  auto set_mode = [&](const std::string& mode) {
    if (mode_set && options.mode != mode) throw UsageError("--" + mode + " conflicts with --" + options.mode);
    options.mode = mode;
    mode_set = true;
  };
  for (int i = 1; i < argc; i++) {
    std::string arg = argv[i];
    std::string value;
    bool has_inline_value = false;
    if (arg.rfind("--", 0) == 0) {
      size_t eq = arg.find('=');
      if (eq != std::string::npos) {
        value = arg.substr(eq + 1);
        arg = arg.substr(0, eq);
        has_inline_value = true;
      }
    }
    auto need_value = [&]() -> std::string {
      if (has_inline_value) return value;
      if (i + 1 >= argc) throw UsageError(arg + " needs a value");
      return argv[++i];
    };
    auto no_value = [&]() {
      if (has_inline_value) throw UsageError(arg + " takes no value");
    };
    if (arg == "--help" || arg == "-h") {
      no_value();
      options.help = true;
    } else if (arg == "--list") {
      no_value();
      options.list = true;
    } else if (arg == "--quick" || arg == "--smoke" || arg == "--full") {
      no_value();
      set_mode(arg.substr(2));
    } else if (arg == "--strict") {
      no_value();
      options.strict = true;
    } else if (arg == "--out") {
      options.out_dir = need_value();
      if (options.out_dir.empty()) throw UsageError("--out needs a directory");
    } else if (arg == "--bench") {
      options.benchmarks = split_list(arg, need_value());
    } else if (arg == "--engines") {
      options.engines = split_list(arg, need_value());
    } else if (arg == "--languages") {
      options.languages = split_list(arg, need_value());
      for (const std::string& l : options.languages) {
        if (l != "py" && l != "js") throw UsageError("--languages takes py and/or js, got '" + l + "'");
      }
    } else if (arg == "--runs") {
      options.runs = parse_positive_int(arg, need_value());
    } else if (arg == "--iterations") {
      options.iterations = parse_positive_int(arg, need_value());
    } else if (arg == "--timeout") {
      options.timeout_s = parse_positive_seconds(arg, need_value());
    } else if (arg == "--baseline") {
      options.baseline = need_value();
      if (options.baseline.empty()) throw UsageError("--baseline needs an engine name");
    } else if (arg == "--rerender") {
      options.rerender_dir = need_value();
      if (options.rerender_dir.empty()) throw UsageError("--rerender needs a directory");
    } else if (arg == "--suite-dir") {
      options.suite_dir = need_value();
    } else if (arg == "--engine-path") {
      std::string pair = need_value();
      size_t eq = pair.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == pair.size()) {
        throw UsageError("--engine-path needs ID=PATH, got '" + pair + "'");
      }
      options.engine_paths[pair.substr(0, eq)] = pair.substr(eq + 1);
    } else {
      throw UsageError("unknown option '" + std::string(argv[i]) + "'");
    }
  }
  return options;
}

}  // namespace bench
