// progress.cpp: progress bar with ETA (terminal) or per-run log lines.
#include "progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace bench {

std::string format_duration(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buffer[32];
  if (s >= 3600) {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  } else {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld", s / 60, s % 60);
  }
  return buffer;
}

Progress::Progress(int total) : total_(total), terminal_(isatty(1) != 0), start_(std::chrono::steady_clock::now()) {}

void Progress::draw(const std::string& label_text) {
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  // Invocations differ a lot in length, but they are interleaved, so the mean so far is a fair guess.
  double eta = done_ > 0 ? elapsed / done_ * (total_ - done_) : 0;
  const int width = 30;
  int filled = total_ > 0 ? done_ * width / total_ : width;
  std::string bar(filled, '#');
  bar += std::string(width - filled, '.');
  std::string label = label_text.size() > 40 ? label_text.substr(0, 40) : label_text;
  std::printf("\r[%s] %d/%d  %s  ETA %s  %-40s", bar.c_str(), done_, total_, format_duration(elapsed).c_str(),
              done_ > 0 ? format_duration(eta).c_str() : "?", label.c_str());
  std::fflush(stdout);
}

void Progress::begin(const std::string& what) {
  if (terminal_) draw("running " + what);
}

void Progress::step(const std::string& what, const std::string& outcome) {
  done_++;
  if (terminal_) {
    draw(what + " " + outcome);
    return;
  }
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double eta = elapsed / done_ * (total_ - done_);
  std::printf("[%d/%d] %s: %s (elapsed %s, ETA %s)\n", done_, total_, what.c_str(), outcome.c_str(),
              format_duration(elapsed).c_str(), format_duration(eta).c_str());
  std::fflush(stdout);
}

void Progress::finish() {
  if (terminal_) std::printf("\n");
  std::fflush(stdout);
}

}  // namespace bench
