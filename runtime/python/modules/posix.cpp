// runtime/python/modules/posix.cpp — the native `posix` module (CPython's Modules/posixmodule.c),
// the part CPython's os.py, posixpath.py and genericpath.py need: stat/lstat/fstat (stat_result
// with the st_* attributes, no tuple indexing), getcwd, listdir, mkdir/rmdir/unlink/rename,
// chdir, access, file descriptors (open/close/read/write/isatty), environ (bytes -> bytes, as
// CPython's posix.environ), getpid and the user/group ids, strerror, urandom, fspath, readlink,
// cpu_count, get_terminal_size, _exit, system; (pysys) kill, pipe, dup/dup2, inheritable and
// blocking flags, waitpid and the W* macros, fork/execv/execve, process groups, lseek. Failures raise OSError(errno, strerror, filename),
// which CPython's exception constructor maps to FileNotFoundError & co.
#include <dirent.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include "runtime/python/containers.h"
#include "runtime/python/modules/native_type.h"

extern char** environ;

namespace dualvm::py {

#define L (lang(vm))

// ---- arguments ----

// A path argument: str, bytes or an os.PathLike (__fspath__).
static Value fspathOf(PyLanguage& P, Value p) {
  if (isString(p) || isBytesLike(p) || isString(builtinValue(p))) return p;  // str subclass instances too
  Value f = P.lookupType(P.typeOf(p), P.s("__fspath__"));
  if (!f.isMagic(Magic::Empty)) {
    Rooted rf(P.vm, f);
    // the call must not see this native's keyword arguments (os.stat(path, follow_symlinks=...)),
    // which the native reads afterwards: set them aside, rooted
    std::vector<String*> names;
    names.swap(P.kwNames);
    RootedVector values(P.vm);
    for (Value v : P.kwValues) values.push(v);
    P.kwValues.clear();
    Rooted rp(P.vm, p);
    Value r = P.call(rf, rp.address(), 1);
    P.kwNames.swap(names);
    for (size_t i = 0; i < values.size(); i++) P.kwValues.push_back(values[i]);
    if (isString(r) || isBytesLike(r)) return r;
    P.raise(P.t.TypeError, "expected " + P.typeName(p) + ".__fspath__() to return str or bytes, not " + P.typeName(r));
  }
  P.raise(P.t.TypeError, "expected str, bytes or os.PathLike object, not " + P.typeName(p));
}

// acceptsFd: the function also takes a file descriptor (os.stat), which its message names.
static std::string pathArg(PyLanguage& P, Value p, const char* fn, const char* argName = "path", bool acceptsFd = false) {
  if (p.isUndefined()) P.raise(P.t.TypeError, std::string(fn) + "() missing required argument '" + argName + "' (pos 1)");
  Value b = builtinValue(p);  // str and bytes subclass instances are their value
  if (!isString(b) && !isBytesLike(b) && P.lookupType(P.typeOf(p), P.s("__fspath__")).isMagic(Magic::Empty))
    P.raise(P.t.TypeError, std::string(fn) + ": " + argName + (acceptsFd ? " should be string, bytes, os.PathLike or integer, not " : " should be string, bytes or os.PathLike, not ") + P.typeName(p));
  Value v = builtinValue(fspathOf(P, p));
  std::string s = isString(v) ? asString(v)->toUtf8() : asBytes(v)->data;
  if (s.find('\0') != std::string::npos) P.raise(P.t.ValueError, std::string(fn) + ": embedded null character in " + argName);
  return s;
}

static Value kwArg(PyLanguage& P, const char* name, Value dflt) {
  for (size_t i = 0; i < P.kwNames.size(); i++)
    if (P.kwNames[i]->toUtf8() == name) return P.kwValues[i];
  return dflt;
}

// OSError(errno, strerror[, filename]) — the constructor picks the subclass (FileNotFoundError...).
[[noreturn]] void raiseErrno(PyLanguage& P, int err, Value filename, Value type) {
  VM& vm = P.vm;
  P.kwNames.clear();  // the failing native's keyword arguments are not the exception's
  P.kwValues.clear();
  Rooted fn(vm, filename), ty(vm, type.isUndefined() ? Value::cell(P.t.OSError) : type);
  Rooted msg(vm, P.newStr(strerror(err)));
  Value args[3] = {Value::integer(err), msg, fn};
  Rooted exc(vm, P.call(ty, args, filename.isUndefined() ? 2 : 3));
  vm.throwValue(exc);
}

// PyObject_AsFileDescriptor: an int, or what o.fileno() returns.
int fileDescriptorOf(PyLanguage& P, Value o) {
  VM& vm = P.vm;
  Value fdv = o;
  if (!isInteger(o) || o.isBool()) {
    Value meth = P.getAttr(o, P.s("fileno"), false);
    if (meth.isMagic(Magic::Empty)) P.raise(P.t.TypeError, "argument must be an int, or have a fileno() method.");
    Rooted m(vm, meth);
    fdv = P.call(m, nullptr, 0);
    if (!isInteger(fdv)) P.raise(P.t.TypeError, "fileno() returned a non-integer");
  }
  int64_t fd = P.toIndex(fdv);
  if (fd < 0) P.raise(P.t.ValueError, "file descriptor cannot be a negative integer (" + std::to_string(fd) + ")");
  if (fd > INT_MAX) P.raise(P.t.OverflowError, "file descriptor is greater than maximum");
  return int(fd);
}

// ---- stat ----

static PyType* statResultType(PyLanguage& P, Object* module) {
  Value t = P.nsGet(module, P.s("stat_result"));
  return isType(t) ? asType(t) : nullptr;
}

static Value makeStat(PyLanguage& P, const struct stat& st) {
  VM& vm = P.vm;
  Value modv = P.dictGet(asDict(P.sysModules), P.newStr("posix"));
  PyType* ty = isObject(modv) ? statResultType(P, asObject(modv)) : nullptr;
  Object* o = vm.heap.make<Object>(vm.emptyShape(), ty ? ty : P.t.object);
  Rooted ro(vm, Value::cell(o));
  auto put = [&](const char* k, Value v) { Rooted rv(vm, v); asObject(ro)->putDirect(vm, P.s(k), rv); };
  put("st_mode", Value::fromInt64(st.st_mode));
  put("st_ino", Value::fromInt64(int64_t(st.st_ino)));
  put("st_dev", Value::fromInt64(int64_t(st.st_dev)));
  put("st_nlink", Value::fromInt64(int64_t(st.st_nlink)));
  put("st_uid", Value::fromInt64(st.st_uid));
  put("st_gid", Value::fromInt64(st.st_gid));
  put("st_size", Value::fromInt64(int64_t(st.st_size)));
  put("st_atime", Value::number(double(st.st_atim.tv_sec) + st.st_atim.tv_nsec * 1e-9));
  put("st_mtime", Value::number(double(st.st_mtim.tv_sec) + st.st_mtim.tv_nsec * 1e-9));
  put("st_ctime", Value::number(double(st.st_ctim.tv_sec) + st.st_ctim.tv_nsec * 1e-9));
  put("st_atime_ns", bigint::fromInt64(vm.heap, int64_t(st.st_atim.tv_sec) * 1000000000 + st.st_atim.tv_nsec));
  put("st_mtime_ns", bigint::fromInt64(vm.heap, int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec));
  put("st_ctime_ns", bigint::fromInt64(vm.heap, int64_t(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec));
  put("st_blksize", Value::fromInt64(int64_t(st.st_blksize)));
  put("st_blocks", Value::fromInt64(int64_t(st.st_blocks)));
  put("st_rdev", Value::fromInt64(int64_t(st.st_rdev)));
  return ro;
}

// stat(path, *, dir_fd=None, follow_symlinks=True); an int path is a file descriptor.
static Value p_stat(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  bool lstatCall = asNativeFunction(Value::cell(a.callee))->magic == 1;
  Value pv = a.argc ? a[0] : kwArg(P, "path", Value::undefined());
  bool follow = P.truthy(vm, kwArg(P, "follow_symlinks", Value::boolean(true))) && !lstatCall;
  struct stat st;
  if (isInteger(pv) && !pv.isBool()) {
    if (fstat(int(P.toIndex(pv)), &st) != 0) raiseErrno(P, errno);
    return makeStat(P, st);
  }
  std::string path = pathArg(P, pv, lstatCall ? "lstat" : "stat", "path", !lstatCall);
  int r = follow ? stat(path.c_str(), &st) : lstat(path.c_str(), &st);
  if (r != 0) raiseErrno(P, errno, pv);
  return makeStat(P, st);
}

static Value p_fstat(VM& vm, CallArgs& a) {
  struct stat st;
  if (fstat(int(L.toIndex(a[0])), &st) != 0) raiseErrno(L, errno);
  return makeStat(L, st);
}

// ---- files and directories ----

static Value p_getcwd(VM& vm, CallArgs& a) {
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) raiseErrno(L, errno);
  if (asNativeFunction(Value::cell(a.callee))->magic == 1) return newBytes(L, buf);
  return L.newStr(buf);
}

static Value p_listdir(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value pv = a.argc ? a[0] : kwArg(P, "path", Value::null());
  bool asBytesOut = isBytesLike(pv);
  std::string path = pv.isNullish() ? "." : pathArg(P, pv, "listdir");
  DIR* d = opendir(path.c_str());
  if (!d) raiseErrno(P, errno, pv.isNullish() ? P.newStr(".") : pv);
  RootedVector names(vm);
  while (struct dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n == "." || n == "..") continue;
    names.push(asBytesOut ? newBytes(P, n) : P.newStr(n));
  }
  closedir(d);
  return P.newList(names.data(), names.size());
}

