// runtime/python/modules/marshal.cpp — the native `marshal` module (CPython's Python/marshal.c):
// dumps/loads/dump/load of None, bool, StopIteration, Ellipsis, int (TYPE_INT / 15-bit-digit
// TYPE_LONG), float, complex (binary, or text for versions 0-1), str (short/ASCII/interned forms
// from version 4), bytes/bytearray, tuple, list, dict, set, frozenset; `version` is 4.
// Code objects (and anything else) raise ValueError("unmarshallable object"): our functions have
// no CPython bytecode. Differences: CPython sets FLAG_REF on an object whose refcount is above 1;
// with no refcounts, every container/str/int/float written from version 3 gets FLAG_REF (the
// common case of constants and named values) and a second occurrence of the same object is a
// TYPE_REF; a str counts as interned (Z/A/t) when it looks like an identifier, as CPython interns
// such constants. loads accepts everything CPython writes (refs included).
#include <gmp.h>
#include <cstring>
#include <unordered_map>
#include "runtime/bigint.h"
#include "runtime/python/complex.h"
#include "runtime/python/modules/native_type.h"
#include "runtime/python/py_text.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum : uint8_t {
  TYPE_NULL = '0', TYPE_NONE = 'N', TYPE_FALSE = 'F', TYPE_TRUE = 'T', TYPE_STOPITER = 'S',
  TYPE_ELLIPSIS = '.', TYPE_INT = 'i', TYPE_INT64 = 'I', TYPE_FLOAT = 'f', TYPE_BINARY_FLOAT = 'g',
  TYPE_COMPLEX = 'x', TYPE_BINARY_COMPLEX = 'y', TYPE_LONG = 'l', TYPE_STRING = 's',
  TYPE_INTERNED = 't', TYPE_REF = 'r', TYPE_TUPLE = '(', TYPE_LIST = '[', TYPE_DICT = '{',
  TYPE_CODE = 'c', TYPE_UNICODE = 'u', TYPE_UNKNOWN = '?', TYPE_SET = '<', TYPE_FROZENSET = '>',
  TYPE_ASCII = 'a', TYPE_ASCII_INTERNED = 'A', TYPE_SMALL_TUPLE = ')', TYPE_SHORT_ASCII = 'z',
  TYPE_SHORT_ASCII_INTERNED = 'Z', FLAG_REF = 0x80
};
constexpr int kMaxDepth = 2000;
constexpr int kVersion = 4;

// ---- writing ----

struct Writer {
  PyLanguage& P;
  int version;
  std::string out;
  std::unordered_map<uint64_t, int32_t> refs;  // object identity -> ref index (version >= 3)
  int depth = 0;
  int32_t nextRef = 0;  // flagged objects so far, the reader's ref-table index

  void byte(uint8_t b) { out.push_back(char(b)); }
  void i32(int32_t v) { for (int i = 0; i < 4; i++) byte(uint8_t(uint32_t(v) >> (8 * i))); }
  void dbl(double d) { uint64_t u; memcpy(&u, &d, 8); for (int i = 0; i < 8; i++) byte(uint8_t(u >> (8 * i))); }
  void size(size_t n) {
    if (n > 0x7fffffff) P.raise(P.t.ValueError, "unmarshallable object");
    i32(int32_t(n));
  }
  void floatText(double d) {
    std::string r = PyLanguage::floatRepr(d);
    byte(uint8_t(r.size()));
    out += r;
  }

  // A reference-able object: a TYPE_REF if seen before, else its type byte with FLAG_REF.
  bool ref(Value v, uint8_t type) {
    if (version < 3 || !v.isCell()) { byte(type); return false; }
    uint64_t key = uint64_t(reinterpret_cast<uintptr_t>(v.asCell()));
    auto it = refs.find(key);
    if (it != refs.end()) {
      byte(TYPE_REF);
      i32(it->second);
      return true;
    }
    refs[key] = nextRef++;
    byte(type | FLAG_REF);
    return false;
  }
  // scalars (ints, floats) are not cells; CPython still flags them
  void flagged(uint8_t type) {
    byte(version >= 3 ? (type | FLAG_REF) : type);
    if (version >= 3) nextRef++;
  }

