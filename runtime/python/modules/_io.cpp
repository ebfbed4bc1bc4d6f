// runtime/python/modules/_io.cpp — the native `_io` module (CPython's Modules/_io/): open()
// (also builtins.open), the file objects it returns — TextIOWrapper for text (UTF-8, universal
// newlines on read), BufferedReader/BufferedWriter/BufferedRandom for binary modes, all over a
// file descriptor with our own buffers — StringIO, BytesIO, the abstract bases (_IOBase,
// _RawIOBase, _BufferedIOBase, _TextIOBase) io.py builds on, UnsupportedOperation and
// DEFAULT_BUFFER_SIZE. Errors are CPython's: OSError subclasses from errno with the file name,
// "I/O operation on closed file.", "not readable", ...
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unordered_map>
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum : uint16_t { kTagIo = 0x5104 };
enum IoKind { kStringIO, kBytesIO, kFile, kWrap };  // kWrap: TextIOWrapper over a Python buffer object

struct Classes {
  PyType *iobase, *rawbase, *bufbase, *textbase, *stringio, *bytesio, *text, *reader, *writer, *random, *fileio, *unsupported;
};
std::unordered_map<PyLanguage*, Classes> classes;

class IoObj final : public Object {
 public:
  IoObj(Shape* s, Object* type) : Object(s, type, CellKind::ObjectOther) { setClassTag(kTagIo); }
  ~IoObj() override { if (kind == kFile && fd >= 0 && closefd && !closed) { flushWrites(); ::close(fd); } }
  IoKind kind = kStringIO;
  bool closed = false;
  // StringIO / BytesIO
  std::u32string text;
  std::string bytes;
  size_t pos = 0;
  // files
  int fd = -1;
  bool readable = false, writable = false, append = false, binary = false, closefd = true, eof = false;
  bool latin1 = false;  // text encoding latin-1 (else UTF-8): chaos's write_ppm opens one
  std::string rbuf;  // bytes read ahead, from rpos
  size_t rpos = 0;
  std::string wbuf;  // bytes written, not yet flushed
  Value name, mode;
  // kWrap: the wrapped binary buffer (None once detached), its text encoding and error handler
  // (str), and the newline argument (None, '', '\n', '\r' or '\r\n').
  Value buffer, encoding, errors, newline;
  // kWrap reading: decoded text not yet returned is text[pos:]; undecoded bytes of an incomplete
  // UTF-8 sequence wait in `bytes`; a final '\r' waits for the next chunk (it may start "\r\n").
  bool wrapEof = false, wrapStarted = false, pendingCR = false;
  bool flushWrites() {
    size_t off = 0;
    while (off < wbuf.size()) {
      ssize_t n = ::write(fd, wbuf.data() + off, wbuf.size() - off);
      if (n < 0) { if (errno == EINTR) continue; return false; }
      off += size_t(n);
    }
    wbuf.clear();
    return true;
  }
  void trace(gc::Tracer& t) override {
    Object::trace(t);
    traceValue(t, name); traceValue(t, mode);
    traceValue(t, buffer); traceValue(t, encoding); traceValue(t, errors); traceValue(t, newline);
  }
  size_t memoryBytes() const override { return sizeof(IoObj) + text.capacity() * 4 + bytes.capacity() + rbuf.capacity() + wbuf.capacity(); }
};

IoObj* asIo(Value v) { return static_cast<IoObj*>(asObject(v)); }

IoObj* ioSelf(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isObject(a.thisValue) || asObject(a.thisValue)->classTag() != kTagIo)
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' requires an _io object but received a '" + L.typeName(a.thisValue) + "'");
  return asIo(a.thisValue);
}
IoObj* openSelf(VM& vm, CallArgs& a, const char* method) {
  IoObj* io = ioSelf(vm, a, method);
  if (io->kind == kWrap && io->buffer.isNull()) L.raise(L.t.ValueError, "underlying buffer has been detached");
  if (io->closed) L.raise(L.t.ValueError, io->kind == kFile ? "I/O operation on closed file." : "I/O operation on closed file");  // CPython: no period for StringIO/BytesIO
  return io;
}

[[noreturn]] void unsupported(VM& vm, const std::string& what) { L.raise(classes[&L].unsupported, what); }

bool isIoCell(Value v) { return isObject(v) && asObject(v)->classTag() == kTagIo; }

[[noreturn]] void raiseErrno(VM& vm, int err, Value filename) {
  Rooted fn(vm, filename);
  Value args[3] = {Value::integer(err), L.newStr(strerror(err)), Value::null()};
  Rooted msg(vm, args[1]);
  args[1] = msg;
  args[2] = fn;
  Value e = L.call(Value::cell(L.t.OSError), args, filename.isUndefined() ? 2 : 3);
  vm.throwValue(e);
}

std::u32string decodeUtf8(VM& vm, const std::string& s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = (unsigned char)s[i];
    char32_t cp;
    size_t n;
    if (c < 0x80) { cp = c; n = 1; }
    else if ((c >> 5) == 6) { cp = c & 0x1f; n = 2; }
    else if ((c >> 4) == 14) { cp = c & 0x0f; n = 3; }
    else if ((c >> 3) == 30) { cp = c & 0x07; n = 4; }
    else { n = 0; cp = 0; }
    bool ok = n > 0 && i + n <= s.size();
    for (size_t k = 1; ok && k < n; k++) {
      if (((unsigned char)s[i + k] >> 6) != 2) ok = false;
      else cp = (cp << 6) | ((unsigned char)s[i + k] & 0x3f);
    }
    if (!ok) {
      char b[8];
      snprintf(b, sizeof b, "0x%02x", c);
      L.raise(L.t.UnicodeError, std::string("'utf-8' codec can't decode byte ") + b + " in position " + std::to_string(i) + ": invalid start byte");
    }
    out += cp;
    i += n;
  }
  return out;
}

// A text file's bytes as code points and back, in its encoding (UTF-8 or latin-1).
std::u32string decodeText(VM& vm, IoObj* io, const std::string& s) {
  if (!io->latin1) return decodeUtf8(vm, s);
  std::u32string out;
  out.reserve(s.size());
  for (unsigned char c : s) out += char32_t(c);
  return out;
}
std::string encodeText(VM& vm, IoObj* io, const std::u32string& s) {
  if (!io->latin1) return cpToUtf8(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); i++) {
    if (s[i] > 0xff) {
      char b[16];
      snprintf(b, sizeof b, s[i] > 0xffff ? "\\U%08x" : "\\u%04x", unsigned(s[i]));
      L.raise(L.t.UnicodeError, std::string("'latin-1' codec can't encode character '") + b + "' in position " +
                                    std::to_string(i) + ": ordinal not in range(256)");
    }
    out += char(s[i]);
  }
  return out;
}