// One path argument, an int result of a libc call: magic selects the call.
static Value p_pathop(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int magic = asNativeFunction(Value::cell(a.callee))->magic;
  static const char* names[] = {"mkdir", "rmdir", "unlink", "chdir", "remove"};
  Value pv = a.argc ? a[0] : kwArg(P, "path", Value::undefined());
  std::string path = pathArg(P, pv, names[magic]);
  int r = 0;
  switch (magic) {
    case 0: {
      Value mv = a.argc > 1 ? a[1] : kwArg(P, "mode", Value::integer(0777));
      r = mkdir(path.c_str(), mode_t(P.toIndex(mv)));
      break;
    }
    case 1: r = rmdir(path.c_str()); break;
    case 2: case 4: r = unlink(path.c_str()); break;
    case 3: r = chdir(path.c_str()); break;
  }
  if (r != 0) raiseErrno(P, errno, pv);
  return Value::null();
}

static Value p_rename(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  std::string src = pathArg(P, a[0], "rename", "src"), dst = pathArg(P, a[1], "rename", "dst");
  if (rename(src.c_str(), dst.c_str()) != 0) raiseErrno(P, errno, a[0]);
  return Value::null();
}

static Value p_access(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  std::string path = pathArg(P, a[0], "access");
  return Value::boolean(access(path.c_str(), int(P.toIndex(a[1]))) == 0);
}

