// runtime/python/py_intrinsics.cpp — PyLanguage::callIntrinsic: the Python-only operations the
// compiler emits through CallIntrinsic (frontends/python/py_intrinsics.h): displays, unpacking,
// f-strings, exceptions, function setup (class creation: type.cpp), augmented assignment, with-statements.
#include "frontends/python/py_intrinsics.h"
#include "runtime/interpreter.h"
#include "runtime/python/complex.h"
#include "runtime/python/traceback.h"
#include "runtime/python/containers.h"
#include "runtime/python/py_class.h"
#include "runtime/python/py_text.h"
#include "runtime/python/py_module.h"

namespace dualvm::py {

static Value unpack(PyLanguage& L, Value* args, uint32_t argc, bool ex) {
  VM& vm = L.vm;
  RootedVector items(vm);
  Value src = args[0];
  if (!isArray(src) && !isString(src) && !isDict(src) && !isObject(src))
    L.raise(L.t.TypeError, "cannot unpack non-iterable " + L.typeName(src) + " object");
  if (!ex) {
    // a list or tuple of the right length unpacks in place (no copy, no allocation)
    const std::vector<Value>* els = L.arrayItems(src);
    if (els && els->size() == argc - 1) {
      std::copy(els->begin(), els->end(), args + 1);
      return Value::null();
    }
  }
  L.collect(src, items);
  if (!ex) {
    uint32_t n = argc - 1;
    if (items.size() > n) L.raise(L.t.ValueError, "too many values to unpack (expected " + std::to_string(n) + ")");
    if (items.size() < n) L.raise(L.t.ValueError, "not enough values to unpack (expected " + std::to_string(n) + ", got " + std::to_string(items.size()) + ")");
    for (uint32_t i = 0; i < n; i++) args[1 + i] = items[i];
    return Value::null();
  }
  uint32_t before = uint32_t(args[1].asInt()), after = uint32_t(args[2].asInt());
  if (items.size() < before + after)
    L.raise(L.t.ValueError, "not enough values to unpack (expected at least " + std::to_string(before + after) + ", got " + std::to_string(items.size()) + ")");
  for (uint32_t i = 0; i < before; i++) args[3 + i] = items[i];
  size_t mid = items.size() - before - after;
  args[3 + before] = L.newList(items.data() + before, mid);
  for (uint32_t i = 0; i < after; i++) args[4 + before + i] = items[before + mid + i];
  return Value::null();
}

static bool matches(PyLanguage& L, Value exc, Value type) {
  if (isArray(type)) {
    for (size_t i = 0; i < asArray(type)->elements.size(); i++) if (matches(L, exc, asArray(type)->elements[i])) return true;
    return false;
  }
  if (!isType(type) || !L.isSubtype(asType(type), L.t.BaseException))
    L.raise(L.t.TypeError, "catching classes that do not inherit from BaseException is not allowed");
  return L.isInstance(exc, asType(type));
}

static Value toException(PyLanguage& L, Value exc) {
  if (isType(exc)) {
    if (!L.isSubtype(asType(exc), L.t.BaseException)) L.raise(L.t.TypeError, "exceptions must derive from BaseException");
    return L.call(exc, nullptr, 0);
  }
  if (!L.isInstance(exc, L.t.BaseException)) L.raise(L.t.TypeError, "exceptions must derive from BaseException");
  return exc;
}

Value PyLanguage::callIntrinsic(VM&, uint32_t id, Value* args, uint32_t argc) {
  using I = ::py::Intrinsic;
  switch (I(id)) {
    case I::BuildTuple: return newTuple(args, argc);
    case I::BuildList: return newList(args, argc);
    case I::BuildDict: {
      Rooted d(vm, newDict());
      for (uint32_t i = 0; i + 1 < argc; i += 2) dictSet(asDict(d), args[i], args[i + 1]);
      return d;
    }
    case I::BuildSlice: {
      PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), t.slice, kTagSlice);
      b->a = args[0].isUndefined() ? Value::null() : args[0];
      b->b = args[1].isUndefined() ? Value::null() : args[1];
      b->c = args[2].isUndefined() ? Value::null() : args[2];
      return Value::cell(b);
    }
    case I::ListAppend: asArray(args[0])->push(args[1]); return Value::null();
    case I::ListExtend: {
      if (!isArray(args[1]) && !isString(args[1]) && !isObject(args[1])) {
        if (argc == 3) raise(t.TypeError, functionStr(*this, args[2]) + " argument after * must be an iterable, not " + typeName(args[1]));
        raise(t.TypeError, "Value after * must be an iterable, not " + typeName(args[1]));
      }
      RootedVector items(vm);
      collect(args[1], items);
      for (size_t i = 0; i < items.size(); i++) asArray(args[0])->push(items[i]);
      return Value::null();
    }
    case I::BuildSet: {
      Rooted s(vm, newSet(*this, t.set));
      for (uint32_t i = 0; i < argc; i++) setAdd(*this, s, args[i]);
      return s;
    }
    case I::SetAdd: setAdd(*this, args[0], args[1]); return Value::null();
    case I::SetUpdate: setUpdate(*this, args[0], args[1]); return Value::null();
    case I::BytesFromLatin1: {
      String* str = asString(args[0]);
      std::string data;
      for (char32_t c : str->toCodePoints()) data += char(c);
      return newBytes(*this, data);
    }
    case I::ListToTuple: return newTuple(asArray(args[0])->elements.data(), asArray(args[0])->elements.size());
    case I::DictSetItem: dictSet(asDict(args[0]), args[1], args[2]); return Value::null();
    case I::DictUpdate: case I::DictMerge: {
      if (!isDict(args[1])) {
        if (I(id) == I::DictMerge) raise(t.TypeError, functionStr(*this, args[2]) + " argument after ** must be a mapping, not " + typeName(args[1]));
        raise(t.TypeError, "'" + typeName(args[1]) + "' object is not a mapping");
      }
      for (size_t i = 0; i < asDict(args[1])->entries.size(); i++) {
        DictEntry e = asDict(args[1])->entries[i];
        if (e.key.isMagic(Magic::Empty)) continue;
        if (I(id) == I::DictMerge && !dictGet(asDict(args[0]), e.key).isMagic(Magic::Empty))
          raise(t.TypeError, functionStr(*this, args[2]) + " got multiple values for keyword argument '" + str(e.key) + "'");
        dictSet(asDict(args[0]), e.key, e.value);
      }
      return Value::null();
    }
    case I::UnpackSequence: return unpack(*this, args, argc, false);
    case I::UnpackEx: return unpack(*this, args, argc, true);
    case I::FormatValue: {
      Value v = args[0];
      int conv = args[1].isInt() ? args[1].asInt() : -1;
      std::string text;
      if (conv == 's') v = newStr(str(v));
      else if (conv == 'r') v = newStr(repr(v));
      else if (conv == 'a') v = newStr(asciiRepr(*this, v));
      Rooted rv(vm, v);
      std::string spec = isString(args[2]) ? asString(args[2])->toUtf8() : "";
      return newStr(formatValue(*this, rv, spec));
    }
    case I::BuildString: {
      std::u32string out;
      for (uint32_t i = 0; i < argc; i++) out += asString(args[i])->toCodePoints();
      return newStrCp(out);
    }
    case I::LoadEllipsis: return ellipsis;
    case I::ImportName: return importName(args[0], args[1], args[2]);
    case I::ImportFrom: return importFrom(args[0], args[1]);
    case I::ImportStar: importStar(args[0]); return Value::null();
    case I::BuildLocals: return buildLocalsDict(*this, args, argc);  // py_module.cpp
    case I::ExceptionMatches: return Value::boolean(matches(*this, args[0], args[1]));
    case I::Raise: {
      Rooted exc(vm, toException(*this, args[0]));
      if (!args[1].isUndefined()) {
        Value cause = args[1].isNull() ? Value::null() : toRaisable(*this, args[1], true);
        asObject(exc)->putDirect(vm, s("__cause__"), cause);
        asObject(exc)->putDirect(vm, s("__suppress_context__"), Value::boolean(true));
      }
      if (!handled.isNullish() && handled != exc.get() && asObject(exc)->findOwn(s("__context__")) == Shape::kNotFound)
        asObject(exc)->putDirect(vm, s("__context__"), handled);
      attachTraceback(exc);
      vm.throwValue(exc);
    }
    case I::Reraise:
      if (handled.isNullish()) raise(t.RuntimeError, "No active exception to reraise");
      recordRaise(*this, handled, true);  // traceback.cpp: CPython adds no entry for this frame again
      vm.throwValue(handled);
    case I::SetExcInfo: {
      tracebackCaught(*this, args[0]);  // traceback.cpp: entries from this frame to the raise point
      Value prev = handled;
      handled = args[0];
      return prev;
    }
    case I::RestoreExcInfo: handled = args[0].isUndefined() ? Value::null() : args[0]; return Value::null();
    case I::AssertFail: {
      if (args[0].isUndefined()) {  // AssertionError(), args ()
        Rooted e(vm, makeException(t.AssertionError, ""));
        asObject(e)->putDirect(vm, s("args"), newTuple(nullptr, 0));
        vm.throwValue(e);
      }
      Rooted m(vm, args[0]);
      Rooted e(vm, makeException(t.AssertionError, ""));
      asObject(e)->putDirect(vm, s("args"), newTuple(m.address(), 1));
      vm.throwValue(e);
    }
    case I::IsStopAsyncIteration: return Value::boolean(isInstance(args[0], t.StopAsyncIteration));
    case I::NsGet: {
      if (isDict(args[0])) { Value v = dictGet(asDict(args[0]), args[1]); return v.isMagic(Magic::Empty) ? Value::undefined() : v; }
      return getElement(vm, args[0], args[1]);
    }
    case I::NsSet: setElement(vm, args[0], args[1], args[2], true); return Value::null();
    case I::NsDelete:
      if (isDict(args[0]) && dictGet(asDict(args[0]), args[1]).isMagic(Magic::Empty)) raise(t.NameError, "name '" + str(args[1]) + "' is not defined");
      deleteElement(vm, args[0], args[1], true);
      return Value::null();
    case I::DeleteGlobal:
      if (!nsDel(currentGlobals(), vm.intern(asString(args[0])))) raise(t.NameError, "name '" + str(args[0]) + "' is not defined");
      return Value::null();
    case I::SetupFunction: {
      Object* f = asObject(args[0]);
      if (!args[1].isUndefined()) f->putDirect(vm, s("__defaults__"), args[1]);
      if (!args[2].isUndefined()) f->putDirect(vm, s("__kwdefaults__"), args[2]);
      if (!args[3].isUndefined()) f->putDirect(vm, s("__annotations__"), args[3]);
      if (!args[4].isUndefined()) f->putDirect(vm, s("__qualname__"), args[4]);
      if (argc > 5 && !args[5].isUndefined()) f->putDirect(vm, s("__doc__"), args[5]);
      return args[0];
    }
    case I::InplaceOp: return inplaceBinary(vm, BinaryOp(args[0].asInt()), args[1], args[2]);  // inplace.cpp
    case I::WithEnter: {
      Rooted m(vm, args[0]);
      Value exit = lookupType(typeOf(m), s("__exit__"));
      Value enter = lookupType(typeOf(m), s("__enter__"));
      if (exit.isMagic(Magic::Empty) || enter.isMagic(Magic::Empty)) raise(t.TypeError, "'" + typeName(m) + "' object does not support the context manager protocol");
      args[1] = getAttr(m, s("__exit__"));
      bool f;
      return callDunder(m, "__enter__", nullptr, 0, &f);
    }
    case I::WithExit: {
      Value exc = args[1];
      if (exc.isNullish()) { Value a[3] = {Value::null(), Value::null(), Value::null()}; return call(args[0], a, 3); }
      Rooted rexit(vm, args[0]), rexc(vm, exc);
      tracebackCaught(*this, rexc);
      Value tb = getAttr(rexc, s("__traceback__"), false);
      Value a[3] = {Value::cell(typeOf(rexc)), rexc, tb.isMagic(Magic::Empty) ? Value::null() : tb};
      return call(rexit, a, 3);
    }
    case I::MakeComplex: return newComplex(*this, args[0].toDouble(), args[1].toDouble());  // complex.cpp
    case I::DisplayHook: {  // an expression statement in 'single' mode (the interactive prompt)
      Value hook = sysModule ? getAttr(Value::cell(sysModule), s("displayhook"), false) : Value::empty();
      if (hook.isMagic(Magic::Empty)) raise(t.RuntimeError, "lost sys.displayhook");
      call(hook, args, 1);
      return Value::null();
    }
    default:  // class machinery (type.cpp) and what is not implemented yet
      return classIntrinsic(*this, id, args, argc);
  }
}

}  // namespace dualvm::py
