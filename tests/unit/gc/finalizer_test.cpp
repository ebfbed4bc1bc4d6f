// Unit tests for finalization in the collector (gc/finalizer.h): an unreachable registered cell
// is resurrected and queued once; one its finalizer resurrects is not queued again; a reachable
// one never is; weak references to it are cleared before it is queued, while a weak reference
// held by the resurrected cell itself keeps pointing at what it reaches.
#include <catch.hpp>
#include <vector>
#include "gc/heap.h"

namespace {

struct FNode final : gc::Cell {
  static int alive;
  std::vector<FNode*> edges;
  FNode() : gc::Cell(210) { alive++; }
  ~FNode() override { alive--; }
  void trace(gc::Tracer& t) override { for (FNode* n : edges) t.mark(n); }
  size_t memoryBytes() const override { return sizeof(FNode); }
};
int FNode::alive = 0;

// The language's side: roots, and a queue whose safe point is a counter.
struct Owner final : gc::RootSource, gc::FinalizationQueue {
  std::vector<gc::Cell*> roots;
  int safePoints = 0;
  void traceRoots(gc::Tracer& t) override {
    for (gc::Cell* c : roots) t.mark(c);
    trace(t);  // the queue
  }
  void requestSafePoint() override { safePoints++; }
};

struct FWeakRef final : gc::Cell, gc::WeakHolder {
  FNode* target;
  explicit FWeakRef(FNode* t) : gc::Cell(211), target(t) {}
  void sweepWeak(gc::Tracer& t) override {
    if (target && !t.isMarked(target)) target = nullptr;
  }
  size_t memoryBytes() const override { return sizeof(FWeakRef); }
};

// A node that also owns a weak reference (strongly): resurrecting it resurrects its ref.
struct Holder final : gc::Cell {
  FWeakRef* ref = nullptr;
  Holder() : gc::Cell(212) {}
  void trace(gc::Tracer& t) override { t.mark(ref); }
  size_t memoryBytes() const override { return sizeof(Holder); }
};

}  // namespace

TEST_CASE("an unreachable finalizable cell is resurrected, queued once, then freed") {
  FNode::alive = 0;
  gc::Heap heap;
  heap.setStress(false);
  Owner owner;
  heap.addRootSource(&owner);
  FNode* a = heap.make<FNode>();
  FNode* child = heap.make<FNode>();
  a->edges.push_back(child);
  heap.registerFinalizer(a, &owner);
  heap.truncateAllocations(0);
  heap.collect();
  // Resurrected with what it reaches, queued, the owner asked for a safe point.
  REQUIRE(FNode::alive == 2);
  REQUIRE(owner.safePoints == 1);
  REQUIRE(heap.isFinalized(a));
  std::vector<gc::Cell*> due = owner.take();
  REQUIRE(due.size() == 1);
  REQUIRE(due[0] == a);
  REQUIRE(heap.stats().cellsFinalizedTotal == 1);
  // The finalizer ran and dropped it: the next collection frees it and does not queue it again.
  heap.collect();
  REQUIRE(FNode::alive == 0);
  REQUIRE(owner.empty());
  REQUIRE(owner.safePoints == 1);
}

TEST_CASE("a cell its finalizer resurrects is not finalized again") {
  FNode::alive = 0;
  gc::Heap heap;
  heap.setStress(false);
  Owner owner;
  heap.addRootSource(&owner);
  FNode* a = heap.make<FNode>();
  heap.registerFinalizer(a, &owner);
  heap.truncateAllocations(0);
  heap.collect();
  std::vector<gc::Cell*> due = owner.take();
  REQUIRE(due.size() == 1);
  owner.roots.push_back(due[0]);  // the finalizer stores self somewhere reachable
  heap.registerFinalizer(a, &owner);  // registering a finalized cell again is ignored
  heap.collect();
  REQUIRE(FNode::alive == 1);
  REQUIRE(heap.isFinalized(a));
  owner.roots.clear();  // dies for good
  heap.collect();
  REQUIRE(FNode::alive == 0);
  REQUIRE(owner.empty());
  REQUIRE(owner.safePoints == 1);
}

TEST_CASE("a reachable finalizable cell is never finalized; finalizeAll queues it") {
  FNode::alive = 0;
  gc::Heap heap;
  heap.setStress(false);
  Owner owner;
  heap.addRootSource(&owner);
  FNode* a = heap.make<FNode>();
  FNode* b = heap.make<FNode>();
  heap.registerFinalizer(a, &owner);
  heap.registerFinalizer(b, &owner);
  owner.roots = {a, b};
  heap.truncateAllocations(0);
  for (int i = 0; i < 3; i++) heap.collect();
  REQUIRE(owner.empty());
  REQUIRE(!heap.isFinalized(a));
  // Exit: everything still registered is queued, in registration order.
  REQUIRE(heap.finalizeAll(&owner) == 2);
  std::vector<gc::Cell*> due = owner.take();
  REQUIRE(due == std::vector<gc::Cell*>{a, b});
  REQUIRE(heap.finalizeAll(&owner) == 0);
}

TEST_CASE("unreachable finalizable cells are all queued, in registration order") {
  FNode::alive = 0;
  gc::Heap heap;
  heap.setStress(false);
  Owner owner;
  heap.addRootSource(&owner);
  FNode* a = heap.make<FNode>();
  FNode* b = heap.make<FNode>();
  b->edges.push_back(a);  // a is only reachable from b: both are garbage, both are finalized
  heap.registerFinalizer(a, &owner);
  heap.registerFinalizer(b, &owner);
  heap.truncateAllocations(0);
  heap.collect();
  REQUIRE(owner.take() == std::vector<gc::Cell*>{a, b});
  heap.collect();
  REQUIRE(FNode::alive == 0);
}

TEST_CASE("weak references to a finalizable cell are cleared before it is queued") {
  FNode::alive = 0;
  gc::Heap heap;
  heap.setStress(false);
  Owner owner;
  heap.addRootSource(&owner);
  FNode* a = heap.make<FNode>();
  FNode* inner = heap.make<FNode>();
  a->edges.push_back(inner);
  FWeakRef* toA = heap.make<FWeakRef>(a);        // reachable ref to the doomed cell
  FWeakRef* toInner = heap.make<FWeakRef>(inner);  // reachable ref to what only it reaches
  heap.registerWeakHolder(toA, toA);
  heap.registerWeakHolder(toInner, toInner);
  // A resurrected holder: a garbage finalizable cell that owns a weak ref to `inner`.
  FNode* b = heap.make<FNode>();
  b->edges.push_back(inner);
  Holder* h = heap.make<Holder>();
  FWeakRef* fromH = heap.make<FWeakRef>(inner);
  h->ref = fromH;
  heap.registerWeakHolder(fromH, fromH);
  heap.registerFinalizer(a, &owner);
  heap.registerFinalizer(h, &owner);
  owner.roots = {toA, toInner};
  heap.truncateAllocations(0);
  (void)b;  // plain garbage
  heap.collect();
  REQUIRE(toA->target == nullptr);      // cleared though a was resurrected
  REQUIRE(toInner->target == nullptr);  // everything unreachable before resurrection too
  REQUIRE(fromH->target == inner);      // a resurrected holder sees its referent alive
  REQUIRE(owner.take() == std::vector<gc::Cell*>{a, h});
  heap.collect();  // finalizers done: all freed, the resurrected ref was swept without crashing
  REQUIRE(FNode::alive == 0);
}