static Value p_readlink(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  std::string path = pathArg(P, a[0], "readlink");
  char buf[PATH_MAX];
  ssize_t n = readlink(path.c_str(), buf, sizeof buf);
  if (n < 0) raiseErrno(P, errno, a[0]);
  std::string out(buf, size_t(n));
  return isBytesLike(a[0]) ? newBytes(P, out) : P.newStr(out);
}

static Value p_open(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  std::string path = pathArg(P, a[0], "open");
  int flags = int(P.toIndex(a.argc > 1 ? a[1] : kwArg(P, "flags", Value::integer(O_RDONLY))));
  int mode = int(P.toIndex(a.argc > 2 ? a[2] : kwArg(P, "mode", Value::integer(0777))));
  int fd = open(path.c_str(), flags | O_CLOEXEC, mode);
  if (fd < 0) raiseErrno(P, errno, a[0]);
  return Value::integer(fd);
}

static Value p_close(VM& vm, CallArgs& a) {
  if (close(int(L.toIndex(a[0]))) != 0) raiseErrno(L, errno);
  return Value::null();
}

static Value p_read(VM& vm, CallArgs& a) {
  int fd = int(L.toIndex(a[0]));
  int64_t n = L.toIndex(a[1]);
  if (n < 0) L.raise(L.t.ValueError, "negative count");
  std::string buf(size_t(n), '\0');
  ssize_t got = read(fd, buf.data(), buf.size());
  if (got < 0) raiseErrno(L, errno);
  buf.resize(size_t(got));
  return newBytes(L, buf);
}

static Value p_write(VM& vm, CallArgs& a) {
  int fd = int(L.toIndex(a[0]));
  if (!isBytesLike(a[1]) && !isMemoryView(a[1])) L.raise(L.t.TypeError, "a bytes-like object is required, not '" + L.typeName(a[1]) + "'");
  if (fd == 1 || fd == 2) fflush(stdout);
  std::string viewed;  // a memoryview's bytes (subprocess writes its input in memoryview chunks)
  if (isMemoryView(a[1])) viewed = memoryviewData(L, a[1]);
  const std::string& d = isMemoryView(a[1]) ? viewed : asBytes(a[1])->data;
  ssize_t n = write(fd, d.data(), d.size());
  if (n < 0) raiseErrno(L, errno);
  return Value::fromInt64(n);
}

