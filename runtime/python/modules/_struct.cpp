// runtime/python/modules/_struct.cpp — the native `_struct` module (CPython's Modules/_struct.c):
// pack, unpack, calcsize, pack_into, unpack_from, iter_unpack, the Struct class and struct.error,
// for the byte orders @ = < > ! and the codes x c b B ? h H i I l L q Q n N e f d s p P, with
// native alignment for '@' and CPython's error messages. struct.py is `from _struct import *`.
#include <cmath>
#include <cstring>
#include <unordered_map>
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

std::unordered_map<PyLanguage*, PyType*> errorTypes;

struct Item { char code; int64_t count; size_t size, offset; };
struct Layout { bool native, little; std::vector<Item> items; size_t size; size_t nvalues; };

[[noreturn]] void structError(VM& vm, const std::string& msg) { L.raise(errorTypes[&L], msg); }

size_t codeSize(char c, bool native) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? sizeof(long) : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return sizeof(size_t);
    default: return 0;
  }
}

Layout parse(VM& vm, Value fmtv) {
  std::string fmt;
  if (isString(fmtv)) fmt = asString(fmtv)->toUtf8();
  else if (isBytesLike(fmtv)) fmt = asBytes(fmtv)->data;
  else L.raise(L.t.TypeError, "Struct() argument 1 must be a str or bytes object, not " + L.typeName(fmtv));
  Layout lay{true, true, {}, 0, 0};
  size_t i = 0;
  if (!fmt.empty()) {
    switch (fmt[0]) {
      case '@': i = 1; break;
      case '=': lay.native = false; i = 1; break;
      case '<': lay.native = false; i = 1; break;
      case '>': case '!': lay.native = false; lay.little = false; i = 1; break;
    }
  }
  size_t off = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (isspace((unsigned char)c)) { i++; continue; }
    int64_t count = 1;
    bool hasCount = false;
    if (isdigit((unsigned char)c)) {
      count = 0;
      while (i < fmt.size() && isdigit((unsigned char)fmt[i])) {
        count = count * 10 + (fmt[i] - '0');
        if (count > (int64_t(1) << 40)) structError(vm, "total struct size too long");
        i++;
      }
      if (i >= fmt.size()) structError(vm, "repeat count given without format specifier");
      c = fmt[i];
      hasCount = true;
    }
    (void)hasCount;
    size_t sz = codeSize(c, lay.native);
    if (!sz || (!lay.native && (c == 'n' || c == 'N' || c == 'P'))) structError(vm, "bad char in struct format");
    if (lay.native && c != 's' && c != 'p' && c != 'x') off = (off + sz - 1) / sz * sz;  // native alignment
    if (c == 's' || c == 'p') {
      lay.items.push_back({c, count, size_t(count), off});
      off += size_t(count);
      lay.nvalues++;
    } else if (c == 'x') {
      off += size_t(count);
    } else if (lay.nvalues + size_t(count) > (size_t(1) << 24)) {  // a format nobody can pass values for
      lay.nvalues += size_t(count);
      off += sz * size_t(count);
    } else {
      for (int64_t k = 0; k < count; k++) { lay.items.push_back({c, 1, sz, off}); off += sz; lay.nvalues++; }
    }
    i++;
  }
  if (off > (size_t(1) << 32)) structError(vm, "total struct size too long");
  lay.size = off;
  return lay;
}

void putInt(std::string& out, size_t off, uint64_t v, size_t sz, bool little) {
  for (size_t k = 0; k < sz; k++) {
    unsigned char b = (unsigned char)(v >> (8 * k));
    out[off + (little ? k : sz - 1 - k)] = char(b);
  }
}
uint64_t getInt(const std::string& in, size_t off, size_t sz, bool little) {
  uint64_t v = 0;
  for (size_t k = 0; k < sz; k++) v |= uint64_t((unsigned char)in[off + (little ? k : sz - 1 - k)]) << (8 * k);
  return v;
}

// IEEE half precision (CPython's PyFloat_Pack2 rounding: round half to even).
uint16_t toHalf(VM& vm, double x) {
  uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  if (std::isnan(x)) return sign | 0x7e00;
  x = std::fabs(x);
  if (std::isinf(x)) return sign | 0x7c00;
  if (x == 0) return sign;
  int e;
  double f = std::frexp(x, &e);  // x = f * 2^e, 0.5 <= f < 1
  if (e > 16) structError(vm, "float too large to pack with e format");
  e--; f *= 2;  // 1 <= f < 2
  if (e < -14) { f = std::ldexp(f, e + 14); e = 0; }
  else { e += 15; f -= 1; }
  double scaled = f * 1024.0;
  double bits = std::nearbyint(scaled);  // default rounding mode: half to even
  uint32_t mant = uint32_t(bits);
  if (mant >> 10) { mant = 0; e++; if (e == 31) structError(vm, "float too large to pack with e format"); }
  return uint16_t(sign | (e << 10) | mant);
}
double fromHalf(uint16_t h) {
  int s = h >> 15, e = (h >> 10) & 31, m = h & 1023;
  double v;
  if (e == 0) v = std::ldexp(m, -24);
  else if (e == 31) v = m ? NAN : INFINITY;
  else v = std::ldexp(m + 1024, e - 25);
  return s ? -v : v;
}