// ---- file descriptor buffers ----

// Reads more bytes into rbuf; false at end of file.
bool fillBuffer(VM& vm, IoObj* f) {
  if (f->eof) return false;
  if (f->rpos > 0 && f->rpos >= f->rbuf.size() / 2) { f->rbuf.erase(0, f->rpos); f->rpos = 0; }
  char chunk[65536];
  for (;;) {
    ssize_t n = ::read(f->fd, chunk, sizeof chunk);
    if (n < 0) { if (errno == EINTR) continue; raiseErrno(vm, errno, Value::undefined()); }
    if (n == 0) { f->eof = true; return false; }
    f->rbuf.append(chunk, size_t(n));
    return true;
  }
}
void beforeRead(VM& vm, IoObj* f) {
  if (!f->readable) unsupported(vm, "not readable");
  if (!f->wbuf.empty() && !f->flushWrites()) raiseErrno(vm, errno, Value::undefined());
}
// All remaining bytes.
std::string readAllBytes(VM& vm, IoObj* f) {
  while (fillBuffer(vm, f)) {}
  std::string out = f->rbuf.substr(f->rpos);
  f->rbuf.clear(); f->rpos = 0;
  return out;
}
// Up to n bytes.
std::string readBytes(VM& vm, IoObj* f, size_t n) {
  while (f->rbuf.size() - f->rpos < n && fillBuffer(vm, f)) {}
  size_t k = std::min(n, f->rbuf.size() - f->rpos);
  std::string out = f->rbuf.substr(f->rpos, k);
  f->rpos += k;
  return out;
}
// One line of bytes including its '\n' (text mode: '\r' and "\r\n" end lines too).
std::string readLineBytes(VM& vm, IoObj* f, int64_t limit, bool universal) {
  for (;;) {
    size_t start = f->rpos;
    size_t end = std::string::npos;
    for (size_t i = start; i < f->rbuf.size(); i++) {
      char c = f->rbuf[i];
      if (c == '\n') { end = i + 1; break; }
      if (universal && c == '\r') {
        if (i + 1 < f->rbuf.size()) { end = f->rbuf[i + 1] == '\n' ? i + 2 : i + 1; break; }
        if (f->eof) { end = i + 1; break; }
        break;  // need the next byte to decide
      }
    }
    bool enough = end != std::string::npos || (limit >= 0 && f->rbuf.size() - start >= size_t(limit) * 4);
    if (!enough && fillBuffer(vm, f)) continue;  // (fillBuffer may move the buffer: rescan)
    start = f->rpos;
    if (end == std::string::npos) end = f->rbuf.size();
    std::string line = f->rbuf.substr(start, end - start);
    f->rpos = end;
    return line;
  }
}
std::u32string translateNewlines(const std::u32string& s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); i++) {
    if (s[i] == '\r') { out += '\n'; if (i + 1 < s.size() && s[i + 1] == '\n') i++; }
    else out += s[i];
  }
  return out;
}
void writeBytes(VM& vm, IoObj* f, const std::string& b) {
  if (!f->writable) unsupported(vm, "not writable");
  if (f->rpos < f->rbuf.size()) {  // drop read-ahead: the file position is where the reader is
    ::lseek(f->fd, -off_t(f->rbuf.size() - f->rpos), SEEK_CUR);
  }
  f->rbuf.clear(); f->rpos = 0; f->eof = false;
  f->wbuf += b;
  if (f->wbuf.size() >= 8192 && !f->flushWrites()) raiseErrno(vm, errno, Value::undefined());
}

// ---- TextIOWrapper over a Python buffer ----

bool utf8Family(const std::string& enc) {
  std::string e;
  for (char c : enc) e += c == '_' ? '-' : char(tolower((unsigned char)c));
  return e == "utf-8" || e == "utf8" || e == "utf-8-sig" || e == "u8" || e == "utf";
}

// Reads one chunk from the wrapped buffer (read1 when it has it), decodes it in the wrapper's
// encoding and errors, and appends it to text (universal newlines translated when newline is
// None). UTF-8 streams carry an incomplete trailing sequence over to the next chunk; other
// encodings read the buffer to its end at once so no character is split. False at end of data.
bool wrapFill(VM& vm, Rooted& self) {
  IoObj* io = asIo(self);
  if (io->wrapEof) return false;
  Rooted buf(vm, io->buffer);
  std::string enc = isString(io->encoding) ? asString(io->encoding)->toUtf8() : "utf-8";
  bool streaming = utf8Family(enc);
  Rooted data(vm, Value::null());
  if (streaming) {
    Value size = Value::integer(8192);
    bool hasRead1 = !L.getAttr(buf, L.s("read1"), false).isMagic(Magic::Empty);
    data = L.callMethod(buf, hasRead1 ? "read1" : "read", &size, 1);
  } else {
    data = L.callMethod(buf, "read", nullptr, 0);
  }
  if (!isBytesLike(data)) L.raise(L.t.TypeError, "underlying " + std::string(streaming ? "read1()" : "read()") + " should have returned a bytes-like object, not '" + L.typeName(data) + "'");
  io = asIo(self);
  std::string bytes = io->bytes + asBytes(data)->data;
  bool eof = asBytes(data)->data.empty() || !streaming;
  size_t cut = bytes.size();
  if (streaming && !eof) {  // hold back an incomplete UTF-8 sequence at the end
    size_t i = bytes.size(), back = 0;
    while (i > 0 && back < 3 && (((unsigned char)bytes[i - 1]) & 0xC0) == 0x80) { i--; back++; }
    if (i > 0) {
      unsigned char lead = (unsigned char)bytes[i - 1];
      size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      if (need > back + 1) cut = i - 1;
    }
  }
  io->bytes = bytes.substr(cut);
  // utf-8-sig drops a BOM only at the very start
  std::string chunkEnc = streaming ? "utf-8" : enc;
  size_t skip = 0;
  std::string lower = enc;
  for (char& c : lower) c = c == '_' ? '-' : char(tolower((unsigned char)c));
  if (!io->wrapStarted && lower == "utf-8-sig" && bytes.compare(0, 3, "\xef\xbb\xbf") == 0) skip = 3;
  io->wrapStarted = true;
  Rooted raw(vm, newBytes(L, bytes.substr(skip, cut - std::min(cut, skip))));
  Rooted encName(vm, L.newStr(chunkEnc));
  Value decArgs[2] = {encName, asIo(self)->errors};
  Rooted text(vm, L.callMethod(raw, "decode", decArgs, 2));
  io = asIo(self);
  if (!isString(text)) L.raise(L.t.TypeError, "decoder should return a string result, not '" + L.typeName(text) + "'");
  std::u32string t = asString(text)->toCodePoints();
  if (io->pendingCR) { t.insert(t.begin(), U'\r'); io->pendingCR = false; }
  if (eof) io->wrapEof = true;
  else if (!t.empty() && t.back() == U'\r') { t.pop_back(); io->pendingCR = true; }
  if (io->newline.isNull()) t = translateNewlines(t);
  io->text += t;
  return !t.empty() || !eof;
}

