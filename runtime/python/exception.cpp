// runtime/python/exception.cpp — Python's exceptions as CPython 3.11 has them (owner: pyclass):
// the whole builtin hierarchy (OSError's errno subclasses, the Unicode errors, warnings), the
// constructors and BaseException's methods (__new__/__init__ setting args and the per-class
// attributes: StopIteration.value, SystemExit.code, OSError.errno/strerror/filename, ...),
// str()/repr() as CPython prints them, __traceback__ as traceback objects, with_traceback,
// add_note, and sys.exc_info().
#include <algorithm>
#include <cstdio>
#include "runtime/python/py_class.h"
#include "runtime/python/py_text.h"
#include "runtime/python/traceback.h"

namespace dualvm::py {

#define L (lang(vm))

static bool isTraceback(PyLanguage& P, Value v) { return isObject(v) && P.typeOf(v) == tracebackType(P); }
static PyType *gUnicodeDecodeError = nullptr, *gUnicodeEncodeError = nullptr, *gUnicodeTranslateError = nullptr;
static PyType *gNameError, *gAttributeError, *gImportError;

static Value attrOr(PyLanguage& P, Value obj, const char* name, Value dflt) {
  Value v = P.getAttr(obj, P.s(name), false);
  return v.isMagic(Magic::Empty) ? dflt : v;
}

// errno -> the OSError subclass CPython's OSError(errno, ...) constructs.
static PyType* osErrorSubclass(PyLanguage& P, int64_t err) {
  const char* name = nullptr;
  switch (err) {
    case 2: name = "FileNotFoundError"; break;
    case 17: name = "FileExistsError"; break;
    case 1: case 13: name = "PermissionError"; break;
    case 21: name = "IsADirectoryError"; break;
    case 20: name = "NotADirectoryError"; break;
    case 3: name = "ProcessLookupError"; break;
    case 4: name = "InterruptedError"; break;
    case 11: case 114: case 115: name = "BlockingIOError"; break;
    case 10: name = "ChildProcessError"; break;
    case 32: case 108: name = "BrokenPipeError"; break;
    case 103: name = "ConnectionAbortedError"; break;
    case 111: name = "ConnectionRefusedError"; break;
    case 104: name = "ConnectionResetError"; break;
    case 110: name = "TimeoutError"; break;
    default: return nullptr;
  }
  uint32_t i = P.builtins->findOwn(P.s(name));
  return i == Shape::kNotFound ? nullptr : asType(P.builtins->slot(i));
}

// The per-class attributes, from the constructor's arguments (CPython sets them in __init__).
static void fillAttributes(PyLanguage& P, Value exc, const Value* argv, uint32_t argc) {
  VM& vm = P.vm;
  Rooted re(vm, exc);
  Object* o = asObject(exc);
  PyType* ty = P.typeOf(exc);
  auto put = [&](const char* name, Value v) { asObject(re)->putDirect(vm, P.s(name), v); };
  auto kw = [&](const char* name) { Value v = kwarg(P, name); return v.isMagic(Magic::Empty) ? Value::null() : v; };
  (void)o;
  if (P.isSubtype(ty, P.t.StopIteration)) put("value", argc ? argv[0] : Value::null());
  else if (P.isSubtype(ty, P.t.SystemExit)) put("code", argc == 0 ? Value::null() : argc == 1 ? argv[0] : P.newTuple(argv, argc));
  else if (P.isSubtype(ty, P.t.OSError)) {
    put("errno", Value::null()); put("strerror", Value::null()); put("filename", Value::null()); put("filename2", Value::null());
    if (argc >= 2 && argc <= 5) {
      put("errno", argv[0]); put("strerror", argv[1]);
      if (argc >= 3) {
        put("filename", argv[2]);
        if (argc >= 5) put("filename2", argv[4]);
        put("args", P.newTuple(argv, 2));  // the filename is not part of args
      }
    }
  } else if (P.isSubtype(ty, gImportError)) {
    noKw(P, ty->name->toUtf8().c_str(), {"name", "path"});
    put("msg", argc ? argv[0] : Value::null()); put("name", kw("name")); put("path", kw("path"));
  } else if (P.isSubtype(ty, gAttributeError)) {
    noKw(P, ty->name->toUtf8().c_str(), {"name", "obj"});
    put("name", kw("name")); put("obj", kw("obj"));
  } else if (P.isSubtype(ty, gNameError)) {
    noKw(P, ty->name->toUtf8().c_str(), {"name"});
    put("name", kw("name"));
  } else if (ty == gUnicodeDecodeError || ty == gUnicodeEncodeError || P.isSubtype(ty, gUnicodeDecodeError) || P.isSubtype(ty, gUnicodeEncodeError)) {
    if (argc != 5) P.raise(P.t.TypeError, "function takes exactly 5 arguments (" + std::to_string(argc) + " given)");
    put("encoding", argv[0]); put("object", argv[1]); put("start", argv[2]); put("end", argv[3]); put("reason", argv[4]);
  } else if (P.isSubtype(ty, P.t.SyntaxError)) {
    put("msg", argc ? argv[0] : Value::null());
    const char* names[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    for (const char* n : names) put(n, Value::null());
    if (argc >= 2 && isArray(argv[1])) {
      Rooted info(vm, argv[1]);
      for (size_t i = 0; i < asArray(info)->elements.size() && i < 6; i++) put(names[i], asArray(info)->elements[i]);
    }
  }
  if (!P.kwNames.empty() && !P.isSubtype(ty, gImportError) && !P.isSubtype(ty, gAttributeError) && !P.isSubtype(ty, gNameError))
    P.raise(P.t.TypeError, ty->name->toUtf8() + "() takes no keyword arguments");
}

static PyType *gBaseExceptionGroup = nullptr, *gExceptionGroup = nullptr;
static Value newGroup(PyLanguage& P, PyType* cls, const Value* argv, uint32_t argc);

// A new instance of exception class `cls` with args; OSError(errno, ...) picks the errno's subclass.
static Value newException(PyLanguage& P, PyType* cls, const Value* argv, uint32_t argc) {
  VM& vm = P.vm;
  if (gBaseExceptionGroup && P.isSubtype(cls, gBaseExceptionGroup)) return newGroup(P, cls, argv, argc);
  if (cls == P.t.OSError && argc >= 2 && argv[0].isInt())
    if (PyType* sub = osErrorSubclass(P, argv[0].asInt())) cls = sub;
  Rooted rc(vm, Value::cell(cls));
  Rooted args(vm, P.newTuple(argv, argc));
  Object* e = vm.heap.make<Object>(vm.emptyShape(), cls);
  Rooted re(vm, Value::cell(e));
  e->putDirect(vm, P.s("args"), args);
  return re;
}

// BaseExceptionGroup(message, exceptions): ExceptionGroup when every item is an Exception.
static Value newGroup(PyLanguage& P, PyType* cls, const Value* argv, uint32_t argc) {
  VM& vm = P.vm;
  std::string cname = cls->name->toUtf8();
  if (argc != 2) P.raise(P.t.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" + std::to_string(argc) + " given)");
  if (!isString(argv[0])) P.raise(P.t.TypeError, "argument 1 must be str, not " + P.typeName(argv[0]));
  Rooted msg(vm, argv[0]), seq(vm, argv[1]);
  if (!isArray(seq)) P.raise(P.t.TypeError, "second argument (exceptions) must be a sequence");
  RootedVector items(vm);
  P.collect(seq, items);
  if (items.size() == 0) P.raise(P.t.ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool allExceptions = true;
  for (size_t i = 0; i < items.size(); i++) {
    if (!P.isInstance(items[i], P.t.BaseException))
      P.raise(P.t.ValueError, "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    if (!P.isInstance(items[i], P.t.Exception)) allExceptions = false;
  }
  if (cls == gBaseExceptionGroup && allExceptions) cls = gExceptionGroup;
  else if (P.isSubtype(cls, gExceptionGroup) && !allExceptions) P.raise(P.t.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  else if (P.isSubtype(cls, gBaseExceptionGroup) && cls != gBaseExceptionGroup && !P.isSubtype(cls, P.t.Exception) && allExceptions) {}
  Rooted rc(vm, Value::cell(cls));
  Object* e = vm.heap.make<Object>(vm.emptyShape(), cls);
  Rooted re(vm, Value::cell(e));
  Value args[2] = {msg, seq};
  asObject(re)->putDirect(vm, P.s("args"), P.newTuple(args, 2));
  asObject(re)->putDirect(vm, P.s("message"), msg);
  asObject(re)->putDirect(vm, P.s("exceptions"), P.newTuple(items.data(), items.size()));
  return re;
}

static bool groupCondition(PyLanguage& P, Value cond, Value e) {
  if (isType(cond)) return P.isInstance(e, asType(cond));
  if (isArray(cond) && asObject(cond)->classTag() == kTagTuple) {
    for (Value c : asArray(cond)->elements) if (isType(c) && P.isInstance(e, asType(c))) return true;
    return false;
  }
  Value r = P.call(cond, &e, 1);
  return P.truthy(P.vm, r);
}

// eg.derive(excs) plus the metadata split/subgroup copy over.
static Value deriveGroup(PyLanguage& P, Value eg, RootedVector& excs) {
  VM& vm = P.vm;
  Rooted reg(vm, eg);
  Rooted lst(vm, P.newList(excs.data(), excs.size()));
  Value args[1] = {lst};
  Rooted d(vm, P.callMethod(reg, "derive", args, 1));
  for (const char* n : {"__cause__", "__context__", "__notes__"}) {
    uint32_t i = asObject(reg)->findOwn(P.s(n));
    if (i != Shape::kNotFound) asObject(d)->putDirect(vm, P.s(n), asObject(reg)->slot(i));
  }
  copyTraceback(P, reg, d);
  return d;
}

// eg.split(cond) -> (match, rest); either may be None.
static void splitGroup(PyLanguage& P, Value eg, Value cond, Value* match, Value* rest) {
  VM& vm = P.vm;
  Rooted reg(vm, eg), rcond(vm, cond);
  if (groupCondition(P, rcond, reg)) { *match = reg; *rest = Value::null(); return; }
  Value excs = P.getAttr(reg, P.s("exceptions"));
  Rooted rex(vm, excs);
  RootedVector m(vm), r(vm);
  for (size_t i = 0; i < asArray(rex)->elements.size(); i++) {
    Rooted e(vm, asArray(rex)->elements[i]);
    if (P.isInstance(e, gBaseExceptionGroup)) {
      Value mm, rr;
      splitGroup(P, e, rcond, &mm, &rr);
      Rooted rmm(vm, mm), rrr(vm, rr);
      if (!rmm.get().isNull()) m.push(rmm);
      if (!rrr.get().isNull()) r.push(rrr);
    } else if (groupCondition(P, rcond, e)) {
      m.push(e);
    } else {
      r.push(e);
    }
  }
  Rooted mg(vm, m.size() ? deriveGroup(P, reg, m) : Value::null());
  Rooted rg(vm, r.size() ? deriveGroup(P, reg, r) : Value::null());
  *match = mg;
  *rest = rg;
}

static Value eg_split(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, nativeSelf(a));
  Value m, r;
  splitGroup(P, self, a[0], &m, &r);
  Value pair[2] = {m, r};
  return P.newTuple(pair, 2);
}
static Value eg_subgroup(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, nativeSelf(a));
  Value m, r;
  splitGroup(P, self, a[0], &m, &r);
  return m;
}
static Value eg_derive(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, nativeSelf(a));
  Value args[2] = {P.getAttr(self, P.s("message")), a[0]};
  return newGroup(P, gBaseExceptionGroup, args, 2);
}
static Value eg_str(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, nativeSelf(a));
  Value ex = P.getAttr(self, P.s("exceptions"));
  size_t n = isArray(ex) ? asArray(ex)->elements.size() : 0;
  return P.newStr(P.str(P.getAttr(self, P.s("message"))) + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")");
}

static void collectLeaves(PyLanguage& P, Value e, std::vector<Value>& out) {
  if (P.isInstance(e, gBaseExceptionGroup)) {
    Value ex = P.getAttr(e, P.s("exceptions"));
    for (Value x : asArray(ex)->elements) collectLeaves(P, x, out);
  } else {
    out.push_back(e);
  }
}

// except*: (rest, type) -> the matching part (args[0] becomes the rest), or None.
Value exceptStarMatch(PyLanguage& P, Value* args) {
  VM& vm = P.vm;
  Rooted rest(vm, args[0]), type(vm, args[1]);
  auto isGroupType = [&](Value t) { return isType(t) && P.isSubtype(asType(t), gBaseExceptionGroup); };
  bool bad = isGroupType(type);
  if (isArray(type)) for (Value t : asArray(type)->elements) if (isGroupType(t)) bad = true;
  if (bad) P.raise(P.t.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  if (isArray(type)) { for (Value t : asArray(type)->elements) if (!isType(t) || !P.isSubtype(asType(t), P.t.BaseException)) P.raise(P.t.TypeError, "catching classes that do not inherit from BaseException is not allowed"); }
  else if (!isType(type) || !P.isSubtype(asType(type), P.t.BaseException)) P.raise(P.t.TypeError, "catching classes that do not inherit from BaseException is not allowed");
  if (rest.get().isNullish()) return Value::null();
  if (!P.isInstance(rest, gBaseExceptionGroup)) {
    // a naked exception: matched as a group of one
    if (!groupCondition(P, type, rest)) return Value::null();
    Rooted lst(vm, P.newList(rest.address(), 1));
    Value gargs[2] = {P.newStr(""), lst};
    Rooted g(vm, newGroup(P, gBaseExceptionGroup, gargs, 2));
    copyTraceback(P, rest, g);
    args[0] = Value::null();
    return g;
  }
  Value m, r;
  splitGroup(P, rest, type, &m, &r);
  args[0] = r;
  return m;
}

// except* epilogue: (original, rest, raised list) -> None, or raises what remains.
Value exceptStarReraise(PyLanguage& P, Value* args) {
  VM& vm = P.vm;
  Rooted orig(vm, args[0]), rest(vm, args[1]), raised(vm, args[2]);
  size_t nraised = isArray(raised) ? asArray(raised)->elements.size() : 0;
  if (rest.get().isNullish() && nraised == 0) return Value::null();
  std::vector<Value> origLeaves;
  collectLeaves(P, orig, origLeaves);
  // re-raised parts (every leaf belongs to the original) keep the original's structure;
  // new exceptions raised by handlers are grouped with that part
  std::vector<Value> keepLeaves;
  RootedVector fresh(vm);
  if (!rest.get().isNullish()) collectLeaves(P, rest, keepLeaves);
  for (size_t i = 0; i < nraised; i++) {
    Value x = asArray(raised)->elements[i];
    std::vector<Value> lv;
    collectLeaves(P, x, lv);
    bool reraise = true;
    for (Value l : lv) if (std::find(origLeaves.begin(), origLeaves.end(), l) == origLeaves.end()) reraise = false;
    if (reraise) keepLeaves.insert(keepLeaves.end(), lv.begin(), lv.end());
    else fresh.push(x);
  }
  Rooted keep(vm, Value::null());
  if (!keepLeaves.empty()) {
    if (!P.isInstance(orig, gBaseExceptionGroup)) keep = orig.get();
    else {
      RootedVector kl(vm);
      for (Value l : keepLeaves) kl.push(l);
      // split by identity with the kept leaves
      struct Filter {
        static Value run(PyLanguage& P, Value eg, RootedVector& kl) {
          VM& vm = P.vm;
          Rooted reg(vm, eg);
          Value excs = P.getAttr(reg, P.s("exceptions"));
          Rooted rex(vm, excs);
          RootedVector m(vm);
          for (size_t i = 0; i < asArray(rex)->elements.size(); i++) {
            Value e = asArray(rex)->elements[i];
            if (P.isInstance(e, gBaseExceptionGroup)) {
              Value sub = run(P, e, kl);
              if (!sub.isNull()) m.push(sub);
            } else {
              for (size_t j = 0; j < kl.size(); j++) if (kl[j] == e) { m.push(e); break; }
            }
          }
          if (m.size() == asArray(rex)->elements.size()) {
            bool same = true;
            for (size_t i = 0; i < m.size(); i++) if (m[i] != asArray(rex)->elements[i]) same = false;
            if (same) return reg;
          }
          return m.size() ? deriveGroup(P, reg, m) : Value::null();
        }
      };
      keep = Filter::run(P, orig, kl);
    }
  }
  if (fresh.size() == 0) {
    if (keep.get().isNull()) return Value::null();
    vm.throwValue(keep);
  }
  if (!keep.get().isNull()) fresh.push(keep);
  Rooted lst(vm, P.newList(fresh.data(), fresh.size()));
  Value gargs[2] = {P.newStr(""), lst};
  Rooted g(vm, newGroup(P, gBaseExceptionGroup, gargs, 2));
  P.attachTraceback(g);
  vm.throwValue(g);
}

// The constructor of every builtin exception class (its __dualvm_ctor__; data2 is the class).
static Value e_ctor(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  PyType* cls = isType(a.thisValue) ? asType(a.thisValue) : isType(static_cast<NativeFunction*>(a.callee)->data2) ? asType(static_cast<NativeFunction*>(a.callee)->data2) : P.t.Exception;
  Rooted e(vm, newException(P, cls, a.argv, a.argc));
  fillAttributes(P, e, a.argv, a.argc);
  return e;
}

// BaseException.__new__(cls, *args): used when a Python subclass is instantiated.
static Value e_new(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value cls = nativeSelf(a);
  if (!isType(cls) || !P.isSubtype(asType(cls), P.t.BaseException))
    P.raise(P.t.TypeError, "BaseException.__new__(X): X is not a subtype of BaseException");
  Rooted e(vm, newException(P, asType(cls), a.argv, a.argc));
  // the subclass's own __init__ decides about keywords; the builtin attributes still exist
  auto savedN = P.kwNames; auto savedV = P.kwValues;
  P.kwNames.clear(); P.kwValues.clear();
  fillAttributes(P, e, a.argv, a.argc);
  P.kwNames = savedN; P.kwValues = savedV;
  return e;
}

// BaseException.__init__(self, *args): args = the arguments (super().__init__(msg) in subclasses).
static Value e_init(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, nativeSelf(a));
  if (!P.isInstance(self, P.t.BaseException)) P.raise(P.t.TypeError, "descriptor '__init__' requires a 'BaseException' object");
  asObject(self)->putDirect(vm, P.s("args"), P.newTuple(a.argv, a.argc));
  fillAttributes(P, self, a.argv, a.argc);
  return Value::null();
}

static std::string charEscape(char32_t c) {
  char b[16];
  if (c < 0x100) snprintf(b, sizeof b, "\\x%02x", unsigned(c));
  else if (c < 0x10000) snprintf(b, sizeof b, "\\u%04x", unsigned(c));
  else snprintf(b, sizeof b, "\\U%08x", unsigned(c));
  return b;
}

std::string exceptionStr(PyLanguage& P, Value v) {
  PyType* ty = P.typeOf(v);
  Value args = attrOr(P, v, "args", Value::undefined());
  size_t n = isArray(args) ? asArray(args)->elements.size() : 0;
  auto arg0 = [&]() { return asArray(args)->elements[0]; };
  if (gBaseExceptionGroup && P.isSubtype(ty, gBaseExceptionGroup)) {
    Value ex = attrOr(P, v, "exceptions", Value::null());
    size_t k = isArray(ex) ? asArray(ex)->elements.size() : 0;
    return P.str(attrOr(P, v, "message", Value::null())) + " (" + std::to_string(k) + " sub-exception" + (k == 1 ? "" : "s") + ")";
  }
  if (P.isSubtype(ty, P.t.OSError)) {
    Value err = attrOr(P, v, "errno", Value::null()), se = attrOr(P, v, "strerror", Value::null());
    Value fn = attrOr(P, v, "filename", Value::null()), fn2 = attrOr(P, v, "filename2", Value::null());
    if (!err.isNull() && !se.isNull()) {
      std::string s = "[Errno " + P.str(err) + "] " + P.str(se);
      if (!fn.isNull()) s += ": " + P.repr(fn);
      if (!fn2.isNull()) s += " -> " + P.repr(fn2);
      return s;
    }
  } else if (P.isSubtype(ty, P.t.KeyError)) {
    if (n == 1) return P.repr(arg0());
  } else if (P.isSubtype(ty, gUnicodeDecodeError) || P.isSubtype(ty, gUnicodeEncodeError)) {
    Value obj = attrOr(P, v, "object", Value::null()), st = attrOr(P, v, "start", Value::null()), en = attrOr(P, v, "end", Value::null());
    std::string enc = P.str(attrOr(P, v, "encoding", Value::null())), reason = P.str(attrOr(P, v, "reason", Value::null()));
    if (st.isInt() && en.isInt()) {
      int64_t s = st.asInt(), e = en.asInt();
      bool decode = P.isSubtype(ty, gUnicodeDecodeError);
      if (e == s + 1) {
        std::string what;
        if (decode) {
          Value b = P.getElement(P.vm, obj, st);
          char buf[8];
          snprintf(buf, sizeof buf, "0x%02x", unsigned(b.isInt() ? b.asInt() : 0));
          what = std::string("byte ") + buf;
        } else if (isString(obj)) {
          std::u32string cs = asString(obj)->toCodePoints();
          what = "character '" + (s < int64_t(cs.size()) ? charEscape(cs[s]) : std::string()) + "'";
        }
        return "'" + enc + "' codec can't " + (decode ? "decode " : "encode ") + what + " in position " + std::to_string(s) + ": " + reason;
      }
      return "'" + enc + "' codec can't " + (decode ? "decode bytes" : "encode characters") + " in position " + std::to_string(s) + "-" + std::to_string(e - 1) + ": " + reason;
    }
  } else if (P.isSubtype(ty, P.t.SyntaxError)) {
    Value msg = attrOr(P, v, "msg", Value::null()), fn = attrOr(P, v, "filename", Value::null()), ln = attrOr(P, v, "lineno", Value::null());
    if (!msg.isNull()) {
      std::string s = P.str(msg);
      if (!fn.isNull() && !ln.isNull()) s += " (" + P.str(fn) + ", line " + P.str(ln) + ")";
      else if (!fn.isNull()) s += " (" + P.str(fn) + ")";
      else if (!ln.isNull()) s += " (line " + P.str(ln) + ")";
      return s;
    }
  }
  if (n == 0) return "";
  if (n == 1) return P.str(arg0());
  return P.repr(args);
}

static Value e_str(VM& vm, CallArgs& a) {
  Value self = nativeSelf(a);
  return L.newStr(exceptionStr(L, self));
}

static Value e_repr(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value self = nativeSelf(a);
  Value args = attrOr(P, self, "args", Value::undefined());
  std::string inner;
  if (isArray(args)) {
    auto& els = asArray(args)->elements;
    if (els.size() == 1) inner = P.repr(els[0]);
    else if (!els.empty()) { inner = P.repr(args); inner = inner.substr(1, inner.size() - 2); }
  }
  return P.newStr(P.typeOf(self)->name->toUtf8() + "(" + inner + ")");
}

// e.__traceback__ (traceback.cpp: the entries from where it was caught to where it was raised)
static Value e_traceback(VM& vm, CallArgs& a) {
  Value self = nativeSelf(a);
  return tracebackOf(L, self);
}

static Value e_set_traceback(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, nativeSelf(a));
  Value tb = a[0];
  if (!tb.isNull() && !isTraceback(P, tb)) P.raise(P.t.TypeError, "__traceback__ must be a traceback or None");
  setTraceback(P, self, tb);
  return Value::null();
}

