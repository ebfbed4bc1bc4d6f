// engines.cpp: engine discovery (PATH lookup skipping version-manager shims, build-tree
// binaries), version probing and benchmark command lines.
#include "engines.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "process_runner.hpp"

namespace bench {

namespace fs = std::filesystem;

bool Engine::runs(const std::string& language) const {
  for (const std::string& l : languages) {
    if (l == language) return true;
  }
  return false;
}

std::vector<std::string> known_engine_ids() {
  return {"dualvm-interp", "dualvm-jit", "cpython", "pypy", "node", "node-jitless", "node-noopt",
          "spidermonkey", "native"};
}

namespace {

bool is_executable_file(const std::string& path) {
  struct stat st{};
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(path.c_str(), X_OK) == 0;
}

// A "#!" script on PATH is a version manager's shim (pyenv, asdf): it adds a shell to every
// measurement, so the search moves on to the next real binary.
bool is_script(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[2] = {0, 0};
  in.read(magic, 2);
  return magic[0] == '#' && magic[1] == '!';
}

std::string find_on_path(const std::vector<std::string>& names, std::string* skipped) {
  const char* path_env = std::getenv("PATH");
  std::string path = path_env ? path_env : "/usr/bin:/bin";
  for (const std::string& name : names) {
    size_t start = 0;
    while (start <= path.size()) {
      size_t end = path.find(':', start);
      if (end == std::string::npos) end = path.size();
      std::string dir = path.substr(start, end - start);
      start = end + 1;
      if (dir.empty()) continue;
      std::string candidate = dir + "/" + name;
      if (!is_executable_file(candidate)) continue;
      if (is_script(candidate)) {
        if (skipped && skipped->empty()) *skipped = candidate;
        continue;
      }
      return candidate;
    }
  }
  return "";
}

std::string first_lines(const std::string& text, int max_lines) {
  std::string result;
  int lines = 0;
  size_t start = 0;
  while (start < text.size() && lines < max_lines) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    if (!result.empty()) result += " ";
    result += line;
    lines++;
  }
  return result;
}

std::string probe_version(const std::string& executable, const std::vector<std::string>& args) {
  std::vector<std::string> argv{executable};
  argv.insert(argv.end(), args.begin(), args.end());
  ProcessResult r = run_process(argv, {}, 15);
  if (!r.spawn_error.empty()) return "unknown (" + r.spawn_error + ")";
  if (r.timed_out) return "unknown (--version timed out)";
  std::string text = first_lines(r.out + "\n" + r.err, 2);
  if (r.exit_code != 0) return "unknown (--version exited " + std::to_string(r.exit_code) + ": " + text + ")";
  return text.empty() ? "unknown" : text;
}

std::string override_or(const EngineContext& context, const std::vector<std::string>& ids, const std::string& fallback) {
  for (const std::string& id : ids) {
    auto it = context.engine_paths.find(id);
    if (it != context.engine_paths.end()) return it->second;
  }
  return fallback;
}

void find_interpreter(Engine& engine, const EngineContext& context, const std::vector<std::string>& names) {
  auto it = context.engine_paths.find(engine.id);
  if (it != context.engine_paths.end()) {
    engine.executable = it->second;
  } else {
    std::string skipped;
    engine.executable = find_on_path(names, &skipped);
    if (!skipped.empty() && !engine.executable.empty()) {
      engine.notes.push_back("skipped the shim " + skipped + " on PATH");
    }
  }
  if (engine.executable.empty() || !is_executable_file(engine.executable)) {
    std::string wanted;
    for (const std::string& n : names) wanted += (wanted.empty() ? "" : " or ") + n;
    engine.missing_reason = engine.executable.empty() ? wanted + " not found on PATH"
                                                      : engine.executable + " is not an executable file";
    return;
  }
  engine.available = true;
}

// dualvm's --stats output is probed once with a trivial program: when the flag is not accepted the
// runs go without it and the report says so.
void probe_dualvm_stats(Engine& engine, const std::string& suite_dir) {
  fs::path probe = fs::temp_directory_path() / ("dualvm-bench-probe-" + std::to_string(getpid()) + ".js");
  {
    std::ofstream out(probe);
    out << "var probe = 1 + 1;\n";
  }
  std::vector<std::string> argv{engine.executable};
  argv.insert(argv.end(), engine.flags.begin(), engine.flags.end());
  argv.push_back("--stats=json");
  argv.push_back(probe.string());
  ProcessResult r = run_process(argv, {}, 15);
  fs::remove(probe);
  if (r.spawn_error.empty() && !r.timed_out && r.term_signal == 0 && r.exit_code == 0 &&
      r.err.find('{') != std::string::npos) {
    engine.stats_json = true;
    engine.notes.push_back("GC/JIT counters from --stats=json");
    // Whatever the shell says about its JIT (e.g. that it is not built yet) belongs in the report.
    size_t brace = r.err.find('{');
    auto stats = nlohmann::json::parse(r.err.substr(brace), nullptr, false);
    if (!stats.is_discarded() && stats.is_object() && stats.contains("jit") && stats["jit"].is_object() &&
        stats["jit"].contains("note") && stats["jit"]["note"].is_string()) {
      engine.notes.push_back("--stats jit.note: " + stats["jit"]["note"].get<std::string>());
    }
  } else {
    std::string why = r.timed_out ? "timed out" : r.term_signal ? "signal " + std::to_string(r.term_signal)
                                                                : "exit " + std::to_string(r.exit_code);
    engine.notes.push_back("--stats=json unavailable (probe: " + why + "); runs go without it");
  }
  (void)suite_dir;
}

Engine make_engine(const std::string& id, const EngineContext& context) {
  Engine e;
  e.id = id;
  if (id == "dualvm-interp" || id == "dualvm-jit") {
    bool interp = id == "dualvm-interp";
    e.label = interp ? "dualvm (interpreter)" : "dualvm (JIT)";
    e.family = "dualvm";
    e.tier = interp ? "interpreter with inline caches (--no-jit)" : "tracing JIT";
    e.languages = {"py", "js"};
    if (interp) e.flags = {"--no-jit"};
    e.executable = override_or(context, {id, "dualvm"}, context.build_dir + "/dualvm");
    if (!is_executable_file(e.executable)) {
      e.missing_reason = e.executable + " not built yet";
    } else {
      e.available = true;
      e.version = probe_version(e.executable, {"--version"});
      probe_dualvm_stats(e, context.suite_dir);
    }
  } else if (id == "cpython") {
    e.label = "CPython";
    e.family = "CPython";
    e.tier = "bytecode interpreter";
    e.languages = {"py"};
    find_interpreter(e, context, {"python3.11", "python3"});
    if (e.available) e.version = probe_version(e.executable, {"--version"});
    // Unbuffered, so a run that times out still shows how many iterations it finished.
    e.env["PYTHONUNBUFFERED"] = "1";
  } else if (id == "pypy") {
    e.label = "PyPy";
    e.family = "PyPy";
    e.tier = "meta-tracing JIT";
    e.languages = {"py"};
    find_interpreter(e, context, {"pypy3"});
    if (e.available) e.version = probe_version(e.executable, {"--version"});
    e.env["PYTHONUNBUFFERED"] = "1";
  } else if (id == "node" || id == "node-jitless" || id == "node-noopt") {
    e.family = "V8";
    e.languages = {"js"};
    if (id == "node") {
      e.label = "node";
      e.tier = "Ignition + Sparkplug + TurboFan (default)";
    } else if (id == "node-jitless") {
      e.label = "node --jitless";
      e.tier = "Ignition interpreter only";
      e.flags = {"--jitless"};
    } else {
      e.label = "node --no-opt";
      e.tier = "Ignition + Sparkplug, no optimizing compiler";
      e.flags = {"--no-opt"};
    }
    find_interpreter(e, context, {"node", "nodejs"});
    if (e.available) {
      e.version = probe_version(e.executable, {"--version"});
      std::string preload = context.suite_dir + "/engines/node-heap/heap_preload.js";
      if (fs::exists(preload)) {
        e.flags.push_back("-r");
        e.flags.push_back(preload);
        e.heap_line = true;
        std::string addon = context.build_dir + "/bench-node-heap.node";
        if (fs::exists(addon)) {
          e.env["DUALVM_BENCH_HEAP_ADDON"] = addon;
          e.notes.push_back("V8 heap statistics from the bench-node-heap addon");
        } else {
          e.notes.push_back("heap addon not built: V8 heap statistics from node's v8 module instead");
        }
      }
    }
  } else if (id == "spidermonkey") {
    e.label = "SpiderMonkey";
    e.family = "SpiderMonkey";
    e.tier = "interpreter + Baseline + Warp (default)";
    e.languages = {"js"};
    e.executable = override_or(context, {id}, context.build_dir + "/sm-runner");
    if (!is_executable_file(e.executable)) {
      e.missing_reason = e.executable + " not built (needs libmozjs-102-dev at configure time)";
    } else {
      e.available = true;
      e.version = probe_version(e.executable, {"--version"});
      e.heap_line = true;
      e.notes.push_back("GC heap: tenured JSGC_BYTES sampled at each GC (nursery excluded)");
    }
  } else if (id == "native") {
    e.label = "C++ -O2";
    e.family = "C++";
    e.tier = "ahead-of-time, -O2";
    e.languages = {"cpp"};
    e.executable = override_or(context, {id}, context.build_dir + "/bench-native");
    if (!fs::is_directory(e.executable)) {
      e.missing_reason = e.executable + " not built";
    } else {
      e.available = true;
#ifdef __VERSION__
      e.version = std::string("g++ ") + __VERSION__ + " -O2";
#else
      e.version = "C++ -O2";
#endif
    }
  } else {
    throw std::invalid_argument("unknown engine '" + id + "'");
  }
  return e;
}

}  // namespace

