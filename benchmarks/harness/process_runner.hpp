// process_runner.hpp: runs one child process with a deadline, capturing stdout and stderr and
// the OS's account of it (wall time, peak resident set from wait4's rusage).
#pragma once
#include <map>
#include <string>
#include <vector>

namespace bench {

struct ProcessResult {
  std::string out;
  std::string err;
  int exit_code = -1;   // valid when term_signal == 0 and !timed_out
  int term_signal = 0;  // signal that ended the child, 0 if it exited
  bool timed_out = false;
  std::string spawn_error;  // non-empty when the program could not be started
  double wall_s = 0;
  long max_rss_kb = 0;
  double user_s = 0;
  double sys_s = 0;
};

// Runs argv[0] (looked up on PATH when it has no slash) with extra environment variables added,
// stdin from /dev/null, in its own process group so a timeout kills everything it started.
ProcessResult run_process(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env,
                          double timeout_s);

}  // namespace bench
