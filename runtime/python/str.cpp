// runtime/python/str.cpp — the methods of str and the builtins about text (str(), chr, ord).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include "runtime/interpreter.h"
#include "runtime/python/py_text.h"

namespace dualvm::py {

#define L (lang(vm))

std::string strRepr(String* str) {
  std::u32string cps = str->toCodePoints();
  bool hasSingle = false, hasDouble = false;
  for (char32_t c : cps) { if (c == '\'') hasSingle = true; if (c == '"') hasDouble = true; }
  char q = hasSingle && !hasDouble ? '"' : '\'';
  std::u32string out;
  out += q;
  for (char32_t c : cps) {
    if (c == char32_t(q) || c == '\\') { out += '\\'; out += c; }
    else if (c == '\n') out += U"\\n";
    else if (c == '\r') out += U"\\r";
    else if (c == '\t') out += U"\\t";
    else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || (c >= 0xd800 && c < 0xe000)) {
      char b[12];
      if (c < 0x100) snprintf(b, sizeof b, "\\x%02x", unsigned(c));
      else snprintf(b, sizeof b, "\\u%04x", unsigned(c));
      for (char* p = b; *p; p++) out += char32_t(*p);
    } else out += c;
  }
  out += q;
  return cpToUtf8(out);
}

static Value b_str(VM& vm, CallArgs& a) { if (a.argc == 0) return L.newStr(""); return L.newStr(L.str(a[0])); }
static Value b_chr(VM& vm, CallArgs& a) { int64_t c = L.toIndex(a[0]); if (c < 0 || c > 0x10ffff) L.raise(L.t.ValueError, "chr() arg not in range(0x110000)"); return L.newStrCp(std::u32string(1, char32_t(c))); }
static Value b_ord(VM& vm, CallArgs& a) {
  if (!isString(a[0])) L.raise(L.t.TypeError, "ord() expected string of length 1, but " + L.typeName(a[0]) + " found");
  std::u32string c = asString(a[0])->toCodePoints();
  if (c.size() != 1) L.raise(L.t.TypeError, "ord() expected a character, but string of length " + std::to_string(c.size()) + " found");
  return Value::integer(int32_t(c[0]));
}
static Value s_join(VM& vm, CallArgs& a) {
  std::u32string sep = strSelf(vm, a)->toCodePoints(), out;
  RootedVector items(vm);
  L.collect(a[0], items);
  for (size_t i = 0; i < items.size(); i++) {
    if (!isString(items[i])) L.raise(L.t.TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " + L.typeName(items[i]) + " found");
    if (i) out += sep;
    out += cps(items[i]);
  }
  return L.newStrCp(out);
}
static bool isSpace32(char32_t c) { return c == ' ' || (c >= 9 && c <= 13) || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f || c == 0x85 || c == 0xa0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029; }
static Value s_split(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  std::u32string s = strSelf(vm, a)->toCodePoints();
  Value sepV = a.argc > 0 ? a[0] : kwarg(P, "sep");
  Value maxV = a.argc > 1 ? a[1] : kwarg(P, "maxsplit");
  P.kwNames.clear(); P.kwValues.clear();
  int64_t maxsplit = maxV.isMagic(Magic::Empty) ? -1 : P.toIndex(maxV);
  RootedVector out(vm);
  if (sepV.isMagic(Magic::Empty) || sepV.isNull()) {
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && isSpace32(s[i])) i++;
      if (i >= s.size()) break;
      if (maxsplit >= 0 && int64_t(out.size()) >= maxsplit) {
        size_t e = s.size();
        while (e > i && isSpace32(s[e - 1])) e--;
        out.push(P.newStrCp(s.substr(i, e - i)));
        break;
      }
      size_t j = i;
      while (j < s.size() && !isSpace32(s[j])) j++;
      out.push(P.newStrCp(s.substr(i, j - i)));
      i = j;
    }
  } else {
    std::u32string sep = cps(sepV);
    if (sep.empty()) P.raise(P.t.ValueError, "empty separator");
    size_t i = 0;
    for (;;) {
      size_t j = s.find(sep, i);
      if (j == std::u32string::npos || (maxsplit >= 0 && int64_t(out.size()) >= maxsplit)) { out.push(P.newStrCp(s.substr(i))); break; }
      out.push(P.newStrCp(s.substr(i, j - i)));
      i = j + sep.size();
    }
  }
  return P.newList(out.data(), out.size());
}
static Value s_strip(VM& vm, CallArgs& a) {
  std::u32string s = strSelf(vm, a)->toCodePoints();
  std::u32string chars = a.argc && !a[0].isNull() ? cps(a[0]) : U"";
  auto strip = [&](char32_t c) { return chars.empty() && !(a.argc && !a[0].isNull()) ? isSpace32(c) : chars.find(c) != std::u32string::npos; };
  size_t b = 0, e = s.size();
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  if (m != 2) while (b < e && strip(s[b])) b++;
  if (m != 1) while (e > b && strip(s[e - 1])) e--;
  return L.newStrCp(s.substr(b, e - b));
}
static Value s_case(VM& vm, CallArgs& a) {
  std::u32string s = strSelf(vm, a)->toCodePoints();
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  if (m == 0) for (auto& c : s) { if (c < 128) c = toupper(int(c)); }
  else if (m == 1) for (auto& c : s) { if (c < 128) c = tolower(int(c)); }
  else if (m == 2) { bool first = true; for (auto& c : s) { if (c < 128) c = first ? toupper(int(c)) : tolower(int(c)); first = false; } }
  else if (m == 3) { bool start = true; for (auto& c : s) { bool alpha = c < 128 && isalpha(int(c)); if (c < 128) c = start ? toupper(int(c)) : tolower(int(c)); start = !alpha; } }
  else if (m == 4) for (auto& c : s) { if (c < 128) c = isupper(int(c)) ? tolower(int(c)) : toupper(int(c)); }
  return L.newStrCp(s);
}
static Value s_pred(VM& vm, CallArgs& a) {
  std::u32string s = strSelf(vm, a)->toCodePoints();
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  if (s.empty()) return Value::boolean(false);
  bool anyCased = false;
  for (char32_t c : s) {
    bool ok = true;
    switch (m) {
      case 0: ok = c < 128 && isdigit(int(c)); break;
      case 1: ok = c < 128 && isalpha(int(c)); break;
      case 2: ok = c < 128 && isalnum(int(c)); break;
      case 3: ok = isSpace32(c); break;
      case 4: if (c < 128 && isupper(int(c))) ok = false; if (c < 128 && islower(int(c))) anyCased = true; break;
      case 5: if (c < 128 && islower(int(c))) ok = false; if (c < 128 && isupper(int(c))) anyCased = true; break;
    }
    if (!ok) return Value::boolean(false);
  }
  if (m >= 4) return Value::boolean(anyCased);
  return Value::boolean(true);
}
static Value s_replace(VM& vm, CallArgs& a) {
  std::u32string s = strSelf(vm, a)->toCodePoints(), from = cps(a[0]), to = cps(a[1]), out;
  int64_t count = a.argc > 2 ? L.toIndex(a[2]) : -1;
  size_t i = 0;
  if (from.empty()) {
    for (size_t k = 0; k <= s.size(); k++) { if (count < 0 || int64_t(k) < count) out += to; if (k < s.size()) out += s[k]; }
    return L.newStrCp(out);
  }
  while (count != 0) {
    size_t j = s.find(from, i);
    if (j == std::u32string::npos) break;
    out += s.substr(i, j - i) + to;
    i = j + from.size();
    if (count > 0) count--;
  }
  out += s.substr(i);
  return L.newStrCp(out);
}
static Value s_startswith(VM& vm, CallArgs& a) {
  std::u32string s = strSelf(vm, a)->toCodePoints();
  bool ends = asNativeFunction(Value::cell(a.callee))->magic == 1;
  auto test = [&](Value p) {
    std::u32string x = cps(p);
    if (x.size() > s.size()) return false;
    return ends ? s.compare(s.size() - x.size(), x.size(), x) == 0 : s.compare(0, x.size(), x) == 0;
  };
  if (isArray(a[0])) { for (Value p : asArray(a[0])->elements) if (test(p)) return Value::boolean(true); return Value::boolean(false); }
  if (!isString(a[0])) L.raise(L.t.TypeError, std::string(ends ? "endswith" : "startswith") + " first arg must be str or a tuple of str, not " + L.typeName(a[0]));
  return Value::boolean(test(a[0]));
}
static Value s_find(VM& vm, CallArgs& a) {
  std::u32string s = strSelf(vm, a)->toCodePoints(), x = cps(a[0]);
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  int64_t n = int64_t(s.size());
  int64_t st = a.argc > 1 && !a[1].isNull() ? L.toIndex(a[1]) : 0, en = a.argc > 2 && !a[2].isNull() ? L.toIndex(a[2]) : n;
  if (st < 0) st = std::max<int64_t>(0, st + n); if (en < 0) en = std::max<int64_t>(0, en + n); if (en > n) en = n;
  size_t r = std::u32string::npos;
  if (st <= en) {
    std::u32string sub = s.substr(size_t(std::min(st, n)), size_t(en - std::min(st, n)));
    r = (m == 1 || m == 3) ? sub.rfind(x) : sub.find(x);
    if (r != std::u32string::npos) r += size_t(st);
  }
  if (m == 4) {  // count
    if (x.empty()) return Value::fromInt64(en - st + 1);
    int64_t c = 0; size_t i = size_t(st);
    while (true) { size_t j = s.find(x, i); if (j == std::u32string::npos || int64_t(j + x.size()) > en) break; c++; i = j + x.size(); }
    return Value::fromInt64(c);
  }
  if (r == std::u32string::npos) {
    if (m >= 2) L.raise(L.t.ValueError, "substring not found");
    return Value::integer(-1);
  }
  return Value::fromInt64(int64_t(r));
}
static Value s_pad(VM& vm, CallArgs& a) {
  std::u32string s = strSelf(vm, a)->toCodePoints();
  int64_t w = L.toIndex(a[0]);
  char32_t fill = a.argc > 1 ? cps(a[1])[0] : U' ';
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  if (int64_t(s.size()) >= w) return a.thisValue;
  size_t pad = size_t(w - int64_t(s.size()));
  if (m == 0) return L.newStrCp(s + std::u32string(pad, fill));
  if (m == 1) return L.newStrCp(std::u32string(pad, fill) + s);
  if (m == 3) {  // zfill
    size_t signPos = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    return L.newStrCp(s.substr(0, signPos) + std::u32string(pad, U'0') + s.substr(signPos));
  }
  size_t left = pad / 2 + (pad & size_t(w) & 1);
  return L.newStrCp(std::u32string(left, fill) + s + std::u32string(pad - left, fill));
}


