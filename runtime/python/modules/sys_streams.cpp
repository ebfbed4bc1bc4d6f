// runtime/python/modules/sys_streams.cpp — sys.stdin, sys.stdout, sys.stderr: text streams over
// file descriptors 0-2 with _io.TextIOWrapper's interface (write, read, readline, iteration,
// with-blocks, close, reconfigure, name/mode/encoding) and a binary `buffer` under each
// (sys.stdout.buffer.write(b), sys.stdin.buffer.read()).
//
// They read and write through C stdio's stdin/stdout/stderr, which print() (its fast path writes
// directly when the file has __dualvm_fd__) and input() use too, so output from every path stays
// in order and a line read by one is not seen by the other.
#include <unistd.h>
#include <cstdio>
#include <string>
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

static int fdOf(PyLanguage& P, Value self) {
  Value fd = P.getAttr(self, P.s("__dualvm_fd__"), false);
  if (!fd.isInt()) P.raise(P.t.TypeError, "descriptor requires a standard stream, not '" + P.typeName(self) + "'");
  return fd.asInt();
}
static FILE* fileOf(int fd) { return fd == 0 ? stdin : fd == 2 ? stderr : stdout; }

static bool closed(PyLanguage& P, Value self) {
  Value c = P.getAttr(self, P.s("__dualvm_closed__"), false);
  return c.isBool() && c.asBool();
}
static int openFd(PyLanguage& P, CallArgs& a) {
  takeSelf(a);
  int fd = fdOf(P, a.thisValue);
  if (closed(P, a.thisValue)) P.raise(P.t.ValueError, "I/O operation on closed file.");
  return fd;
}
[[noreturn]] static void unsupported(PyLanguage& P, const char* what) {
  Value io = P.importName(P.newStr("io"), Value::null(), Value::integer(0));
  Rooted rio(P.vm, io);
  Value cls = P.getAttr(io, P.s("UnsupportedOperation"), true);
  P.vm.throwValue(P.makeException(asType(cls), what));
}

static void writeOut(int fd, const std::string& s) {
  if (fd == 2) fflush(stdout);  // stderr after what stdout has so far, as a terminal shows them
  fwrite(s.data(), 1, s.size(), fileOf(fd));
}

// Reads one line (through '\n') or, with limit >= 0, at most `limit` units: code points for text
// (UTF-8 continuation bytes do not count), bytes for binary.
static std::string readLine(int64_t limit, bool text) {
  std::string line;
  int64_t units = 0;
  int c;
  while ((limit < 0 || units < limit) && (c = fgetc(stdin)) != EOF) {
    line += char(c);
    if (!text || (c & 0xC0) != 0x80) units++;
    if (c == '\n') break;
  }
  // a text read must not stop inside a character: take its continuation bytes too
  while (text && limit >= 0 && (c = fgetc(stdin)) != EOF) {
    if ((c & 0xC0) != 0x80) { ungetc(c, stdin); break; }
    line += char(c);
  }
  return line;
}
static std::string readAll(int64_t limit, bool text) {
  std::string s;
  int64_t units = 0;
  int c;
  while ((limit < 0 || units < limit) && (c = fgetc(stdin)) != EOF) {
    s += char(c);
    if (!text || (c & 0xC0) != 0x80) units++;
  }
  while (text && limit >= 0 && (c = fgetc(stdin)) != EOF) {
    if ((c & 0xC0) != 0x80) { ungetc(c, stdin); break; }
    s += char(c);
  }
  return s;
}
static int64_t sizeArg(PyLanguage& P, CallArgs& a, const char* fn) {
  if (a.argc == 0 || a[0].isNull()) return -1;
  if (!isInteger(a[0])) P.raise(P.t.TypeError, std::string("argument should be integer or None, not '") + P.typeName(a[0]) + "'");
  (void)fn;
  return P.toIndex(a[0]);
}
static Value newText(PyLanguage& P, const std::string& s) { return P.newStr(s); }

// ---- the text streams ----

