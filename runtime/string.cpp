// String: allocation in the narrowest encoding, hashing, comparison and UTF conversions.
#include "runtime/string.h"
#include <algorithm>
#include <new>
#include <utility>
#include <vector>
#include "gc/heap.h"

namespace dualvm {

String* String::allocate(gc::Heap& heap, Encoding enc, uint32_t length) {
  size_t unit = enc == Latin1 ? 1 : enc == TwoByte ? 2 : 4;
  size_t bytes = sizeof(String) + unit * size_t(length);
  heap.beforeAllocate(bytes);
  void* mem = ::operator new(bytes);
  String* s = new (mem) String(enc, length);
  heap.adopt(s);
  return s;
}

// ---- ropes ----

String* String::makeRope(gc::Heap& heap, String* a, String* b) {
  size_t bytes = sizeof(String) + sizeof(RopeData);
  heap.beforeAllocate(bytes);  // may collect: the caller roots a and b
  void* mem = ::operator new(bytes);
  String* s = new (mem) String(std::max(a->encoding_, b->encoding_), a->length_ + b->length_);
  s->cellFlags |= kRopeFlag;
  *s->rope() = RopeData{a, b, nullptr};
  heap.adopt(s);
  return s;
}

// Copies the rope's leaves into one buffer, left to right, with an explicit stack: ropes built by
// a loop of appends are as deep as the loop is long.
const void* String::ropeUnits() const {
  RopeData* r = rope();
  if (r->flat) return r->flat;
  const unsigned shift = unitShift();
  void* out = ::operator new(std::max<size_t>(size_t(length_) << shift, 1));
  std::vector<std::pair<const String*, uint32_t>> todo{{this, 0}};
  while (!todo.empty()) {
    auto [node, at] = todo.back();
    todo.pop_back();
    if (node->isRope() && !node->rope()->flat) {
      RopeData* nr = node->rope();
      todo.push_back({nr->right, at + nr->left->length_});
      todo.push_back({nr->left, at});
      continue;
    }
    const void* src = node->units();
    const uint32_t n = node->length_;
    if (node->encoding_ == encoding_) {
      std::memcpy(static_cast<char*>(out) + (size_t(at) << shift), src, size_t(n) << shift);
    } else if (encoding_ == TwoByte) {  // a narrower (Latin-1) leaf widens
      char16_t* d = static_cast<char16_t*>(out) + at;
      for (uint32_t i = 0; i < n; i++) d[i] = char16_t(node->at(i));
    } else {
      char32_t* d = static_cast<char32_t*>(out) + at;
      for (uint32_t i = 0; i < n; i++) d[i] = char32_t(node->at(i));
    }
  }
  // The halves are no longer needed: the collector may free them if nothing else holds them.
  r->left = r->right = nullptr;
  r->flat = out;
  return out;
}

size_t String::memoryBytes() const {
  if (!isRope()) return sizeof(String) + (size_t(length_) << unitShift());
  return sizeof(String) + sizeof(RopeData) + (rope()->flat ? size_t(length_) << unitShift() : 0);
}

void String::trace(gc::Tracer& t) {
  if (!isRope()) return;
  t.mark(rope()->left);
  t.mark(rope()->right);
}

String::~String() {
  if (isRope()) ::operator delete(rope()->flat);
}

String* String::fromLatin1(gc::Heap& heap, std::string_view text) {
  String* s = allocate(heap, Latin1, uint32_t(text.size()));
  std::memcpy(s->mutableData(), text.data(), text.size());
  return s;
}

String* String::fromUtf16(gc::Heap& heap, std::u16string_view units) {
  bool narrow = std::all_of(units.begin(), units.end(), [](char16_t c) { return c < 0x100; });
  if (narrow) {
    String* s = allocate(heap, Latin1, uint32_t(units.size()));
    auto* d = static_cast<uint8_t*>(s->mutableData());
    for (size_t i = 0; i < units.size(); i++) d[i] = uint8_t(units[i]);
    return s;
  }
  String* s = allocate(heap, TwoByte, uint32_t(units.size()));
  std::memcpy(s->mutableData(), units.data(), units.size() * 2);
  return s;
}

String* String::fromCodePoints(gc::Heap& heap, std::u32string_view cps) {
  char32_t maxc = 0;
  for (char32_t c : cps) maxc = std::max(maxc, c);
  Encoding enc = maxc < 0x100 ? Latin1 : maxc < 0x10000 ? TwoByte : FourByte;
  String* s = allocate(heap, enc, uint32_t(cps.size()));
  for (size_t i = 0; i < cps.size(); i++) {
    if (enc == Latin1) static_cast<uint8_t*>(s->mutableData())[i] = uint8_t(cps[i]);
    else if (enc == TwoByte) static_cast<char16_t*>(s->mutableData())[i] = char16_t(cps[i]);
    else static_cast<char32_t*>(s->mutableData())[i] = cps[i];
  }
  return s;
}

// Decodes UTF-8 into code points; malformed sequences become U+FFFD.
static std::u32string decodeUtf8(std::string_view in) {
  std::u32string out;
  out.reserve(in.size());
  size_t i = 0;
  while (i < in.size()) {
    uint8_t c = uint8_t(in[i]);
    if (c < 0x80) { out.push_back(c); i++; continue; }
    int n = c >= 0xF0 && c < 0xF8 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 && c < 0xE0 ? 1 : -1;
    if (c >= 0xF8) n = -1;
    if (n < 0 || i + n >= in.size()) { out.push_back(0xFFFD); i++; continue; }
    char32_t cp = c & (0x3F >> n);
    bool ok = true;
    for (int k = 1; k <= n; k++) {
      if (i + k >= in.size() || (uint8_t(in[i + k]) & 0xC0) != 0x80) { ok = false; break; }
      cp = (cp << 6) | (uint8_t(in[i + k]) & 0x3F);
    }
    if (!ok) { out.push_back(0xFFFD); i++; continue; }
    out.push_back(cp);
    i += n + 1;
  }
  return out;
}

String* String::fromUtf8(gc::Heap& heap, std::string_view utf8) {
  bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return uint8_t(c) < 0x80; });
  if (ascii) return fromLatin1(heap, utf8);
  std::u32string cps = decodeUtf8(utf8);
  // Astral characters become surrogate pairs: text from UTF-8 is JS-shaped by default;
  // the Python library builds its strings with fromCodePoints.
  bool astral = std::any_of(cps.begin(), cps.end(), [](char32_t c) { return c >= 0x10000; });
  if (!astral) return fromCodePoints(heap, cps);
  std::u16string units;
  for (char32_t c : cps) {
    if (c >= 0x10000) {
      c -= 0x10000;
      units.push_back(char16_t(0xD800 + (c >> 10)));
      units.push_back(char16_t(0xDC00 + (c & 0x3FF)));
    } else {
      units.push_back(char16_t(c));
    }
  }
  return fromUtf16(heap, units);
}

