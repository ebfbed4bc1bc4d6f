// runtime/python/modules/posix.cpp — the native `posix` module (CPython's Modules/posixmodule.c),
// the part CPython's os.py, posixpath.py and genericpath.py need: stat/lstat/fstat (stat_result
// with the st_* attributes, no tuple indexing), getcwd, listdir, mkdir/rmdir/unlink/rename,
// chdir, access, file descriptors (open/close/read/write/isatty), environ (bytes -> bytes, as
// CPython's posix.environ), getpid and the user/group ids, strerror, urandom, fspath, readlink,
// cpu_count, get_terminal_size, _exit, system. Failures raise OSError(errno, strerror, filename),
// which CPython's exception constructor maps to FileNotFoundError & co.
#include <dirent.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/types.h>
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
  if (isString(p) || isBytesLike(p)) return p;
  Value f = P.lookupType(P.typeOf(p), P.s("__fspath__"));
  if (!f.isMagic(Magic::Empty)) {
    Rooted rf(P.vm, f);
    Value r = P.call(rf, &p, 1);
    if (isString(r) || isBytesLike(r)) return r;
    P.raise(P.t.TypeError, "expected " + P.typeName(p) + ".__fspath__() to return str or bytes, not " + P.typeName(r));
  }
  P.raise(P.t.TypeError, "expected str, bytes or os.PathLike object, not " + P.typeName(p));
}

static std::string pathArg(PyLanguage& P, Value p, const char* fn, const char* argName = "path") {
  if (p.isUndefined()) P.raise(P.t.TypeError, std::string(fn) + "() missing required argument '" + argName + "' (pos 1)");
  if (!isString(p) && !isBytesLike(p) && P.lookupType(P.typeOf(p), P.s("__fspath__")).isMagic(Magic::Empty))
    P.raise(P.t.TypeError, std::string(fn) + ": " + argName + " should be string, bytes or os.PathLike, not " + P.typeName(p));
  Value v = fspathOf(P, p);
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
[[noreturn]] static void raiseErrno(PyLanguage& P, int err, Value filename = Value::undefined()) {
  VM& vm = P.vm;
  Rooted fn(vm, filename);
  Rooted msg(vm, P.newStr(strerror(err)));
  Value args[3] = {Value::integer(err), msg, fn};
  Rooted exc(vm, P.call(Value::cell(P.t.OSError), args, filename.isUndefined() ? 2 : 3));
  vm.throwValue(exc);
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
  std::string path = pathArg(P, pv, lstatCall ? "lstat" : "stat");
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
  if (!isBytesLike(a[1])) L.raise(L.t.TypeError, "a bytes-like object is required, not '" + L.typeName(a[1]) + "'");
  if (fd == 1 || fd == 2) fflush(stdout);
  const std::string& d = asBytes(a[1])->data;
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
      {"EX_OK", 0}, {"WNOHANG", 1}, {"P_NOWAIT", 1}, {"P_WAIT", 0}};
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
