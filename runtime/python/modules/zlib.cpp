// runtime/python/modules/zlib.cpp — the native `zlib` module (CPython's Modules/zlibmodule.c;
// owner pycmods) on the zlib library: compress/decompress (level, wbits, bufsize), crc32,
// adler32, compressobj/decompressobj (compress/decompress with max_length, flush, copy,
// unused_data, unconsumed_tail, eof, zdict), the constants, error, ZLIB_VERSION. The loops and
// error messages follow zlibmodule.c, so gzip, zipfile (deflate) and tarfile run unchanged.
#include <zlib.h>
#include "runtime/python/modules/cmods_args.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum : uint16_t { kTagZlib = 0x5133 };
const size_t kDefBufSize = 16384;

struct Module { PyType *error, *compress, *decompress; };
std::unordered_map<PyLanguage*, Module> mods;

// zlib_error: "Error <n> while <what>: <zlib's message>"
[[noreturn]] void zError(VM& vm, const z_stream& zst, int err, const char* what) {
  const char* msg = err == Z_VERSION_ERROR ? "library version mismatch" : zst.msg;
  if (!msg) {
    switch (err) {
      case Z_BUF_ERROR: msg = "incomplete or truncated stream"; break;
      case Z_STREAM_ERROR: msg = "inconsistent stream state"; break;
      case Z_DATA_ERROR: msg = "invalid input data"; break;
      default: break;
    }
  }
  if (!msg) L.raise(mods[&L].error, "Error " + std::to_string(err) + " " + what);
  L.raise(mods[&L].error, "Error " + std::to_string(err) + " " + what + ": " + msg);
}

class ZObj final : public Object {
 public:
  ZObj(Shape* s, Object* type, bool comp) : Object(s, type, CellKind::ObjectOther), isCompress(comp) {
    setClassTag(kTagZlib);
  }
  ~ZObj() override {
    if (inited) { if (isCompress) deflateEnd(&zst); else inflateEnd(&zst); }
  }
  z_stream zst{};
  bool isCompress;
  bool inited = false, eof = false;
  std::string unused, tail, zdict;  // zdict: a copy of the dictionary (none when hasZdict is false)
  bool hasZdict = false;
};

ZObj* zSelf(VM& vm, CallArgs& a, bool comp, const char* m) {
  takeSelf(a);
  if (!isObject(a.thisValue) || asObject(a.thisValue)->classTag() != kTagZlib || static_cast<ZObj*>(asObject(a.thisValue))->isCompress != comp)
    L.raise(L.t.TypeError, std::string("descriptor '") + m + "' for 'zlib." + (comp ? "Compress" : "Decompress") +
                               "' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return static_cast<ZObj*>(asObject(a.thisValue));
}

int intArg(VM& vm, Value v, int dflt) {
  if (!cmodsGiven(v)) return dflt;
  int64_t x = L.toIndex(v);
  if (x > INT32_MAX || x < INT32_MIN) L.raise(L.t.OverflowError, "Python int too large to convert to C int");
  return int(x);
}

void setIn(z_stream& z, const std::string& in, size_t off) {
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data())) + off;
  z.avail_in = uInt(in.size() - off);
}

// deflate `in` with `flush` until the output stops filling; appends to out.
int deflateAll(z_stream& z, const std::string& in, int flush, std::string& out) {
  setIn(z, in, 0);
  int err;
  do {
    size_t old = out.size();
    size_t room = std::max<size_t>(kDefBufSize, old);
    out.resize(old + room);
    z.next_out = reinterpret_cast<Bytef*>(out.data()) + old;
    z.avail_out = uInt(room);
    err = deflate(&z, flush);
    out.resize(old + room - z.avail_out);
    if (err == Z_STREAM_ERROR) return err;
  } while (z.avail_out == 0 || z.avail_in != 0);
  return err;
}

