// runtime/python/modules/sys.cpp — the native `sys` module: argv, the standard streams (made by
// sys_streams.cpp), exit, the recursion limit, version facts; and what
// the import system and the standard library read: modules (the import system's own dict), path,
// builtin_module_names, flags, implementation, prefixes, exc_info, _getframe, intern; the struct
// sequences version_info, float_info, int_info, hash_info; getsizeof, excepthook.
#include <unistd.h>
#include <cfloat>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <string>
#include "runtime/interpreter.h"
#include "runtime/python/py_module.h"
#include "runtime/python/modules/native_type.h"
#include "runtime/python/trace.h"

namespace dualvm::py {

#define L (lang(vm))

void initSysStreams(PyLanguage& P, Object* sys);  // sys_streams.cpp

// sys.exit(None) and sys.exit() raise SystemExit() with args () (CPython's PyErr_SetObject of None)
static Value sys_exit(VM& vm, CallArgs& a) {
  Value args[1] = {a.argc ? a[0] : Value::null()};
  vm.throwValue(L.call(Value::cell(L.t.SystemExit), args, a.argc && !a[0].isNull() ? 1 : 0));
}
// The recursion limit counts frames as CPython does (the module's frame included: a recursive
// function at module level reaches depth limit - 2 before RecursionError). CPython's default is
// 1000; the C stack guard (checkNativeStack) still covers native recursion.
static constexpr int64_t kMaxRecursionLimit = 100000;
static Value sys_getrecursionlimit(VM& vm, CallArgs&) { return Value::integer(int32_t(vm.options.maxCallDepth)); }
static Value sys_setrecursionlimit(VM& vm, CallArgs& a) {
  if (!isInteger(a[0])) L.raise(L.t.TypeError, "'" + L.typeName(a[0]) + "' object cannot be interpreted as an integer");
  if (bigint::sign(a[0]) <= 0) L.raise(L.t.ValueError, "recursion limit must be greater or equal than 1");
  int64_t n = bigint::bitLength(a[0]) > 40 ? kMaxRecursionLimit : L.toIndex(a[0]);
  int64_t depth = int64_t(vm.frames.size());
  if (n <= depth)
    L.raise(L.t.RecursionError, "cannot set the recursion limit to " + std::to_string(n) + " at the recursion depth " +
                                    std::to_string(depth) + ": the limit is too low");
  vm.options.maxCallDepth = uint32_t(std::min(n, kMaxRecursionLimit));
  return Value::null();
}

static Value sys_exc_info(VM& vm, CallArgs&) {
  Value e = L.handled;
  if (e.isNullish() || e.isUndefined()) { Value n[3] = {Value::null(), Value::null(), Value::null()}; return L.newTuple(n, 3); }
  Rooted re(vm, e);
  Value tb = L.getAttr(e, L.s("__traceback__"), false);
  Value items[3] = {Value::cell(L.typeOf(e)), e, tb.isMagic(Magic::Empty) ? Value::null() : tb};
  return L.newTuple(items, 3);
}
static Value sys_exception(VM& vm, CallArgs&) { Value e = L.handled; return e.isUndefined() ? Value::null() : e; }
static Value sys_intern(VM& vm, CallArgs& a) {
  if (!isString(a[0])) L.raise(L.t.TypeError, "intern() argument must be str, not " + L.typeName(a[0]));
  return Value::cell(vm.intern(asString(a[0])));
}
static Value sys_utf8(VM& vm, CallArgs&) { return L.newStr("utf-8"); }
static Value sys_getrefcount(VM&, CallArgs&) { return Value::integer(2); }
static Value sys_audit(VM&, CallArgs&) { return Value::null(); }

// sys._getframe(depth=0): the frame object (trace.cpp) of a Python frame of the caller's stack.
static Value sys_getframe(VM& vm, CallArgs& a) {
  int64_t depth = a.argc ? L.toIndex(a[0]) : 0;
  PyLanguage& P = L;
  std::vector<size_t> py;
  for (size_t i = vm.frames.size(); i-- > 0;)
    if (vm.frames[i]->fn->language == &P) py.push_back(i);
  if (depth < 0 || size_t(depth) >= py.size()) P.raise(P.t.ValueError, "call stack is not deep enough");
  return frameObjectAt(P, py[size_t(depth)]);
}

// A simple attribute holder (sys.flags, sys.implementation, sys.float_info-like records).
static Value record(PyLanguage& P, const char* typeName, std::initializer_list<std::pair<const char*, Value>> fields) {
  VM& vm = P.vm;
  PyType* ty = P.newType(typeName, P.t.object, false);
  Rooted rt(vm, Value::cell(ty));
  ty->putDirect(vm, P.s("__module__"), P.newStr("sys"));
  Object* o = vm.heap.make<Object>(vm.emptyShape(), ty);
  Rooted ro(vm, Value::cell(o));
  for (auto& f : fields) o->putDirect(vm, P.s(f.first), f.second);
  return ro;
}

// Struct sequences (CPython's structseq: sys.version_info, sys.float_info, ...): a tuple subclass
// whose fields are also read-only attributes; the field names ride in the type's __match_args__.
static Value structSeqField(VM& vm, CallArgs& a) {
  takeSelf(a);
  if (!isArray(a.thisValue) || size_t(nativeMagic(a)) >= asArray(a.thisValue)->elements.size())
    L.raise(L.t.TypeError, "descriptor requires a struct sequence object");
  return asArray(a.thisValue)->elements[size_t(nativeMagic(a))];
}
static Value structSeqRepr(VM& vm, CallArgs& a) {
  takeSelf(a);
  PyLanguage& P = L;
  Rooted self(vm, a.thisValue);
  PyType* ty = P.typeOf(self);
  Rooted names(vm, P.lookupType(ty, P.s("__match_args__")));
  Value mod = P.lookupType(ty, P.s("__module__"));
  std::string r = (isString(mod) ? asString(mod)->toUtf8() + "." : "") + ty->name->toUtf8() + "(";
  size_t n = isArray(names) ? asArray(names)->elements.size() : 0;
  for (size_t i = 0; i < n && i < asArray(self)->elements.size(); i++) {
    if (i) r += ", ";
    r += P.str(asArray(names)->elements[i]) + "=" + P.repr(asArray(self)->elements[i]);
  }
  return P.newStr(r + ")");
}
static Value structSeqReduce(VM& vm, CallArgs& a) {
  takeSelf(a);
  PyLanguage& P = L;
  Rooted self(vm, a.thisValue);
  Rooted plain(vm, P.newTuple(asArray(self)->elements.data(), asArray(self)->elements.size()));
  Value inner[2] = {plain, P.newDict()};
  Rooted args(vm, P.newTuple(inner, 2));
  Value out[2] = {Value::cell(P.typeOf(self)), args};
  return P.newTuple(out, 2);
}
static Value structSeq(PyLanguage& P, const char* typeName, std::initializer_list<std::pair<const char*, Value>> fields) {
  VM& vm = P.vm;
  RootedVector values(vm), names(vm);
  for (auto& f : fields) { values.push(f.second); names.push(P.newStr(f.first)); }
  PyType* ty = newNativeType(P, typeName, "sys", P.t.tuple);
  Rooted rt(vm, Value::cell(ty));
  int i = 0;
  for (auto& f : fields) {
    defGetter(P, ty, f.first, structSeqField);
    asNativeFunction(asBox(ty->slot(ty->findOwn(P.s(f.first))))->a)->magic = i++;
  }
  ty->putDirect(vm, P.s("__match_args__"), P.newTuple(names.data(), names.size()));
  ty->putDirect(vm, P.s("n_fields"), Value::integer(i));
  ty->putDirect(vm, P.s("n_sequence_fields"), Value::integer(i));
  ty->putDirect(vm, P.s("n_unnamed_fields"), Value::integer(0));
  P.defNative(ty, "__repr__", structSeqRepr);
  P.defNative(ty, "__reduce__", structSeqReduce);
  Rooted tup(vm, P.newTuple(values.data(), values.size()));
  asObject(tup)->setProto(ty);
  return tup;
}

// sys.getsizeof: CPython's sizes for the common builtin objects (64-bit), 56 for anything else.
static Value sys_getsizeof(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value v = a[0];
  int64_t n = 56;
  if (v.isNull()) n = 16;
  else if (v.isBool()) n = 28;
  else if (isInteger(v)) { size_t bits = bigint::bitLength(v); n = 24 + 4 * int64_t(bits == 0 ? 1 : (bits + 29) / 30); }
  else if (v.isDouble()) n = 24;
  else if (isString(v)) {
    String* s = asString(v);
    bool ascii = true;
    uint32_t maxc = 0;
    for (char32_t c : s->toCodePoints()) { maxc = std::max<uint32_t>(maxc, c); if (c > 127) ascii = false; }
    int64_t len = s->length();
    n = ascii ? 49 + len : maxc < 256 ? 73 + len : maxc < 65536 ? 74 + 2 * len : 76 + 4 * len;
  } else if (isArray(v)) {
    size_t len = asArray(v)->elements.size();
    n = asObject(v)->classTag() == kTagTuple ? 40 + 8 * int64_t(len) : 56 + 8 * int64_t(asArray(v)->elements.capacity());
  } else if (isDict(v)) n = asDict(v)->live == 0 ? 64 : 184;
  else if (isObject(v) && !P.typeOf(v)->builtin) {
    bool found = false;
    Rooted r(vm, P.callDunder(v, "__sizeof__", nullptr, 0, &found));
    if (found) {
      if (!isInteger(r)) P.raise(P.t.TypeError, "an integer is required");
      if (bigint::sign(r) < 0) P.raise(P.t.ValueError, "__sizeof__() should return >= 0");
      return P.binary(vm, BinaryOp::Add, r, Value::integer(16));
    }
  }
  return bigint::fromInt64(vm.heap, n);
}

// sys.displayhook(value): what the interactive prompt does with an expression statement's value:
// None prints nothing; anything else is written as its repr to sys.stdout and kept in builtins._.
static Value sys_displayhook(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc != 1) P.raise(P.t.TypeError, "displayhook() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  if (a[0].isNull()) return Value::null();
  Rooted value(vm, a[0]);
  P.builtins->putDirect(vm, P.s("_"), Value::null());  // repr() may look at _ (CPython clears it too)
  Rooted text(vm, P.newStr(P.repr(value) + "\n"));
  Value out = P.getAttr(Value::cell(P.sysModule), P.s("stdout"), false);
  if (out.isMagic(Magic::Empty) || out.isNull()) P.raise(P.t.RuntimeError, "lost sys.stdout");
  Value arg = text;
  P.callMethod(out, "write", &arg, 1);
  P.builtins->putDirect(vm, P.s("_"), value);
  return Value::null();
}

// sys.excepthook(type, value, traceback): the traceback report, to stderr.
static Value sys_excepthook(VM& vm, CallArgs& a) {
  if (a.argc != 3) L.raise(L.t.TypeError, "excepthook expected 3 arguments, got " + std::to_string(a.argc));
  std::string text = L.formatTraceback(a[1]);
  fflush(stdout);
  fwrite(text.data(), 1, text.size(), stderr);
  return Value::null();
}


static void initSysImportAttrs(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  if (P.sysModules.isUndefined()) { P.sysModules = P.newDict(); vm.addPermanentRoot(P.sysModules); }
  m->putDirect(vm, P.s("modules"), P.sysModules);
  // sys.path: the script's folder ('' for -c and stdin), then CPython's standard library
  std::string script = P.argv.empty() ? "" : P.argv[0];
  std::string first;
  char cwd[PATH_MAX];
  if (script == "-m" && getcwd(cwd, sizeof cwd)) first = cwd;  // -m: the current directory, in full
  else if (!script.empty() && script != "-c" && script != "-") {
    char buf[PATH_MAX];
    std::string dir = script.find('/') == std::string::npos ? "." : script.substr(0, script.rfind('/'));
    if (dir.empty()) dir = "/";
    first = realpath(dir.c_str(), buf) ? std::string(buf) : dir;
  }
  Value dirs[2] = {P.newStr(first), Value::undefined()};
  Rooted d0(vm, dirs[0]);
  dirs[1] = P.newStr("/usr/lib/python3.11");
  Rooted d1(vm, dirs[1]);
  m->putDirect(vm, P.s("path"), P.newList(dirs, 2));
  RootedVector names(vm);
  for (const std::string& n : nativeModuleNames()) names.push(P.newStr(n));
  names.push(P.newStr("builtins"));
  m->putDirect(vm, P.s("builtin_module_names"), P.newTuple(names.data(), names.size()));
  m->putDirect(vm, P.s("stdlib_module_names"), P.newTuple(nullptr, 0));
  m->putDirect(vm, P.s("meta_path"), P.newList(nullptr, 0));
  {
    // [FileFinder.path_hook()]: pkgutil.iter_modules and get_importer find directories' modules
    Rooted finder(vm, bootstrapName(P, "FileFinder"));
    Rooted hook(vm, P.callMethod(finder, "path_hook", nullptr, 0));
    Value h = hook;
    m->putDirect(vm, P.s("path_hooks"), P.newList(&h, 1));
  }
  m->putDirect(vm, P.s("path_importer_cache"), P.newDict());
  m->putDirect(vm, P.s("warnoptions"), P.newList(nullptr, 0));
  m->putDirect(vm, P.s("_xoptions"), P.newDict());
  m->putDirect(vm, P.s("dont_write_bytecode"), Value::boolean(true));
  m->putDirect(vm, P.s("pycache_prefix"), Value::null());
  for (const char* k : {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) m->putDirect(vm, P.s(k), P.newStr("/usr"));
  m->putDirect(vm, P.s("platlibdir"), P.newStr("lib"));
  m->putDirect(vm, P.s("executable"), P.newStr("/usr/bin/python3"));
  m->putDirect(vm, P.s("_base_executable"), P.newStr("/usr/bin/python3"));
  m->putDirect(vm, P.s("hexversion"), Value::integer(0x030b02f0));
  m->putDirect(vm, P.s("api_version"), Value::integer(1013));
  m->putDirect(vm, P.s("maxunicode"), Value::integer(0x10ffff));
  m->putDirect(vm, P.s("float_repr_style"), P.newStr("short"));
  m->putDirect(vm, P.s("abiflags"), P.newStr(""));
  m->putDirect(vm, P.s("copyright"), P.newStr("Copyright (c) 2001-2023 Python Software Foundation."));
  {
    Rooted flags(vm, record(P, "flags", {{"debug", Value::integer(0)}, {"inspect", Value::integer(0)}, {"interactive", Value::integer(0)},
                                         {"optimize", Value::integer(0)}, {"dont_write_bytecode", Value::integer(1)},
                                         {"no_user_site", Value::integer(0)}, {"no_site", Value::integer(0)},
                                         {"ignore_environment", Value::integer(0)}, {"verbose", Value::integer(0)},
                                         {"bytes_warning", Value::integer(0)}, {"quiet", Value::integer(0)},
                                         {"hash_randomization", Value::integer(1)}, {"isolated", Value::integer(0)},
                                         {"dev_mode", Value::boolean(false)}, {"utf8_mode", Value::integer(0)},
                                         {"warn_default_encoding", Value::integer(0)}, {"safe_path", Value::boolean(false)},
                                         {"int_max_str_digits", Value::integer(4300)}}));
    m->putDirect(vm, P.s("flags"), flags);
  }
  {
    m->putDirect(vm, P.s("float_info"), structSeq(P, "float_info", {
      {"max", Value::number(DBL_MAX)}, {"max_exp", Value::integer(DBL_MAX_EXP)}, {"max_10_exp", Value::integer(DBL_MAX_10_EXP)},
      {"min", Value::number(DBL_MIN)}, {"min_exp", Value::integer(DBL_MIN_EXP)}, {"min_10_exp", Value::integer(DBL_MIN_10_EXP)},
      {"dig", Value::integer(DBL_DIG)}, {"mant_dig", Value::integer(DBL_MANT_DIG)}, {"epsilon", Value::number(DBL_EPSILON)},
      {"radix", Value::integer(FLT_RADIX)}, {"rounds", Value::integer(1)}}));
    m->putDirect(vm, P.s("int_info"), structSeq(P, "int_info", {
      {"bits_per_digit", Value::integer(30)}, {"sizeof_digit", Value::integer(4)},
      {"default_max_str_digits", Value::integer(4300)}, {"str_digits_check_threshold", Value::integer(640)}}));
    Rooted modulus(vm, bigint::fromInt64(vm.heap, (int64_t(1) << 61) - 1));
    Rooted algo(vm, P.newStr("siphash13"));
    m->putDirect(vm, P.s("hash_info"), structSeq(P, "hash_info", {
      {"width", Value::integer(64)}, {"modulus", modulus}, {"inf", Value::integer(314159)}, {"nan", Value::integer(0)},
      {"imag", Value::integer(1000003)}, {"algorithm", algo}, {"hash_bits", Value::integer(64)},
      {"seed_bits", Value::integer(128)}, {"cutoff", Value::integer(0)}}));
  }
  {
    Value vi = P.nsGet(m, P.s("version_info"));
    Rooted rvi(vm, vi.isMagic(Magic::Empty) ? Value::null() : vi);
    Rooted name(vm, P.newStr("dualvm"));
    // cache_tag None: nothing ever looks for or writes .pyc files
    Rooted impl(vm, record(P, "SimpleNamespace", {{"name", name}, {"cache_tag", Value::null()}, {"version", rvi}, {"hexversion", Value::integer(0x030b02f0)}, {"_multiarch", Value::null()}}));
    asObject(impl)->putDirect(vm, P.s("_multiarch"), P.newStr("x86_64-linux-gnu"));
    m->putDirect(vm, P.s("implementation"), impl);
  }
  P.defNative(m, "exc_info", sys_exc_info);
  P.defNative(m, "exception", sys_exception);
  P.defNative(m, "intern", sys_intern);
  P.defNative(m, "getdefaultencoding", sys_utf8);
  P.defNative(m, "getfilesystemencoding", sys_utf8);
  P.defNative(m, "getfilesystemencodeerrors", sys_utf8);
  P.defNative(m, "getrefcount", sys_getrefcount);
  P.defNative(m, "audit", sys_audit);
  P.defNative(m, "_getframe", sys_getframe);
  installTraceFunctions(P, m);  // trace.cpp: settrace, gettrace, setprofile, getprofile
  P.defNative(m, "getsizeof", sys_getsizeof);
  P.defNative(m, "excepthook", sys_excepthook);
  m->putDirect(vm, P.s("__excepthook__"), P.nsGet(m, P.s("excepthook")));
  P.defNative(m, "displayhook", sys_displayhook);
  m->putDirect(vm, P.s("__displayhook__"), P.nsGet(m, P.s("displayhook")));
}

void initSys(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  initSysStreams(P, m);  // sys_streams.cpp: stdin, stdout, stderr
  vm.options.maxCallDepth = 1000;
  P.defNative(m, "exit", sys_exit);
  P.defNative(m, "getrecursionlimit", sys_getrecursionlimit);
  P.defNative(m, "setrecursionlimit", sys_setrecursionlimit);
  m->putDirect(vm, P.s("maxsize"), bigint::fromInt64(vm.heap, INT64_MAX));
  // CPython's layout "X.Y.Z (buildno, date, time) [compiler]", which platform._sys_version
  // parses (wsgiref, pyperf, platform.python_version()); the compiler field names us.
  m->putDirect(vm, P.s("version"), P.newStr(std::string("3.11.2 (main, ") + __DATE__ + ", " + __TIME__ + ") [dualvm]"));
  m->putDirect(vm, P.s("platform"), P.newStr("linux"));
  m->putDirect(vm, P.s("byteorder"), P.newStr("little"));
  RootedVector argv(vm);
  for (const std::string& a : P.argv) argv.push(P.newStr(a));
  m->putDirect(vm, P.s("argv"), P.newList(argv.data(), argv.size()));
  Rooted level(vm, P.newStr("final"));
  Rooted rvi(vm, structSeq(P, "version_info", {{"major", Value::integer(3)}, {"minor", Value::integer(11)}, {"micro", Value::integer(2)},
                                               {"releaselevel", level}, {"serial", Value::integer(0)}}));
  m->putDirect(vm, P.s("version_info"), rvi);
  initSysImportAttrs(P, m);
}


}  // namespace dualvm::py
