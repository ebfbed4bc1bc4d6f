// --stats output. The JSON form is what benchmarks/ reads to compare GC heaps like for like.
#include "shell/stats.h"
#include <sys/resource.h>
#include <nlohmann/json.hpp>
#include <sstream>

namespace shell {

std::string formatStats(const dualvm::VM& vm, StatsFormat format, double wallSeconds) {
  const gc::HeapStats& h = vm.heap.stats();
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  nlohmann::json j;
  j["wall_seconds"] = wallSeconds;
  j["peak_rss_bytes"] = uint64_t(ru.ru_maxrss) * 1024;
  j["gc"] = {
      {"collections", h.collections},
      {"cells_allocated", h.cellsAllocated},
      {"bytes_allocated", h.bytesAllocatedTotal},
      {"cells_freed", h.cellsFreedTotal},
      {"live_bytes_after_last_gc", h.liveBytesAfterLastGC},
      {"peak_live_bytes", h.peakLiveBytes},
      {"peak_heap_bytes", vm.heap.peakHeapBytes()},
      {"heap_bytes_now", vm.heap.liveEstimate()},
      {"gc_seconds", h.gcSeconds},
      {"max_heap_bytes", vm.heap.maxBytes()},
  };
  j["interpreter"] = {
      {"calls", vm.counters.calls},
      {"ic_hits", vm.counters.icHits},
      {"ic_misses", vm.counters.icMisses},
  };
  j["jit"] = {{"enabled", vm.options.jit}, {"threshold", vm.options.jitThreshold},
              {"traces_compiled", 0}, {"note", "tracing JIT not built yet"}};
  if (format == StatsFormat::Json) return j.dump(2) + "\n";
  std::ostringstream o;
  o << "dualvm stats\n";
  o << "  wall time            " << wallSeconds << " s\n";
  o << "  peak RSS             " << j["peak_rss_bytes"].get<uint64_t>() / 1024 << " KiB\n";
  o << "  GC collections       " << h.collections << " (" << h.gcSeconds << " s)\n";
  o << "  cells allocated      " << h.cellsAllocated << " (" << h.bytesAllocatedTotal << " bytes)\n";
  o << "  cells freed          " << h.cellsFreedTotal << "\n";
  o << "  live after last GC   " << h.liveBytesAfterLastGC << " bytes (peak " << h.peakLiveBytes << ")\n";
  o << "  peak heap            " << vm.heap.peakHeapBytes() << " bytes (garbage included)\n";
  o << "  calls                " << vm.counters.calls << "\n";
  o << "  IC hits / misses     " << vm.counters.icHits << " / " << vm.counters.icMisses << "\n";
  o << "  JIT                  not built yet (threshold " << vm.options.jitThreshold << ")\n";
  return o.str();
}

}  // namespace shell
