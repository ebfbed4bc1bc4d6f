// BigInt operations over GMP (see bigint.h).
#include "runtime/bigint.h"
#include <cmath>
#include <climits>
#include <vector>
#include "gc/heap.h"

namespace dualvm::bigint {

namespace {
// RAII mpz temporary.
struct Z {
  mpz_t z;
  Z() { mpz_init(z); }
  ~Z() { mpz_clear(z); }
  Z(const Z&) = delete;
  operator mpz_ptr() { return z; }
  operator mpz_srcptr() const { return z; }
};
}  // namespace

Value fromMpz(gc::Heap& heap, const mpz_t z) {
  if (mpz_fits_sint_p(z)) {
    long v = mpz_get_si(z);
    if (v >= INT32_MIN && v <= INT32_MAX) return Value::integer(int32_t(v));
  }
  BigInt* b = heap.make<BigInt>();
  mpz_set(b->value, z);
  return Value::cell(b);
}

Value fromInt64(gc::Heap& heap, int64_t i) {
  if (i >= INT32_MIN && i <= INT32_MAX) return Value::integer(int32_t(i));
  Z z;
  mpz_set_si(z, long(i));
  return fromMpz(heap, z);
}

Value fromUint64(gc::Heap& heap, uint64_t u) {
  if (u <= INT32_MAX) return Value::integer(int32_t(u));
  Z z;
  mpz_set_ui(z, (unsigned long)u);
  return fromMpz(heap, z);
}

Value fromDouble(gc::Heap& heap, double d) {
  Z z;
  mpz_set_d(z, d);
  return fromMpz(heap, z);
}

bool parse(gc::Heap& heap, std::string_view text, int base, Value* out) {
  std::string s(text);
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
  if (base == 0) {
    base = 10;
    if (i + 1 < s.size() && s[i] == '0') {
      char p = char(s[i + 1] | 0x20);
      if (p == 'x') { base = 16; i += 2; }
      else if (p == 'o') { base = 8; i += 2; }
      else if (p == 'b') { base = 2; i += 2; }
    }
  }
  if (i >= s.size()) return false;
  for (size_t k = i; k < s.size(); k++) {
    char c = s[k];
    int dv = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
    if (dv >= base) return false;
  }
  Z z;
  if (mpz_set_str(z, s.c_str() + i, base) != 0) return false;
  if (neg) mpz_neg(z.z, z.z);
  *out = fromMpz(heap, z);
  return true;
}

void toMpz(Value v, mpz_t out) {
  if (v.isInt()) mpz_set_si(out, v.asInt());
  else mpz_set(out, asBigInt(v)->value);
}

std::string toString(Value v, int base) {
  if (v.isInt() && base == 10) return std::to_string(v.asInt());
  Z z;
  toMpz(v, z);
  std::vector<char> buf(mpz_sizeinbase(z, base) + 2);
  mpz_get_str(buf.data(), base, z);
  return std::string(buf.data());
}

double toDouble(Value v, bool* overflow) {
  if (overflow) *overflow = false;
  if (v.isInt()) return double(v.asInt());
  const mpz_t& z = asBigInt(v)->value;
  size_t bits = mpz_sizeinbase(z, 2);
  if (bits <= 53) return mpz_get_d(z);
  // Keep 54 significant bits and a sticky bit for everything below, then round half-even.
  Z a, q;
  mpz_abs(a.z, z);
  size_t shift = bits - 54;
  mpz_tdiv_q_2exp(q, a, shift);
  bool sticky = mpz_scan1(a, 0) < shift;
  uint64_t top = mpz_get_ui(q);  // exactly 54 bits: 53 kept + the rounding bit
  uint64_t mant = top >> 1;
  if ((top & 1) && (sticky || (mant & 1))) mant++;  // round half to even
  double r = std::ldexp(double(mant), int(shift + 1));
  if (std::isinf(r) && overflow) *overflow = true;
  return mpz_sgn(z) < 0 ? -r : r;
}

bool fitsInt64(Value v, int64_t* out) {
  if (v.isInt()) { *out = v.asInt(); return true; }
  const mpz_t& z = asBigInt(v)->value;
  if (!mpz_fits_slong_p(z)) return false;
  *out = mpz_get_si(z);
  return true;
}

int compare(Value a, Value b) {
  if (a.isInt() && b.isInt()) return a.asInt() < b.asInt() ? -1 : a.asInt() > b.asInt() ? 1 : 0;
  Z x, y;
  toMpz(a, x);
  toMpz(b, y);
  int c = mpz_cmp(x, y);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

int compareWithDouble(Value a, double d) {
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  Z x;
  toMpz(a, x);
  double fl = std::floor(d);
  Z y;
  mpz_set_d(y, fl);
  int c = mpz_cmp(x, y);
  if (c != 0) return c < 0 ? -1 : 1;
  return fl == d ? 0 : -1;  // x == floor(d) < d
}

int sign(Value v) {
  if (v.isInt()) return v.asInt() < 0 ? -1 : v.asInt() > 0 ? 1 : 0;
  return mpz_sgn(asBigInt(v)->value);
}

Value binary(gc::Heap& heap, Op op, Value a, Value b) {
  if (a.isInt() && b.isInt()) {
    // Small operands: exact in int64, no GMP temporaries (pyperf: Python's int slow path,
    // e.g. % of a negative number, came here for every operation).
    int64_t p = a.asInt(), q = b.asInt();
    switch (op) {
      case Op::Add: return fromInt64(heap, p + q);
      case Op::Sub: return fromInt64(heap, p - q);
      case Op::Mul: return fromInt64(heap, p * q);
      case Op::FloorDiv:
        if (q) return fromInt64(heap, p / q - ((p % q != 0) && ((p < 0) != (q < 0))));
        break;
      case Op::FloorMod:
        if (q) {
          int64_t m = p % q;
          return fromInt64(heap, m != 0 && ((m < 0) != (q < 0)) ? m + q : m);
        }
        break;
      case Op::TruncDiv: if (q) return fromInt64(heap, p / q); break;
      case Op::TruncMod: if (q) return fromInt64(heap, p % q); break;
      case Op::And: return Value::integer(int32_t(p & q));
      case Op::Or: return Value::integer(int32_t(p | q));
      case Op::Xor: return Value::integer(int32_t(p ^ q));
      case Op::Shl: if (q >= 0 && q < 32) return fromInt64(heap, p * (int64_t(1) << q)); break;
      case Op::Shr: if (q >= 0) return Value::integer(int32_t(q >= 32 ? (p < 0 ? -1 : 0) : p >> q)); break;
      default: break;
    }
  }
  Z x, y, r;
  toMpz(a, x);
  toMpz(b, y);
  switch (op) {
    case Op::Add: mpz_add(r, x, y); break;
    case Op::Sub: mpz_sub(r, x, y); break;
    case Op::Mul: mpz_mul(r, x, y); break;
    case Op::FloorDiv: mpz_fdiv_q(r, x, y); break;
    case Op::FloorMod: mpz_fdiv_r(r, x, y); break;
    case Op::TruncDiv: mpz_tdiv_q(r, x, y); break;
    case Op::TruncMod: mpz_tdiv_r(r, x, y); break;
    case Op::Pow: mpz_pow_ui(r, x, mpz_get_ui(y)); break;
    case Op::And: mpz_and(r, x, y); break;
    case Op::Or: mpz_ior(r, x, y); break;
    case Op::Xor: mpz_xor(r, x, y); break;
    case Op::Shl: mpz_mul_2exp(r, x, mpz_get_ui(y)); break;
    case Op::Shr: mpz_fdiv_q_2exp(r, x, mpz_get_ui(y)); break;
  }
  return fromMpz(heap, r);
}

Value negate(gc::Heap& heap, Value a) {
  if (a.isInt() && a.asInt() != INT32_MIN) return Value::integer(-a.asInt());
  Z x;
  toMpz(a, x);
  mpz_neg(x.z, x.z);
  return fromMpz(heap, x);
}

Value bitNot(gc::Heap& heap, Value a) {
  Z x;
  toMpz(a, x);
  mpz_com(x, x);
  return fromMpz(heap, x);
}

Value abs(gc::Heap& heap, Value a) {
  if (a.isInt() && a.asInt() != INT32_MIN) return Value::integer(a.asInt() < 0 ? -a.asInt() : a.asInt());
  Z x;
  toMpz(a, x);
  mpz_abs(x.z, x.z);
  return fromMpz(heap, x);
}

int64_t pythonHash(Value v) {
  const uint64_t P = (uint64_t(1) << 61) - 1;
  if (v.isInt()) {
    int64_t i = v.asInt();
    return i == -1 ? -2 : i;
  }
  Z x, m;
  toMpz(v, x);
  bool neg = mpz_sgn(x.z) < 0;
  mpz_abs(x.z, x.z);
  mpz_set_ui(m, (unsigned long)P);
  mpz_mod(x, x, m);
  int64_t h = int64_t(mpz_get_ui(x));
  if (neg) h = -h;
  return h == -1 ? -2 : h;
}

size_t bitLength(Value v) {
  if (v.isInt()) {
    int64_t i = v.asInt();
    uint64_t u = i < 0 ? uint64_t(-i) : uint64_t(i);
    size_t n = 0;
    while (u) { n++; u >>= 1; }
    return n;
  }
  const mpz_t& z = asBigInt(v)->value;
  return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
}

}  // namespace dualvm::bigint