  void object(Value v) {
    VM& vm = P.vm;
    if (++depth > kMaxDepth) P.raise(P.t.ValueError, "object too deeply nested to marshal");
    if (v.isNull()) byte(TYPE_NONE);
    else if (v.isBool()) byte(v.asBool() ? TYPE_TRUE : TYPE_FALSE);
    else if (v == Value::cell(P.t.StopIteration)) byte(TYPE_STOPITER);
    else if (v == P.ellipsis) byte(TYPE_ELLIPSIS);
    else if (v.isInt()) {
      flagged(TYPE_INT);
      i32(v.asInt());
    } else if (isBigInt(v)) {
      int64_t small;
      if (bigint::fitsInt64(v, &small) && small >= INT32_MIN && small <= INT32_MAX) {
        if (!ref(v, TYPE_INT)) i32(int32_t(small));
      } else if (!ref(v, TYPE_LONG)) {
        mpz_t z;
        mpz_init(z);
        bigint::toMpz(v, z);
        size_t count = 0;
        // 15-bit digits, least significant first (nails = 1 bit of each 16-bit word)
        std::vector<uint16_t> digits((mpz_sizeinbase(z, 2) + 14) / 15 + 1);
        mpz_export(digits.data(), &count, -1, 2, -1, 1, z);
        int sgn = mpz_sgn(z);
        mpz_clear(z);
        i32(int32_t(sgn < 0 ? -int64_t(count) : int64_t(count)));
        for (size_t i = 0; i < count; i++) { byte(uint8_t(digits[i])); byte(uint8_t(digits[i] >> 8)); }
      }
    } else if (v.isDouble()) {
      if (version > 1) { flagged(TYPE_BINARY_FLOAT); dbl(v.asDouble()); }
      else { byte(TYPE_FLOAT); floatText(v.asDouble()); }
    } else if (isComplex(v) && P.typeOf(v) == complexType(P)) {
      PyComplex* c = asComplex(v);
      if (version > 1) { if (!ref(v, TYPE_BINARY_COMPLEX)) { dbl(c->re); dbl(c->im); } }
      else { byte(TYPE_COMPLEX); floatText(c->re); floatText(c->im); }
    } else if (isString(v) && P.typeOf(v)->builtin) {
      std::u32string cp = cps(v);
      bool ascii = true, ident = !cp.empty();
      for (char32_t c : cp) {
        if (c >= 0x80) ascii = false;
        if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) ident = false;
      }
      if (version >= 4 && ascii) {
        bool shortStr = cp.size() < 256;
        uint8_t t = shortStr ? (ident ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII) : (ident ? TYPE_ASCII_INTERNED : TYPE_ASCII);
        if (!ref(v, t)) {
          if (shortStr) byte(uint8_t(cp.size()));
          else size(cp.size());
          for (char32_t c : cp) byte(uint8_t(c));
        }
      } else {
        std::string utf8 = asString(v)->toUtf8();
        // lone surrogates: CPython writes them with surrogatepass; toUtf8 already keeps them
        if (!ref(v, version >= 3 && ident ? TYPE_INTERNED : TYPE_UNICODE)) {
          size(utf8.size());
          out += utf8;
        }
      }
    } else if (isBytesLike(v) && P.typeOf(v)->builtin) {
      if (!ref(v, TYPE_STRING)) {
        const std::string& d = asBytes(v)->data;
        size(d.size());
        out += d;
      }
    } else if (isArray(v) && asObject(v)->classTag() == kTagTuple && P.typeOf(v)->builtin) {
      auto& el = asArray(v)->elements;
      if (version >= 4 && el.size() < 256) {
        if (!ref(v, TYPE_SMALL_TUPLE)) { byte(uint8_t(el.size())); items(v); }
      } else if (!ref(v, TYPE_TUPLE)) {
        size(el.size());
        items(v);
      }
    } else if (isArray(v) && asObject(v)->classTag() == kTagList && P.typeOf(v)->builtin) {
      if (!ref(v, TYPE_LIST)) { size(asArray(v)->elements.size()); items(v); }
    } else if (isDict(v) && P.typeOf(v)->builtin) {
      if (!ref(v, TYPE_DICT)) {
        Rooted rv(vm, v);
        for (size_t i = 0; i < asDict(rv)->entries.size(); i++) {
          DictEntry e = asDict(rv)->entries[i];
          if (e.key.isMagic(Magic::Empty)) continue;
          Rooted k(vm, e.key), val(vm, e.value);
          object(k);
          object(val);
        }
        byte(TYPE_NULL);
      }
    } else if (isAnySet(v) && P.typeOf(v)->builtin) {
      bool frozen = asObject(v)->classTag() == kTagFrozenSet;
      if (!ref(v, frozen ? TYPE_FROZENSET : TYPE_SET)) {
        Rooted rv(vm, v);
        RootedVector els(vm);
        P.collect(rv, els);
        size(els.size());
        for (size_t i = 0; i < els.size(); i++) object(els[i]);
      }
    } else {
      P.raise(P.t.ValueError, "unmarshallable object");
    }
    depth--;
  }
  void items(Value v) {
    VM& vm = P.vm;
    Rooted rv(vm, v);
    for (size_t i = 0; i < asArray(rv)->elements.size(); i++) object(asArray(rv)->elements[i]);
  }
};

