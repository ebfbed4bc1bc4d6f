// runtime/python/modules/select.cpp — the native `select` module (CPython's Modules/selectmodule.c):
// select(rlist, wlist, xlist[, timeout]) and poll objects (register/modify/unregister/poll) with
// the POLL* constants, error (= OSError), PIPE_BUF. selectors.DefaultSelector is PollSelector
// (no epoll/devpoll/kqueue here), which subprocess's communicate() uses.
// A file object is an int or has fileno(); an interrupted wait (EINTR) runs the pending Python
// signal handlers and retries with the remaining time (PEP 475).
#include <poll.h>
#include <sys/select.h>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <ctime>
#include <map>
#include "runtime/interrupts.h"
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum { kPoll = 0x5345 };

double nowMono() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// select(rlist, wlist, xlist, timeout=None) -> three lists of the ready objects
Value s_select(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc < 3) P.raise(P.t.TypeError, "select expected at least 3 arguments, got " + std::to_string(a.argc));
  if (a.argc > 4) P.raise(P.t.TypeError, "select expected at most 4 arguments, got " + std::to_string(a.argc));
  double timeout = -1;
  if (a.argc > 3 && !a[3].isNull()) {
    if (!a[3].isNumber() && !isInteger(a[3])) P.raise(P.t.TypeError, "timeout must be a float or None");
    timeout = P.toFloat(a[3]);
    if (std::isnan(timeout)) P.raise(P.t.ValueError, "Invalid value NaN (not a number)");
    if (timeout < 0) P.raise(P.t.ValueError, "timeout must be non-negative");
  }
  RootedVector l0(vm), l1(vm), l2(vm);
  RootedVector* lists[3] = {&l0, &l1, &l2};
  std::vector<int> fds[3];
  int maxfd = -1;
  fd_set sets[3];
  for (int k = 0; k < 3; k++) {
    FD_ZERO(&sets[k]);
    Rooted seq(vm, a[size_t(k)]);
    P.collect(seq, *lists[k]);
    for (size_t i = 0; i < lists[k]->size(); i++) {
      int fd = fileDescriptorOf(P, (*lists[k])[i]);
      if (fd >= FD_SETSIZE) P.raise(P.t.ValueError, "filedescriptor out of range in select()");
      fds[k].push_back(fd);
      maxfd = std::max(maxfd, fd);
    }
  }
  double deadline = timeout >= 0 ? nowMono() + timeout : 0;
  int n;
  for (;;) {
    for (int k = 0; k < 3; k++) {
      FD_ZERO(&sets[k]);
      for (int fd : fds[k]) FD_SET(fd, &sets[k]);
    }
    struct timeval tv, *tvp = nullptr;
    if (timeout >= 0) {
      double left = std::max(0.0, deadline - nowMono());
      tv.tv_sec = time_t(left);
      tv.tv_usec = suseconds_t((left - double(tv.tv_sec)) * 1e6);
      tvp = &tv;
    }
    n = select(maxfd + 1, &sets[0], &sets[1], &sets[2], tvp);
    if (n >= 0 || errno != EINTR) break;
    runPendingInterrupts(vm);
  }
  if (n < 0) raiseErrno(P, errno);
  Value out[3];
  RootedVector results(vm);
  for (int k = 0; k < 3; k++) {
    RootedVector ready(vm);
    for (size_t i = 0; i < fds[k].size(); i++)
      if (FD_ISSET(fds[k][i], &sets[k])) ready.push((*lists[k])[i]);
    results.push(P.newList(ready.data(), ready.size()));
  }
  for (int k = 0; k < 3; k++) out[k] = results[size_t(k)];
  return P.newTuple(out, 3);
}

// ---- poll ----
// A poll object keeps fd -> event mask in `n` as pairs (fd, events), in registration order.

NativeState* pollSelf(PyLanguage& P, CallArgs& a, const char* m) { return selfState(P, a, kPoll, m, "select.poll"); }

int64_t* findFd(NativeState* s, int fd) {
  for (size_t i = 0; i + 1 < s->n.size(); i += 2)
    if (s->n[i] == fd) return &s->n[i + 1];
  return nullptr;
}

int eventMask(PyLanguage& P, Value v) {
  int64_t m = P.toIndex(v);
  if (m < 0 || m > 0xffff) P.raise(P.t.OverflowError, m < 0 ? "Python int too large for C unsigned short" : "Python int too large for C unsigned short");
  return int(m);
}

