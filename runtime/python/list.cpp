// runtime/python/list.cpp — list and tuple methods (CPython's Objects/listobject.c and
// tupleobject.c): append, extend, insert, pop, remove, index (start/stop), count, reverse, clear,
// copy, sort (stable merge sort with key and reverse; also sorted()'s engine).
#include <algorithm>
#include "runtime/python/containers.h"

namespace dualvm::py {

#define L (lang(vm))

void sortValues(PyLanguage& P, RootedVector& items, Value key, bool reverse) {
  VM& vm = P.vm;
  Rooted rk(vm, key);
  RootedVector keys(vm);
  for (size_t i = 0; i < items.size(); i++) keys.push(key.isNullish() ? items[i] : P.call(rk, &items[i], 1));
  std::vector<size_t> idx(items.size());
  for (size_t i = 0; i < idx.size(); i++) idx[i] = i;
  // reverse keeps equal items in their original order (CPython sorts reversed-stable)
  std::stable_sort(idx.begin(), idx.end(), [&](size_t x, size_t y) {
    Value a = reverse ? keys[y] : keys[x], b = reverse ? keys[x] : keys[y];
    if (a.isInt() && b.isInt()) return a.asInt() < b.asInt();
    return P.truthy(vm, P.compare(vm, CompareOp::Lt, a, b));
  });
  std::vector<Value> out;
  out.reserve(idx.size());
  for (size_t i : idx) out.push_back(items[i]);
  items.vec() = out;
  items.sync();
}

static ArrayObject* listSelf(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isArray(a.thisValue) || asObject(a.thisValue)->classTag() != kTagList)
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for 'list' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return asArray(a.thisValue);
}
static ArrayObject* seqSelf(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isArray(a.thisValue))
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for 'tuple' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return asArray(a.thisValue);
}
static void argCount(PyLanguage& P, const char* name, uint32_t argc, uint32_t lo, uint32_t hi) {
  if (argc >= lo && argc <= hi) return;
  if (lo == hi) P.raise(P.t.TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(argc) + " given)");
  if (argc < lo) P.raise(P.t.TypeError, std::string(name) + " expected at least " + std::to_string(lo) + " argument" + (lo == 1 ? "" : "s") + ", got " + std::to_string(argc));
  P.raise(P.t.TypeError, std::string(name) + " expected at most " + std::to_string(hi) + " argument" + (hi == 1 ? "" : "s") + ", got " + std::to_string(argc));
}

