// runtime/js/buffer.cpp — node's Buffer (owner: jsfix): a Uint8Array subclass (Buffer.prototype
// inherits from Uint8Array.prototype, its instances are Uint8 typed arrays) with the encodings
// utf8, hex, base64, base64url, latin1/binary, ascii and utf16le/ucs2: Buffer.from (string,
// array-like, typed array, ArrayBuffer view), alloc/allocUnsafe, concat, isBuffer, byteLength,
// compare, isEncoding; toString, equals, compare, slice/subarray (views, as node), toJSON, write,
// copy. fs.readFileSync without an encoding returns one (newBufferFromBytes), and util.inspect
// prints one as node does (<Buffer 68 69>, inspect.cpp asks isBuffer).
#include "runtime/js/buffer.h"
#include <algorithm>
#include <cmath>
#include <cstring>
#include "runtime/js/inspect.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/stdlib.h"
#include "runtime/js/typed_arrays.h"

namespace dualvm::js {

namespace {

enum class Encoding { Utf8, Hex, Base64, Base64Url, Latin1, Ascii, Utf16le };

Object* bufferPrototype(VM& vm) {
  Value p = namedIntrinsic(vm, "jsstd:bufferPrototype");
  return isObject(p) ? asObject(p) : nullptr;
}

bool parseEncoding(const std::string& name, Encoding* out) {
  std::string s;
  for (char c : name) s.push_back(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
  if (s == "utf8" || s == "utf-8") *out = Encoding::Utf8;
  else if (s == "hex") *out = Encoding::Hex;
  else if (s == "base64") *out = Encoding::Base64;
  else if (s == "base64url") *out = Encoding::Base64Url;
  else if (s == "latin1" || s == "binary") *out = Encoding::Latin1;
  else if (s == "ascii") *out = Encoding::Ascii;
  else if (s == "utf16le" || s == "utf-16le" || s == "ucs2" || s == "ucs-2") *out = Encoding::Utf16le;
  else return false;
  return true;
}

// An encoding argument: undefined/null mean utf8; anything else unknown is node's TypeError.
Encoding encodingArg(VM& vm, Value v) {
  if (v.isNullish()) return Encoding::Utf8;
  std::string name = isString(v) ? asString(v)->toUtf8() : toStdString(vm, v);
  Encoding e;
  if (!parseEncoding(name, &e)) {
    Rooted err(vm, makeError(vm, ErrorType::TypeError, "Unknown encoding: " + name));
    putData(vm, asObject(err), "code", makeStringUtf8(vm, "ERR_UNKNOWN_ENCODING"));
    vm.throwValue(err);
  }
  return e;
}

// How node's ERR_INVALID_ARG_TYPE shows the value it got (determineSpecificType).
std::string receivedText(VM& vm, Value v) {
  if (v.isNullish()) return v.isNull() ? "null" : "undefined";
  Rooted rv(vm, v);
  if (isCallable(rv)) {
    Value name = getProperty(vm, rv, jsRealm(vm).names.name);
    if (isString(name) && asString(name)->length()) return "function " + asString(name)->toUtf8();
  }
  if (isObject(rv)) {
    Value ctor = getProperty(vm, rv, jsRealm(vm).names.constructor);
    if (isObject(ctor)) {
      Value name = getProperty(vm, ctor, jsRealm(vm).names.name);
      if (isString(name) && asString(name)->length()) return "an instance of " + asString(name)->toUtf8();
    }
    InspectOptions o;
    o.depth = -1;
    return inspectValue(vm, rv, o);
  }
  std::string shown = inspectValue(vm, rv);
  if (shown.size() > 28) shown = shown.substr(0, 25) + "...";
  const char* type = isString(rv) ? "string" : rv.get().isNumber() ? "number" : rv.get().isBool() ? "boolean"
                     : rv.get().isCell() && rv.get().asCell()->kind == uint8_t(CellKind::Symbol) ? "symbol"
                     : "bigint";
  return std::string("type ") + type + " (" + shown + ")";
}

[[noreturn]] void throwArgType(VM& vm, const std::string& what, Value v) {
  Rooted err(vm, makeError(vm, ErrorType::TypeError, what + ". Received " + receivedText(vm, v)));
  putData(vm, asObject(err), "code", makeStringUtf8(vm, "ERR_INVALID_ARG_TYPE"));
  vm.throwValue(err);
}

bool isUint8View(Value v) { return isTypedArray(v) && asTypedArray(v)->kind == TypedKind::Uint8; }

const uint8_t* bytesOf(TypedArrayObject* t) { return t->buffer->data.data() + t->byteOffset; }

int hexValue(uint32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
  return -1;
}

int base64Value(uint32_t c) {
  if (c >= 'A' && c <= 'Z') return int(c - 'A');
  if (c >= 'a' && c <= 'z') return int(c - 'a' + 26);
  if (c >= '0' && c <= '9') return int(c - '0' + 52);
  if (c == '+' || c == '-') return 62;  // node decodes both alphabets whichever is named
  if (c == '/' || c == '_') return 63;
  return -1;
}

// The bytes of a string in an encoding (node's Buffer.from(string, encoding)).
std::string encodeString(String* s, Encoding e) {
  std::string out;
  uint32_t n = s->length();
  switch (e) {
    case Encoding::Utf8: return s->toUtf8();
    case Encoding::Latin1:
    case Encoding::Ascii:
      for (uint32_t i = 0; i < n; i++) out.push_back(char(s->at(i) & 0xFF));
      return out;
    case Encoding::Utf16le:
      for (uint32_t i = 0; i < n; i++) {
        out.push_back(char(s->at(i) & 0xFF));
        out.push_back(char(s->at(i) >> 8));
      }
      return out;
    case Encoding::Hex:
      // Pairs of hex digits up to the first pair that is not one.
      for (uint32_t i = 0; i + 1 < n; i += 2) {
        int hi = hexValue(s->at(i)), lo = hexValue(s->at(i + 1));
        if (hi < 0 || lo < 0) break;
        out.push_back(char(hi * 16 + lo));
      }
      return out;
    case Encoding::Base64:
    case Encoding::Base64Url: {
      uint32_t acc = 0;
      int bits = 0;
      for (uint32_t i = 0; i < n; i++) {
        uint32_t c = s->at(i);
        if (c == '=') break;
        int v = base64Value(c);
        if (v < 0) continue;  // white space and stray characters are skipped
        acc = (acc << 6) | uint32_t(v);
        bits += 6;
        if (bits >= 8) {
          bits -= 8;
          out.push_back(char((acc >> bits) & 0xFF));
        }
      }
      return out;
    }
  }
  return out;
}

// UTF-8 -> UTF-16 as node's decoder (WHATWG): each maximal invalid subpart is one U+FFFD.
std::u16string decodeUtf8(const uint8_t* p, size_t n) {
  std::u16string out;
  out.reserve(n);
  size_t i = 0;
  while (i < n) {
    uint8_t b = p[i];
    if (b < 0x80) { out.push_back(b); i++; continue; }
    int need;
    uint32_t cp;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
    else if (b >= 0xE0 && b <= 0xEF) { need = 2; cp = b & 0x0F; if (b == 0xE0) lo = 0xA0; if (b == 0xED) hi = 0x9F; }
    else if (b >= 0xF0 && b <= 0xF4) { need = 3; cp = b & 0x07; if (b == 0xF0) lo = 0x90; if (b == 0xF4) hi = 0x8F; }
    else { out.push_back(0xFFFD); i++; continue; }
    size_t j = i + 1;
    bool ok = true;
    for (int k = 0; k < need; k++, j++) {
      if (j >= n || p[j] < lo || p[j] > hi) { ok = false; break; }
      cp = (cp << 6) | (p[j] & 0x3F);
      lo = 0x80;
      hi = 0xBF;
    }
    if (!ok) { out.push_back(0xFFFD); i = j; continue; }  // the valid prefix read so far is consumed
    if (cp >= 0x10000) {
      out.push_back(char16_t(0xD800 + ((cp - 0x10000) >> 10)));
      out.push_back(char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF)));
    } else {
      out.push_back(char16_t(cp));
    }
    i = j;
  }
  return out;
}

Value decodeBytes(VM& vm, const uint8_t* p, size_t n, Encoding e) {
  static const char* hex = "0123456789abcdef";
  std::u16string units;
  switch (e) {
    case Encoding::Utf8:
      return makeString(vm, decodeUtf8(p, n));
    case Encoding::Latin1:
      units.assign(p, p + n);
      return makeString(vm, units);
    case Encoding::Ascii:
      for (size_t i = 0; i < n; i++) units.push_back(char16_t(p[i] & 0x7F));
      return makeString(vm, units);
    case Encoding::Utf16le:
      for (size_t i = 0; i + 1 < n; i += 2) units.push_back(char16_t(p[i] | (p[i + 1] << 8)));
      return makeString(vm, units);
    case Encoding::Hex: {
      std::string out;
      for (size_t i = 0; i < n; i++) {
        out.push_back(hex[p[i] >> 4]);
        out.push_back(hex[p[i] & 15]);
      }
      return makeStringUtf8(vm, out);
    }
    case Encoding::Base64:
    case Encoding::Base64Url: {
      const char* alphabet = e == Encoding::Base64
                                 ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
                                 : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
      std::string out;
      for (size_t i = 0; i < n; i += 3) {
        uint32_t v = uint32_t(p[i]) << 16 | (i + 1 < n ? uint32_t(p[i + 1]) << 8 : 0) | (i + 2 < n ? p[i + 2] : 0);
        out.push_back(alphabet[(v >> 18) & 63]);
        out.push_back(alphabet[(v >> 12) & 63]);
        if (i + 1 < n) out.push_back(alphabet[(v >> 6) & 63]);
        else if (e == Encoding::Base64) out.push_back('=');
        if (i + 2 < n) out.push_back(alphabet[v & 63]);
        else if (e == Encoding::Base64) out.push_back('=');
      }
      return makeStringUtf8(vm, out);
    }
  }
  return Value::undefined();
}

TypedArrayObject* newBuffer(VM& vm, const uint8_t* data, size_t n) {
  TypedArrayObject* b = allocateTypedArray(vm, TypedKind::Uint8, n, bufferPrototype(vm));
  if (n) std::memcpy(b->buffer->data.data(), data, n);
  return b;
}

TypedArrayObject* thisBuffer(VM& vm, Value v, const char* method) {
  if (!isUint8View(v))
    throwTypeError(vm, std::string("argument must be a buffer (Buffer.prototype.") + method + ")");
  return asTypedArray(v);
}

// An optional integer argument clamped to [0, len] (node's toString/copy offsets).
size_t clampedOffset(VM& vm, Value v, size_t len, size_t dflt) {
  if (v.isUndefined()) return dflt;
  double d = toIntegerOrInfinity(vm, v);
  if (d < 0) return 0;
  return d > double(len) ? len : size_t(d);
}

// ---- Buffer statics ----

Value bufferFromValue(VM& vm, Value value, Value arg1, Value arg2) {
  Rooted v(vm, value), a1(vm, arg1), a2(vm, arg2);
  if (isString(v)) {
    Encoding e = encodingArg(vm, a1);
    std::string bytes = encodeString(asString(v), e);
    return Value::cell(newBuffer(vm, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
  }
  if (hasClassTag(v, ClassTag::ArrayBuffer)) {
    // A view sharing the memory: Buffer.from(arrayBuffer, byteOffset, length).
    auto* ab = static_cast<ArrayBufferObject*>(v.get().asCell());
    size_t size = ab->data.size();
    double off = a1.get().isUndefined() ? 0 : toIntegerOrInfinity(vm, a1);
    if (off < 0 || off > double(size)) throwRangeError(vm, "\"offset\" is outside of buffer bounds");
    double len = a2.get().isUndefined() ? double(size) - off : toIntegerOrInfinity(vm, a2);
    if (len < 0) len = 0;
    if (off + len > double(size)) throwRangeError(vm, "\"length\" is outside of buffer bounds");
    ab = static_cast<ArrayBufferObject*>(v.get().asCell());
    return Value::cell(newTypedArrayView(vm, TypedKind::Uint8, ab, uint32_t(off), uint32_t(len), bufferPrototype(vm)));
  }
  if (isTypedArray(v)) {
    TypedArrayObject* t = asTypedArray(v);
    uint32_t n = t->length;
    TypedArrayObject* out = allocateTypedArray(vm, TypedKind::Uint8, n, bufferPrototype(vm));
    t = asTypedArray(v);
    for (uint32_t i = 0; i < n; i++)
      out->buffer->data[i] = uint8_t(int64_t(typedArrayGet(t, i).toDouble()) & 0xFF);
    return Value::cell(out);
  }
  if (isObject(v)) {
    Rooted source(vm, v);
    // {type: 'Buffer', data: [...]} (what toJSON made) and array-likes.
    Value type = getProperty(vm, source, vm.intern("type"));
    if (isString(type) && asString(type)->toUtf8() == "Buffer") {
      Value data = getProperty(vm, source, vm.intern("data"));
      if (isArray(data)) source = data;
    }
    Value lenValue = getProperty(vm, source, jsRealm(vm).names.length);
    if (!lenValue.isUndefined() || isArray(source)) {
      uint64_t n = lengthOfArrayLike(vm, source);
      Rooted out(vm, Value::cell(allocateTypedArray(vm, TypedKind::Uint8, n, bufferPrototype(vm))));
      for (uint64_t i = 0; i < n; i++) {
        Value e = getIndex(vm, source, i);
        asTypedArray(out)->buffer->data[size_t(i)] = uint8_t(toUint32(vm, e) & 0xFF);
      }
      return out;
    }
  }
  throwArgType(vm,
               "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an "
               "Array-like Object",
               v);
}

Value bufferFrom(VM& vm, CallArgs& args) { return bufferFromValue(vm, args[0], args[1], args[2]); }

// alloc (magic 0) / allocUnsafe (magic 1): zero-filled either way.
Value bufferAlloc(VM& vm, CallArgs& args) {
  Rooted fill(vm, args[1]), enc(vm, args[2]);
  if (!args[0].isNumber()) throwArgType(vm, "The \"size\" argument must be of type number", args[0]);
  double size = args[0].toDouble();
  if (!(size >= 0) || size > double(uint64_t(1) << 30) || size != std::floor(size)) {
    Rooted err(vm, makeError(vm, ErrorType::RangeError,
                             "The argument 'size' is invalid. Received " + toStdString(vm, args[0])));
    putData(vm, asObject(err), "code", makeStringUtf8(vm, "ERR_INVALID_ARG_VALUE"));
    vm.throwValue(err);
  }
  Rooted out(vm, Value::cell(allocateTypedArray(vm, TypedKind::Uint8, uint64_t(size), bufferPrototype(vm))));
  if (static_cast<NativeFunction*>(args.callee)->magic == 0 && !fill.get().isUndefined() && size > 0) {
    std::string pattern;
    if (isString(fill)) pattern = encodeString(asString(fill), encodingArg(vm, enc));
    else if (isTypedArray(fill)) {
      TypedArrayObject* f = asTypedArray(fill);
      for (uint32_t i = 0; i < f->length; i++) pattern.push_back(char(int64_t(typedArrayGet(f, i).toDouble()) & 0xFF));
    } else {
      pattern.push_back(char(toUint32(vm, fill) & 0xFF));
    }
    if (pattern.empty()) pattern.push_back('\0');
    auto& data = asTypedArray(out)->buffer->data;
    for (size_t i = 0; i < data.size(); i++) data[i] = uint8_t(pattern[i % pattern.size()]);
  }
  return out;
}

Value bufferConcat(VM& vm, CallArgs& args) {
  Rooted list(vm, args[0]), total(vm, args[1]);
  if (!isArray(list)) throwArgType(vm, "The \"list\" argument must be an instance of Array", list);
  uint64_t n = lengthOfArrayLike(vm, list);
  size_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Value e = getIndex(vm, list, i);
    if (!isUint8View(e))
      throwArgType(vm, "The \"list[" + std::to_string(i) + "]\" argument must be an instance of Buffer or Uint8Array", e);
    sum += asTypedArray(e)->length;
  }
  size_t length = sum;
  if (!total.get().isUndefined()) {
    double d = toIntegerOrInfinity(vm, total);
    length = d < 0 ? 0 : size_t(d);
  }
  Rooted out(vm, Value::cell(allocateTypedArray(vm, TypedKind::Uint8, length, bufferPrototype(vm))));
  size_t pos = 0;
  for (uint64_t i = 0; i < n && pos < length; i++) {
    Value e = getIndex(vm, list, i);
    if (!isUint8View(e)) continue;
    TypedArrayObject* t = asTypedArray(e);
    size_t k = std::min<size_t>(t->length, length - pos);
    if (k) std::memcpy(asTypedArray(out)->buffer->data.data() + pos, bytesOf(t), k);
    pos += k;
  }
  return out;
}

Value bufferIsBuffer(VM& vm, CallArgs& args) { return Value::boolean(isBuffer(vm, args[0])); }

Value bufferIsEncoding(VM& vm, CallArgs& args) {
  Encoding e;
  return Value::boolean(isString(args[0]) && parseEncoding(asString(args[0])->toUtf8(), &e));
}

Value bufferByteLength(VM& vm, CallArgs& args) {
  Value v = args[0];
  if (isString(v)) return Value::fromInt64(int64_t(encodeString(asString(v), encodingArg(vm, args[1])).size()));
  if (isTypedArray(v)) {
    TypedArrayObject* t = asTypedArray(v);
    return Value::fromInt64(int64_t(t->length) * (t->kind == TypedKind::Uint8 || t->kind == TypedKind::Int8 ||
                                                          t->kind == TypedKind::Uint8Clamped ? 1
                                                      : t->kind == TypedKind::Int16 || t->kind == TypedKind::Uint16 ? 2
                                                      : t->kind == TypedKind::Float64 ? 8 : 4));
  }
  if (hasClassTag(v, ClassTag::ArrayBuffer))
    return Value::fromInt64(int64_t(static_cast<ArrayBufferObject*>(v.asCell())->data.size()));
  throwArgType(vm, "The \"string\" argument must be of type string or an instance of Buffer or ArrayBuffer", v);
}

int compareBytes(TypedArrayObject* a, TypedArrayObject* b) {
  size_t n = std::min(a->length, b->length);
  int c = n ? std::memcmp(bytesOf(a), bytesOf(b), n) : 0;
  if (c != 0) return c < 0 ? -1 : 1;
  return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

Value bufferCompareStatic(VM& vm, CallArgs& args) {
  if (!isUint8View(args[0])) throwArgType(vm, "The \"buf1\" argument must be an instance of Buffer or Uint8Array", args[0]);
  if (!isUint8View(args[1])) throwArgType(vm, "The \"buf2\" argument must be an instance of Buffer or Uint8Array", args[1]);
  return Value::integer(compareBytes(asTypedArray(args[0]), asTypedArray(args[1])));
}

// Buffer(...) / new Buffer(...): the deprecated constructor, as Buffer.from / Buffer.alloc.
Value bufferConstructor(VM& vm, CallArgs& args) {
  if (args[0].isNumber()) {
    Rooted out(vm, Value::cell(allocateTypedArray(vm, TypedKind::Uint8, toUint32(vm, args[0]), bufferPrototype(vm))));
    return out;
  }
  return bufferFromValue(vm, args[0], args[1], args[2]);
}

// ---- Buffer.prototype ----

Value bufferToString(VM& vm, CallArgs& args) {
  Rooted self(vm, args.thisValue);
  if (!isUint8View(self)) return Value::cell(vm.intern("[object Object]"));
  Encoding e = encodingArg(vm, args[0]);
  size_t len = asTypedArray(self)->length;
  size_t start = clampedOffset(vm, args[1], len, 0);
  size_t end = clampedOffset(vm, args[2], len, len);
  if (end <= start) return Value::cell(vm.intern(""));
  std::string bytes(reinterpret_cast<const char*>(bytesOf(asTypedArray(self))) + start, end - start);
  return decodeBytes(vm, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), e);
}

Value bufferEquals(VM& vm, CallArgs& args) {
  TypedArrayObject* self = thisBuffer(vm, args.thisValue, "equals");
  if (!isUint8View(args[0]))
    throwArgType(vm, "The \"otherBuffer\" argument must be an instance of Buffer or Uint8Array", args[0]);
  return Value::boolean(compareBytes(self, asTypedArray(args[0])) == 0);
}

Value bufferCompare(VM& vm, CallArgs& args) {
  TypedArrayObject* self = thisBuffer(vm, args.thisValue, "compare");
  if (!isUint8View(args[0]))
    throwArgType(vm, "The \"target\" argument must be an instance of Buffer or Uint8Array", args[0]);
  return Value::integer(compareBytes(self, asTypedArray(args[0])));
}

// slice and subarray: a Buffer sharing this one's memory (node's slice does not copy).
Value bufferSubarray(VM& vm, CallArgs& args) {
  Rooted self(vm, Value::cell(thisBuffer(vm, args.thisValue, "subarray")));
  uint64_t len = asTypedArray(self)->length;
  uint64_t begin = relativeIndex(vm, args[0], len, 0);
  uint64_t end = relativeIndex(vm, args[1], len, len);
  TypedArrayObject* t = asTypedArray(self);
  uint64_t n = end > begin ? end - begin : 0;
  return Value::cell(newTypedArrayView(vm, TypedKind::Uint8, t->buffer, t->byteOffset + uint32_t(begin), uint32_t(n),
                                       bufferPrototype(vm)));
}

Value bufferToJSON(VM& vm, CallArgs& args) {
  Rooted self(vm, Value::cell(thisBuffer(vm, args.thisValue, "toJSON")));
  Rooted data(vm, Value::cell(newArray(vm)));
  for (uint32_t i = 0; i < asTypedArray(self)->length; i++)
    asArray(data)->push(Value::integer(bytesOf(asTypedArray(self))[i]));
  Rooted out(vm, Value::cell(newPlainObject(vm, jsRealm(vm).objectPrototype)));
  putData(vm, asObject(out), "type", makeStringUtf8(vm, "Buffer"));
  putData(vm, asObject(out), "data", data);
  return out;
}

// write(string[, offset[, length]][, encoding]): the number of bytes written.
Value bufferWrite(VM& vm, CallArgs& args) {
  Rooted self(vm, Value::cell(thisBuffer(vm, args.thisValue, "write")));
  if (!isString(args[0])) throwArgType(vm, "The \"string\" argument must be of type string", args[0]);
  Rooted str(vm, args[0]);
  Value encArg = Value::undefined();
  Value offArg = args[1], lenArg = args[2];
  if (isString(args[1])) { encArg = args[1]; offArg = lenArg = Value::undefined(); }
  else if (isString(args[2])) { encArg = args[2]; lenArg = Value::undefined(); }
  else encArg = args[3];
  Rooted enc(vm, encArg), off(vm, offArg), lenV(vm, lenArg);
  size_t len = asTypedArray(self)->length;
  size_t offset = clampedOffset(vm, off, len, 0);
  size_t max = clampedOffset(vm, lenV, len - offset, len - offset);
  std::string bytes = encodeString(asString(str), encodingArg(vm, enc));
  size_t k = std::min(bytes.size(), max);
  if (k) std::memcpy(asTypedArray(self)->buffer->data.data() + asTypedArray(self)->byteOffset + offset, bytes.data(), k);
  return Value::fromInt64(int64_t(k));
}

// copy(target[, targetStart[, sourceStart[, sourceEnd]]]): the number of bytes copied.
Value bufferCopy(VM& vm, CallArgs& args) {
  Rooted self(vm, Value::cell(thisBuffer(vm, args.thisValue, "copy")));
  if (!isUint8View(args[0])) throwArgType(vm, "The \"target\" argument must be an instance of Buffer or Uint8Array", args[0]);
  Rooted target(vm, args[0]);
  Rooted a1(vm, args[1]), a2(vm, args[2]), a3(vm, args[3]);
  size_t tlen = asTypedArray(target)->length, slen = asTypedArray(self)->length;
  size_t ts = clampedOffset(vm, a1, tlen, 0);
  size_t ss = clampedOffset(vm, a2, slen, 0);
  size_t se = clampedOffset(vm, a3, slen, slen);
  if (se <= ss || ts >= tlen) return Value::integer(0);
  size_t k = std::min(se - ss, tlen - ts);
  std::memmove(asTypedArray(target)->buffer->data.data() + asTypedArray(target)->byteOffset + ts,
               bytesOf(asTypedArray(self)) + ss, k);
  return Value::fromInt64(int64_t(k));
}

}  // namespace

bool isBuffer(VM& vm, Value v) {
  if (!isUint8View(v)) return false;
  Object* proto = bufferPrototype(vm);
  for (Object* p = asObject(v)->proto(); p; p = p->proto())
    if (p == proto) return true;
  return false;
}

Value newBufferFromBytes(VM& vm, const std::string& bytes) {
  return Value::cell(newBuffer(vm, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
}

std::string inspectBuffer(VM& vm, Value v) {
  // node: the first 50 bytes in hex, then how many more.
  TypedArrayObject* t = asTypedArray(v);
  static const char* hex = "0123456789abcdef";
  std::string out = "<Buffer";
  size_t n = std::min<size_t>(t->length, 50);
  for (size_t i = 0; i < n; i++) {
    out.push_back(' ');
    out.push_back(hex[bytesOf(t)[i] >> 4]);
    out.push_back(hex[bytesOf(t)[i] & 15]);
  }
  if (n == 0) out.push_back(' ');
  if (t->length > 50) {
    size_t more = t->length - 50;
    out += " ... " + std::to_string(more) + " more byte" + (more > 1 ? "s" : "");
  }
  (void)vm;
  return out + ">";
}

void installBuffer(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Object* u8proto = asObject(namedIntrinsic(vm, "proto:Uint8Array"));
  Object* proto = newPlainObject(vm, u8proto);
  Rooted rproto(vm, Value::cell(proto));
  r.namedIntrinsics["jsstd:bufferPrototype"] = rproto;
  NativeFunction* ctor = defineConstructor(vm, "Buffer", bufferConstructor, 2, proto);
  Rooted rctor(vm, Value::cell(ctor));
  setPrototypeOf(vm, ctor, asObject(namedIntrinsic(vm, "ctor:Uint8Array")));
  defineNativeMethod(vm, ctor, "from", bufferFrom, 3);
  defineNativeMethod(vm, ctor, "alloc", bufferAlloc, 3, 0);
  defineNativeMethod(vm, ctor, "allocUnsafe", bufferAlloc, 1, 1);
  defineNativeMethod(vm, ctor, "concat", bufferConcat, 2);
  defineNativeMethod(vm, ctor, "isBuffer", bufferIsBuffer, 1);
  defineNativeMethod(vm, ctor, "isEncoding", bufferIsEncoding, 1);
  defineNativeMethod(vm, ctor, "byteLength", bufferByteLength, 2);
  defineNativeMethod(vm, ctor, "compare", bufferCompareStatic, 2);
  defineValue(vm, ctor, "poolSize", Value::integer(8192), kWritable | kConfigurable | kEnumerable);
  defineNativeMethod(vm, proto, "toString", bufferToString, 3);
  defineNativeMethod(vm, proto, "equals", bufferEquals, 1);
  defineNativeMethod(vm, proto, "compare", bufferCompare, 1);
  defineNativeMethod(vm, proto, "slice", bufferSubarray, 2);
  defineNativeMethod(vm, proto, "subarray", bufferSubarray, 2);
  defineNativeMethod(vm, proto, "toJSON", bufferToJSON, 0);
  defineNativeMethod(vm, proto, "write", bufferWrite, 4);
  defineNativeMethod(vm, proto, "copy", bufferCopy, 4);
}

}  // namespace dualvm::js
