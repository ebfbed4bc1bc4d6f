// report_common.hpp: lookups and formatting shared by the Markdown report and the SVG charts:
// steady-state times, ratios to the per-language baseline, which engines a language's table
// shows, engine colours, and number formatting.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "results.hpp"

namespace bench {

struct Row {
  std::string engine;    // engine id
  std::string language;  // the cell's language: the table's language, or "cpp" for native
};

std::string language_name(const std::string& language);  // py -> Python
std::vector<std::string> report_languages(const Results& results);  // py, js that have cells

// Engines shown for a language: those that run it, plus the native C++ floor.
std::vector<Row> rows_for_language(const Results& results, const std::string& language);

std::optional<double> steady_us(const Results& results, const std::string& benchmark, const Row& row);
// Steady time over the baseline's steady time for `language` on the same benchmark.
std::optional<double> ratio_to_baseline(const Results& results, const std::string& benchmark, const Row& row,
                                        const std::string& language);

std::string format_us(double us);
std::string format_ratio(double ratio);
std::string format_bytes(double bytes);
std::string engine_color(const std::string& engine_id);
std::string row_label(const Results& results, const Row& row);
std::string xml_escape(const std::string& text);

}  // namespace bench