Value p_register(VM& vm, CallArgs& a) {
  NativeState* s = pollSelf(L, a, "register");
  Rooted self(vm, Value::cell(s));
  if (a.argc < 1) L.raise(L.t.TypeError, "register expected at least 1 argument, got 0");
  int fd = fileDescriptorOf(L, a[0]);
  int ev = a.argc > 1 ? eventMask(L, a[1]) : (POLLIN | POLLPRI | POLLOUT);
  s = asState(self);
  if (int64_t* e = findFd(s, fd)) *e = ev;
  else { s->n.push_back(fd); s->n.push_back(ev); }
  return Value::null();
}

Value p_modify(VM& vm, CallArgs& a) {
  NativeState* s = pollSelf(L, a, "modify");
  Rooted self(vm, Value::cell(s));
  if (a.argc != 2) L.raise(L.t.TypeError, "modify expected 2 arguments, got " + std::to_string(a.argc));
  int fd = fileDescriptorOf(L, a[0]);
  int ev = eventMask(L, a[1]);
  int64_t* e = findFd(asState(self), fd);
  if (!e) raiseErrno(L, ENOENT);
  *e = ev;
  return Value::null();
}

Value p_unregister(VM& vm, CallArgs& a) {
  NativeState* s = pollSelf(L, a, "unregister");
  Rooted self(vm, Value::cell(s));
  if (a.argc != 1) L.raise(L.t.TypeError, "unregister() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  int fd = fileDescriptorOf(L, a[0]);
  s = asState(self);
  for (size_t i = 0; i + 1 < s->n.size(); i += 2) {
    if (s->n[i] == fd) {
      s->n.erase(s->n.begin() + long(i), s->n.begin() + long(i) + 2);
      return Value::null();
    }
  }
  Rooted key(vm, Value::integer(fd));
  Rooted exc(vm, L.makeException(L.t.KeyError, ""));
  asObject(exc)->putDirect(vm, L.s("args"), L.newTuple(key.address(), 1));
  vm.throwValue(exc);
}

// poll(timeout=None): milliseconds; None or negative waits forever
Value p_poll(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  NativeState* s = pollSelf(P, a, "poll");
  Rooted self(vm, Value::cell(s));
  double ms = -1;
  if (a.argc > 0 && !a[0].isNull()) {
    if (!a[0].isNumber() && !isInteger(a[0])) P.raise(P.t.TypeError, "timeout must be an integer or None");
    ms = std::ceil(P.toFloat(a[0]));
  }
  std::vector<struct pollfd> pfds;
  for (size_t i = 0; i + 1 < s->n.size(); i += 2)
    pfds.push_back({int(s->n[i]), short(s->n[i + 1]), 0});
  double deadline = ms >= 0 ? nowMono() + ms / 1000 : 0;
  int n;
  for (;;) {
    int t = ms < 0 ? -1 : int(std::max(0.0, std::ceil((deadline - nowMono()) * 1000)));
    n = poll(pfds.data(), nfds_t(pfds.size()), t);
    if (n >= 0 || errno != EINTR) break;
    runPendingInterrupts(vm);
  }
  if (n < 0) raiseErrno(P, errno);
  RootedVector out(vm);
  for (auto& p : pfds) {
    if (!p.revents) continue;
    Value pair[2] = {Value::integer(p.fd), Value::integer(uint16_t(p.revents))};
    out.push(P.newTuple(pair, 2));
  }
  return P.newList(out.data(), out.size());
}

Value s_poll(VM& vm, CallArgs& a) {
  if (a.argc) L.raise(L.t.TypeError, "poll() takes no arguments (" + std::to_string(a.argc) + " given)");
  PyType* ty = asType(asNativeFunction(Value::cell(a.callee))->data2);
  return Value::cell(newState(L, ty, kPoll, 0, 0));
}

}  // namespace

void initSelect(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  P.defNative(m, "select", s_select);
  PyType* pt = newNativeType(P, "poll", "select");
  Rooted rpt(vm, Value::cell(pt));
  P.defNative(pt, "register", p_register);
  P.defNative(pt, "modify", p_modify);
  P.defNative(pt, "unregister", p_unregister);
  P.defNative(pt, "poll", p_poll);
  Rooted fn(vm, newNativeWithData(P, "poll", s_poll, rpt));
  m->putDirect(vm, P.s("poll"), fn);
  m->putDirect(vm, P.s("error"), Value::cell(P.t.OSError));
  struct { const char* n; int v; } consts[] = {
      {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR},
      {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", POLLRDNORM},
      {"POLLRDBAND", POLLRDBAND}, {"POLLWRNORM", POLLWRNORM}, {"POLLWRBAND", POLLWRBAND},
      {"POLLMSG", POLLMSG}, {"POLLRDHUP", POLLRDHUP}, {"PIPE_BUF", PIPE_BUF}};
  for (auto& c : consts) m->putDirect(vm, P.s(c.n), Value::integer(c.v));
}

}  // namespace dualvm::py
