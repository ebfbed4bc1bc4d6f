// results.cpp: cell summaries and the results.json serialization.
#include "results.hpp"

#include <cmath>
#include <stdexcept>

#include "statistics.hpp"

namespace bench {

const char* status_name(CellStatus status) {
  switch (status) {
    case CellStatus::Ok: return "ok";
    case CellStatus::Failed: return "failed";
    case CellStatus::Missing: return "missing";
  }
  return "?";
}

const Cell* Results::find(const std::string& benchmark, const std::string& engine_id, const std::string& language) const {
  for (const Cell& c : cells) {
    if (c.benchmark == benchmark && c.engine == engine_id && c.language == language) return &c;
  }
  return nullptr;
}

const Engine* Results::engine(const std::string& id) const {
  for (const Engine& e : engines) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

namespace {

// The engine's own GC-heap peak: node's preload reports peak_used_heap_bytes (or
// used_heap_size without the addon). For dualvm's --stats JSON, gc.peak_heap_bytes (the heap
// including garbage at its largest, like V8's used heap at GC start) when the shell provides it,
// else gc.peak_live_bytes (what it prints today: live data after a collection), else the first
// numeric field named with "peak" and "heap" or "live" (never "rss": the OS's figure).
std::optional<double> heap_peak_from(const RunRecord& run) {
  if (run.heap) {
    for (const char* key : {"peak_used_heap_bytes", "used_heap_size"}) {
      if (run.heap->contains(key) && (*run.heap)[key].is_number()) return (*run.heap)[key].get<double>();
    }
  }
  if (!run.stats || !run.stats->is_object()) return std::nullopt;
  if (run.stats->contains("gc") && (*run.stats)["gc"].is_object()) {
    const nlohmann::json& gc = (*run.stats)["gc"];
    for (const char* key : {"peak_heap_bytes", "peak_live_bytes"}) {
      if (gc.contains(key) && gc[key].is_number()) return gc[key].get<double>();
    }
  }
  std::vector<const nlohmann::json*> stack{&*run.stats};
  while (!stack.empty()) {
    const nlohmann::json* node = stack.back();
    stack.pop_back();
    for (auto it = node->begin(); it != node->end(); ++it) {
      const std::string& key = it.key();
      bool named = key.find("peak") != std::string::npos && key.find("rss") == std::string::npos &&
                   (key.find("heap") != std::string::npos || key.find("live") != std::string::npos);
      if (it->is_number() && named) return it->get<double>();
      if (it->is_object()) stack.push_back(&*it);
    }
  }
  return std::nullopt;
}

}  // namespace

void summarize(Cell& cell, int iterations) {
  CellSummary s;
  s.warmup_excluded = warmup_iterations(iterations);
  std::vector<double> steady, walls, rss, heaps;
  std::vector<std::vector<double>> by_index(iterations);
  int failed = 0;
  for (const RunRecord& run : cell.runs) {
    if (!run.failure.empty()) {
      if (failed++ == 0) {
        cell.reason = cell.runs.size() > 1 ? "run " + std::to_string(run.run_index + 1) + ": " + run.failure : run.failure;
      }
      continue;
    }
    for (size_t i = 0; i < run.iteration_us.size(); i++) {
      if (static_cast<int>(i) >= s.warmup_excluded) steady.push_back(run.iteration_us[i]);
      if (static_cast<int>(i) < iterations) by_index[i].push_back(run.iteration_us[i]);
    }
    walls.push_back(run.wall_s);
    rss.push_back(static_cast<double>(run.max_rss_kb));
    if (auto peak = heap_peak_from(run)) heaps.push_back(*peak);
  }
  if (failed > 0) {
    cell.status = CellStatus::Failed;
    if (failed > 1) cell.reason += " (" + std::to_string(failed) + " of " + std::to_string(cell.runs.size()) + " runs failed)";
  }
  if (!steady.empty()) {
    s.has_steady = true;
    s.steady_samples = static_cast<int>(steady.size());
    s.steady_median_us = median(steady);
    s.steady_q1_us = quantile(steady, 0.25);
    s.steady_q3_us = quantile(steady, 0.75);
    s.steady_min_us = quantile(steady, 0);
    s.steady_max_us = quantile(steady, 1);
    for (const auto& column : by_index) {
      if (!column.empty()) s.curve_us.push_back(median(column));
    }
    if (!s.curve_us.empty()) s.first_iteration_us = s.curve_us[0];
    for (size_t i = 0; i < s.curve_us.size(); i++) {
      if (s.curve_us[i] <= 1.1 * s.steady_median_us) {
        s.iterations_to_steady = static_cast<int>(i) + 1;
        break;
      }
    }
    s.wall_s_median = median(walls);
    s.max_rss_kb_median = median(rss);
    if (!heaps.empty()) s.gc_heap_peak_bytes = median(heaps);
  }
  cell.summary = s;
}

nlohmann::json results_to_json(const Results& results) {
  using nlohmann::json;
  json doc;
  doc["schema"] = "dualvm-bench-results/1";
  doc["started_utc"] = results.started_utc;
  doc["total_seconds"] = results.total_s;
  doc["config"] = results.config;
  doc["machine"] = results.machine;
  doc["baselines"] = results.baselines;
  doc["benchmarks"] = results.benchmarks;
  json engines = json::array();
  for (const Engine& e : results.engines) {
    json j;
    j["id"] = e.id;
    j["label"] = e.label;
    j["family"] = e.family;
    j["tier"] = e.tier;
    j["languages"] = e.languages;
    j["available"] = e.available;
    if (!e.available) j["missing_reason"] = e.missing_reason;
    j["executable"] = e.executable;
    j["flags"] = e.flags;
    j["version"] = e.version;
    j["notes"] = e.notes;
    engines.push_back(j);
  }
  doc["engines"] = engines;
  json cells = json::array();
  for (const Cell& c : results.cells) {
    json j;
    j["benchmark"] = c.benchmark;
    j["engine"] = c.engine;
    j["language"] = c.language;
    j["size"] = c.size;
    j["status"] = status_name(c.status);
    if (!c.reason.empty()) j["reason"] = c.reason;
    const CellSummary& s = c.summary;
    if (s.has_steady) {
      json sj;
      sj["warmup_iterations_excluded"] = s.warmup_excluded;
      sj["steady_samples"] = s.steady_samples;
      sj["steady_median_us"] = s.steady_median_us;
      sj["steady_q1_us"] = s.steady_q1_us;
      sj["steady_q3_us"] = s.steady_q3_us;
      sj["steady_min_us"] = s.steady_min_us;
      sj["steady_max_us"] = s.steady_max_us;
      sj["curve_us"] = s.curve_us;
      sj["first_iteration_us"] = s.first_iteration_us;
      sj["iterations_to_steady"] = s.iterations_to_steady;
      sj["wall_s_median"] = s.wall_s_median;
      sj["max_rss_kb_median"] = s.max_rss_kb_median;
      sj["gc_heap_peak_bytes"] = s.gc_heap_peak_bytes ? json(*s.gc_heap_peak_bytes) : json(nullptr);
      j["summary"] = sj;
    }
    json runs = json::array();
    for (const RunRecord& r : c.runs) {
      json rj;
      rj["run"] = r.run_index + 1;
      rj["command"] = r.command;
      rj["iteration_us"] = r.iteration_us;
      rj["wall_s"] = r.wall_s;
      rj["max_rss_kb"] = r.max_rss_kb;
      rj["user_s"] = r.user_s;
      rj["sys_s"] = r.sys_s;
      rj["exit_code"] = r.exit_code;
      rj["signal"] = r.term_signal;
      rj["timed_out"] = r.timed_out;
      rj["ok"] = r.failure.empty();
      if (!r.failure.empty()) rj["failure"] = r.failure;
      rj["heap"] = r.heap ? *r.heap : json(nullptr);
      rj["stats"] = r.stats ? *r.stats : json(nullptr);
      runs.push_back(rj);
    }
    j["runs"] = runs;
    cells.push_back(j);
  }
  doc["cells"] = cells;
  return doc;
}

Results results_from_json(const nlohmann::json& doc) {
  if (!doc.is_object() || doc.value("schema", "") != "dualvm-bench-results/1") {
    throw std::runtime_error("not a dualvm-bench-results/1 document");
  }
  Results r;
  try {
    r.started_utc = doc.at("started_utc").get<std::string>();
    r.total_s = doc.at("total_seconds").get<double>();
    r.config = doc.at("config");
    r.machine = doc.at("machine");
    r.baselines = doc.at("baselines").get<std::map<std::string, std::string>>();
    r.benchmarks = doc.at("benchmarks").get<std::vector<std::string>>();
    for (const auto& j : doc.at("engines")) {
      Engine e;
      e.id = j.at("id").get<std::string>();
      e.label = j.at("label").get<std::string>();
      e.family = j.at("family").get<std::string>();
      e.tier = j.at("tier").get<std::string>();
      e.languages = j.at("languages").get<std::vector<std::string>>();
      e.available = j.at("available").get<bool>();
      e.missing_reason = j.value("missing_reason", "");
      e.executable = j.at("executable").get<std::string>();
      e.flags = j.at("flags").get<std::vector<std::string>>();
      e.version = j.at("version").get<std::string>();
      e.notes = j.at("notes").get<std::vector<std::string>>();
      r.engines.push_back(e);
    }
    int iterations = r.config.at("iterations").get<int>();
    for (const auto& j : doc.at("cells")) {
      Cell c;
      c.benchmark = j.at("benchmark").get<std::string>();
      c.engine = j.at("engine").get<std::string>();
      c.language = j.at("language").get<std::string>();
      c.size = j.at("size").get<long>();
      std::string status = j.at("status").get<std::string>();
      c.status = status == "ok" ? CellStatus::Ok : status == "failed" ? CellStatus::Failed : CellStatus::Missing;
      c.reason = j.value("reason", "");
      for (const auto& rj : j.at("runs")) {
        RunRecord run;
        run.run_index = rj.at("run").get<int>() - 1;
        run.command = rj.at("command").get<std::vector<std::string>>();
        run.iteration_us = rj.at("iteration_us").get<std::vector<double>>();
        run.wall_s = rj.at("wall_s").get<double>();
        run.max_rss_kb = rj.at("max_rss_kb").get<long>();
        run.user_s = rj.at("user_s").get<double>();
        run.sys_s = rj.at("sys_s").get<double>();
        run.exit_code = rj.at("exit_code").get<int>();
        run.term_signal = rj.at("signal").get<int>();
        run.timed_out = rj.at("timed_out").get<bool>();
        run.failure = rj.value("failure", "");
        if (!rj.at("heap").is_null()) run.heap = rj.at("heap");
        if (!rj.at("stats").is_null()) run.stats = rj.at("stats");
        c.runs.push_back(run);
      }
      // Summaries are recomputed, so a re-render follows the current method.
      if (c.status != CellStatus::Missing) {
        c.status = CellStatus::Ok;
        c.reason.clear();
        summarize(c, iterations);
      }
      r.cells.push_back(c);
    }
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("malformed results.json: ") + e.what());
  }
  return r;
}

}  // namespace bench