// ---- reading ----

struct Reader {
  PyLanguage& P;
  const std::string& data;
  size_t pos = 0;
  RootedVector refs;
  int depth = 0;
  Reader(PyLanguage& P, const std::string& d) : P(P), data(d), refs(P.vm) {}

  PyType* eofError() { return asType(P.nsGet(P.builtins, P.s("EOFError"))); }
  [[noreturn]] void eof() { P.raise(eofError(), "marshal data too short"); }
  [[noreturn]] void bad(const char* what) { P.raise(P.t.ValueError, std::string("bad marshal data (") + what + ")"); }
  uint8_t byte() { if (pos >= data.size()) eof(); return uint8_t(data[pos++]); }
  int32_t i32() {
    if (pos + 4 > data.size()) eof();
    uint32_t u = 0;
    for (int i = 0; i < 4; i++) u |= uint32_t(uint8_t(data[pos + size_t(i)])) << (8 * i);
    pos += 4;
    return int32_t(u);
  }
  double dbl() {
    if (pos + 8 > data.size()) eof();
    uint64_t u = 0;
    for (int i = 0; i < 8; i++) u |= uint64_t(uint8_t(data[pos + size_t(i)])) << (8 * i);
    pos += 8;
    double d;
    memcpy(&d, &u, 8);
    return d;
  }
  std::string bytes(size_t n) {
    if (pos + n > data.size()) eof();
    std::string s = data.substr(pos, n);
    pos += n;
    return s;
  }
  size_t size(const char* what) {
    int32_t n = i32();
    if (n < 0) bad(what);
    return size_t(n);
  }
  double floatText() {
    std::string s = bytes(byte());
    double d;
    std::u32string t(s.begin(), s.end());
    if (!parseFloatText(t, &d)) bad("float");
    return d;
  }
  // reserve a ref slot before reading a container's items (self-references resolve to it)
  size_t reserve(bool flag) {
    if (!flag) return SIZE_MAX;
    refs.push(Value::null());
    return refs.size() - 1;
  }
  Value setRef(size_t slot, Value v) {
    if (slot != SIZE_MAX) refs[slot] = v;
    return v;
  }

