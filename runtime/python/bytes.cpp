// runtime/python/bytes.cpp — bytes and bytearray (CPython's Objects/bytesobject.c and
// bytearrayobject.c): constructors, repr, the methods in common use (shared by both types; a
// bytearray's results are bytearrays), bytearray's mutators, str.encode/bytes.decode for utf-8,
// ascii and latin-1, and bytes % formatting.
#include <functional>
#include <algorithm>
#include <cstring>
#include "runtime/python/containers.h"

namespace dualvm::py {

#define L (lang(vm))

Value newBytes(PyLanguage& P, const std::string& data, bool mutableBytes) {
  PyBytes* b = P.vm.heap.make<PyBytes>(P.vm.emptyShape(), mutableBytes ? P.t.bytearray : P.t.bytes, mutableBytes);
  b->data = data;
  return Value::cell(b);
}

// The bytes of a bytes-like operand, or false (str, int, ... are not bytes-like).
static bool bufferOf(Value v, std::string& out) {
  if (isBytesLike(v)) { out = asBytes(v)->data; return true; }
  if (isMemoryView(v)) return memoryviewBytes(v, out);
  return false;
}
static std::string needBuffer(PyLanguage& P, Value v) {
  std::string s;
  if (!bufferOf(v, s)) P.raise(P.t.TypeError, "a bytes-like object is required, not '" + P.typeName(v) + "'");
  return s;
}

// UnicodeEncodeError / UnicodeDecodeError(encoding, object, start, end, reason), as the codecs raise them.
[[noreturn]] static void codecError(PyLanguage& P, bool decode, const char* enc, Value object, size_t start, size_t end, const std::string& reason) {
  VM& vm = P.vm;
  Rooted obj(vm, object);
  uint32_t i = P.builtins->findOwn(P.s(decode ? "UnicodeDecodeError" : "UnicodeEncodeError"));
  if (i == Shape::kNotFound) P.raise(P.t.UnicodeError, reason);
  Rooted type(vm, P.builtins->slot(i));
  Rooted encStr(vm, P.newStr(enc)), why(vm, P.newStr(reason));
  Value args[5] = {encStr, obj, bigint::fromInt64(vm.heap, int64_t(start)), bigint::fromInt64(vm.heap, int64_t(end)), why};
  Rooted e(vm, P.call(type, args, 5));
  P.attachTraceback(e);  // raised here (the traceback starts from the running frames)
  vm.throwValue(e);
}

// The codecs: utf-8, ascii, latin-1, utf-16 and utf-32 (with -le/-be), CPython's names and aliases.
enum class Codec { Utf8, Ascii, Latin1, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE, UnicodeEscape, RawUnicodeEscape };
// escape_codecs.cpp: 'unicode_escape' / 'raw_unicode_escape'
std::string escapeEncode(const std::u32string& cps, bool raw);
void escapeDecode(const std::string& data, bool raw, std::u32string& out,
                  const std::function<void(size_t, size_t, const std::string&)>& bad);
static bool findCodec(const std::string& name, Codec* out);
static Codec codecOf(PyLanguage& P, const std::string& name) {
  Codec c;
  if (!findCodec(name, &c)) P.raise(P.t.LookupError, "unknown encoding: " + name);
  return c;
}
// A codec of the encodings package (idna, cp437, ...): _codecs.lookup(name).encode/decode(input,
// errors)[0], which must be bytes / str (CPython's _PyCodec_EncodeText / DecodeText checks).
static Value registryCodec(PyLanguage& P, bool decode, Value input, const std::string& name, const std::string& errors) {
  VM& vm = P.vm;
  Rooted in(vm, input);
  Rooted mod(vm, P.importName(P.newStr("_codecs"), Value::null(), Value::integer(0)));
  Rooted nameV(vm, P.newStr(name));
  Value nv = nameV;
  Rooted info(vm, P.callMethod(mod, "lookup", &nv, 1));
  Value text = P.getAttr(info, P.s("_is_text_encoding"), false);
  if (!text.isMagic(Magic::Empty) && !P.truthy(vm, text))
    P.raise(P.t.LookupError, "'" + name + "' is not a text encoding; use codecs." + (decode ? "decode" : "encode") + "() to handle arbitrary codecs");
  Rooted fn(vm, P.getAttr(info, P.s(decode ? "decode" : "encode")));
  Rooted err(vm, P.newStr(errors));
  Value args[2] = {in, err};
  Rooted r(vm, P.call(fn, args, 2));
  if (!isArray(r) || asArray(r)->elements.size() != 2)
    P.raise(P.t.TypeError, decode ? "decoder must return a tuple (object, integer)" : "encoder must return a tuple (object, integer)");
  Value v = asArray(r)->elements[0];
  if (decode && !isString(v))
    P.raise(P.t.TypeError, "'" + name + "' decoder returned '" + P.typeName(v) + "' instead of 'str'; use codecs.decode() to decode to arbitrary types");
  if (!decode && !isBytesLike(v))
    P.raise(P.t.TypeError, "'" + name + "' encoder returned '" + P.typeName(v) + "' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
  return v;
}
static bool findCodec(const std::string& name, Codec* out) {
  std::string n;
  for (char c : name) n += (c == '_' || c == ' ') ? '-' : char(tolower((unsigned char)c));
  if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf") { *out = Codec::Utf8; return true; }
  if (n == "ascii" || n == "us-ascii" || n == "646") { *out = Codec::Ascii; return true; }
  if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1" || n == "8859" || n == "cp819" || n == "latin") { *out = Codec::Latin1; return true; }
  if (n == "utf-16" || n == "utf16" || n == "u16") { *out = Codec::Utf16; return true; }
  if (n == "utf-16-le" || n == "utf-16le") { *out = Codec::Utf16LE; return true; }
  if (n == "utf-16-be" || n == "utf-16be") { *out = Codec::Utf16BE; return true; }
  if (n == "utf-32" || n == "utf32" || n == "u32") { *out = Codec::Utf32; return true; }
  if (n == "utf-32-le" || n == "utf-32le") { *out = Codec::Utf32LE; return true; }
  if (n == "utf-32-be" || n == "utf-32be") { *out = Codec::Utf32BE; return true; }
  if (n == "unicode-escape") { *out = Codec::UnicodeEscape; return true; }
  if (n == "raw-unicode-escape") { *out = Codec::RawUnicodeEscape; return true; }
  return false;
}
static const char* codecName(Codec c) {
  switch (c) {
    case Codec::Utf8: return "utf-8"; case Codec::Ascii: return "ascii"; case Codec::Latin1: return "latin-1";
    case Codec::Utf16: return "utf-16"; case Codec::Utf16LE: return "utf-16-le"; case Codec::Utf16BE: return "utf-16-be";
    case Codec::Utf32: return "utf-32"; case Codec::Utf32LE: return "utf-32-le"; case Codec::Utf32BE: return "utf-32-be";
    case Codec::UnicodeEscape: return "unicodeescape"; default: return "rawunicodeescape";
  }
}
static void put16(std::string& out, uint32_t u, bool be) {
  if (be) { out += char(u >> 8); out += char(u & 0xff); } else { out += char(u & 0xff); out += char(u >> 8); }
}
static void put32(std::string& out, uint32_t u, bool be) {
  for (int k = 0; k < 4; k++) out += char(be ? (u >> (24 - 8 * k)) & 0xff : (u >> (8 * k)) & 0xff);
}

static std::string encodeStr(PyLanguage& P, String* s, const std::string& encodingIn, const std::string& errors) {
  Codec found;
  if (!findCodec(encodingIn, &found)) return asBytes(registryCodec(P, false, Value::cell(s), encodingIn, errors))->data;
  Codec codec = codecOf(P, encodingIn);
  std::u32string cps = s->toCodePoints();
  if (codec == Codec::UnicodeEscape || codec == Codec::RawUnicodeEscape) return escapeEncode(cps, codec == Codec::RawUnicodeEscape);
  std::string out;
  bool be = codec == Codec::Utf16BE || codec == Codec::Utf32BE;
  if (codec == Codec::Utf16) out += "\xff\xfe";             // BOM, little-endian as CPython on x86
  if (codec == Codec::Utf32) out += std::string("\xff\xfe\0\0", 4);
  for (size_t i = 0; i < cps.size(); i++) {
    char32_t c = cps[i];
    bool surrogate = c >= 0xd800 && c < 0xe000;
    bool ok = codec == Codec::Ascii ? c < 0x80 : codec == Codec::Latin1 ? c < 0x100 : !surrogate;
    if (ok) {
      switch (codec) {
        case Codec::Utf8: out += cpToUtf8(std::u32string(1, c)); break;
        case Codec::Ascii: case Codec::Latin1: out += char(c); break;
        case Codec::Utf16: case Codec::Utf16LE: case Codec::Utf16BE:
          if (c >= 0x10000) { put16(out, 0xd800 + ((c - 0x10000) >> 10), be); put16(out, 0xdc00 + ((c - 0x10000) & 0x3ff), be); }
          else put16(out, c, be);
          break;
        default: put32(out, c, be); break;
      }
      continue;
    }
    if (errors == "ignore") continue;
    if (errors == "replace") { out += '?'; continue; }
    if (errors == "surrogateescape" && c >= 0xdc80 && c < 0xdd00 && (codec == Codec::Utf8 || codec == Codec::Ascii)) { out += char(c - 0xdc00); continue; }
    if (errors == "backslashreplace") {
      char b[16];
      snprintf(b, sizeof b, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", unsigned(c));
      out += b;
      continue;
    }
    if (errors == "xmlcharrefreplace") { out += "&#" + std::to_string(unsigned(c)) + ";"; continue; }
    if (errors != "strict") P.raise(P.t.LookupError, "unknown error handler name '" + errors + "'");
    size_t end = i + 1;
    if (codec == Codec::Ascii || codec == Codec::Latin1) {
      unsigned limit = codec == Codec::Ascii ? 128 : 256;
      while (end < cps.size() && cps[end] >= limit) end++;
      codecError(P, false, codecName(codec), Value::cell(s), i, end, "ordinal not in range(" + std::to_string(limit) + ")");
    }
    while (end < cps.size() && cps[end] >= 0xd800 && cps[end] < 0xe000) end++;
    codecError(P, false, codecName(codec), Value::cell(s), i, end, "surrogates not allowed");
  }
  return out;
}

static Value decodeBytes(PyLanguage& P, const std::string& data, const std::string& encodingIn, const std::string& errors) {
  Codec found;
  if (!findCodec(encodingIn, &found)) return registryCodec(P, true, newBytes(P, data), encodingIn, errors);
  Codec codec = codecOf(P, encodingIn), reported = codec;  // utf-16/32 errors name the byte order
  std::u32string out;
  // an undecodable run [i, end): the error handler's replacement, or the exception
  auto bad = [&](size_t i, size_t end, const std::string& reason) {
    if (errors == "ignore") return;
    if (errors == "replace") { out += char32_t(0xfffd); return; }
    if (errors == "backslashreplace") {
      for (size_t k = i; k < end; k++) { char b[8]; snprintf(b, sizeof b, "\\x%02x", (unsigned char)data[k]); for (char* q = b; *q; q++) out += char32_t(*q); }
      return;
    }
    if (errors == "surrogateescape") { for (size_t k = i; k < end; k++) out += char32_t(0xdc00 + (unsigned char)data[k]); return; }
    if (errors != "strict") P.raise(P.t.LookupError, "unknown error handler name '" + errors + "'");
    Rooted obj(P.vm, newBytes(P, data));
    codecError(P, true, codecName(reported), obj, i, end, reason);
  };
  switch (codec) {
    case Codec::UnicodeEscape: case Codec::RawUnicodeEscape:
      escapeDecode(data, codec == Codec::RawUnicodeEscape, out, bad);
      break;
    case Codec::Utf8:
      for (size_t i = 0; i < data.size();) {
        unsigned char c = data[i];
        int n = c < 0x80 ? 1 : (c >= 0xc2 && c < 0xe0) ? 2 : (c >> 4) == 14 ? 3 : (c >= 0xf0 && c < 0xf5) ? 4 : 0;
        if (n == 0) { bad(i, i + 1, "invalid start byte"); i++; continue; }
        char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1f) : n == 3 ? (c & 0x0f) : (c & 0x07);
        size_t k = 1;
        bool ok = true;
        for (; k < size_t(n); k++) {
          if (i + k >= data.size()) { ok = false; break; }
          unsigned char d = data[i + k];
          // the second byte's range excludes overlongs and surrogates, as CPython's decoder does
          unsigned lo = 0x80, hi = 0xbf;
          if (k == 1 && n == 3 && c == 0xe0) lo = 0xa0;
          if (k == 1 && n == 3 && c == 0xed) hi = 0x9f;
          if (k == 1 && n == 4 && c == 0xf0) lo = 0x90;
          if (k == 1 && n == 4 && c == 0xf4) hi = 0x8f;
          if (d < lo || d > hi) { ok = false; break; }
          cp = (cp << 6) | (d & 0x3f);
        }
        if (!ok) {
          bool atEnd = i + k >= data.size();
          bad(i, atEnd ? data.size() : i + k, atEnd ? "unexpected end of data" : "invalid continuation byte");
          i += atEnd ? data.size() - i : k;
          continue;
        }
        out += cp;
        i += size_t(n);
      }
      break;
    case Codec::Ascii: case Codec::Latin1:
      for (size_t i = 0; i < data.size(); i++) {
        unsigned char c = data[i];
        if (codec == Codec::Ascii && c >= 128) { bad(i, i + 1, "ordinal not in range(128)"); continue; }
        out += char32_t(c);
      }
      break;
    case Codec::Utf16: case Codec::Utf16LE: case Codec::Utf16BE: {
      bool be = codec == Codec::Utf16BE;
      size_t i = 0;
      if (codec == Codec::Utf16 && data.size() >= 2) {
        if ((unsigned char)data[0] == 0xff && (unsigned char)data[1] == 0xfe) i = 2;
        else if ((unsigned char)data[0] == 0xfe && (unsigned char)data[1] == 0xff) { i = 2; be = true; }
      }
      if (codec == Codec::Utf16) reported = be ? Codec::Utf16BE : Codec::Utf16LE;
      auto unit = [&](size_t k) { unsigned a = (unsigned char)data[k], b = (unsigned char)data[k + 1]; return be ? (a << 8 | b) : (b << 8 | a); };
      while (i < data.size()) {
        if (i + 1 >= data.size()) { bad(i, data.size(), "truncated data"); break; }
        unsigned u = unit(i);
        if (u >= 0xd800 && u < 0xdc00) {
          if (i + 3 >= data.size()) { bad(i, data.size(), "unexpected end of data"); break; }
          unsigned v = unit(i + 2);
          if (v >= 0xdc00 && v < 0xe000) { out += char32_t(0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00)); i += 4; continue; }
          bad(i, i + 2, "illegal UTF-16 surrogate"); i += 2; continue;
        }
        if (u >= 0xdc00 && u < 0xe000) { bad(i, i + 2, "illegal encoding"); i += 2; continue; }
        out += char32_t(u);
        i += 2;
      }
      break;
    }
    default: {
      bool be = codec == Codec::Utf32BE;
      size_t i = 0;
      if (codec == Codec::Utf32 && data.size() >= 4) {
        if (data.compare(0, 4, std::string("\xff\xfe\0\0", 4)) == 0) i = 4;
        else if (data.compare(0, 4, std::string("\0\0\xfe\xff", 4)) == 0) { i = 4; be = true; }
      }
      if (codec == Codec::Utf32) reported = be ? Codec::Utf32BE : Codec::Utf32LE;
      while (i < data.size()) {
        if (i + 3 >= data.size()) { bad(i, data.size(), "truncated data"); break; }
        uint32_t u = 0;
        for (int k = 0; k < 4; k++) u |= uint32_t((unsigned char)data[i + k]) << (be ? 24 - 8 * k : 8 * k);
        if (u > 0x10ffff || (u >= 0xd800 && u < 0xe000)) { bad(i, i + 4, u > 0x10ffff ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)"); i += 4; continue; }
        out += char32_t(u);
        i += 4;
      }
      break;
    }
  }
  return P.newStrCp(out);
}

// bytes(x) / bytearray(x): an int (zeros), a bytes-like, or an iterable of ints in range(256).
Value bytesFromObject(PyLanguage& P, Value src, bool mutableBytes) {
  VM& vm = P.vm;
  std::string data;
  if (bufferOf(src, data)) return newBytes(P, data, mutableBytes);
  if (isString(src)) P.raise(P.t.TypeError, "string argument without an encoding");
  if (src.isInt() || isBigInt(src) || src.isBool()) {
    int64_t n = P.toIndex(src);
    if (n < 0) P.raise(P.t.ValueError, "negative count");
    return newBytes(P, std::string(size_t(n), '\0'), mutableBytes);
  }
  if (isObject(src) && !P.typeOf(src)->builtin) {
    bool found = false;
    Rooted rs(vm, src);
    Value r = P.callDunder(rs, "__bytes__", nullptr, 0, &found);
    if (found) {
      if (!isBytesLike(r) || isByteArray(r)) P.raise(P.t.TypeError, "__bytes__ returned non-bytes (type " + P.typeName(r) + ")");
      return mutableBytes ? newBytes(P, asBytes(r)->data, true) : r;
    }
    src = rs;
  }
  if (!isArray(src) && !isObject(src))
    P.raise(P.t.TypeError, "cannot convert '" + P.typeName(src) + "' object to " + (mutableBytes ? "bytearray" : "bytes"));
  RootedVector items(vm);
  P.collect(src, items);
  for (size_t i = 0; i < items.size(); i++) {
    Value x = items[i];
    if (!isInteger(x) && !x.isBool() && !(isObject(x) && !P.typeOf(x)->builtin))
      P.raise(P.t.TypeError, "'" + P.typeName(x) + "' object cannot be interpreted as an integer");
    int64_t c = P.toIndex(x);
    if (c < 0 || c > 255) P.raise(P.t.ValueError, "bytes must be in range(0, 256)");
    data += char(c);
  }
  return newBytes(P, data, mutableBytes);
}

std::string bytesRepr(PyLanguage& P, Value v) {
  const std::string& d = asBytes(v)->data;
  bool single = d.find('\'') != std::string::npos, dbl = d.find('"') != std::string::npos;
  char q = single && !dbl ? '"' : '\'';
  std::string out = "b";
  out += q;
  for (unsigned char c : d) {
    if (c == q || c == '\\') { out += '\\'; out += char(c); }
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c >= 0x7f) { char b[8]; snprintf(b, sizeof b, "\\x%02x", c); out += b; }
    else out += char(c);
  }
  out += q;
  if (isByteArray(v)) {
    std::string name = P.typeOf(v)->name->toUtf8();
    return name + "(" + out + ")";
  }
  return out;
}

// ---- methods ----

static std::string& selfData(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isBytesLike(a.thisValue))
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for 'bytes' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return asBytes(a.thisValue)->data;
}
static bool selfMutable(CallArgs& a) { return isByteArray(a.thisValue); }
static Value result(VM& vm, CallArgs& a, const std::string& s) { return newBytes(L, s, selfMutable(a)); }
static std::string strArg(PyLanguage& P, Value v, const char* dflt) {
  if (v.isUndefined() || v.isMagic(Magic::Empty)) return dflt;
  v = builtinValue(v);  // a str subclass instance is its str
  if (!isString(v)) P.raise(P.t.TypeError, "argument must be str, not " + P.typeName(v));
  return asString(v)->toUtf8();
}
// A sub-sequence argument: bytes-like, or an int for find/count/index/`in`.
static std::string subArg(PyLanguage& P, Value v) {
  std::string s;
  if (bufferOf(v, s)) return s;
  if (v.isInt() || v.isBool()) {
    int64_t c = P.toIndex(v);
    if (c < 0 || c > 255) P.raise(P.t.ValueError, "byte must be in range(0, 256)");
    return std::string(1, char(c));
  }
  P.raise(P.t.TypeError, "argument should be integer or bytes-like object, not '" + P.typeName(v) + "'");
}

