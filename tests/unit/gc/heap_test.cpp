// Unit tests for the mark-sweep heap: reachability, weak sweeping, stress mode and the limit.
#include <catch.hpp>
#include <vector>
#include "gc/heap.h"

namespace {

// A test cell with explicit edges.
struct Node final : gc::Cell {
  static int alive;
  std::vector<Node*> edges;
  Node() : gc::Cell(200) { alive++; }
  ~Node() override { alive--; }
  void trace(gc::Tracer& t) override { for (Node* n : edges) t.mark(n); }
  size_t memoryBytes() const override { return sizeof(Node) + edges.capacity() * sizeof(Node*); }
};
int Node::alive = 0;

struct Roots final : gc::RootSource {
  std::vector<Node*> roots;
  void traceRoots(gc::Tracer& t) override { for (Node* n : roots) t.mark(n); }
};

}  // namespace

TEST_CASE("unreachable cells are freed, reachable ones survive") {
  {
    gc::Heap heap;
    heap.setStress(false);
    Roots roots;
    heap.addRootSource(&roots);
    Node* a = heap.make<Node>();
    Node* b = heap.make<Node>();
    Node* c = heap.make<Node>();
    a->edges.push_back(b);
    roots.roots.push_back(a);
    (void)c;
    REQUIRE(Node::alive == 3);
    heap.collect();  // everything is still in the allocation log: nothing is freed
    REQUIRE(Node::alive == 3);
    heap.truncateAllocations(0);  // the activation ends: only real roots keep cells alive
    heap.collect();
    REQUIRE(Node::alive == 2);
    roots.roots.clear();
    heap.collect();
    REQUIRE(Node::alive == 0);
    REQUIRE(heap.stats().collections == 3);
  }
  REQUIRE(Node::alive == 0);
}

TEST_CASE("cycles are collected and deep chains do not recurse") {
  gc::Heap heap;
  heap.setStress(false);
  Roots roots;
  heap.addRootSource(&roots);
  Node* head = heap.make<Node>();
  roots.roots.push_back(head);
  Node* cur = head;
  for (int i = 0; i < 200000; i++) {  // would overflow the C stack if marking recursed
    Node* n = heap.make<Node>();
    cur->edges.push_back(n);
    cur = n;
  }
  cur->edges.push_back(head);  // cycle
  heap.truncateAllocations(0);
  heap.collect();
  REQUIRE(Node::alive == 200001);
  roots.roots.clear();
  heap.collect();
  REQUIRE(Node::alive == 0);
}

TEST_CASE("stress mode collects before every allocation") {
  gc::Heap heap;
  heap.setStress(true);
  Roots roots;
  heap.addRootSource(&roots);
  const size_t mark = heap.allocationMark();
  for (int i = 0; i < 10; i++) {
    heap.make<Node>();
    heap.truncateAllocations(mark);  // a safe point after each allocation
  }
  // Each allocation collected the previous unrooted node.
  REQUIRE(Node::alive == 1);
  REQUIRE(heap.stats().collections == 10);
  heap.setStress(false);
  heap.collect();
  REQUIRE(Node::alive == 0);
}

TEST_CASE("the heap limit raises HeapExhausted instead of growing") {
  gc::Heap heap;
  heap.setStress(false);
  heap.setMaxBytes(1 << 20);
  Roots roots;
  heap.addRootSource(&roots);
  bool exhausted = false;
  try {
    for (int i = 0; i < 1000000; i++) {
      roots.roots.push_back(heap.make<Node>());
      heap.truncateAllocations(0);
    }
  } catch (const gc::HeapExhausted&) {
    exhausted = true;
  }
  REQUIRE(exhausted);
  REQUIRE(heap.liveEstimate() <= (1 << 20) + 4096);
  roots.roots.clear();
  heap.collect();
  REQUIRE(Node::alive == 0);
}

TEST_CASE("the allocation log keeps an activation's cells until it ends") {
  gc::Heap heap;
  heap.setStress(true);  // collect before every allocation
  Roots roots;
  heap.addRootSource(&roots);
  const size_t outer = heap.allocationMark();
  Node* a = heap.make<Node>();  // held only by a C++ local
  const size_t inner = heap.allocationMark();
  Node* b = heap.make<Node>();
  Node* c = heap.make<Node>();  // the collection before this one must not free a or b
  a->edges.push_back(b);
  (void)c;
  REQUIRE(Node::alive == 3);
  heap.truncateAllocations(inner);  // the inner activation returns; a is still logged
  heap.retain(b);                   // ... and hands b back to its caller
  heap.collect();
  REQUIRE(Node::alive == 2);
  heap.truncateAllocations(outer);
  heap.setStress(false);
  heap.collect();
  REQUIRE(Node::alive == 0);
}
