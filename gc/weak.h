// gc/weak.h — weak references and ephemerons in the collector (pyweak), language-neutral.
//
// A cell that holds weak references also derives from WeakHolder and is registered once with
// Heap::registerWeakHolder. Its trace() must NOT mark what it holds weakly. A collection then:
//   1. marks from the roots;
//   2. repeats, until nothing new is marked, traceEphemerons() on every marked holder (a WeakMap
//      marks the value of each entry whose key is marked) followed by ordinary marking;
//   3. calls sweepWeak() on every marked holder, which clears the weak slots whose referent is not
//      marked (Tracer::isMarked) to its language's "dead" value and may push the holder onto a
//      WeakQueue, then RootSource::sweepWeak; unmarked holders are dropped from the list;
//   4. sweeps.
// No user code runs in the collector: a WeakQueue is the list of holders that saw a referent die;
// its owner (a language) traces it as a root and drains it at a safe point after the collection
// (Python weakref callbacks, JS FinalizationRegistry cleanup jobs).
#pragma once
#include <vector>
#include "gc/cell.h"

namespace gc {

class Tracer;

class WeakHolder {
 public:
  virtual ~WeakHolder() = default;
  // Mark (Tracer::mark) what becomes reachable because something this holder keys on is marked.
  // Return true when anything was marked. Only called while the holder itself is marked.
  virtual bool traceEphemerons(Tracer&) { return false; }
  // After marking: clear every weak slot whose referent is unmarked. Must not allocate cells.
  virtual void sweepWeak(Tracer&) = 0;
};

// Holders waiting for their owner to run notifications. The owner traces it (trace) so queued
// holders stay alive until take()n; pushing happens inside sweepWeak, so it must not allocate cells.
class WeakQueue {
 public:
  void push(Cell* c) { cells_.push_back(c); }
  bool empty() const { return cells_.empty(); }
  std::vector<Cell*> take() {
    std::vector<Cell*> out;
    out.swap(cells_);
    return out;
  }
  void trace(Tracer& t) const;

 private:
  std::vector<Cell*> cells_;
};

}  // namespace gc
