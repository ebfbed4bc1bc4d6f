// progress.hpp: the progress line: on a terminal a redrawn bar with elapsed time and ETA, and in
// a log (stdout not a terminal) one plain line per finished invocation.
#pragma once
#include <chrono>
#include <string>

namespace bench {

class Progress {
 public:
  explicit Progress(int total);
  // On a terminal, shows what is running now (a long invocation should not look like a hang).
  void begin(const std::string& what);
  // Called after each finished invocation with what it was and how it ended.
  void step(const std::string& what, const std::string& outcome);
  void finish();

 private:
  int total_;
  int done_ = 0;
  bool terminal_;
  std::chrono::steady_clock::time_point start_;
  void draw(const std::string& label);
};

std::string format_duration(double seconds);

}  // namespace bench