void installStr(PyLanguage& P) {
  VM& vm = P.vm;
  Object* b = P.builtins;
  (void)vm;
  P.defNative(b, "chr", b_chr); P.defNative(b, "ord", b_ord);
  P.defNative(P.t.str, "__dualvm_ctor__", b_str);
  P.defNative(P.t.str, "join", s_join); P.defNative(P.t.str, "split", s_split);
  P.defNative(P.t.str, "strip", s_strip, 0); P.defNative(P.t.str, "lstrip", s_strip, 1); P.defNative(P.t.str, "rstrip", s_strip, 2);
  P.defNative(P.t.str, "upper", s_case, 0); P.defNative(P.t.str, "lower", s_case, 1); P.defNative(P.t.str, "capitalize", s_case, 2);
  P.defNative(P.t.str, "title", s_case, 3); P.defNative(P.t.str, "swapcase", s_case, 4);
  P.defNative(P.t.str, "isdigit", s_pred, 0); P.defNative(P.t.str, "isalpha", s_pred, 1); P.defNative(P.t.str, "isalnum", s_pred, 2);
  P.defNative(P.t.str, "isspace", s_pred, 3); P.defNative(P.t.str, "islower", s_pred, 4); P.defNative(P.t.str, "isupper", s_pred, 5);
  P.defNative(P.t.str, "isnumeric", s_pred, 0); P.defNative(P.t.str, "isdecimal", s_pred, 0);
  P.defNative(P.t.str, "replace", s_replace); P.defNative(P.t.str, "startswith", s_startswith, 0); P.defNative(P.t.str, "endswith", s_startswith, 1);
  P.defNative(P.t.str, "find", s_find, 0); P.defNative(P.t.str, "rfind", s_find, 1); P.defNative(P.t.str, "index", s_find, 2);
  P.defNative(P.t.str, "rindex", s_find, 3); P.defNative(P.t.str, "count", s_find, 4);
  P.defNative(P.t.str, "ljust", s_pad, 0); P.defNative(P.t.str, "rjust", s_pad, 1); P.defNative(P.t.str, "center", s_pad, 2);
  P.defNative(P.t.str, "zfill", s_pad, 3);
}

}  // namespace dualvm::py
