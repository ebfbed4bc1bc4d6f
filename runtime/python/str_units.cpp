// runtime/python/str_units.cpp — searching, slicing and building Python strs on their stored
// units (pystr; see str_units.h for why unit index == code point index).
#include "runtime/python/str_units.h"
#include <algorithm>
#include "gc/heap.h"

namespace dualvm::py {

template <typename C>
String* makeStr(gc::Heap& heap, const C* p, size_t n) {
  if constexpr (sizeof(C) == 1) {
    return String::fromLatin1(heap, std::string_view(reinterpret_cast<const char*>(p), n));
  } else {
    uint32_t m = 0;
    for (size_t i = 0; i < n; i++) m = std::max(m, uint32_t(p[i]));
    String::Encoding enc = m < 0x100 ? String::Latin1 : m < 0x10000 ? String::TwoByte : String::FourByte;
    String* s = String::allocate(heap, enc, uint32_t(n));
    void* d = s->mutableData();
    if (enc == String::Latin1) for (size_t i = 0; i < n; i++) static_cast<uint8_t*>(d)[i] = uint8_t(p[i]);
    else if (enc == String::TwoByte) {
      if constexpr (sizeof(C) == 2) std::memcpy(d, p, n * 2);
      else for (size_t i = 0; i < n; i++) static_cast<char16_t*>(d)[i] = char16_t(p[i]);
    } else {
      for (size_t i = 0; i < n; i++) static_cast<char32_t*>(d)[i] = char32_t(p[i]);
    }
    return s;
  }
}
template String* makeStr<char>(gc::Heap&, const char*, size_t);
template String* makeStr<uint8_t>(gc::Heap&, const uint8_t*, size_t);
template String* makeStr<char16_t>(gc::Heap&, const char16_t*, size_t);
template String* makeStr<char32_t>(gc::Heap&, const char32_t*, size_t);

String* strSub(gc::Heap& heap, String* s, int64_t start, int64_t n) {
  if (start == 0 && n == int64_t(s->length())) return s;
  return withUnits(s, [&](auto u) { return makeStr(heap, u.data() + start, size_t(n)); });
}

String* strSlice(gc::Heap& heap, String* s, int64_t start, int64_t stop, int64_t step) {
  int64_t n = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0) : (start > stop ? (start - stop - step - 1) / -step : 0);
  if (step == 1) return strSub(heap, s, start, n);
  return withUnits(s, [&](auto u) {
    std::basic_string<typename decltype(u)::value_type> out(size_t(n), 0);
    for (int64_t k = 0, i = start; k < n; k++, i += step) out[size_t(k)] = u[size_t(i)];
    return makeStr(heap, out.data(), out.size());
  });
}

String* strRepeat(gc::Heap& heap, String* s, int64_t k) {
  if (k == 1) return s;
  size_t unit = size_t(1) << unsigned(s->encoding()), bytes = size_t(s->length()) * unit;
  String* r = String::allocate(heap, s->encoding(), uint32_t(s->length() * k));
  auto* d = static_cast<uint8_t*>(r->mutableData());
  for (int64_t i = 0; i < k; i++) std::memcpy(d + size_t(i) * bytes, s->latin1(), bytes);
  return r;
}

String* strChar(PyLanguage& P, uint32_t c) {
  if (c < 256) {
    String*& slot = P.charCache[c];
    if (!slot) {
      char b = char(c);
      slot = String::fromLatin1(P.vm.heap, std::string_view(&b, 1));
      P.vm.addPermanentRoot(Value::cell(slot));
    }
    return slot;
  }
  if (c < 0x10000) {
    char16_t u = char16_t(c);
    return makeStr(P.vm.heap, &u, 1);
  }
  char32_t u = char32_t(c);
  return makeStr(P.vm.heap, &u, 1);
}

namespace {

// Runs f(hay units, needle units) with the needle in the haystack's unit type; returns `none`
// when the needle has a unit the haystack's type cannot hold (so it cannot occur).
template <typename R, typename F>
R withCommonUnits(const String* hay, const String* needle, R none, F&& f) {
  return withUnits(hay, [&](auto h) -> R {
    using C = typename decltype(h)::value_type;
    if (needle->encoding() == hay->encoding())
      return f(h, std::basic_string_view<C>(reinterpret_cast<const C*>(needle->latin1()), needle->length()));
    std::basic_string<C> conv;
    conv.reserve(needle->length());
    bool fits = withUnits(needle, [&](auto n) {
      for (auto c : n) {
        uint32_t v = unitValue(c);
        if (sizeof(C) == 1 ? v > 0xFF : sizeof(C) == 2 ? v > 0xFFFF : false) return false;
        conv.push_back(C(v));
      }
      return true;
    });
    if (!fits) return none;
    return f(h, std::basic_string_view<C>(conv));
  });
}

}  // namespace