static Value p_isatty(VM& vm, CallArgs& a) { return Value::boolean(isatty(int(L.toIndex(a[0])))); }

static Value p_fspath(VM& vm, CallArgs& a) { return fspathOf(L, a.argc ? a[0] : kwArg(L, "path", Value::undefined())); }

// ---- process ----

static Value p_ids(VM& vm, CallArgs& a) {
  switch (asNativeFunction(Value::cell(a.callee))->magic) {
    case 0: return Value::fromInt64(getpid());
    case 1: return Value::fromInt64(getppid());
    case 2: return Value::fromInt64(getuid());
    case 3: return Value::fromInt64(geteuid());
    case 4: return Value::fromInt64(getgid());
    default: return Value::fromInt64(getegid());
  }
}

static Value p_umask(VM& vm, CallArgs& a) { return Value::fromInt64(umask(mode_t(L.toIndex(a[0])))); }
static Value p_strerror(VM& vm, CallArgs& a) { return L.newStr(strerror(int(L.toIndex(a[0])))); }
static Value p_cpu_count(VM&, CallArgs&) { long n = sysconf(_SC_NPROCESSORS_ONLN); return n > 0 ? Value::fromInt64(n) : Value::null(); }
static Value p_exit(VM& vm, CallArgs& a) { fflush(stdout); fflush(stderr); _exit(int(L.toIndex(a[0]))); }
static Value p_system(VM& vm, CallArgs& a) {
  fflush(stdout);
  int r = system(pathArg(L, a[0], "system", "command").c_str());
  return Value::fromInt64(r);
}

static Value p_urandom(VM& vm, CallArgs& a) {
  int64_t n = L.toIndex(a[0]);
  if (n < 0) L.raise(L.t.ValueError, "negative argument not allowed");
  std::string buf(size_t(n), '\0');
  std::ifstream in("/dev/urandom", std::ios::binary);
  in.read(buf.data(), std::streamsize(n));
  return newBytes(L, buf);
}

// os.terminal_size: a 2-tuple subclass (CPython's structseq) with columns/lines; shutil's
// get_terminal_size builds one from its fallback, terminal_size((80, 24)).
static Value p_terminal_size_new(VM& vm, CallArgs& a) {
  L.kwNames.clear(); L.kwValues.clear();
  if (a.argc < 2) L.raise(L.t.TypeError, "os.terminal_size() missing required argument 'sequence' (pos 1)");
  RootedVector items(vm);
  L.collect(a[1], items);
  if (items.size() != 2)
    L.raise(L.t.TypeError, "os.terminal_size() takes a 2-sequence (" + std::to_string(items.size()) + "-sequence given)");
  Rooted tup(vm, L.newTuple(items.data(), 2));
  asObject(tup)->setProto(asType(a[0]));
  return tup;
}
static Value p_terminal_size_field(VM& vm, CallArgs& a) {
  takeSelf(a);
  if (!isArray(a.thisValue) || asArray(a.thisValue)->elements.size() != 2)
    L.raise(L.t.TypeError, "descriptor requires an 'os.terminal_size' object");
  return asArray(a.thisValue)->elements[size_t(nativeMagic(a))];
}

static Value p_terminal_size_repr(VM& vm, CallArgs& a) {
  takeSelf(a);
  if (!isArray(a.thisValue) || asArray(a.thisValue)->elements.size() != 2)
    L.raise(L.t.TypeError, "descriptor '__repr__' requires an 'os.terminal_size' object");
  Rooted self(vm, a.thisValue);
  std::string cols = L.repr(asArray(self)->elements[0]);
  return L.newStr("os.terminal_size(columns=" + cols + ", lines=" + L.repr(asArray(self)->elements[1]) + ")");
}

// get_terminal_size(fd=1) -> os.terminal_size((columns, lines)); the type rides in data2.
static Value p_terminal_size(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int fd = a.argc ? int(P.toIndex(a[0])) : 1;
  struct winsize w;
  if (ioctl(fd, TIOCGWINSZ, &w) != 0) raiseErrno(P, errno);
  Value f[2] = {Value::integer(w.ws_col), Value::integer(w.ws_row)};
  Rooted tup(vm, P.newTuple(f, 2));
  asObject(tup)->setProto(asObject(asNativeFunction(Value::cell(a.callee))->data2));
  return tup;
}

static Value p_device_encoding(VM&, CallArgs&) { return Value::null(); }

