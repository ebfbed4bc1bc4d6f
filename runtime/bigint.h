// BigInt: an arbitrary-precision integer cell (GMP mpz_t), shared by Python's int beyond the
// int32 fast path and JavaScript's BigInt. Operations return a normalised Value: an int32 Value
// when the result fits, else a BigInt cell — so "is this a small int" stays one tag test.
//
// Division comes in both languages' flavours: floor (Python //, %) and truncating (JS BigInt /, %).
// Bitwise operations use two's-complement semantics on negative numbers, as both languages do.
#pragma once
#include <gmp.h>
#include <cstdint>
#include <string>
#include "gc/cell.h"
#include "runtime/cell_kind.h"
#include "runtime/value.h"

namespace gc { class Heap; }

namespace dualvm {

class BigInt final : public gc::Cell {
 public:
  // A value that fits in int64 is kept in `small` and owns no GMP storage: most integers past the
  // int32 fast path in real programs (running sums, products, hashes, nanosecond clocks) are
  // word-sized, and GMP's allocation per result dominated their cost. `value` is initialised only
  // when `wide`. Read through bigint:: (toMpz, fitsInt64, ...), never `value` directly.
  BigInt() : gc::Cell(uint8_t(CellKind::BigInt)) {}
  ~BigInt() override { if (wide) mpz_clear(value); }
  bool wide = false;
  int64_t small = 0;
  mpz_t value;
  size_t memoryBytes() const override {
    return sizeof(BigInt) + (wide ? size_t(mpz_size(value)) * sizeof(mp_limb_t) : 0);
  }
};

inline bool isBigInt(Value v) { return v.isCell() && v.asCell()->kind == uint8_t(CellKind::BigInt); }
inline BigInt* asBigInt(Value v) { return static_cast<BigInt*>(v.asCell()); }
// An integer: a small int Value or a BigInt cell.
inline bool isInteger(Value v) { return v.isInt() || isBigInt(v); }

namespace bigint {

enum class Op : uint8_t { Add, Sub, Mul, FloorDiv, FloorMod, TruncDiv, TruncMod, Pow, And, Or, Xor, Shl, Shr };

// Normalise an mpz into a Value (int32 Value if it fits, else a new BigInt cell).
Value fromMpz(gc::Heap&, const mpz_t z);
Value fromInt64(gc::Heap&, int64_t i);
Value fromUint64(gc::Heap&, uint64_t u);
// Always a BigInt cell, also for small values (JavaScript's BigInt is never a Number).
Value cellFromMpz(gc::Heap&, const mpz_t z);
Value cellFromInt64(gc::Heap&, int64_t i);
// From a double with no fractional part (caller checks finiteness and integrality).
Value fromDouble(gc::Heap&, double d);
// Parse digits in `base` (2..36; 0 = auto from 0x/0o/0b prefix). Underscores must already be
// removed. Returns false on a malformed literal.
bool parse(gc::Heap&, std::string_view text, int base, Value* out);

// Load an integer Value into an initialised mpz.
void toMpz(Value v, mpz_t out);
std::string toString(Value v, int base = 10);
// Correctly rounded conversion (round-half-even, as Python's int.__float__); overflow -> inf and
// *overflow = true.
double toDouble(Value v, bool* overflow = nullptr);
bool fitsInt64(Value v, int64_t* out);
int compare(Value a, Value b);
int compareWithDouble(Value a, double d);  // exact comparison; d must not be NaN
int sign(Value v);

// a op b for integer Values. Division/modulo by zero and negative shift counts are the
// caller's to reject beforehand (each language raises its own error). Pow needs b >= 0.
Value binary(gc::Heap&, Op op, Value a, Value b);
Value negate(gc::Heap&, Value a);
Value bitNot(gc::Heap&, Value a);
Value abs(gc::Heap&, Value a);
// Python's hash of an integer: value mod (2^61 - 1), with -1 mapped to -2.
int64_t pythonHash(Value v);
size_t bitLength(Value v);

}  // namespace bigint
}  // namespace dualvm
