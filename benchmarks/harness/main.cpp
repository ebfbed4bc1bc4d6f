// main.cpp: dualvm-bench's entry point: options -> suite and engines -> interleaved session ->
// results.json, report.md and SVG charts in --out DIR.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "bench_session.hpp"
#include "engines.hpp"
#include "options.hpp"
#include "report_markdown.hpp"
#include "suite.hpp"
#include "svg_charts.hpp"

#ifndef DUALVM_BENCH_SOURCE_DIR
#define DUALVM_BENCH_SOURCE_DIR "benchmarks"
#endif

namespace fs = std::filesystem;

namespace {

// dualvm, sm-runner, the native baselines and the heap addon are built beside dualvm-bench.
std::string build_dir() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::current_path().string() : self.parent_path().string();
}

int usage_error(const std::string& message) {
  std::fprintf(stderr, "dualvm-bench: error: %s\n(run dualvm-bench --help for the options)\n", message.c_str());
  return 2;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  for (const std::string& x : list) {
    if (x == item) return true;
  }
  return false;
}

int rerender(const std::string& dir) {
  try {
    std::ifstream in(dir + "/results.json");
    if (!in) throw std::runtime_error("cannot read " + dir + "/results.json");
    bench::Results results = bench::results_from_json(nlohmann::json::parse(in));
    std::vector<std::string> charts = bench::write_charts(results, dir);
    bench::write_markdown_report(results, dir + "/report.md");
    std::printf("rewrote %s/report.md and %zu SVG charts from %s/results.json\n", dir.c_str(), charts.size(), dir.c_str());
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dualvm-bench: %s\n", e.what());
    return 1;
  }
}

}  // namespace