  Value object() {
    VM& vm = P.vm;
    if (pos >= data.size()) P.raise(eofError(), "EOF read where object expected");
    if (++depth > kMaxDepth) P.raise(P.t.ValueError, "recursion limit exceeded");
    uint8_t code = byte();
    bool flag = code & FLAG_REF;
    uint8_t type = code & ~FLAG_REF;
    Value result;
    switch (type) {
      case TYPE_NULL: bad("NULL object");
      case TYPE_NONE: result = Value::null(); break;
      case TYPE_TRUE: result = Value::boolean(true); break;
      case TYPE_FALSE: result = Value::boolean(false); break;
      case TYPE_STOPITER: result = Value::cell(P.t.StopIteration); break;
      case TYPE_ELLIPSIS: result = P.ellipsis; break;
      case TYPE_INT: result = setRef(reserve(flag), Value::integer(i32())); break;
      case TYPE_INT64: {
        int64_t lo = uint32_t(i32()), hi = i32();
        result = setRef(reserve(flag), bigint::fromInt64(vm.heap, int64_t(uint64_t(hi) << 32 | uint64_t(lo))));
        break;
      }
      case TYPE_LONG: {
        int32_t n = i32();
        if (n < -(1 << 24) || n > (1 << 24)) bad("long size out of range");
        size_t count = size_t(n < 0 ? -int64_t(n) : n);
        std::vector<uint16_t> digits(count);
        for (size_t i = 0; i < count; i++) {
          uint16_t lo = byte(), hi = byte();
          digits[i] = uint16_t(lo | hi << 8);
          if (digits[i] > 0x7fff) bad("digit out of range in long");
        }
        if (count && digits[count - 1] == 0) bad("unnormalized long data");
        mpz_t z;
        mpz_init(z);
        if (count) mpz_import(z, count, -1, 2, -1, 1, digits.data());
        if (n < 0) mpz_neg(z, z);
        Value v = bigint::fromMpz(vm.heap, z);
        mpz_clear(z);
        result = setRef(reserve(flag), v);
        break;
      }
      case TYPE_FLOAT: result = setRef(reserve(flag), Value::number(floatText())); break;
      case TYPE_BINARY_FLOAT: result = setRef(reserve(flag), Value::number(dbl())); break;
      case TYPE_COMPLEX: {
        double re = floatText(), im = floatText();
        result = setRef(reserve(flag), newComplex(P, re, im));
        break;
      }
      case TYPE_BINARY_COMPLEX: {
        double re = dbl(), im = dbl();
        result = setRef(reserve(flag), newComplex(P, re, im));
        break;
      }
      case TYPE_STRING: result = setRef(reserve(flag), newBytes(P, bytes(size("bytes object size out of range")))); break;
      case TYPE_UNICODE: case TYPE_INTERNED: {
        std::string s = bytes(size("string size out of range"));
        result = setRef(reserve(flag), P.newStr(s));
        break;
      }
      case TYPE_ASCII: case TYPE_ASCII_INTERNED: case TYPE_SHORT_ASCII: case TYPE_SHORT_ASCII_INTERNED: {
        size_t n = (type == TYPE_SHORT_ASCII || type == TYPE_SHORT_ASCII_INTERNED) ? byte() : size("string size out of range");
        std::string s = bytes(n);
        std::u32string cp(s.begin(), s.end());
        for (char32_t& c : cp) c = char32_t(uint8_t(c));
        result = setRef(reserve(flag), P.newStrCp(cp));
        break;
      }
      case TYPE_SMALL_TUPLE: case TYPE_TUPLE: {
        size_t n = type == TYPE_SMALL_TUPLE ? byte() : size("tuple size out of range");
        // made first and filled in place, so a reference to it from inside resolves (CPython's
        // r_ref_reserve/r_ref_insert)
        std::vector<Value> none(n, Value::null());
        Rooted tup(vm, P.newTuple(none.data(), n));
        setRef(reserve(flag), tup);
        for (size_t i = 0; i < n; i++) {
          Value item = object();
          asArray(tup)->elements[i] = item;
          writeBarrier(asArray(tup), item);
        }
        result = tup;
        break;
      }
      case TYPE_LIST: {
        size_t n = size("list size out of range");
        Rooted list(vm, P.newList(nullptr, 0));
        size_t slot = reserve(flag);
        setRef(slot, list);
        for (size_t i = 0; i < n; i++) {
          Rooted item(vm, object());
          asArray(list)->elements.push_back(item);
          writeBarrier(asArray(list), item);
        }
        result = list;
        break;
      }
      case TYPE_DICT: {
        Rooted d(vm, P.newDict());
        setRef(reserve(flag), d);
        for (;;) {
          if (pos < data.size() && uint8_t(data[pos]) == TYPE_NULL) { pos++; break; }
          Rooted k(vm, object());
          Rooted v(vm, object());
          P.dictSet(asDict(d), k, v);
        }
        result = d;
        break;
      }
      case TYPE_SET: case TYPE_FROZENSET: {
        size_t n = size("set size out of range");
        Rooted s(vm, newSet(P, type == TYPE_SET ? P.t.set : P.t.frozenset));
        size_t slot = reserve(flag);
        setRef(slot, s);
        for (size_t i = 0; i < n; i++) {
          Rooted item(vm, object());
          setAdd(P, s, item);
        }
        result = s;
        break;
      }
      case TYPE_REF: {
        int32_t i = i32();
        if (i < 0 || size_t(i) >= refs.size()) bad("invalid reference");
        result = refs[size_t(i)];
        if (result.isNull()) bad("invalid reference");
        break;
      }
      case TYPE_CODE: P.raise(P.t.ValueError, "bad marshal data (code objects are not supported)");
      default: bad("unknown type code");
    }
    depth--;
    return result;
  }
};

