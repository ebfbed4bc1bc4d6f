// runtime/python/modules/_collections.cpp — the native `_collections` module (CPython's
// Modules/_collectionsmodule.c): deque (with maxlen, both ends O(1) amortised), its iterators,
// defaultdict (a dict subclass with __missing__), _count_elements (Counter's fast path) and
// _tuplegetter (namedtuple's field accessors). collections/__init__.py imports these;
// OrderedDict, Counter, namedtuple and ChainMap are its pure-Python code.
#include <algorithm>
#include <unordered_map>
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum Kind { kDeque = 1, kDequeIter };
struct Classes { PyType *deque, *iter, *reviter, *defaultdict, *tuplegetter; };
std::unordered_map<PyLanguage*, Classes> classes;

// ---- deque storage: items[head..] are the elements; n = [maxlen (-1: none), head, mutations] ----
struct Deq {
  NativeState* s;
  size_t size() const { return s->items.size() - size_t(s->n[1]); }
  Value& at(size_t i) { return s->items[size_t(s->n[1]) + i]; }
  int64_t maxlen() const { return s->n[0]; }
  void touch() { s->n[2]++; }
  void popFront() {
    s->items[size_t(s->n[1])] = Value::undefined();
    s->n[1]++;
    if (s->n[1] > 32 && size_t(s->n[1]) * 2 > s->items.size()) {
      s->items.erase(s->items.begin(), s->items.begin() + s->n[1]);
      s->n[1] = 0;
    }
    touch();
  }
  void popBack() { s->items.pop_back(); touch(); }
  void pushBack(Value x) {
    if (maxlen() == 0) return;
    writeBarrier(s, x);
    s->items.push_back(x);
    touch();
    if (maxlen() > 0 && int64_t(size()) > maxlen()) popFront();
  }
  void pushFront(Value x) {
    if (maxlen() == 0) return;
    writeBarrier(s, x);
    if (s->n[1] == 0) {  // make room at the front, proportional to the size
      size_t room = std::max<size_t>(8, size());
      s->items.insert(s->items.begin(), room, Value::undefined());
      s->n[1] = int64_t(room);
    }
    s->n[1]--;
    at(0) = x;
    touch();
    if (maxlen() > 0 && int64_t(size()) > maxlen()) popBack();
  }
  void clear() { s->items.clear(); s->n[1] = 0; touch(); }
};

NativeState* dequeSelf(VM& vm, CallArgs& a, const char* method) { return selfState(L, a, kDeque, method, "collections.deque"); }

Value dequeNew(VM& vm, CallArgs& a) {
  Value c = a[0];
  if (!isType(c)) L.raise(L.t.TypeError, "deque.__new__(X): X is not a type object");
  L.kwNames.clear(); L.kwValues.clear();  // __init__ reads the arguments
  NativeState* s = newState(L, asType(c), kDeque, 0, 3);
  s->n[0] = -1;
  return Value::cell(s);
}

void dequeExtend(VM& vm, Rooted& self, Value iterable, bool left) {
  RootedVector items(vm);
  L.collect(iterable, items);  // collecting first also makes d.extend(d) safe
  for (size_t i = 0; i < items.size(); i++) {
    Deq d{asState(self)};
    if (left) d.pushFront(items[i]); else d.pushBack(items[i]);
  }
}

Value dequeInit(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "deque", {"iterable", "maxlen"});
  dequeSelf(vm, a, "__init__");
  Rooted self(vm, a.thisValue);
  if (a.argc > 2) L.raise(L.t.TypeError, "deque expected at most 2 arguments, got " + std::to_string(a.argc));
  Value iterable = a.argc > 0 ? a[0] : kw.get("iterable");
  Value maxlen = a.argc > 1 ? a[1] : kw.get("maxlen");
  int64_t ml = -1;
  if (!maxlen.isMagic(Magic::Empty) && !maxlen.isNull()) {
    if (!isInteger(maxlen) && !maxlen.isBool()) L.raise(L.t.TypeError, "an integer is required");
    ml = L.toIndex(maxlen);
    if (ml < 0) L.raise(L.t.ValueError, "maxlen must be non-negative");
  }
  Deq d{asState(self)};
  if (d.size()) d.clear();
  asState(self)->n[0] = ml;
  if (!iterable.isMagic(Magic::Empty)) dequeExtend(vm, self, iterable, false);
  return Value::null();
}

