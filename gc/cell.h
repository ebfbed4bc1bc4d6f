// Cell: the header every garbage-collected object starts with, for both languages.
//
// The collector knows nothing of languages or of the Value encoding: a cell exposes its outgoing
// references through trace(), and its size through memoryBytes(). The runtime defines which
// kinds of cell exist (runtime/cell_kind.h); the kind byte lets hot paths test a cell's type
// without a virtual call.
#pragma once
#include <cstddef>
#include <cstdint>

namespace gc {

class Tracer;

struct Cell {
  explicit Cell(uint8_t kind) : kind(kind) {}
  Cell(const Cell&) = delete;
  Cell& operator=(const Cell&) = delete;
  virtual ~Cell() = default;

  // Visit every Cell this one references (call Tracer::mark on each).
  virtual void trace(Tracer&) {}
  // Bytes this cell keeps alive, its own size plus buffers it owns: drives heap accounting.
  virtual size_t memoryBytes() const = 0;

  uint8_t kind;         // runtime-defined CellKind
  uint8_t marked = 0;   // mark bit of the current collection
  uint16_t cellFlags = 0;  // free for the runtime's use (e.g. string interned, object frozen)
  uint32_t aux = 0;        // free for the runtime's use (e.g. cached string hash)
};

// Called on every store of a heap reference into a heap cell. The collector is a stop-the-world
// mark-sweep today, so the barrier does nothing; routing every store through it is what lets the
// collector become generational or incremental without touching its callers (DESIGN.md "GC").
inline void writeBarrier(Cell* owner, Cell* target) { (void)owner; (void)target; }

}  // namespace gc
