// runtime/python/memoryview.cpp — memoryview over bytes and bytearray (CPython's
// Objects/memoryobject.c, format 'B' only): indexing and slicing (a slice is a view of the same
// buffer), writes through to a bytearray, tobytes/tolist/hex/release, nbytes/readonly/obj, len,
// iteration, == with any bytes-like, use as a context manager.
#include "runtime/python/containers.h"

namespace dualvm::py {

#define L (lang(vm))

static PyType* memoryviewType;

static Value makeView(PyLanguage& P, Value obj, int64_t offset, int64_t length) {
  VM& vm = P.vm;
  Rooted ro(vm, obj);
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), memoryviewType, kTagMemoryView);
  b->a = ro;
  b->b = bigint::fromInt64(vm.heap, offset);
  b->c = bigint::fromInt64(vm.heap, length);
  return Value::cell(b);
}

bool memoryviewBytes(Value mv, std::string& out) {
  PyBox* b = asBox(mv);
  if (!isBytesLike(b->a)) return false;
  const std::string& d = asBytes(b->a)->data;
  int64_t off = b->b.isInt() ? b->b.asInt() : 0, n = b->c.isInt() ? b->c.asInt() : 0;
  // a bytearray may have shrunk under the view
  if (off > int64_t(d.size())) off = int64_t(d.size());
  if (off + n > int64_t(d.size())) n = int64_t(d.size()) - off;
  out = d.substr(size_t(off), size_t(n));
  return true;
}

static PyBox* live(PyLanguage& P, Value mv) {
  if (!isBytesLike(asBox(mv)->a)) P.raise(P.t.ValueError, "operation forbidden on released memoryview object");
  return asBox(mv);
}

std::string memoryviewData(PyLanguage& P, Value mv) {
  live(P, mv);
  std::string out;
  memoryviewBytes(mv, out);
  return out;
}

Value memoryviewGetItem(PyLanguage& P, Value mv, Value key) {
  VM& vm = P.vm;
  PyBox* b = live(P, mv);
  int64_t off = P.toIndex(b->b), n = P.toIndex(b->c);
  if (isBox(key, kTagSlice)) {
    Rooted rmv(vm, mv);
    int64_t start, stop, step;
    P.sliceIndices(asBox(key), n, &start, &stop, &step);
    int64_t len = step > 0 ? (stop > start ? (stop - start - 1) / step + 1 : 0) : (start > stop ? (start - stop - 1) / -step + 1 : 0);
    if (step == 1) return makeView(P, asBox(rmv)->a, off + start, len);
    // a strided view reads as a copy of the selected bytes
    std::string d = memoryviewData(P, rmv), out;
    for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) out += d[size_t(i)];
    Rooted copy(vm, newBytes(P, out));
    return makeView(P, copy, 0, int64_t(out.size()));
  }
  if (!isInteger(key) && !key.isBool()) P.raise(P.t.TypeError, "memoryview: invalid slice key");
  int64_t i = P.toIndex(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) P.raise(P.t.IndexError, "index out of bounds on dimension 1");
  return Value::integer((unsigned char)asBytes(b->a)->data[size_t(off + i)]);
}

void memoryviewSetItem(PyLanguage& P, Value mv, Value key, Value v) {
  PyBox* b = live(P, mv);
  if (!isByteArray(b->a)) P.raise(P.t.TypeError, "cannot modify read-only memory");
  int64_t off = P.toIndex(b->b), n = P.toIndex(b->c);
  std::string& d = asBytes(b->a)->data;
  if (isBox(key, kTagSlice)) {
    int64_t start, stop, step;
    P.sliceIndices(asBox(key), n, &start, &stop, &step);
    std::string src;
    if (isBytesLike(v)) src = asBytes(v)->data;
    else if (isMemoryView(v)) src = memoryviewData(P, v);
    else P.raise(P.t.TypeError, "a bytes-like object is required, not '" + P.typeName(v) + "'");
    std::vector<int64_t> idx;
    for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) idx.push_back(i);
    if (idx.size() != src.size()) P.raise(P.t.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
    for (size_t i = 0; i < idx.size(); i++) d[size_t(off + idx[i])] = src[i];
    return;
  }
  if (!isInteger(key) && !key.isBool()) P.raise(P.t.TypeError, "memoryview: invalid slice key");
  int64_t i = P.toIndex(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) P.raise(P.t.IndexError, "index out of bounds on dimension 1");
  if (!isInteger(v) && !v.isBool()) P.raise(P.t.TypeError, "memoryview: invalid type for format 'B'");
  int64_t c = P.toIndex(v);
  if (c < 0 || c > 255) P.raise(P.t.ValueError, "memoryview: invalid value for format 'B'");
  d[size_t(off + i)] = char(c);
}

