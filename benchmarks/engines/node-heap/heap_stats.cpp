// heap_stats.cpp: a node native addon (Node-API for the module, V8's C++ API for the numbers)
// that reports V8's own heap statistics for dualvm-bench. start() installs a GC prologue callback
// that samples the heap before every collection, so stats() can report the peak used heap (the
// figure that compares with dualvm's --stats) besides V8's end-of-run totals and GC counts.
// Built against node's headers (/usr/include/node) by benchmarks/engines/node-heap/CMakeLists.txt.
#include <node_api.h>
#include <v8.h>

#include <algorithm>
#include <chrono>

namespace {

struct Peaks {
  size_t used = 0;
  size_t total = 0;
  size_t physical = 0;
  unsigned collections = 0;
  unsigned scavenges = 0;
  unsigned mark_compacts = 0;
  unsigned other = 0;
  bool started = false;
};

Peaks g_peaks;

void sample(v8::Isolate* isolate) {
  v8::HeapStatistics stats;
  isolate->GetHeapStatistics(&stats);
  g_peaks.used = std::max(g_peaks.used, stats.used_heap_size());
  g_peaks.total = std::max(g_peaks.total, stats.total_heap_size());
  g_peaks.physical = std::max(g_peaks.physical, stats.total_physical_size());
}

void on_gc_prologue(v8::Isolate* isolate, v8::GCType type, v8::GCCallbackFlags) {
  sample(isolate);
  g_peaks.collections++;
  if (type & v8::kGCTypeScavenge) {
    g_peaks.scavenges++;
  } else if (type & v8::kGCTypeMarkSweepCompact) {
    g_peaks.mark_compacts++;
  } else {
    g_peaks.other++;
  }
}

napi_value undefined_value(napi_env env) {
  napi_value result;
  napi_get_undefined(env, &result);
  return result;
}

napi_value start(napi_env env, napi_callback_info) {
  if (!g_peaks.started) {
    v8::Isolate* isolate = v8::Isolate::GetCurrent();
    if (isolate == nullptr) {
      napi_throw_error(env, nullptr, "bench-node-heap: no current V8 isolate");
      return nullptr;
    }
    isolate->AddGCPrologueCallback(on_gc_prologue);
    g_peaks.started = true;
  }
  return undefined_value(env);
}

void set_number(napi_env env, napi_value object, const char* name, double value) {
  napi_value number;
  napi_create_double(env, value, &number);
  napi_set_named_property(env, object, name, number);
}

napi_value stats(napi_env env, napi_callback_info) {
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  if (isolate == nullptr) {
    napi_throw_error(env, nullptr, "bench-node-heap: no current V8 isolate");
    return nullptr;
  }
  sample(isolate);
  v8::HeapStatistics s;
  isolate->GetHeapStatistics(&s);
  napi_value result;
  napi_create_object(env, &result);
  set_number(env, result, "used_heap_size", static_cast<double>(s.used_heap_size()));
  set_number(env, result, "total_heap_size", static_cast<double>(s.total_heap_size()));
  set_number(env, result, "total_physical_size", static_cast<double>(s.total_physical_size()));
  set_number(env, result, "heap_size_limit", static_cast<double>(s.heap_size_limit()));
  set_number(env, result, "malloced_memory", static_cast<double>(s.malloced_memory()));
  set_number(env, result, "peak_malloced_memory", static_cast<double>(s.peak_malloced_memory()));
  set_number(env, result, "external_memory", static_cast<double>(s.external_memory()));
  set_number(env, result, "peak_used_heap_bytes", static_cast<double>(g_peaks.used));
  set_number(env, result, "peak_total_heap_bytes", static_cast<double>(g_peaks.total));
  set_number(env, result, "peak_physical_heap_bytes", static_cast<double>(g_peaks.physical));
  set_number(env, result, "gc_count", g_peaks.collections);
  set_number(env, result, "gc_scavenges", g_peaks.scavenges);
  set_number(env, result, "gc_mark_compacts", g_peaks.mark_compacts);
  set_number(env, result, "gc_other", g_peaks.other);
  return result;
}

}  // namespace

NAPI_MODULE_INIT() {
  napi_property_descriptor properties[] = {
      {"start", nullptr, start, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"stats", nullptr, stats, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, sizeof properties / sizeof properties[0], properties);
  return exports;
}
