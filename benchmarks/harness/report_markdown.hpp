// report_markdown.hpp: report.md: machine and engines, method, geometric means per language,
// Python-vs-JavaScript ratios, per-benchmark tables, warm-up summary, failures.
#pragma once
#include <string>

#include "results.hpp"

namespace bench {

void write_markdown_report(const Results& results, const std::string& path);

}  // namespace bench
