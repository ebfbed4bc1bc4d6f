// runtime/python/modules/_heapq.cpp — the native `_heapq` module (CPython's Modules/_heapqmodule.c;
// owner pyopmods): heappush, heappop, heapify, heapreplace, heappushpop and the max-heap helpers
// heapq.merge/nlargest use (_heappop_max, _heapify_max, _heapreplace_max). The sift loops are
// CPython's, comparison for comparison (only `<`, same operand order, heapify's cache-friendly
// order above 2500 items), so ties and classes defining only __lt__ give CPython's heaps; a list
// resized by a comparison raises RuntimeError as there.
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

bool isList(Value v) { return isArray(v) && asObject(v)->classTag() == kTagList; }

// PyObject_RichCompareBool(a, b, Py_LT), with the interpreter's int/float fast cases.
bool lessThan(VM& vm, Value a, Value b) {
  if (a.isInt() && b.isInt()) return a.asInt() < b.asInt();
  if (a.isDouble() && b.isDouble()) return a.asDouble() < b.asDouble();
  return L.truthy(vm, L.compare(vm, CompareOp::Lt, a, b));
}

// A heap's items: re-read after every comparison (a __lt__ may have changed the list).
struct Heap {
  VM& vm;
  Rooted list;
  Heap(VM& vm, Value l) : vm(vm), list(vm, l) {}
  std::vector<Value>& items() { return asArray(list)->elements; }
  size_t size() { return items().size(); }
  void set(size_t i, Value v) { asArray(list)->setElement(uint32_t(i), v); }
  void swap(size_t i, size_t j) { Value x = items()[i], y = items()[j]; set(i, y); set(j, x); }
  void checkSize(size_t n) {
    if (size() != n) L.raise(L.t.RuntimeError, "list changed size during iteration");
  }
};

// `less(x, y)` is the heap order: x < y for the min-heap, y < x for the max-heap.
bool heapLess(VM& vm, bool max, Value x, Value y) { return max ? lessThan(vm, y, x) : lessThan(vm, x, y); }

void siftdown(Heap& h, bool max, size_t startpos, size_t pos) {
  VM& vm = h.vm;
  size_t size = h.size();
  if (pos >= size) L.raise(L.t.IndexError, "index out of range");
  Rooted newitem(vm), parent(vm);
  while (pos > startpos) {
    size_t parentpos = (pos - 1) >> 1;
    newitem = h.items()[pos];
    parent = h.items()[parentpos];
    bool lt = heapLess(vm, max, newitem, parent);
    h.checkSize(size);
    if (!lt) break;
    h.swap(parentpos, pos);
    pos = parentpos;
  }
}

void siftup(Heap& h, bool max, size_t pos) {
  VM& vm = h.vm;
  size_t endpos = h.size(), startpos = pos;
  if (pos >= endpos) L.raise(L.t.IndexError, "index out of range");
  size_t limit = endpos >> 1;  // smallest pos that has no child
  Rooted x(vm), y(vm);
  while (pos < limit) {
    size_t childpos = 2 * pos + 1;  // the smaller child
    if (childpos + 1 < endpos) {
      x = h.items()[childpos];
      y = h.items()[childpos + 1];
      if (!heapLess(vm, max, x, y)) childpos++;
      h.checkSize(endpos);
    }
    h.swap(childpos, pos);  // move the smaller child up
    pos = childpos;
  }
  siftdown(h, max, startpos, pos);  // bubble it up to its final resting place
}

// Argument Clinic's checks: positional only, the heap a list (or subclass).
void args(VM& vm, CallArgs& a, const char* name, uint32_t n) {
  if (!L.kwNames.empty()) {
    L.kwNames.clear(); L.kwValues.clear();
    L.raise(L.t.TypeError, std::string("_heapq.") + name + "() takes no keyword arguments");
  }
  if (a.argc != n) {
    if (n == 1) L.raise(L.t.TypeError, std::string("_heapq.") + name + "() takes exactly one argument (" + std::to_string(a.argc) + " given)");
    L.raise(L.t.TypeError, std::string(name) + " expected " + std::to_string(n) + " arguments, got " + std::to_string(a.argc));
  }
  if (!isList(a[0]))
    L.raise(L.t.TypeError, std::string(name) + "() argument " + (n == 1 ? "" : "1 ") + "must be list, not " + L.typeName(a[0]));
}