std::string packValues(VM& vm, const Layout& lay, const Value* argv, uint32_t argc) {
  if (argc != lay.nvalues) structError(vm, "pack expected " + std::to_string(lay.nvalues) + " items for packing (got " + std::to_string(argc) + ")");
  std::string out(lay.size, '\0');
  for (size_t i = 0; i < lay.items.size(); i++) {
    const Item& it = lay.items[i];
    Value v = argv[i];
    char c = it.code;
    switch (c) {
      case 'c':
        if (!isBytesLike(v) || asBytes(v)->data.size() != 1) structError(vm, "char format requires a bytes object of length 1");
        out[it.offset] = asBytes(v)->data[0];
        break;
      case 's': case 'p': {
        if (!isBytesLike(v)) structError(vm, "argument for '" + std::string(1, c) + "' must be a bytes object");
        const std::string& d = asBytes(v)->data;
        size_t n = it.size;
        if (c == 's') memcpy(&out[it.offset], d.data(), std::min(n, d.size()));
        else if (n > 0) {
          size_t k = std::min(n - 1, d.size());
          memcpy(&out[it.offset + 1], d.data(), k);
          out[it.offset] = char(std::min<size_t>(k, 255));
        }
        break;
      }
      case '?': out[it.offset] = L.truthy(vm, v) ? 1 : 0; break;
      case 'e': case 'f': case 'd': {
        if (!isInteger(v) && !v.isBool() && !v.isDouble() && !(isObject(v) && !L.typeOf(v)->builtin)) structError(vm, "required argument is not a float");
        double x = L.toFloat(v);
        if (c == 'd') { uint64_t b; memcpy(&b, &x, 8); putInt(out, it.offset, b, 8, lay.little); }
        else if (c == 'f') {
          float f = float(x);
          if (std::isinf(f) && !std::isinf(x)) L.raise(L.t.OverflowError, "float too large to pack with f format");
          uint32_t b; memcpy(&b, &f, 4); putInt(out, it.offset, b, 4, lay.little);
        } else putInt(out, it.offset, toHalf(vm, x), 2, lay.little);
        break;
      }
      default: {  // integers
        if (!isInteger(v) && !v.isBool()) {
          bool hasIndex = isObject(v) && !L.typeOf(v)->builtin && !L.lookupType(L.typeOf(v), L.s("__index__")).isMagic(Magic::Empty);
          if (!hasIndex) structError(vm, "required argument is not an integer");
        }
        Value iv = isInteger(v) ? v : v.isBool() ? Value::integer(v.asBool()) : bigint::fromInt64(vm.heap, L.toIndex(v));
        bool isSigned = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
        size_t sz = it.size;
        mpz_t z, lo, hi;
        mpz_inits(z, lo, hi, nullptr);
        bigint::toMpz(iv, z);
        if (isSigned) { mpz_set_si(hi, 1); mpz_mul_2exp(hi, hi, sz * 8 - 1); mpz_neg(lo, hi); mpz_sub_ui(hi, hi, 1); }
        else { mpz_set_ui(lo, 0); mpz_set_ui(hi, 1); mpz_mul_2exp(hi, hi, sz * 8); mpz_sub_ui(hi, hi, 1); }
        bool inRange = mpz_cmp(z, lo) >= 0 && mpz_cmp(z, hi) <= 0;
        std::string los = bigint::toString(bigint::fromMpz(vm.heap, lo)), his = bigint::toString(bigint::fromMpz(vm.heap, hi));
        uint64_t bits = 0;
        if (inRange) {
          mpz_t m;
          mpz_init(m);
          mpz_fdiv_r_2exp(m, z, 64);  // two's complement low 64 bits
          mpz_export(&bits, nullptr, -1, 8, 0, 0, m);
          mpz_clear(m);
        }
        mpz_clears(z, lo, hi, nullptr);
        if (!inRange) {  // CPython's messages differ per code (and for H, per mode)
          std::string range = " format requires " + los + " <= number <= " + his;
          if (c == 'b') structError(vm, "byte" + range);
          if (c == 'B') structError(vm, "ubyte" + range);
          if (c == 'h') structError(vm, "short" + range);
          if (c == 'H' && lay.native) structError(vm, "ushort" + range);
          if (c == 'i') structError(vm, "'i'" + range);
          structError(vm, "argument out of range");
        }
        putInt(out, it.offset, bits, sz, lay.little);
      }
    }
  }
  return out;
}

