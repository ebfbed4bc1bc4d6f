// runtime/python/modules/_posixsubprocess.cpp — the native `_posixsubprocess` module (CPython's
// Modules/_posixsubprocess.c): fork_exec, which subprocess.Popen calls on POSIX. Everything the
// child needs (argv, envp, executables) is converted before fork(); the child only makes
// async-signal-safe calls (dup2, chdir, close, execve) except for a preexec_fn, which runs Python
// in the child as CPython does. A child failure is reported on errpipe_write in CPython's format
// ("OSError:<hex errno>:noexec" before exec, "OSError:<hex errno>:" when exec failed,
// "SubprocessError:0:Exception occurred in preexec_fn."), which subprocess.py decodes.
// Not supported: setting uid/gid/extra_groups (raise OSError EPERM unless they are None).
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include "runtime/python/modules/native_type.h"

extern char** environ;

namespace dualvm::py {

#define L (lang(vm))

namespace {

// PyUnicode_FSConverter: str (UTF-8), bytes, or an os.PathLike.
std::string fsBytes(PyLanguage& P, Value v, const char* what) {
  VM& vm = P.vm;
  if (isString(v)) return asString(v)->toUtf8();
  if (isBytesLike(v)) return asBytes(v)->data;
  Value f = P.lookupType(P.typeOf(v), P.s("__fspath__"));
  if (!f.isMagic(Magic::Empty)) {
    Rooted rf(vm, f), rv(vm, v);
    Value r = P.call(rf, rv.address(), 1);
    if (isString(r)) return asString(r)->toUtf8();
    if (isBytesLike(r)) return asBytes(r)->data;
  }
  P.raise(P.t.TypeError, std::string("expected str, bytes or os.PathLike object, not ") + P.typeName(v) + " (" + what + ")");
}

std::vector<std::string> fsList(PyLanguage& P, Value seq, const char* what) {
  VM& vm = P.vm;
  RootedVector items(vm);
  Rooted rs(vm, seq);
  P.collect(rs, items);
  std::vector<std::string> out;
  for (size_t i = 0; i < items.size(); i++) {
    std::string s = fsBytes(P, items[i], what);
    if (s.find('\0') != std::string::npos) P.raise(P.t.ValueError, "embedded null byte");
    out.push_back(s);
  }
  return out;
}

void writeAll(int fd, const char* s, size_t n) {
  while (n) {
    ssize_t w = write(fd, s, n);
    if (w < 0) { if (errno == EINTR) continue; return; }
    s += w;
    n -= size_t(w);
  }
}

void reportErrno(int errpipe, int err, bool beforeExec) {
  char hex[16];
  int len = 0;
  char rev[16];
  unsigned u = unsigned(err);
  do { rev[len++] = "0123456789abcdef"[u % 16]; u /= 16; } while (u && len < 15);
  for (int i = 0; i < len; i++) hex[i] = rev[len - 1 - i];
  writeAll(errpipe, "OSError:", 8);
  writeAll(errpipe, hex, size_t(len));
  writeAll(errpipe, ":", 1);
  if (beforeExec) writeAll(errpipe, "noexec", 6);
}

int setInheritable(int fd) {
  int flags = fcntl(fd, F_GETFD);
  if (flags < 0) return -1;
  return fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
}

// Closes every descriptor >= 3 but those in keep (sorted).
void closeFds(const std::vector<int>& keep) {
  int start = 3;
  for (int k : keep) {
    if (k < start) continue;
    if (k > start) {
#ifdef SYS_close_range
      if (syscall(SYS_close_range, unsigned(start), unsigned(k - 1), 0) != 0)
#endif
        for (int fd = start; fd < k; fd++) close(fd);
    }
    start = k + 1;
  }
#ifdef SYS_close_range
  if (syscall(SYS_close_range, unsigned(start), ~0U, 0) == 0) return;
#endif
  long maxfd = sysconf(_SC_OPEN_MAX);
  if (maxfd < 0 || maxfd > 65536) maxfd = 65536;
  for (int fd = start; fd < maxfd; fd++) close(fd);
}

// fork_exec(args, executable_list, close_fds, fds_to_keep, cwd, env_list, p2cread, p2cwrite,
//           c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write,
//           restore_signals, call_setsid, pgid_to_set, gid, extra_groups, uid, child_umask,
//           preexec_fn, allow_vfork)
Value forkExec(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc != 23) P.raise(P.t.TypeError, "fork_exec expected 23 arguments, got " + std::to_string(a.argc));
  std::vector<std::string> args;
  if (!a[0].isNull()) args = fsList(P, a[0], "args");
  std::vector<std::string> executables = fsList(P, a[1], "executable_list");
  bool closeAll = P.truthy(vm, a[2]);
  std::vector<int> keep;
  {
    if (!isArray(a[3])) P.raise(P.t.TypeError, "fork_exec() argument 4 must be tuple, not " + P.typeName(a[3]));
    int64_t prev = -1;
    for (Value v : asArray(a[3])->elements) {
      if (!v.isInt() || v.asInt() < 0 || v.asInt() <= prev) P.raise(P.t.ValueError, "bad value(s) in fds_to_keep");
      prev = v.asInt();
      keep.push_back(v.asInt());
    }
  }
  bool hasCwd = !a[4].isNull();
  std::string cwd = hasCwd ? fsBytes(P, a[4], "cwd") : std::string();
  bool hasEnv = !a[5].isNull();
  std::vector<std::string> envs;
  if (hasEnv) envs = fsList(P, a[5], "env");
  int fdv[8];
  for (int i = 0; i < 8; i++) fdv[i] = int(P.toIndex(a[size_t(6 + i)]));
  int p2cread = fdv[0], p2cwrite = fdv[1], c2pread = fdv[2], c2pwrite = fdv[3];
  int errread = fdv[4], errwrite = fdv[5], errpipeRead = fdv[6], errpipeWrite = fdv[7];
  bool restoreSignals = P.truthy(vm, a[14]);
  bool callSetsid = P.truthy(vm, a[15]);
  int64_t pgid = P.toIndex(a[16]);
  if (!a[17].isNull() || !a[18].isNull() || !a[19].isNull()) {
    errno = EPERM;
    Rooted msg(vm, P.newStr("setting gid, extra_groups or uid is not supported"));
    Value eargs[2] = {Value::integer(EPERM), msg};
    Rooted exc(vm, P.call(Value::cell(P.t.OSError), eargs, 2));
    vm.throwValue(exc);
  }
  int64_t childUmask = P.toIndex(a[20]);
  Rooted preexec(vm, a[21]);
  bool hasPreexec = !preexec.get().isNull();