Value dequeAppend(VM& vm, CallArgs& a) {
  int m = nativeMagic(a);
  Deq d{dequeSelf(vm, a, m ? "appendleft" : "append")};
  if (a.argc != 1) L.raise(L.t.TypeError, std::string(m ? "deque.appendleft" : "deque.append") + "() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  if (m) d.pushFront(a[0]); else d.pushBack(a[0]);
  return Value::null();
}
Value dequePop(VM& vm, CallArgs& a) {
  int m = nativeMagic(a);
  Deq d{dequeSelf(vm, a, m ? "popleft" : "pop")};
  if (!d.size()) L.raise(L.t.IndexError, "pop from an empty deque");
  Value v = m ? d.at(0) : d.at(d.size() - 1);
  if (m) d.popFront(); else d.popBack();
  return v;
}
Value dequeExtendM(VM& vm, CallArgs& a) {
  int m = nativeMagic(a);
  dequeSelf(vm, a, m ? "extendleft" : "extend");
  Rooted self(vm, a.thisValue);
  dequeExtend(vm, self, a[0], m);
  return Value::null();
}
Value dequeRotate(VM& vm, CallArgs& a) {
  Deq d{dequeSelf(vm, a, "rotate")};
  int64_t n = a.argc > 0 ? L.toIndex(a[0]) : 1;
  int64_t len = int64_t(d.size());
  if (len <= 1) return Value::null();
  n %= len;
  if (n < 0) n += len;
  auto b = d.s->items.begin() + d.s->n[1];
  std::rotate(b, d.s->items.end() - n, d.s->items.end());
  d.touch();
  return Value::null();
}
Value dequeClear(VM& vm, CallArgs& a) { Deq d{dequeSelf(vm, a, "clear")}; d.clear(); return Value::null(); }
Value dequeReverse(VM& vm, CallArgs& a) {
  Deq d{dequeSelf(vm, a, "reverse")};
  std::reverse(d.s->items.begin() + d.s->n[1], d.s->items.end());
  d.touch();
  return Value::null();
}
Value dequeCount(VM& vm, CallArgs& a) {
  dequeSelf(vm, a, "count");
  Rooted self(vm, a.thisValue), x(vm, a[0]);
  int64_t c = 0;
  int64_t muts = asState(self)->n[2];
  for (size_t i = 0; i < Deq{asState(self)}.size(); i++) {
    if (L.eq(Deq{asState(self)}.at(i), x)) c++;
    if (asState(self)->n[2] != muts) L.raise(L.t.RuntimeError, "deque mutated during iteration");
  }
  return bigint::fromInt64(vm.heap, c);
}
// The index of x in [start, stop), or -1.
int64_t dequeFind(VM& vm, Rooted& self, Value x, int64_t start, int64_t stop) {
  Rooted rx(vm, x);
  int64_t muts = asState(self)->n[2];
  for (int64_t i = start; i < stop && i < int64_t(Deq{asState(self)}.size()); i++) {
    if (L.eq(Deq{asState(self)}.at(size_t(i)), rx)) return i;
    if (asState(self)->n[2] != muts) L.raise(L.t.RuntimeError, "deque mutated during iteration");
  }
  return -1;
}
Value dequeIndex(VM& vm, CallArgs& a) {
  dequeSelf(vm, a, "index");
  Rooted self(vm, a.thisValue);
  int64_t len = int64_t(Deq{asState(self)}.size());
  auto norm = [&](Value v, int64_t dflt) {
    if (v.isUndefined()) return dflt;
    int64_t i = L.toIndex(v);
    if (i < 0) { i += len; if (i < 0) i = 0; }
    return std::min(i, len);
  };
  int64_t start = norm(a[1], 0), stop = norm(a[2], len);
  int64_t i = dequeFind(vm, self, a[0], start, stop);
  if (i < 0) L.raise(L.t.ValueError, L.repr(a[0]) + " is not in deque");
  return bigint::fromInt64(vm.heap, i);
}
Value dequeRemove(VM& vm, CallArgs& a) {
  dequeSelf(vm, a, "remove");
  Rooted self(vm, a.thisValue);
  int64_t i = dequeFind(vm, self, a[0], 0, INT64_MAX);
  if (i < 0) L.raise(L.t.ValueError, "deque.remove(x): x not in deque");
  NativeState* s = asState(self);
  s->items.erase(s->items.begin() + s->n[1] + i);
  s->n[2]++;
  return Value::null();
}
Value dequeInsert(VM& vm, CallArgs& a) {
  Deq d{dequeSelf(vm, a, "insert")};
  if (a.argc != 2) L.raise(L.t.TypeError, "insert expected 2 arguments, got " + std::to_string(a.argc));
  int64_t len = int64_t(d.size()), i = L.toIndex(a[0]);
  d = Deq{asState(a.thisValue)};
  if (d.maxlen() >= 0 && len >= d.maxlen()) L.raise(L.t.IndexError, "deque already at its maximum size");
  if (i < 0) { i += len; if (i < 0) i = 0; }
  if (i > len) i = len;
  writeBarrier(d.s, a[1]);
  d.s->items.insert(d.s->items.begin() + d.s->n[1] + i, a[1]);
  d.touch();
  return Value::null();
}
Value newDequeLike(VM& vm, Value self, const Value* items, size_t n, int64_t maxlen) {
  Rooted rs(vm, self);
  NativeState* s = newState(L, L.typeOf(rs), kDeque, 0, 3);
  s->n[0] = maxlen;
  Deq d{s};
  for (size_t i = 0; i < n; i++) d.pushBack(items[i]);
  return Value::cell(s);
}
Value dequeCopy(VM& vm, CallArgs& a) {
  NativeState* s = dequeSelf(vm, a, "copy");
  RootedVector items(vm);
  Deq d{s};
  for (size_t i = 0; i < d.size(); i++) items.push(d.at(i));
  return newDequeLike(vm, a.thisValue, items.data(), items.size(), asState(a.thisValue)->n[0]);
}
Value dequeLen(VM& vm, CallArgs& a) { return bigint::fromInt64(vm.heap, int64_t(Deq{dequeSelf(vm, a, "__len__")}.size())); }
int64_t dequeIndexArg(VM& vm, Deq d, Value key, const char* msg) {
  if (!isInteger(key) && !key.isBool() && !(isObject(key) && !L.typeOf(key)->builtin))
    L.raise(L.t.TypeError, "sequence index must be integer, not '" + L.typeName(key) + "'");
  int64_t i = L.toIndex(key), n = int64_t(d.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) L.raise(L.t.IndexError, msg);
  return i;
}
Value dequeGetItem(VM& vm, CallArgs& a) {
  Deq d{dequeSelf(vm, a, "__getitem__")};
  int64_t i = dequeIndexArg(vm, d, a[0], "deque index out of range");
  return Deq{asState(a.thisValue)}.at(size_t(i));
}
Value dequeSetItem(VM& vm, CallArgs& a) {
  Deq d{dequeSelf(vm, a, "__setitem__")};
  int64_t i = dequeIndexArg(vm, d, a[0], "deque index out of range");
  d = Deq{asState(a.thisValue)};
  writeBarrier(d.s, a[1]);
  d.at(size_t(i)) = a[1];
  return Value::null();
}
Value dequeDelItem(VM& vm, CallArgs& a) {
  Deq d{dequeSelf(vm, a, "__delitem__")};
  int64_t i = dequeIndexArg(vm, d, a[0], "deque index out of range");
  d = Deq{asState(a.thisValue)};
  d.s->items.erase(d.s->items.begin() + d.s->n[1] + i);
  d.touch();
  return Value::null();
}
Value dequeContains(VM& vm, CallArgs& a) {
  dequeSelf(vm, a, "__contains__");
  Rooted self(vm, a.thisValue);
  return Value::boolean(dequeFind(vm, self, a[0], 0, INT64_MAX) >= 0);
}
Value dequeIter(VM& vm, CallArgs& a) {
  int rev = nativeMagic(a);
  Deq d{dequeSelf(vm, a, rev ? "__reversed__" : "__iter__")};
  Rooted self(vm, a.thisValue);
  Classes& c = classes[&L];
  NativeState* it = newState(L, rev ? c.reviter : c.iter, kDequeIter, 1, 3);  // deque; index, mutations, reversed
  it->set(0, self);
  it->n = {rev ? int64_t(d.size()) - 1 : 0, d.s->n[2], rev};
  return Value::cell(it);
}
Value dequeIterNext(VM& vm, CallArgs& a) {
  NativeState* it = selfState(L, a, kDequeIter, "__next__", "_collections._deque_iterator");
  if (it->v[0].isNull()) stopIteration(L);
  Deq d{asState(it->v[0])};
  if (d.s->n[2] != it->n[1]) { it->set(0, Value::null()); L.raise(L.t.RuntimeError, "deque mutated during iteration"); }
  int64_t i = it->n[0];
  if (i < 0 || i >= int64_t(d.size())) { it->set(0, Value::null()); stopIteration(L); }
  it->n[0] += it->n[2] ? -1 : 1;
  return d.at(size_t(i));
}
Value iterSelf(VM&, CallArgs& a) { takeSelf(a); return a.thisValue; }

Value dequeToList(VM& vm, Value dq) {
  RootedVector items(vm);
  Deq d{asState(dq)};
  for (size_t i = 0; i < d.size(); i++) items.push(d.at(i));
  return L.newList(items.data(), items.size());
}
Value dequeCompare(VM& vm, CallArgs& a) {
  dequeSelf(vm, a, "__eq__");
  Rooted self(vm, a.thisValue), other(vm, a[0]);
  if (!isNativeState(other, kDeque)) return L.notImplemented;
  Rooted x(vm, dequeToList(vm, self));
  Rooted y(vm, dequeToList(vm, other));
  static const CompareOp ops[] = {CompareOp::Eq, CompareOp::Ne, CompareOp::Lt, CompareOp::Le, CompareOp::Gt, CompareOp::Ge};
  return L.compare(vm, ops[nativeMagic(a)], x, y);
}
Value dequeAdd(VM& vm, CallArgs& a) {
  int inplace = nativeMagic(a);
  dequeSelf(vm, a, "__add__");
  Rooted self(vm, a.thisValue), other(vm, a[0]);
  if (inplace) { dequeExtend(vm, self, other, false); return self; }
  if (!isNativeState(other, kDeque))
    L.raise(L.t.TypeError, "can only concatenate deque (not \"" + L.typeName(other) + "\") to deque");
  RootedVector items(vm);
  Deq d{asState(self)};
  for (size_t i = 0; i < d.size(); i++) items.push(d.at(i));
  Deq e{asState(other)};
  for (size_t i = 0; i < e.size(); i++) items.push(e.at(i));
  return newDequeLike(vm, self, items.data(), items.size(), asState(self)->n[0]);
}
Value dequeMul(VM& vm, CallArgs& a) {
  int inplace = nativeMagic(a);
  dequeSelf(vm, a, "__mul__");
  Rooted self(vm, a.thisValue);
  if (!isInteger(a[0]) && !a[0].isBool()) return L.notImplemented;
  int64_t k = L.toIndex(a[0]);
  RootedVector items(vm);
  Deq d{asState(self)};
  size_t n = d.size();
  if (k > 0 && n && uint64_t(k) * n > (uint64_t(1) << 28)) L.raise(L.t.MemoryError, "");
  for (int64_t r = 0; r < k; r++) for (size_t i = 0; i < n; i++) items.push(Deq{asState(self)}.at(i));
  if (inplace) {
    Deq dd{asState(self)};
    dd.clear();
    for (size_t i = 0; i < items.size(); i++) Deq{asState(self)}.pushBack(items[i]);
    return self;
  }
  return newDequeLike(vm, self, items.data(), items.size(), asState(self)->n[0]);
}
Value dequeRepr(VM& vm, CallArgs& a) {
  dequeSelf(vm, a, "__repr__");
  Rooted self(vm, a.thisValue);
  std::string name = L.typeName(self);
  if (L.reprDepth > 1 && asState(self)->n[2] == -1) return L.newStr("[...]");
  Rooted list(vm, dequeToList(vm, self));
  // a deque that contains itself prints [...] for the inner occurrence
  int64_t saved = asState(self)->n[2];
  asState(self)->n[2] = -1;
  std::string inner;
  try {
    std::string r = "[";
    for (size_t i = 0; i < asArray(list)->elements.size(); i++) {
      Value x = asArray(list)->elements[i];
      if (i) r += ", ";
      r += x == self.get() ? "[...]" : L.repr(x);
    }
    inner = r + "]";
  } catch (...) {
    asState(self)->n[2] = saved;
    throw;
  }
  asState(self)->n[2] = saved;
  std::string r = name + "(" + inner;
  if (asState(self)->n[0] >= 0) r += ", maxlen=" + std::to_string(asState(self)->n[0]);
  return L.newStr(r + ")");
}
Value dequeMaxlen(VM& vm, CallArgs& a) {
  NativeState* s = dequeSelf(vm, a, "maxlen");
  return s->n[0] < 0 ? Value::null() : bigint::fromInt64(vm.heap, s->n[0]);
}

// ---- defaultdict: a dict whose default_factory attribute is an own property ----

Value ddInit(VM& vm, CallArgs& a) {
  takeSelf(a);
  Rooted self(vm, a.thisValue);
  if (!isDict(self)) L.raise(L.t.TypeError, "descriptor '__init__' requires a 'collections.defaultdict' object");
  Value factory = Value::null();
  if (a.argc > 0) {
    factory = a[0];
    bool callable = isClosure(factory) || isNativeFunction(factory) || isKind(factory, CellKind::BoundFunction) || isType(factory) ||
                    (isObject(factory) && !L.lookupType(L.typeOf(factory), L.s("__call__")).isMagic(Magic::Empty));
    if (!factory.isNull() && !callable) L.raise(L.t.TypeError, "first argument must be callable or None");
    a.argv++; a.argc--;
  }
  asObject(self)->putDirect(vm, L.s("default_factory"), factory);
  if (a.argc || !L.kwNames.empty()) {
    Value update = L.lookupType(L.t.dict, L.s("update"));
    vm.call(update, self, a.argv, a.argc);  // keyword arguments pass through (still in kwNames)
  }
  return Value::null();
}
Value ddFactory(VM& vm, Value self) {
  uint32_t i = asObject(self)->findOwn(L.s("default_factory"));
  return i == Shape::kNotFound ? Value::null() : asObject(self)->slot(i);
}
Value ddFactoryGet(VM& vm, CallArgs& a) { takeSelf(a); return ddFactory(vm, a.thisValue); }
Value ddFactorySet(VM& vm, CallArgs& a) {
  takeSelf(a);
  asObject(a.thisValue)->putDirect(vm, L.s("default_factory"), a[0]);
  return Value::null();
}
Value ddMissing(VM& vm, CallArgs& a) {
  takeSelf(a);
  Rooted self(vm, a.thisValue), key(vm, a[0]);
  Value f = ddFactory(vm, self);
  if (f.isNull()) {
    Rooted e(vm, L.makeException(L.t.KeyError, ""));
    asObject(e)->putDirect(vm, L.s("args"), L.newTuple(key.address(), 1));
    vm.throwValue(e);
  }
  Rooted v(vm, L.call(f, nullptr, 0));
  L.setElement(vm, self, key, v, true);
  return v;
}
std::string dictBodyRepr(VM& vm, Value d) {
  Rooted rd(vm, d);
  std::string out = "{";
  bool first = true;
  for (size_t i = 0; i < asDict(rd)->entries.size(); i++) {
    DictEntry e = asDict(rd)->entries[i];
    if (e.key.isMagic(Magic::Empty)) continue;
    if (!first) out += ", ";
    first = false;
    Rooted v(vm, e.value);
    out += L.repr(e.key) + ": ";
    out += v.get() == rd.get() ? "{...}" : L.repr(v);
  }
  return out + "}";
}
Value ddRepr(VM& vm, CallArgs& a) {
  takeSelf(a);
  Rooted self(vm, a.thisValue);
  Rooted f(vm, ddFactory(vm, self));
  std::string fr = f.get() == self.get() ? "..." : L.repr(f);
  return L.newStr(L.typeName(self) + "(" + fr + ", " + dictBodyRepr(vm, self) + ")");
}
Value ddCopy(VM& vm, CallArgs& a) {
  takeSelf(a);
  Rooted self(vm, a.thisValue);
  Value args[2] = {ddFactory(vm, self), self};
  return L.call(Value::cell(L.typeOf(self)), args, 2);
}

// _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each x.
Value countElements(VM& vm, CallArgs& a) {
  Rooted map(vm, a[0]);
  Rooted it(vm, L.getIterator(vm, a[1], false));
  PyType* ty = L.typeOf(map);
  // the dict fast path when the mapping does not override get or __setitem__
  bool plain = isDict(map) && L.lookupType(ty, L.s("get")) == L.lookupType(L.t.dict, L.s("get")) &&
               L.lookupType(ty, L.s("__setitem__")).isMagic(Magic::Empty);
  Rooted get(vm, plain ? Value::null() : L.getAttr(map, L.s("get")));
  bool done = false;
  for (;;) {
    Value x = L.next(it, &done);
    if (done) break;
    Rooted rx(vm, x);
    Value cur;
    if (plain) { cur = L.dictGet(asDict(map), rx); if (cur.isMagic(Magic::Empty)) cur = Value::integer(0); }
    else { Value args[2] = {rx, Value::integer(0)}; cur = L.call(get, args, 2); }
    Rooted nv(vm, L.binary(vm, BinaryOp::Add, cur, Value::integer(1)));
    if (plain) L.dictSet(asDict(map), rx, nv);
    else L.setElement(vm, map, rx, nv, true);
  }
  return Value::null();
}

// _tuplegetter(index, doc): a read-only data descriptor returning self[index]. It is a property
// whose setter and deleter refuse with CPython's _tuplegetter messages ("can't set attribute"),
// not property's "has no setter".
Value tupleGet(VM& vm, CallArgs& a) {
  takeSelf(a);
  return L.getElement(vm, a.thisValue, Value::integer(nativeMagic(a)));
}
Value tupleSetRefused(VM& vm, CallArgs&) { L.raise(L.t.AttributeError, "can't set attribute"); }
Value tupleDelRefused(VM& vm, CallArgs&) { L.raise(L.t.AttributeError, "can't delete attribute"); }
// _tuplegetter.__new__(cls, index, doc)
Value tupleGetterNew(VM& vm, CallArgs& a) {
  a.argv++; a.argc--;  // the class
  if (a.argc != 2) L.raise(L.t.TypeError, "_tuplegetter expected 2 arguments, got " + std::to_string(a.argc));
  int64_t i = L.toIndex(a[0]);
  auto native = [&](NativeFn fn) {
    NativeFunction* f = vm.heap.make<NativeFunction>(vm.emptyShape(), L.t.builtinFunction, fn, &L);
    f->magic = int32_t(i);
    f->data = Value::cell(L.s("_tuplegetter"));
    return Value::cell(f);
  };
  Rooted rget(vm, native(tupleGet));
  Rooted rset(vm, native(tupleSetRefused));
  Rooted rdel(vm, native(tupleDelRefused));
  // a property cell (the attribute paths dispatch on its tag) whose type is _collections._tuplegetter
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), classes[&L].tuplegetter, kTagProperty);
  b->a = rget;
  b->b = rset;
  b->c = rdel;
  Rooted rb(vm, Value::cell(b));
  if (a.argc > 1) b->putDirect(vm, L.s("__doc__"), a[1]);  // "Alias for field number N"
  return rb;
}

}  // namespace

