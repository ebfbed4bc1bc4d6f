// suite.hpp: the benchmark suite as described by benchmarks/suite.json: which benchmarks exist,
// which source files each has per language, and the size and counts each mode uses.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace bench {

struct ModeSettings {
  int iterations = 1;
  int runs = 1;
  double timeout_s = 60;
};

struct Benchmark {
  std::string name;
  std::string size_means;
  std::map<std::string, long> sizes;         // mode -> size argument
  std::map<std::string, std::string> sources;  // language ("py", "js") -> absolute path
};

struct Suite {
  std::string dir;  // the benchmarks/ folder
  std::map<std::string, ModeSettings> modes;
  std::vector<Benchmark> benchmarks;  // in suite.json order

  const Benchmark* find(const std::string& name) const;
};

// Reads DIR/suite.json and checks that every listed program exists; throws std::runtime_error
// naming the problem otherwise.
Suite load_suite(const std::string& dir);

}  // namespace bench
