// String: the one immutable string cell of both languages, stored compactly by content as
// CPython's PEP 393 does: Latin-1 (1 byte per unit), two-byte, or four-byte.
//
// JavaScript strings are sequences of UTF-16 code units: JS code only ever creates Latin1 or
// TwoByte strings (astral characters as surrogate pairs). Python strings are sequences of code
// points: Python creates Latin1, TwoByte (all units < 0x10000, no surrogates needed) or FourByte.
// Indexing by code unit vs by code point is a difference of the string *operations* of each
// language library, not of the representation. Interned strings (property keys, identifiers)
// are unique per content, so key comparison is pointer comparison.
//
// A long concatenation result is a rope (StringRope, kRopeFlag): the cell holds its two halves
// and its units are copied into one out-of-line buffer the first time anything reads them, so
// building a string by repeated `s += t` costs O(total) instead of O(n^2) (V8's ConsString; CPython
// gets the same effect by resizing in place when the refcount allows). Everything reads units
// through latin1()/twoByte()/fourByte()/at(), which flatten first; length() and encoding() never
// need to.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include "gc/cell.h"
#include "runtime/cell_kind.h"
#include "runtime/value.h"

namespace gc { class Heap; }

namespace dualvm {

class String final : public gc::Cell {
 public:
  enum Encoding : uint8_t { Latin1 = 0, TwoByte = 1, FourByte = 2 };

  // Allocation (may collect). Content is copied in; the encoding is the narrowest that fits.
  static String* fromLatin1(gc::Heap&, std::string_view latin1);
  static String* fromUtf8(gc::Heap&, std::string_view utf8);      // invalid bytes -> U+FFFD
  static String* fromUtf16(gc::Heap&, std::u16string_view units); // keeps surrogates as units
  static String* fromCodePoints(gc::Heap&, std::u32string_view cps);
  static String* fromAscii(gc::Heap& h, std::string_view s) { return fromLatin1(h, s); }
  // An uninitialised string of `length` units; fill through mutableData() before publishing.
  static String* allocate(gc::Heap&, Encoding enc, uint32_t length);
  // a + b as a rope (both non-empty; the caller roots them and checks the length limit).
  static String* makeRope(gc::Heap&, String* a, String* b);
  // Results at least this long are made as ropes by concatenation.
  static constexpr uint32_t kMinRopeLength = 256;

  uint32_t length() const { return length_; }  // units of the stored encoding
  Encoding encoding() const { return encoding_; }
  bool isEmpty() const { return length_ == 0; }
  const uint8_t* latin1() const { return static_cast<const uint8_t*>(units()); }
  const char16_t* twoByte() const { return static_cast<const char16_t*>(units()); }
  const char32_t* fourByte() const { return static_cast<const char32_t*>(units()); }
  void* mutableData() { return reinterpret_cast<void*>(this + 1); }  // fresh flat strings only
  bool isRope() const { return cellFlags & kRopeFlag; }
  // The unit at index i of the stored encoding.
  uint32_t at(uint32_t i) const {
    switch (encoding_) {
      case Latin1: return latin1()[i];
      case TwoByte: return twoByte()[i];
      default: return fourByte()[i];
    }
  }

  uint32_t hash() const;  // cached; equal content -> equal hash in every encoding
  bool equals(const String* other) const;
  int compare(const String* other) const;  // by unit value (JS < and Python < on BMP text)
  bool isInterned() const { return cellFlags & kInternedFlag; }
  void markInterned() { cellFlags |= kInternedFlag; }

  std::string toUtf8() const;        // lone surrogates become U+FFFD
  std::u16string toUtf16() const;    // FourByte content is split into surrogate pairs
  std::u32string toCodePoints() const;  // surrogate pairs in TwoByte are NOT combined
  std::string_view latin1View() const {
    return {reinterpret_cast<const char*>(latin1()), length_};
  }
  // True when the string holds a canonical array index ("0", "17", not "017"), with its value.
  bool isArrayIndex(uint32_t* index) const;

  size_t memoryBytes() const override;
  void trace(gc::Tracer&) override;
  ~String() override;
  static void operator delete(void* p) { ::operator delete(p); }

 private:
  // A rope's inline area: its halves until it is flattened, then the flat units.
  struct RopeData {
    String* left;
    String* right;
    void* flat;
  };
  static constexpr uint16_t kRopeFlag = 4;
  const void* units() const {
    if (cellFlags & kRopeFlag) [[unlikely]] return ropeUnits();
    return this + 1;
  }
  const void* ropeUnits() const;  // flattens on first use
  RopeData* rope() const { return const_cast<RopeData*>(reinterpret_cast<const RopeData*>(this + 1)); }

  String(Encoding e, uint32_t len) : gc::Cell(uint8_t(CellKind::String)), encoding_(e), length_(len) {}
  unsigned unitShift() const { return encoding_ == Latin1 ? 0 : encoding_ == TwoByte ? 1 : 2; }
  static constexpr uint16_t kInternedFlag = 1;
  static constexpr uint16_t kHashedFlag = 2;

  Encoding encoding_;
  uint32_t length_;
};

inline bool isString(Value v) { return v.isCell() && v.asCell()->kind == uint8_t(CellKind::String); }
inline String* asString(Value v) { return static_cast<String*>(v.asCell()); }

// Symbol: a unique property key (JS Symbol; also usable for runtime-private keys).
class Symbol final : public gc::Cell {
 public:
  explicit Symbol(Value description) : gc::Cell(uint8_t(CellKind::Symbol)), description(description) {}
  Value description;  // a String or undefined
  bool registered = false;  // created by Symbol.for
  // A class private name (#x): a property key that reflection (ownKeys, getOwnPropertySymbols,
  // for-in, spread, JSON, ...) must skip. Made by VM::privateSymbol.
  static constexpr uint16_t kPrivateFlag = 1;
  bool isPrivate() const { return cellFlags & kPrivateFlag; }
  void trace(gc::Tracer& t) override;
  size_t memoryBytes() const override { return sizeof(Symbol); }
};

inline bool isSymbol(Value v) { return v.isCell() && v.asCell()->kind == uint8_t(CellKind::Symbol); }
inline Symbol* asSymbol(Value v) { return static_cast<Symbol*>(v.asCell()); }

}  // namespace dualvm