Value zCompress(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "compress", {"level", "wbits"});
  if (a.argc < 1) L.raise(L.t.TypeError, "compress() missing required argument 'data' (pos 1)");
  std::string d = cmodsNeedBuffer(L, a[0]);
  int level = intArg(vm, cmodsArg(a, kw, 1, "level"), Z_DEFAULT_COMPRESSION);
  int wbits = intArg(vm, cmodsArg(a, kw, 2, "wbits"), MAX_WBITS);
  z_stream z{};
  int err = deflateInit2(&z, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
  if (err == Z_MEM_ERROR) L.raise(L.t.MemoryError, "Out of memory while compressing data");
  if (err == Z_STREAM_ERROR) L.raise(mods[&L].error, "Bad compression level");
  if (err != Z_OK) { deflateEnd(&z); zError(vm, z, err, "while compressing data"); }
  std::string out;
  err = deflateAll(z, d, Z_FINISH, out);
  if (err != Z_STREAM_END) { z_stream copy = z; deflateEnd(&z); zError(vm, copy, err, "while compressing data"); }
  deflateEnd(&z);
  return newBytes(L, out);
}

Value zDecompress(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "decompress", {"wbits", "bufsize"});
  if (a.argc < 1) L.raise(L.t.TypeError, "decompress() missing required argument 'data' (pos 1)");
  std::string d = cmodsNeedBuffer(L, a[0]);
  int wbits = intArg(vm, cmodsArg(a, kw, 1, "wbits"), MAX_WBITS);
  Value bs = cmodsArg(a, kw, 2, "bufsize");
  if (cmodsGiven(bs) && L.toIndex(bs) < 0) L.raise(L.t.ValueError, "bufsize must be non-negative");
  z_stream z{};
  setIn(z, d, 0);
  int err = inflateInit2(&z, wbits);
  if (err == Z_MEM_ERROR) L.raise(L.t.MemoryError, "Out of memory while decompressing data");
  if (err != Z_OK) { inflateEnd(&z); zError(vm, z, err, "while preparing to decompress data"); }
  std::string out;
  do {
    size_t old = out.size(), room = std::max<size_t>(kDefBufSize, old);
    out.resize(old + room);
    z.next_out = reinterpret_cast<Bytef*>(out.data()) + old;
    z.avail_out = uInt(room);
    err = inflate(&z, z.avail_in == 0 ? Z_FINISH : Z_NO_FLUSH);
    out.resize(old + room - z.avail_out);
    if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) break;
    if (err == Z_BUF_ERROR && z.avail_out != 0) break;  // no progress possible: input ended
  } while (err != Z_STREAM_END);
  if (err != Z_STREAM_END) {
    std::string msg = z.msg ? z.msg : "";
    z_stream copy{};
    copy.msg = z.msg ? const_cast<char*>(msg.c_str()) : nullptr;
    inflateEnd(&z);
    zError(vm, copy, err, "while decompressing data");
  }
  inflateEnd(&z);
  return newBytes(L, out);
}

Value zChecksum(VM& vm, CallArgs& a) {
  bool adler = nativeMagic(a) == 1;
  const char* fn = adler ? "adler32" : "crc32";
  if (a.argc < 1 || a.argc > 2) L.raise(L.t.TypeError, std::string(fn) + " expected 1 or 2 arguments, got " + std::to_string(a.argc));
  std::string d = cmodsNeedBuffer(L, a[0]);
  uLong v = adler ? 1 : 0;
  if (a.argc > 1) {  // an unsigned int taken modulo 2**32
    Value m = L.intBinary(BinaryOp::BitAnd, L.toInt(a[1]), bigint::fromInt64(vm.heap, 0xffffffffLL));
    v = uLong(L.toIndex(m));
  }
  v = adler ? adler32(v, reinterpret_cast<const Bytef*>(d.data()), uInt(d.size()))
            : ::crc32(v, reinterpret_cast<const Bytef*>(d.data()), uInt(d.size()));
  return cmodsInt(L, int64_t(v & 0xffffffffu));
}

