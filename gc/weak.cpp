// gc/weak.cpp — WeakQueue tracing; the weak-holder passes of a collection live in Heap::collect
// (heap.cpp), see gc/weak.h for the protocol.
#include "gc/weak.h"
#include "gc/heap.h"

namespace gc {

void WeakQueue::trace(Tracer& t) const {
  for (Cell* c : cells_) t.mark(c);
}

}  // namespace gc
