// runtime/python/str.cpp — Python's str: the methods of str (Unicode case mapping and character
// classes through ICU, with CPython's rules for final sigma, title case and whitespace), repr and
// ascii() of text, and the builtins about text (str(), chr, ord, ascii).
#include <unicode/ucasemap.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include "runtime/interpreter.h"
#include "runtime/python/py_text.h"
#include "runtime/python/str_units.h"
#include "runtime/python/value_subclass.h"

namespace dualvm::py {

#define L (lang(vm))

// UTF-8 to code points; a malformed byte becomes U+FFFD.
std::u32string utf8ToCp(std::string_view in) {
  std::u32string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size();) {
    uint8_t c = uint8_t(in[i]);
    int n = c < 0x80 ? 0 : c >= 0xF0 && c < 0xF8 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
    if (n == 0) { out += char32_t(c); i++; continue; }
    char32_t cp = n < 0 ? 0 : c & (0x3F >> n);
    bool ok = n > 0;
    for (int k = 1; ok && k <= n; k++) {
      if (i + k >= in.size() || (uint8_t(in[i + k]) & 0xC0) != 0x80) ok = false;
      else cp = (cp << 6) | (uint8_t(in[i + k]) & 0x3F);
    }
    if (!ok) { out += char32_t(0xFFFD); i++; continue; }
    out += cp;
    i += n + 1;
  }
  return out;
}

Value PyLanguage::newStr(const std::string& utf8) {
  for (char c : utf8)
    if (uint8_t(c) >= 0x80) return newStrCp(utf8ToCp(utf8));
  return Value::cell(String::fromLatin1(vm.heap, utf8));
}

// ---- character classes, as CPython's unicodectype.c defines them ----

