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

// The int64 value of an int Value or of a BigInt cell in its small form.
inline bool word(Value v, int64_t* out) {
  if (v.isInt()) { *out = v.asInt(); return true; }
  const BigInt* b = asBigInt(v);
  if (b->wide) return false;
  *out = b->small;
  return true;
}

inline BigInt* smallCell(gc::Heap& heap, int64_t i) {
  BigInt* b = heap.make<BigInt>();
  b->small = i;
  return b;
}
}  // namespace

Value cellFromMpz(gc::Heap& heap, const mpz_t z) {
  if (mpz_fits_slong_p(z)) return Value::cell(smallCell(heap, mpz_get_si(z)));
  BigInt* b = heap.make<BigInt>();
  mpz_init_set(b->value, z);
  b->wide = true;
  return Value::cell(b);
}

Value cellFromInt64(gc::Heap& heap, int64_t i) { return Value::cell(smallCell(heap, i)); }

Value fromMpz(gc::Heap& heap, const mpz_t z) {
  if (mpz_fits_slong_p(z)) return fromInt64(heap, mpz_get_si(z));
  return cellFromMpz(heap, z);
}

Value fromInt64(gc::Heap& heap, int64_t i) {
  if (i >= INT32_MIN && i <= INT32_MAX) return Value::integer(int32_t(i));
  return Value::cell(smallCell(heap, i));
}

Value fromUint64(gc::Heap& heap, uint64_t u) {
  if (u <= uint64_t(INT64_MAX)) return fromInt64(heap, int64_t(u));
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
  int64_t w;
  if (word(v, &w)) mpz_set_si(out, long(w));
  else mpz_set(out, asBigInt(v)->value);
}

std::string toString(Value v, int base) {
  int64_t w;
  if (base == 10 && word(v, &w)) return std::to_string(w);
  Z z;
  toMpz(v, z);
  std::vector<char> buf(mpz_sizeinbase(z, base) + 2);
  mpz_get_str(buf.data(), base, z);
  return std::string(buf.data());
}

double toDouble(Value v, bool* overflow) {
  if (overflow) *overflow = false;
  int64_t w;
  if (word(v, &w)) return double(w);  // the conversion rounds half-even, as Python's int.__float__
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
  if (word(v, out)) return true;
  const mpz_t& z = asBigInt(v)->value;
  if (!mpz_fits_slong_p(z)) return false;
  *out = mpz_get_si(z);
  return true;
}

int compare(Value a, Value b) {
  int64_t p, q;
  if (word(a, &p) && word(b, &q)) return p < q ? -1 : p > q ? 1 : 0;
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
  int64_t w;
  if (word(v, &w)) return w < 0 ? -1 : w > 0 ? 1 : 0;
  return mpz_sgn(asBigInt(v)->value);
}

Value binary(gc::Heap& heap, Op op, Value a, Value b) {
  int64_t p, q;
  if (word(a, &p) && word(b, &q)) {
    // Word-sized operands: exact in int64 with overflow checks, no GMP temporaries (pyperf:
    // Python's int slow path, e.g. % of a negative number or a sum past int32, came here for
    // every operation). Anything that overflows falls through to GMP.
    int64_t r;
    const bool minOverMinusOne = p == INT64_MIN && q == -1;
    switch (op) {
      case Op::Add: if (!__builtin_add_overflow(p, q, &r)) return fromInt64(heap, r); break;
      case Op::Sub: if (!__builtin_sub_overflow(p, q, &r)) return fromInt64(heap, r); break;
      case Op::Mul: if (!__builtin_mul_overflow(p, q, &r)) return fromInt64(heap, r); break;
      case Op::FloorDiv:
        if (q && !minOverMinusOne) return fromInt64(heap, p / q - ((p % q != 0) && ((p < 0) != (q < 0))));
        break;
      case Op::FloorMod:
        if (q && !minOverMinusOne) {
          int64_t m = p % q;
          return fromInt64(heap, m != 0 && ((m < 0) != (q < 0)) ? m + q : m);
        }
        break;
      case Op::TruncDiv: if (q && !minOverMinusOne) return fromInt64(heap, p / q); break;
      case Op::TruncMod: if (q && !minOverMinusOne) return fromInt64(heap, p % q); break;
      case Op::Pow:
        if (q >= 0 && q < 64) {
          int64_t acc = 1, base = p;
          bool ok = true;
          for (int64_t e = q; e && ok; e >>= 1) {
            if ((e & 1) && __builtin_mul_overflow(acc, base, &acc)) ok = false;
            if (e > 1 && __builtin_mul_overflow(base, base, &base)) ok = false;
          }
          if (ok) return fromInt64(heap, acc);
        }
        break;
      case Op::And: return fromInt64(heap, p & q);
      case Op::Or: return fromInt64(heap, p | q);
      case Op::Xor: return fromInt64(heap, p ^ q);
      case Op::Shl:
        if (q >= 0 && q < 63) {
          __int128 wide = __int128(p) * (__int128(1) << q);
          if (wide >= INT64_MIN && wide <= INT64_MAX) return fromInt64(heap, int64_t(wide));
        }
        break;
      case Op::Shr: if (q >= 0) return fromInt64(heap, q >= 63 ? (p < 0 ? -1 : 0) : p >> q); break;
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
  int64_t w;
  if (word(a, &w) && w != INT64_MIN) return fromInt64(heap, -w);
  Z x;
  toMpz(a, x);
  mpz_neg(x.z, x.z);
  return fromMpz(heap, x);
}

Value bitNot(gc::Heap& heap, Value a) {
  int64_t w;
  if (word(a, &w)) return fromInt64(heap, ~w);
  Z x;
  toMpz(a, x);
  mpz_com(x, x);
  return fromMpz(heap, x);
}

Value abs(gc::Heap& heap, Value a) {
  int64_t w;
  if (word(a, &w) && w != INT64_MIN) return fromInt64(heap, w < 0 ? -w : w);
  Z x;
  toMpz(a, x);
  mpz_abs(x.z, x.z);
  return fromMpz(heap, x);
}

int64_t pythonHash(Value v) {
  const uint64_t P = (uint64_t(1) << 61) - 1;
  int64_t i;
  if (word(v, &i) && i > -int64_t(P) && i < int64_t(P)) return i == -1 ? -2 : i;
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
  int64_t i;
  if (word(v, &i)) {
    uint64_t u = i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i);
    size_t n = 0;
    while (u) { n++; u >>= 1; }
    return n;
  }
  const mpz_t& z = asBigInt(v)->value;
  return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
}

}  // namespace dualvm::bigint
