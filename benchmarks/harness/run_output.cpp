// run_output.cpp: parsing of benchmark output and failure classification.
#include "run_output.hpp"

#include <signal.h>
#include <string.h>

#include <cctype>
#include <cstdlib>
#include <sstream>

namespace bench {

namespace {

const char kHeapPrefix[] = "dualvm-bench-heap: ";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

// "iteration N: T us" -> (N, T); false for any other line.
bool parse_iteration_line(const std::string& line, long* index, double* us) {
  const char prefix[] = "iteration ";
  if (line.rfind(prefix, 0) != 0) return false;
  const char* p = line.c_str() + sizeof prefix - 1;
  char* end = nullptr;
  long n = std::strtol(p, &end, 10);
  if (end == p || *end != ':') return false;
  p = end + 1;
  while (*p == ' ') p++;
  double t = std::strtod(p, &end);
  if (end == p) return false;
  if (std::string(end) != " us") return false;
  *index = n;
  *us = t;
  return true;
}

std::string clip(std::string text, size_t limit) {
  if (text.size() > limit) text = text.substr(0, limit) + "...";
  return text;
}

std::string trimmed(const std::string& s) {
  size_t a = s.find_first_not_of(" \t");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t");
  return s.substr(a, b - a + 1);
}

// The most telling stderr line: an "...Error: ..." or "...Exception: ..." line (what node and a
// Python traceback end with), else the last non-empty line.
std::string telling_line(const std::string& err) {
  std::string last;
  for (const std::string& raw : lines_of(err)) {
    std::string line = trimmed(raw);
    if (line.empty() || line.rfind(kHeapPrefix, 0) == 0 || line[0] == '{') continue;
    size_t colon = line.find(": ");
    if (colon != std::string::npos && colon > 0) {
      std::string head = line.substr(0, colon);
      bool word = true;
      for (char c : head) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.') word = false;
      }
      if (word && (head.find("Error") != std::string::npos || head.find("Exception") != std::string::npos)) {
        return line;
      }
    }
    if (line.rfind("at ", 0) != 0) last = line;
  }
  return last;
}

}  // namespace

ParsedOutput parse_output(const ProcessResult& process, bool expect_heap_line, bool expect_stats) {
  ParsedOutput parsed;
  for (const std::string& line : lines_of(process.out)) {
    long index = 0;
    double us = 0;
    if (!parse_iteration_line(line, &index, &us)) continue;
    if (index != static_cast<long>(parsed.iteration_us.size()) + 1 && parsed.protocol_error.empty()) {
      parsed.protocol_error = "iteration lines out of order at '" + clip(line, 80) + "'";
    }
    parsed.iteration_us.push_back(us);
  }
  std::vector<std::string> err_lines = lines_of(process.err);
  if (expect_heap_line) {
    for (const std::string& line : err_lines) {
      if (line.rfind(kHeapPrefix, 0) != 0) continue;
      try {
        parsed.heap = nlohmann::json::parse(line.substr(sizeof kHeapPrefix - 1));
      } catch (const std::exception&) {
        parsed.heap.reset();
      }
    }
  }
  if (expect_stats) {
    // The stats object is the last stderr text that starts a line with '{' and parses to its end
    // (pretty-printed or one line); failing that, the last single line that parses.
    size_t offset = process.err.size();
    while (offset > 0 && !parsed.stats) {
      size_t brace = process.err.rfind("\n{", offset - 1);
      size_t start = brace == std::string::npos ? (process.err.rfind('{', 0) == 0 ? 0 : std::string::npos) : brace + 1;
      if (start == std::string::npos) break;
      auto candidate = nlohmann::json::parse(process.err.substr(start), nullptr, false);
      if (!candidate.is_discarded() && candidate.is_object()) {
        parsed.stats = candidate;
        parsed.stats_offset = start;
      } else {
        size_t line_end = process.err.find('\n', start);
        auto single = nlohmann::json::parse(process.err.substr(start, line_end == std::string::npos ? std::string::npos : line_end - start), nullptr, false);
        if (!single.is_discarded() && single.is_object()) {
          parsed.stats = single;
          parsed.stats_offset = start;
        }
      }
      if (start == 0) break;
      offset = start - 1;
    }
  }
  return parsed;
}

std::string failure_reason(const ProcessResult& process, const ParsedOutput& parsed, int expected_iterations,
                           double timeout_s) {
  if (!process.spawn_error.empty()) return process.spawn_error;
  // The engine's own message, not the --stats object it printed after it.
  std::string detail = telling_line(process.err.substr(0, parsed.stats_offset));
  auto with_detail = [&](std::string head) {
    return detail.empty() ? head : head + ": " + clip(detail, 240);
  };
  if (process.timed_out) {
    std::ostringstream s;
    s << "timed out after " << timeout_s << " s (" << parsed.iteration_us.size() << " of " << expected_iterations
      << " iterations done)";
    return s.str();
  }
  if (process.term_signal != 0) {
    const char* name = sigabbrev_np(process.term_signal);
    return with_detail("crashed with signal " + std::to_string(process.term_signal) +
                       (name ? std::string(" (SIG") + name + ")" : ""));
  }
  if (process.exit_code != 0) return with_detail("exit code " + std::to_string(process.exit_code));
  if (!parsed.protocol_error.empty()) return parsed.protocol_error;
  if (static_cast<int>(parsed.iteration_us.size()) != expected_iterations) {
    return with_detail("printed " + std::to_string(parsed.iteration_us.size()) + " of " +
                       std::to_string(expected_iterations) + " iteration lines");
  }
  return "";
}

}  // namespace bench