bool pyIsSpace(char32_t c) {
  if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  // category Zs or bidirectional class WS, B, S
  if (u_charType(UChar32(c)) == U_SPACE_SEPARATOR) return true;
  UCharDirection d = u_charDirection(UChar32(c));
  return d == U_WHITE_SPACE_NEUTRAL || d == U_BLOCK_SEPARATOR || d == U_SEGMENT_SEPARATOR;
}
static bool isLinebreak(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
}
bool pyIsPrintable(char32_t c) {
  if (c < 128) return c >= 0x20 && c < 0x7f;
  switch (u_charType(UChar32(c))) {
    case U_CONTROL_CHAR: case U_FORMAT_CHAR: case U_SURROGATE: case U_PRIVATE_USE_CHAR: case U_UNASSIGNED:
    case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR: case U_SPACE_SEPARATOR: return false;
    default: return true;
  }
}
static bool isCased(char32_t c) { return c < 128 ? isalpha(int(c)) : u_hasBinaryProperty(UChar32(c), UCHAR_CASED); }
static bool isCaseIgnorable(char32_t c) { return c < 128 ? (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`') : u_hasBinaryProperty(UChar32(c), UCHAR_CASE_IGNORABLE); }
static bool isUpperC(char32_t c) { return c < 128 ? (c >= 'A' && c <= 'Z') : u_hasBinaryProperty(UChar32(c), UCHAR_UPPERCASE); }
static bool isLowerC(char32_t c) { return c < 128 ? (c >= 'a' && c <= 'z') : u_hasBinaryProperty(UChar32(c), UCHAR_LOWERCASE); }
static bool isTitleC(char32_t c) { return c >= 128 && u_istitle(UChar32(c)); }
static bool isAlphaC(char32_t c) { return c < 128 ? isalpha(int(c)) : u_isalpha(UChar32(c)); }
static bool isDecimalC(char32_t c) { return c < 128 ? (c >= '0' && c <= '9') : u_charType(UChar32(c)) == U_DECIMAL_DIGIT_NUMBER; }
static bool isDigitC(char32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  int t = u_getIntPropertyValue(UChar32(c), UCHAR_NUMERIC_TYPE);
  return t == U_NT_DECIMAL || t == U_NT_DIGIT;
}
static bool isNumericC(char32_t c) { return c < 128 ? (c >= '0' && c <= '9') : u_getIntPropertyValue(UChar32(c), UCHAR_NUMERIC_TYPE) != U_NT_NONE; }
static bool isAlnumC(char32_t c) { return isAlphaC(c) || isDecimalC(c) || isDigitC(c) || isNumericC(c); }

// ---- case mapping: full mappings (SpecialCasing), one character at a time as CPython does ----

enum class CaseOp { Upper, Lower, Title, Fold };
static void appendMapped(std::u32string& out, char32_t c, CaseOp op) {
  if (c < 128) {
    char32_t r = c;
    if (op == CaseOp::Upper || op == CaseOp::Title) { if (c >= 'a' && c <= 'z') r = c - 32; }
    else if (c >= 'A' && c <= 'Z') r = c + 32;
    out += r;
    return;
  }
  UChar src[2], dst[16];
  int32_t n = 0;
  U16_APPEND_UNSAFE(src, n, UChar32(c));
  UErrorCode err = U_ZERO_ERROR;
  int32_t len = 0;
  switch (op) {
    case CaseOp::Upper: len = u_strToUpper(dst, 16, src, n, "", &err); break;
    case CaseOp::Lower: len = u_strToLower(dst, 16, src, n, "", &err); break;
    case CaseOp::Fold: len = u_strFoldCase(dst, 16, src, n, U_FOLD_CASE_DEFAULT, &err); break;
    case CaseOp::Title: {
      // the whole one-character string is one "word": no break iterator, no adjustment
      static UCaseMap* csm = [] {
        UErrorCode e = U_ZERO_ERROR;
        return ucasemap_open("", U_TITLECASE_WHOLE_STRING | U_TITLECASE_NO_BREAK_ADJUSTMENT, &e);
      }();
      len = ucasemap_toTitle(csm, dst, 16, src, n, &err);
      break;
    }
  }
  if (U_FAILURE(err)) { out += c; return; }
  for (int32_t i = 0; i < len;) { UChar32 x; U16_NEXT(dst, i, len, x); out += char32_t(x); }
}
// Lower case of s[i], with Greek capital sigma's final form decided by its context.
static void appendLowerAt(std::u32string& out, const std::u32string& s, size_t i) {
  char32_t c = s[i];
  if (c != 0x3A3) { appendMapped(out, c, CaseOp::Lower); return; }
  // final when \p{cased}\p{case-ignorable}* precede it and no \p{case-ignorable}*\p{cased} follows
  size_t j = i;
  while (j > 0 && isCaseIgnorable(s[j - 1])) j--;
  bool final = j > 0 && isCased(s[j - 1]);
  if (final) {
    size_t k = i + 1;
    while (k < s.size() && isCaseIgnorable(s[k])) k++;
    final = k == s.size() || !isCased(s[k]);
  }
  out += final ? char32_t(0x3C2) : char32_t(0x3C3);
}

// ---- repr / ascii ----

std::string strRepr(String* str) {
  std::u32string cp = str->toCodePoints();
  bool hasSingle = false, hasDouble = false;
  for (char32_t c : cp) { if (c == '\'') hasSingle = true; if (c == '"') hasDouble = true; }
  char32_t q = hasSingle && !hasDouble ? '"' : '\'';
  std::u32string out;
  out += q;
  for (char32_t c : cp) {
    if (c == q || c == '\\') { out += '\\'; out += c; }
    else if (c == '\n') out += U"\\n";
    else if (c == '\r') out += U"\\r";
    else if (c == '\t') out += U"\\t";
    else if (pyIsPrintable(c) || c == ' ') out += c;
    else {
      char b[12];
      if (c < 0x100) snprintf(b, sizeof b, "\\x%02x", unsigned(c));
      else if (c < 0x10000) snprintf(b, sizeof b, "\\u%04x", unsigned(c));
      else snprintf(b, sizeof b, "\\U%08x", unsigned(c));
      for (char* p = b; *p; p++) out += char32_t(*p);
    }
  }
  out += q;
  return cpToUtf8(out);
}

// repr(v) with every non-ASCII character escaped (the ascii() builtin, !a conversions).
std::string asciiRepr(PyLanguage& P, Value v) {
  std::u32string r = utf8ToCp(P.repr(v));
  std::string out;
  for (char32_t c : r) {
    if (c < 128) { out += char(c); continue; }
    char b[12];
    if (c < 0x100) snprintf(b, sizeof b, "\\x%02x", unsigned(c));
    else if (c < 0x10000) snprintf(b, sizeof b, "\\u%04x", unsigned(c));
    else snprintf(b, sizeof b, "\\U%08x", unsigned(c));
    out += b;
  }
  return out;
}

// ---- argument binding for the methods ----

// The str a method runs on. An unbound call (str.upper(s), key=str.lower) passes it as the first
// argument; the arguments then shift down.
String* selfStr(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  a.thisValue = builtinValue(a.thisValue);  // a str subclass instance: its str (value_subclass.h)
  if (isString(a.thisValue)) return asString(a.thisValue);
  std::string name = isString(asNativeFunction(Value::cell(a.callee))->data) ? asString(asNativeFunction(Value::cell(a.callee))->data)->toUtf8() : "?";
  if (a.argc == 0) P.raise(P.t.TypeError, "unbound method str." + name + "() needs an argument");
  // str.upper(s) of a str subclass instance works on its str (value_subclass.h)
  if (!isString(builtinValue(a.argv[0]))) P.raise(P.t.TypeError, "descriptor '" + name + "' for 'str' objects doesn't apply to a '" + P.typeName(a.argv[0]) + "' object");
  a.thisValue = builtinValue(a.argv[0]);
  a.argv++;
  a.argc--;
  return asString(a.thisValue);
}
std::u32string selfText(VM& vm, CallArgs& a) { return selfStr(vm, a)->toCodePoints(); }

// Positional and keyword arguments bound to parameter names; missing ones are empty().
// Keywords are taken from the language (and cleared, so nested native calls do not see them).
struct Params {
  Value v[4] = {Value::empty(), Value::empty(), Value::empty(), Value::empty()};
  Params(PyLanguage& P, CallArgs& a, const char* fn, std::initializer_list<const char*> names, size_t required,
         bool keywords = true) {
    size_t n = names.size();
    if (a.argc > n) {
      if (keywords) P.raise(P.t.TypeError, std::string(fn) + "() takes at most " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") + " (" + std::to_string(a.argc) + " given)");
      if (n == 0) P.raise(P.t.TypeError, "str." + std::string(fn) + "() takes no arguments (" + std::to_string(a.argc) + " given)");
      P.raise(P.t.TypeError, std::string(fn) + " expected at most " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") + ", got " + std::to_string(a.argc));
    }
    for (uint32_t i = 0; i < a.argc; i++) v[i] = a.argv[i];
    std::vector<String*> kn;
    kn.swap(P.kwNames);
    std::vector<Value> kv;
    kv.swap(P.kwValues);
    for (size_t k = 0; k < kn.size(); k++) {
      std::string key = kn[k]->toUtf8();
      size_t idx = 0;
      bool found = false;
      for (const char* nm : names) { if (keywords && key == nm) { found = true; break; } idx++; }
      if (!found) P.raise(P.t.TypeError, std::string(fn) + "() " + (keywords ? "got an unexpected keyword argument '" + key + "'" : "takes no keyword arguments"));
      if (!v[idx].isMagic(Magic::Empty)) P.raise(P.t.TypeError, "argument for " + std::string(fn) + "() given by name ('" + key + "') and position (" + std::to_string(idx + 1) + ")");
      v[idx] = kv[k];
    }
    // a str subclass instance argument is its str (D21) — except str(x)'s object, whose own
    // __str__ must run
    for (size_t i = std::string_view(fn) == "str" ? 1 : 0; i < 4; i++)
      if (isValueInstance(v[i]) && isString(builtinValue(v[i]))) v[i] = builtinValue(v[i]);
    size_t have = 0;
    while (have < n && !v[have].isMagic(Magic::Empty)) have++;
    if (have < required) {
      if (keywords) P.raise(P.t.TypeError, std::string(fn) + "() missing required argument '" + *(names.begin() + have) + "' (pos " + std::to_string(have + 1) + ")");
      P.raise(P.t.TypeError, std::string(fn) + " expected at least " + std::to_string(required) + " argument" + (required == 1 ? "" : "s") + ", got " + std::to_string(a.argc));
    }
  }
  bool has(size_t i) const { return !v[i].isMagic(Magic::Empty); }
  bool given(size_t i) const { return has(i) && !v[i].isNull(); }
};

static int64_t indexArg(PyLanguage& P, Value v) {
  if (v.isNull()) P.raise(P.t.TypeError, "slice indices must be integers or None or have an __index__ method");
  if (isBigInt(v)) return bigint::sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;  // clamps like CPython's
  return P.toIndex(v);
}
// CPython's ADJUST_INDICES for the optional (start, end) of find/count/startswith.
static void sliceArgs(PyLanguage& P, const Params& p, size_t first, int64_t len, int64_t* start, int64_t* end) {
  *start = p.given(first) ? indexArg(P, p.v[first]) : 0;
  *end = p.given(first + 1) ? indexArg(P, p.v[first + 1]) : len;
  if (*end > len) *end = len;
  else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
  if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

static Value result(VM& vm, CallArgs& a, const std::u32string& out, const std::u32string& in) {
  if (out == in) return a.thisValue;  // CPython returns the same object when nothing changes
  return L.newStrCp(out);
}
static int magicOf(CallArgs& a) { return asNativeFunction(Value::cell(a.callee))->magic; }

// ---- builtins ----

static Value b_str(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Params p(P, a, "str", {"object", "encoding", "errors"}, 0);
  if (!p.has(0)) return P.newStr("");
  if (p.has(1) || p.has(2)) {  // str(bytes, encoding, errors) decodes
    RootedVector args(vm);
    std::vector<String*> names;
    if (p.has(1)) { args.push(p.v[1]); names.push_back(P.s("encoding")); }
    if (p.has(2)) { args.push(p.v[2]); names.push_back(P.s("errors")); }
    Rooted obj(vm, p.v[0]);
    if (P.getAttr(obj, P.s("decode"), false).isMagic(Magic::Empty) && P.typeName(obj) == "memoryview")
      obj = P.call(P.getAttr(Value::cell(P.builtins), P.s("bytes")), obj.address(), 1);  // the buffer's bytes
    Value dec = P.getAttr(obj, P.s("decode"), false);
    if (dec.isMagic(Magic::Empty)) P.raise(P.t.TypeError, "decoding to str: need a bytes-like object, " + P.typeName(obj) + " found");
    Rooted rd(vm, dec);
    return P.callKw(rd, nullptr, 0, names, args.data());
  }
  if (isString(p.v[0])) return p.v[0];
  return P.newStr(P.str(p.v[0]));
}
static Value b_chr(VM& vm, CallArgs& a) {
  if (a.argc != 1) L.raise(L.t.TypeError, "chr() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  if (a[0].isDouble()) L.raise(L.t.TypeError, "'float' object cannot be interpreted as an integer");
  Value v = a[0];
  if (isBigInt(v)) L.raise(L.t.OverflowError, "Python int too large to convert to C int");
  int64_t c = L.toIndex(v);
  if (c < 0 || c > 0x10ffff) L.raise(L.t.ValueError, "chr() arg not in range(0x110000)");
  return Value::cell(strChar(L, uint32_t(c)));
}
static Value b_ord(VM& vm, CallArgs& a) {
  if (a.argc != 1) L.raise(L.t.TypeError, "ord() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  if (isString(builtinValue(a[0]))) a.argv[0] = builtinValue(a[0]);  // a str subclass instance
  if (!isString(a[0])) {
    // bytes / bytearray of length 1 (pytypes' objects answer len() and indexing)
    std::string tn = L.typeName(a[0]);
    if (tn == "bytes" || tn == "bytearray") {
      Rooted v(vm, a[0]);
      RootedVector items(vm);
      L.collect(v, items);
      if (items.size() != 1) L.raise(L.t.TypeError, "ord() expected a character, but string of length " + std::to_string(items.size()) + " found");
      return items[0];
    }
    L.raise(L.t.TypeError, "ord() expected string of length 1, but " + tn + " found");
  }
  String* c = asString(a[0]);
  if (c->length() != 1) L.raise(L.t.TypeError, "ord() expected a character, but string of length " + std::to_string(c->length()) + " found");
  return Value::integer(int32_t(c->at(0)));
}
static Value b_ascii(VM& vm, CallArgs& a) {
  if (a.argc != 1) L.raise(L.t.TypeError, "ascii() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  return L.newStr(asciiRepr(L, a[0]));
}

// ---- methods ----

static Value s_join(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  String* sep = selfStr(vm, a);
  Params p(P, a, "join", {"iterable"}, 1, false);
  RootedVector items(vm);
  P.collect(p.v[0], items);
  size_t total = 0;
  for (size_t i = 0; i < items.size(); i++) {
    items[i] = builtinValue(items[i]);  // a str subclass instance joins as its str
    if (!isString(items[i])) P.raise(P.t.TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " + P.typeName(items[i]) + " found");
    total += asString(items[i])->length() + (i ? sep->length() : 0);
  }
  if (items.size() == 1) return items[0];  // CPython returns the one item itself
  if (total > (size_t(1) << 30)) P.raise(P.t.MemoryError, "");
  StrBuilder b;
  b.reserve(total);
  for (size_t i = 0; i < items.size(); i++) {
    if (i) b.append(sep);
    b.append(asString(items[i]));
  }
  return Value::cell(b.finish(vm.heap));
}

// split / rsplit (magic 1)
static Value s_split(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  String* s = selfStr(vm, a);
  bool right = magicOf(a) == 1;
  Params p(P, a, right ? "rsplit" : "split", {"sep", "maxsplit"}, 0);
  int64_t maxsplit = p.has(1) ? P.toIndex(p.v[1]) : -1;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::vector<std::pair<int64_t, int64_t>> parts;  // (start, length) of each piece
  int64_t n = s->length();
  if (!p.given(0)) {
    auto sp = [&](int64_t i) { return pyIsSpace(s->at(uint32_t(i))); };
    if (!right) {
      int64_t i = 0;
      while (i < n) {
        while (i < n && sp(i)) i++;
        if (i == n) break;
        if (int64_t(parts.size()) == maxsplit) { parts.push_back({i, n - i}); break; }  // the rest keeps its trailing whitespace
        int64_t j = i;
        while (j < n && !sp(j)) j++;
        parts.push_back({i, j - i});
        i = j;
      }
    } else {
      int64_t e = n;
      while (e > 0) {
        while (e > 0 && sp(e - 1)) e--;
        if (e == 0) break;
        if (int64_t(parts.size()) == maxsplit) { parts.push_back({0, e}); break; }
        int64_t j = e;
        while (j > 0 && !sp(j - 1)) j--;
        parts.push_back({j, e - j});
        e = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    if (!isString(p.v[0])) P.raise(P.t.TypeError, "must be str or None, not " + P.typeName(p.v[0]));
    String* sep = asString(p.v[0]);
    int64_t sl = sep->length();
    if (sl == 0) P.raise(P.t.ValueError, "empty separator");
    if (!right) {
      int64_t i = 0;
      for (;;) {
        int64_t j = int64_t(parts.size()) < maxsplit ? strFind(s, sep, i, n) : -1;
        if (j < 0) { parts.push_back({i, n - i}); break; }
        parts.push_back({i, j - i});
        i = j + sl;
      }
    } else {
      int64_t e = n;
      for (;;) {
        int64_t j = int64_t(parts.size()) < maxsplit ? strFind(s, sep, 0, e, true) : -1;
        if (j < 0) { parts.push_back({0, e}); break; }
        parts.push_back({j + sl, e - j - sl});
        e = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  }
  RootedVector out(vm);
  for (auto& x : parts) out.push(Value::cell(strSub(vm.heap, s, x.first, x.second)));
  return P.newList(out.data(), out.size());
}

static Value s_splitlines(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  String* str = selfStr(vm, a);
  StrChars s{str};
  Params p(P, a, "splitlines", {"keepends"}, 0);
  bool keep = p.has(0) && P.truthy(vm, p.v[0]);
  RootedVector out(vm);
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t j = i;
    while (j < n && !isLinebreak(s[j])) j++;
    size_t eol = j;
    if (j < n) { j += (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') ? 2 : 1; if (keep) eol = j; }
    out.push(Value::cell(strSub(vm.heap, str, int64_t(i), int64_t(eol - i))));
    i = j;
  }
  return P.newList(out.data(), out.size());
}

// strip / lstrip (1) / rstrip (2)
static Value s_strip(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  String* s = selfStr(vm, a);
  int m = magicOf(a);
  Params p(P, a, m == 0 ? "strip" : m == 1 ? "lstrip" : "rstrip", {"chars"}, 0, false);
  String* chars = nullptr;
  if (p.given(0)) {
    if (!isString(p.v[0])) P.raise(P.t.TypeError, std::string(m == 0 ? "strip" : m == 1 ? "lstrip" : "rstrip") + " arg must be None or str");
    chars = asString(p.v[0]);
  }
  auto strip = [&](uint32_t i) {
    uint32_t c = s->at(i);
    if (!chars) return pyIsSpace(c);
    for (uint32_t k = 0; k < chars->length(); k++) if (chars->at(k) == c) return true;
    return false;
  };
  uint32_t b = 0, e = s->length();
  if (m != 2) while (b < e && strip(b)) b++;
  if (m != 1) while (e > b && strip(e - 1)) e--;
  return Value::cell(strSub(vm.heap, s, b, e - b));
}

// upper, lower, capitalize, title, swapcase, casefold (magic 0..5)
static Value s_case(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  String* self = selfStr(vm, a);
  static const char* names[] = {"upper", "lower", "capitalize", "title", "swapcase", "casefold"};
  int m = magicOf(a);
  Params p(P, a, names[m], {}, 0, false);
  if (self->encoding() == String::Latin1) {  // ASCII text: no Unicode tables needed
    const uint8_t* u = self->latin1();
    uint32_t n = self->length();
    bool ascii = true;
    for (uint32_t i = 0; i < n && ascii; i++) ascii = u[i] < 128;
    if (ascii) {
      std::string r(n, '\0');
      bool prevCased = false;
      for (uint32_t i = 0; i < n; i++) {
        uint8_t c = u[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        bool toUp = m == 0 || (m == 2 && i == 0) || (m == 3 && !prevCased) || (m == 4 && lo);
        bool toLo = m == 1 || m == 5 || (m == 2 && i > 0) || (m == 3 && prevCased) || (m == 4 && up);
        r[i] = char(toUp && lo ? c - 32 : toLo && up ? c + 32 : c);
        prevCased = up || lo;
      }
      return Value::cell(String::fromLatin1(vm.heap, r));
    }
  }
  std::u32string s = self->toCodePoints(), out;
  out.reserve(s.size());
  switch (m) {
    case 0: for (char32_t c : s) appendMapped(out, c, CaseOp::Upper); break;
    case 1: for (size_t i = 0; i < s.size(); i++) appendLowerAt(out, s, i); break;
    case 2:
      for (size_t i = 0; i < s.size(); i++) {
        if (i == 0) appendMapped(out, s[i], CaseOp::Title);
        else appendLowerAt(out, s, i);
      }
      break;
    case 3: {
      bool prevCased = false;
      for (size_t i = 0; i < s.size(); i++) {
        if (prevCased) appendLowerAt(out, s, i);
        else appendMapped(out, s[i], CaseOp::Title);
        prevCased = isCased(s[i]);
      }
      break;
    }
    case 4:
      for (size_t i = 0; i < s.size(); i++) {
        if (isUpperC(s[i])) appendLowerAt(out, s, i);
        else if (isLowerC(s[i])) appendMapped(out, s[i], CaseOp::Upper);
        else out += s[i];
      }
      break;
    default: for (char32_t c : s) appendMapped(out, c, CaseOp::Fold); break;
  }
  return P.newStrCp(out);
}

// isdigit isalpha isalnum isspace islower isupper isnumeric isdecimal isidentifier istitle
// isprintable isascii (magic 0..11)
static Value s_pred(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  StrChars s{selfStr(vm, a)};
  static const char* names[] = {"isdigit", "isalpha", "isalnum", "isspace", "islower", "isupper", "isnumeric",
                                "isdecimal", "isidentifier", "istitle", "isprintable", "isascii"};
  int m = magicOf(a);
  Params p(P, a, names[m], {}, 0, false);
  auto all = [&](bool (*f)(char32_t)) {
    if (s.empty()) return false;
    for (char32_t c : s) if (!f(c)) return false;
    return true;
  };
  switch (m) {
    case 0: return Value::boolean(all(isDigitC));
    case 1: return Value::boolean(all(isAlphaC));
    case 2: return Value::boolean(all(isAlnumC));
    case 3: return Value::boolean(all(pyIsSpace));
    case 4: case 5: {
      bool cased = false;
      for (char32_t c : s) {
        if (m == 4 ? (isUpperC(c) || isTitleC(c)) : (isLowerC(c) || isTitleC(c))) return Value::boolean(false);
        if (m == 4 ? isLowerC(c) : isUpperC(c)) cased = true;
      }
      return Value::boolean(cased);
    }
    case 6: return Value::boolean(all(isNumericC));
    case 7: return Value::boolean(all(isDecimalC));
    case 8: {
      if (s.empty()) return Value::boolean(false);
      auto start = [](char32_t c) { return c == '_' || (c < 128 ? isalpha(int(c)) != 0 : u_hasBinaryProperty(UChar32(c), UCHAR_XID_START)); };
      auto cont = [](char32_t c) { return c < 128 ? (c == '_' || isalnum(int(c))) : u_hasBinaryProperty(UChar32(c), UCHAR_XID_CONTINUE); };
      if (!start(s[0])) return Value::boolean(false);
      for (size_t i = 1; i < s.size(); i++) if (!cont(s[i])) return Value::boolean(false);
      return Value::boolean(true);
    }
    case 9: {
      bool cased = false, prev = false;
      for (char32_t c : s) {
        if (isUpperC(c) || isTitleC(c)) { if (prev) return Value::boolean(false); prev = cased = true; }
        else if (isLowerC(c)) { if (!prev) return Value::boolean(false); prev = cased = true; }
        else prev = false;
      }
      return Value::boolean(cased);
    }
    case 10: for (char32_t c : s) if (!pyIsPrintable(c)) return Value::boolean(false); return Value::boolean(true);
    default: for (char32_t c : s) if (c >= 128) return Value::boolean(false); return Value::boolean(true);
  }
}

static Value s_replace(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  String* s = selfStr(vm, a);
  Params p(P, a, "replace", {"old", "new", "count"}, 2, false);
  if (!isString(p.v[0])) P.raise(P.t.TypeError, "replace() argument 1 must be str, not " + P.typeName(p.v[0]));
  if (!isString(p.v[1])) P.raise(P.t.TypeError, "replace() argument 2 must be str, not " + P.typeName(p.v[1]));
  String *from = asString(p.v[0]), *to = asString(p.v[1]);
  int64_t count = p.has(2) ? P.toIndex(p.v[2]) : -1;
  if (count < 0) count = INT64_MAX;
  int64_t n = s->length(), fl = from->length();
  StrBuilder b;
  int64_t done = 0, i = 0;
  if (fl == 0) {
    for (int64_t k = 0; k <= n; k++) {
      if (done < count) { b.append(to); done++; }
      if (k < n) b.append(s, size_t(k), 1);
    }
    i = n;
  } else {
    while (done < count) {
      int64_t j = strFind(s, from, i, n);
      if (j < 0) break;
      b.append(s, size_t(i), size_t(j - i));
      b.append(to);
      i = j + fl;
      done++;
    }
  }
  if (done == 0) return a.thisValue;  // CPython returns the same object when nothing changes
  b.append(s, size_t(i), size_t(n - i));
  return Value::cell(b.finish(vm.heap));
}

// startswith / endswith (magic 1)
static Value s_startswith(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  String* s = selfStr(vm, a);
  bool ends = magicOf(a) == 1;
  const char* fn = ends ? "endswith" : "startswith";
  Params p(P, a, fn, {"prefix", "start", "end"}, 1, false);
  int64_t st, en;
  sliceArgs(P, p, 1, int64_t(s->length()), &st, &en);
  auto test = [&](String* x) {
    int64_t e = en - int64_t(x->length());
    if (e < st) return false;
    return strMatchAt(s, x, ends ? e : st);
  };
  if (isArray(p.v[0]) && asObject(p.v[0])->classTag() == kTagTuple) {
    Rooted t(vm, p.v[0]);
    for (size_t i = 0; i < asArray(t)->elements.size(); i++) {
      Value x = asArray(t)->elements[i];
      if (!isString(x)) P.raise(P.t.TypeError, std::string("tuple for ") + fn + " must only contain str, not " + P.typeName(x));
      if (test(asString(x))) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  if (!isString(p.v[0])) P.raise(P.t.TypeError, std::string(fn) + " first arg must be str or a tuple of str, not " + P.typeName(p.v[0]));
  return Value::boolean(test(asString(p.v[0])));
}

// find rfind index rindex count (magic 0..4)
static Value s_find(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  String* s = selfStr(vm, a);
  int m = magicOf(a);
  static const char* names[] = {"find", "rfind", "index", "rindex", "count"};
  Params p(P, a, names[m], {"sub", "start", "end"}, 1, false);
  if (!isString(p.v[0])) P.raise(P.t.TypeError, "must be str, not " + P.typeName(p.v[0]));
  String* x = asString(p.v[0]);
  int64_t st, en;
  sliceArgs(P, p, 1, int64_t(s->length()), &st, &en);
  if (m == 4) return Value::fromInt64(strCount(s, x, st, en, INT64_MAX));
  int64_t r = strFind(s, x, st, en, m == 1 || m == 3);
  if (r < 0 && m >= 2) P.raise(P.t.ValueError, "substring not found");
  return Value::fromInt64(r);
}

// ljust rjust center zfill (magic 0..3)
static Value s_pad(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  String* str = selfStr(vm, a);
  int m = magicOf(a);
  static const char* names[] = {"ljust", "rjust", "center", "zfill"};
  Params p(P, a, names[m], m == 3 ? std::initializer_list<const char*>{"width"} : std::initializer_list<const char*>{"width", "fillchar"}, 1, false);
  if (p.v[0].isDouble()) P.raise(P.t.TypeError, "'float' object cannot be interpreted as an integer");
  int64_t w = P.toIndex(p.v[0]);
  uint32_t fill = ' ';
  if (p.has(1)) {
    if (!isString(p.v[1])) P.raise(P.t.TypeError, std::string(names[m]) + "() argument 2 must be str, not " + P.typeName(p.v[1]));
    if (asString(p.v[1])->length() != 1) P.raise(P.t.TypeError, "The fill character must be exactly one character long");
    fill = asString(p.v[1])->at(0);
  }
  int64_t n = str->length();
  if (n >= w) return a.thisValue;
  int64_t pad = w - n;
  StrBuilder b;
  auto fillN = [&](int64_t k, uint32_t c) { for (int64_t i = 0; i < k; i++) b.appendChar(c); };
  if (m == 0) { b.append(str); fillN(pad, fill); }
  else if (m == 1) { fillN(pad, fill); b.append(str); }
  else if (m == 3) {
    size_t signPos = (n > 0 && (str->at(0) == '-' || str->at(0) == '+')) ? 1 : 0;
    b.append(str, 0, signPos);
    fillN(pad, '0');
    b.append(str, signPos, size_t(n) - signPos);
  } else {
    int64_t left = pad / 2 + (pad & w & 1);
    fillN(left, fill);
    b.append(str);
    fillN(pad - left, fill);
  }
  return Value::cell(b.finish(vm.heap));
}

static Value s_expandtabs(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  std::u32string s = selfText(vm, a), out;
  Params p(P, a, "expandtabs", {"tabsize"}, 0);
  int64_t tab = p.has(0) ? P.toIndex(p.v[0]) : 8;
  int64_t col = 0;
  for (char32_t c : s) {
    if (c == '\t') {
      if (tab > 0) { int64_t n = tab - col % tab; out.append(size_t(n), U' '); col += n; }
    } else {
      out += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return result(vm, a, out, s);
}

// partition / rpartition (magic 1)
static Value s_partition(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  String* s = selfStr(vm, a);
  bool right = magicOf(a) == 1;
  Params p(P, a, right ? "rpartition" : "partition", {"sep"}, 1, false);
  if (!isString(p.v[0])) P.raise(P.t.TypeError, "must be str, not " + P.typeName(p.v[0]));
  String* sep = asString(p.v[0]);
  if (sep->length() == 0) P.raise(P.t.ValueError, "empty separator");
  int64_t n = s->length(), j = strFind(s, sep, 0, n, right);
  Rooted self(vm, a.thisValue), rsep(vm, p.v[0]);
  RootedVector parts(vm);
  Rooted empty(vm, Value::cell(strSub(vm.heap, s, 0, 0)));
  if (j < 0) {
    if (right) { parts.push(empty); parts.push(empty); parts.push(self); }
    else { parts.push(self); parts.push(empty); parts.push(empty); }
  } else {
    parts.push(Value::cell(strSub(vm.heap, s, 0, j)));
    parts.push(rsep);
    int64_t k = j + sep->length();
    parts.push(Value::cell(strSub(vm.heap, s, k, n - k)));
  }
  return P.newTuple(parts.data(), 3);
}

// removeprefix / removesuffix (magic 1)
static Value s_remove(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  String* s = selfStr(vm, a);
  bool suffix = magicOf(a) == 1;
  Params p(P, a, suffix ? "removesuffix" : "removeprefix", {"x"}, 1, false);
  if (!isString(p.v[0])) P.raise(P.t.TypeError, std::string(suffix ? "removesuffix" : "removeprefix") + "() argument must be str, not " + P.typeName(p.v[0]));
  String* x = asString(p.v[0]);
  int64_t n = s->length(), xl = x->length();
  if (xl == 0 || xl > n) return a.thisValue;
  if (!suffix && strMatchAt(s, x, 0)) return Value::cell(strSub(vm.heap, s, xl, n - xl));
  if (suffix && strMatchAt(s, x, n - xl)) return Value::cell(strSub(vm.heap, s, 0, n - xl));
  return a.thisValue;
}

static Value s_translate(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  std::u32string s = selfText(vm, a), out;
  Params p(P, a, "translate", {"table"}, 1, false);
  Rooted table(vm, p.v[0]);
  for (char32_t c : s) {
    Value r;
    try {
      r = P.getElement(vm, table, Value::integer(int32_t(c)));
    } catch (ScriptThrow&) {
      if (P.isInstance(vm.exception, P.t.LookupError)) { vm.exception = Value::undefined(); out += c; continue; }
      throw;
    }
    if (r.isNull()) continue;
    if (isString(r)) { out += cps(r); continue; }
    if (isInteger(r)) {
      int64_t k = 0;
      if (!bigint::fitsInt64(r, &k) || k < 0 || k > 0x10ffff) P.raise(P.t.ValueError, "character mapping must be in range(0x110000)");
      out += char32_t(k);
      continue;
    }
    P.raise(P.t.TypeError, "character mapping must return integer, None or str");
  }
  return result(vm, a, out, s);
}

// str.maketrans(x[, y[, z]]): a static method (a call through an instance ignores the instance).
static Value s_maketrans(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Params p(P, a, "maketrans", {"x", "y", "z"}, 1, false);
  Rooted d(vm, P.newDict());
  if (!p.has(1)) {
    if (!isDict(p.v[0])) P.raise(P.t.TypeError, "if you give only one argument to maketrans it must be a dict");
    Rooted src(vm, p.v[0]);
    for (size_t i = 0; i < asDict(src)->entries.size(); i++) {
      DictEntry e = asDict(src)->entries[i];
      if (e.key.isMagic(Magic::Empty)) continue;
      Rooted val(vm, e.value);
      Value k = e.key;
      if (isString(k)) {
        std::u32string ks = cps(k);
        if (ks.size() != 1) P.raise(P.t.ValueError, "string keys in translate table must be of length 1");
        k = Value::integer(int32_t(ks[0]));
      } else if (!isInteger(k) && !k.isBool()) P.raise(P.t.TypeError, "keys in translate table must be strings or integers");
      else if (k.isBool()) k = Value::integer(k.asBool());
      P.dictSet(asDict(d), k, val);
    }
    return d;
  }
  if (!isString(p.v[0])) P.raise(P.t.TypeError, "maketrans() argument 1 must be str, not " + P.typeName(p.v[0]));
  if (!isString(p.v[1])) P.raise(P.t.TypeError, "maketrans() argument 2 must be str, not " + P.typeName(p.v[1]));
  std::u32string x = cps(p.v[0]), y = cps(p.v[1]);
  if (x.size() != y.size()) P.raise(P.t.ValueError, "the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < x.size(); i++) P.dictSet(asDict(d), Value::integer(int32_t(x[i])), Value::integer(int32_t(y[i])));
  if (p.has(2)) {
    if (!isString(p.v[2])) P.raise(P.t.TypeError, "maketrans() argument 3 must be str, not " + P.typeName(p.v[2]));
    for (char32_t c : cps(p.v[2])) P.dictSet(asDict(d), Value::integer(int32_t(c)), Value::null());
  }
  return d;
}
static Value s_maketransEntry(VM& vm, CallArgs& a) {
  if (!isString(a.thisValue)) return s_maketrans(vm, a);
  CallArgs b = a;
  b.thisValue = Value::undefined();
  return s_maketrans(vm, b);
}

// __len__, __contains__, __getitem__, ... for explicit calls (str.__len__(s)); the operators
// themselves go through PyLanguage's hooks.
static Value s_len(VM& vm, CallArgs& a) { return Value::fromInt64(int64_t(selfStr(vm, a)->length())); }
static Value s_contains(VM& vm, CallArgs& a) {
  selfStr(vm, a);
  return Value::boolean(L.hasProperty(vm, a.thisValue, a[0]));
}
static Value s_getitem(VM& vm, CallArgs& a) { selfStr(vm, a); return L.getElement(vm, a.thisValue, a[0]); }

void installStr(PyLanguage& P) {
  Object* b = P.builtins;
  PyType* t = P.t.str;
  P.defNative(b, "chr", b_chr); P.defNative(b, "ord", b_ord); P.defNative(b, "ascii", b_ascii);
  P.defNative(t, "__dualvm_ctor__", b_str);
  P.defNative(t, "join", s_join); P.defNative(t, "split", s_split, 0); P.defNative(t, "rsplit", s_split, 1);
  P.defNative(t, "splitlines", s_splitlines);
  P.defNative(t, "strip", s_strip, 0); P.defNative(t, "lstrip", s_strip, 1); P.defNative(t, "rstrip", s_strip, 2);
  const char* cases[] = {"upper", "lower", "capitalize", "title", "swapcase", "casefold"};
  for (int i = 0; i < 6; i++) P.defNative(t, cases[i], s_case, i);
  const char* preds[] = {"isdigit", "isalpha", "isalnum", "isspace", "islower", "isupper", "isnumeric",
                         "isdecimal", "isidentifier", "istitle", "isprintable", "isascii"};
  for (int i = 0; i < 12; i++) P.defNative(t, preds[i], s_pred, i);
  P.defNative(t, "replace", s_replace); P.defNative(t, "startswith", s_startswith, 0); P.defNative(t, "endswith", s_startswith, 1);
  const char* finds[] = {"find", "rfind", "index", "rindex", "count"};
  for (int i = 0; i < 5; i++) P.defNative(t, finds[i], s_find, i);
  P.defNative(t, "ljust", s_pad, 0); P.defNative(t, "rjust", s_pad, 1); P.defNative(t, "center", s_pad, 2);
  P.defNative(t, "zfill", s_pad, 3);
  P.defNative(t, "expandtabs", s_expandtabs);
  P.defNative(t, "partition", s_partition, 0); P.defNative(t, "rpartition", s_partition, 1);
  P.defNative(t, "removeprefix", s_remove, 0); P.defNative(t, "removesuffix", s_remove, 1);
  P.defNative(t, "translate", s_translate); P.defNative(t, "maketrans", s_maketransEntry);
  P.defNative(t, "__len__", s_len); P.defNative(t, "__contains__", s_contains); P.defNative(t, "__getitem__", s_getitem);
}

}  // namespace dualvm::py