static Value t_write(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int fd = openFd(P, a);
  if (fd == 0) unsupported(P, "not writable");
  if (a.argc < 1 || !isString(builtinValue(a[0])))
    P.raise(P.t.TypeError, "write() argument must be str, not " + P.typeName(a.argc ? a[0] : Value::null()));
  String* s = asString(builtinValue(a[0]));
  writeOut(fd, s->toUtf8());
  return Value::fromInt64(int64_t(s->length()));
}
static Value t_writelines(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int fd = openFd(P, a);
  if (fd == 0) unsupported(P, "not writable");
  RootedVector items(vm);
  P.collect(a[0], items);
  for (size_t i = 0; i < items.size(); i++) {
    if (!isString(builtinValue(items[i]))) P.raise(P.t.TypeError, "write() argument must be str, not " + P.typeName(items[i]));
    writeOut(fd, asString(builtinValue(items[i]))->toUtf8());
  }
  return Value::null();
}
static Value t_flush(VM& vm, CallArgs& a) {
  int fd = openFd(L, a);
  if (fd != 0) fflush(fileOf(fd));
  return Value::null();
}
static Value t_read(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int fd = openFd(P, a);
  if (fd != 0) unsupported(P, "not readable");
  return newText(P, readAll(sizeArg(P, a, "read"), true));
}
static Value t_readline(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int fd = openFd(P, a);
  if (fd != 0) unsupported(P, "not readable");
  return newText(P, readLine(sizeArg(P, a, "readline"), true));
}
static Value t_readlines(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int fd = openFd(P, a);
  if (fd != 0) unsupported(P, "not readable");
  int64_t hint = sizeArg(P, a, "readlines");
  RootedVector lines(vm);
  int64_t total = 0;
  for (;;) {
    std::string s = readLine(-1, true);
    if (s.empty()) break;
    total += int64_t(s.size());
    lines.push(P.newStr(s));
    if (hint > 0 && total >= hint) break;
  }
  return P.newList(lines.data(), lines.size());
}
static Value t_iter(VM& vm, CallArgs& a) { openFd(L, a); return a.thisValue; }
static Value t_next(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int fd = openFd(P, a);
  if (fd != 0) unsupported(P, "not readable");
  std::string s = readLine(-1, true);
  if (s.empty()) stopIteration(P);
  return P.newStr(s);
}
static Value t_fileno(VM& vm, CallArgs& a) { return Value::integer(openFd(L, a)); }
static Value t_isatty(VM& vm, CallArgs& a) { return Value::boolean(isatty(openFd(L, a))); }
static Value t_readable(VM& vm, CallArgs& a) { return Value::boolean(openFd(L, a) == 0); }
static Value t_writable(VM& vm, CallArgs& a) { return Value::boolean(openFd(L, a) != 0); }
static Value t_seekable(VM& vm, CallArgs& a) {
  int fd = openFd(L, a);
  return Value::boolean(lseek(fd, 0, SEEK_CUR) != -1);
}
// The descriptor stays open (CPython's sys streams are closefd=False); only the stream closes.
static void closeStream(PyLanguage& P, Value self) {
  int fd = fdOf(P, self);
  if (fd != 0) fflush(fileOf(fd));
  asObject(self)->putDirect(P.vm, P.s("__dualvm_closed__"), Value::boolean(true));
}
static Value t_close(VM& vm, CallArgs& a) { takeSelf(a); closeStream(L, a.thisValue); return Value::null(); }
static Value t_closed(VM& vm, CallArgs& a) { takeSelf(a); return Value::boolean(closed(L, a.thisValue)); }
static Value t_enter(VM& vm, CallArgs& a) { openFd(L, a); return a.thisValue; }
static Value t_exit(VM& vm, CallArgs& a) { takeSelf(a); closeStream(L, a.thisValue); return Value::null(); }
// reconfigure(*, encoding, errors, newline, line_buffering, write_through): the attributes
// change; the stream stays UTF-8 underneath (what CPython's is on this platform).
static Value t_reconfigure(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  takeSelf(a);
  Rooted self(vm, a.thisValue);
  RootedKwargs kw(P, "reconfigure", {"encoding", "errors", "newline", "line_buffering", "write_through"});
  if (a.argc) P.raise(P.t.TypeError, "reconfigure() takes no positional arguments");
  for (const char* k : {"encoding", "errors", "line_buffering", "write_through"}) {
    Value v = kw.get(k);
    if (!v.isMagic(Magic::Empty) && !v.isNull()) asObject(self)->putDirect(vm, P.s(k), v);
  }
  return Value::null();
}
static Value t_detach(VM& vm, CallArgs& a) {
  takeSelf(a);
  Rooted self(vm, a.thisValue);
  Value b = L.getAttr(self, L.s("buffer"), true);
  asObject(self)->putDirect(vm, L.s("__dualvm_closed__"), Value::boolean(true));
  return b;
}
static Value t_repr(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  takeSelf(a);
  Value self = a.thisValue;
  std::string name = P.repr(P.getAttr(self, P.s("name"), true));
  std::string mode = P.repr(P.getAttr(self, P.s("mode"), true));
  std::string enc = P.repr(P.getAttr(self, P.s("encoding"), true));
  return P.newStr("<_io.TextIOWrapper name=" + name + " mode=" + mode + " encoding=" + enc + ">");
}

// ---- the binary buffers ----