Value unpackValues(VM& vm, const Layout& lay, const std::string& data, size_t base) {
  RootedVector out(vm);
  for (const Item& it : lay.items) {
    size_t off = base + it.offset;
    char c = it.code;
    switch (c) {
      case 'c': out.push(newBytes(L, data.substr(off, 1))); break;
      case 's': out.push(newBytes(L, data.substr(off, it.size))); break;
      case 'p': {
        size_t n = it.size ? std::min<size_t>((unsigned char)data[off], it.size - 1) : 0;
        out.push(newBytes(L, it.size ? data.substr(off + 1, n) : std::string()));
        break;
      }
      case '?': out.push(Value::boolean(data[off] != 0)); break;
      case 'd': { uint64_t b = getInt(data, off, 8, lay.little); double x; memcpy(&x, &b, 8); out.push(Value::number(x)); break; }
      case 'f': { uint32_t b = uint32_t(getInt(data, off, 4, lay.little)); float x; memcpy(&x, &b, 4); out.push(Value::number(double(x))); break; }
      case 'e': out.push(Value::number(fromHalf(uint16_t(getInt(data, off, 2, lay.little))))); break;
      default: {
        uint64_t b = getInt(data, off, it.size, lay.little);
        bool isSigned = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
        if (isSigned) {
          int shift = int(64 - 8 * it.size);
          int64_t sv = shift ? int64_t(b << shift) >> shift : int64_t(b);
          out.push(bigint::fromInt64(vm.heap, sv));
        } else out.push(bigint::fromUint64(vm.heap, b));
      }
    }
  }
  return L.newTuple(out.data(), out.size());
}

const std::string& bufferData(VM& vm, Value v) {
  if (!isBytesLike(v)) L.raise(L.t.TypeError, "a bytes-like object is required, not '" + L.typeName(v) + "'");
  return asBytes(v)->data;
}

// Struct objects keep the format in v[0]; the layout is re-parsed per call (formats are short).
enum { kStruct = 1 };
Value formatOf(VM& vm, CallArgs& a, bool method) {
  if (method) { NativeState* s = selfState(L, a, kStruct, "pack", "_struct.Struct"); return s->v[0]; }
  if (a.argc < 1) L.raise(L.t.TypeError, "missing format argument");
  Value f = a[0];
  a.argv++; a.argc--;
  return f;
}

Value packFn(VM& vm, CallArgs& a) {
  bool method = nativeMagic(a);
  Rooted fmt(vm, formatOf(vm, a, method));
  Layout lay = parse(vm, fmt);
  return newBytes(L, packValues(vm, lay, a.argv, a.argc));
}
Value unpackFn(VM& vm, CallArgs& a) {
  bool method = nativeMagic(a);
  Rooted fmt(vm, formatOf(vm, a, method));
  Layout lay = parse(vm, fmt);
  if (a.argc != 1) L.raise(L.t.TypeError, "unpack expected 2 arguments, got " + std::to_string(a.argc + 1));
  const std::string& d = bufferData(vm, a[0]);
  if (d.size() != lay.size) structError(vm, "unpack requires a buffer of " + std::to_string(lay.size) + " bytes");
  return unpackValues(vm, lay, d, 0);
}
Value unpackFromFn(VM& vm, CallArgs& a) {
  bool method = nativeMagic(a);
  RootedKwargs kw(L, "unpack_from", {"buffer", "offset"});
  Rooted fmt(vm, formatOf(vm, a, method));
  Layout lay = parse(vm, fmt);
  Value buf = a.argc > 0 ? a[0] : kw.get("buffer");
  Value offv = a.argc > 1 ? a[1] : kw.get("offset");
  if (buf.isMagic(Magic::Empty)) L.raise(L.t.TypeError, "unpack_from() missing required argument 'buffer' (pos 2)");
  int64_t off = offv.isMagic(Magic::Empty) ? 0 : L.toIndex(offv);
  const std::string& d = bufferData(vm, buf);
  if (off < 0) off += int64_t(d.size());
  if (off < 0 || size_t(off) + lay.size > d.size())
    structError(vm, "unpack_from requires a buffer of at least " + std::to_string(lay.size + size_t(std::max<int64_t>(off, 0))) + " bytes for unpacking " + std::to_string(lay.size) + " bytes at offset " + std::to_string(off) + " (actual buffer size is " + std::to_string(d.size()) + ")");
  return unpackValues(vm, lay, d, size_t(off));
}
Value packIntoFn(VM& vm, CallArgs& a) {
  bool method = nativeMagic(a);
  Rooted fmt(vm, formatOf(vm, a, method));
  Layout lay = parse(vm, fmt);
  if (a.argc < 2) L.raise(L.t.TypeError, "pack_into expected buffer argument");
  Rooted buf(vm, a[0]);
  if (!isByteArray(buf)) L.raise(L.t.TypeError, "argument must be read-write bytes-like object, not " + L.typeName(buf));
  int64_t off = L.toIndex(a[1]);
  std::string packed = packValues(vm, lay, a.argv + 2, a.argc - 2);
  std::string& d = asBytes(buf)->data;
  if (off < 0) off += int64_t(d.size());
  if (off < 0 || size_t(off) + packed.size() > d.size())
    structError(vm, "pack_into requires a buffer of at least " + std::to_string(packed.size() + size_t(std::max<int64_t>(off, 0))) + " bytes for packing " + std::to_string(packed.size()) + " bytes at offset " + std::to_string(off) + " (actual buffer size is " + std::to_string(d.size()) + ")");
  d.replace(size_t(off), packed.size(), packed);
  return Value::null();
}
Value iterUnpackFn(VM& vm, CallArgs& a) {
  bool method = nativeMagic(a);
  Rooted fmt(vm, formatOf(vm, a, method));
  Layout lay = parse(vm, fmt);
  if (lay.size == 0) structError(vm, "cannot iteratively unpack with a struct of length 0");
  const std::string& d = bufferData(vm, a[0]);
  if (d.size() % lay.size) structError(vm, "iterative unpacking requires a buffer of a multiple of " + std::to_string(lay.size) + " bytes");
  Rooted src(vm, a[0]);
  RootedVector rows(vm);
  for (size_t off = 0; off < asBytes(src)->data.size(); off += lay.size) rows.push(unpackValues(vm, lay, asBytes(src)->data, off));
  Rooted list(vm, L.newList(rows.data(), rows.size()));
  return L.getIterator(vm, list, false);
}
Value calcsizeFn(VM& vm, CallArgs& a) {
  bool method = nativeMagic(a);
  Rooted fmt(vm, formatOf(vm, a, method));
  return bigint::fromInt64(vm.heap, int64_t(parse(vm, fmt).size));
}