static Value p_putenv(VM& vm, CallArgs& a) {
  std::string k = pathArg(L, a[0], "putenv", "name"), v = pathArg(L, a[1], "putenv", "value");
  if (k.empty() || k.find('=') != std::string::npos) L.raise(L.t.ValueError, "illegal environment variable name");
  setenv(k.c_str(), v.c_str(), 1);
  return Value::null();
}
static Value p_unsetenv(VM& vm, CallArgs& a) { unsetenv(pathArg(L, a[0], "unsetenv", "name").c_str()); return Value::null(); }

// ---- processes and descriptors (pysys: what subprocess and signal need) ----

void checkPythonSignals(VM& vm);  // modules/_signal.cpp

static int fdArg(PyLanguage& P, Value v) {
  int64_t fd = P.toIndex(v);
  if (fd < INT_MIN || fd > INT_MAX) P.raise(P.t.OverflowError, fd < 0 ? "fd is less than minimum" : "fd is greater than maximum");
  return int(fd);
}

static Value p_kill(VM& vm, CallArgs& a) {
  if (a.argc != 2) L.raise(L.t.TypeError, "kill expected 2 arguments, got " + std::to_string(a.argc));
  if (kill(pid_t(L.toIndex(a[0])), int(L.toIndex(a[1]))) != 0) raiseErrno(L, errno);
  checkPythonSignals(vm);  // a signal sent to ourselves is delivered before kill returns
  return Value::null();
}

static Value p_killpg(VM& vm, CallArgs& a) {
  if (killpg(pid_t(L.toIndex(a[0])), int(L.toIndex(a[1]))) != 0) raiseErrno(L, errno);
  checkPythonSignals(vm);
  return Value::null();
}

// pipe() / pipe2(flags): both ends non-inheritable (O_CLOEXEC), as CPython's os.pipe.
static Value p_pipe(VM& vm, CallArgs& a) {
  int fds[2];
  int flags = nativeMagic(a) == 1 ? int(L.toIndex(a[0])) : O_CLOEXEC;
  if (pipe2(fds, flags) != 0) raiseErrno(L, errno);
  Value v[2] = {Value::integer(fds[0]), Value::integer(fds[1])};
  return L.newTuple(v, 2);
}

static Value p_dup(VM& vm, CallArgs& a) {
  int fd = fcntl(fdArg(L, a[0]), F_DUPFD_CLOEXEC, 0);
  if (fd < 0) raiseErrno(L, errno);
  return Value::integer(fd);
}

// dup2(fd, fd2, inheritable=True)
static Value p_dup2(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value inh = a.argc > 2 ? a[2] : kwArg(P, "inheritable", Value::boolean(true));
  P.kwNames.clear(); P.kwValues.clear();
  int fd = fdArg(P, a[0]), fd2 = fdArg(P, a[1]);
  int r = P.truthy(vm, inh) ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
  if (r < 0) raiseErrno(P, errno);
  return Value::integer(r);
}

static Value p_inheritable(VM& vm, CallArgs& a) {
  int fd = fdArg(L, a[0]);
  int flags = fcntl(fd, F_GETFD);
  if (flags < 0) raiseErrno(L, errno);
  if (nativeMagic(a) == 0) return Value::boolean(!(flags & FD_CLOEXEC));
  flags = L.truthy(vm, a[1]) ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
  if (fcntl(fd, F_SETFD, flags) < 0) raiseErrno(L, errno);
  return Value::null();
}

static Value p_blocking(VM& vm, CallArgs& a) {
  int fd = fdArg(L, a[0]);
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0) raiseErrno(L, errno);
  if (nativeMagic(a) == 0) return Value::boolean(!(flags & O_NONBLOCK));
  flags = L.truthy(vm, a[1]) ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
  if (fcntl(fd, F_SETFL, flags) < 0) raiseErrno(L, errno);
  return Value::null();
}

static Value p_waitpid(VM& vm, CallArgs& a) {
  pid_t pid = pid_t(L.toIndex(a[0]));
  int options = int(L.toIndex(a[1]));
  int status = 0;
  pid_t r;
  while ((r = waitpid(pid, &status, options)) < 0 && errno == EINTR) checkPythonSignals(vm);
  if (r < 0) raiseErrno(L, errno);
  Value v[2] = {Value::fromInt64(r), Value::integer(status)};
  return L.newTuple(v, 2);
}

