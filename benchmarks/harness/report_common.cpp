// report_common.cpp: shared report lookups and formatting.
#include "report_common.hpp"

#include <cstdio>

namespace bench {

std::string language_name(const std::string& language) {
  if (language == "py") return "Python";
  if (language == "js") return "JavaScript";
  if (language == "cpp") return "C++";
  return language;
}

std::vector<std::string> report_languages(const Results& results) {
  std::vector<std::string> languages;
  for (const char* lang : {"py", "js"}) {
    for (const Cell& c : results.cells) {
      if (c.language == lang) {
        languages.push_back(lang);
        break;
      }
    }
  }
  return languages;
}

std::vector<Row> rows_for_language(const Results& results, const std::string& language) {
  std::vector<Row> rows;
  for (const Engine& e : results.engines) {
    if (e.runs(language)) rows.push_back(Row{e.id, language});
  }
  for (const Engine& e : results.engines) {
    if (e.runs("cpp")) rows.push_back(Row{e.id, "cpp"});
  }
  return rows;
}

std::optional<double> steady_us(const Results& results, const std::string& benchmark, const Row& row) {
  const Cell* cell = results.find(benchmark, row.engine, row.language);
  if (!cell || cell->status != CellStatus::Ok || !cell->summary.has_steady) return std::nullopt;
  return cell->summary.steady_median_us;
}

std::optional<double> ratio_to_baseline(const Results& results, const std::string& benchmark, const Row& row,
                                        const std::string& language) {
  auto base_engine = results.baselines.find(language);
  if (base_engine == results.baselines.end()) return std::nullopt;
  auto base = steady_us(results, benchmark, Row{base_engine->second, language});
  auto mine = steady_us(results, benchmark, row);
  if (!base || !mine || *base <= 0 || *mine <= 0) return std::nullopt;
  return *mine / *base;
}

std::string format_us(double us) {
  char buffer[32];
  if (us >= 1e6) {
    std::snprintf(buffer, sizeof buffer, "%.2f s", us / 1e6);
  } else if (us >= 1e3) {
    std::snprintf(buffer, sizeof buffer, "%.1f ms", us / 1e3);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.0f µs", us);
  }
  return buffer;
}

std::string format_ratio(double ratio) {
  char buffer[32];
  if (ratio >= 100) {
    std::snprintf(buffer, sizeof buffer, "%.0f×", ratio);
  } else if (ratio >= 10) {
    std::snprintf(buffer, sizeof buffer, "%.1f×", ratio);
  } else if (ratio >= 0.1) {
    std::snprintf(buffer, sizeof buffer, "%.2f×", ratio);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.3f×", ratio);
  }
  return buffer;
}

std::string format_bytes(double bytes) {
  char buffer[32];
  if (bytes >= 1 << 30) {
    std::snprintf(buffer, sizeof buffer, "%.2f GiB", bytes / (1 << 30));
  } else {
    std::snprintf(buffer, sizeof buffer, "%.1f MiB", bytes / (1 << 20));
  }
  return buffer;
}

std::string engine_color(const std::string& id) {
  if (id == "dualvm-interp") return "#d62728";
  if (id == "dualvm-jit") return "#ff7f0e";
  if (id == "cpython") return "#1f77b4";
  if (id == "pypy") return "#17becf";
  if (id == "node") return "#2ca02c";
  if (id == "node-jitless") return "#98df8a";
  if (id == "node-noopt") return "#bcbd22";
  if (id == "spidermonkey") return "#9467bd";
  if (id == "native") return "#7f7f7f";
  return "#8c564b";
}

std::string row_label(const Results& results, const Row& row) {
  const Engine* e = results.engine(row.engine);
  std::string label = e ? e->label : row.engine;
  if (e && e->languages.size() > 1) label += " [" + row.language + "]";
  return label;
}

std::string xml_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace bench