Value compressobj(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "compressobj", {"level", "method", "wbits", "memLevel", "strategy", "zdict"});
  int level = intArg(vm, cmodsArg(a, kw, 0, "level"), Z_DEFAULT_COMPRESSION);
  int method = intArg(vm, cmodsArg(a, kw, 1, "method"), Z_DEFLATED);
  int wbits = intArg(vm, cmodsArg(a, kw, 2, "wbits"), MAX_WBITS);
  int memLevel = intArg(vm, cmodsArg(a, kw, 3, "memLevel"), 8);
  int strategy = intArg(vm, cmodsArg(a, kw, 4, "strategy"), Z_DEFAULT_STRATEGY);
  Value zd = cmodsArg(a, kw, 5, "zdict");
  std::string dict;
  bool hasDict = cmodsGiven(zd) && !zd.isNull();
  if (hasDict && !cmodsBuffer(L, zd, dict)) L.raise(L.t.TypeError, "zdict argument must support the buffer protocol");
  ZObj* o = vm.heap.make<ZObj>(vm.emptyShape(), mods[&L].compress, true);
  Rooted ro(vm, Value::cell(o));
  int err = deflateInit2(&o->zst, level, method, wbits, memLevel, strategy);
  if (err == Z_MEM_ERROR) L.raise(L.t.MemoryError, "Can't allocate memory for compression object");
  if (err == Z_STREAM_ERROR) L.raise(L.t.ValueError, "Invalid initialization option");
  if (err != Z_OK) zError(vm, o->zst, err, "while creating compression object");
  o->inited = true;
  if (hasDict) {
    err = deflateSetDictionary(&o->zst, reinterpret_cast<const Bytef*>(dict.data()), uInt(dict.size()));
    if (err == Z_STREAM_ERROR) L.raise(L.t.ValueError, "Invalid dictionary");
    if (err != Z_OK) L.raise(L.t.ValueError, "deflateSetDictionary()");
  }
  return ro;
}

void setInflateDict(VM& vm, ZObj* o) {
  int err = inflateSetDictionary(&o->zst, reinterpret_cast<const Bytef*>(o->zdict.data()), uInt(o->zdict.size()));
  if (err != Z_OK) zError(vm, o->zst, err, "while setting zdict");
}

Value decompressobj(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "decompressobj", {"wbits", "zdict"});
  int wbits = intArg(vm, cmodsArg(a, kw, 0, "wbits"), MAX_WBITS);
  Value zd = cmodsArg(a, kw, 1, "zdict");
  ZObj* o = vm.heap.make<ZObj>(vm.emptyShape(), mods[&L].decompress, false);
  Rooted ro(vm, Value::cell(o));
  if (cmodsGiven(zd)) {
    if (!cmodsBuffer(L, zd, o->zdict)) L.raise(L.t.TypeError, "zdict argument must support the buffer protocol");
    o->hasZdict = true;
  }
  int err = inflateInit2(&o->zst, wbits);
  if (err == Z_MEM_ERROR) L.raise(L.t.MemoryError, "Can't allocate memory for decompression object");
  if (err == Z_STREAM_ERROR) L.raise(L.t.ValueError, "Invalid initialization option");
  if (err != Z_OK) zError(vm, o->zst, err, "while creating decompression object");
  o->inited = true;
  if (o->hasZdict && wbits < 0) setInflateDict(vm, o);  // raw streams take the dictionary up front
  return ro;
}