static Value p_wait(VM& vm, CallArgs&) {
  int status = 0;
  pid_t r;
  while ((r = wait(&status)) < 0 && errno == EINTR) checkPythonSignals(vm);
  if (r < 0) raiseErrno(L, errno);
  Value v[2] = {Value::fromInt64(r), Value::integer(status)};
  return L.newTuple(v, 2);
}

// WIFEXITED & co.: magic selects the macro.
static Value p_wmacro(VM& vm, CallArgs& a) {
  int st = int(L.toIndex(a.argc ? a[0] : kwArg(L, "status", Value::integer(0))));
  L.kwNames.clear(); L.kwValues.clear();
  switch (nativeMagic(a)) {
    case 0: return Value::boolean(WIFEXITED(st));
    case 1: return Value::integer(WEXITSTATUS(st));
    case 2: return Value::boolean(WIFSIGNALED(st));
    case 3: return Value::integer(WTERMSIG(st));
    case 4: return Value::boolean(WIFSTOPPED(st));
    case 5: return Value::integer(WSTOPSIG(st));
    case 6: return Value::boolean(WIFCONTINUED(st));
    default: return Value::boolean(WCOREDUMP(st));
  }
}

static Value p_waitstatus_to_exitcode(VM& vm, CallArgs& a) {
  int st = int(L.toIndex(a.argc ? a[0] : kwArg(L, "status", Value::integer(0))));
  L.kwNames.clear(); L.kwValues.clear();
  if (WIFEXITED(st)) return Value::integer(WEXITSTATUS(st));
  if (WIFSIGNALED(st)) return Value::integer(-WTERMSIG(st));
  L.raise(L.t.ValueError, "invalid wait status: " + std::to_string(st));
}

// register_at_fork's callables: three lists (before, after_in_child, after_in_parent), a permanent
// root made on first use.
static Value forkHooks;

static Value p_register_at_fork(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  RootedKwargs kw(P, "register_at_fork", {"before", "after_in_child", "after_in_parent"});
  if (a.argc) P.raise(P.t.TypeError, "register_at_fork() takes no positional arguments");
  const char* names[3] = {"before", "after_in_child", "after_in_parent"};
  bool any = false;
  Value callable = P.nsGet(P.builtins, P.s("callable"));
  for (int i = 0; i < 3; i++) {
    Value f = kw.get(names[i]);
    if (f.isMagic(Magic::Empty) || f.isNull()) continue;
    any = true;
    if (!P.truthy(vm, P.call(callable, &f, 1)))
      P.raise(P.t.TypeError, std::string("'") + names[i] + "' must be callable, not " + P.typeName(f));
  }
  if (!any) P.raise(P.t.TypeError, "At least one argument is required.");
  if (forkHooks.isUndefined()) {
    Value lists[3];
    RootedVector keep(vm);
    for (auto& l : lists) { l = P.newList(nullptr, 0); keep.push(l); }
    forkHooks = P.newTuple(lists, 3);
    vm.addPermanentRoot(forkHooks);
  }
  for (int i = 0; i < 3; i++) {
    Value f = kw.get(names[i]);
    if (f.isMagic(Magic::Empty) || f.isNull()) continue;
    ArrayObject* l = asArray(asArray(forkHooks)->elements[size_t(i)]);
    l->elements.push_back(f);
    writeBarrier(l, f);
  }
  return Value::null();
}

// Runs one list of fork hooks: `before` newest first, the others in order; errors are reported
// and ignored, as CPython's run_at_forkers.
static void runForkHooks(PyLanguage& P, int which) {
  VM& vm = P.vm;
  if (forkHooks.isUndefined()) return;
  Rooted list(vm, asArray(forkHooks)->elements[size_t(which)]);
  size_t n = asArray(list)->elements.size();
  for (size_t k = 0; k < n && k < asArray(list)->elements.size(); k++) {
    size_t i = which == 0 ? asArray(list)->elements.size() - 1 - k : k;
    Rooted f(vm, asArray(list)->elements[i]);
    try {
      P.call(f, nullptr, 0);
    } catch (ScriptThrow&) {
      writeUnraisable(P, "Exception ignored in: ", f);
    }
  }
}

static Value p_fork(VM& vm, CallArgs&) {
  runForkHooks(L, 0);
  fflush(stdout); fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) raiseErrno(L, errno);
  runForkHooks(L, pid == 0 ? 1 : 2);
  return Value::fromInt64(pid);
}