int versionArg(PyLanguage& P, CallArgs& a, size_t index, const Kwargs& kw) {
  Value v = a.argc > index ? a[index] : kw.get("version");
  if (v.isMagic(Magic::Empty)) return kVersion;
  if (!isInteger(v) || v.isBool()) P.raise(P.t.TypeError, "'" + P.typeName(v) + "' object cannot be interpreted as an integer");
  return int(P.toIndex(v));
}

Value m_dumps(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  RootedKwargs kw(P, "dumps", {});
  if (a.argc < 1 || a.argc > 2)
    P.raise(P.t.TypeError, a.argc < 1 ? "dumps expected at least 1 argument, got 0" : "dumps expected at most 2 arguments, got " + std::to_string(a.argc));
  Writer w{P, versionArg(P, a, 1, kw.kw), {}, {}, 0, 0};
  w.object(a[0]);
  return newBytes(P, w.out);
}

Value m_dump(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  RootedKwargs kw(P, "dump", {});
  if (a.argc < 2 || a.argc > 3)
    P.raise(P.t.TypeError, a.argc < 2 ? "dump expected at least 2 arguments, got " + std::to_string(a.argc) : "dump expected at most 3 arguments, got " + std::to_string(a.argc));
  Rooted file(vm, a[1]);
  Writer w{P, versionArg(P, a, 2, kw.kw), {}, {}, 0, 0};
  w.object(a[0]);
  Rooted b(vm, newBytes(P, w.out));
  P.callMethod(file, "write", b.address(), 1);
  return Value::null();
}

std::string bufferOf(PyLanguage& P, Value v) {
  if (!isBytesLike(v)) P.raise(P.t.TypeError, "a bytes-like object is required, not '" + P.typeName(v) + "'");
  return asBytes(v)->data;
}

Value m_loads(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  RootedKwargs kw(P, "loads", {});
  if (a.argc != 1) P.raise(P.t.TypeError, "loads() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  std::string data = bufferOf(P, a[0]);
  Reader r(P, data);
  return r.object();
}

// load(file): reads the rest of the file, then seeks back over what one object did not use.
Value m_load(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc != 1) P.raise(P.t.TypeError, "load() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  Rooted file(vm, a[0]);
  Rooted buf(vm, P.callMethod(file, "read", nullptr, 0));
  std::string data = bufferOf(P, buf);
  Reader r(P, data);
  Rooted result(vm, r.object());
  if (r.pos < data.size()) {
    Value args[2] = {Value::fromInt64(int64_t(r.pos) - int64_t(data.size())), Value::integer(1)};
    P.callMethod(file, "seek", args, 2);
  }
  return result;
}

}  // namespace

void initMarshal(PyLanguage& P, Object* m) {
  P.defNative(m, "dumps", m_dumps);
  P.defNative(m, "dump", m_dump);
  P.defNative(m, "loads", m_loads);
  P.defNative(m, "load", m_load);
  m->putDirect(P.vm, P.s("version"), Value::integer(kVersion));
}

}  // namespace dualvm::py
