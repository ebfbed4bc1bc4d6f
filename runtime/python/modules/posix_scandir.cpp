// runtime/python/modules/posix_scandir.cpp — posix.scandir (pymisc): the ScandirIterator (an
// iterator and context manager) and os.DirEntry (name, path, inode, is_dir/is_file/is_symlink
// with follow_symlinks, stat, __fspath__), what shutil.rmtree, tempfile's cleanup, os.walk and
// glob use. The directory is read when scandir is called (CPython reads it lazily; nothing a
// program sees differs but the timing of errors from a directory changed while it is iterated).
// d_type answers the is_* questions when it can, as CPython does; otherwise stat/lstat runs.
#include <dirent.h>
#include <sys/stat.h>
#include <cerrno>
#include <cstring>
#include <unordered_map>
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {
// NativeState kinds (distinct from other modules' kinds)
enum Kind { kScandirIterator = 0x5ca0, kDirEntry };
// DirEntry: v = {name, path}, n = {d_type, inode}
enum { kName, kPath };
// ScandirIterator: items = the DirEntry objects, n = {next index, closed}
struct Types { PyType* iterator; PyType* entry; };
std::unordered_map<PyLanguage*, Types> types;

NativeState* entrySelf(VM& vm, CallArgs& a, const char* method) { return selfState(L, a, kDirEntry, method, "posix.DirEntry"); }

// The mode of the entry's target (follow) or of the entry itself; false when stat fails with
// ENOENT (a dangling link is neither a file nor a directory), an OSError otherwise.
bool entryMode(PyLanguage& P, NativeState* e, bool follow, mode_t* mode) {
  std::string path = isString(e->v[kPath]) ? asString(e->v[kPath])->toUtf8() : asBytes(e->v[kPath])->data;
  struct stat st;
  if ((follow ? stat(path.c_str(), &st) : lstat(path.c_str(), &st)) != 0) {
    if (errno == ENOENT) return false;
    Value modv = P.dictGet(asDict(P.sysModules), P.newStr("posix"));
    Rooted rp(P.vm, e->v[kPath]);
    Rooted fn(P.vm, P.getAttr(modv, P.s(follow ? "stat" : "lstat")));
    P.call(fn, rp.address(), 1);  // raises the OSError posix.stat would
    return false;
  }
  *mode = st.st_mode;
  return true;
}

bool followArg(PyLanguage& P, const char* fn) {
  RootedKwargs kw(P, fn, {"follow_symlinks"});
  Value f = kw.get("follow_symlinks");
  return f.isMagic(Magic::Empty) || P.truthy(P.vm, f);
}

// is_dir / is_file (magic 0 / 1)
Value entryIs(VM& vm, CallArgs& a) {
  int which = nativeMagic(a);
  NativeState* e = entrySelf(vm, a, which == 0 ? "is_dir" : "is_file");
  Rooted keep(vm, Value::cell(e));
  bool follow = followArg(L, which == 0 ? "is_dir" : "is_file");
  if (a.argc) L.raise(L.t.TypeError, std::string(which == 0 ? "is_dir" : "is_file") + "() takes no positional arguments");
  int64_t dt = e->n[0];
  if (dt != DT_UNKNOWN && !(follow && dt == DT_LNK)) return Value::boolean(which == 0 ? dt == DT_DIR : dt == DT_REG);
  mode_t mode;
  if (!entryMode(L, e, follow, &mode)) return Value::boolean(false);
  return Value::boolean(which == 0 ? S_ISDIR(mode) : S_ISREG(mode));
}

Value entryIsSymlink(VM& vm, CallArgs& a) {
  NativeState* e = entrySelf(vm, a, "is_symlink");
  if (e->n[0] != DT_UNKNOWN) return Value::boolean(e->n[0] == DT_LNK);
  mode_t mode;
  if (!entryMode(L, e, false, &mode)) return Value::boolean(false);
  return Value::boolean(S_ISLNK(mode));
}

Value entryStat(VM& vm, CallArgs& a) {
  NativeState* e = entrySelf(vm, a, "stat");
  Rooted keep(vm, Value::cell(e));
  bool follow = followArg(L, "stat");
  Value modv = L.dictGet(asDict(L.sysModules), L.newStr("posix"));
  Rooted fn(vm, L.getAttr(modv, L.s(follow ? "stat" : "lstat")));
  Value path = asState(keep)->v[kPath];
  return L.call(fn, &path, 1);
}

Value entryName(VM& vm, CallArgs& a) { return entrySelf(vm, a, "name")->v[kName]; }
Value entryPath(VM& vm, CallArgs& a) { return entrySelf(vm, a, "path")->v[kPath]; }
Value entryInode(VM& vm, CallArgs& a) { return bigint::fromInt64(vm.heap, entrySelf(vm, a, "inode")->n[1]); }
Value entryRepr(VM& vm, CallArgs& a) {
  NativeState* e = entrySelf(vm, a, "__repr__");
  return L.newStr("<DirEntry " + L.repr(e->v[kName]) + ">");
}

NativeState* iterSelf(VM& vm, CallArgs& a, const char* method) { return selfState(L, a, kScandirIterator, method, "posix.ScandirIterator"); }
Value iterIter(VM& vm, CallArgs& a) { iterSelf(vm, a, "__iter__"); return a.thisValue; }
Value iterNext(VM& vm, CallArgs& a) {
  NativeState* it = iterSelf(vm, a, "__next__");
  if (it->n[1] || size_t(it->n[0]) >= it->items.size()) { it->n[1] = 1; stopIteration(L); }
  return it->items[size_t(it->n[0]++)];
}
Value iterClose(VM& vm, CallArgs& a) { iterSelf(vm, a, "close")->n[1] = 1; return Value::null(); }
Value iterExit(VM& vm, CallArgs& a) { iterSelf(vm, a, "__exit__")->n[1] = 1; return Value::boolean(false); }

// scandir(path='.'): str/PathLike paths give str names, bytes paths bytes names.
Value scandirFn(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  RootedKwargs kw(P, "scandir", {"path"});
  Value pv = a.argc ? a[0] : kw.get("path");
  if (pv.isMagic(Magic::Empty)) pv = Value::null();
  Rooted rpv(vm, pv);
  Rooted fspath(vm, Value::null());
  std::string dir = ".";
  bool bytesOut = false;
  if (!pv.isNull()) {
    Value modv = P.dictGet(asDict(P.sysModules), P.newStr("posix"));
    Rooted fn(vm, P.getAttr(modv, P.s("fspath")));
    fspath = P.call(fn, rpv.address(), 1);
    bytesOut = isBytesLike(fspath);
    dir = bytesOut ? asBytes(fspath)->data : asString(fspath)->toUtf8();
  }
  DIR* d = opendir(dir.c_str());
  if (!d) {
    int err = errno;
    Rooted msg(vm, P.newStr(strerror(err)));
    Value args[3] = {Value::integer(err), msg, pv.isNull() ? P.newStr(".") : Value(rpv)};
    Rooted exc(vm, P.call(Value::cell(P.t.OSError), args, 3));
    vm.throwValue(exc);
  }
  Types& ty = types[&P];
  NativeState* it = newState(P, ty.iterator, kScandirIterator, 0, 2);
  Rooted rit(vm, Value::cell(it));
  // the entry's path joins the argument as given (CPython: os.path.join(scandir_path, name))
  std::string prefix = pv.isNull() ? "./" : (dir.empty() || dir.back() == '/' ? dir : dir + "/");
  while (struct dirent* de = readdir(d)) {
    std::string n = de->d_name;
    if (n == "." || n == "..") continue;
    NativeState* e = newState(P, ty.entry, kDirEntry, 2, 2);
    Rooted re(vm, Value::cell(e));
    Value name = bytesOut ? newBytes(P, n) : P.newStr(n);
    asState(re)->set(kName, name);
    Value path = bytesOut ? newBytes(P, prefix + n) : P.newStr(prefix + n);
    asState(re)->set(kPath, path);
    asState(re)->n[0] = de->d_type;
    asState(re)->n[1] = int64_t(de->d_ino);
    asState(rit)->items.push_back(re);
    writeBarrier(asState(rit), re);
  }
  closedir(d);
  return rit;
}
}  // namespace

void installScandir(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  PyType* it = newNativeType(P, "ScandirIterator", "posix");
  Rooted rit(vm, Value::cell(it));
  P.defNative(it, "__iter__", iterIter);
  P.defNative(it, "__next__", iterNext);
  P.defNative(it, "close", iterClose);
  P.defNative(it, "__enter__", iterIter);
  P.defNative(it, "__exit__", iterExit);
  PyType* de = newNativeType(P, "DirEntry", "posix");
  Rooted rde(vm, Value::cell(de));
  P.defNative(de, "is_dir", entryIs, 0);
  P.defNative(de, "is_file", entryIs, 1);
  P.defNative(de, "is_symlink", entryIsSymlink);
  P.defNative(de, "stat", entryStat);
  P.defNative(de, "inode", entryInode);
  P.defNative(de, "__fspath__", entryPath);
  P.defNative(de, "__repr__", entryRepr);
  defGetter(P, de, "name", entryName);
  defGetter(P, de, "path", entryPath);
  types[&P] = {it, de};
  vm.addPermanentRoot(rit);
  vm.addPermanentRoot(rde);
  m->putDirect(vm, P.s("DirEntry"), rde);
  P.defNative(m, "scandir", scandirFn);
}

}  // namespace dualvm::py
