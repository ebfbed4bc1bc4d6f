// svg_charts.cpp: hand-written SVG (no library): log-scale ratio bars and warm-up line charts.
#include "svg_charts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "report_common.hpp"

namespace bench {

namespace {

std::string num(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  return buffer;
}

std::string decade_label(int exponent) {
  double v = std::pow(10.0, exponent);
  char buffer[32];
  if (exponent >= 0) {
    std::snprintf(buffer, sizeof buffer, "%.0f×", v);
  } else {
    std::snprintf(buffer, sizeof buffer, "%g×", v);
  }
  return buffer;
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path);
  if (!out) throw std::runtime_error("cannot write " + path);
  out << text;
}

const char* kFont = "font-family=\"DejaVu Sans, Arial, sans-serif\"";

std::string ratio_chart(const Results& results, const std::string& language) {
  // Missing engines get no rows (the subtitle names them); failed cells stay, in grey.
  std::vector<Row> rows;
  std::string missing;
  for (const Row& row : rows_for_language(results, language)) {
    const Engine* e = results.engine(row.engine);
    if (e && !e->available) {
      missing += (missing.empty() ? "" : ", ") + row_label(results, row);
    } else {
      rows.push_back(row);
    }
  }
  std::string baseline = results.baselines.count(language) ? results.baselines.at(language) : "";
  const Engine* base_engine = results.engine(baseline);
  std::string base_label = base_engine ? base_engine->label : baseline;

  // Domain: whole decades around every ratio, always including 1.
  double lo = 1, hi = 1;
  for (const std::string& b : results.benchmarks) {
    for (const Row& row : rows) {
      if (auto r = ratio_to_baseline(results, b, row, language)) {
        lo = std::min(lo, *r);
        hi = std::max(hi, *r);
      }
    }
  }
  int lo_exp = static_cast<int>(std::floor(std::log10(lo) - 1e-9));
  int hi_exp = static_cast<int>(std::ceil(std::log10(hi) + 1e-9));
  if (lo_exp == hi_exp) hi_exp++;
  lo_exp = std::min(lo_exp, -1);
  hi_exp = std::max(hi_exp, 1);

  const double left = 120, right = 70, top = 84, bar_h = 12, group_gap = 12, width = 960;
  const double plot_w = width - left - right;
  auto x_of = [&](double ratio) {
    return left + (std::log10(ratio) - lo_exp) / (hi_exp - lo_exp) * plot_w;
  };

  // One group per benchmark; a row only where a cell exists (native exists for a few).
  struct Line {
    std::string benchmark;
    std::vector<std::pair<Row, const Cell*>> bars;
  };
  std::vector<Line> groups;
  for (const std::string& b : results.benchmarks) {
    Line line{b, {}};
    for (const Row& row : rows) {
      if (const Cell* c = results.find(b, row.engine, row.language)) line.bars.push_back({row, c});
    }
    if (!line.bars.empty()) groups.push_back(line);
  }
  double height = top + 40;
  for (const Line& g : groups) height += g.bars.size() * bar_h + group_gap;

  std::ostringstream svg;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << num(height)
      << "\" viewBox=\"0 0 " << width << " " << num(height) << "\" " << kFont << " font-size=\"11\">\n";
  svg << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  svg << "<text x=\"" << left << "\" y=\"20\" font-size=\"15\" font-weight=\"bold\">" << language_name(language)
      << ": steady-state time relative to " << xml_escape(base_label) << "</text>\n";
  svg << "<text x=\"" << left << "\" y=\"36\" fill=\"#555\">log scale; bars grow from 1×: left of it is faster "
         "than the baseline, right is slower. Grey text: failed.</text>\n";
  if (!missing.empty()) {
    svg << "<text x=\"" << left << "\" y=\"72\" fill=\"#999\">not installed, so not shown: "
        << xml_escape(missing) << "</text>\n";
  }
  // Legend.
  double lx = left;
  for (const Row& row : rows) {
    std::string label = row_label(results, row);
    svg << "<rect x=\"" << num(lx) << "\" y=\"46\" width=\"10\" height=\"10\" fill=\"" << engine_color(row.engine) << "\"/>";
    svg << "<text x=\"" << num(lx + 13) << "\" y=\"55\">" << xml_escape(label) << "</text>\n";
    lx += 22 + 6.2 * label.size();
  }
  // Grid and axis labels.
  double plot_bottom = height - 30;
  for (int e = lo_exp; e <= hi_exp; e++) {
    double x = x_of(std::pow(10.0, e));
    svg << "<line x1=\"" << num(x) << "\" y1=\"" << top << "\" x2=\"" << num(x) << "\" y2=\"" << num(plot_bottom)
        << "\" stroke=\"" << (e == 0 ? "#000" : "#ddd") << "\" stroke-width=\"" << (e == 0 ? 1.5 : 1) << "\"/>\n";
    svg << "<text x=\"" << num(x) << "\" y=\"" << num(plot_bottom + 14) << "\" text-anchor=\"middle\">"
        << decade_label(e) << "</text>\n";
  }
  double y = top;
  for (const Line& g : groups) {
    double group_h = g.bars.size() * bar_h;
    svg << "<text x=\"" << left - 8 << "\" y=\"" << num(y + group_h / 2 + 4) << "\" text-anchor=\"end\" font-weight=\"bold\">"
        << xml_escape(g.benchmark) << "</text>\n";
    for (const auto& [row, cell] : g.bars) {
      auto r = ratio_to_baseline(results, g.benchmark, row, language);
      std::string label = row_label(results, row);
      if (r) {
        double x0 = x_of(1), x1 = x_of(*r);
        double bx = std::min(x0, x1), bw = std::max(std::fabs(x1 - x0), 1.0);
        svg << "<rect x=\"" << num(bx) << "\" y=\"" << num(y + 1) << "\" width=\"" << num(bw) << "\" height=\""
            << num(bar_h - 2) << "\" fill=\"" << engine_color(row.engine) << "\"><title>" << xml_escape(label) << ": "
            << format_ratio(*r) << "</title></rect>";
        double tx = x1 >= x0 ? x1 + 3 : x1 - 3;
        svg << "<text x=\"" << num(tx) << "\" y=\"" << num(y + bar_h - 2) << "\" font-size=\"9\" text-anchor=\""
            << (x1 >= x0 ? "start" : "end") << "\">" << format_ratio(*r) << "</text>\n";
      } else {
        std::string why = cell->status == CellStatus::Ok ? "no baseline" : status_name(cell->status);
        svg << "<text x=\"" << num(x_of(1) + 4) << "\" y=\"" << num(y + bar_h - 2) << "\" font-size=\"9\" fill=\"#999\">"
            << xml_escape(label) << ": " << why << "</text>\n";
      }
      y += bar_h;
    }
    y += group_gap;
  }
  svg << "</svg>\n";
  return svg.str();
}

std::string warmup_chart(const Results& results, const std::string& benchmark) {
  struct Curve {
    std::string label, color;
    std::vector<double> us;
  };
  std::vector<Curve> curves;
  for (const std::string& lang : {std::string("py"), std::string("js"), std::string("cpp")}) {
    for (const Engine& e : results.engines) {
      if (!e.runs(lang)) continue;
      const Cell* c = results.find(benchmark, e.id, lang);
      if (!c || c->status != CellStatus::Ok || c->summary.curve_us.empty()) continue;
      curves.push_back(Curve{row_label(results, Row{e.id, lang}), engine_color(e.id), c->summary.curve_us});
    }
  }
  const double width = 760, height = 400, left = 70, right = 230, top = 50, bottom = 45;
  const double plot_w = width - left - right, plot_h = height - top - bottom;
  double lo = 1e300, hi = 0;
  size_t n = 1;
  for (const Curve& c : curves) {
    for (double v : c.us) {
      lo = std::min(lo, std::max(v, 1.0));
      hi = std::max(hi, std::max(v, 1.0));
    }
    n = std::max(n, c.us.size());
  }
  if (curves.empty()) {
    lo = 1;
    hi = 10;
  }
  int lo_exp = static_cast<int>(std::floor(std::log10(lo)));
  int hi_exp = static_cast<int>(std::ceil(std::log10(hi)));
  if (lo_exp == hi_exp) hi_exp++;
  auto x_of = [&](size_t i) { return left + (n == 1 ? plot_w / 2 : plot_w * i / (n - 1)); };
  auto y_of = [&](double us) {
    double v = std::log10(std::max(us, 1.0));
    return top + plot_h - (v - lo_exp) / (hi_exp - lo_exp) * plot_h;
  };
  std::ostringstream svg;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height << "\" viewBox=\"0 0 "
      << width << " " << height << "\" " << kFont << " font-size=\"11\">\n";
  svg << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  svg << "<text x=\"" << left << "\" y=\"22\" font-size=\"15\" font-weight=\"bold\">" << xml_escape(benchmark)
      << ": time per iteration (median over runs, log scale)</text>\n";
  for (int e = lo_exp; e <= hi_exp; e++) {
    double y = y_of(std::pow(10.0, e));
    svg << "<line x1=\"" << left << "\" y1=\"" << num(y) << "\" x2=\"" << left + plot_w << "\" y2=\"" << num(y)
        << "\" stroke=\"#ddd\"/>";
    svg << "<text x=\"" << left - 6 << "\" y=\"" << num(y + 4) << "\" text-anchor=\"end\">"
        << format_us(std::pow(10.0, e)) << "</text>\n";
  }
  for (size_t i = 0; i < n; i++) {
    svg << "<text x=\"" << num(x_of(i)) << "\" y=\"" << top + plot_h + 16 << "\" text-anchor=\"middle\">" << i + 1
        << "</text>";
  }
  svg << "\n<text x=\"" << left + plot_w / 2 << "\" y=\"" << height - 8 << "\" text-anchor=\"middle\">iteration</text>\n";
  svg << "<rect x=\"" << left << "\" y=\"" << top << "\" width=\"" << plot_w << "\" height=\"" << plot_h
      << "\" fill=\"none\" stroke=\"#999\"/>\n";
  if (curves.empty()) {
    svg << "<text x=\"" << left + plot_w / 2 << "\" y=\"" << top + plot_h / 2 << "\" text-anchor=\"middle\" fill=\"#999\">"
        << "no engine completed this benchmark</text>\n";
  }
  double ly = top + 8;
  for (const Curve& c : curves) {
    std::string points;
    for (size_t i = 0; i < c.us.size(); i++) points += num(x_of(i)) + "," + num(y_of(c.us[i])) + " ";
    svg << "<polyline points=\"" << points << "\" fill=\"none\" stroke=\"" << c.color << "\" stroke-width=\"2\"/>";
    for (size_t i = 0; i < c.us.size(); i++) {
      svg << "<circle cx=\"" << num(x_of(i)) << "\" cy=\"" << num(y_of(c.us[i])) << "\" r=\"2.5\" fill=\"" << c.color
          << "\"><title>" << xml_escape(c.label) << " iteration " << i + 1 << ": " << format_us(c.us[i])
          << "</title></circle>";
    }
    svg << "\n<rect x=\"" << left + plot_w + 14 << "\" y=\"" << num(ly - 8) << "\" width=\"10\" height=\"10\" fill=\""
        << c.color << "\"/><text x=\"" << left + plot_w + 28 << "\" y=\"" << num(ly + 1) << "\">" << xml_escape(c.label)
        << "</text>\n";
    ly += 16;
  }
  svg << "</svg>\n";
  return svg.str();
}

}  // namespace

std::string ratio_chart_name(const std::string& language) { return "ratios-" + language + ".svg"; }
std::string warmup_chart_name(const std::string& benchmark) { return "warmup-" + benchmark + ".svg"; }

std::vector<std::string> write_charts(const Results& results, const std::string& out_dir) {
  std::vector<std::string> files;
  for (const std::string& lang : report_languages(results)) {
    files.push_back(ratio_chart_name(lang));
    write_file(out_dir + "/" + files.back(), ratio_chart(results, lang));
  }
  for (const std::string& b : results.benchmarks) {
    files.push_back(warmup_chart_name(b));
    write_file(out_dir + "/" + files.back(), warmup_chart(results, b));
  }
  return files;
}

}  // namespace bench