Value cCompress(VM& vm, CallArgs& a) {
  ZObj* o = zSelf(vm, a, true, "compress");
  Rooted self(vm, a.thisValue);
  if (a.argc != 1) L.raise(L.t.TypeError, "compress() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  std::string d = cmodsNeedBuffer(L, a[0]), out;
  if (!o->inited) L.raise(mods[&L].error, "Error -2 while compressing data: inconsistent stream state");
  int err = deflateAll(o->zst, d, Z_NO_FLUSH, out);
  if (err != Z_OK && err != Z_BUF_ERROR) zError(vm, o->zst, err, "while compressing data");
  return newBytes(L, out);
}

Value cFlush(VM& vm, CallArgs& a) {
  ZObj* o = zSelf(vm, a, true, "flush");
  Rooted self(vm, a.thisValue);
  RootedKwargs kw(L, "flush", {"mode"});
  int mode = intArg(vm, cmodsArg(a, kw, 0, "mode"), Z_FINISH);
  if (mode == Z_NO_FLUSH) return newBytes(L, "");
  if (!o->inited) L.raise(mods[&L].error, "Error -2 while flushing: inconsistent stream state");
  std::string out;
  int err = deflateAll(o->zst, std::string(), mode, out);
  if (err == Z_STREAM_END && mode == Z_FINISH) {
    deflateEnd(&o->zst);
    o->inited = false;
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    zError(vm, o->zst, err, "while flushing");
  }
  return newBytes(L, out);
}

Value zCopy(VM& vm, CallArgs& a) {
  bool comp = nativeMagic(a) == 0;
  ZObj* o = zSelf(vm, a, comp, "copy");
  Rooted self(vm, a.thisValue);
  if (!o->inited) L.raise(L.t.ValueError, "Inconsistent stream state");
  ZObj* c = vm.heap.make<ZObj>(vm.emptyShape(), comp ? mods[&L].compress : mods[&L].decompress, comp);
  int err = comp ? deflateCopy(&c->zst, &o->zst) : inflateCopy(&c->zst, &o->zst);
  if (err == Z_STREAM_ERROR) L.raise(L.t.ValueError, "Inconsistent stream state");
  if (err == Z_MEM_ERROR) L.raise(L.t.MemoryError, "Can't allocate memory for compression object");
  if (err != Z_OK) zError(vm, o->zst, err, "while copying compression object");
  c->inited = true;
  c->eof = o->eof;
  c->unused = o->unused;
  c->tail = o->tail;
  c->zdict = o->zdict;
  c->hasZdict = o->hasZdict;
  return Value::cell(c);
}

// save_unconsumed_input: input left at the stream's end is unused_data; input left because
// max_length was reached is unconsumed_tail.
void saveUnconsumed(ZObj* o, const std::string& in, int err) {
  size_t left = o->zst.avail_in;
  std::string rest = in.substr(in.size() - left);
  if (err == Z_STREAM_END && left > 0) {
    o->unused += rest;
    left = 0;
    rest.clear();
    o->zst.avail_in = 0;
  }
  if (left > 0 || !o->tail.empty()) o->tail = rest;
}

// inflate `in` (flush mode `flush`) into at most max (0: no limit) bytes.
int inflateLoop(VM& vm, ZObj* o, const std::string& in, int flush, size_t max, std::string& out, bool* failed) {
  setIn(o->zst, in, 0);
  int err = Z_OK;
  *failed = false;
  do {
    do {
      size_t old = out.size(), room = std::max<size_t>(kDefBufSize, old);
      if (max) {
        if (old >= max) return err;
        room = std::min(room, max - old);
      }
      out.resize(old + room);
      o->zst.next_out = reinterpret_cast<Bytef*>(out.data()) + old;
      o->zst.avail_out = uInt(room);
      err = inflate(&o->zst, flush);
      out.resize(old + room - o->zst.avail_out);
      if (err == Z_NEED_DICT && o->hasZdict) {
        setInflateDict(vm, o);
        continue;
      }
      if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) { *failed = true; return err; }
    } while (o->zst.avail_out == 0 || err == Z_NEED_DICT);
  } while (err != Z_STREAM_END && o->zst.avail_in != 0);
  return err;
}

Value dDecompress(VM& vm, CallArgs& a) {
  ZObj* o = zSelf(vm, a, false, "decompress");
  Rooted self(vm, a.thisValue);
  RootedKwargs kw(L, "decompress", {"max_length"});
  if (a.argc < 1) L.raise(L.t.TypeError, "decompress() missing required argument 'data' (pos 1)");
  std::string d = cmodsNeedBuffer(L, a[0]);
  Value mlv = cmodsArg(a, kw, 1, "max_length");
  int64_t ml = cmodsGiven(mlv) ? L.toIndex(mlv) : 0;
  if (ml < 0) L.raise(L.t.ValueError, "max_length must be non-negative");
  if (!o->inited) L.raise(mods[&L].error, "Error -2 while decompressing data: inconsistent stream state");
  std::string out;
  bool failed;
  int err = inflateLoop(vm, o, d, Z_SYNC_FLUSH, size_t(ml), out, &failed);
  saveUnconsumed(o, d, err);
  if (err == Z_STREAM_END) o->eof = true;
  else if (err != Z_OK && err != Z_BUF_ERROR) zError(vm, o->zst, err, "while decompressing data");
  return newBytes(L, out);
}