int64_t strFind(const String* hay, const String* needle, int64_t start, int64_t end, bool reverse) {
  int64_t nl = needle->length();
  if (end - start < nl) return -1;
  if (nl == 0) return reverse ? end : start;
  return withCommonUnits(hay, needle, int64_t(-1), [&](auto h, auto n) -> int64_t {
    auto win = h.substr(size_t(start), size_t(end - start));
    size_t j = reverse ? win.rfind(n) : win.find(n);
    return j == decltype(win)::npos ? -1 : int64_t(j) + start;
  });
}

int64_t strCount(const String* hay, const String* needle, int64_t start, int64_t end, int64_t maxcount) {
  if (end < start) return 0;
  int64_t nl = needle->length();
  if (nl == 0) return std::min(end - start + 1, maxcount);
  return withCommonUnits(hay, needle, int64_t(0), [&](auto h, auto n) -> int64_t {
    auto win = h.substr(size_t(start), size_t(end - start));
    int64_t c = 0;
    for (size_t i = 0; c < maxcount;) {
      size_t j = win.find(n, i);
      if (j == decltype(win)::npos) break;
      c++;
      i = j + n.size();
    }
    return c;
  });
}

bool strMatchAt(const String* hay, const String* needle, int64_t pos) {
  if (needle->length() == 0) return true;
  if (hay->encoding() == needle->encoding())
    return std::memcmp(reinterpret_cast<const uint8_t*>(hay->latin1()) + (size_t(pos) << unsigned(hay->encoding())),
                       needle->latin1(), size_t(needle->length()) << unsigned(needle->encoding())) == 0;
  for (uint32_t i = 0; i < needle->length(); i++)
    if (hay->at(uint32_t(pos) + i) != needle->at(i)) return false;
  return true;
}

void StrBuilder::widen(String::Encoding to) {
  if (to <= enc_) return;
  if (to == String::TwoByte) {
    b2_.reserve(b1_.size() * 2);
    for (char c : b1_) b2_.push_back(char16_t(uint8_t(c)));
  } else {
    b4_.reserve(size() * 2);
    if (enc_ == String::Latin1) for (char c : b1_) b4_.push_back(char32_t(uint8_t(c)));
    else for (char16_t c : b2_) b4_.push_back(char32_t(c));
    b2_.clear();
  }
  b1_.clear();
  enc_ = to;
}

void StrBuilder::append(const String* s, size_t start, size_t n) {
  widen(s->encoding());
  withUnits(s, [&](auto u) {
    auto part = u.substr(start, n);
    switch (enc_) {
      case String::Latin1:
        if constexpr (sizeof(part[0]) == 1) b1_.append(part.data(), part.size());
        break;
      case String::TwoByte:
        if constexpr (sizeof(part[0]) == 2) b2_.append(part.data(), part.size());
        else if constexpr (sizeof(part[0]) == 1) for (auto c : part) b2_.push_back(char16_t(uint8_t(c)));
        break;
      default:
        for (auto c : part) b4_.push_back(char32_t(unitValue(c)));
        break;
    }
  });
}

void StrBuilder::appendChar(uint32_t c) {
  widen(c < 0x100 ? String::Latin1 : c < 0x10000 ? String::TwoByte : String::FourByte);
  if (enc_ == String::Latin1) b1_.push_back(char(c));
  else if (enc_ == String::TwoByte) b2_.push_back(char16_t(c));
  else b4_.push_back(char32_t(c));
}

String* StrBuilder::finish(gc::Heap& heap) {
  // A wider part may have been removed again (replace, strip): makeStr narrows.
  if (enc_ == String::Latin1) return makeStr(heap, b1_.data(), b1_.size());
  if (enc_ == String::TwoByte) return makeStr(heap, b2_.data(), b2_.size());
  return makeStr(heap, b4_.data(), b4_.size());
}

}  // namespace dualvm::py