void wrapCompact(IoObj* io) {
  if (io->pos > 0 && io->pos >= io->text.size() / 2) { io->text.erase(0, io->pos); io->pos = 0; }
}

// One line of the wrapper's text: lines end at '\n' (newline None or '\n'), at '\r', '\n' or
// "\r\n" (newline ''), or at the newline string itself.
Value wrapReadline(VM& vm, Rooted& self, int64_t limit) {
  for (;;) {
    IoObj* io = asIo(self);
    std::u32string nl = io->newline.isNull() ? U"\n" : asString(io->newline)->toCodePoints();
    size_t end = std::u32string::npos;
    if (nl.empty()) {
      size_t i = io->text.find_first_of(U"\r\n", io->pos);
      if (i != std::u32string::npos) {
        if (io->text[i] == U'\n') end = i + 1;
        else if (i + 1 < io->text.size()) end = io->text[i + 1] == U'\n' ? i + 2 : i + 1;
        else if (io->wrapEof) end = i + 1;
      }
    } else {
      size_t i = io->text.find(nl, io->pos);
      if (i != std::u32string::npos) end = i + nl.size();
    }
    size_t avail = io->text.size() - io->pos;
    bool enough = end != std::u32string::npos || (limit >= 0 && avail >= size_t(limit));
    if (!enough && wrapFill(vm, self)) continue;
    io = asIo(self);
    if (end == std::u32string::npos) end = io->text.size();
    if (limit >= 0 && end - io->pos > size_t(limit)) end = io->pos + size_t(limit);
    Value r = L.newStrCp(io->text.substr(io->pos, end - io->pos));
    asIo(self)->pos = end;
    wrapCompact(asIo(self));
    return r;
  }
}

// ---- open ----

Value makeFile(VM& vm, Value file, const std::string& mode, Value encoding, bool closefd) {
  bool r = false, w = false, a = false, x = false, plus = false, b = false, t = false, latin1 = false;
  for (char c : mode) {
    bool* flag = c == 'r' ? &r : c == 'w' ? &w : c == 'a' ? &a : c == 'x' ? &x : c == '+' ? &plus : c == 'b' ? &b : c == 't' ? &t : nullptr;
    if (!flag || *flag) L.raise(L.t.ValueError, "invalid mode: '" + mode + "'");
    *flag = true;
  }
  if (int(r) + int(w) + int(a) + int(x) != 1) L.raise(L.t.ValueError, "must have exactly one of create/read/write/append mode");
  if (b && t) L.raise(L.t.ValueError, "can't have text and binary mode at once");
  if (b && !encoding.isNullish() && !encoding.isMagic(Magic::Empty)) L.raise(L.t.ValueError, "binary mode doesn't take an encoding argument");
  if (!encoding.isNullish() && !encoding.isMagic(Magic::Empty)) {
    std::string enc = L.str(encoding);
    for (char& c : enc) c = char(tolower((unsigned char)c));
    std::replace(enc.begin(), enc.end(), '_', '-');
    latin1 = enc == "latin-1" || enc == "latin1" || enc == "iso-8859-1" || enc == "iso8859-1" || enc == "l1" ||
             enc == "latin" || enc == "cp819" || enc == "8859" || enc == "iso-ir-100";
    if (enc != "utf-8" && enc != "utf8" && enc != "ascii" && enc != "us-ascii" && enc != "locale" && !latin1)
      L.raise(L.t.LookupError, "unknown encoding: " + L.str(encoding));
  }
  Rooted rfile(vm, file);
  int fd;
  if (isInteger(file)) {
    fd = int(L.toIndex(file));
  } else {
    if (isString(builtinValue(file))) file = builtinValue(file);  // a str subclass instance
    if (!isString(file) && !isBytesLike(file)) L.raise(L.t.TypeError, "expected str, bytes or os.PathLike object, not " + L.typeName(file));
    std::string path = isString(file) ? asString(file)->toUtf8() : asBytes(file)->data;
    int flags = O_CLOEXEC;
    if (r) flags |= plus ? O_RDWR : O_RDONLY;
    if (w) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
    if (a) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
    if (x) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
    fd = ::open(path.c_str(), flags, 0666);
    if (fd < 0) raiseErrno(vm, errno, rfile);
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) { ::close(fd); raiseErrno(vm, EISDIR, rfile); }
  }
  Classes& c = classes[&L];
  PyType* ty = !b ? c.text : plus ? c.random : (r ? c.reader : c.writer);
  IoObj* f = vm.heap.make<IoObj>(vm.emptyShape(), ty);
  f->kind = kFile;
  f->fd = fd;
  f->closefd = closefd;
  f->readable = r || plus;
  f->writable = w || a || x || plus;
  f->append = a;
  f->binary = b;
  f->latin1 = latin1;
  f->name = rfile;
  Rooted rf(vm, Value::cell(f));
  std::string shown = mode;  // CPython shows the mode without 't'
  shown.erase(std::remove(shown.begin(), shown.end(), 't'), shown.end());
  if (b) { shown.erase(std::remove(shown.begin(), shown.end(), 'b'), shown.end()); shown += "b"; }
  asIo(rf)->mode = L.newStr(shown);
  return rf;
}

