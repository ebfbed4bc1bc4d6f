// runtime/python/modules/_thread.cpp — the native `_thread` module (CPython's
// Modules/_threadmodule.c) for a VM that runs one thread: locks (LockType, RLock with the
// _release_save/_acquire_restore protocol threading.Condition uses), get_ident, _local,
// _set_sentinel, TIMEOUT_MAX, error. threading.py, reprlib, tempfile, queue import it.
// start_new_thread raises RuntimeError("can't start new thread"); a blocking acquire of a lock
// that is held would wait forever (no other thread can release it), so it raises RuntimeError.
#include <unistd.h>
#include <unordered_map>
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum Kind { kLock = 1, kRLock, kLocal };
struct Classes { PyType *lock, *rlock, *local; };
std::unordered_map<PyLanguage*, Classes> classes;

Value newLock(VM& vm, PyType* type, int kind) { return Value::cell(newState(L, type, kind, 0, 1)); }

Value allocateLock(VM& vm, CallArgs&) { return newLock(vm, classes[&L].lock, kLock); }
Value lockNew(VM& vm, CallArgs& a) {
  if (!isType(a[0])) L.raise(L.t.TypeError, "__new__(X): X is not a type object");
  L.kwNames.clear(); L.kwValues.clear();
  return newLock(vm, asType(a[0]), nativeMagic(a));
}
Value lockInit(VM& vm, CallArgs&) { L.kwNames.clear(); L.kwValues.clear(); return Value::null(); }

NativeState* lockSelf(VM& vm, CallArgs& a, const char* m) {
  takeSelf(a);
  if (isNativeState(a.thisValue, kLock) || isNativeState(a.thisValue, kRLock)) return asState(a.thisValue);
  L.raise(L.t.TypeError, std::string("descriptor '") + m + "' requires a lock object");
}

Value lockAcquire(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "acquire", {"blocking", "timeout"});
  NativeState* s = lockSelf(vm, a, "acquire");
  Value b = a.argc > 0 ? a[0] : kw.get("blocking");
  Value t = a.argc > 1 ? a[1] : kw.get("timeout");
  bool blocking = b.isMagic(Magic::Empty) ? true : L.truthy(vm, b);
  double timeout = t.isMagic(Magic::Empty) ? -1 : L.toFloat(t);
  if (!blocking && timeout != -1) L.raise(L.t.ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout != -1) L.raise(L.t.ValueError, "timeout value must be a non-negative number");
  if (s->kind == kRLock) { s->n[0]++; return Value::boolean(true); }
  if (!s->n[0]) { s->n[0] = 1; return Value::boolean(true); }
  if (!blocking || timeout >= 0) {
    if (timeout > 0) usleep(useconds_t(std::min(timeout, 3600.0) * 1e6));  // nobody can release it meanwhile
    return Value::boolean(false);
  }
  L.raise(L.t.RuntimeError, "deadlock: acquiring a held lock in the only thread");
}
Value lockRelease(VM& vm, CallArgs& a) {
  NativeState* s = lockSelf(vm, a, "release");
  if (!s->n[0]) L.raise(L.t.RuntimeError, s->kind == kRLock ? "cannot release un-acquired lock" : "release unlocked lock");
  s->n[0]--;
  return Value::null();
}
Value lockEnter(VM& vm, CallArgs& a) {
  lockSelf(vm, a, "__enter__");
  CallArgs c{a.thisValue, Value::undefined(), nullptr, 0, a.callee};
  return lockAcquire(vm, c);
}
Value lockExit(VM& vm, CallArgs& a) {
  lockSelf(vm, a, "__exit__");
  CallArgs c{a.thisValue, Value::undefined(), nullptr, 0, a.callee};
  return lockRelease(vm, c);
}
Value lockLocked(VM& vm, CallArgs& a) { return Value::boolean(lockSelf(vm, a, "locked")->n[0] != 0); }
Value lockReinit(VM& vm, CallArgs& a) { lockSelf(vm, a, "_at_fork_reinit")->n[0] = 0; return Value::null(); }
Value rlockIsOwned(VM& vm, CallArgs& a) { return Value::boolean(lockSelf(vm, a, "_is_owned")->n[0] != 0); }
// _release_save() -> (count, owner); _acquire_restore((count, owner))
Value rlockReleaseSave(VM& vm, CallArgs& a) {
  NativeState* s = lockSelf(vm, a, "_release_save");
  if (!s->n[0]) L.raise(L.t.RuntimeError, "cannot release un-acquired lock");
  Value pair[2] = {bigint::fromInt64(vm.heap, s->n[0]), Value::integer(1)};
  s->n[0] = 0;
  return L.newTuple(pair, 2);
}
Value rlockAcquireRestore(VM& vm, CallArgs& a) {
  NativeState* s = lockSelf(vm, a, "_acquire_restore");
  Value st = a[0];
  if (!isArray(st) || asArray(st)->elements.empty()) L.raise(L.t.TypeError, "_acquire_restore expects a (count, owner) tuple");
  s->n[0] = L.toIndex(asArray(st)->elements[0]);
  return Value::null();
}
Value lockRepr(VM& vm, CallArgs& a) {
  NativeState* s = lockSelf(vm, a, "__repr__");
  char b[96];
  if (s->kind == kRLock)
    snprintf(b, sizeof b, "<%s _thread.RLock object owner=%d count=%lld at 0x%012llx>", s->n[0] ? "locked" : "unlocked", s->n[0] ? 1 : 0, (long long)s->n[0], (unsigned long long)uintptr_t(s));
  else
    snprintf(b, sizeof b, "<%s _thread.lock object at 0x%012llx>", s->n[0] ? "locked" : "unlocked", (unsigned long long)uintptr_t(s));
  return L.newStr(b);
}