Value structNew(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "Struct", {"format"});
  if (!isType(a[0])) L.raise(L.t.TypeError, "Struct.__new__(X): X is not a type object");
  Value fmt = a.argc > 1 ? a[1] : kw.get("format");
  if (fmt.isMagic(Magic::Empty)) L.raise(L.t.TypeError, "Struct() missing required argument 'format' (pos 1)");
  Rooted rf(vm, fmt);
  parse(vm, rf);  // validates
  if (isBytesLike(rf)) rf = L.newStr(asBytes(rf)->data);
  NativeState* s = newState(L, asType(a[0]), kStruct, 1, 0);
  s->set(0, rf);
  return Value::cell(s);
}
Value structInit(VM& vm, CallArgs&) { L.kwNames.clear(); L.kwValues.clear(); return Value::null(); }
Value structFormat(VM& vm, CallArgs& a) { return selfState(L, a, kStruct, "format", "_struct.Struct")->v[0]; }
Value structSize(VM& vm, CallArgs& a) {
  NativeState* s = selfState(L, a, kStruct, "size", "_struct.Struct");
  Rooted f(vm, s->v[0]);
  return bigint::fromInt64(vm.heap, int64_t(parse(vm, f).size));
}
Value structRepr(VM& vm, CallArgs& a) {
  NativeState* s = selfState(L, a, kStruct, "__repr__", "_struct.Struct");
  return L.newStr("Struct(" + L.repr(s->v[0]) + ")");
}

}  // namespace

void initStruct(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  PyType* err = newNativeType(P, "error", "struct", P.t.Exception);
  errorTypes[&P] = err;
  m->putDirect(vm, P.s("error"), Value::cell(err));
  struct { const char* n; NativeFn f; } fns[] = {{"pack", packFn}, {"unpack", unpackFn}, {"unpack_from", unpackFromFn},
                                                 {"pack_into", packIntoFn}, {"iter_unpack", iterUnpackFn}, {"calcsize", calcsizeFn}};
  for (auto& f : fns) P.defNative(m, f.n, f.f, 0);
  PyType* st = newNativeType(P, "Struct", "_struct");
  P.defNative(st, "__new__", structNew);
  P.defNative(st, "__init__", structInit);
  for (auto& f : fns) if (std::string(f.n) != "calcsize") P.defNative(st, f.n, f.f, 1);
  P.defNative(st, "__repr__", structRepr);
  defGetter(P, st, "format", structFormat);
  defGetter(P, st, "size", structSize);
  m->putDirect(vm, P.s("Struct"), Value::cell(st));
  P.defNative(m, "_clearcache", [](VM&, CallArgs&) { return Value::null(); });
  m->putDirect(vm, P.s("__doc__"), P.newStr("Functions to convert between Python values and C structs."));
}

}  // namespace dualvm::py