int main(int argc, char** argv) {
  bench::Options options;
  try {
    options = bench::parse_options(argc, argv);
  } catch (const bench::UsageError& e) {
    return usage_error(e.what());
  }
  if (options.help) {
    std::fputs(bench::usage_text().c_str(), stdout);
    return 0;
  }
  if (!options.rerender_dir.empty()) return rerender(options.rerender_dir);
  std::string suite_dir = options.suite_dir.empty() ? DUALVM_BENCH_SOURCE_DIR : options.suite_dir;
  bench::Suite suite;
  try {
    suite = bench::load_suite(suite_dir);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dualvm-bench: %s\n", e.what());
    return 1;
  }
  std::vector<std::string> engine_ids = bench::known_engine_ids();
  if (options.list) {
    std::printf("benchmarks (size argument per mode):\n");
    for (const bench::Benchmark& b : suite.benchmarks) {
      std::printf("  %-13s %s: smoke %ld, quick %ld, full %ld\n", b.name.c_str(), b.size_means.c_str(),
                  b.sizes.count("smoke") ? b.sizes.at("smoke") : 0L, b.sizes.count("quick") ? b.sizes.at("quick") : 0L,
                  b.sizes.count("full") ? b.sizes.at("full") : 0L);
    }
    std::printf("engines:\n");
    for (const std::string& id : engine_ids) std::printf("  %s\n", id.c_str());
    return 0;
  }
  if (!suite.modes.count(options.mode)) return usage_error("suite.json has no mode '" + options.mode + "'");

  bench::SessionPlan plan;
  plan.mode = options.mode;
  const bench::ModeSettings& mode = suite.modes.at(options.mode);
  plan.languages = options.languages;
  plan.runs = options.runs.value_or(mode.runs);
  plan.iterations = options.iterations.value_or(mode.iterations);
  plan.timeout_s = options.timeout_s.value_or(mode.timeout_s);
  if (options.benchmarks.empty()) {
    for (const bench::Benchmark& b : suite.benchmarks) plan.benchmarks.push_back(&b);
  } else {
    for (const std::string& name : options.benchmarks) {
      const bench::Benchmark* b = suite.find(name);
      if (!b) return usage_error("unknown benchmark '" + name + "' (see --list)");
      plan.benchmarks.push_back(b);
    }
  }
  for (const bench::Benchmark* b : plan.benchmarks) {
    if (!b->sizes.count(options.mode)) return usage_error("benchmark " + b->name + " has no " + options.mode + " size");
  }
  for (const std::string& id : options.engines) {
    if (!contains(engine_ids, id)) return usage_error("unknown engine '" + id + "' (see --list)");
  }
  for (const auto& [id, path] : options.engine_paths) {
    if (!contains(engine_ids, id) && id != "dualvm") return usage_error("--engine-path: unknown engine '" + id + "'");
  }
  std::vector<std::string> selected = options.engines.empty() ? engine_ids : options.engines;
  if (!options.baseline.empty() && !contains(selected, options.baseline)) {
    return usage_error("--baseline " + options.baseline + " is not among the selected engines");
  }

  bench::EngineContext context{build_dir(), suite.dir, options.engine_paths};
  plan.engines = bench::discover_engines(selected, context);

  std::error_code ec;
  fs::create_directories(options.out_dir, ec);
  if (ec) {
    std::fprintf(stderr, "dualvm-bench: cannot create %s: %s\n", options.out_dir.c_str(), ec.message().c_str());
    return 1;
  }
  for (const bench::Engine& e : plan.engines) {
    std::printf("engine %-14s %s\n", e.id.c_str(), e.available ? e.version.c_str() : ("MISSING: " + e.missing_reason).c_str());
  }
  std::printf("mode %s: %zu benchmarks, %d run(s) x %d iteration(s), timeout %g s\n", plan.mode.c_str(),
              plan.benchmarks.size(), plan.runs, plan.iterations, plan.timeout_s);
  std::fflush(stdout);

  bench::Results results = bench::run_session(plan);
  results.baselines = {{"py", "cpython"}, {"js", "node"}};
  if (!options.baseline.empty()) {
    for (const bench::Engine& e : plan.engines) {
      if (e.id != options.baseline) continue;
      for (const std::string& lang : e.languages) results.baselines[lang] = e.id;
    }
  }
  nlohmann::json size_means;
  for (const bench::Benchmark* b : plan.benchmarks) size_means[b->name] = b->size_means;
  results.config = {{"mode", plan.mode},
                    {"runs", plan.runs},
                    {"iterations", plan.iterations},
                    {"timeout_s", plan.timeout_s},
                    {"baseline_option", options.baseline},
                    {"engines_selected", selected},
                    {"languages_selected", options.languages},
                    {"suite_dir", suite.dir},
                    {"size_means", size_means}};

  std::string out = options.out_dir;
  try {
    std::ofstream json_out(out + "/results.json");
    if (!json_out) throw std::runtime_error("cannot write " + out + "/results.json");
    json_out << bench::results_to_json(results).dump(1) << "\n";
    json_out.close();
    std::vector<std::string> charts = bench::write_charts(results, out);
    bench::write_markdown_report(results, out + "/report.md");
    std::printf("wrote %s/results.json, %s/report.md and %zu SVG charts\n", out.c_str(), out.c_str(), charts.size());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dualvm-bench: %s\n", e.what());
    return 1;
  }
  int ok = 0, failed = 0, missing = 0;
  for (const bench::Cell& c : results.cells) {
    if (c.status == bench::CellStatus::Ok) ok++;
    if (c.status == bench::CellStatus::Failed) {
      failed++;
      std::printf("FAILED  %s on %s [%s]: %s\n", c.benchmark.c_str(), c.engine.c_str(), c.language.c_str(), c.reason.c_str());
    }
    if (c.status == bench::CellStatus::Missing) missing++;
  }
  std::printf("%d ok, %d failed, %d missing (engine not available)\n", ok, failed, missing);
  if (options.strict && (failed > 0 || missing > 0)) return 1;
  return 0;
}