static Value b_write(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int fd = openFd(P, a);
  if (fd == 0) unsupported(P, "write");
  std::string data;
  if (a.argc && isBytesLike(a[0])) data = asBytes(a[0])->data;
  else if (!(a.argc && memoryviewBytes(a[0], data)))
    P.raise(P.t.TypeError, "a bytes-like object is required, not '" + P.typeName(a.argc ? a[0] : Value::null()) + "'");
  writeOut(fd, data);
  return Value::fromInt64(int64_t(data.size()));
}
static Value b_read(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int fd = openFd(P, a);
  if (fd != 0) unsupported(P, "read");
  return newBytes(P, readAll(sizeArg(P, a, "read"), false));
}
static Value b_readline(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int fd = openFd(P, a);
  if (fd != 0) unsupported(P, "readline");
  return newBytes(P, readLine(sizeArg(P, a, "readline"), false));
}
static Value b_next(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int fd = openFd(P, a);
  if (fd != 0) unsupported(P, "readline");
  std::string s = readLine(-1, false);
  if (s.empty()) stopIteration(P);
  return newBytes(P, s);
}
static Value b_repr(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  takeSelf(a);
  std::string name = P.repr(P.getAttr(a.thisValue, P.s("name"), true));
  std::string cls = fdOf(P, a.thisValue) == 0 ? "BufferedReader" : "BufferedWriter";
  return P.newStr("<_io." + cls + " name=" + name + ">");
}

static Object* newStream(PyLanguage& P, PyType* type, int fd, const char* name, const char* mode) {
  VM& vm = P.vm;
  Object* f = vm.heap.make<Object>(vm.emptyShape(), type);
  Rooted rf(vm, Value::cell(f));
  f->putDirect(vm, P.s("__dualvm_fd__"), Value::integer(fd));
  f->putDirect(vm, P.s("name"), P.newStr(name));
  f->putDirect(vm, P.s("mode"), P.newStr(mode));
  return f;
}

void initSysStreams(PyLanguage& P, Object* sys) {
  VM& vm = P.vm;
  Rooted rsys(vm, Value::cell(sys));
  PyType* text = newNativeType(P, "TextIOWrapper", "_io");
  Rooted rt(vm, Value::cell(text));
  for (auto [n, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"write", t_write}, {"writelines", t_writelines}, {"flush", t_flush}, {"read", t_read},
           {"readline", t_readline}, {"readlines", t_readlines}, {"__iter__", t_iter}, {"__next__", t_next},
           {"fileno", t_fileno}, {"isatty", t_isatty}, {"readable", t_readable}, {"writable", t_writable},
           {"seekable", t_seekable}, {"close", t_close}, {"__enter__", t_enter}, {"__exit__", t_exit},
           {"reconfigure", t_reconfigure}, {"detach", t_detach}, {"__repr__", t_repr}})
    P.defNative(text, n, fn);
  defGetter(P, text, "closed", t_closed);
  PyType* binary = newNativeType(P, "BufferedStream", "_io");
  Rooted rb(vm, Value::cell(binary));
  for (auto [n, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"write", b_write}, {"read", b_read}, {"read1", b_read}, {"readline", b_readline},
           {"__iter__", t_iter}, {"__next__", b_next}, {"flush", t_flush}, {"fileno", t_fileno},
           {"isatty", t_isatty}, {"readable", t_readable}, {"writable", t_writable}, {"seekable", t_seekable},
           {"close", t_close}, {"__enter__", t_enter}, {"__exit__", t_exit}, {"__repr__", b_repr}})
    P.defNative(binary, n, fn);
  defGetter(P, binary, "closed", t_closed);

  struct Std { int fd; const char* name; const char* mode; const char* attr; const char* dunder; const char* errors; };
  for (const Std& s : {Std{0, "<stdin>", "r", "stdin", "__stdin__", "strict"}, Std{1, "<stdout>", "w", "stdout", "__stdout__", "strict"},
                       Std{2, "<stderr>", "w", "stderr", "__stderr__", "backslashreplace"}}) {
    Rooted f(vm, Value::cell(newStream(P, text, s.fd, s.name, s.mode)));
    Rooted buf(vm, Value::cell(newStream(P, binary, s.fd, s.name, s.fd == 0 ? "rb" : "wb")));
    Object* fo = asObject(f);
    fo->putDirect(vm, P.s("buffer"), buf);
    fo->putDirect(vm, P.s("encoding"), P.newStr("utf-8"));
    fo->putDirect(vm, P.s("errors"), P.newStr(s.errors));
    fo->putDirect(vm, P.s("newlines"), Value::null());
    fo->putDirect(vm, P.s("line_buffering"), Value::boolean(s.fd == 1 && isatty(1)));
    fo->putDirect(vm, P.s("write_through"), Value::boolean(s.fd == 2));
    sys->putDirect(vm, P.s(s.attr), f);
    sys->putDirect(vm, P.s(s.dunder), f);
  }
}

}  // namespace dualvm::py
