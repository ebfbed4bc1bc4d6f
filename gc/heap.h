// Heap: allocation and the mark-sweep collector.
//
// Every cell is allocated through Heap::make, which may collect first. Collection is precise:
// the roots are whatever the registered RootSources trace (the VM traces its value stack, frames,
// globals and the RAII roots C++ code holds). Marking uses an explicit stack, so deep object graphs
// do not recurse on the C stack. DUALVM_GC_STRESS=1 collects before every allocation, which is how
// the test suite proves that no C++ code holds an unrooted reference across an allocation.
#pragma once
#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <vector>
#include <stdexcept>
#include <utility>
#include <unordered_set>
#include "gc/cell.h"
#include "gc/finalizer.h"
#include "gc/weak.h"

namespace gc {

class Tracer {
 public:
  void mark(const Cell* c) {
    if (c && !c->marked) {
      const_cast<Cell*>(c)->marked = 1;
      stack_.push_back(const_cast<Cell*>(c));
    }
  }
  bool isMarked(const Cell* c) const { return c->marked != 0; }

 private:
  friend class Heap;
  void drain() {
    while (!stack_.empty()) {
      Cell* c = stack_.back();
      stack_.pop_back();
      c->trace(*this);
    }
  }
  std::vector<Cell*> stack_;
};

// Something that holds roots: traceRoots marks them; sweepWeak (after marking, before sweeping)
// drops references to cells that died, for weak tables such as the string intern table.
class RootSource {
 public:
  virtual ~RootSource() = default;
  virtual void traceRoots(Tracer&) = 0;
  virtual void sweepWeak(Tracer&) {}
};

// Thrown when the heap limit is reached even after a full collection. The interpreter turns it
// into the language's error (RangeError / MemoryError); it never escapes to the user as a crash.
struct HeapExhausted : std::runtime_error {
  HeapExhausted() : std::runtime_error("heap limit exceeded") {}
};

struct HeapStats {
  uint64_t collections = 0;
  uint64_t cellsAllocated = 0;
  uint64_t bytesAllocatedTotal = 0;
  uint64_t cellsFreedTotal = 0;
  uint64_t cellsFinalizedTotal = 0;  // cells queued for finalization (gc/finalizer.h)
  uint64_t liveBytesAfterLastGC = 0;
  uint64_t peakLiveBytes = 0;
  uint64_t peakHeapBytes = 0;  // the heap at its largest, garbage included (just before a GC)
  double gcSeconds = 0;
};

class Heap {
 public:
  Heap();
  ~Heap();

  // Allocate a cell of type T. May collect before allocating: every cell the caller holds
  // must be rooted, including ones passed as constructor arguments.
  template <class T, class... Args>
  T* make(Args&&... args) {
    beforeAllocate(sizeof(T));
    T* cell = new T(std::forward<Args>(args)...);
    registerCell(cell, cell->memoryBytes());
    return cell;
  }
  // Adopt a cell allocated elsewhere (variable-size cells with their own operator new).
  void adopt(Cell* cell) { registerCell(cell, cell->memoryBytes()); }
  // Call before allocating a variable-size cell yourself (then adopt it).
  void beforeAllocate(size_t bytes);
  // A cell grew a buffer it owns (slots, elements): count it toward the next collection.
  void noteExternalGrowth(size_t bytes) { bytesSinceGC_ += bytes; }

  void collect();

  // The allocation log: every cell allocated since the innermost open activation began is a
  // root. Activations (a native call, a VM::call from C++, an interpreter run) take a mark on
  // entry and truncate back to it at points where they hold no raw cell pointers — so C++ code
  // may keep a freshly allocated cell in a local across further allocations without a Rooted,
  // as with V8's per-builtin HandleScope. Values *read* from the heap still need Rooted.
  size_t allocationMark() const { return recent_.size(); }
  void truncateAllocations(size_t mark) { if (recent_.size() > mark) recent_.resize(mark); }
  // Keep one cell in the log (a result handed back to a caller that truncated).
  void retain(Cell* c) { recent_.push_back(c); }

  void addRootSource(RootSource* s) { roots_.push_back(s); }
  // A cell with weak slots or ephemerons (gc/weak.h); registered once, dropped when it dies.
  void registerWeakHolder(Cell* c, WeakHolder* h) { weakHolders_.emplace_back(c, h); }
  // A cell to finalize before it is freed (gc/finalizer.h): when a collection finds it
  // unreachable it is resurrected and pushed onto q. Ignored for a cell already finalized.
  void registerFinalizer(Cell* c, FinalizationQueue* q) {
    if (!finalized_.empty() && finalized_.count(c)) return;
    finalizable_.push_back({c, q});
  }
  // Take every registered cell of q out of the registry and queue it, reachable or not (a
  // language's exit: CPython finalizes the objects module teardown releases). Returns how many.
  size_t finalizeAll(FinalizationQueue* q);
  // Whether c's finalizer was queued (gc.is_finalized); forgotten once c is freed.
  bool isFinalized(const Cell* c) const { return !finalized_.empty() && finalized_.count(c) != 0; }
  // Every cell on the heap, live or not yet collected (gc.get_objects).
  template <class F>
  void forEachCell(F&& f) const {
    for (Cell* c : cells_) f(c);
  }
  void removeRootSource(RootSource* s);
  bool hasRootSource(const RootSource* s) const { return std::find(roots_.begin(), roots_.end(), s) != roots_.end(); }

  void setMaxBytes(size_t n) { maxBytes_ = n; }
  size_t maxBytes() const { return maxBytes_; }
  void setStress(bool s) { stress_ = s; }
  bool stress() const { return stress_; }
  // Collection can be held off while a cell is half-built (e.g. during bootstrap).
  void setCollectionAllowed(bool a) { collectionAllowed_ = a; }
  size_t liveEstimate() const { return liveBytes_ + bytesSinceGC_; }
  // Peak heap size so far, including the current (not yet collected) heap.
  uint64_t peakHeapBytes() const { return std::max<uint64_t>(stats_.peakHeapBytes, liveEstimate()); }
  const HeapStats& stats() const { return stats_; }

 private:
  void registerCell(Cell* c, size_t bytes);
  void ephemeronFixpoint(Tracer& tracer);
  // Finalization (gc/finalizer.cpp): after marking, before sweeping weak holders.
  struct Finalizable {
    Cell* cell;
    FinalizationQueue* queue;
  };
  void sweepWeakHolders(Tracer& tracer, const std::vector<uint8_t>* alreadySwept);
  void finalizeUnreachable(Tracer& tracer);

  std::vector<Finalizable> finalizable_;  // registered, not yet finalized, in registration order
  std::unordered_set<const Cell*> finalized_;  // queued once; pruned when they are freed

  std::vector<Cell*> cells_;
  std::vector<Cell*> recent_;  // the allocation log (see allocationMark)
  std::vector<RootSource*> roots_;
  std::vector<std::pair<Cell*, WeakHolder*>> weakHolders_;
  size_t liveBytes_ = 0;        // measured at the last collection
  size_t bytesSinceGC_ = 0;     // allocated since then
  size_t threshold_ = 8 << 20;  // collect when bytesSinceGC_ passes this
  size_t maxBytes_ = 0;         // 0 = unlimited
  bool stress_ = false;
  bool collectionAllowed_ = true;
  bool collecting_ = false;
  HeapStats stats_;
};

}  // namespace gc
