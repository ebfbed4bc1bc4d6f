// report_markdown.cpp: renders Results as Markdown.
#include "report_markdown.hpp"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "progress.hpp"
#include "report_common.hpp"
#include "statistics.hpp"
#include "svg_charts.hpp"

namespace bench {

namespace {

std::string pct(double part, double whole) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "±%.0f%%", whole > 0 ? 50.0 * part / whole : 0.0);
  return buffer;
}

std::string cell_text(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

void header(std::ostream& md, const Results& r) {
  const auto& cfg = r.config;
  md << "# dualvm benchmark report\n\n";
  md << "Started " << r.started_utc << ", took " << format_duration(r.total_s) << ". Mode **"
     << cfg.value("mode", "?") << "**: " << cfg.value("iterations", 0) << " iterations per invocation, "
     << cfg.value("runs", 0) << " invocation(s) per benchmark and engine, timeout " << cfg.value("timeout_s", 0.0)
     << " s per invocation.\n\n";
  int ok = 0, failed = 0, missing = 0;
  for (const Cell& c : r.cells) {
    if (c.status == CellStatus::Ok) ok++;
    if (c.status == CellStatus::Failed) failed++;
    if (c.status == CellStatus::Missing) missing++;
  }
  md << r.benchmarks.size() << " benchmarks × " << r.engines.size() << " engines: **" << ok << "** cells ran and "
     << "verified, **" << failed << "** failed, **" << missing << "** missing (engine not installed or not built); "
     << "see [Failures and missing engines](#failures-and-missing-engines).\n\n";
  const auto& m = r.machine;
  md << "## Machine\n\n";
  md << "- CPU: " << m.value("cpu_model", "unknown") << ", " << m.value("logical_cpus", 0) << " logical CPUs\n";
  if (m.contains("memory_bytes")) md << "- Memory: " << format_bytes(m["memory_bytes"].get<double>()) << "\n";
  md << "- OS: " << m.value("os", "unknown") << ", " << m.value("kernel", "") << " " << m.value("arch", "") << "\n";
  md << "- Host: " << m.value("hostname", "") << "\n";
  if (m.contains("load_average_at_start")) {
    const auto& l = m["load_average_at_start"];
    md << "- Load average at start: " << l[0].get<double>() << " " << l[1].get<double>() << " " << l[2].get<double>()
       << "\n";
  }
  md << "\n## Engines\n\n| engine | languages | how it executes | version | status |\n|---|---|---|---|---|\n";
  for (const Engine& e : r.engines) {
    std::string langs;
    for (const std::string& l : e.languages) langs += (langs.empty() ? "" : ", ") + language_name(l);
    std::string status = e.available ? "ran" : "**missing**: " + e.missing_reason;
    for (const std::string& note : e.notes) status += "; " + note;
    md << "| " << cell_text(e.label) << " (`" << e.id << "`) | " << langs << " | " << cell_text(e.tier) << " | "
       << cell_text(e.version.empty() ? "-" : e.version) << " | " << cell_text(status) << " |\n";
  }
  md << "\n";
}

// What dualvm could and could not run, per tier and language, with failures grouped by reason:
// the first thing a reader of a dualvm report wants to know.
void dualvm_status(std::ostream& md, const Results& r) {
  bool any = false;
  for (const Engine& e : r.engines) any = any || e.family == "dualvm";
  if (!any) return;
  md << "## dualvm at a glance\n\n";
  for (const Engine& e : r.engines) {
    if (e.family != "dualvm") continue;
    if (!e.available) {
      md << "- **" << e.label << "**: missing (" << e.missing_reason << ")\n";
      continue;
    }
    for (const std::string& lang : report_languages(r)) {
      if (!e.runs(lang)) continue;
      int total = 0, ok = 0;
      std::vector<std::pair<std::string, std::vector<std::string>>> by_reason;
      for (const std::string& b : r.benchmarks) {
        const Cell* c = r.find(b, e.id, lang);
        if (!c) continue;
        total++;
        if (c->status == CellStatus::Ok) {
          ok++;
          continue;
        }
        // Group on the reason without its run number and run count.
        std::string reason = c->reason;
        if (reason.rfind("run ", 0) == 0 && reason.find(": ") != std::string::npos) {
          reason = reason.substr(reason.find(": ") + 2);
        }
        const std::string runs_failed = "runs failed)";
        size_t runs_note = reason.rfind(" (");
        if (runs_note != std::string::npos && reason.size() >= runs_failed.size() &&
            reason.compare(reason.size() - runs_failed.size(), runs_failed.size(), runs_failed) == 0) {
          reason = reason.substr(0, runs_note);
        }
        bool placed = false;
        for (auto& [text, names] : by_reason) {
          if (text == reason) {
            names.push_back(b);
            placed = true;
          }
        }
        if (!placed) by_reason.push_back({reason, {b}});
      }
      md << "- **" << e.label << "**, " << language_name(lang) << ": " << ok << " of " << total << " benchmarks ran and verified";
      if (by_reason.empty()) {
        md << ".\n";
        continue;
      }
      md << "; not yet:\n";
      for (const auto& [text, names] : by_reason) {
        std::string list;
        for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
        md << "  - " << cell_text(list) << ": " << cell_text(text) << "\n";
      }
    }
  }
  md << "\n";
}

void method(std::ostream& md, const Results& r) {
  int iterations = r.config.value("iterations", 1);
  int warm = warmup_iterations(iterations);
  md << "## Method\n\n";
  md << "- Every benchmark is the same algorithm in Python and JavaScript (and C++ for the numeric "
        "kernels). Each program verifies its own result and exits non-zero on a wrong one, so a wrong "
        "engine cannot look fast; it times each of its iterations itself.\n";
  md << "- Engines run interleaved: each invocation round visits every benchmark and, within it, every "
        "engine in an order rotated per round; one process at a time.\n";
  md << "- **Steady state**: the first " << warm << " of " << iterations
     << " iterations of each invocation are warm-up and excluded; the steady-state time is the median of the "
        "remaining iterations pooled over all good invocations. Spread is half the interquartile range "
        "relative to the median (±%).\n";
  md << "- **Ratio** = steady-state time / the baseline's steady-state time on the same benchmark in the same "
        "language (baselines:";
  for (const auto& [lang, engine] : r.baselines) md << " " << language_name(lang) << " → `" << engine << "`";
  md << "). Below 1× is faster than the baseline. The C++ rows are compared with each language's baseline.\n";
  md << "- **Geometric means** cover only the benchmarks that both the engine and the baseline completed; the "
        "count is given beside each.\n";
  md << "- **Wall** is the whole process (start-up, parsing, warm-up, all iterations); **peak RSS** is the OS's "
        "figure (wait4 ru_maxrss); **GC heap** is the engine's own: for V8 the peak used heap sampled at each GC "
        "start and at exit (node preload + addon), for SpiderMonkey the tenured heap (JSGC_BYTES, nursery "
        "excluded) at each major GC and at exit, for dualvm the peak heap from --stats=json (gc.peak_heap_bytes, "
        "or gc.peak_live_bytes, live data after a collection, which understates it). They measure "
        "different things: RSS includes code, metadata and the allocator's slack.\n";
  md << "- **Excluded**: warm-up iterations, and every invocation that crashed, timed out, printed a wrong result "
        "or the wrong number of iterations (such a cell is marked failed and listed with its reason).\n";
  // Contention check: a single-threaded process that got less than a whole CPU for its lifetime
  // shared the machine with something else, and its times are inflated.
  std::vector<double> shares;
  for (const Cell& c : r.cells) {
    if (c.engine != "cpython" && c.engine != "pypy" && c.engine != "native") continue;
    for (const RunRecord& run : c.runs) {
      if (run.failure.empty() && run.wall_s > 0.05) shares.push_back((run.user_s + run.sys_s) / run.wall_s);
    }
  }
  if (!shares.empty()) {
    char line[512];
    std::snprintf(line, sizeof line,
                  "- **CPU share**: single-threaded invocations (CPython, PyPy, C++) got a median %.0f%% of a CPU "
                  "over their lifetime (lowest %.0f%%)%s\n",
                  100 * median(shares), 100 * quantile(shares, 0), median(shares) < 0.9 ? ": the machine was contended "
                  "during this run, so absolute times are inflated and ratios are noisier than usual." : ".");
    md << line;
  }
  md << "- **Noise**: these are medians on ";
  md << r.machine.value("logical_cpus", 0)
     << " logical CPUs of a possibly shared machine with frequency scaling; differences below about 10% (more "
        "for sub-millisecond iterations) are within noise. Quick mode has few samples: use it for trends, not "
        "for claims.\n\n";
}

void geomeans(std::ostream& md, const Results& r) {
  md << "## Geometric mean of ratios per language\n\n";
  for (const std::string& lang : report_languages(r)) {
    std::string base = r.baselines.count(lang) ? r.baselines.at(lang) : "?";
    md << "### " << language_name(lang) << " (baseline `" << base << "`)\n\n";
    md << "| engine | geometric mean ratio | benchmarks included | failed | missing |\n|---|---|---|---|---|\n";
    for (const Row& row : rows_for_language(r, lang)) {
      std::vector<double> ratios;
      int failed = 0, missing = 0;
      for (const std::string& b : r.benchmarks) {
        const Cell* c = r.find(b, row.engine, row.language);
        if (!c) continue;
        if (c->status == CellStatus::Failed) failed++;
        if (c->status == CellStatus::Missing) missing++;
        if (auto ratio = ratio_to_baseline(r, b, row, lang)) ratios.push_back(*ratio);
      }
      md << "| " << cell_text(row_label(r, row)) << " | "
         << (ratios.empty() ? std::string("-") : format_ratio(geometric_mean(ratios))) << " | " << ratios.size()
         << " | " << failed << " | " << missing << " |\n";
    }
    md << "\n![" << language_name(lang) << " ratios](" << ratio_chart_name(lang) << ")\n\n";
  }
}

void cross_language(std::ostream& md, const Results& r) {
  md << "## Python vs JavaScript: the same algorithm\n\n";
  md << "Python steady-state time / JavaScript steady-state time per benchmark (above 1×: the Python "
        "program is slower).\n\n";
  std::vector<std::pair<std::string, std::pair<Row, Row>>> pairs;
  for (const Engine& e : r.engines) {
    if (e.runs("py") && e.runs("js")) pairs.push_back({e.label + " (one engine)", {Row{e.id, "py"}, Row{e.id, "js"}}});
  }
  if (pairs.empty()) md << "No engine in this run executes both languages.\n\n";
  // Reference pairs across engine families: interpreter vs interpreter, JIT vs JIT.
  auto has = [&](const std::string& id) { return r.engine(id) != nullptr; };
  if (has("cpython") && has("node-jitless")) {
    pairs.push_back({"CPython / node --jitless (interpreters)", {Row{"cpython", "py"}, Row{"node-jitless", "js"}}});
  }
  if (has("pypy") && has("node")) pairs.push_back({"PyPy / node (JITs)", {Row{"pypy", "py"}, Row{"node", "js"}}});
  if (pairs.empty()) return;
  md << "| benchmark |";
  for (const auto& p : pairs) md << " " << cell_text(p.first) << " |";
  md << "\n|---|";
  for (size_t i = 0; i < pairs.size(); i++) md << "---|";
  md << "\n";
  std::vector<std::vector<double>> all(pairs.size());
  for (const std::string& b : r.benchmarks) {
    md << "| " << b << " |";
    for (size_t i = 0; i < pairs.size(); i++) {
      auto py = steady_us(r, b, pairs[i].second.first);
      auto js = steady_us(r, b, pairs[i].second.second);
      if (py && js && *js > 0) {
        all[i].push_back(*py / *js);
        md << " " << format_ratio(*py / *js) << " |";
      } else {
        md << " - |";
      }
    }
    md << "\n";
  }
  md << "| **geometric mean** |";
  for (const auto& v : all) md << " " << (v.empty() ? std::string("-") : "**" + format_ratio(geometric_mean(v)) + "**") << " |";
  md << "\n\n";
}

void per_benchmark(std::ostream& md, const Results& r, const std::map<std::string, std::string>& size_means) {
  md << "## Per benchmark\n\n";
  for (const std::string& b : r.benchmarks) {
    long size = 0;
    for (const Cell& c : r.cells) {
      if (c.benchmark == b) size = c.size;
    }
    md << "### " << b << "\n\nsize " << size;
    if (size_means.count(b)) md << " (" << size_means.at(b) << ")";
    md << " · [warm-up chart](" << warmup_chart_name(b) << ")\n\n";
    md << "| engine | language | steady median | spread | ratio | first iteration | wall | peak RSS | GC heap |\n";
    md << "|---|---|---|---|---|---|---|---|---|\n";
    for (const std::string& lang : {std::string("py"), std::string("js"), std::string("cpp")}) {
      for (const Engine& e : r.engines) {
        if (!e.runs(lang) || !e.available) continue;  // missing engines: see "Failures and missing"
        const Cell* c = r.find(b, e.id, lang);
        if (!c) continue;
        md << "| " << cell_text(e.label) << " | " << language_name(lang) << " | ";
        if (c->status == CellStatus::Failed) {
          std::string reason = c->reason.size() > 90 ? c->reason.substr(0, 90) + "..." : c->reason;
          md << "**failed**: " << cell_text(reason) << " | | | | | | |\n";
          continue;
        }
        const CellSummary& s = c->summary;
        std::string ratio;
        if (lang == "cpp") {
          for (const std::string& l : report_languages(r)) {
            if (auto x = ratio_to_baseline(r, b, Row{e.id, lang}, l)) {
              ratio += (ratio.empty() ? "" : " · ") + l + " " + format_ratio(*x);
            }
          }
        } else if (auto x = ratio_to_baseline(r, b, Row{e.id, lang}, lang)) {
          ratio = format_ratio(*x);
        }
        char wall[32];
        std::snprintf(wall, sizeof wall, "%.2f s", s.wall_s_median);
        md << format_us(s.steady_median_us) << " | " << pct(s.steady_q3_us - s.steady_q1_us, s.steady_median_us)
           << " | " << (ratio.empty() ? "-" : ratio) << " | " << format_us(s.first_iteration_us) << " | " << wall
           << " | " << format_bytes(s.max_rss_kb_median * 1024) << " | "
           << (s.gc_heap_peak_bytes ? format_bytes(*s.gc_heap_peak_bytes) : std::string("-")) << " |\n";
      }
    }
    md << "\n";
  }
}

void warmup(std::ostream& md, const Results& r) {
  md << "## Warm-up\n\n";
  md << "First iteration time / steady-state median, and (after the semicolon) the first iteration whose time "
        "is within 10% of the steady median. A large first ratio shows JIT compilation or cache warm-up; a "
        "ratio near 1× an engine that starts at full speed.\n\n";
  std::vector<Row> rows;
  for (const std::string& lang : {std::string("py"), std::string("js"), std::string("cpp")}) {
    for (const Engine& e : r.engines) {
      if (e.runs(lang) && e.available) rows.push_back(Row{e.id, lang});
    }
  }
  md << "| benchmark |";
  for (const Row& row : rows) md << " " << cell_text(row_label(r, row)) << (r.engine(row.engine)->languages.size() > 1 ? "" : " [" + row.language + "]") << " |";
  md << "\n|---|";
  for (size_t i = 0; i < rows.size(); i++) md << "---|";
  md << "\n";
  for (const std::string& b : r.benchmarks) {
    md << "| [" << b << "](" << warmup_chart_name(b) << ") |";
    for (const Row& row : rows) {
      const Cell* c = r.find(b, row.engine, row.language);
      if (!c || c->status != CellStatus::Ok || !c->summary.has_steady || c->summary.steady_median_us <= 0) {
        md << " - |";
        continue;
      }
      const CellSummary& s = c->summary;
      md << " " << format_ratio(s.first_iteration_us / s.steady_median_us) << "; "
         << (s.iterations_to_steady > 0 ? std::to_string(s.iterations_to_steady) : std::string("never")) << " |";
    }
    md << "\n";
  }
  md << "\n";
}

void failures(std::ostream& md, const Results& r) {
  md << "## Failures and missing engines\n\n";
  // A missing engine is one line (it is missing for every benchmark); failures are per cell.
  int missing = 0;
  for (const Engine& e : r.engines) {
    if (e.available) continue;
    missing++;
    md << "- **" << e.label << "** (`" << e.id << "`) is missing: " << e.missing_reason << ". None of its cells ran.\n";
  }
  if (missing > 0) md << "\n";
  int count = 0;
  std::ostringstream table;
  table << "| benchmark | engine | language | reason |\n|---|---|---|---|\n";
  for (const Cell& c : r.cells) {
    if (c.status != CellStatus::Failed) continue;
    count++;
    const Engine* e = r.engine(c.engine);
    table << "| " << c.benchmark << " | " << cell_text(e ? e->label : c.engine) << " | " << language_name(c.language)
          << " | " << cell_text(c.reason) << " |\n";
  }
  if (count == 0) {
    md << "No failures: every benchmark verified itself on every engine that ran.\n";
  } else {
    md << count << " benchmark/engine cell(s) failed; their invocations are excluded from every figure above.\n\n"
       << table.str();
  }
}

}  // namespace

void write_markdown_report(const Results& results, const std::string& path) {
  std::map<std::string, std::string> size_means;
  if (results.config.contains("size_means")) {
    for (auto it = results.config["size_means"].begin(); it != results.config["size_means"].end(); ++it) {
      size_means[it.key()] = it->get<std::string>();
    }
  }
  std::ostringstream md;
  header(md, results);
  dualvm_status(md, results);
  method(md, results);
  geomeans(md, results);
  cross_language(md, results);
  per_benchmark(md, results, size_means);
  warmup(md, results);
  failures(md, results);
  std::ofstream out(path);
  if (!out) throw std::runtime_error("cannot write " + path);
  out << md.str();
}

}  // namespace bench