static Value l_append(VM& vm, CallArgs& a) {
  auto* l = listSelf(vm, a, "append");
  argCount(L, "list.append", a.argc, 1, 1);
  if (l->elements.capacity() == 0) l->elements.reserve(4);  // as CPython's list_resize: 0 -> 4, not 1, 2, 4
  l->push(a[0]);
  return Value::null();
}
static Value l_extend(VM& vm, CallArgs& a) {
  listSelf(vm, a, "extend");
  argCount(L, "list.extend", a.argc, 1, 1);
  Rooted self(vm, a.thisValue);
  RootedVector items(vm);
  L.collect(a[0], items);  // a copy first: l.extend(l) doubles l
  for (size_t i = 0; i < items.size(); i++) asArray(self)->push(items[i]);
  return Value::null();
}
static Value l_pop(VM& vm, CallArgs& a) {
  auto& els = listSelf(vm, a, "pop")->elements;
  argCount(L, "pop", a.argc, 0, 1);
  int64_t i = a.argc ? L.toIndex(a[0]) : int64_t(els.size()) - 1;
  if (els.empty()) L.raise(L.t.IndexError, "pop from empty list");
  if (i < 0) i += int64_t(els.size());
  if (i < 0 || i >= int64_t(els.size())) L.raise(L.t.IndexError, "pop index out of range");
  Value v = els[size_t(i)];
  els.erase(els.begin() + i);
  return v;
}
static Value l_insert(VM& vm, CallArgs& a) {
  auto* l = listSelf(vm, a, "insert");
  if (a.argc != 2) L.raise(L.t.TypeError, "insert expected 2 arguments, got " + std::to_string(a.argc));
  int64_t n = int64_t(l->elements.size()), i = L.toIndex(a[0]);
  if (i < 0) { i += n; if (i < 0) i = 0; } else if (i > n) i = n;
  writeBarrier(l, a[1]);
  l->elements.insert(l->elements.begin() + i, a[1]);
  return Value::null();
}
static Value l_index(VM& vm, CallArgs& a) {
  auto* s = seqSelf(vm, a, "index");
  bool tuple = s->classTag() == kTagTuple;
  argCount(L, "index", a.argc, 1, 3);
  Rooted self(vm, a.thisValue), x(vm, a[0]);
  int64_t n = int64_t(s->elements.size());
  int64_t st = a.argc > 1 ? L.toIndex(a[1]) : 0, en = a.argc > 2 ? L.toIndex(a[2]) : n;
  if (st < 0) st = std::max<int64_t>(0, st + n);
  if (en < 0) en = std::max<int64_t>(0, en + n);
  for (int64_t i = st; i < en && i < int64_t(asArray(self)->elements.size()); i++)
    if (L.eq(asArray(self)->elements[size_t(i)], x)) return bigint::fromInt64(vm.heap, i);
  L.raise(L.t.ValueError, tuple ? "tuple.index(x): x not in tuple" : L.repr(x) + " is not in list");
}
static Value l_count(VM& vm, CallArgs& a) {
  seqSelf(vm, a, "count");
  argCount(L, "count", a.argc, 1, 1);
  Rooted self(vm, a.thisValue), x(vm, a[0]);
  int64_t c = 0;
  for (size_t i = 0; i < asArray(self)->elements.size(); i++) if (L.eq(asArray(self)->elements[i], x)) c++;
  return bigint::fromInt64(vm.heap, c);
}
static Value l_remove(VM& vm, CallArgs& a) {
  listSelf(vm, a, "remove");
  argCount(L, "list.remove", a.argc, 1, 1);
  Rooted self(vm, a.thisValue), x(vm, a[0]);
  for (size_t i = 0; i < asArray(self)->elements.size(); i++)
    if (L.eq(asArray(self)->elements[i], x)) {
      auto& els = asArray(self)->elements;
      if (i < els.size()) els.erase(els.begin() + i);
      return Value::null();
    }
  L.raise(L.t.ValueError, "list.remove(x): x not in list");
}
static Value l_reverse(VM& vm, CallArgs& a) { auto& e = listSelf(vm, a, "reverse")->elements; std::reverse(e.begin(), e.end()); return Value::null(); }
static Value l_clear(VM& vm, CallArgs& a) { listSelf(vm, a, "clear")->elements.clear(); return Value::null(); }
static Value l_copy(VM& vm, CallArgs& a) { auto* l = listSelf(vm, a, "copy"); return L.newList(l->elements.data(), l->elements.size()); }
static Value l_sort(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  listSelf(vm, a, "sort");
  if (a.argc) P.raise(P.t.TypeError, "sort() takes no positional arguments");
  Value key = kwArg(P, "key"), rev = kwArg(P, "reverse");
  Rooted rk(vm, key.isMagic(Magic::Empty) ? Value::null() : key), rr(vm, rev);
  consumeKw(P, "sort", {"key", "reverse"});
  bool reverse = !rr.get().isMagic(Magic::Empty) && P.truthy(vm, rr);
  Rooted self(vm, a.thisValue);
  RootedVector items(vm);
  for (Value v : asArray(self)->elements) items.push(v);
  // CPython empties the list while sorting; a key or comparison that mutates it is an error
  asArray(self)->elements.clear();
  sortValues(P, items, rk, reverse);
  bool mutated = !asArray(self)->elements.empty();
  asArray(self)->elements = items.vec();
  for (Value v : items.vec()) writeBarrier(asArray(self), v);
  if (mutated) P.raise(P.t.ValueError, "list modified during sort");
  return Value::null();
}
static Value l_len(VM& vm, CallArgs& a) { return bigint::fromInt64(vm.heap, int64_t(seqSelf(vm, a, "__len__")->elements.size())); }
static Value l_getitem(VM& vm, CallArgs& a) { seqSelf(vm, a, "__getitem__"); return L.getElement(vm, a.thisValue, a[0]); }
static Value l_setitem(VM& vm, CallArgs& a) { listSelf(vm, a, "__setitem__"); L.setElement(vm, a.thisValue, a[0], a[1], true); return Value::null(); }
static Value l_delitem(VM& vm, CallArgs& a) { listSelf(vm, a, "__delitem__"); L.deleteElement(vm, a.thisValue, a[0], true); return Value::null(); }
static Value l_contains(VM& vm, CallArgs& a) { seqSelf(vm, a, "__contains__"); return Value::boolean(L.hasProperty(vm, a.thisValue, a[0])); }
// the builtin iterator even for a subclass overriding __iter__ (its super().__iter__() lands here)
static Value l_iter(VM& vm, CallArgs& a) { seqSelf(vm, a, "__iter__"); return containerIter(L, a.thisValue); }
static Value l_init(VM& vm, CallArgs& a) {
  // list.__init__(self, iterable=()) for subclasses calling super().__init__(...)
  listSelf(vm, a, "__init__");
  Rooted self(vm, a.thisValue);
  RootedVector items(vm);
  if (a.argc) L.collect(a[0], items);
  asArray(self)->elements.clear();
  for (size_t i = 0; i < items.size(); i++) asArray(self)->push(items[i]);
  return Value::null();
}