Value getIdent(VM&, CallArgs&) { return Value::integer(1); }
Value getNativeId(VM&, CallArgs&) { return Value::integer(int32_t(getpid())); }
Value startNewThread(VM& vm, CallArgs&) { L.raise(L.t.RuntimeError, "can't start new thread"); }
Value zero(VM&, CallArgs&) { return Value::integer(0); }
Value yes(VM&, CallArgs&) { return Value::boolean(true); }
Value setSentinel(VM& vm, CallArgs&) { return newLock(vm, classes[&L].lock, kLock); }
Value threadExit(VM& vm, CallArgs&) { vm.throwValue(L.call(Value::cell(L.t.SystemExit), nullptr, 0)); }
Value interruptMain(VM& vm, CallArgs&) { vm.throwValue(L.call(Value::cell(L.t.KeyboardInterrupt), nullptr, 0)); }
Value localNew(VM& vm, CallArgs& a) {
  if (!isType(a[0])) L.raise(L.t.TypeError, "__new__(X): X is not a type object");
  if ((a.argc > 1 || !L.kwNames.empty()) && L.lookupType(asType(a[0]), L.s("__init__")) == L.lookupType(L.t.object, L.s("__init__")))
    L.raise(L.t.TypeError, "Initialization arguments are not supported");
  L.kwNames.clear(); L.kwValues.clear();
  return Value::cell(newState(L, asType(a[0]), kLocal, 0, 0));
}

}  // namespace

void initThread(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  Classes& c = classes[&P];
  c.lock = newNativeType(P, "lock", "_thread");
  c.rlock = newNativeType(P, "RLock", "_thread");
  for (PyType* t : {c.lock, c.rlock}) {
    P.defNative(t, "__new__", lockNew, t == c.lock ? kLock : kRLock);
    P.defNative(t, "__init__", lockInit);
    P.defNative(t, "acquire", lockAcquire); P.defNative(t, "acquire_lock", lockAcquire);
    P.defNative(t, "release", lockRelease); P.defNative(t, "release_lock", lockRelease);
    P.defNative(t, "__enter__", lockEnter); P.defNative(t, "__exit__", lockExit);
    P.defNative(t, "locked", lockLocked); P.defNative(t, "locked_lock", lockLocked);
    P.defNative(t, "_at_fork_reinit", lockReinit); P.defNative(t, "__repr__", lockRepr);
  }
  P.defNative(c.rlock, "_is_owned", rlockIsOwned);
  P.defNative(c.rlock, "_release_save", rlockReleaseSave);
  P.defNative(c.rlock, "_acquire_restore", rlockAcquireRestore);
  c.local = newNativeType(P, "_local", "_thread");
  P.defNative(c.local, "__new__", localNew);
  m->putDirect(vm, P.s("LockType"), Value::cell(c.lock));
  m->putDirect(vm, P.s("lock"), Value::cell(c.lock));
  m->putDirect(vm, P.s("RLock"), Value::cell(c.rlock));
  m->putDirect(vm, P.s("_local"), Value::cell(c.local));
  P.defNative(m, "allocate_lock", allocateLock); P.defNative(m, "allocate", allocateLock);
  P.defNative(m, "get_ident", getIdent); P.defNative(m, "get_native_id", getNativeId);
  P.defNative(m, "start_new_thread", startNewThread); P.defNative(m, "start_new", startNewThread);
  P.defNative(m, "_count", zero); P.defNative(m, "stack_size", zero);
  P.defNative(m, "daemon_threads_allowed", yes);
  P.defNative(m, "_set_sentinel", setSentinel);
  P.defNative(m, "exit", threadExit); P.defNative(m, "exit_thread", threadExit);
  P.defNative(m, "interrupt_main", interruptMain);
  m->putDirect(vm, P.s("error"), Value::cell(P.t.RuntimeError));
  m->putDirect(vm, P.s("TIMEOUT_MAX"), Value::number(9223372036.0));
}

}  // namespace dualvm::py