Value dFlush(VM& vm, CallArgs& a) {
  ZObj* o = zSelf(vm, a, false, "flush");
  Rooted self(vm, a.thisValue);
  RootedKwargs kw(L, "flush", {"length"});
  Value lv = cmodsArg(a, kw, 0, "length");
  int64_t len = cmodsGiven(lv) ? L.toIndex(lv) : int64_t(kDefBufSize);
  if (len <= 0) L.raise(L.t.ValueError, "length must be greater than zero");
  if (!o->inited) return newBytes(L, "");
  std::string in = o->tail, out;
  bool failed;
  int err = inflateLoop(vm, o, in, Z_FINISH, 0, out, &failed);
  saveUnconsumed(o, in, err);
  if (err == Z_STREAM_END) {  // done: free zlib's memory
    o->eof = true;
    inflateEnd(&o->zst);
    o->inited = false;
  }
  return newBytes(L, out);
}

Value dAttr(VM& vm, CallArgs& a) {
  ZObj* o = zSelf(vm, a, false, "attribute");
  switch (nativeMagic(a)) {
    case 0: return newBytes(L, o->unused);
    case 1: return newBytes(L, o->tail);
    default: return Value::boolean(o->eof);
  }
}

}  // namespace

void initZlib(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  Module md;
  md.error = newNativeType(P, "error", "zlib", P.t.Exception);
  md.compress = newNativeType(P, "Compress", "zlib");
  md.decompress = newNativeType(P, "Decompress", "zlib");
  mods[&P] = md;
  m->putDirect(vm, P.s("error"), Value::cell(md.error));
  P.defNative(m, "compress", zCompress);
  P.defNative(m, "decompress", zDecompress);
  P.defNative(m, "crc32", zChecksum, 0);
  P.defNative(m, "adler32", zChecksum, 1);
  P.defNative(m, "compressobj", compressobj);
  P.defNative(m, "decompressobj", decompressobj);
  P.defNative(md.compress, "compress", cCompress);
  P.defNative(md.compress, "flush", cFlush);
  P.defNative(md.compress, "copy", zCopy, 0);
  P.defNative(md.compress, "__copy__", zCopy, 0);
  P.defNative(md.decompress, "decompress", dDecompress);
  P.defNative(md.decompress, "flush", dFlush);
  P.defNative(md.decompress, "copy", zCopy, 1);
  P.defNative(md.decompress, "__copy__", zCopy, 1);
  defGetter(P, md.decompress, "unused_data", dAttr, 0);
  defGetter(P, md.decompress, "unconsumed_tail", dAttr, 1);
  defGetter(P, md.decompress, "eof", dAttr, 2);
  struct { const char* n; int v; } consts[] = {
      {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", int(kDefBufSize)},
      {"Z_NO_COMPRESSION", Z_NO_COMPRESSION}, {"Z_BEST_SPEED", Z_BEST_SPEED}, {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
      {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION}, {"Z_FILTERED", Z_FILTERED}, {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
      {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED}, {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH},
      {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH}, {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}, {"Z_FULL_FLUSH", Z_FULL_FLUSH},
      {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK}, {"Z_TREES", Z_TREES}};
  for (auto& c : consts) m->putDirect(vm, P.s(c.n), Value::integer(c.v));
  m->putDirect(vm, P.s("ZLIB_VERSION"), P.newStr(ZLIB_VERSION));
  m->putDirect(vm, P.s("ZLIB_RUNTIME_VERSION"), P.newStr(zlibVersion()));
}

}  // namespace dualvm::py
