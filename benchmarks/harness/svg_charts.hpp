// svg_charts.hpp: the report's charts as standalone SVG files: per language, every engine's
// steady-state ratio to the baseline on a log scale; per benchmark, the warm-up curves.
#pragma once
#include <string>
#include <vector>

#include "results.hpp"

namespace bench {

// Writes ratios-<lang>.svg and warmup-<benchmark>.svg into out_dir; returns the file names.
std::vector<std::string> write_charts(const Results& results, const std::string& out_dir);

std::string ratio_chart_name(const std::string& language);
std::string warmup_chart_name(const std::string& benchmark);

}  // namespace bench
