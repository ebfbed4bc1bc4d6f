// runtime/python/str_units.h — Python str operations on the stored units (pystr).
//
// A str Python creates is stored in the narrowest of Latin-1 / two-byte / four-byte (runtime/
// string.h, D6): astral characters take a four-byte string, never a surrogate pair, so unit i of
// the storage IS code point i and every str method can index, search and slice the storage
// directly, with no conversion to code points. (Surrogates in a two-byte str are lone surrogate
// code points, as in CPython.) These helpers search, slice and build strings per unit type, and
// always produce the narrowest encoding, so equal strings keep equal encodings.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

// Calls f(std::basic_string_view<C>) with the units of s (C = char for Latin-1, char16_t,
// char32_t). Latin-1 units are read as char: compare them only for equality, or cast to uint8_t.
template <typename F>
inline decltype(auto) withUnits(const String* s, F&& f) {
  switch (s->encoding()) {
    case String::Latin1: return f(std::string_view(reinterpret_cast<const char*>(s->latin1()), s->length()));
    case String::TwoByte: return f(std::u16string_view(s->twoByte(), s->length()));
    default: return f(std::u32string_view(s->fourByte(), s->length()));
  }
}
template <typename C>
inline uint32_t unitValue(C c) { return sizeof(C) == 1 ? uint8_t(c) : uint32_t(c); }

// A new str of the units p[0..n), in the narrowest encoding that holds them.
template <typename C>
String* makeStr(gc::Heap& heap, const C* p, size_t n);
// s[start:start+n] (bounds already checked); s itself when that is all of it.
String* strSub(gc::Heap& heap, String* s, int64_t start, int64_t n);
// s[start:stop:step] with indices already clamped (PyLanguage::sliceOf).
String* strSlice(gc::Heap& heap, String* s, int64_t start, int64_t stop, int64_t step);
// s * k (k >= 0; the caller checks the size).
String* strRepeat(gc::Heap& heap, String* s, int64_t k);
// The one-character str of code point c (Latin-1 ones are cached: s[i] does not allocate).
String* strChar(PyLanguage& P, uint32_t c);

// Index of needle in hay[start:end] (CPython's find after ADJUST_INDICES), or -1.
int64_t strFind(const String* hay, const String* needle, int64_t start, int64_t end, bool reverse = false);
// Non-overlapping occurrences of needle in hay[start:end], at most maxcount.
int64_t strCount(const String* hay, const String* needle, int64_t start, int64_t end, int64_t maxcount);
// hay[pos:pos+len(needle)] == needle (pos in range).
bool strMatchAt(const String* hay, const String* needle, int64_t pos);
// Python's `needle in hay`.
inline bool strContains(const String* hay, const String* needle) { return strFind(hay, needle, 0, hay->length()) >= 0; }
// The str a str method runs on; an unbound call (str.upper(s)) shifts it out of the arguments
// (str.cpp).
String* selfStr(VM& vm, CallArgs& a);
// Three-way comparison by code point.
inline int strCompare(const String* a, const String* b) { return a->compare(b); }

// A str's code points as a read-only sequence, for loops written over std::u32string.
struct StrChars {
  const String* s;
  size_t size() const { return s->length(); }
  bool empty() const { return s->length() == 0; }
  char32_t operator[](size_t i) const { return char32_t(s->at(uint32_t(i))); }
  struct It {
    const String* s;
    uint32_t i;
    char32_t operator*() const { return char32_t(s->at(i)); }
    It& operator++() { ++i; return *this; }
    bool operator!=(const It& o) const { return i != o.i; }
  };
  It begin() const { return {s, 0}; }
  It end() const { return {s, s->length()}; }
};

// Accumulates units in the widest unit type needed so far, then makes the narrowest str.
class StrBuilder {
 public:
  void append(const String* s, size_t start, size_t n);
  void append(const String* s) { append(s, 0, s->length()); }
  void appendChar(uint32_t c);
  size_t size() const { return enc_ == String::Latin1 ? b1_.size() : enc_ == String::TwoByte ? b2_.size() : b4_.size(); }
  void reserve(size_t n) { b1_.reserve(n); }
  String* finish(gc::Heap& heap);

 private:
  void widen(String::Encoding to);
  String::Encoding enc_ = String::Latin1;
  std::string b1_;
  std::u16string b2_;
  std::u32string b4_;
};

}  // namespace dualvm::py