static Value e_with_traceback(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, nativeSelf(a));
  Value tb = a[0];
  if (!tb.isNull() && !isTraceback(P, tb)) P.raise(P.t.TypeError, "__traceback__ must be a traceback or None");
  setTraceback(P, self, tb);
  return self;
}

static Value e_add_note(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, nativeSelf(a));
  Rooted note(vm, a[0]);
  if (!isString(note)) P.raise(P.t.TypeError, "note must be a str, not '" + P.typeName(note) + "'");
  Value notes = P.getAttr(self, P.s("__notes__"), false);
  if (notes.isMagic(Magic::Empty)) {
    notes = P.newList(nullptr, 0);
    asObject(self)->putDirect(vm, P.s("__notes__"), notes);
  }
  if (!isArray(notes)) P.raise(P.t.TypeError, "Cannot add note: __notes__ is not a list");
  asArray(notes)->push(note);
  return Value::null();
}

Value sysExcInfo(VM& vm, CallArgs&) {
  PyLanguage& P = L;
  Value h = P.handled;
  if (h.isNullish()) { Value n[3] = {Value::null(), Value::null(), Value::null()}; return P.newTuple(n, 3); }
  Rooted rh(vm, h);
  Rooted tb(vm, P.getAttr(rh, P.s("__traceback__"), false));
  Value items[3] = {Value::cell(P.typeOf(rh)), rh, tb.get().isMagic(Magic::Empty) ? Value::null() : tb.get()};
  return P.newTuple(items, 3);
}