// tuple.__new__(cls, iterable=()): instances of tuple subclasses (namedtuple's _tuple_new).
static Value t_new(VM& vm, CallArgs& a) {
  if (a.argc < 1 || !isType(a[0]) || !L.isSubtype(asType(a[0]), L.t.tuple))
    L.raise(L.t.TypeError, "tuple.__new__(X): X is not a subtype of tuple");
  if (a.argc > 2) L.raise(L.t.TypeError, "tuple expected at most 1 argument, got " + std::to_string(a.argc - 1));
  Rooted cls(vm, a[0]);
  RootedVector items(vm);
  if (a.argc > 1) L.collect(a[1], items);
  Value t = L.newTuple(items.data(), items.size());
  asObject(t)->setProto(asType(cls));
  return t;
}

void installList(PyLanguage& P) {
  PyType* l = P.t.list;
  P.defNative(l, "append", l_append); P.defNative(l, "extend", l_extend); P.defNative(l, "pop", l_pop);
  P.defNative(l, "insert", l_insert); P.defNative(l, "index", l_index); P.defNative(l, "count", l_count);
  P.defNative(l, "remove", l_remove); P.defNative(l, "reverse", l_reverse); P.defNative(l, "clear", l_clear);
  P.defNative(l, "copy", l_copy); P.defNative(l, "sort", l_sort);
  P.defNative(l, "__len__", l_len); P.defNative(l, "__getitem__", l_getitem); P.defNative(l, "__setitem__", l_setitem);
  P.defNative(l, "__delitem__", l_delitem); P.defNative(l, "__contains__", l_contains); P.defNative(l, "__iter__", l_iter);
  P.defNative(l, "__init__", l_init);
  l->putDirect(P.vm, P.s("__hash__"), Value::null());
  PyType* t = P.t.tuple;
  P.defNative(t, "index", l_index); P.defNative(t, "count", l_count);
  P.defNative(t, "__len__", l_len); P.defNative(t, "__getitem__", l_getitem); P.defNative(t, "__contains__", l_contains);
  P.defNative(t, "__iter__", l_iter); P.defNative(t, "__new__", t_new);
}

}  // namespace dualvm::py
