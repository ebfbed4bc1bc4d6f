// runtime/js/stdlib_state.h — the per-VM C++ state of the standard library that is not a JS
// object: the timer heap, the process.nextTick queue, Math.random's xorshift128+ state and the
// ICU collator of localeCompare. One StdlibState cell per realm, kept alive (and traced) through
// namedIntrinsics["jsstd:state"]; reach it with stdlibState(vm).
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <vector>
#include <unicode/coll.h>
#include "runtime/js/realm.h"



namespace dualvm::js {

struct TimerEntry {
  Value callback;
  std::vector<Value> args;
  double intervalMs = -1;   // >= 0: setInterval period
  double delayMs = 1;
  bool immediate = false;   // setImmediate
  bool refed = true;        // unref() makes a timer not keep the loop alive
  Value handle;             // the Timeout/Immediate object handed to the program
};

class StdlibState final : public gc::Cell {
 public:
  StdlibState();
  ~StdlibState() override;
  // Timers: due order is (dueMs, sequence); ids number from 1.
  std::map<std::pair<double, uint64_t>, uint64_t> timerQueue;  // (due, seq) -> id
  std::map<uint64_t, TimerEntry> timers;                        // id -> entry
  std::map<uint64_t, std::pair<double, uint64_t>> timerKeys;    // id -> its queue key
  uint64_t nextTimerId = 1, nextSequence = 0;
  std::deque<uint64_t> immediates;                              // setImmediate ids, in order
  // process.nextTick callbacks (fn, args...) and whether a drain job is queued.
  std::deque<std::vector<Value>> ticks;
  bool tickDrainQueued = false;
  // False while a macrotask (the main script, a timer) runs; set by the phase marker job queued
  // at the front of the microtask queue after it. Ticks queued in a macrotask run before its
  // promise jobs; ticks queued by a microtask run once the microtask queue is empty (node).
  bool inMicrotaskPhase = false;
  // Math.random.
  uint64_t rng[2] = {0, 0};
  std::unique_ptr<icu::Collator> collator;
  void trace(gc::Tracer& t) override;
  size_t memoryBytes() const override { return sizeof(StdlibState); }
};

StdlibState& stdlibState(VM& vm);
// Queue the phase marker at the front of the microtask queue (process.cpp).
void queuePhaseMarker(VM& vm);

}  // namespace dualvm::js