static Value sys_exception(VM& vm, CallArgs&) { return L.handled.isNullish() ? Value::null() : L.handled; }

Value toRaisable(PyLanguage& P, Value exc, bool cause) {
  if (isType(exc) && P.isSubtype(asType(exc), P.t.BaseException)) return P.call(exc, nullptr, 0);
  if (P.isInstance(exc, P.t.BaseException)) return exc;
  P.raise(P.t.TypeError, cause ? "exception causes must derive from BaseException" : "exceptions must derive from BaseException");
}

void installExceptions(PyLanguage& P) {
  VM& vm = P.vm;
  Object* b = P.builtins;
  auto builtinType = [&](const char* n) -> PyType* {
    uint32_t i = b->findOwn(P.s(n));
    return i == Shape::kNotFound || !isType(b->slot(i)) ? nullptr : asType(b->slot(i));
  };
  // name, base: CPython 3.11's hierarchy; existing classes are kept
  static const char* const kTree[][2] = {
      {"BaseExceptionGroup", "BaseException"}, {"FloatingPointError", "ArithmeticError"},
      {"BufferError", "Exception"}, {"EOFError", "Exception"}, {"ReferenceError", "Exception"},
      {"SystemError", "Exception"}, {"IndentationError", "SyntaxError"}, {"TabError", "IndentationError"},
      {"UnicodeDecodeError", "UnicodeError"}, {"UnicodeEncodeError", "UnicodeError"},
      {"UnicodeTranslateError", "UnicodeError"}, {"BlockingIOError", "OSError"}, {"ChildProcessError", "OSError"},
      {"ConnectionError", "OSError"}, {"BrokenPipeError", "ConnectionError"}, {"ConnectionAbortedError", "ConnectionError"},
      {"ConnectionRefusedError", "ConnectionError"}, {"ConnectionResetError", "ConnectionError"},
      {"FileExistsError", "OSError"}, {"InterruptedError", "OSError"}, {"IsADirectoryError", "OSError"},
      {"NotADirectoryError", "OSError"}, {"PermissionError", "OSError"}, {"ProcessLookupError", "OSError"},
      {"TimeoutError", "OSError"}, {"Warning", "Exception"}, {"BytesWarning", "Warning"},
      {"DeprecationWarning", "Warning"}, {"EncodingWarning", "Warning"}, {"FutureWarning", "Warning"},
      {"ImportWarning", "Warning"}, {"PendingDeprecationWarning", "Warning"}, {"ResourceWarning", "Warning"},
      {"RuntimeWarning", "Warning"}, {"SyntaxWarning", "Warning"}, {"UnicodeWarning", "Warning"},
      {"UserWarning", "Warning"}};
  for (auto& e : kTree) {
    if (builtinType(e[0])) continue;
    PyType* base = builtinType(e[1]);
    if (!base) continue;
    PyType* ty = P.newType(e[0], base);
    b->putDirect(vm, ty->name, Value::cell(ty));
  }
  // ExceptionGroup(BaseExceptionGroup, Exception)
  if (!builtinType("ExceptionGroup")) {
    PyType* beg = builtinType("BaseExceptionGroup");
    PyType* eg = P.newType("ExceptionGroup", beg);
    eg->bases.push_back(P.t.Exception);
    eg->mro = {eg, beg, P.t.Exception, P.t.BaseException, P.t.object};
    b->putDirect(vm, eg->name, Value::cell(eg));
  }
  b->putDirect(vm, P.s("IOError"), Value::cell(P.t.OSError));
  b->putDirect(vm, P.s("EnvironmentError"), Value::cell(P.t.OSError));
  gBaseExceptionGroup = builtinType("BaseExceptionGroup");
  gExceptionGroup = builtinType("ExceptionGroup");
  P.defNative(gBaseExceptionGroup, "split", eg_split);
  P.defNative(gBaseExceptionGroup, "subgroup", eg_subgroup);
  P.defNative(gBaseExceptionGroup, "derive", eg_derive);
  P.defNative(gBaseExceptionGroup, "__str__", eg_str);
  gUnicodeDecodeError = builtinType("UnicodeDecodeError");
  gUnicodeEncodeError = builtinType("UnicodeEncodeError");
  gUnicodeTranslateError = builtinType("UnicodeTranslateError");
  gNameError = P.t.NameError; gAttributeError = P.t.AttributeError; gImportError = P.t.ImportError;
  // every builtin exception class gets the same constructor (data2 names the class)
  for (uint32_t i = 0; i < b->propertyCount(); i++) {
    Value v = b->slot(i);
    if (!isType(v) || !P.isSubtype(asType(v), P.t.BaseException)) continue;
    if (String* k = static_cast<String*>(b->keyAt(i)); k != asType(v)->name) continue;  // aliases
    P.defNative(asType(v), "__dualvm_ctor__", e_ctor);
    uint32_t ci = asType(v)->findOwn(P.s("__dualvm_ctor__"));
    static_cast<NativeFunction*>(asObject(asType(v)->slot(ci)))->data2 = v;
  }
  PyType* be = P.t.BaseException;
  P.defNative(be, "__new__", e_new);
  P.defNative(be, "__init__", e_init);
  P.defNative(be, "__str__", e_str);
  P.defNative(be, "__repr__", e_repr);
  P.defNative(be, "with_traceback", e_with_traceback);
  P.defNative(be, "add_note", e_add_note);
  be->putDirect(vm, P.s("__cause__"), Value::null());
  be->putDirect(vm, P.s("__context__"), Value::null());
  be->putDirect(vm, P.s("__suppress_context__"), Value::boolean(false));
  // __traceback__: a property (getter/setter natives)
  {
    Object* holder = vm.heap.make<Object>(vm.emptyShape(), P.t.object);
    Rooted rh(vm, Value::cell(holder));
    P.defNative(holder, "get", e_traceback);
    P.defNative(holder, "set", e_set_traceback);
    PyBox* prop = vm.heap.make<PyBox>(vm.emptyShape(), P.t.property, kTagProperty);
    prop->a = holder->slot(holder->findOwn(P.s("get")));
    prop->b = holder->slot(holder->findOwn(P.s("set")));
    prop->c = Value::null();
    be->putDirect(vm, P.s("__traceback__"), Value::cell(prop));
  }
  installTracebackType(P);  // traceback.cpp
  (void)sys_exception;
}

}  // namespace dualvm::py