void initCollections(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  Classes& c = classes[&P];
  c.deque = newNativeType(P, "deque", "collections");
  PyType* d = c.deque;
  P.defNative(d, "__new__", dequeNew); P.defNative(d, "__init__", dequeInit);
  P.defNative(d, "append", dequeAppend, 0); P.defNative(d, "appendleft", dequeAppend, 1);
  P.defNative(d, "pop", dequePop, 0); P.defNative(d, "popleft", dequePop, 1);
  P.defNative(d, "extend", dequeExtendM, 0); P.defNative(d, "extendleft", dequeExtendM, 1);
  P.defNative(d, "rotate", dequeRotate); P.defNative(d, "clear", dequeClear); P.defNative(d, "reverse", dequeReverse);
  P.defNative(d, "count", dequeCount); P.defNative(d, "index", dequeIndex); P.defNative(d, "remove", dequeRemove);
  P.defNative(d, "insert", dequeInsert); P.defNative(d, "copy", dequeCopy); P.defNative(d, "__copy__", dequeCopy);
  P.defNative(d, "__len__", dequeLen); P.defNative(d, "__getitem__", dequeGetItem);
  P.defNative(d, "__setitem__", dequeSetItem); P.defNative(d, "__delitem__", dequeDelItem);
  P.defNative(d, "__contains__", dequeContains);
  P.defNative(d, "__iter__", dequeIter, 0); P.defNative(d, "__reversed__", dequeIter, 1);
  const char* cmps[] = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
  for (int i = 0; i < 6; i++) P.defNative(d, cmps[i], dequeCompare, i);
  P.defNative(d, "__add__", dequeAdd, 0); P.defNative(d, "__iadd__", dequeAdd, 1);
  P.defNative(d, "__mul__", dequeMul, 0); P.defNative(d, "__rmul__", dequeMul, 0); P.defNative(d, "__imul__", dequeMul, 1);
  P.defNative(d, "__repr__", dequeRepr);
  d->putDirect(vm, P.s("__hash__"), Value::null());
  defGetter(P, d, "maxlen", dequeMaxlen);
  m->putDirect(vm, P.s("deque"), Value::cell(d));

  c.iter = newNativeType(P, "_deque_iterator", "_collections");
  c.reviter = newNativeType(P, "_deque_reverse_iterator", "_collections");
  for (PyType* it : {c.iter, c.reviter}) { P.defNative(it, "__iter__", iterSelf); P.defNative(it, "__next__", dequeIterNext); }

  c.defaultdict = newNativeType(P, "defaultdict", "collections", P.t.dict);
  PyType* dd = c.defaultdict;
  P.defNative(dd, "__init__", ddInit); P.defNative(dd, "__missing__", ddMissing);
  P.defNative(dd, "__repr__", ddRepr); P.defNative(dd, "copy", ddCopy); P.defNative(dd, "__copy__", ddCopy);
  // dict instances have no attribute dict here: default_factory is a property over an own slot
  defGetter(P, dd, "default_factory", ddFactoryGet);
  {
    Value box = dd->slot(dd->findOwn(P.s("default_factory")));
    Rooted rb(vm, box);
    NativeFunction* setter = vm.heap.make<NativeFunction>(vm.emptyShape(), P.t.builtinFunction, ddFactorySet, &P);
    asBox(rb)->b = Value::cell(setter);
  }
  m->putDirect(vm, P.s("defaultdict"), Value::cell(dd));

  P.defNative(m, "_count_elements", countElements);
  c.tuplegetter = newNativeType(P, "_tuplegetter", "_collections");
  P.defNative(c.tuplegetter, "__new__", tupleGetterNew);
  m->putDirect(vm, P.s("_tuplegetter"), Value::cell(c.tuplegetter));
}

}  // namespace dualvm::py