std::vector<Engine> discover_engines(const std::vector<std::string>& ids, const EngineContext& context) {
  std::vector<std::string> wanted = ids.empty() ? known_engine_ids() : ids;
  std::vector<Engine> engines;
  for (const std::string& id : wanted) engines.push_back(make_engine(id, context));
  return engines;
}

std::vector<std::string> benchmark_command(const Engine& engine, const Benchmark& benchmark,
                                           const std::string& language, int iterations, long size,
                                           std::string* why) {
  std::vector<std::string> argv;
  if (language == "cpp") {
    std::string binary = engine.executable + "/" + benchmark.name;
    if (!is_executable_file(binary)) {
      if (why) *why = "no native version of " + benchmark.name;
      return {};
    }
    argv.push_back(binary);
  } else {
    auto source = benchmark.sources.find(language);
    if (source == benchmark.sources.end()) {
      if (why) *why = "no " + language + " program";
      return {};
    }
    argv.push_back(engine.executable);
    argv.insert(argv.end(), engine.flags.begin(), engine.flags.end());
    if (engine.stats_json) argv.push_back("--stats=json");
    argv.push_back(source->second);
  }
  argv.push_back(std::to_string(iterations));
  argv.push_back(std::to_string(size));
  return argv;
}

}  // namespace bench
