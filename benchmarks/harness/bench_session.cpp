// bench_session.cpp: the interleaved run loop.
#include "bench_session.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>

#include "machine_info.hpp"
#include "process_runner.hpp"
#include "progress.hpp"
#include "run_output.hpp"

namespace bench {

namespace {

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buffer;
}

struct Task {
  size_t cell;
  const Benchmark* benchmark;
  const Engine* engine;
  std::string language;
  std::vector<std::string> command;
};

}  // namespace

Results run_session(const SessionPlan& plan) {
  Results results;
  results.started_utc = utc_now();
  results.machine = machine_info();
  results.engines = plan.engines;
  auto started = std::chrono::steady_clock::now();

  // One cell per benchmark, engine and language the engine runs; remember each cell's command.
  std::vector<std::vector<std::string>> commands;
  for (const Benchmark* b : plan.benchmarks) {
    results.benchmarks.push_back(b->name);
    long size = b->sizes.at(plan.mode);
    for (const Engine& e : plan.engines) {
      for (const std::string& language : e.languages) {
        if (!plan.languages.empty() && language != "cpp" &&
            std::find(plan.languages.begin(), plan.languages.end(), language) == plan.languages.end()) {
          continue;
        }
        Cell cell;
        cell.benchmark = b->name;
        cell.engine = e.id;
        cell.language = language;
        cell.size = size;
        std::vector<std::string> command;
        if (!e.available) {
          cell.status = CellStatus::Missing;
          cell.reason = e.missing_reason;
        } else {
          std::string why;
          command = benchmark_command(e, *b, language, plan.iterations, size, &why);
          if (command.empty()) continue;  // e.g. no native version of this benchmark: not a cell
        }
        results.cells.push_back(cell);
        commands.push_back(command);
      }
    }
  }

  // Interleave: every run visits every benchmark, and within a benchmark the engines in an order
  // rotated by run, so no engine always goes first after a cold cache.
  std::vector<Task> tasks;
  for (int run = 0; run < plan.runs; run++) {
    for (const Benchmark* b : plan.benchmarks) {
      std::vector<size_t> cells;
      for (size_t i = 0; i < results.cells.size(); i++) {
        if (results.cells[i].benchmark == b->name && !commands[i].empty()) cells.push_back(i);
      }
      for (size_t k = 0; k < cells.size(); k++) {
        size_t i = cells[(k + run) % cells.size()];
        const Cell& c = results.cells[i];
        const Engine* engine = nullptr;
        for (const Engine& e : plan.engines) {
          if (e.id == c.engine) engine = &e;
        }
        tasks.push_back(Task{i, b, engine, c.language, commands[i]});
      }
    }
  }

  Progress progress(static_cast<int>(tasks.size()));
  std::vector<int> run_counter(results.cells.size(), 0);
  for (const Task& task : tasks) {
    std::string what = task.benchmark->name + " " + task.engine->id +
                       (task.engine->languages.size() > 1 ? "/" + task.language : "");
    progress.begin(what);
    ProcessResult process = run_process(task.command, task.engine->env, plan.timeout_s);
    ParsedOutput parsed = parse_output(process, task.engine->heap_line, task.engine->stats_json);
    RunRecord record;
    record.run_index = run_counter[task.cell]++;
    record.command = task.command;
    record.iteration_us = parsed.iteration_us;
    record.wall_s = process.wall_s;
    record.max_rss_kb = process.max_rss_kb;
    record.user_s = process.user_s;
    record.sys_s = process.sys_s;
    record.exit_code = process.exit_code;
    record.term_signal = process.term_signal;
    record.timed_out = process.timed_out;
    record.failure = failure_reason(process, parsed, plan.iterations, plan.timeout_s);
    record.heap = parsed.heap;
    record.stats = parsed.stats;
    results.cells[task.cell].runs.push_back(record);
    progress.step(what, record.failure.empty() ? "ok" : "FAILED: " + record.failure);
  }
  progress.finish();

  for (Cell& cell : results.cells) {
    if (cell.status != CellStatus::Missing) summarize(cell, plan.iterations);
  }
  results.total_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return results;
}

}  // namespace bench
