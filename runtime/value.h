// Value: the one 64-bit NaN-boxed value of both languages (DESIGN.md "Values").
//
// A double is stored as its own bits (NaNs canonicalised to one quiet NaN). Every other value
// lives in the negative quiet-NaN space, tagged by the top 16 bits:
//   0xFFF9 int32   small integer (JS int fast path, Python small int)
//   0xFFFA bool    payload 0/1
//   0xFFFB null    JS null and Python None
//   0xFFFC undef   JS undefined
//   0xFFFD cell    48-bit pointer to a gc::Cell (strings, objects, shapes, ...)
//   0xFFFE magic   internal markers never visible to programs (array hole, TDZ, ...)
// Python's True == 1 and JS's true !== 1 are opcode semantics, not representation.
#pragma once
#include <cstdint>
#include <cstring>
#include <cmath>

namespace gc { struct Cell; }

namespace dualvm {

enum class Magic : uint32_t {
  Hole = 1,        // missing array element
  Uninitialized,   // let/const binding in its temporal dead zone
  Exception,       // a native function returns this when vm.exception is pending
  Empty,           // "no value" in internal tables
  GeneratorDone,
};

class Value {
 public:
  static constexpr uint64_t kTagShift = 48;
  static constexpr uint64_t kPayloadMask = (uint64_t(1) << 48) - 1;
  static constexpr uint64_t kInt = 0xFFF9, kBool = 0xFFFA, kNull = 0xFFFB, kUndef = 0xFFFC,
                            kCell = 0xFFFD, kMagic = 0xFFFE;
  static constexpr uint64_t kCanonicalNaN = 0x7FF8000000000000ull;

  constexpr Value() : bits_(kUndef << kTagShift) {}
  static constexpr Value fromBits(uint64_t b) { Value v; v.bits_ = b; return v; }

  static Value number(double d) {
    if (d != d) return fromBits(kCanonicalNaN);
    uint64_t b; std::memcpy(&b, &d, 8); return fromBits(b);
  }
  static constexpr Value integer(int32_t i) { return fromBits((kInt << kTagShift) | uint32_t(i)); }
  static constexpr Value boolean(bool b) { return fromBits((kBool << kTagShift) | (b ? 1 : 0)); }
  static constexpr Value null() { return fromBits(kNull << kTagShift); }
  static constexpr Value undefined() { return fromBits(kUndef << kTagShift); }
  static constexpr Value magic(Magic m) { return fromBits((kMagic << kTagShift) | uint32_t(m)); }
  static constexpr Value hole() { return magic(Magic::Hole); }
  static constexpr Value uninitialized() { return magic(Magic::Uninitialized); }
  static constexpr Value exception() { return magic(Magic::Exception); }
  static constexpr Value empty() { return magic(Magic::Empty); }
  static Value cell(const gc::Cell* c) { return fromBits((kCell << kTagShift) | uint64_t(reinterpret_cast<uintptr_t>(c))); }
  // Numbers that fit an int32 are stored as ints so both languages hit the int fast path.
  static Value fromDoubleNormalized(double d) {
    if (d >= -2147483648.0 && d <= 2147483647.0) {
      int32_t i = int32_t(d);
      if (double(i) == d && !(i == 0 && std::signbit(d))) return integer(i);
    }
    return number(d);
  }
  static Value fromInt64(int64_t i) {
    if (i >= INT32_MIN && i <= INT32_MAX) return integer(int32_t(i));
    return number(double(i));
  }

  constexpr uint64_t bits() const { return bits_; }
  constexpr uint64_t tag() const { return bits_ >> kTagShift; }
  bool isDouble() const { return tag() < kInt || bits_ == kCanonicalNaN; }
  constexpr bool isInt() const { return tag() == kInt; }
  bool isNumber() const { return isInt() || isDouble(); }
  constexpr bool isBool() const { return tag() == kBool; }
  constexpr bool isNull() const { return tag() == kNull; }
  constexpr bool isUndefined() const { return tag() == kUndef; }
  constexpr bool isNullish() const { return tag() == kNull || tag() == kUndef; }
  constexpr bool isCell() const { return tag() == kCell; }
  constexpr bool isMagic() const { return tag() == kMagic; }
  constexpr bool isMagic(Magic m) const { return bits_ == ((kMagic << kTagShift) | uint32_t(m)); }
  constexpr bool isHole() const { return isMagic(Magic::Hole); }
  constexpr bool isException() const { return isMagic(Magic::Exception); }
  constexpr bool isUninitialized() const { return isMagic(Magic::Uninitialized); }

  int32_t asInt() const { return int32_t(uint32_t(bits_)); }
  double asDouble() const { double d; std::memcpy(&d, &bits_, 8); return d; }
  // Either number representation as a double.
  double toDouble() const { return isInt() ? double(asInt()) : asDouble(); }
  bool asBool() const { return (bits_ & 1) != 0; }
  gc::Cell* asCell() const { return reinterpret_cast<gc::Cell*>(uintptr_t(bits_ & kPayloadMask)); }
  Magic asMagic() const { return Magic(uint32_t(bits_)); }

  friend constexpr bool operator==(Value a, Value b) { return a.bits_ == b.bits_; }
  friend constexpr bool operator!=(Value a, Value b) { return a.bits_ != b.bits_; }

 private:
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace dualvm
