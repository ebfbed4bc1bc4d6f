// Heap: mark-sweep collection over the list of all cells (see heap.h).
#include "gc/heap.h"
#include <algorithm>
#include <chrono>
#include <cstdlib>

namespace gc {

Heap::Heap() {
  const char* s = std::getenv("DUALVM_GC_STRESS");
  stress_ = s && *s && *s != '0';
}

Heap::~Heap() {
  for (Cell* c : cells_) delete c;
}

void Heap::removeRootSource(RootSource* s) {
  roots_.erase(std::remove(roots_.begin(), roots_.end(), s), roots_.end());
}

void Heap::beforeAllocate(size_t bytes) {
  if (collecting_ || !collectionAllowed_) return;
  bool overLimit = maxBytes_ && liveBytes_ + bytesSinceGC_ + bytes > maxBytes_;
  if (stress_ || bytesSinceGC_ + bytes > threshold_ || overLimit) {
    collect();
    if (maxBytes_ && liveBytes_ + bytes > maxBytes_) throw HeapExhausted();
  }
}

void Heap::registerCell(Cell* c, size_t bytes) {
  cells_.push_back(c);
  recent_.push_back(c);
  bytesSinceGC_ += bytes;
  stats_.cellsAllocated++;
  stats_.bytesAllocatedTotal += bytes;
}

// Ephemerons (gc/weak.h): a marked holder may make more cells reachable; iterate to a fixpoint.
void Heap::ephemeronFixpoint(Tracer& tracer) {
  for (bool more = !weakHolders_.empty(); more;) {
    more = false;
    for (size_t i = 0; i < weakHolders_.size(); i++)
      if (weakHolders_[i].first->marked && weakHolders_[i].second->traceEphemerons(tracer)) more = true;
    tracer.drain();
  }
}

// Clear weak slots to dead referents; holders that die themselves are forgotten. Holders whose
// index is set in alreadySwept (finalization swept them before resurrecting) are only kept.
void Heap::sweepWeakHolders(Tracer& tracer, const std::vector<uint8_t>* alreadySwept) {
  size_t keptHolders = 0;
  for (size_t i = 0; i < weakHolders_.size(); i++) {
    if (!weakHolders_[i].first->marked) continue;
    if (!alreadySwept || !(*alreadySwept)[i]) weakHolders_[i].second->sweepWeak(tracer);
    weakHolders_[keptHolders++] = weakHolders_[i];
  }
  weakHolders_.resize(keptHolders);
}

void Heap::collect() {
  if (collecting_) return;
  collecting_ = true;
  auto start = std::chrono::steady_clock::now();

  stats_.peakHeapBytes = std::max<uint64_t>(stats_.peakHeapBytes, liveBytes_ + bytesSinceGC_);
  Tracer tracer;
  for (RootSource* r : roots_) r->traceRoots(tracer);
  for (Cell* c : recent_) tracer.mark(c);
  tracer.drain();
  ephemeronFixpoint(tracer);
  if (finalizable_.empty()) sweepWeakHolders(tracer, nullptr);
  else finalizeUnreachable(tracer);  // gc/finalizer.cpp: resurrects, then sweeps the weak holders
  for (RootSource* r : roots_) r->sweepWeak(tracer);
  if (!finalized_.empty()) {
    for (auto it = finalized_.begin(); it != finalized_.end();) it = (*it)->marked ? std::next(it) : finalized_.erase(it);
  }

  size_t live = 0;
  size_t kept = 0;
  uint64_t freed = 0;
  for (Cell* c : cells_) {
    if (c->marked) {
      c->marked = 0;
      live += c->memoryBytes();
      cells_[kept++] = c;
    } else {
      delete c;
      freed++;
    }
  }
  cells_.resize(kept);
  liveBytes_ = live;
  bytesSinceGC_ = 0;
  // Grow the trigger with the live heap so collection cost stays proportional to allocation.
  threshold_ = std::max<size_t>(8 << 20, live);
  stats_.collections++;
  stats_.cellsFreedTotal += freed;
  stats_.liveBytesAfterLastGC = live;
  stats_.peakLiveBytes = std::max<uint64_t>(stats_.peakLiveBytes, live);
  stats_.gcSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  collecting_ = false;
}

}  // namespace gc