Value heappush(VM& vm, CallArgs& a) {
  args(vm, a, "heappush", 2);
  Heap h(vm, a[0]);
  asArray(h.list)->push(a[1]);
  siftdown(h, false, 0, h.size() - 1);
  return Value::null();
}

// heappop / _heappop_max
Value heappop(VM& vm, CallArgs& a) {
  bool max = nativeMagic(a) != 0;
  args(vm, a, max ? "_heappop_max" : "heappop", 1);
  Heap h(vm, a[0]);
  if (h.size() == 0) L.raise(L.t.IndexError, "index out of range");
  Rooted last(vm, h.items().back());
  h.items().pop_back();
  if (h.size() == 0) return last;
  Rooted top(vm, h.items()[0]);
  h.set(0, last);
  siftup(h, max, 0);
  return top;
}

// heapreplace / _heapreplace_max
Value heapreplace(VM& vm, CallArgs& a) {
  bool max = nativeMagic(a) != 0;
  args(vm, a, max ? "_heapreplace_max" : "heapreplace", 2);
  Heap h(vm, a[0]);
  if (h.size() == 0) L.raise(L.t.IndexError, "index out of range");
  Rooted top(vm, h.items()[0]);
  h.set(0, a[1]);
  siftup(h, max, 0);
  return top;
}

Value heappushpop(VM& vm, CallArgs& a) {
  args(vm, a, "heappushpop", 2);
  Heap h(vm, a[0]);
  Rooted item(vm, a[1]);
  if (h.size() == 0) return item;
  Rooted top(vm, h.items()[0]);
  if (!lessThan(vm, top, item)) return item;
  if (h.size() == 0) L.raise(L.t.IndexError, "index out of range");
  top = h.items()[0];
  h.set(0, item);
  siftup(h, false, 0);
  return top;
}

// heapify / _heapify_max: bottom-up; large heaps in CPython's cache-friendly order (subtrees
// finished depth-first), which changes the order of comparisons but not the result.
Value heapify(VM& vm, CallArgs& a) {
  bool max = nativeMagic(a) != 0;
  args(vm, a, max ? "_heapify_max" : "heapify", 1);
  Heap h(vm, a[0]);
  int64_t n = int64_t(h.size());
  if (n > 2500) {
    int64_t m = n >> 1;  // the first childless node
    int64_t top = m + 1, shift = 0;  // keep_top_bit(m + 1)
    while (top > 1) { top >>= 1; shift++; }
    int64_t leftmost = (top << shift) - 1;  // the leftmost node in m's row
    int64_t mhalf = m >> 1;  // the parent of the first childless node
    auto chain = [&](int64_t j) {  // sift j, then its parents while j is a right child
      for (;;) {
        siftup(h, max, size_t(j));
        if (!(j & 1)) break;
        j >>= 1;
      }
    };
    for (int64_t i = leftmost - 1; i >= mhalf; i--) chain(i);
    for (int64_t i = m - 1; i >= leftmost; i--) chain(i);
  } else {
    for (int64_t i = (n >> 1) - 1; i >= 0; i--) siftup(h, max, size_t(i));
  }
  return Value::null();
}

}  // namespace

void initHeapq(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  Rooted rm(vm, Value::cell(m));
  P.defNative(m, "heappush", heappush);
  P.defNative(m, "heappop", heappop, 0);
  P.defNative(m, "_heappop_max", heappop, 1);
  P.defNative(m, "heapreplace", heapreplace, 0);
  P.defNative(m, "_heapreplace_max", heapreplace, 1);
  P.defNative(m, "heappushpop", heappushpop);
  P.defNative(m, "heapify", heapify, 0);
  P.defNative(m, "_heapify_max", heapify, 1);
  setFunctionsModule(P, asObject(rm), "_heapq");
}

}  // namespace dualvm::py