// ---- methods ----
static Value mvSelf(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isMemoryView(a.thisValue))
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for 'memoryview' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return a.thisValue;
}
static Value m_tobytes(VM& vm, CallArgs& a) { Value v = mvSelf(vm, a, "tobytes"); return newBytes(L, memoryviewData(L, v)); }
static Value m_tolist(VM& vm, CallArgs& a) {
  std::string d = memoryviewData(L, mvSelf(vm, a, "tolist"));
  RootedVector items(vm);
  for (unsigned char c : d) items.push(Value::integer(c));
  return L.newList(items.data(), items.size());
}
static Value m_hex(VM& vm, CallArgs& a) {
  Value v = mvSelf(vm, a, "hex");
  Rooted b(vm, newBytes(L, memoryviewData(L, v)));
  return L.callMethod(b, "hex", a.argv, a.argc);
}
static Value m_release(VM& vm, CallArgs& a) { asBox(mvSelf(vm, a, "release"))->a = Value::null(); return Value::null(); }
static Value m_enter(VM& vm, CallArgs& a) { Value v = mvSelf(vm, a, "__enter__"); live(L, v); return v; }
static Value m_exit(VM& vm, CallArgs& a) { asBox(mvSelf(vm, a, "__exit__"))->a = Value::null(); return Value::boolean(false); }
static Value m_attr(VM& vm, CallArgs& a) {
  PyBox* b = live(L, mvSelf(vm, a, "nbytes"));
  switch (asNativeFunction(Value::cell(a.callee))->magic) {
    case 0: return b->c;                                   // nbytes
    case 1: return Value::boolean(!isByteArray(b->a));    // readonly
    case 2: return b->a;                                   // obj
    case 3: return L.newStr("B");                          // format
    default: return Value::integer(1);                     // itemsize, ndim (one-dimensional)
  }
}
static Value m_len(VM& vm, CallArgs& a) { return live(L, mvSelf(vm, a, "__len__"))->c; }
static Value m_getitem(VM& vm, CallArgs& a) { Value v = mvSelf(vm, a, "__getitem__"); return memoryviewGetItem(L, v, a[0]); }
static Value m_setitem(VM& vm, CallArgs& a) { Value v = mvSelf(vm, a, "__setitem__"); memoryviewSetItem(L, v, a[0], a[1]); return Value::null(); }

static Value c_memoryview(VM& vm, CallArgs& a) {
  Value src = a.argc ? a[0] : kwArg(L, "object");
  consumeKw(L, "memoryview", {"object"});
  if (src.isUndefined() || src.isMagic(Magic::Empty)) L.raise(L.t.TypeError, "memoryview() missing required argument 'object' (pos 1)");
  if (isMemoryView(src)) { PyBox* b = live(L, src); return makeView(L, b->a, L.toIndex(b->b), L.toIndex(b->c)); }
  if (!isBytesLike(src)) L.raise(L.t.TypeError, "memoryview: a bytes-like object is required, not '" + L.typeName(src) + "'");
  return makeView(L, src, 0, int64_t(asBytes(src)->data.size()));
}

void installMemoryView(PyLanguage& P) {
  PyType* t = memoryviewType = P.newType("memoryview", P.t.object);
  P.defNative(t, "__dualvm_ctor__", c_memoryview);
  P.defNative(t, "tobytes", m_tobytes); P.defNative(t, "tolist", m_tolist); P.defNative(t, "hex", m_hex);
  P.defNative(t, "release", m_release); P.defNative(t, "__enter__", m_enter); P.defNative(t, "__exit__", m_exit);
  P.defNative(t, "__len__", m_len); P.defNative(t, "__getitem__", m_getitem); P.defNative(t, "__setitem__", m_setitem);
  defGetter(P, t, "nbytes", m_attr, 0); defGetter(P, t, "readonly", m_attr, 1); defGetter(P, t, "obj", m_attr, 2);
  defGetter(P, t, "format", m_attr, 3); defGetter(P, t, "itemsize", m_attr, 4); defGetter(P, t, "ndim", m_attr, 5);
  P.builtins->putDirect(P.vm, t->name, Value::cell(t));
}

}  // namespace dualvm::py
