// runtime/python/modules/_signal.cpp — the native `_signal` module (CPython's
// Modules/signalmodule.c) under signal.py: signal, getsignal, default_int_handler, SIG_DFL/SIG_IGN,
// the SIG* constants, NSIG, alarm, pause, raise_signal, strsignal, valid_signals, set_wakeup_fd,
// siginterrupt, pthread_kill, pthread_sigmask, sigpending, sigwait, setitimer/getitimer.
// The C handler only records the signal and sets g_interruptPending (runtime/interrupts.h); the
// Python handler runs at the interpreter's next safe point (a loop header) or when a native that
// blocks or signals itself (pause, raise_signal, os.kill) checks, with (signum, None): there are
// no frame objects. At startup (installPythonSignalDefaults, py_engine.cpp) SIGINT gets
// default_int_handler (KeyboardInterrupt) and SIGPIPE/SIGXFSZ are ignored, as CPython does.
// Handlers are installed with SA_RESTART (our natives do not retry on EINTR as PEP 475 asks;
// pause and sleep are interrupted anyway); siginterrupt(sig, True) clears it.
#include <pthread.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include "runtime/interrupts.h"
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

constexpr int kNsig = NSIG;  // 65 on Linux

volatile std::sig_atomic_t tripped[kNsig];
volatile int wakeupFd = -1;
PyLanguage* signalLang = nullptr;
Value handlerList;  // list of kNsig handlers (None: not set from Python), a permanent root
Value intHandler;   // default_int_handler
Value itimerError;  // signal.itimer_error (an OSError subclass)

void cHandler(int sig) {
  int saved = errno;
  if (sig > 0 && sig < kNsig) tripped[sig] = 1;
  g_interruptPending = 1;
  if (wakeupFd >= 0) {
    unsigned char b = (unsigned char)sig;
    ssize_t r = write(wakeupFd, &b, 1);
    (void)r;
  }
  errno = saved;
}

std::vector<Value>& handlers() { return asArray(handlerList)->elements; }

// Runs the Python handlers of the signals that arrived (g_interruptHook). A handler's exception
// propagates; the signals not yet handled stay pending for the next safe point.
void runHandlers(VM& vm) {
  PyLanguage& P = *signalLang;
  for (int sig = 1; sig < kNsig; sig++) {
    if (!tripped[sig]) continue;
    tripped[sig] = 0;
    Rooted h(vm, handlers()[size_t(sig)]);
    if (h.get().isNull() || isInteger(h)) continue;  // SIG_DFL / SIG_IGN / not ours
    Value args[2] = {Value::integer(sig), Value::null()};
    try {
      P.call(h, args, 2);
    } catch (ScriptThrow&) {
      for (int s = sig + 1; s < kNsig; s++)
        if (tripped[s]) g_interruptPending = 1;
      throw;
    }
  }
}

void ensureState(PyLanguage& P) {
  if (signalLang) return;
  VM& vm = P.vm;
  signalLang = &P;
  std::vector<Value> init(kNsig, Value::null());
  // what the process inherited: SIG_DFL (0) / SIG_IGN (1); a foreign handler reads as None
  for (int sig = 1; sig < kNsig; sig++) {
    struct sigaction sa;
    if (sigaction(sig, nullptr, &sa) != 0) continue;
    if (sa.sa_handler == SIG_DFL) init[size_t(sig)] = Value::integer(0);
    else if (sa.sa_handler == SIG_IGN) init[size_t(sig)] = Value::integer(1);
  }
  handlerList = P.newList(init.data(), init.size());
  vm.addPermanentRoot(handlerList);
  g_interruptHook = runHandlers;
}

int signum(PyLanguage& P, Value v) {
  int64_t n = P.toIndex(v);
  if (n < 1 || n >= kNsig) P.raise(P.t.ValueError, "signal number out of range");
  return int(n);
}

bool install(int sig, void (*fn)(int), bool restart) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = fn;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_ONSTACK | (restart ? SA_RESTART : 0);
  return sigaction(sig, &sa, nullptr) == 0;
}

