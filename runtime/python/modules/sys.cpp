// runtime/python/modules/sys.cpp — the native `sys` module: argv, stdout/stderr (text streams
// writing to the process's file descriptors), exit, the recursion limit, version facts; and what
// the import system and the standard library read: modules (the import system's own dict), path,
// builtin_module_names, flags, implementation, prefixes, exc_info, _getframe, intern.
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <string>
#include "runtime/interpreter.h"
#include "runtime/python/py_module.h"
#include "runtime/python/modules/native_module.h"

namespace dualvm::py {

#define L (lang(vm))

static Value io_write(VM& vm, CallArgs& a) {
  std::string s = L.str(a[0]);
  int fd = asNativeFunction(Value::cell(a.callee))->magic;
  if (fd == 2) { fflush(stdout); fwrite(s.data(), 1, s.size(), stderr); }
  else fwrite(s.data(), 1, s.size(), stdout);
  return Value::fromInt64(int64_t(asString(a[0])->length()));
}
static Value io_flush(VM&, CallArgs&) { fflush(stdout); return Value::null(); }
static Value sys_exit(VM& vm, CallArgs& a) {
  Value args[1] = {a.argc ? a[0] : Value::null()};
  vm.throwValue(L.call(Value::cell(L.t.SystemExit), args, a.argc ? 1 : 0));
}
static Value sys_getrecursionlimit(VM& vm, CallArgs&) { return Value::integer(int32_t(vm.options.maxCallDepth)); }
static Value sys_setrecursionlimit(VM& vm, CallArgs& a) { int64_t n = L.toIndex(a[0]); if (n < 1) L.raise(L.t.ValueError, "recursion limit must be greater or equal than 1"); vm.options.maxCallDepth = uint32_t(std::min<int64_t>(n + 50, 100000)); return Value::null(); }

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

// sys._getframe(depth=0): a frame-like object for a Python frame of the caller's stack, with
// f_globals (the frame's module namespace as a dict), f_lineno, f_code.co_name/co_filename and
// f_back — what namedtuple, enum and warnings read.
static Value makeFrameObject(VM& vm, size_t index);
static Value sys_getframe(VM& vm, CallArgs& a) {
  int64_t depth = a.argc ? L.toIndex(a[0]) : 0;
  PyLanguage& P = L;
  std::vector<size_t> py;
  for (size_t i = vm.frames.size(); i-- > 0;)
    if (vm.frames[i]->fn->language == &P) py.push_back(i);
  if (depth < 0 || size_t(depth) >= py.size()) P.raise(P.t.ValueError, "call stack is not deep enough");
  return makeFrameObject(vm, py[size_t(depth)]);
}
static Value makeFrameObject(VM& vm, size_t index) {
  PyLanguage& P = L;
  Frame* f = vm.frames[index];
  FunctionProto* fn = f->fn;
  Object* fo = vm.heap.make<Object>(vm.emptyShape(), P.t.object);
  Rooted rf(vm, Value::cell(fo));
  // f_globals: the live dict when the module is in dict mode already (py_module.cpp), else a
  // snapshot — namedtuple, enum and typing only read __name__ here, and a live dict would move
  // the caller's module off its fast global cache for good (docs/decisions.md D13)
  Object* ns = fn->globals ? fn->globals : P.mainGlobals;
  Rooted g(vm, Value::undefined());
  if (ns->classTag() != 0 || ns->findOwn(hiddenKey(P)) != Shape::kNotFound) {
    g = P.nsDict(ns);
  } else {
    g = P.newDict();
    for (uint32_t i = 0; i < ns->propertyCount(); i++)
      if (isString(Value::cell(ns->keyAt(i)))) P.dictSet(asDict(g), Value::cell(ns->keyAt(i)), ns->slot(i));
  }
  fo->putDirect(vm, P.s("f_globals"), g);
  fo->putDirect(vm, P.s("f_locals"), g);
  fo->putDirect(vm, P.s("f_builtins"), Value::cell(P.builtins));
  Object* code = vm.heap.make<Object>(vm.emptyShape(), P.t.object);
  Rooted rc(vm, Value::cell(code));
  code->putDirect(vm, P.s("co_name"), P.newStr(fn->ir->isScript ? "<module>" : fn->ir->name));
  code->putDirect(vm, P.s("co_filename"), P.newStr(fn->ir->fileName));
  fo->putDirect(vm, P.s("f_code"), rc);
  fo->putDirect(vm, P.s("f_lineno"), Value::integer(int32_t(interp::positionAt(*fn->ir, f->pc).line)));
  Rooted back(vm, Value::null());
  for (size_t i = index; i-- > 0;)
    if (vm.frames[i]->fn->language == &P) { back = makeFrameObject(vm, i); break; }
  fo->putDirect(vm, P.s("f_back"), back);
  return rf;
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

static void initSysImportAttrs(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  if (P.sysModules.isUndefined()) { P.sysModules = P.newDict(); vm.addPermanentRoot(P.sysModules); }
  m->putDirect(vm, P.s("modules"), P.sysModules);
  // sys.path: the script's folder ('' for -c and stdin), then CPython's standard library
  std::string script = P.argv.empty() ? "" : P.argv[0];
  std::string first;
  if (!script.empty() && script != "-c" && script != "-") {
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
  m->putDirect(vm, P.s("path_hooks"), P.newList(nullptr, 0));
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
}

void initSys(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  PyType* io = P.newType("TextIOWrapper", P.t.object);
  Rooted rio(vm, Value::cell(io));
  for (int fd = 1; fd <= 2; fd++) {
    Object* f = vm.heap.make<Object>(vm.emptyShape(), io);
    Rooted rf(vm, Value::cell(f));
    f->putDirect(vm, P.s("__dualvm_fd__"), Value::integer(fd));
    P.defNative(f, "write", io_write, fd);
    P.defNative(f, "flush", io_flush);
    m->putDirect(vm, P.s(fd == 1 ? "stdout" : "stderr"), rf);
    m->putDirect(vm, P.s(fd == 1 ? "__stdout__" : "__stderr__"), rf);
  }
  P.defNative(m, "exit", sys_exit);
  P.defNative(m, "getrecursionlimit", sys_getrecursionlimit);
  P.defNative(m, "setrecursionlimit", sys_setrecursionlimit);
  m->putDirect(vm, P.s("maxsize"), bigint::fromInt64(vm.heap, INT64_MAX));
  m->putDirect(vm, P.s("version"), P.newStr("3.11.2 (dualvm)"));
  m->putDirect(vm, P.s("platform"), P.newStr("linux"));
  m->putDirect(vm, P.s("byteorder"), P.newStr("little"));
  RootedVector argv(vm);
  for (const std::string& a : P.argv) argv.push(P.newStr(a));
  m->putDirect(vm, P.s("argv"), P.newList(argv.data(), argv.size()));
  Value vi[5] = {Value::integer(3), Value::integer(11), Value::integer(2), P.newStr("final"), Value::integer(0)};
  Rooted rvi(vm, P.newTuple(vi, 5));
  m->putDirect(vm, P.s("version_info"), rvi);
  initSysImportAttrs(P, m);
}


}  // namespace dualvm::py
