// runtime/python/match.cpp — structural pattern matching (`match`) at run time (owner: pyclass):
// the MatchSequence / MatchMapping / MatchMappingRest / MatchClass intrinsics
// (frontends/python/py_intrinsics.h), with CPython 3.11's rules and messages.
#include "runtime/python/py_class.h"

namespace dualvm::py {

// A sequence for matching: list, tuple, range and their subclasses (never str/bytes/bytearray),
// or an instance of a class registered as collections.abc.Sequence.
static bool isMatchSequence(PyLanguage& P, Value v) {
  if (isString(v)) return false;
  if (isArray(v)) return true;  // list, tuple (and subclasses)
  if (isBox(v, kTagRange)) return true;
  if (!isObject(v) || P.typeOf(v)->builtin) return false;
  auto it = P.modules.find("collections.abc");
  if (it == P.modules.end()) it = P.modules.find("_collections_abc");
  if (it == P.modules.end()) return false;
  Value seq = P.getAttr(it->second, P.s("Sequence"), false);
  if (seq.isMagic(Magic::Empty)) return false;
  Value args[2] = {v, seq};
  Value isinst = P.getAttr(Value::cell(P.builtins), P.s("isinstance"));
  return P.truthy(P.vm, P.call(isinst, args, 2));
}

Value matchIntrinsic(PyLanguage& P, int which, Value* args) {
  VM& vm = P.vm;
  if (which == 0) {  // MatchSequence(subject, count, hasStar)
    Rooted subj(vm, args[0]);
    if (!isMatchSequence(P, subj)) return Value::undefined();
    RootedVector items(vm);
    P.collect(subj, items);
    int64_t n = args[1].isInt() ? args[1].asInt() : 0;
    bool star = P.truthy(vm, args[2]);
    if (star ? int64_t(items.size()) < n : int64_t(items.size()) != n) return Value::undefined();
    return P.newList(items.data(), items.size());
  }
  if (which == 1) {  // MatchMapping(subject, keys)
    if (!isDict(args[0])) return Value::undefined();
    Rooted subj(vm, args[0]), keys(vm, args[1]);
    RootedVector vals(vm);
    for (size_t i = 0; i < asArray(keys)->elements.size(); i++) {
      Value v = P.dictGet(asDict(subj), asArray(keys)->elements[i]);
      if (v.isMagic(Magic::Empty)) return Value::undefined();
      vals.push(v);
    }
    return P.newTuple(vals.data(), vals.size());
  }
  if (which == 2) {  // MatchMappingRest(subject, keys)
    Rooted subj(vm, args[0]), keys(vm, args[1]);
    Rooted out(vm, P.newDict());
    for (size_t i = 0; i < asDict(subj)->entries.size(); i++) {
      DictEntry e = asDict(subj)->entries[i];
      if (e.key.isMagic(Magic::Empty)) continue;
      bool skip = false;
      for (Value k : asArray(keys)->elements) if (P.eq(k, e.key)) { skip = true; break; }
      if (!skip) P.dictSet(asDict(out), e.key, e.value);
    }
    return out;
  }
  // MatchClass(subject, cls, nPositional, kwNames)
  Rooted subj(vm, args[0]), cls(vm, args[1]), kw(vm, args[3]);
  if (!isType(cls)) P.raise(P.t.TypeError, "called match pattern must be a type");
  int64_t npos = args[2].isInt() ? args[2].asInt() : 0;
  if (!P.isInstance(subj, asType(cls))) return Value::undefined();
  PyType* ct = asType(cls);
  std::string cname = ct->name->toUtf8();
  RootedVector names(vm), out(vm);
  if (npos > 0) {
    PyType* self[] = {P.t.bool_, P.t.float_, P.t.int_, P.t.list, P.t.str, P.t.tuple, P.t.dict};
    bool selfMatch = false;
    for (PyType* s : self) if (ct == s) selfMatch = true;
    for (const char* n : {"bytearray", "bytes", "frozenset", "set"}) {
      uint32_t i = P.builtins->findOwn(P.s(n));
      if (i != Shape::kNotFound && P.builtins->slot(i) == cls.get()) selfMatch = true;
    }
    Value ma = P.getAttr(cls, P.s("__match_args__"), false);
    if (selfMatch && ma.isMagic(Magic::Empty)) {
      if (npos > 1) P.raise(P.t.TypeError, cname + "() accepts 1 positional sub-pattern (" + std::to_string(npos) + " given)");
      out.push(subj);
    } else {
      if (ma.isMagic(Magic::Empty)) ma = P.newTuple(nullptr, 0);
      if (!(isArray(ma) && asObject(ma)->classTag() == kTagTuple))
        P.raise(P.t.TypeError, cname + ".__match_args__ must be a tuple (got " + P.typeName(ma) + ")");
      Rooted rma(vm, ma);
      size_t have = asArray(rma)->elements.size();
      if (size_t(npos) > have)
        P.raise(P.t.TypeError, cname + "() accepts " + std::to_string(have) + " positional sub-pattern" + (have == 1 ? "" : "s") + " (" + std::to_string(npos) + " given)");
      for (int64_t i = 0; i < npos; i++) {
        Value n = asArray(rma)->elements[i];
        if (!isString(n)) P.raise(P.t.TypeError, "__match_args__ elements must be strings (got " + P.typeName(n) + ")");
        names.push(n);
      }
    }
  }
  if (isArray(kw)) for (Value n : asArray(kw)->elements) names.push(n);
  for (size_t i = 0; i < names.size(); i++) {
    for (size_t j = 0; j < i; j++)
      if (P.eq(names[i], names[j])) P.raise(P.t.TypeError, cname + "() got multiple sub-patterns for attribute '" + P.str(names[i]) + "'");
    Value v;
    try {
      v = P.getAttr(subj, vm.intern(asString(names[i])), false);
    } catch (ScriptThrow&) {  // an AttributeError from a property is a failed match
      if (!P.isInstance(vm.exception, P.t.AttributeError)) throw;
      vm.exception = Value::undefined();
      return Value::undefined();
    }
    if (v.isMagic(Magic::Empty)) return Value::undefined();
    out.push(v);
  }
  return P.newTuple(out.data(), out.size());
}

}  // namespace dualvm::py
