// runtime/python/modules/io_generic.cpp — (pysocket) _io for I/O classes written in Python:
// (1) the methods of _io._IOBase/_RawIOBase as CPython's iobase.c runs them on an instance that is
// not one of _io.cpp's native file objects (a Python subclass of io.RawIOBase such as socket.py's
// SocketIO): `closed` is the __IOBase_closed flag, close() flushes then sets it, read(n) goes
// through readinto(), readall/readline/readlines/iteration/with/_checkClosed/_checkReadable...;
// native objects keep _io.cpp's methods (each generic method forwards to the original for them).
// (2) BufferedReader/BufferedWriter/BufferedRandom/BufferedRWPair built over such a raw object, and
// TextIOWrapper over what they return, are CPython's pure-Python _pyio classes (the native
// buffered classes only serve open()), so socket.makefile() works.
#include <unordered_map>
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum Op {
  kClosed, kClose, kFlush, kReadable, kWritable, kSeekable, kIsatty, kFileno, kSeek, kTell, kTruncate,
  kEnter, kExit, kIter, kNext, kReadline, kReadlines, kWritelines, kRead, kReadall, kReadinto, kWrite,
  kCheckClosed, kCheckReadable, kCheckWritable, kCheckSeekable
};

struct State { uint16_t tag = 0; PyType* unsupported = nullptr; };
std::unordered_map<PyLanguage*, State> states;

Value selfOf(CallArgs& a) { return a.thisValue.isUndefined() && a.argc ? a.argv[0] : a.thisValue; }

bool isClosed(PyLanguage& P, Value self) {
  Value v = P.getAttr(self, P.s("__IOBase_closed"), false);
  return !v.isMagic(Magic::Empty) && P.truthy(P.vm, v);
}

// self.closed through the attribute (a subclass may override it), as iobase_check_closed
void checkClosed(PyLanguage& P, Value self) {
  VM& vm = P.vm;
  Rooted c(vm, P.getAttr(self, P.s("closed")));
  if (P.truthy(vm, c)) P.raise(P.t.ValueError, "I/O operation on closed file.");
}

[[noreturn]] void unsupported(PyLanguage& P, const std::string& what) { P.raise(states[&P].unsupported, what); }