  std::vector<char*> argv, envp;
  for (auto& s : args) argv.push_back(s.data());
  argv.push_back(nullptr);
  for (auto& s : envs) envp.push_back(s.data());
  envp.push_back(nullptr);

  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    int err = errno;
    Rooted msg(vm, P.newStr(strerror(err)));
    Value eargs[2] = {Value::integer(err), msg};
    Rooted exc(vm, P.call(Value::cell(P.t.OSError), eargs, 2));
    vm.throwValue(exc);
  }
  if (pid > 0) return Value::fromInt64(pid);

  // ---- the child ----
  if (p2cwrite != -1) close(p2cwrite);
  if (c2pread != -1) close(c2pread);
  if (errread != -1) close(errread);
  close(errpipeRead);
  // the standard descriptors about to be replaced must not be the sources of the others
  if (c2pwrite == 0) c2pwrite = dup(c2pwrite);
  while (errwrite == 0 || errwrite == 1) errwrite = dup(errwrite);
  int err = 0;
  auto redirect = [&](int src, int dst) {
    if (src == dst) return setInheritable(src) < 0 ? errno : 0;
    if (src != -1 && dup2(src, dst) < 0) return errno;
    return 0;
  };
  if ((err = redirect(p2cread, 0)) || (err = redirect(c2pwrite, 1)) || (err = redirect(errwrite, 2))) {
    reportErrno(errpipeWrite, err, true);
    _exit(255);
  }
  if (hasCwd && chdir(cwd.c_str()) < 0) {
    reportErrno(errpipeWrite, errno, true);
    _exit(255);
  }
  if (childUmask >= 0) umask(mode_t(childUmask));
  if (restoreSignals) {
    signal(SIGPIPE, SIG_DFL);
    signal(SIGXFSZ, SIG_DFL);
  }
  if (callSetsid && setsid() < 0) {
    reportErrno(errpipeWrite, errno, true);
    _exit(255);
  }
  if (pgid >= 0 && setpgid(0, pid_t(pgid)) < 0) {
    reportErrno(errpipeWrite, errno, true);
    _exit(255);
  }
  if (hasPreexec) {
    try {
      P.call(preexec, nullptr, 0);
    } catch (ScriptThrow&) {
      const char msg[] = "SubprocessError:0:Exception occurred in preexec_fn.";
      writeAll(errpipeWrite, msg, sizeof msg - 1);
      _exit(255);
    }
  }
  if (closeAll) closeFds(keep);
  // the first failure other than "not found" wins, as CPython reports
  int saved = 0;
  for (auto& exe : executables) {
    if (hasEnv) execve(exe.c_str(), argv.data(), envp.data());
    else execv(exe.c_str(), argv.data());
    if (errno != ENOENT && errno != ENOTDIR && saved == 0) saved = errno;
  }
  reportErrno(errpipeWrite, saved ? saved : errno, false);
  _exit(255);
}

}  // namespace

void initPosixSubprocess(PyLanguage& P, Object* m) {
  P.defNative(m, "fork_exec", forkExec);
}

}  // namespace dualvm::py