Value s_signal(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  ensureState(P);
  if (a.argc != 2) P.raise(P.t.TypeError, "signal expected 2 arguments, got " + std::to_string(a.argc));
  int sig = signum(P, a[0]);
  Rooted h(vm, a[1]);
  void (*fn)(int);
  if (isInteger(h) && !h.get().isBool() && P.eq(h, Value::integer(1))) fn = SIG_IGN;
  else if (isInteger(h) && !h.get().isBool() && P.eq(h, Value::integer(0))) fn = SIG_DFL;
  else {
    Value callable = P.nsGet(P.builtins, P.s("callable"));
    if (!P.truthy(vm, P.call(callable, h.address(), 1)))
      P.raise(P.t.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    fn = cHandler;
  }
  if (!install(sig, fn, true)) raiseErrno(P, errno);
  Rooted old(vm, handlers()[size_t(sig)]);
  handlers()[size_t(sig)] = fn == SIG_IGN ? Value::integer(1) : fn == SIG_DFL ? Value::integer(0) : h.get();
  writeBarrier(asArray(handlerList), h);
  return old;
}

Value s_getsignal(VM& vm, CallArgs& a) {
  ensureState(L);
  if (a.argc != 1) L.raise(L.t.TypeError, "getsignal() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  return handlers()[size_t(signum(L, a[0]))];
}

Value s_default_int_handler(VM& vm, CallArgs&) {
  Rooted exc(vm, L.call(Value::cell(L.t.KeyboardInterrupt), nullptr, 0));  // args ()
  L.attachTraceback(exc);  // the frames of the interrupted code
  vm.throwValue(exc);
}

Value s_alarm(VM& vm, CallArgs& a) { return Value::fromInt64(alarm(unsigned(L.toIndex(a[0])))); }

Value s_pause(VM& vm, CallArgs&) {
  pause();
  runPendingInterrupts(vm);
  return Value::null();
}

Value s_raise_signal(VM& vm, CallArgs& a) {
  int sig = signum(L, a[0]);
  if (raise(sig) != 0) raiseErrno(L, errno);
  runPendingInterrupts(vm);
  return Value::null();
}

Value s_strsignal(VM& vm, CallArgs& a) {
  int sig = signum(L, a[0]);
  errno = 0;
  const char* r = strsignal(sig);
  if (errno || !r || strstr(r, "Unknown signal")) return Value::null();
  return L.newStr(r);
}

Value setOf(PyLanguage& P, const sigset_t& set) {
  VM& vm = P.vm;
  Rooted s(vm, newSet(P, P.t.set));
  for (int sig = 1; sig < kNsig; sig++)
    if (sigismember(&set, sig) == 1) setAdd(P, s, Value::integer(sig));
  return s;
}

sigset_t sigsetArg(PyLanguage& P, Value iterable) {
  VM& vm = P.vm;
  RootedVector items(vm);
  P.collect(iterable, items);
  sigset_t set;
  sigemptyset(&set);
  for (size_t i = 0; i < items.size(); i++) {
    int64_t n = P.toIndex(items[i]);
    if (n < 1 || n >= kNsig) P.raise(P.t.ValueError, "signal number " + std::to_string(n) + " out of range [1; " + std::to_string(kNsig - 1) + "]");
    sigaddset(&set, int(n));
  }
  return set;
}

Value s_valid_signals(VM& vm, CallArgs&) {
  sigset_t all;
  sigfillset(&all);
  return setOf(L, all);
}

Value s_pthread_sigmask(VM& vm, CallArgs& a) {
  int how = int(L.toIndex(a[0]));
  sigset_t set = sigsetArg(L, a[1]), old;
  int err = pthread_sigmask(how, &set, &old);
  if (err) raiseErrno(L, err);
  runPendingInterrupts(vm);  // an unblocked signal may have arrived
  return setOf(L, old);
}

Value s_sigpending(VM& vm, CallArgs&) {
  sigset_t set;
  if (sigpending(&set) != 0) raiseErrno(L, errno);
  return setOf(L, set);
}

Value s_sigwait(VM& vm, CallArgs& a) {
  sigset_t set = sigsetArg(L, a[0]);
  int sig = 0;
  int err = sigwait(&set, &sig);
  if (err) raiseErrno(L, err);
  return Value::integer(sig);
}

Value s_pthread_kill(VM& vm, CallArgs& a) {
  L.toIndex(a[0]);  // one thread: any ident names the main thread (_thread.get_ident)
  int sig = int(L.toIndex(a[1]));
  int err = pthread_kill(pthread_self(), sig);
  if (err) raiseErrno(L, err);
  runPendingInterrupts(vm);
  return Value::null();
}

Value s_set_wakeup_fd(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "set_wakeup_fd", {"warn_on_full_buffer"});
  if (a.argc != 1) L.raise(L.t.TypeError, "set_wakeup_fd() takes exactly 1 positional argument (" + std::to_string(a.argc) + " given)");
  int64_t fd = L.toIndex(a[0]);
  if (fd != -1) {
    struct stat st;
    if (fstat(int(fd), &st) != 0) raiseErrno(L, errno);
  }
  int old = wakeupFd;
  wakeupFd = int(fd);
  return Value::integer(old);
}

Value s_siginterrupt(VM& vm, CallArgs& a) {
  int sig = signum(L, a[0]);
  bool flag = L.truthy(vm, a[1]);
  struct sigaction sa;
  if (sigaction(sig, nullptr, &sa) != 0) raiseErrno(L, errno);
  if (flag) sa.sa_flags &= ~SA_RESTART;
  else sa.sa_flags |= SA_RESTART;
  if (sigaction(sig, &sa, nullptr) != 0) raiseErrno(L, errno);
  return Value::null();
}

double tvSeconds(const struct timeval& tv) { return double(tv.tv_sec) + double(tv.tv_usec) / 1e6; }
struct timeval secondsTv(double s) {
  struct timeval tv;
  tv.tv_sec = time_t(s);
  tv.tv_usec = suseconds_t((s - double(tv.tv_sec)) * 1e6);
  if (tv.tv_sec == 0 && tv.tv_usec == 0 && s > 0) tv.tv_usec = 1;
  return tv;
}
Value itimerTuple(PyLanguage& P, const struct itimerval& v) {
  Value f[2] = {Value::number(tvSeconds(v.it_value)), Value::number(tvSeconds(v.it_interval))};
  return P.newTuple(f, 2);
}

Value s_setitimer(VM& vm, CallArgs& a) {
  int which = int(L.toIndex(a[0]));
  struct itimerval nv, old;
  nv.it_value = secondsTv(L.toFloat(a[1]));
  nv.it_interval = secondsTv(a.argc > 2 ? L.toFloat(a[2]) : 0.0);
  if (setitimer(which, &nv, &old) != 0) raiseErrno(L, errno, Value::undefined(), itimerError);
  return itimerTuple(L, old);
}

Value s_getitimer(VM& vm, CallArgs& a) {
  struct itimerval v;
  if (getitimer(int(L.toIndex(a[0])), &v) != 0) raiseErrno(L, errno, Value::undefined(), itimerError);
  return itimerTuple(L, v);
}

}  // namespace

