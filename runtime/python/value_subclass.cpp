// runtime/python/value_subclass.cpp — instances of user subclasses of int, float and str (owner:
// pyclass; value_subclass.h, docs/decisions.md D21): int.__new__ / float.__new__ / str.__new__
// (which make the boxed instance for a subclass), and the dunders of those types that the generic
// paths dispatch to for a subclass instance and that ours lacked (comparisons, str's operators,
// __hash__/__repr__/__str__/__iter__ of str, __getnewargs__). Each unwraps self; the natives of
// the types themselves unwrap self in takeSelf / selfStr. Also list.__new__ and dict.__new__,
// which make the (empty) storage of a list/dict subclass instance.
#include "runtime/bigint.h"
#include "runtime/python/finalizer.h"
#include "runtime/python/py_class.h"
#include "runtime/python/value_subclass.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum Base { kInt = 0, kFloat = 1, kStr = 2 };

PyType* baseType(PyLanguage& P, int which) { return which == kInt ? P.t.int_ : which == kFloat ? P.t.float_ : P.t.str; }
int magicOf(CallArgs& a) { return asNativeFunction(Value::cell(a.callee))->magic; }
std::string nameOf(CallArgs& a) {
  Value n = asNativeFunction(Value::cell(a.callee))->data;
  return isString(n) ? asString(n)->toUtf8() : "?";
}

bool isNumeric(Value v) { return isInteger(v) || v.isBool() || v.isDouble(); }
bool ofBase(Value v, int which) { return which == kStr ? isString(v) : which == kInt ? isInteger(v) || v.isBool() : v.isDouble(); }

// self of a dunder of base `which` (bound or called through the class), unwrapped; CPython's
// "descriptor '__lt__' for 'int' objects doesn't apply to a 'str' object" otherwise.
Value selfOf(PyLanguage& P, CallArgs& a, int which) {
  std::string name = nameOf(a);
  if (a.thisValue.isUndefined() && a.argc == 0)
    P.raise(P.t.TypeError, "descriptor '" + name + "' of '" + baseType(P, which)->name->toUtf8() + "' object needs an argument");
  Value self = builtinValue(nativeSelf(a));
  if (!ofBase(self, which))
    P.raise(P.t.TypeError, "descriptor '" + name + "' for '" + baseType(P, which)->name->toUtf8() + "' objects doesn't apply to a '" + P.typeName(self) + "' object");
  return self;
}
void oneArg(PyLanguage& P, CallArgs& a) {
  if (a.argc != 1) P.raise(P.t.TypeError, "expected 1 argument, got " + std::to_string(a.argc));
}

// int.__new__(cls, ...), float.__new__(cls, ...), str.__new__(cls, ...) (magic: the base): the
// base type's constructor makes the value; a subclass gets it boxed with proto = cls.
Value v_new(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  PyType* base = baseType(P, magicOf(a));
  std::string bn = base->name->toUtf8();
  Value cls = nativeSelf(a);
  if (cls.isUndefined()) P.raise(P.t.TypeError, bn + ".__new__(): not enough arguments");
  if (!isType(cls)) P.raise(P.t.TypeError, bn + ".__new__(X): X is not a type object (" + P.typeName(cls) + ")");
  PyType* ty = asType(cls);
  if (!P.isSubtype(ty, base)) {
    std::string n = ty->name->toUtf8();
    P.raise(P.t.TypeError, bn + ".__new__(" + n + "): " + n + " is not a subtype of " + bn);
  }
  uint32_t ci = base->findOwn(P.s("__dualvm_ctor__"));
  Value v = vm.call(base->slot(ci), Value::cell(base), a.argv, a.argc);  // keywords pass through kwNames
  if (ty == base) return v;
  v = builtinValue(v);
  PyBox* box = vm.heap.make<PyBox>(vm.emptyShape(), ty, kTagValueInstance);
  box->a = v;
  noteNewInstance(P, box, ty);  // finalizer.h: registered when the class has __del__
  return Value::cell(box);
}

// list.__new__(cls, ...) and dict.__new__(cls, ...) (magic 0/1): an empty list/dict with proto =
// cls; the arguments are __init__'s. A subclass instance is the builtin's own storage.
Value c_new(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  PyType* base = magicOf(a) ? P.t.dict : P.t.list;
  std::string bn = base->name->toUtf8();
  Value cls = nativeSelf(a);
  if (cls.isUndefined()) P.raise(P.t.TypeError, bn + ".__new__(): not enough arguments");
  if (!isType(cls)) P.raise(P.t.TypeError, bn + ".__new__(X): X is not a type object (" + P.typeName(cls) + ")");
  if (!P.isSubtype(asType(cls), base)) {
    std::string n = asType(cls)->name->toUtf8();
    P.raise(P.t.TypeError, bn + ".__new__(" + n + "): " + n + " is not a subtype of " + bn);
  }
  Value v = base == P.t.list ? P.newList(nullptr, 0) : P.newDict();
  asObject(v)->setProto(asType(cls));
  noteNewInstance(P, asObject(v), asType(cls));  // finalizer.h
  return v;
}