// execv(path, argv) / execve(path, argv, env): argv a list or tuple of str/bytes.
static Value p_exec(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  bool withEnv = nativeMagic(a) == 1;
  const char* fn = withEnv ? "execve" : "execv";
  std::string path = pathArg(P, a[0], fn);
  if (!isArray(a[1])) P.raise(P.t.TypeError, std::string(fn) + "() arg 2 must be a tuple or list");
  std::vector<std::string> args;
  for (Value v : asArray(a[1])->elements) args.push_back(pathArg(P, v, fn, "args"));
  if (args.empty()) P.raise(P.t.ValueError, std::string(fn) + "() arg 2 must not be empty");
  if (args[0].empty()) P.raise(P.t.ValueError, std::string(fn) + "() arg 2 first element cannot be empty");
  std::vector<std::string> envs;
  if (withEnv) {
    RootedVector keys(vm);
    Rooted env(vm, a[2]);
    Rooted ks(vm, P.callMethod(env, "keys", nullptr, 0));
    P.collect(ks, keys);
    for (size_t i = 0; i < keys.size(); i++) {
      Rooted val(vm, P.getElement(vm, env, keys[i]));
      std::string k = pathArg(P, keys[i], fn, "env"), v = pathArg(P, val, fn, "env");
      if (k.empty() || k.find('=') != std::string::npos) P.raise(P.t.ValueError, "illegal environment variable name");
      envs.push_back(k + "=" + v);
    }
  }
  std::vector<char*> argvp, envp;
  for (auto& s : args) argvp.push_back(s.data());
  argvp.push_back(nullptr);
  for (auto& s : envs) envp.push_back(s.data());
  envp.push_back(nullptr);
  fflush(stdout); fflush(stderr);
  if (withEnv) execve(path.c_str(), argvp.data(), envp.data());
  else execv(path.c_str(), argvp.data());
  raiseErrno(P, errno);
}

static Value p_pgrp(VM& vm, CallArgs& a) {
  int r;
  switch (nativeMagic(a)) {
    case 0: r = setsid(); break;
    case 1: r = getpgrp(); break;
    case 2: r = getpgid(pid_t(L.toIndex(a[0]))); break;
    case 3: r = setpgid(pid_t(L.toIndex(a[0])), pid_t(L.toIndex(a[1]))); break;
    default: r = getsid(pid_t(L.toIndex(a[0]))); break;
  }
  if (r < 0) raiseErrno(L, errno);
  return nativeMagic(a) == 0 || nativeMagic(a) == 3 ? Value::null() : Value::fromInt64(r);
}

static Value p_lseek(VM& vm, CallArgs& a) {
  off_t r = lseek(fdArg(L, a[0]), off_t(L.toIndex(a[1])), int(L.toIndex(a[2])));
  if (r < 0) raiseErrno(L, errno);
  return Value::fromInt64(r);
}

void installScandir(PyLanguage& P, Object* m);  // posix_scandir.cpp (pymisc)