// Python's startup dispositions (CPython's _PySignal_Init / signal_install_handlers).
void installPythonSignalDefaults(PyLanguage& P) {
  ensureState(P);
  VM& vm = P.vm;
  if (intHandler.isUndefined()) {
    intHandler = newNativeWithData(P, "default_int_handler", s_default_int_handler, Value::null());
    vm.addPermanentRoot(intHandler);
  }
  if (handlers()[SIGINT] == Value::integer(0) && install(SIGINT, cHandler, true)) {
    handlers()[SIGINT] = intHandler;
    writeBarrier(asArray(handlerList), intHandler);
  }
  for (int sig : {SIGPIPE, SIGXFSZ}) {
    signal(sig, SIG_IGN);
    handlers()[size_t(sig)] = Value::integer(1);
  }
}

// Run the Python handlers of signals that arrived (os.kill of our own pid, time.sleep).
void checkPythonSignals(VM& vm) { runPendingInterrupts(vm); }

void initSignal(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  ensureState(P);
  if (intHandler.isUndefined()) {
    intHandler = newNativeWithData(P, "default_int_handler", s_default_int_handler, Value::null());
    vm.addPermanentRoot(intHandler);
  }
  m->putDirect(vm, P.s("default_int_handler"), intHandler);
  P.defNative(m, "signal", s_signal);
  P.defNative(m, "getsignal", s_getsignal);
  P.defNative(m, "alarm", s_alarm);
  P.defNative(m, "pause", s_pause);
  P.defNative(m, "raise_signal", s_raise_signal);
  P.defNative(m, "strsignal", s_strsignal);
  P.defNative(m, "valid_signals", s_valid_signals);
  P.defNative(m, "pthread_sigmask", s_pthread_sigmask);
  P.defNative(m, "pthread_kill", s_pthread_kill);
  P.defNative(m, "sigpending", s_sigpending);
  P.defNative(m, "sigwait", s_sigwait);
  P.defNative(m, "set_wakeup_fd", s_set_wakeup_fd);
  P.defNative(m, "siginterrupt", s_siginterrupt);
  P.defNative(m, "setitimer", s_setitimer);
  P.defNative(m, "getitimer", s_getitimer);
  struct { const char* n; int v; } consts[] = {
      {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", kNsig},
      {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
      {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
      {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
      {"SIGTRAP", SIGTRAP}, {"SIGIOT", SIGIOT}, {"SIGABRT", SIGABRT}, {"SIGBUS", SIGBUS},
      {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
      {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
      {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP},
      {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG},
      {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},
      {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR},
      {"SIGSYS", SIGSYS}, {"SIGRTMIN", SIGRTMIN}, {"SIGRTMAX", SIGRTMAX}};
  for (auto& c : consts) m->putDirect(vm, P.s(c.n), Value::integer(c.v));
  // itimer_error / ItimerError: OSError's subclass
  Value bases = Value::cell(P.t.OSError);
  Rooted rb(vm, P.newTuple(&bases, 1));
  Rooted ns(vm, P.newDict());
  Rooted mod(vm, P.newStr("signal"));
  P.dictSet(asDict(ns), Value::cell(P.s("__module__")), mod);
  Rooted name(vm, P.newStr("itimer_error"));
  Value targs[3] = {name, rb, ns};
  Rooted err(vm, P.call(Value::cell(P.t.type), targs, 3));
  if (itimerError.isUndefined()) {
    itimerError = err;
    vm.addPermanentRoot(itimerError);
  }
  m->putDirect(vm, P.s("ItimerError"), err);
  m->putDirect(vm, P.s("itimer_error"), err);
}

}  // namespace dualvm::py
