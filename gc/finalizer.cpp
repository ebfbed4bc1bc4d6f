// gc/finalizer.cpp — the finalization phase of a collection (pyfinal): registered cells found
// unreachable are taken out of the registry, weak references to them are cleared, they are
// resurrected and queued for their language to finalize at a safe point. See gc/finalizer.h.
#include "gc/finalizer.h"
#include "gc/heap.h"

namespace gc {

void Heap::finalizeUnreachable(Tracer& tracer) {
  // 1. Unreachable registered cells leave the registry (registration order is kept both ways).
  std::vector<Finalizable> doomed;
  size_t kept = 0;
  for (const Finalizable& f : finalizable_) {
    if (f.cell->marked) finalizable_[kept++] = f;
    else doomed.push_back(f);
  }
  finalizable_.resize(kept);
  if (doomed.empty()) {
    sweepWeakHolders(tracer, nullptr);
    return;
  }
  // 2. Weak slots of living holders that point into the unreachable world are cleared now, before
  //    resurrection makes those referents look alive.
  std::vector<uint8_t> swept(weakHolders_.size(), 0);
  for (size_t i = 0; i < weakHolders_.size(); i++) {
    if (!weakHolders_[i].first->marked) continue;
    weakHolders_[i].second->sweepWeak(tracer);
    swept[i] = 1;
  }
  // 3. Resurrect: the cells and everything they reach survive until their finalizers have run.
  for (const Finalizable& f : doomed) tracer.mark(f.cell);
  tracer.drain();
  ephemeronFixpoint(tracer);
  sweepWeakHolders(tracer, &swept);  // holders that were resurrected are swept only now
  // 4. Queue, once per cell (a cell registered twice is finalized once).
  std::vector<FinalizationQueue*> notify;
  for (const Finalizable& f : doomed) {
    if (!finalized_.insert(f.cell).second) continue;
    f.queue->push(f.cell);
    stats_.cellsFinalizedTotal++;
    if (std::find(notify.begin(), notify.end(), f.queue) == notify.end()) notify.push_back(f.queue);
  }
  for (FinalizationQueue* q : notify) q->requestSafePoint();
}

size_t Heap::finalizeAll(FinalizationQueue* q) {
  size_t kept = 0, queued = 0;
  for (const Finalizable& f : finalizable_) {
    if (f.queue != q) {
      finalizable_[kept++] = f;
      continue;
    }
    if (!finalized_.insert(f.cell).second) continue;
    q->push(f.cell);
    stats_.cellsFinalizedTotal++;
    queued++;
  }
  finalizable_.resize(kept);
  return queued;
}

}  // namespace gc
