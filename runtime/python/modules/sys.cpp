// runtime/python/modules/sys.cpp — the native `sys` module: argv, stdout/stderr (text streams
// writing to the process's file descriptors), exit, the recursion limit, version facts.
#include <cstdio>
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
  Rooted rvi(vm, P.newTuple(vi, 3));
  m->putDirect(vm, P.s("version_info"), rvi);
}


}  // namespace dualvm::py