void initPosix(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  installScandir(P, m);
  P.defNative(m, "stat", p_stat, 0);
  P.defNative(m, "lstat", p_stat, 1);
  P.defNative(m, "fstat", p_fstat);
  P.defNative(m, "getcwd", p_getcwd, 0);
  P.defNative(m, "getcwdb", p_getcwd, 1);
  P.defNative(m, "listdir", p_listdir);
  P.defNative(m, "mkdir", p_pathop, 0);
  P.defNative(m, "rmdir", p_pathop, 1);
  P.defNative(m, "unlink", p_pathop, 2);
  P.defNative(m, "chdir", p_pathop, 3);
  P.defNative(m, "remove", p_pathop, 4);
  P.defNative(m, "rename", p_rename);
  P.defNative(m, "replace", p_rename);
  P.defNative(m, "access", p_access);
  P.defNative(m, "readlink", p_readlink);
  P.defNative(m, "open", p_open);
  P.defNative(m, "close", p_close);
  P.defNative(m, "read", p_read);
  P.defNative(m, "write", p_write);
  P.defNative(m, "isatty", p_isatty);
  P.defNative(m, "fspath", p_fspath);
  const char* ids[] = {"getpid", "getppid", "getuid", "geteuid", "getgid", "getegid"};
  for (int i = 0; i < 6; i++) P.defNative(m, ids[i], p_ids, i);
  P.defNative(m, "umask", p_umask);
  P.defNative(m, "strerror", p_strerror);
  P.defNative(m, "cpu_count", p_cpu_count);
  P.defNative(m, "_exit", p_exit);
  P.defNative(m, "system", p_system);
  P.defNative(m, "urandom", p_urandom);
  {
    PyType* ts = newNativeType(P, "terminal_size", "os", P.t.tuple);
    Rooted rts(vm, Value::cell(ts));
    P.defNative(ts, "__new__", p_terminal_size_new);
    P.defNative(ts, "__repr__", p_terminal_size_repr);
    const char* tsFields[] = {"columns", "lines"};
    for (int i = 0; i < 2; i++) {
      defGetter(P, ts, tsFields[i], p_terminal_size_field);
      asNativeFunction(asBox(ts->slot(ts->findOwn(P.s(tsFields[i]))))->a)->magic = i;
    }
    ts->putDirect(vm, P.s("n_fields"), Value::integer(2));
    ts->putDirect(vm, P.s("n_sequence_fields"), Value::integer(2));
    m->putDirect(vm, P.s("terminal_size"), rts);
    Rooted gts(vm, newNativeWithData(P, "get_terminal_size", p_terminal_size, rts));
    m->putDirect(vm, P.s("get_terminal_size"), gts);
  }
  P.defNative(m, "device_encoding", p_device_encoding);
  P.defNative(m, "putenv", p_putenv);
  P.defNative(m, "unsetenv", p_unsetenv);
  P.defNative(m, "kill", p_kill);
  P.defNative(m, "killpg", p_killpg);
  P.defNative(m, "pipe", p_pipe, 0);
  P.defNative(m, "pipe2", p_pipe, 1);
  P.defNative(m, "dup", p_dup);
  P.defNative(m, "dup2", p_dup2);
  P.defNative(m, "get_inheritable", p_inheritable, 0);
  P.defNative(m, "set_inheritable", p_inheritable, 1);
  P.defNative(m, "get_blocking", p_blocking, 0);
  P.defNative(m, "set_blocking", p_blocking, 1);
  P.defNative(m, "waitpid", p_waitpid);
  P.defNative(m, "wait", p_wait);
  const char* wmacros[] = {"WIFEXITED", "WEXITSTATUS", "WIFSIGNALED", "WTERMSIG", "WIFSTOPPED", "WSTOPSIG", "WIFCONTINUED", "WCOREDUMP"};
  for (int i = 0; i < 8; i++) P.defNative(m, wmacros[i], p_wmacro, i);
  P.defNative(m, "waitstatus_to_exitcode", p_waitstatus_to_exitcode);
  P.defNative(m, "fork", p_fork);
  P.defNative(m, "register_at_fork", p_register_at_fork);
  P.defNative(m, "execv", p_exec, 0);
  P.defNative(m, "execve", p_exec, 1);
  P.defNative(m, "setsid", p_pgrp, 0);
  P.defNative(m, "getpgrp", p_pgrp, 1);
  P.defNative(m, "getpgid", p_pgrp, 2);
  P.defNative(m, "setpgid", p_pgrp, 3);
  P.defNative(m, "getsid", p_pgrp, 4);
  P.defNative(m, "lseek", p_lseek);
  m->putDirect(vm, P.s("error"), Value::cell(P.t.OSError));
  PyType* sr = P.newType("stat_result", P.t.object, false);
  Rooted rsr(vm, Value::cell(sr));
  sr->putDirect(vm, P.s("__module__"), P.newStr("os"));
  m->putDirect(vm, P.s("stat_result"), rsr);
  struct { const char* n; int64_t v; } consts[] = {
      {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
      {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND},
      {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_CLOEXEC", O_CLOEXEC},
      {"O_NONBLOCK", O_NONBLOCK}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_DIRECTORY", O_DIRECTORY},
      {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
      {"EX_OK", 0}, {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED},
      {"P_NOWAIT", 1}, {"P_WAIT", 0}, {"P_NOWAITO", 1}};
  for (auto& c : consts) m->putDirect(vm, P.s(c.n), Value::fromInt64(c.v));
  // environ: bytes keys and values, as CPython's posix.environ (os._Environ decodes them)
  Rooted env(vm, P.newDict());
  for (char** e = environ; e && *e; e++) {
    std::string kv = *e;
    size_t eq = kv.find('=');
    if (eq == std::string::npos || eq == 0) continue;
    Rooted k(vm, newBytes(P, kv.substr(0, eq)));
    Rooted v(vm, newBytes(P, kv.substr(eq + 1)));
    P.dictSet(asDict(env), k, v);
  }
  m->putDirect(vm, P.s("environ"), env);
  m->putDirect(vm, P.s("_have_functions"), P.newList(nullptr, 0));
}

}  // namespace dualvm::py