Value ioOpen(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "open", {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"});
  Value file = a.argc > 0 ? a[0] : kw.get("file");
  Value mode = a.argc > 1 ? a[1] : kw.get("mode");
  Value enc = a.argc > 3 ? a[3] : kw.get("encoding");
  Value closefd = a.argc > 6 ? a[6] : kw.get("closefd");
  if (file.isMagic(Magic::Empty)) L.raise(L.t.TypeError, "open() missing required argument 'file' (pos 1)");
  if (!mode.isMagic(Magic::Empty) && !isString(mode)) L.raise(L.t.TypeError, "open() argument 'mode' must be str, not " + L.typeName(mode));
  // os.PathLike: __fspath__
  Rooted rfile(vm, file);
  if (isObject(file) && !L.typeOf(file)->builtin && !isString(file)) {
    bool found = false;
    Value p = L.callDunder(file, "__fspath__", nullptr, 0, &found);
    if (found) rfile = p;
  }
  return makeFile(vm, rfile, mode.isMagic(Magic::Empty) ? "r" : asString(mode)->toUtf8(), enc,
                  closefd.isMagic(Magic::Empty) ? true : L.truthy(vm, closefd));
}

// ---- methods shared by the three kinds ----

int64_t sizeArg(VM& vm, CallArgs& a, uint32_t i) {
  if (a.argc <= i || a[i].isNull()) return -1;
  return L.toIndex(a[i]);
}

Value ioRead(VM& vm, CallArgs& a) {
  IoObj* io = openSelf(vm, a, "read");
  int64_t n = sizeArg(vm, a, 0);
  io = asIo(a.thisValue);
  switch (io->kind) {
    case kWrap: {
      Rooted self(vm, a.thisValue);
      while ((n < 0 || asIo(self)->text.size() - asIo(self)->pos < size_t(n)) && wrapFill(vm, self)) {}
      io = asIo(self);
      size_t avail = io->text.size() - io->pos;
      size_t k = n < 0 ? avail : std::min(avail, size_t(n));
      Value r = L.newStrCp(io->text.substr(io->pos, k));
      asIo(self)->pos += k;
      wrapCompact(asIo(self));
      return r;
    }
    case kStringIO: {
      size_t avail = io->pos < io->text.size() ? io->text.size() - io->pos : 0;
      size_t k = n < 0 ? avail : std::min(avail, size_t(n));
      std::u32string s = io->text.substr(std::min(io->pos, io->text.size()), k);
      io->pos += k;
      return L.newStrCp(s);
    }
    case kBytesIO: {
      size_t avail = io->pos < io->bytes.size() ? io->bytes.size() - io->pos : 0;
      size_t k = n < 0 ? avail : std::min(avail, size_t(n));
      std::string s = io->bytes.substr(std::min(io->pos, io->bytes.size()), k);
      io->pos += k;
      return newBytes(L, s);
    }
    default: {
      beforeRead(vm, io);
      if (io->binary) return newBytes(L, n < 0 ? readAllBytes(vm, io) : readBytes(vm, io, size_t(n)));
      if (n < 0) return L.newStrCp(translateNewlines(decodeText(vm, io, readAllBytes(vm, io))));
      // n characters: read whole lines until enough are decoded, keep the rest buffered
      std::u32string out;
      while (int64_t(out.size()) < n) {
        std::string line = readLineBytes(vm, io, -1, true);
        if (line.empty()) break;
        out += translateNewlines(decodeText(vm, io, line));
      }
      if (int64_t(out.size()) > n) {  // push back the surplus in the file's encoding
        std::string rest = encodeText(vm, io, out.substr(size_t(n)));
        io->rbuf.insert(io->rpos, rest);
        out.resize(size_t(n));
      }
      return L.newStrCp(out);
    }
  }
}

Value ioReadline(VM& vm, CallArgs& a) {
  IoObj* io = openSelf(vm, a, "readline");
  int64_t limit = sizeArg(vm, a, 0);
  io = asIo(a.thisValue);
  switch (io->kind) {
    case kWrap: {
      Rooted self(vm, a.thisValue);
      return wrapReadline(vm, self, limit);
    }
    case kStringIO: {
      size_t start = std::min(io->pos, io->text.size());
      size_t e = io->text.find(U'\n', start);
      size_t end = e == std::u32string::npos ? io->text.size() : e + 1;
      if (limit >= 0 && end - start > size_t(limit)) end = start + size_t(limit);
      io->pos = end;
      return L.newStrCp(io->text.substr(start, end - start));
    }
    case kBytesIO: {
      size_t start = std::min(io->pos, io->bytes.size());
      size_t e = io->bytes.find('\n', start);
      size_t end = e == std::string::npos ? io->bytes.size() : e + 1;
      if (limit >= 0 && end - start > size_t(limit)) end = start + size_t(limit);
      io->pos = end;
      return newBytes(L, io->bytes.substr(start, end - start));
    }
    default: {
      beforeRead(vm, io);
      std::string line = readLineBytes(vm, io, limit, !io->binary);
      if (io->binary) {
        if (limit >= 0 && line.size() > size_t(limit)) { io->rbuf.insert(io->rpos, line.substr(size_t(limit))); line.resize(size_t(limit)); }
        return newBytes(L, line);
      }
      std::u32string s = translateNewlines(decodeText(vm, io, line));
      if (limit >= 0 && s.size() > size_t(limit)) { io->rbuf.insert(io->rpos, encodeText(vm, io, s.substr(size_t(limit)))); s.resize(size_t(limit)); }
      return L.newStrCp(s);
    }
  }
}

bool lineEmpty(Value v) { return isString(v) ? asString(v)->isEmpty() : asBytes(v)->data.empty(); }

Value ioReadlines(VM& vm, CallArgs& a) {
  openSelf(vm, a, "readlines");
  Rooted self(vm, a.thisValue);
  int64_t hint = sizeArg(vm, a, 0);
  RootedVector out(vm);
  int64_t total = 0;
  for (;;) {
    CallArgs c{self, Value::undefined(), nullptr, 0, a.callee};
    Value line = ioReadline(vm, c);
    if (lineEmpty(line)) break;
    out.push(line);
    total += isString(line) ? int64_t(asString(line)->length()) : int64_t(asBytes(line)->data.size());
    if (hint > 0 && total >= hint) break;
  }
  return L.newList(out.data(), out.size());
}

Value ioNext(VM& vm, CallArgs& a) {
  openSelf(vm, a, "__next__");
  Rooted self(vm, a.thisValue);
  CallArgs c{self, Value::undefined(), nullptr, 0, a.callee};
  Value line = ioReadline(vm, c);
  if (lineEmpty(line)) stopIteration(L);
  return line;
}
Value ioIter(VM& vm, CallArgs& a) {
  openSelf(vm, a, "__iter__"); return a.thisValue; }

Value ioWrite(VM& vm, CallArgs& a) {
  IoObj* io = openSelf(vm, a, "write");
  Value v = a[0];
  switch (io->kind) {
    case kStringIO: {
      if (!isString(v)) L.raise(L.t.TypeError, "string argument expected, got '" + L.typeName(v) + "'");
      std::u32string s = asString(v)->toCodePoints();
      if (io->pos > io->text.size()) io->text.resize(io->pos, U'\0');
      io->text.replace(io->pos, std::min(s.size(), io->text.size() - io->pos), s);
      io->pos += s.size();
      return bigint::fromInt64(vm.heap, int64_t(s.size()));
    }
    case kBytesIO: {
      if (!isBytesLike(v) && !isMemoryView(v)) L.raise(L.t.TypeError, "a bytes-like object is required, not '" + L.typeName(v) + "'");
      const std::string s = isMemoryView(v) ? memoryviewData(L, v) : asBytes(v)->data;  // pickle writes getbuffer()'s view
      if (io->pos > io->bytes.size()) io->bytes.resize(io->pos, '\0');
      io->bytes.replace(io->pos, std::min(s.size(), io->bytes.size() - io->pos), s);
      io->pos += s.size();
      return bigint::fromInt64(vm.heap, int64_t(s.size()));
    }
    case kWrap: {
      if (!isString(v)) L.raise(L.t.TypeError, "write() argument must be str, not " + L.typeName(v));
      Rooted self(vm, a.thisValue), text(vm, v);
      int64_t n = int64_t(asString(v)->toCodePoints().size());
      // newline '\r' or '\r\n' translates written '\n'; None writes os.linesep ('\n' here)
      if (isString(io->newline) && asString(io->newline)->toUtf8().rfind("\r", 0) == 0) {
        std::string nl = asString(io->newline)->toUtf8(), out;
        for (char32_t c : asString(v)->toCodePoints()) {
          if (c == U'\n') out += nl; else out += cpToUtf8(std::u32string(1, c));
        }
        text = L.newStr(out);
      }
      Value encArgs[2] = {asIo(self)->encoding, asIo(self)->errors};
      Rooted data(vm, L.callMethod(text, "encode", encArgs, 2));
      Rooted buf(vm, asIo(self)->buffer);
      Value wargs[1] = {data};
      L.callMethod(buf, "write", wargs, 1);
      return bigint::fromInt64(vm.heap, n);
    }
    default: {
      if (io->binary) {
        if (!isBytesLike(v) && !isMemoryView(v)) L.raise(L.t.TypeError, "a bytes-like object is required, not '" + L.typeName(v) + "'");
        std::string s = isMemoryView(v) ? memoryviewData(L, v) : asBytes(v)->data;
        writeBytes(vm, io, s);
        return bigint::fromInt64(vm.heap, int64_t(s.size()));
      }
      if (!isString(v)) L.raise(L.t.TypeError, "write() argument must be str, not " + L.typeName(v));
      writeBytes(vm, io, io->latin1 ? encodeText(vm, io, asString(v)->toCodePoints()) : asString(v)->toUtf8());
      return bigint::fromInt64(vm.heap, int64_t(asString(v)->toCodePoints().size()));
    }
  }
}

Value ioWritelines(VM& vm, CallArgs& a) {
  openSelf(vm, a, "writelines");
  Rooted self(vm, a.thisValue);
  RootedVector lines(vm);
  L.collect(a[0], lines);
  for (size_t i = 0; i < lines.size(); i++) {
    Value arg = lines[i];
    CallArgs c{self, Value::undefined(), &arg, 1, a.callee};
    ioWrite(vm, c);
  }
  return Value::null();
}

Value ioFlush(VM& vm, CallArgs& a) {
  IoObj* io = openSelf(vm, a, "flush");
  if (io->kind == kFile && !io->flushWrites()) raiseErrno(vm, errno, Value::undefined());
  if (io->kind == kWrap) {
    Rooted buf(vm, io->buffer);
    L.callMethod(buf, "flush", nullptr, 0);
  }
  return Value::null();
}

Value ioClose(VM& vm, CallArgs& a) {
  IoObj* io = ioSelf(vm, a, "close");
  if (io->closed) return Value::null();
  if (io->kind == kWrap) {
    if (io->buffer.isNull()) L.raise(L.t.ValueError, "underlying buffer has been detached");
    Rooted buf(vm, io->buffer);
    L.callMethod(buf, "flush", nullptr, 0);
    asIo(a.thisValue)->closed = true;
    L.callMethod(buf, "close", nullptr, 0);
    return Value::null();
  }
  if (io->kind == kFile) {
    bool ok = io->flushWrites();
    int err = errno;
    io->closed = true;
    if (io->closefd && io->fd >= 0) ::close(io->fd);
    if (!ok) raiseErrno(vm, err, Value::undefined());
  } else {
    io->closed = true;
    io->text.clear();
    io->bytes.clear();
  }
  return Value::null();
}

Value ioClosed(VM& vm, CallArgs& a) {
  return Value::boolean(ioSelf(vm, a, "closed")->closed); }
Value ioEnter(VM& vm, CallArgs& a) {
  openSelf(vm, a, "__enter__"); return a.thisValue; }
Value ioExit(VM& vm, CallArgs& a) {
  ioSelf(vm, a, "__exit__");
  CallArgs c{a.thisValue, Value::undefined(), nullptr, 0, a.callee};
  ioClose(vm, c);
  return Value::null();
}

Value ioTell(VM& vm, CallArgs& a) {
  IoObj* io = openSelf(vm, a, "tell");
  if (io->kind != kFile) return bigint::fromInt64(vm.heap, int64_t(io->pos));
  off_t p = ::lseek(io->fd, 0, SEEK_CUR);
  if (p < 0) raiseErrno(vm, errno, Value::undefined());
  return bigint::fromInt64(vm.heap, int64_t(p) - int64_t(io->rbuf.size() - io->rpos) + int64_t(io->wbuf.size()));
}

Value ioSeek(VM& vm, CallArgs& a) {
  IoObj* io = openSelf(vm, a, "seek");
  if (a.argc < 1) L.raise(L.t.TypeError, "seek expected at least 1 argument, got 0");
  int64_t off = L.toIndex(a[0]);
  int whence = a.argc > 1 ? int(L.toIndex(a[1])) : 0;
  io = asIo(a.thisValue);
  if (io->kind != kFile) {
    size_t len = io->kind == kStringIO ? io->text.size() : io->bytes.size();
    if (whence < 0 || whence > 2) L.raise(L.t.ValueError, "invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
    if (io->kind == kStringIO && whence != 0 && off != 0) unsupported(vm, whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
    int64_t base = whence == 0 ? 0 : whence == 1 ? int64_t(io->pos) : int64_t(len);
    int64_t np = base + off;
    if (whence == 0 && off < 0) L.raise(L.t.ValueError, "negative seek value " + std::to_string(off));
    if (np < 0) np = 0;
    io->pos = size_t(np);
    return bigint::fromInt64(vm.heap, np);
  }
  if (!io->flushWrites()) raiseErrno(vm, errno, Value::undefined());
  if (whence == 1) off -= int64_t(io->rbuf.size() - io->rpos);
  io->rbuf.clear(); io->rpos = 0; io->eof = false;
  off_t p = ::lseek(io->fd, off_t(off), whence);
  if (p < 0) raiseErrno(vm, errno, Value::undefined());
  return bigint::fromInt64(vm.heap, int64_t(p));
}

Value ioTruncate(VM& vm, CallArgs& a) {
  IoObj* io = openSelf(vm, a, "truncate");
  if (io->kind != kFile) {
    int64_t size = a.argc > 0 && !a[0].isNull() ? L.toIndex(a[0]) : int64_t(io->pos);
    io = asIo(a.thisValue);
    if (size < 0) L.raise(L.t.ValueError, "Negative size value " + std::to_string(size));
    if (io->kind == kStringIO) { if (size_t(size) < io->text.size()) io->text.resize(size_t(size)); }
    else if (size_t(size) < io->bytes.size()) io->bytes.resize(size_t(size));
    return bigint::fromInt64(vm.heap, size);
  }
  if (!io->writable) unsupported(vm, "File not open for writing");
  if (!io->flushWrites()) raiseErrno(vm, errno, Value::undefined());
  int64_t size = a.argc > 0 && !a[0].isNull() ? L.toIndex(a[0]) : int64_t(::lseek(io->fd, 0, SEEK_CUR)) - int64_t(io->rbuf.size() - io->rpos);
  if (::ftruncate(io->fd, off_t(size)) < 0) raiseErrno(vm, errno, Value::undefined());
  return bigint::fromInt64(vm.heap, size);
}

// BytesIO.getbuffer(): a memoryview of the contents — a snapshot, not a live view (pickle's framer
// writes it out, then seeks and truncates).
Value bytesioGetbuffer(VM& vm, CallArgs& a) {
  IoObj* io = openSelf(vm, a, "getbuffer");
  Rooted b(vm, newBytes(L, io->bytes));
  Rooted mv(vm, L.builtins->slot(L.builtins->findOwn(L.s("memoryview"))));
  Value args[1] = {b};
  return L.call(mv, args, 1);
}

Value ioGetvalue(VM& vm, CallArgs& a) {
  IoObj* io = openSelf(vm, a, "getvalue");
  if (io->kind == kStringIO) return L.newStrCp(io->text);
  if (io->kind == kBytesIO) return newBytes(L, io->bytes);
  unsupported(vm, "getvalue");
}

Value ioCapability(VM& vm, CallArgs& a) {
  IoObj* io = openSelf(vm, a, "readable");
  int m = nativeMagic(a);  // 0 readable, 1 writable, 2 seekable, 3 isatty
  if (io->kind != kFile) return Value::boolean(m != 3);
  if (m == 0) return Value::boolean(io->readable);
  if (m == 1) return Value::boolean(io->writable);
  if (m == 2) return Value::boolean(::lseek(io->fd, 0, SEEK_CUR) >= 0);
  return Value::boolean(isatty(io->fd));
}
Value ioFileno(VM& vm, CallArgs& a) {
  IoObj* io = openSelf(vm, a, "fileno");
  if (io->kind == kWrap) {  // the wrapped buffer's (pysys: selectors register subprocess's text pipes)
    Rooted buf(vm, io->buffer);
    return L.callMethod(buf, "fileno", nullptr, 0);
  }
  if (io->kind != kFile) unsupported(vm, "fileno");
  return Value::integer(io->fd);
}
Value ioAttr(VM& vm, CallArgs& a) {
  takeSelf(a);
  if (!isIoCell(a.thisValue)) return Value::null();  // _TextIOBase's encoding/errors/newlines: None
  IoObj* io = ioSelf(vm, a, "attribute");
  switch (nativeMagic(a)) {
    case 0: return io->kind == kFile ? io->name : Value::null();
    case 1: return io->kind == kFile || !io->mode.isUndefined() ? io->mode : Value::null();
    case 2: return io->kind == kWrap ? io->encoding : io->kind == kBytesIO || io->binary ? Value::null() : L.newStr("UTF-8");
    case 3: return io->kind == kWrap ? io->errors : io->kind == kBytesIO || io->binary ? Value::null() : L.newStr("strict");
    default: return Value::null();  // newlines
  }
}
// mode is writable (CPython's file objects keep it in their __dict__: tokenize.open sets
// text.mode = 'r' on the TextIOWrapper it makes, which linecache -> traceback use)
Value ioSetMode(VM& vm, CallArgs& a) {
  IoObj* io = ioSelf(vm, a, "mode");
  Value v = a.argc > 0 ? a[a.argc - 1] : Value::null();
  writeBarrier(io, v);
  io->mode = v;
  return Value::null();
}
Value ioRepr(VM& vm, CallArgs& a) {
  IoObj* io = ioSelf(vm, a, "__repr__");
  Rooted self(vm, a.thisValue);
  std::string cls = L.typeName(self);
  if (io->kind != kFile) {
    char addr[32];
    snprintf(addr, sizeof addr, "0x%012llx", (unsigned long long)uintptr_t(io));
    return L.newStr("<_io." + cls + " object at " + addr + ">");
  }
  if (io->closed) return L.newStr("<_io." + cls + " [closed]>");
  std::string r = "<_io." + cls + " name=" + L.repr(asIo(self)->name);
  if (!asIo(self)->binary) r += " mode=" + L.repr(asIo(self)->mode) + " encoding='UTF-8'";
  return L.newStr(r + ">");
}

Value memNew(VM& vm, CallArgs& a, IoKind kind) {
  RootedKwargs kw(L, kind == kStringIO ? "StringIO" : "BytesIO", {"initial_value", "newline"});
  Value cls = a[0];
  if (!isType(cls)) L.raise(L.t.TypeError, "__new__(X): X is not a type object");
  Value init = a.argc > 1 ? a[1] : kw.get("initial_value");
  IoObj* io = vm.heap.make<IoObj>(vm.emptyShape(), asType(cls));
  io->kind = kind;
  if (!init.isMagic(Magic::Empty) && !init.isNull()) {
    if (kind == kStringIO) {
      if (!isString(init)) L.raise(L.t.TypeError, "initial_value must be str or None, not " + L.typeName(init));
      io->text = asString(init)->toCodePoints();
    } else {
      if (!isBytesLike(init)) L.raise(L.t.TypeError, "a bytes-like object is required, not '" + L.typeName(init) + "'");
      io->bytes = asBytes(init)->data;
    }
  }
  return Value::cell(io);
}
Value stringioNew(VM& vm, CallArgs& a) { return memNew(vm, a, kStringIO); }
Value bytesioNew(VM& vm, CallArgs& a) { return memNew(vm, a, kBytesIO); }
Value ioInit(VM& vm, CallArgs&) { L.kwNames.clear(); L.kwValues.clear(); return Value::null(); }
Value fileioNew(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "FileIO", {"file", "mode", "closefd", "opener"});
  Value file = a.argc > 1 ? a[1] : kw.get("file");
  Value mode = a.argc > 2 ? a[2] : kw.get("mode");
  std::string m = mode.isMagic(Magic::Empty) ? "r" : L.str(mode);
  if (m.find('b') == std::string::npos) m += "b";
  Rooted f(vm, makeFile(vm, file, m, Value::null(), true));
  asObject(f)->setProto(classes[&L].fileio);
  return f;
}
// TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
// write_through=False) over any binary buffer object: writing encodes and calls buffer.write,
// reading calls buffer.read and decodes (ElementTree.tostring wraps a BytesIO this way).
Value textioNew(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "TextIOWrapper", {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"});
  Rooted cls(vm, a[0]);
  auto arg = [&](uint32_t i, const char* name) { Value v = a.argc > i ? a[i] : kw.get(name); return v.isMagic(Magic::Empty) ? Value::null() : v; };
  Rooted buffer(vm, arg(1, "buffer")), enc(vm, arg(2, "encoding")), errors(vm, arg(3, "errors")), newline(vm, arg(4, "newline"));
  if (a.argc < 2 && kw.get("buffer").isMagic(Magic::Empty))
    L.raise(L.t.TypeError, "TextIOWrapper() missing required argument 'buffer' (pos 1)");
  if (!enc.get().isNull() && !isString(enc)) L.raise(L.t.TypeError, "TextIOWrapper() argument 'encoding' must be str or None, not " + L.typeName(enc));
  if (!errors.get().isNull() && !isString(errors)) L.raise(L.t.TypeError, "TextIOWrapper() argument 'errors' must be str or None, not " + L.typeName(errors));
  if (!newline.get().isNull()) {
    std::string nl = isString(newline) ? asString(newline)->toUtf8() : "?";
    if (!isString(newline)) L.raise(L.t.TypeError, "TextIOWrapper() argument 'newline' must be str or None, not " + L.typeName(newline));
    if (nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n") L.raise(L.t.ValueError, "illegal newline value: " + nl);
  }
  IoObj* io = vm.heap.make<IoObj>(vm.emptyShape(), asType(cls));
  Rooted rio(vm, Value::cell(io));
  io->kind = kWrap;
  io->buffer = buffer;
  io->encoding = enc.get().isNull() ? L.newStr("utf-8") : enc.get();
  asIo(rio)->errors = errors.get().isNull() ? L.newStr("strict") : errors.get();
  asIo(rio)->newline = newline;
  return rio;
}

// detach(): flushes and hands back the buffer; the wrapper is unusable afterwards.
Value textioDetach(VM& vm, CallArgs& a) {
  IoObj* io = ioSelf(vm, a, "detach");
  if (io->kind != kWrap || io->buffer.isNull()) L.raise(L.t.ValueError, "underlying buffer has been detached");
  Rooted self(vm, a.thisValue), buf(vm, io->buffer);
  L.callMethod(buf, "flush", nullptr, 0);
  asIo(self)->buffer = Value::null();
  return buf;
}

Value textioBuffer(VM& vm, CallArgs& a) {
  IoObj* io = ioSelf(vm, a, "buffer");
  return io->kind == kWrap ? io->buffer : Value::null();
}

Value textEncoding(VM& vm, CallArgs& a) { return a.argc && !a[0].isNull() ? a[0] : L.newStr("utf-8"); }

}  // namespace

// io_generic.cpp (pysocket): _IOBase/_RawIOBase methods for I/O classes written in Python, and
// the buffered classes over a Python raw object (_pyio's).
void installIoGeneric(PyLanguage& P, PyType* iobase, PyType* rawbase, uint16_t ioTag, PyType* unsupportedType);
void installBufferedOverRaw(PyLanguage& P, PyType* reader, PyType* writer, PyType* random, PyType* text);

// _IOBase.__del__ (CPython's iobase_finalize): close() unless closed, errors silenced (as CPython
// outside dev mode). Python subclasses are finalized through it (runtime/python/finalizer.cpp);
// native file objects close their descriptor when their cell is freed (~IoObj) instead.
Value iobaseDel(VM& vm, CallArgs& a) {
  takeSelf(a);
  Rooted self(vm, a.thisValue);
  try {
    Value closed = L.getAttr(self, L.s("closed"), false);
    if (closed.isMagic(Magic::Empty) || L.truthy(vm, closed)) return Value::null();
    Rooted close(vm, L.getAttr(self, L.s("close"), true));
    L.call(close, nullptr, 0);
  } catch (ScriptThrow&) {
    vm.exception = Value::undefined();
  }
  return Value::null();
}

// The classes, made once per VM (open() may run before `import io`).
static Classes& ensureClasses(PyLanguage& P) {
  auto it = classes.find(&P);
  if (it != classes.end() && it->second.iobase) return it->second;
  VM& vm = P.vm;
  Classes& c = classes[&P];
  c.iobase = newNativeType(P, "_IOBase", "_io");
  c.rawbase = newNativeType(P, "_RawIOBase", "_io", c.iobase);
  c.bufbase = newNativeType(P, "_BufferedIOBase", "_io", c.iobase);
  c.textbase = newNativeType(P, "_TextIOBase", "_io", c.iobase);
  c.stringio = newNativeType(P, "StringIO", "_io", c.textbase);
  c.bytesio = newNativeType(P, "BytesIO", "_io", c.bufbase);
  c.text = newNativeType(P, "TextIOWrapper", "_io", c.textbase);
  c.reader = newNativeType(P, "BufferedReader", "_io", c.bufbase);
  c.writer = newNativeType(P, "BufferedWriter", "_io", c.bufbase);
  c.random = newNativeType(P, "BufferedRandom", "_io", c.bufbase);
  c.fileio = newNativeType(P, "FileIO", "_io", c.rawbase);
  // UnsupportedOperation(OSError, ValueError)
  c.unsupported = newNativeType(P, "UnsupportedOperation", "io", P.t.OSError);
  c.unsupported->bases.push_back(P.t.ValueError);
  c.unsupported->mro = {c.unsupported, P.t.OSError, P.t.ValueError};
  for (PyType* m : P.t.Exception->mro) c.unsupported->mro.push_back(m);
  PyType* base = c.iobase;
  struct { const char* n; NativeFn f; int magic; } methods[] = {
      {"read", ioRead, 0}, {"readline", ioReadline, 0}, {"readlines", ioReadlines, 0}, {"write", ioWrite, 0},
      {"writelines", ioWritelines, 0}, {"flush", ioFlush, 0}, {"close", ioClose, 0}, {"__enter__", ioEnter, 0},
      {"__exit__", ioExit, 0}, {"__iter__", ioIter, 0}, {"__next__", ioNext, 0}, {"tell", ioTell, 0}, {"seek", ioSeek, 0},
      {"truncate", ioTruncate, 0}, {"readable", ioCapability, 0}, {"writable", ioCapability, 1},
      {"seekable", ioCapability, 2}, {"isatty", ioCapability, 3}, {"fileno", ioFileno, 0}, {"__repr__", ioRepr, 0}};
  for (auto& m : methods) P.defNative(base, m.n, m.f, m.magic);
  P.defNative(base, "__del__", iobaseDel);
  P.defNative(c.stringio, "getvalue", ioGetvalue);
  P.defNative(c.bytesio, "getvalue", ioGetvalue);
  P.defNative(c.bytesio, "getbuffer", bytesioGetbuffer);
  P.defNative(c.stringio, "__new__", stringioNew);
  P.defNative(c.bytesio, "__new__", bytesioNew);
  P.defNative(c.stringio, "__init__", ioInit);
  P.defNative(c.bytesio, "__init__", ioInit);
  P.defNative(c.fileio, "__new__", fileioNew);
  P.defNative(c.text, "__new__", textioNew);
  P.defNative(c.text, "__init__", ioInit);
  P.defNative(c.text, "detach", textioDetach);
  defGetter(P, c.text, "buffer", textioBuffer);
  P.defNative(c.fileio, "__init__", ioInit);
  defGetter(P, base, "closed", ioClosed);
  // name and mode belong to the file classes, encoding/errors/newlines to the text ones (CPython's
  // _IOBase has none of them: a Python subclass such as gzip.GzipFile assigns self.mode)
  const char* attrs[] = {"name", "mode", "encoding", "errors", "newlines"};
  for (int i = 0; i < 5; i++) {
    for (PyType* ty : {c.text, c.reader, c.writer, c.random, c.fileio, c.textbase}) {
      if (i < 2 && ty == c.textbase) continue;
      if (i >= 2 && ty != c.text && ty != c.textbase) continue;
      defGetter(P, ty, attrs[i], ioAttr);
      asNativeFunction(asBox(ty->slot(ty->findOwn(P.s(attrs[i]))))->a)->magic = i;
      if (i != 1) continue;
      NativeFunction* setter = vm.heap.make<NativeFunction>(vm.emptyShape(), P.t.builtinFunction, ioSetMode, &P);
      setter->data = Value::cell(vm.intern("mode"));
      PyBox* prop = asBox(ty->slot(ty->findOwn(P.s("mode"))));
      writeBarrier(prop, Value::cell(setter));
      prop->b = Value::cell(setter);
    }
  }
  installIoGeneric(P, c.iobase, c.rawbase, kTagIo, c.unsupported);
  installBufferedOverRaw(P, c.reader, c.writer, c.random, c.text);
  (void)vm;
  return c;
}

void installOpenBuiltin(PyLanguage& P) {
  ensureClasses(P);
  P.defNative(P.builtins, "open", ioOpen);
}

void initIo(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  Classes& c = ensureClasses(P);
  PyType* exported[] = {c.iobase, c.rawbase, c.bufbase, c.textbase, c.stringio, c.bytesio, c.text, c.reader, c.writer, c.random, c.fileio, c.unsupported};
  for (PyType* t : exported) m->putDirect(vm, t->name, Value::cell(t));
  m->putDirect(vm, P.s("BufferedRWPair"), Value::cell(c.random));
  m->putDirect(vm, P.s("IncrementalNewlineDecoder"), Value::cell(c.textbase));
  P.defNative(m, "open", ioOpen);
  P.defNative(m, "open_code", ioOpen);
  P.defNative(m, "text_encoding", textEncoding);
  m->putDirect(vm, P.s("DEFAULT_BUFFER_SIZE"), Value::integer(8192));
  uint32_t bi = P.builtins->findOwn(P.s("BlockingIOError"));
  m->putDirect(vm, P.s("BlockingIOError"), bi == Shape::kNotFound ? Value::cell(P.t.OSError) : P.builtins->slot(bi));
}

}  // namespace dualvm::py