uint32_t String::hash() const {
  if (cellFlags & kHashedFlag) return aux;
  // FNV-1a over unit values, so equal content hashes equally in every encoding.
  uint32_t h = 2166136261u;
  for (uint32_t i = 0; i < length_; i++) {
    uint32_t c = at(i);
    h = (h ^ (c & 0xFF)) * 16777619u;
    if (c > 0xFF) h = (h ^ (c >> 8)) * 16777619u;
  }
  auto* self = const_cast<String*>(this);
  self->aux = h;
  self->cellFlags |= kHashedFlag;
  return h;
}

bool String::equals(const String* o) const {
  if (this == o) return true;
  if (length_ != o->length_) return false;
  if ((cellFlags & kHashedFlag) && (o->cellFlags & kHashedFlag) && aux != o->aux) return false;
  if (encoding_ == o->encoding_) {
    return std::memcmp(units(), o->units(), size_t(length_) << unitShift()) == 0;
  }
  for (uint32_t i = 0; i < length_; i++)
    if (at(i) != o->at(i)) return false;
  return true;
}

int String::compare(const String* o) const {
  uint32_t n = std::min(length_, o->length_);
  if (encoding_ == Latin1 && o->encoding_ == Latin1) {
    int r = std::memcmp(latin1(), o->latin1(), n);
    if (r) return r < 0 ? -1 : 1;
  } else {
    for (uint32_t i = 0; i < n; i++) {
      uint32_t a = at(i), b = o->at(i);
      if (a != b) return a < b ? -1 : 1;
    }
  }
  return length_ < o->length_ ? -1 : length_ > o->length_ ? 1 : 0;
}

static void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) out.push_back(char(c));
  else if (c < 0x800) { out.push_back(char(0xC0 | (c >> 6))); out.push_back(char(0x80 | (c & 0x3F))); }
  else if (c < 0x10000) {
    out.push_back(char(0xE0 | (c >> 12))); out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(char(0x80 | (c & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (c >> 18))); out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((c >> 6) & 0x3F))); out.push_back(char(0x80 | (c & 0x3F)));
  }
}

std::string String::toUtf8() const {
  std::string out;
  out.reserve(length_);
  for (uint32_t i = 0; i < length_; i++) {
    char32_t c = at(i);
    if (encoding_ == TwoByte && c >= 0xD800 && c <= 0xDBFF && i + 1 < length_) {
      char32_t d = at(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        appendUtf8(out, 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00));
        i++;
        continue;
      }
    }
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
    appendUtf8(out, c);
  }
  return out;
}

std::u16string String::toUtf16() const {
  std::u16string out;
  out.reserve(length_);
  for (uint32_t i = 0; i < length_; i++) {
    char32_t c = at(i);
    if (c >= 0x10000) {
      c -= 0x10000;
      out.push_back(char16_t(0xD800 + (c >> 10)));
      out.push_back(char16_t(0xDC00 + (c & 0x3FF)));
    } else {
      out.push_back(char16_t(c));
    }
  }
  return out;
}

std::u32string String::toCodePoints() const {
  std::u32string out(length_, 0);
  for (uint32_t i = 0; i < length_; i++) out[i] = at(i);
  return out;
}

bool String::isArrayIndex(uint32_t* index) const {
  if (length_ == 0 || length_ > 10) return false;
  uint32_t c0 = at(0);
  if (c0 < '0' || c0 > '9' || (c0 == '0' && length_ > 1)) return false;
  uint64_t v = 0;
  for (uint32_t i = 0; i < length_; i++) {
    uint32_t c = at(i);
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  if (v >= 0xFFFFFFFFull) return false;  // 2^32-1 is not an array index
  *index = uint32_t(v);
  return true;
}

void Symbol::trace(gc::Tracer& t) { if (description.isCell()) t.mark(description.asCell()); }

}  // namespace dualvm
