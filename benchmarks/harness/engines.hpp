// engines.hpp: the engines dualvm-bench knows (dualvm's tiers, CPython, PyPy, node's tiers,
// SpiderMonkey through our runner, native C++), how each is found on this machine, its version,
// and the command line that runs one benchmark on it.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "suite.hpp"

namespace bench {

struct Engine {
  std::string id;      // stable name used by --engines and in results.json
  std::string label;   // for people
  std::string family;  // dualvm, CPython, PyPy, V8, SpiderMonkey, C++
  std::string tier;    // what the engine executes with: interpreter, JIT, ...
  std::vector<std::string> languages;  // "py", "js", "cpp"
  bool available = false;
  std::string missing_reason;
  std::string executable;  // for "native": the folder of the per-benchmark binaries
  std::vector<std::string> flags;
  std::map<std::string, std::string> env;
  std::string version;
  bool heap_line = false;   // node: the preload prints V8's heap statistics on stderr
  bool stats_json = false;  // dualvm: accepts --stats=json and prints a JSON object on stderr
  std::vector<std::string> notes;

  bool runs(const std::string& language) const;
};

struct EngineContext {
  std::string build_dir;  // where dualvm, sm-runner, bench-native/ and the heap addon are built
  std::string suite_dir;
  std::map<std::string, std::string> engine_paths;  // --engine-path overrides
};

std::vector<std::string> known_engine_ids();

// Finds every engine in ids (all known ones when empty); unknown ids throw std::invalid_argument.
std::vector<Engine> discover_engines(const std::vector<std::string>& ids, const EngineContext& context);

// The argv that runs `benchmark` in `language` on `engine`; empty with *why set when the engine
// has no program for it (a native baseline exists only for the numeric kernels).
std::vector<std::string> benchmark_command(const Engine& engine, const Benchmark& benchmark,
                                           const std::string& language, int iterations, long size,
                                           std::string* why);

}  // namespace bench
