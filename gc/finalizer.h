// gc/finalizer.h — finalizers in the collector (pyfinal), language-neutral, PEP 442 style.
//
// A language registers a cell that must be finalized before it is freed (Heap::registerFinalizer,
// with the FinalizationQueue that will run its finalizer). A collection, after marking from the
// roots and the ephemeron fixpoint (gc/weak.h):
//   1. takes every registered cell that is unmarked (unreachable) out of the registry, in
//      registration order — all of them, also those only reachable from another one;
//   2. clears the weak slots of the weak holders that are marked, so weak references from the
//      living world to those cells (and to everything only they reach) are cleared before any
//      finalizer runs, as CPython's collector does (their callbacks are queued as usual);
//   3. resurrects them: marks from them, so they and everything they reach survive this
//      collection, and repeats the ephemeron fixpoint; weak holders that were resurrected are
//      swept only now;
//   4. pushes each onto its queue and calls the queue's requestSafePoint().
// No user code runs in the collector: the queue's owner traces it as a root and runs the
// finalizers at a safe point, in queue order. A cell is finalized at most once: once taken out of
// the registry it is never registered again (Heap::isFinalized), so an object its finalizer
// resurrects lives on and is simply freed when it next becomes unreachable.
#pragma once
#include <vector>
#include "gc/weak.h"

namespace gc {

// The cells whose finalizers are due. Pushing happens inside the collector: no cell allocation.
class FinalizationQueue : public WeakQueue {
 public:
  virtual ~FinalizationQueue() = default;
  // Called by the collector after it queued cells: arrange for them to be finalized at the next
  // safe point (set a flag). Must not allocate cells nor run user code.
  virtual void requestSafePoint() {}
};

}  // namespace gc