// __eq__ ... __ge__ (magic: CompareOp | base << 8): NotImplemented unless the other operand is
// of a kind the base compares with (numbers with numbers, str with str).
Value v_compare(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int m = magicOf(a), which = m >> 8;
  Value self = selfOf(P, a, which);
  oneArg(P, a);
  Value o = builtinValue(a[0]);
  if (which == kStr ? !isString(o) : !isNumeric(o)) return P.notImplemented;
  return P.compare(vm, CompareOp(m & 255), self, o);
}

// int/float __divmod__ and __rdivmod__ (magic: base | reflected << 8): the builtin divmod of the
// values; NotImplemented unless the other operand is a number.
Value v_divmod(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int m = magicOf(a);
  Value self = selfOf(P, a, m & 255);
  oneArg(P, a);
  Value o = builtinValue(a[0]);
  if (!isNumeric(o)) return P.notImplemented;
  Value divmod = P.builtins->slot(P.builtins->findOwn(P.s("divmod")));
  Value args[2] = {(m >> 8) ? o : self, (m >> 8) ? self : o};
  return P.call(divmod, args, 2);
}

// str.__add__, __mul__, __rmul__, __mod__, __rmod__ (magic 0..4)
Value s_operator(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, selfOf(P, a, kStr));
  oneArg(P, a);
  Value o = builtinValue(a[0]);
  switch (magicOf(a)) {
    case 0: return isString(o) ? P.binary(vm, BinaryOp::Add, self, o) : P.notImplemented;
    case 1: case 2: return isInteger(o) || o.isBool() ? P.binary(vm, BinaryOp::Mul, self, o) : P.notImplemented;
    case 3: return P.binary(vm, BinaryOp::Mod, self, a[0]);
    default: return isString(o) ? P.binary(vm, BinaryOp::Mod, o, self) : P.notImplemented;
  }
}

// str.__hash__, __repr__, __str__, __iter__ (magic 0..3)
Value s_method(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, selfOf(P, a, kStr));
  if (a.argc) P.raise(P.t.TypeError, "expected 0 arguments, got " + std::to_string(a.argc));
  switch (magicOf(a)) {
    case 0: return bigint::fromInt64(vm.heap, P.hash(self));
    case 1: return P.reprValue(self);
    case 2: return self;  // an exact str
    default: return P.getIterator(vm, self, false);
  }
}

// __getnewargs__ (magic: the base): (value,) — how copy and pickle rebuild a subclass instance.
Value v_getnewargs(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value self = selfOf(P, a, magicOf(a));
  return P.newTuple(&self, 1);
}

// Defines name on ty unless ty already has its own (the type's file may define it later).
void defMissing(PyLanguage& P, PyType* ty, const char* name, NativeFn fn, int magic) {
  if (ty->findOwn(P.s(name)) == Shape::kNotFound) P.defNative(ty, name, fn, magic);
}

}  // namespace

PyType* valueBaseOf(PyLanguage& P, PyType* cls) {
  for (PyType* m : cls->mro)
    if (m == P.t.int_ || m == P.t.float_ || m == P.t.str) return m;
  return nullptr;
}

Value nativeReceiver(PyLanguage& P, Value obj, Value m, String* name) {
  if (!isValueInstance(obj) || !isNativeFunction(m)) return obj;
  return m == P.lookupType(P.t.object, name) ? obj : builtinValue(obj);
}

void installValueSubclasses(PyLanguage& P) {
  static const char* cmpNames[] = {"__eq__", "__ne__", "", "", "__lt__", "__le__", "__gt__", "__ge__"};
  for (int which : {kInt, kFloat, kStr}) {
    PyType* ty = baseType(P, which);
    defMissing(P, ty, "__new__", v_new, which);
    for (int op = 0; op < 8; op++)
      if (*cmpNames[op]) defMissing(P, ty, cmpNames[op], v_compare, op | which << 8);
    defMissing(P, ty, "__getnewargs__", v_getnewargs, which);
    if (which != kStr) {
      defMissing(P, ty, "__divmod__", v_divmod, which);
      defMissing(P, ty, "__rdivmod__", v_divmod, which | 1 << 8);
    }
  }
  defMissing(P, P.t.list, "__new__", c_new, 0);
  defMissing(P, P.t.dict, "__new__", c_new, 1);
  PyType* s = P.t.str;
  const char* ops[] = {"__add__", "__mul__", "__rmul__", "__mod__", "__rmod__"};
  for (int i = 0; i < 5; i++) defMissing(P, s, ops[i], s_operator, i);
  const char* methods[] = {"__hash__", "__repr__", "__str__", "__iter__"};
  for (int i = 0; i < 4; i++) defMissing(P, s, methods[i], s_method, i);
}

}  // namespace dualvm::py
