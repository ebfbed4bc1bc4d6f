// Unit tests for weak references and ephemerons in the collector (gc/weak.h): weak slots are
// cleared when their referent dies and the holder is queued; ephemeron values live exactly as
// long as their keys (including chains and cycles through the table); dead holders are forgotten.
#include <catch.hpp>
#include <utility>
#include <vector>
#include "gc/heap.h"

namespace {

struct Node final : gc::Cell {
  static int alive;
  std::vector<Node*> edges;
  Node() : gc::Cell(200) { alive++; }
  ~Node() override { alive--; }
  void trace(gc::Tracer& t) override { for (Node* n : edges) t.mark(n); }
  size_t memoryBytes() const override { return sizeof(Node); }
};
int Node::alive = 0;

struct Roots final : gc::RootSource {
  std::vector<gc::Cell*> roots;
  gc::WeakQueue* queue = nullptr;
  void traceRoots(gc::Tracer& t) override {
    for (gc::Cell* n : roots) t.mark(n);
    if (queue) queue->trace(t);
  }
};

// A weak reference: one weak slot, cleared to nullptr, queued when it was cleared.
struct WeakRef final : gc::Cell, gc::WeakHolder {
  Node* target;
  gc::WeakQueue* queue;
  WeakRef(Node* t, gc::WeakQueue* q) : gc::Cell(201), target(t), queue(q) {}
  void sweepWeak(gc::Tracer& t) override {
    if (target && !t.isMarked(target)) {
      target = nullptr;
      if (queue) queue->push(this);
    }
  }
  size_t memoryBytes() const override { return sizeof(WeakRef); }
};

// An ephemeron table: value reachable iff key (and the table) is.
struct EphemeronTable final : gc::Cell, gc::WeakHolder {
  std::vector<std::pair<Node*, Node*>> entries;
  EphemeronTable() : gc::Cell(202) {}
  bool traceEphemerons(gc::Tracer& t) override {
    bool any = false;
    for (auto& [k, v] : entries)
      if (t.isMarked(k) && !t.isMarked(v)) { t.mark(v); any = true; }
    return any;
  }
  void sweepWeak(gc::Tracer& t) override {
    std::vector<std::pair<Node*, Node*>> live;
    for (auto& e : entries) if (t.isMarked(e.first)) live.push_back(e);
    entries.swap(live);
  }
  size_t memoryBytes() const override { return sizeof(EphemeronTable); }
};

template <class T, class... A>
T* makeHolder(gc::Heap& heap, A&&... a) {
  T* c = heap.make<T>(std::forward<A>(a)...);
  heap.registerWeakHolder(c, c);
  return c;
}

}  // namespace

TEST_CASE("a weak slot is cleared when its referent dies, and the holder is queued") {
  gc::Heap heap;
  heap.setStress(false);
  Roots roots;
  gc::WeakQueue queue;
  roots.queue = &queue;
  heap.addRootSource(&roots);
  Node* a = heap.make<Node>();
  Node* b = heap.make<Node>();
  WeakRef* ra = makeHolder<WeakRef>(heap, a, &queue);
  WeakRef* rb = makeHolder<WeakRef>(heap, b, &queue);
  roots.roots = {ra, rb, b};
  heap.truncateAllocations(0);
  int before = Node::alive;
  heap.collect();
  REQUIRE(ra->target == nullptr);  // only weakly held: cleared and freed
  REQUIRE(rb->target == b);        // strongly held elsewhere: kept
  REQUIRE(Node::alive == before - 1);
  std::vector<gc::Cell*> died = queue.take();
  REQUIRE(died.size() == 1);
  REQUIRE(died[0] == ra);
  // A dead holder is forgotten: its referent dying later notifies nobody.
  roots.roots = {b};
  heap.collect();
  REQUIRE(queue.empty());
  roots.roots.clear();
  heap.collect();
  REQUIRE(queue.empty());
}

TEST_CASE("a queued holder stays alive until its owner takes it") {
  gc::Heap heap;
  heap.setStress(false);
  Roots roots;
  gc::WeakQueue queue;
  roots.queue = &queue;
  heap.addRootSource(&roots);
  Node* a = heap.make<Node>();
  WeakRef* ra = makeHolder<WeakRef>(heap, a, &queue);
  roots.roots = {ra};
  heap.truncateAllocations(0);
  heap.collect();
  roots.roots.clear();  // the holder is now reachable only from the queue
  heap.collect();
  std::vector<gc::Cell*> died = queue.take();
  REQUIRE(died.size() == 1);
  REQUIRE(static_cast<WeakRef*>(died[0])->target == nullptr);
}

TEST_CASE("ephemerons: a value lives exactly as long as its key") {
  gc::Heap heap;
  heap.setStress(false);
  Roots roots;
  heap.addRootSource(&roots);
  EphemeronTable* table = makeHolder<EphemeronTable>(heap);
  Node* k1 = heap.make<Node>();
  Node* v1 = heap.make<Node>();
  Node* k2 = heap.make<Node>();
  Node* v2 = heap.make<Node>();
  // v2 refers to k1 (value reachable from the other key's value): k1 lives only if k2 does.
  Node* k3 = heap.make<Node>();
  v2->edges.push_back(k1);
  // A value that refers back to its own key does not keep the entry alive (cycle through table).
  Node* v3 = heap.make<Node>();
  v3->edges.push_back(k3);
  table->entries = {{k1, v1}, {k2, v2}, {k3, v3}};
  roots.roots = {table, k2};
  heap.truncateAllocations(0);
  int before = Node::alive;
  heap.collect();
  REQUIRE(table->entries.size() == 2);  // k3's entry is gone, k1 kept through v2
  REQUIRE(Node::alive == before - 2);
  roots.roots = {table};
  heap.collect();
  REQUIRE(table->entries.empty());
  REQUIRE(Node::alive == before - 6);
}

TEST_CASE("ephemeron chains across tables reach a fixpoint") {
  gc::Heap heap;
  heap.setStress(false);
  Roots roots;
  heap.addRootSource(&roots);
  EphemeronTable* t1 = makeHolder<EphemeronTable>(heap);
  EphemeronTable* t2 = makeHolder<EphemeronTable>(heap);
  Node* a = heap.make<Node>();
  Node* b = heap.make<Node>();
  Node* c = heap.make<Node>();
  // t1: b -> c; t2: a -> b. Only a is rooted; t1 is visited first, before b is known live.
  t1->entries = {{b, c}};
  t2->entries = {{a, b}};
  roots.roots = {t1, t2, a};
  heap.truncateAllocations(0);
  int before = Node::alive;
  heap.collect();
  REQUIRE(Node::alive == before);
  REQUIRE(t1->entries.size() == 1);
  REQUIRE(t2->entries.size() == 1);
  // An unreachable table does not keep its values: dropping t2 drops b, hence c.
  roots.roots = {t1, a};
  heap.collect();
  REQUIRE(t1->entries.empty());
  REQUIRE(Node::alive == before - 2);
}

TEST_CASE("weak references under stress collection") {
  gc::Heap heap;
  heap.setStress(true);
  Roots roots;
  heap.addRootSource(&roots);
  Node* a = heap.make<Node>();
  WeakRef* r = makeHolder<WeakRef>(heap, a, nullptr);
  roots.roots = {r};
  heap.truncateAllocations(0);
  heap.make<Node>();  // collects first: a is only weakly held
  REQUIRE(r->target == nullptr);
}
