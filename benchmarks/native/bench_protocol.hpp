// bench_protocol.hpp: the benchmark command-line and output protocol shared by the native C++
// baselines (benchmarks/README.md): argv = [iterations, size], one "iteration N: T us" line per
// iteration timed in-program, a wrong result prints a message and exits 1.
#pragma once
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace bench {

[[noreturn]] inline void fail(const std::string& message) {
  std::fprintf(stderr, "%s\n", message.c_str());
  std::exit(1);
}

inline long parse_arg(int argc, char** argv, int index, long fallback) {
  if (argc <= index) return fallback;
  char* end = nullptr;
  long value = std::strtol(argv[index], &end, 10);
  if (end == argv[index] || *end != '\0' || value < 0) fail(std::string("bad argument: ") + argv[index]);
  return value;
}

// Runs body(size) `iterations` times; verify(result, size) throws nothing and calls fail().
template <typename Body, typename Verify>
int run_protocol(int argc, char** argv, long default_size, Body body, Verify verify) {
  long iterations = parse_arg(argc, argv, 1, 1);
  long size = parse_arg(argc, argv, 2, default_size);
  for (long i = 0; i < iterations; i++) {
    auto start = std::chrono::steady_clock::now();
    auto result = body(size);
    auto elapsed = std::chrono::steady_clock::now() - start;
    verify(result, size);
    long long us = std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count();
    std::printf("iteration %ld: %lld us\n", i + 1, us);
  }
  return 0;
}

}  // namespace bench