static Value b_decode(VM& vm, CallArgs& a) {
  std::string& d = selfData(vm, a, "decode");
  Value enc = a.argc > 0 ? a[0] : kwArg(L, "encoding"), err = a.argc > 1 ? a[1] : kwArg(L, "errors");
  consumeKw(L, "decode", {"encoding", "errors"});
  return decodeBytes(L, d, strArg(L, enc, "utf-8"), strArg(L, err, "strict"));
}
static Value s_encode(VM& vm, CallArgs& a) {
  takeSelf(a);
  if (!isString(a.thisValue)) L.raise(L.t.TypeError, "descriptor 'encode' for 'str' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  Value enc = a.argc > 0 ? a[0] : kwArg(L, "encoding"), err = a.argc > 1 ? a[1] : kwArg(L, "errors");
  consumeKw(L, "encode", {"encoding", "errors"});
  return newBytes(L, encodeStr(L, asString(a.thisValue), strArg(L, enc, "utf-8"), strArg(L, err, "strict")));
}
static Value b_hex(VM& vm, CallArgs& a) {
  std::string d = selfData(vm, a, "hex");
  Value sepV = a.argc > 0 ? a[0] : kwArg(L, "sep"), perV = a.argc > 1 ? a[1] : kwArg(L, "bytes_per_sep");
  consumeKw(L, "hex", {"sep", "bytes_per_sep"});
  std::string sep;
  if (!sepV.isUndefined() && !sepV.isMagic(Magic::Empty)) {
    if (isString(sepV)) sep = asString(sepV)->toUtf8(); else sep = needBuffer(L, sepV);
    if (sep.size() != 1) L.raise(L.t.ValueError, "sep must be length 1.");
  }
  int64_t per = perV.isUndefined() || perV.isMagic(Magic::Empty) ? 1 : L.toIndex(perV);
  std::string out;
  static const char* hx = "0123456789abcdef";
  size_t n = d.size(), group = size_t(per < 0 ? -per : per);
  for (size_t i = 0; i < n; i++) {
    if (!sep.empty() && i > 0 && group > 0) {
      // groups count from the right for positive bytes_per_sep, from the left for negative
      bool cut = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (cut) out += sep;
    }
    unsigned char c = d[i];
    out += hx[c >> 4]; out += hx[c & 15];
  }
  return L.newStr(out);
}
static Value b_fromhex(VM& vm, CallArgs& a) {
  // a classmethod: thisValue is the class
  bool mut = isType(a.thisValue) && L.isSubtype(asType(a.thisValue), L.t.bytearray);
  if (!isString(a[0])) L.raise(L.t.TypeError, "fromhex() argument must be str, not " + L.typeName(a[0]));
  std::string s = asString(a[0])->toUtf8(), out;
  auto val = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; };
  for (size_t i = 0; i < s.size();) {
    if (isspace((unsigned char)s[i])) { i++; continue; }
    int hi = val(s[i]), lo = i + 1 < s.size() ? val(s[i + 1]) : -1;
    if (hi < 0 || lo < 0)
      L.raise(L.t.ValueError, "non-hexadecimal number found in fromhex() arg at position " + std::to_string(hi < 0 ? i : i + 1));
    out += char(hi * 16 + lo);
    i += 2;
  }
  return newBytes(L, out, mut);
}
static Value b_join(VM& vm, CallArgs& a) {
  std::string sep = selfData(vm, a, "join"), out;
  Rooted self(vm, a.thisValue);
  RootedVector items(vm);
  L.collect(a[0], items);
  for (size_t i = 0; i < items.size(); i++) {
    std::string part;
    if (!bufferOf(items[i], part))
      L.raise(L.t.TypeError, "sequence item " + std::to_string(i) + ": expected a bytes-like object, " + L.typeName(items[i]) + " found");
    if (i) out += sep;
    out += part;
  }
  return newBytes(L, out, isByteArray(self));
}
static bool isWs(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
static Value b_split(VM& vm, CallArgs& a) {
  std::string s = selfData(vm, a, "split");
  bool right = asNativeFunction(Value::cell(a.callee))->magic == 1, mut = selfMutable(a);
  Value sepV = a.argc > 0 ? a[0] : kwArg(L, "sep"), maxV = a.argc > 1 ? a[1] : kwArg(L, "maxsplit");
  consumeKw(L, "split", {"sep", "maxsplit"});
  int64_t maxsplit = maxV.isUndefined() || maxV.isMagic(Magic::Empty) ? -1 : L.toIndex(maxV);
  std::vector<std::string> parts;
  if (sepV.isUndefined() || sepV.isMagic(Magic::Empty) || sepV.isNull()) {
    if (!right) {
      size_t i = 0;
      while (true) {
        while (i < s.size() && isWs(s[i])) i++;
        if (i >= s.size()) break;
        if (maxsplit >= 0 && int64_t(parts.size()) >= maxsplit) {
          size_t e = s.size();
          while (e > i && isWs(s[e - 1])) e--;
          parts.push_back(s.substr(i, e - i));
          break;
        }
        size_t j = i;
        while (j < s.size() && !isWs(s[j])) j++;
        parts.push_back(s.substr(i, j - i));
        i = j;
      }
    } else {
      size_t e = s.size();
      while (true) {
        while (e > 0 && isWs(s[e - 1])) e--;
        if (e == 0) break;
        if (maxsplit >= 0 && int64_t(parts.size()) >= maxsplit) {
          size_t b = 0;
          while (b < e && isWs(s[b])) b++;
          parts.push_back(s.substr(b, e - b));
          break;
        }
        size_t j = e;
        while (j > 0 && !isWs(s[j - 1])) j--;
        parts.push_back(s.substr(j, e - j));
        e = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    std::string sep = needBuffer(L, sepV);
    if (sep.empty()) L.raise(L.t.ValueError, "empty separator");
    if (!right) {
      size_t i = 0;
      for (;;) {
        size_t j = s.find(sep, i);
        if (j == std::string::npos || (maxsplit >= 0 && int64_t(parts.size()) >= maxsplit)) { parts.push_back(s.substr(i)); break; }
        parts.push_back(s.substr(i, j - i));
        i = j + sep.size();
      }
    } else {
      size_t e = s.size();
      for (;;) {
        size_t j = e >= sep.size() ? s.rfind(sep, e - sep.size()) : std::string::npos;
        if (j == std::string::npos || (maxsplit >= 0 && int64_t(parts.size()) >= maxsplit)) { parts.push_back(s.substr(0, e)); break; }
        parts.push_back(s.substr(j + sep.size(), e - j - sep.size()));
        e = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  }
  RootedVector out(vm);
  for (auto& p : parts) out.push(newBytes(L, p, mut));
  return L.newList(out.data(), out.size());
}
static Value b_splitlines(VM& vm, CallArgs& a) {
  std::string s = selfData(vm, a, "splitlines");
  bool mut = selfMutable(a);
  Value kv = a.argc ? a[0] : kwArg(L, "keepends");
  consumeKw(L, "splitlines", {"keepends"});
  bool keep = !kv.isUndefined() && !kv.isMagic(Magic::Empty) && L.truthy(vm, kv);
  RootedVector out(vm);
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] != '\n' && s[j] != '\r') j++;
    size_t e = j;
    if (j < s.size()) { j += (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') ? 2 : 1; }
    out.push(newBytes(L, s.substr(i, (keep ? j : e) - i), mut));
    i = j;
  }
  return L.newList(out.data(), out.size());
}
static Value b_strip(VM& vm, CallArgs& a) {
  std::string s = selfData(vm, a, "strip");
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  bool ws = a.argc == 0 || a[0].isNull();
  std::string chars = ws ? "" : needBuffer(L, a[0]);
  auto strip = [&](unsigned char c) { return ws ? isWs(c) : chars.find(char(c)) != std::string::npos; };
  size_t b = 0, e = s.size();
  if (m != 2) while (b < e && strip(s[b])) b++;
  if (m != 1) while (e > b && strip(s[e - 1])) e--;
  return result(vm, a, s.substr(b, e - b));
}
static Value b_partition(VM& vm, CallArgs& a) {
  std::string s = selfData(vm, a, "partition");
  bool right = asNativeFunction(Value::cell(a.callee))->magic == 1, mut = selfMutable(a);
  std::string sep = needBuffer(L, a[0]);
  if (sep.empty()) L.raise(L.t.ValueError, "empty separator");
  size_t j = right ? s.rfind(sep) : s.find(sep);
  RootedVector out(vm);
  if (j == std::string::npos) {
    out.push(newBytes(L, right ? "" : s, mut)); out.push(newBytes(L, "", mut)); out.push(newBytes(L, right ? s : "", mut));
  } else {
    out.push(newBytes(L, s.substr(0, j), mut)); out.push(newBytes(L, sep, mut)); out.push(newBytes(L, s.substr(j + sep.size()), mut));
  }
  return L.newTuple(out.data(), 3);
}
// start/end arguments normalised as slice bounds.
static void bounds(PyLanguage& P, CallArgs& a, uint32_t first, int64_t n, int64_t* st, int64_t* en) {
  *st = a.argc > first && !a[first].isNull() ? P.toIndex(a[first]) : 0;
  *en = a.argc > first + 1 && !a[first + 1].isNull() ? P.toIndex(a[first + 1]) : n;
  if (*st < 0) *st = std::max<int64_t>(0, *st + n);
  if (*en < 0) *en = std::max<int64_t>(0, *en + n);
  if (*en > n) *en = n;
}
// find / rfind / index / rindex / count (magic 0..4)
static Value b_find(VM& vm, CallArgs& a) {
  std::string s = selfData(vm, a, "find");
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  std::string x = subArg(L, a[0]);
  int64_t n = int64_t(s.size()), st, en;
  bounds(L, a, 1, n, &st, &en);
  if (m == 4) {
    if (st > en) return Value::integer(0);
    if (x.empty()) return bigint::fromInt64(vm.heap, en - st + 1);
    int64_t c = 0;
    size_t i = size_t(st);
    while (true) { size_t j = s.find(x, i); if (j == std::string::npos || int64_t(j + x.size()) > en) break; c++; i = j + x.size(); }
    return bigint::fromInt64(vm.heap, c);
  }
  int64_t r = -1;
  if (st <= en && int64_t(x.size()) <= en - st) {
    std::string sub = s.substr(size_t(st), size_t(en - st));
    size_t p = (m == 1 || m == 3) ? sub.rfind(x) : sub.find(x);
    if (p != std::string::npos) r = int64_t(p) + st;
  }
  if (r < 0 && m >= 2) L.raise(L.t.ValueError, "subsection not found");
  return bigint::fromInt64(vm.heap, r);
}
static Value b_replace(VM& vm, CallArgs& a) {
  std::string s = selfData(vm, a, "replace");
  std::string from = needBuffer(L, a[0]), to = needBuffer(L, a[1]), out;
  int64_t count = a.argc > 2 ? L.toIndex(a[2]) : -1;
  if (from.empty()) {
    for (size_t k = 0; k <= s.size(); k++) { if (count < 0 || int64_t(k) < count) out += to; if (k < s.size()) out += s[k]; }
    return result(vm, a, out);
  }
  size_t i = 0;
  while (count != 0) {
    size_t j = s.find(from, i);
    if (j == std::string::npos) break;
    out += s.substr(i, j - i) + to;
    i = j + from.size();
    if (count > 0) count--;
  }
  out += s.substr(i);
  return result(vm, a, out);
}
static Value b_startswith(VM& vm, CallArgs& a) {
  std::string s = selfData(vm, a, "startswith");
  bool ends = asNativeFunction(Value::cell(a.callee))->magic == 1;
  int64_t st, en;
  bounds(L, a, 1, int64_t(s.size()), &st, &en);
  std::string sub = st <= en ? s.substr(size_t(st), size_t(en - st)) : std::string();
  auto test = [&](Value p) {
    std::string x;
    if (!bufferOf(p, x))
      L.raise(L.t.TypeError, std::string(ends ? "endswith" : "startswith") + " first arg must be bytes or a tuple of bytes, not " + L.typeName(p));
    if (st > en || x.size() > sub.size()) return false;
    return ends ? sub.compare(sub.size() - x.size(), x.size(), x) == 0 : sub.compare(0, x.size(), x) == 0;
  };
  if (isArray(a[0]) && asObject(a[0])->classTag() == kTagTuple) {
    for (Value p : asArray(a[0])->elements) if (test(p)) return Value::boolean(true);
    return Value::boolean(false);
  }
  return Value::boolean(test(a[0]));
}
// upper lower swapcase capitalize title (magic 0..4): ASCII only, as CPython's bytes
static Value b_case(VM& vm, CallArgs& a) {
  std::string s = selfData(vm, a, "upper");
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  bool start = true;
  for (size_t i = 0; i < s.size(); i++) {
    unsigned char c = s[i];
    switch (m) {
      case 0: s[i] = char(toupper(c)); break;
      case 1: s[i] = char(tolower(c)); break;
      case 2: s[i] = char(isupper(c) ? tolower(c) : islower(c) ? toupper(c) : c); break;
      case 3: s[i] = char(i == 0 ? toupper(c) : tolower(c)); break;
      case 4: s[i] = char(start ? toupper(c) : tolower(c)); start = !isalpha(c); break;
    }
  }
  return result(vm, a, s);
}
// isdigit isalpha isalnum isspace islower isupper istitle isascii (magic 0..7)
static Value b_pred(VM& vm, CallArgs& a) {
  std::string s = selfData(vm, a, "isdigit");
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  if (m == 7) { for (unsigned char c : s) if (c >= 128) return Value::boolean(false); return Value::boolean(true); }
  if (s.empty()) return Value::boolean(false);
  bool cased = false, ok = true;
  if (m == 6) {  // istitle
    bool prevCased = false;
    for (unsigned char c : s) {
      if (isupper(c)) { if (prevCased) return Value::boolean(false); prevCased = cased = true; }
      else if (islower(c)) { if (!prevCased) return Value::boolean(false); prevCased = cased = true; }
      else prevCased = false;
    }
    return Value::boolean(cased);
  }
  for (unsigned char c : s) {
    switch (m) {
      case 0: ok = isdigit(c); break;
      case 1: ok = isalpha(c); break;
      case 2: ok = isalnum(c); break;
      case 3: ok = isWs(c); break;
      case 4: if (isupper(c)) return Value::boolean(false); if (islower(c)) cased = true; break;
      case 5: if (islower(c)) return Value::boolean(false); if (isupper(c)) cased = true; break;
    }
    if (!ok) return Value::boolean(false);
  }
  return Value::boolean(m >= 4 ? cased : true);
}
// ljust rjust center zfill (magic 0..3)
static Value b_pad(VM& vm, CallArgs& a) {
  std::string s = selfData(vm, a, "ljust");
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  int64_t w = L.toIndex(a[0]);
  char fill = ' ';
  if (m != 3 && a.argc > 1) {
    std::string f = needBuffer(L, a[1]);
    if (f.size() != 1) L.raise(L.t.TypeError, std::string(m == 0 ? "ljust" : m == 1 ? "rjust" : "center") + "() argument 2 must be a byte string of length 1, not " + L.typeName(a[1]));
    fill = f[0];
  }
  if (int64_t(s.size()) >= w) return result(vm, a, s);
  size_t pad = size_t(w - int64_t(s.size()));
  if (m == 0) return result(vm, a, s + std::string(pad, fill));
  if (m == 1) return result(vm, a, std::string(pad, fill) + s);
  if (m == 3) {
    size_t sign = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    return result(vm, a, s.substr(0, sign) + std::string(pad, '0') + s.substr(sign));
  }
  size_t left = pad / 2 + (pad & size_t(w) & 1);
  return result(vm, a, std::string(left, fill) + s + std::string(pad - left, fill));
}
static Value b_expandtabs(VM& vm, CallArgs& a) {
  std::string s = selfData(vm, a, "expandtabs"), out;
  int64_t ts = a.argc ? L.toIndex(a[0]) : 8;
  size_t col = 0;
  for (char c : s) {
    if (c == '\t') { if (ts > 0) { size_t n = size_t(ts) - col % size_t(ts); out += std::string(n, ' '); col += n; } }
    else { out += c; col = (c == '\n' || c == '\r') ? 0 : col + 1; }
  }
  return result(vm, a, out);
}
static Value b_maketrans(VM& vm, CallArgs& a) {
  std::string from = needBuffer(L, a[0]), to = needBuffer(L, a[1]);
  if (from.size() != to.size()) L.raise(L.t.ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; i++) table[i] = char(i);
  for (size_t i = 0; i < from.size(); i++) table[(unsigned char)from[i]] = to[i];
  return newBytes(L, table);
}
static Value b_translate(VM& vm, CallArgs& a) {
  std::string s = selfData(vm, a, "translate"), out;
  std::string table, del;
  if (!a[0].isNull()) {
    table = needBuffer(L, a[0]);
    if (table.size() != 256) L.raise(L.t.ValueError, "translation table must be 256 characters long");
  }
  Value dv = a.argc > 1 ? a[1] : kwArg(L, "delete");
  consumeKw(L, "translate", {"delete"});
  if (!dv.isUndefined() && !dv.isMagic(Magic::Empty)) del = needBuffer(L, dv);
  for (unsigned char c : s) {
    if (del.find(char(c)) != std::string::npos) continue;
    out += table.empty() ? char(c) : table[c];
  }
  return result(vm, a, out);
}
static Value b_removeaffix(VM& vm, CallArgs& a) {
  std::string s = selfData(vm, a, "removeprefix"), x = needBuffer(L, a[0]);
  bool suffix = asNativeFunction(Value::cell(a.callee))->magic == 1;
  if (x.size() <= s.size()) {
    if (!suffix && s.compare(0, x.size(), x) == 0) return result(vm, a, s.substr(x.size()));
    if (suffix && s.compare(s.size() - x.size(), x.size(), x) == 0) return result(vm, a, s.substr(0, s.size() - x.size()));
  }
  return result(vm, a, s);
}
static Value b_len(VM& vm, CallArgs& a) { return bigint::fromInt64(vm.heap, int64_t(selfData(vm, a, "__len__").size())); }
static Value b_getitem(VM& vm, CallArgs& a) { selfData(vm, a, "__getitem__"); return containerGetItem(L, a.thisValue, a[0]); }
static Value b_contains(VM& vm, CallArgs& a) { selfData(vm, a, "__contains__"); return Value::boolean(containerContains(L, a.thisValue, a[0])); }

// ---- bytearray's mutators ----
static std::string& mutData(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isByteArray(a.thisValue))
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for 'bytearray' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return asBytes(a.thisValue)->data;
}
static char byteArg(PyLanguage& P, Value v) {
  if (!isInteger(v) && !v.isBool() && !(isObject(v) && !P.typeOf(v)->builtin))
    P.raise(P.t.TypeError, "'" + P.typeName(v) + "' object cannot be interpreted as an integer");
  int64_t c = P.toIndex(v);
  if (c < 0 || c > 255) P.raise(P.t.ValueError, "byte must be in range(0, 256)");
  return char(c);
}
static Value ba_append(VM& vm, CallArgs& a) { std::string& d = mutData(vm, a, "append"); char c = byteArg(L, a[0]); asBytes(a.thisValue)->data += c; (void)d; return Value::null(); }
static Value ba_extend(VM& vm, CallArgs& a) {
  mutData(vm, a, "extend");
  Rooted self(vm, a.thisValue);
  std::string add;
  if (!bufferOf(a[0], add)) {
    if (isString(a[0])) L.raise(L.t.TypeError, "expected iterable of integers; got: 'str'");
    Value b = bytesFromObject(L, a[0], false);
    add = asBytes(b)->data;
  }
  asBytes(self)->data += add;
  return Value::null();
}
static Value ba_pop(VM& vm, CallArgs& a) {
  std::string& d = mutData(vm, a, "pop");
  if (d.empty()) L.raise(L.t.IndexError, "pop from empty bytearray");
  int64_t n = int64_t(d.size()), i = a.argc ? L.toIndex(a[0]) : n - 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) L.raise(L.t.IndexError, "pop index out of range");
  unsigned char c = d[size_t(i)];
  d.erase(size_t(i), 1);
  return Value::integer(c);
}
static Value ba_insert(VM& vm, CallArgs& a) {
  std::string& d = mutData(vm, a, "insert");
  int64_t n = int64_t(d.size()), i = L.toIndex(a[0]);
  char c = byteArg(L, a[1]);
  if (i < 0) { i += n; if (i < 0) i = 0; } else if (i > n) i = n;
  asBytes(a.thisValue)->data.insert(size_t(i), 1, c);
  return Value::null();
}
static Value ba_remove(VM& vm, CallArgs& a) {
  std::string& d = mutData(vm, a, "remove");
  char c = byteArg(L, a[0]);
  size_t p = d.find(c);
  if (p == std::string::npos) L.raise(L.t.ValueError, "value not found in bytearray");
  d.erase(p, 1);
  return Value::null();
}
static Value ba_clear(VM& vm, CallArgs& a) { mutData(vm, a, "clear").clear(); return Value::null(); }
static Value ba_reverse(VM& vm, CallArgs& a) { std::string& d = mutData(vm, a, "reverse"); std::reverse(d.begin(), d.end()); return Value::null(); }
static Value ba_copy(VM& vm, CallArgs& a) { std::string d = mutData(vm, a, "copy"); return newBytes(L, d, true); }
static Value ba_setitem(VM& vm, CallArgs& a) { mutData(vm, a, "__setitem__"); containerSetItem(L, a.thisValue, a[0], a[1]); return Value::null(); }

// bytes(x), bytes(str, encoding[, errors]), bytearray(...): thisValue is the class.
static Value c_bytes(VM& vm, CallArgs& a) {
  PyType* ty = isType(a.thisValue) ? asType(a.thisValue) : L.t.bytes;
  bool mut = L.isSubtype(ty, L.t.bytearray);
  Value src = a.argc > 0 ? a[0] : kwArg(L, "source");
  Value enc = a.argc > 1 ? a[1] : kwArg(L, "encoding"), err = a.argc > 2 ? a[2] : kwArg(L, "errors");
  consumeKw(L, mut ? "bytearray" : "bytes", {"source", "encoding", "errors"});
  Value r;
  bool hasEnc = !enc.isUndefined() && !enc.isMagic(Magic::Empty);
  if (src.isUndefined() || src.isMagic(Magic::Empty)) r = newBytes(L, "", mut);
  else if (isString(builtinValue(src))) {
    src = builtinValue(src);
    if (!hasEnc) L.raise(L.t.TypeError, "string argument without an encoding");
    r = newBytes(L, encodeStr(L, asString(src), strArg(L, enc, "utf-8"), strArg(L, err, "strict")), mut);
  } else {
    if (hasEnc) L.raise(L.t.TypeError, "encoding without a string argument");
    r = bytesFromObject(L, src, mut);
  }
  if (ty != L.t.bytes && ty != L.t.bytearray) asObject(r)->setProto(ty);
  return r;
}

// ---- int.to_bytes / int.from_bytes (they produce and consume bytes) ----
static bool bigEndian(PyLanguage& P, Value order) {
  if (order.isUndefined() || order.isMagic(Magic::Empty)) return true;
  if (!isString(order)) P.raise(P.t.TypeError, "to_bytes() argument 'byteorder' must be str, not " + P.typeName(order));
  std::string o = asString(order)->toUtf8();
  if (o != "big" && o != "little") P.raise(P.t.ValueError, "byteorder must be either 'little' or 'big'");
  return o == "big";
}
static Value i_tobytes(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  takeSelf(a);
  Value self = a.thisValue.isBool() ? Value::integer(a.thisValue.asBool()) : a.thisValue;
  if (!isInteger(self)) P.raise(P.t.TypeError, "descriptor 'to_bytes' for 'int' objects doesn't apply to a '" + P.typeName(self) + "' object");
  Value lenV = a.argc > 0 ? a[0] : kwArg(P, "length"), orderV = a.argc > 1 ? a[1] : kwArg(P, "byteorder"), signV = kwArg(P, "signed");
  consumeKw(P, "to_bytes", {"length", "byteorder", "signed"});
  int64_t length = lenV.isUndefined() || lenV.isMagic(Magic::Empty) ? 1 : P.toIndex(lenV);
  if (length < 0) P.raise(P.t.ValueError, "length argument must be non-negative");
  bool big = bigEndian(P, orderV), isSigned = !signV.isMagic(Magic::Empty) && P.truthy(vm, signV);
  mpz_t z, lim;
  mpz_inits(z, lim, nullptr);
  bigint::toMpz(self, z);
  std::string out(size_t(length), '\0');
  bool neg = mpz_sgn(z) < 0, ok = true;
  if (neg && !isSigned) { mpz_clears(z, lim, nullptr); P.raise(P.t.OverflowError, "can't convert negative int to unsigned"); }
  if (isSigned) {
    mpz_ui_pow_ui(lim, 2, uint64_t(length) * 8 - (length > 0 ? 1 : 0));
    if (length == 0) ok = mpz_sgn(z) == 0;
    else if (neg) { mpz_neg(lim, lim); ok = mpz_cmp(z, lim) >= 0; mpz_neg(lim, lim); }
    else ok = mpz_cmp(z, lim) < 0;
    if (ok && neg) { mpz_mul_ui(lim, lim, 2); mpz_add(z, z, lim); }  // two's complement
  } else {
    mpz_ui_pow_ui(lim, 2, uint64_t(length) * 8);
    ok = mpz_cmp(z, lim) < 0;
  }
  if (ok && mpz_sgn(z) != 0) {
    size_t count = 0;
    std::string buf((mpz_sizeinbase(z, 2) + 7) / 8, '\0');
    mpz_export(&buf[0], &count, 1, 1, 1, 0, z);  // big-endian bytes
    buf.resize(count);
    out.replace(out.size() - buf.size(), buf.size(), buf);
  }
  mpz_clears(z, lim, nullptr);
  if (!ok) P.raise(P.t.OverflowError, "int too big to convert");
  if (!big) std::reverse(out.begin(), out.end());
  return newBytes(P, out);
}
// int.from_bytes(bytes, byteorder='big', *, signed=False): a classmethod
static Value i_frombytes(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value src = a.argc > 0 ? a[0] : kwArg(P, "bytes"), orderV = a.argc > 1 ? a[1] : kwArg(P, "byteorder"), signV = kwArg(P, "signed");
  consumeKw(P, "from_bytes", {"bytes", "byteorder", "signed"});
  if (src.isUndefined() || src.isMagic(Magic::Empty)) P.raise(P.t.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
  std::string d;
  if (!bufferOf(src, d)) d = asBytes(bytesFromObject(P, src, false))->data;
  bool big = bigEndian(P, orderV), isSigned = !signV.isMagic(Magic::Empty) && P.truthy(vm, signV);
  if (!big) std::reverse(d.begin(), d.end());
  mpz_t z;
  mpz_init(z);
  if (!d.empty()) mpz_import(z, d.size(), 1, 1, 1, 0, d.data());
  if (isSigned && !d.empty() && (unsigned char)d[0] >= 0x80) {
    mpz_t lim;
    mpz_init(lim);
    mpz_ui_pow_ui(lim, 2, uint64_t(d.size()) * 8);
    mpz_sub(z, z, lim);
    mpz_clear(lim);
  }
  Value r = bigint::fromMpz(vm.heap, z);
  mpz_clear(z);
  return r;
}

// bytes.__new__(cls, ...) / bytearray.__new__(cls, ...): instances of subclasses (a bytearray
// fills in __init__).
static Value b_new(VM& vm, CallArgs& a) {
  if (a.argc < 1 || !isType(a[0]) || (!L.isSubtype(asType(a[0]), L.t.bytes) && !L.isSubtype(asType(a[0]), L.t.bytearray)))
    L.raise(L.t.TypeError, "bytes.__new__(X): X is not a subtype of bytes");
  CallArgs rest = a;
  rest.thisValue = a[0];
  rest.argv++; rest.argc--;
  if (L.isSubtype(asType(a[0]), L.t.bytearray)) {
    L.kwNames.clear(); L.kwValues.clear();
    Value r = newBytes(L, "", true);
    asObject(r)->setProto(asType(a[0]));
    return r;
  }
  return c_bytes(vm, rest);
}
static Value ba_init(VM& vm, CallArgs& a) {
  mutData(vm, a, "__init__");
  Rooted self(vm, a.thisValue);
  CallArgs rest = a;
  rest.thisValue = Value::cell(L.t.bytearray);
  Value fresh = c_bytes(vm, rest);
  asBytes(self)->data = asBytes(fresh)->data;
  return Value::null();
}
static Value b_noinit(VM&, CallArgs&) { return Value::null(); }

void installBytes(PyLanguage& P) {
  VM& vm = P.vm;
  P.t.bytes = P.newType("bytes", P.t.object);
  P.t.bytearray = P.newType("bytearray", P.t.object);
  for (PyType* ty : {P.t.bytes, P.t.bytearray}) {
    P.defNative(ty, "__dualvm_ctor__", c_bytes);
    P.defNative(ty, "decode", b_decode); P.defNative(ty, "hex", b_hex); P.defNative(ty, "join", b_join);
    P.defNative(ty, "split", b_split, 0); P.defNative(ty, "rsplit", b_split, 1); P.defNative(ty, "splitlines", b_splitlines);
    P.defNative(ty, "strip", b_strip, 0); P.defNative(ty, "lstrip", b_strip, 1); P.defNative(ty, "rstrip", b_strip, 2);
    P.defNative(ty, "partition", b_partition, 0); P.defNative(ty, "rpartition", b_partition, 1);
    P.defNative(ty, "find", b_find, 0); P.defNative(ty, "rfind", b_find, 1); P.defNative(ty, "index", b_find, 2);
    P.defNative(ty, "rindex", b_find, 3); P.defNative(ty, "count", b_find, 4);
    P.defNative(ty, "replace", b_replace); P.defNative(ty, "startswith", b_startswith, 0); P.defNative(ty, "endswith", b_startswith, 1);
    P.defNative(ty, "upper", b_case, 0); P.defNative(ty, "lower", b_case, 1); P.defNative(ty, "swapcase", b_case, 2);
    P.defNative(ty, "capitalize", b_case, 3); P.defNative(ty, "title", b_case, 4);
    P.defNative(ty, "isdigit", b_pred, 0); P.defNative(ty, "isalpha", b_pred, 1); P.defNative(ty, "isalnum", b_pred, 2);
    P.defNative(ty, "isspace", b_pred, 3); P.defNative(ty, "islower", b_pred, 4); P.defNative(ty, "isupper", b_pred, 5);
    P.defNative(ty, "istitle", b_pred, 6); P.defNative(ty, "isascii", b_pred, 7);
    P.defNative(ty, "ljust", b_pad, 0); P.defNative(ty, "rjust", b_pad, 1); P.defNative(ty, "center", b_pad, 2);
    P.defNative(ty, "zfill", b_pad, 3); P.defNative(ty, "expandtabs", b_expandtabs);
    P.defNative(ty, "translate", b_translate);
    P.defNative(ty, "removeprefix", b_removeaffix, 0); P.defNative(ty, "removesuffix", b_removeaffix, 1);
    P.defNative(ty, "__len__", b_len); P.defNative(ty, "__getitem__", b_getitem); P.defNative(ty, "__contains__", b_contains);
    // classmethod fromhex, staticmethod maketrans
    P.defNative(ty, "fromhex", b_fromhex);
    {
      Rooted fn(vm, ty->slot(ty->findOwn(P.s("fromhex"))));
      PyBox* cm = vm.heap.make<PyBox>(vm.emptyShape(), P.t.classmethod, kTagClassMethod);
      cm->a = fn;
      ty->putDirect(vm, P.s("fromhex"), Value::cell(cm));
    }
    P.defNative(ty, "maketrans", b_maketrans);
    {
      Rooted fn(vm, ty->slot(ty->findOwn(P.s("maketrans"))));
      PyBox* sm = vm.heap.make<PyBox>(vm.emptyShape(), P.t.staticmethod, kTagStaticMethod);
      sm->a = fn;
      ty->putDirect(vm, P.s("maketrans"), Value::cell(sm));
    }
    P.builtins->putDirect(vm, ty->name, Value::cell(ty));
  }
  PyType* ba = P.t.bytearray;
  P.defNative(P.t.bytes, "__new__", b_new); P.defNative(ba, "__new__", b_new);
  P.defNative(P.t.bytes, "__init__", b_noinit); P.defNative(ba, "__init__", ba_init);
  P.defNative(ba, "append", ba_append); P.defNative(ba, "extend", ba_extend); P.defNative(ba, "pop", ba_pop);
  P.defNative(ba, "insert", ba_insert); P.defNative(ba, "remove", ba_remove); P.defNative(ba, "clear", ba_clear);
  P.defNative(ba, "reverse", ba_reverse); P.defNative(ba, "copy", ba_copy); P.defNative(ba, "__setitem__", ba_setitem);
  ba->putDirect(vm, P.s("__hash__"), Value::null());
  P.defNative(P.t.str, "encode", s_encode);
  P.defNative(P.t.int_, "to_bytes", i_tobytes);
  P.defNative(P.t.int_, "from_bytes", i_frombytes);
  {
    Rooted fn(vm, P.t.int_->slot(P.t.int_->findOwn(P.s("from_bytes"))));
    PyBox* cm = vm.heap.make<PyBox>(vm.emptyShape(), P.t.classmethod, kTagClassMethod);
    cm->a = fn;
    P.t.int_->putDirect(vm, P.s("from_bytes"), Value::cell(cm));
  }
}

// ---- operators (called from containers.cpp) ----

Value bytesBinary(PyLanguage& P, BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::Add && isBytesLike(a)) {
    std::string rhs;
    if (!bufferOf(b, rhs)) P.raise(P.t.TypeError, "can't concat " + P.typeName(b) + " to " + P.typeName(a));
    return newBytes(P, asBytes(a)->data + rhs, isByteArray(a));
  }
  if (op == BinaryOp::Mul) {
    Value seq = isBytesLike(a) ? a : b, n = isBytesLike(a) ? b : a;
    if (!isBytesLike(seq) || !(n.isInt() || n.isBool() || isBigInt(n))) return P.notImplemented;
    int64_t k = P.toIndex(n);
    const std::string& d = asBytes(seq)->data;
    if (k <= 0 || d.empty()) return newBytes(P, "", isByteArray(seq));
    if (d.size() * uint64_t(k) > (uint64_t(1) << 31)) P.raise(P.t.MemoryError, "");
    std::string out;
    out.reserve(d.size() * size_t(k));
    for (int64_t i = 0; i < k; i++) out += d;
    return newBytes(P, out, isByteArray(seq));
  }
  if (op == BinaryOp::Mod && isBytesLike(a)) {
    // bytes % args: format as str with latin-1 text, %s/%b take bytes-likes, %r/%a ascii repr
    VM& vm = P.vm;
    Rooted ra(vm, a), rb(vm, b);
    bool tuple = isArray(b) && asObject(b)->classTag() == kTagTuple;
    size_t ai = 0;
    auto nextArg = [&]() -> Value {
      if (tuple) {
        auto& els = asArray(rb)->elements;
        if (ai >= els.size()) P.raise(P.t.TypeError, "not enough arguments for format string");
        return els[ai++];
      }
      if (ai++ > 0) P.raise(P.t.TypeError, "not enough arguments for format string");
      return rb;
    };
    const std::string f = asBytes(ra)->data;
    std::string out;
    for (size_t i = 0; i < f.size(); i++) {
      if (f[i] != '%') { out += f[i]; continue; }
      if (++i >= f.size()) P.raise(P.t.ValueError, "incomplete format");
      std::string spec;
      while (i < f.size() && strchr("-+ #0123456789.", f[i])) spec += f[i++];
      char c = f[i];
      if (c == '%') { out += '%'; continue; }
      Rooted v(vm, nextArg());
      std::string piece;
      if (c == 's' || c == 'b') {
        if (!bufferOf(v, piece)) P.raise(P.t.TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not '" + P.typeName(v) + "'");
      } else if (c == 'r' || c == 'a') {
        piece = P.repr(v);
      } else if (c == 'c') {
        if (isBytesLike(v) && asBytes(v)->data.size() == 1) piece = asBytes(v)->data;
        else if (isInteger(v)) { int64_t k = P.toIndex(v); if (k < 0 || k > 255) P.raise(P.t.OverflowError, "%c arg not in range(256)"); piece = std::string(1, char(k)); }
        else P.raise(P.t.TypeError, "%c requires an integer in range(256) or a single byte");
      } else {
        // numbers: the str formatter, then back to bytes
        extern Value percentFormat(PyLanguage&, String*, Value);
        std::string fs = "%" + spec + c;
        Value r = percentFormat(P, P.vm.newString(fs), v);
        piece = asString(r)->toUtf8();
      }
      // width/alignment for s/b/r/c
      if (c == 's' || c == 'b' || c == 'r' || c == 'a' || c == 'c') {
        bool left = spec.find('-') != std::string::npos;
        size_t w = 0;
        for (char ch : spec) if (isdigit((unsigned char)ch)) w = w * 10 + size_t(ch - '0');
        if (piece.size() < w) piece = left ? piece + std::string(w - piece.size(), ' ') : std::string(w - piece.size(), ' ') + piece;
      }
      out += piece;
    }
    if (tuple && ai < asArray(rb)->elements.size()) P.raise(P.t.TypeError, "not all arguments converted during bytes formatting");
    if (!tuple && ai == 0) P.raise(P.t.TypeError, "not all arguments converted during bytes formatting");
    return newBytes(P, out, isByteArray(ra));
  }
  return P.notImplemented;
}

Value bytesInplace(PyLanguage& P, BinaryOp op, Value a, Value b) {
  if (!isByteArray(a)) return P.notImplemented;
  if (op == BinaryOp::Add) {
    std::string rhs;
    if (!bufferOf(b, rhs)) P.raise(P.t.TypeError, "can't concat " + P.typeName(b) + " to bytearray");
    asBytes(a)->data += rhs;
    return a;
  }
  if (op == BinaryOp::Mul && (b.isInt() || b.isBool() || isBigInt(b))) {
    int64_t k = P.toIndex(b);
    std::string d = asBytes(a)->data, out;
    for (int64_t i = 0; i < k; i++) out += d;
    asBytes(a)->data = out;
    return a;
  }
  return P.notImplemented;
}

int bytesCompare(Value a, Value b) {
  const std::string &x = asBytes(a)->data, &y = asBytes(b)->data;
  int c = x.compare(y);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

}  // namespace dualvm::py
