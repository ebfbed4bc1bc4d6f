// suite.cpp: loads and validates benchmarks/suite.json.
#include "suite.hpp"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace bench {

const Benchmark* Suite::find(const std::string& name) const {
  for (const Benchmark& b : benchmarks) {
    if (b.name == name) return &b;
  }
  return nullptr;
}

Suite load_suite(const std::string& dir) {
  namespace fs = std::filesystem;
  fs::path manifest = fs::path(dir) / "suite.json";
  std::ifstream in(manifest);
  if (!in) throw std::runtime_error("cannot read " + manifest.string());
  // ordered_json keeps the manifest's benchmark order for the report.
  nlohmann::ordered_json doc;
  try {
    doc = nlohmann::ordered_json::parse(in);
  } catch (const std::exception& e) {
    throw std::runtime_error(manifest.string() + ": " + e.what());
  }
  Suite suite;
  suite.dir = fs::absolute(dir).lexically_normal().string();
  try {
    for (const auto& [mode, settings] : doc.at("modes").items()) {
      ModeSettings m;
      m.iterations = settings.at("iterations").get<int>();
      m.runs = settings.at("runs").get<int>();
      m.timeout_s = settings.at("timeout_s").get<double>();
      suite.modes[mode] = m;
    }
    for (const auto& [name, entry] : doc.at("benchmarks").items()) {
      Benchmark b;
      b.name = name;
      b.size_means = entry.value("size_means", "");
      for (const auto& [mode, size] : entry.at("sizes").items()) b.sizes[mode] = size.get<long>();
      for (const char* lang : {"py", "js"}) {
        fs::path source = fs::path(suite.dir) / name / (name + "." + lang);
        if (!fs::exists(source)) throw std::runtime_error("missing program " + source.string());
        b.sources[lang] = source.string();
      }
      suite.benchmarks.push_back(b);
    }
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(manifest.string() + ": " + e.what());
  }
  return suite;
}

}  // namespace bench