Value generic(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  NativeFunction* self_fn = asNativeFunction(Value::cell(a.callee));
  Value selfv = selfOf(a);
  if (isObject(selfv) && asObject(selfv)->classTag() == states[&P].tag && !self_fn->data2.isNull()) {
    a.callee = asObject(self_fn->data2);  // a native file object: _io.cpp's own method
    return asNativeFunction(self_fn->data2)->fn(vm, a);
  }
  int op = self_fn->magic;
  std::vector<String*> kwn;
  std::vector<Value> kwv;
  if (op != kExit && op != kRead && op != kReadline && op != kReadlines) { kwn.swap(P.kwNames); kwv.swap(P.kwValues); }
  else { P.kwNames.clear(); P.kwValues.clear(); }
  takeSelf(a);
  Rooted self(vm, a.thisValue);
  switch (op) {
    case kClosed: return Value::boolean(isClosed(P, self));
    case kClose: {
      if (isClosed(P, self)) return Value::null();
      struct SetClosed {  // the flag is set even when flush() raises, as CPython
        PyLanguage& P; Value s;
        ~SetClosed() { P.setAttr(s, P.s("__IOBase_closed"), Value::boolean(true)); }
      } sc{P, self};
      P.callMethod(self, "flush", nullptr, 0);
      return Value::null();
    }
    case kFlush:
      if (isClosed(P, self)) P.raise(P.t.ValueError, "I/O operation on closed file.");
      return Value::null();
    case kReadable: case kWritable: case kSeekable: return Value::boolean(false);
    case kIsatty: checkClosed(P, self); return Value::boolean(false);
    case kFileno: unsupported(P, "fileno");
    case kSeek: unsupported(P, "seek");
    case kTruncate: unsupported(P, "truncate");
    case kTell: {
      Value args[2] = {Value::integer(0), Value::integer(1)};
      return P.callMethod(self, "seek", args, 2);
    }
    case kEnter: checkClosed(P, self); return self;
    case kExit: return P.callMethod(self, "close", nullptr, 0);
    case kIter: checkClosed(P, self); return self;
    case kNext: {
      Rooted line(vm, P.callMethod(self, "readline", nullptr, 0));
      bool empty = (isBytesLike(line) && asBytes(line)->data.empty()) || (isString(line) && asString(line)->length() == 0);
      if (empty) stopIteration(P);
      return line;
    }
    case kReadline: {  // byte at a time (iobase_readline without peek)
      int64_t limit = a.argc && !a[0].isNull() ? P.toIndex(a[0]) : -1;
      std::string out;
      while (limit < 0 || int64_t(out.size()) < limit) {
        Value one = Value::integer(1);
        Value b = P.callMethod(self, "read", &one, 1);
        if (b.isNull()) break;
        std::string d = isBytesLike(b) ? asBytes(b)->data : isMemoryView(b) ? memoryviewData(P, b) : std::string();
        if (d.empty()) break;
        out += d;
        if (out.back() == '\n') break;
      }
      return newBytes(P, out);
    }
    case kReadlines: {
      int64_t hint = a.argc && !a[0].isNull() ? P.toIndex(a[0]) : -1;
      RootedVector lines(vm);
      int64_t total = 0;
      for (;;) {
        Value line = P.callMethod(self, "readline", nullptr, 0);
        if (!P.truthy(vm, line)) break;
        lines.push(line);
        total += isBytesLike(line) ? int64_t(asBytes(line)->data.size()) : isString(line) ? int64_t(asString(line)->length()) : 1;
        if (hint > 0 && total >= hint) break;
      }
      return P.newList(lines.data(), lines.size());
    }
    case kWritelines: {
      checkClosed(P, self);
      RootedVector items(vm);
      if (a.argc != 1) P.raise(P.t.TypeError, "writelines() takes exactly one argument (" + std::to_string(a.argc) + " given)");
      P.collect(a[0], items);
      for (size_t i = 0; i < items.size(); i++) { Value x = items[i]; P.callMethod(self, "write", &x, 1); }
      return Value::null();
    }
    case kRead: {  // _RawIOBase.read: readall(), or readinto() of a fresh bytearray
      int64_t n = a.argc && !a[0].isNull() ? P.toIndex(a[0]) : -1;
      if (n < 0) return P.callMethod(self, "readall", nullptr, 0);
      Rooted buf(vm, newBytes(P, std::string(size_t(n), '\0'), true));
      Value bv = buf;
      Value r = P.callMethod(self, "readinto", &bv, 1);
      if (r.isNull()) return r;
      int64_t got = P.toIndex(r);
      if (got < 0 || got > n) P.raise(P.t.ValueError, "readinto returned " + std::to_string(got) + " outside buffer size " + std::to_string(n));
      return newBytes(P, asBytes(buf)->data.substr(0, size_t(got)));
    }
    case kReadall: {
      std::string out;
      for (;;) {
        Value sz = Value::integer(8192);
        Value d = P.callMethod(self, "read", &sz, 1);
        if (d.isNull()) {
          if (out.empty()) return d;
          break;
        }
        if (!isBytesLike(d)) P.raise(P.t.TypeError, "read() should return bytes");
        if (asBytes(d)->data.empty()) break;
        out += asBytes(d)->data;
      }
      return newBytes(P, out);
    }
    case kReadinto: case kWrite: P.raise(P.t.NotImplementedError, "");
    case kCheckClosed: checkClosed(P, self); return Value::null();
    case kCheckReadable: case kCheckWritable: case kCheckSeekable: {
      static const char* meth[] = {"readable", "writable", "seekable"};
      static const char* msg[] = {"File or stream is not readable.", "File or stream is not writable.", "File or stream is not seekable."};
      int k = op - kCheckReadable;
      Value r = P.callMethod(self, meth[k], nullptr, 0);
      if (!P.truthy(vm, r)) unsupported(P, msg[k]);
      return Value::null();
    }
  }
  return Value::null();
}

// Replaces ty.name by the generic method `op`, keeping the original (if any) for native objects.
void wrap(PyLanguage& P, PyType* ty, const char* name, int op) {
  uint32_t i = ty->findOwn(P.s(name));
  Value o = i == Shape::kNotFound ? Value::null() : ty->slot(i);
  bool prop = isBox(o, kTagProperty);
  // rooted: once replaced below, only this local refers to the original
  Rooted orig(P.vm, prop ? asBox(o)->a : o);
  if (prop) defGetter(P, ty, name, generic, op);
  else P.defNative(ty, name, generic, op);
  Value fn = ty->slot(ty->findOwn(P.s(name)));
  if (isBox(fn, kTagProperty)) fn = asBox(fn)->a;
  asNativeFunction(fn)->data2 = orig;
  writeBarrier(asObject(fn), orig);
}

// _io.BufferedX(...) / TextIOWrapper over a _pyio buffer: the _pyio class of the same name.
Value pyioClass(PyLanguage& P, const char* name) {
  VM& vm = P.vm;
  Rooted n(vm, P.newStr("_pyio"));
  Rooted m(vm, P.importName(n, Value::null(), Value::integer(0)));
  return P.getAttr(m, P.s(name));
}

