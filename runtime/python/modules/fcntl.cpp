// runtime/python/modules/fcntl.cpp — the native `fcntl` module (CPython's Modules/fcntlmodule.c):
// fcntl(fd, cmd, arg=0) with an int argument (a bytes argument is copied in and the result
// returned as bytes, as CPython), flock, lockf, and the F_*/FD_*/LOCK_* constants. ioctl takes
// an int argument only.
#include <fcntl.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <cerrno>
#include <climits>
#include <cstring>
#include "runtime/interrupts.h"
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

// fcntl(fd, cmd, arg=0) / ioctl(fd, request, arg=0): magic 0 / 1
Value f_fcntl(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  bool isIoctl = nativeMagic(a) == 1;
  const char* fn = isIoctl ? "ioctl" : "fcntl";
  if (a.argc < 2 || a.argc > (isIoctl ? 4u : 3u))
    P.raise(P.t.TypeError, std::string(fn) + " expected 2 to " + (isIoctl ? "4" : "3") + " arguments, got " + std::to_string(a.argc));
  int fd = fileDescriptorOf(P, a[0]);
  unsigned long cmd = (unsigned long)P.toIndex(a[1]);
  Value arg = a.argc > 2 ? a[2] : Value::integer(0);
  if (isBytesLike(arg) || isString(arg)) {
    std::string buf = isString(arg) ? asString(arg)->toUtf8() : asBytes(arg)->data;
    if (buf.size() > 1024) P.raise(P.t.ValueError, std::string(fn) + " string arg too long");
    char tmp[1024];
    memcpy(tmp, buf.data(), buf.size());
    int r;
    while ((r = isIoctl ? ioctl(fd, cmd, tmp) : fcntl(fd, int(cmd), tmp)) < 0 && errno == EINTR) runPendingInterrupts(vm);
    if (r < 0) raiseErrno(P, errno);
    return newBytes(P, std::string(tmp, buf.size()));
  }
  int64_t iv = P.toIndex(arg);
  int r;
  while ((r = isIoctl ? ioctl(fd, cmd, (long)iv) : fcntl(fd, int(cmd), (long)iv)) < 0 && errno == EINTR) runPendingInterrupts(vm);
  if (r < 0) raiseErrno(P, errno);
  return Value::integer(r);
}

Value f_flock(VM& vm, CallArgs& a) {
  if (a.argc != 2) L.raise(L.t.TypeError, "flock expected 2 arguments, got " + std::to_string(a.argc));
  int fd = fileDescriptorOf(L, a[0]);
  int op = int(L.toIndex(a[1]));
  int r;
  while ((r = flock(fd, op)) < 0 && errno == EINTR) runPendingInterrupts(vm);
  if (r < 0) raiseErrno(L, errno);
  return Value::null();
}

// lockf(fd, cmd, len=0, start=0, whence=0): through fcntl record locks, as CPython
Value f_lockf(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc < 2 || a.argc > 5) P.raise(P.t.TypeError, "lockf expected 2 to 5 arguments, got " + std::to_string(a.argc));
  int fd = fileDescriptorOf(P, a[0]);
  int code = int(P.toIndex(a[1]));
  struct flock l;
  memset(&l, 0, sizeof l);
  if (code == LOCK_UN) l.l_type = F_UNLCK;
  else if (code & LOCK_SH) l.l_type = F_RDLCK;
  else if (code & LOCK_EX) l.l_type = F_WRLCK;
  else P.raise(P.t.ValueError, "unrecognized lockf argument");
  l.l_len = a.argc > 2 ? off_t(P.toIndex(a[2])) : 0;
  l.l_start = a.argc > 3 ? off_t(P.toIndex(a[3])) : 0;
  l.l_whence = short(a.argc > 4 ? P.toIndex(a[4]) : 0);
  int r;
  while ((r = fcntl(fd, (code & LOCK_NB) ? F_SETLK : F_SETLKW, &l)) < 0 && errno == EINTR) runPendingInterrupts(vm);
  if (r < 0) raiseErrno(P, errno);
  return Value::null();
}

}  // namespace

void initFcntl(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  P.defNative(m, "fcntl", f_fcntl, 0);
  P.defNative(m, "ioctl", f_fcntl, 1);
  P.defNative(m, "flock", f_flock);
  P.defNative(m, "lockf", f_lockf);
  struct { const char* n; int64_t v; } consts[] = {
      {"F_DUPFD", F_DUPFD}, {"F_DUPFD_CLOEXEC", F_DUPFD_CLOEXEC}, {"F_GETFD", F_GETFD},
      {"F_SETFD", F_SETFD}, {"F_GETFL", F_GETFL}, {"F_SETFL", F_SETFL}, {"F_GETLK", F_GETLK},
      {"F_SETLK", F_SETLK}, {"F_SETLKW", F_SETLKW}, {"F_GETOWN", F_GETOWN}, {"F_SETOWN", F_SETOWN},
      {"F_RDLCK", F_RDLCK}, {"F_WRLCK", F_WRLCK}, {"F_UNLCK", F_UNLCK}, {"FD_CLOEXEC", FD_CLOEXEC},
      {"F_GETSIG", F_GETSIG}, {"F_SETSIG", F_SETSIG}, {"F_GETLEASE", F_GETLEASE},
      {"F_SETLEASE", F_SETLEASE}, {"F_NOTIFY", F_NOTIFY},
#ifdef F_GETPIPE_SZ
      {"F_GETPIPE_SZ", F_GETPIPE_SZ}, {"F_SETPIPE_SZ", F_SETPIPE_SZ},
#endif
#ifdef F_OFD_GETLK
      {"F_OFD_GETLK", F_OFD_GETLK}, {"F_OFD_SETLK", F_OFD_SETLK}, {"F_OFD_SETLKW", F_OFD_SETLKW},
#endif
      {"LOCK_SH", LOCK_SH}, {"LOCK_EX", LOCK_EX}, {"LOCK_NB", LOCK_NB}, {"LOCK_UN", LOCK_UN},
      {"FASYNC", FASYNC}};
  for (auto& c : consts) m->putDirect(vm, P.s(c.n), Value::fromInt64(c.v));
}

}  // namespace dualvm::py