Value bufferedNew(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  static const char* names[] = {"BufferedReader", "BufferedWriter", "BufferedRandom", "BufferedRWPair"};
  int k = nativeMagic(a);
  // BufferedRWPair is the same native type: two raw objects tell it apart
  if (k == 2 && a.argc >= 3 && isObject(a[2]) && !isInteger(a[2])) k = 3;
  if (a.argc < 2 && P.kwNames.empty()) P.raise(P.t.TypeError, std::string(names[k]) + "() missing required argument 'raw' (pos 1)");
  RootedVector args(vm);
  for (uint32_t i = 1; i < a.argc; i++) args.push(a[i]);
  std::vector<String*> kn;
  kn.swap(P.kwNames);
  RootedVector kv(vm);
  for (Value v : P.kwValues) kv.push(v);
  P.kwValues.clear();
  Rooted cls(vm, pyioClass(P, names[k]));
  return P.callKw(cls, args.data(), uint32_t(args.size()), kn, kv.data());
}

// TextIOWrapper(buffer, ...) over a _pyio buffer (what bufferedNew made): _pyio.TextIOWrapper;
// otherwise _io.cpp's own __new__.
Value textNew(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value buffer = a.argc > 1 ? a[1] : kwArg(P, "buffer");
  NativeFunction* self_fn = asNativeFunction(Value::cell(a.callee));
  Value pyio = P.dictGet(asDict(P.sysModules), Value::cell(P.s("_pyio")));
  bool delegate = false;
  if (!pyio.isMagic(Magic::Empty) && isObject(buffer) && asObject(buffer)->classTag() != states[&P].tag) {
    Value base = P.getAttr(pyio, P.s("IOBase"), false);
    delegate = isType(base) && P.isInstance(buffer, asType(base));
  }
  if (!delegate) {
    a.callee = asObject(self_fn->data2);
    return asNativeFunction(self_fn->data2)->fn(vm, a);
  }
  RootedVector args(vm);
  for (uint32_t i = 1; i < a.argc; i++) args.push(a[i]);
  std::vector<String*> kn;
  kn.swap(P.kwNames);
  RootedVector kv(vm);
  for (Value v : P.kwValues) kv.push(v);
  P.kwValues.clear();
  Rooted cls(vm, pyioClass(P, "TextIOWrapper"));
  return P.callKw(cls, args.data(), uint32_t(args.size()), kn, kv.data());
}

}  // namespace

void installIoGeneric(PyLanguage& P, PyType* iobase, PyType* rawbase, uint16_t ioTag, PyType* unsupportedType) {
  State& s = states[&P];
  s.tag = ioTag;
  s.unsupported = unsupportedType;
  struct { const char* n; int op; } base[] = {
      {"closed", kClosed}, {"close", kClose}, {"flush", kFlush}, {"readable", kReadable},
      {"writable", kWritable}, {"seekable", kSeekable}, {"isatty", kIsatty}, {"fileno", kFileno},
      {"seek", kSeek}, {"tell", kTell}, {"truncate", kTruncate}, {"__enter__", kEnter},
      {"__exit__", kExit}, {"__iter__", kIter}, {"__next__", kNext}, {"readline", kReadline},
      {"readlines", kReadlines}, {"writelines", kWritelines}, {"_checkClosed", kCheckClosed},
      {"_checkReadable", kCheckReadable}, {"_checkWritable", kCheckWritable}, {"_checkSeekable", kCheckSeekable}};
  for (auto& m : base) wrap(P, iobase, m.n, m.op);
  // _RawIOBase: read via readinto; the native classes under it (FileIO) keep their own through
  // the forwarding of the inherited original
  struct { const char* n; int op; } raw[] = {{"read", kRead}, {"readall", kReadall}, {"readinto", kReadinto}, {"write", kWrite}};
  for (auto& m : raw) {
    uint32_t i = iobase->findOwn(P.s(m.n));
    Rooted orig(P.vm, i == Shape::kNotFound ? Value::null() : iobase->slot(i));
    P.defNative(rawbase, m.n, generic, m.op);
    Object* fn = asObject(rawbase->slot(rawbase->findOwn(P.s(m.n))));
    static_cast<NativeFunction*>(fn)->data2 = orig;
    writeBarrier(fn, orig);
  }
}

void installBufferedOverRaw(PyLanguage& P, PyType* reader, PyType* writer, PyType* random, PyType* text) {
  P.defNative(reader, "__new__", bufferedNew, 0);
  P.defNative(writer, "__new__", bufferedNew, 1);
  P.defNative(random, "__new__", bufferedNew, 2);
  Rooted orig(P.vm, text->slot(text->findOwn(P.s("__new__"))));
  P.defNative(text, "__new__", textNew);
  Object* fn = asObject(text->slot(text->findOwn(P.s("__new__"))));
  static_cast<NativeFunction*>(fn)->data2 = orig;
  writeBarrier(fn, orig);
}

}  // namespace dualvm::py
