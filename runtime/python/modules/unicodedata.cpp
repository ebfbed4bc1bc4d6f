// runtime/python/modules/unicodedata.cpp — the native `unicodedata` module (CPython's
// Modules/unicodedata.c; owner pycmods) on ICU's character properties and Normalizer2: lookup,
// name, category, bidirectional, combining, decimal, digit, numeric, east_asian_width, mirrored,
// decomposition, normalize, is_normalized, unidata_version, and ucd_3_2_0 (the same functions —
// ICU has no Unicode 3.2 tables, so idna/stringprep see the current data; see python_modules.md).
// Values follow ICU's Unicode version (unidata_version reports CPython 3.11's '14.0.0'); characters
// assigned after 14.0 are the only ones that differ from CPython.
#include <unicode/uchar.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include "runtime/python/modules/cmods_args.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

// The code point of a one-character str argument, or CPython's TypeError.
UChar32 charArg(VM& vm, CallArgs& a, const char* fn) {
  if (a.argc < 1) L.raise(L.t.TypeError, std::string(fn) + "() takes at least 1 argument (0 given)");
  Value v = a[0];
  if (!isString(v)) L.raise(L.t.TypeError, std::string(fn) + "() argument must be a unicode character, not " + L.typeName(v));
  std::u32string cps = asString(v)->toCodePoints();
  if (cps.size() != 1) L.raise(L.t.TypeError, std::string(fn) + "() argument must be a unicode character, not str");
  return UChar32(cps[0]);
}

// A value, or the `default` argument, or ValueError(msg).
Value orDefault(VM& vm, CallArgs& a, const char* msg) {
  if (a.argc > 1) return a[1];
  L.raise(L.t.ValueError, msg);
}

const char* const kCategories[] = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp",
                                   "Cc", "Cf", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf"};
const char* const kBidi[] = {"L", "R", "EN", "ES", "ET", "AN", "CS", "B", "S", "WS", "ON", "LRE", "LRO", "AL", "RLE",
                             "RLO", "PDF", "NSM", "BN", "FSI", "LRI", "RLI", "PDI"};
const char* const kEaw[] = {"N", "A", "H", "F", "Na", "W"};
const char* const kDecompTags[] = {"", "", "<compat>", "<circle>", "<final>", "<font>", "<fraction>", "<initial>",
                                   "<isolated>", "<medial>", "<narrow>", "<noBreak>", "<small>", "<square>", "<sub>",
                                   "<super>", "<vertical>", "<wide>"};

Value category(VM& vm, CallArgs& a) {
  int c = u_charType(charArg(vm, a, "category"));
  return L.newStr(c >= 0 && c < 30 ? kCategories[c] : "Cn");
}
Value bidirectional(VM& vm, CallArgs& a) {
  UChar32 c = charArg(vm, a, "bidirectional");
  if (u_charType(c) == U_UNASSIGNED) return L.newStr("");  // CPython's database has no record for these
  int d = u_charDirection(c);
  return L.newStr(d >= 0 && d < 23 ? kBidi[d] : "");
}
Value combining(VM& vm, CallArgs& a) { return Value::integer(u_getCombiningClass(charArg(vm, a, "combining"))); }
Value mirrored(VM& vm, CallArgs& a) { return Value::integer(u_isMirrored(charArg(vm, a, "mirrored")) ? 1 : 0); }
Value eastAsianWidth(VM& vm, CallArgs& a) {
  int w = u_getIntPropertyValue(charArg(vm, a, "east_asian_width"), UCHAR_EAST_ASIAN_WIDTH);
  return L.newStr(w >= 0 && w < 6 ? kEaw[w] : "N");
}
Value decimal(VM& vm, CallArgs& a) {
  UChar32 c = charArg(vm, a, "decimal");
  if (u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) == U_NT_DECIMAL) return Value::integer(u_charDigitValue(c));
  return orDefault(vm, a, "not a decimal");
}
Value digit(VM& vm, CallArgs& a) {
  UChar32 c = charArg(vm, a, "digit");
  int t = u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE);
  if (t == U_NT_DECIMAL || t == U_NT_DIGIT) return Value::integer(int32_t(u_getNumericValue(c)));
  return orDefault(vm, a, "not a digit");
}
Value numeric(VM& vm, CallArgs& a) {
  UChar32 c = charArg(vm, a, "numeric");
  double v = u_getNumericValue(c);
  if (v != U_NO_NUMERIC_VALUE) return Value::number(v);
  return orDefault(vm, a, "not a numeric character");
}

Value name(VM& vm, CallArgs& a) {
  UChar32 c = charArg(vm, a, "name");
  char buf[256];
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = u_charName(c, U_UNICODE_CHAR_NAME, buf, sizeof buf, &err);
  if (U_FAILURE(err) || n <= 0) return orDefault(vm, a, "no such name");
  return L.newStr(std::string(buf, size_t(n)));
}

Value lookup(VM& vm, CallArgs& a) {
  if (a.argc != 1) L.raise(L.t.TypeError, "lookup() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  std::string n;
  if (isString(a[0])) n = asString(a[0])->toUtf8();
  else if (!cmodsBuffer(L, a[0], n)) L.raise(L.t.TypeError, "lookup() argument must be str, not " + L.typeName(a[0]));
  for (char& ch : n) ch = char(toupper((unsigned char)ch));  // CPython's lookup is case-insensitive
  UErrorCode err = U_ZERO_ERROR;
  UChar32 c = u_charFromName(U_UNICODE_CHAR_NAME, n.c_str(), &err);
  if (U_FAILURE(err)) {
    err = U_ZERO_ERROR;
    c = u_charFromName(U_CHAR_NAME_ALIAS, n.c_str(), &err);
  }
  if (U_FAILURE(err)) {
    std::string shown = isString(a[0]) ? asString(a[0])->toUtf8() : n;
    L.raise(L.t.KeyError, "undefined character name '" + shown + "'");
  }
  return L.newStrCp(std::u32string(1, char32_t(c)));
}

Value decomposition(VM& vm, CallArgs& a) {
  UChar32 c = charArg(vm, a, "decomposition");
  if (c >= 0xAC00 && c <= 0xD7A3) return L.newStr("");  // Hangul syllables: algorithmic, no record in CPython
  int type = u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE);
  if (type == U_DT_NONE) return L.newStr("");
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n2 = type == U_DT_CANONICAL ? icu::Normalizer2::getNFCInstance(err) : icu::Normalizer2::getNFKCInstance(err);
  icu::UnicodeString raw;
  if (U_FAILURE(err) || !n2->getRawDecomposition(c, raw)) return L.newStr("");
  std::string out = type >= 0 && type < 18 ? kDecompTags[type] : "";
  char hex[16];
  for (int32_t i = 0; i < raw.length();) {
    UChar32 x = raw.char32At(i);
    snprintf(hex, sizeof hex, "%04X", unsigned(x));
    if (!out.empty()) out += ' ';
    out += hex;
    i += U16_LENGTH(x);
  }
  return L.newStr(out);
}

const icu::Normalizer2* normalizerFor(VM& vm, Value form) {
  if (!isString(form)) L.raise(L.t.TypeError, "normalize() argument 1 must be str, not " + L.typeName(form));
  std::string f = asString(form)->toUtf8();
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = nullptr;
  if (f == "NFC") n = icu::Normalizer2::getNFCInstance(err);
  else if (f == "NFD") n = icu::Normalizer2::getNFDInstance(err);
  else if (f == "NFKC") n = icu::Normalizer2::getNFKCInstance(err);
  else if (f == "NFKD") n = icu::Normalizer2::getNFKDInstance(err);
  else L.raise(L.t.ValueError, "invalid normalization form");
  if (U_FAILURE(err)) L.raise(L.t.RuntimeError, "ICU normalizer unavailable");
  return n;
}

icu::UnicodeString toIcu(VM& vm, Value s, const char* fn) {
  if (!isString(s)) L.raise(L.t.TypeError, std::string(fn) + "() argument 2 must be str, not " + L.typeName(s));
  std::u32string cps = asString(s)->toCodePoints();
  icu::UnicodeString u;
  for (char32_t c : cps) u.append(UChar32(c));
  return u;
}

Value normalize(VM& vm, CallArgs& a) {
  if (a.argc != 2) L.raise(L.t.TypeError, "normalize expected 2 arguments, got " + std::to_string(a.argc));
  const icu::Normalizer2* n = normalizerFor(vm, a[0]);
  icu::UnicodeString in = toIcu(vm, a[1], "normalize");
  UErrorCode err = U_ZERO_ERROR;
  if (n->isNormalized(in, err) && U_SUCCESS(err)) return a[1];
  err = U_ZERO_ERROR;
  icu::UnicodeString out = n->normalize(in, err);
  if (U_FAILURE(err)) L.raise(L.t.ValueError, "normalization failed");
  std::u32string cps;
  for (int32_t i = 0; i < out.length();) {
    UChar32 c = out.char32At(i);
    cps += char32_t(c);
    i += U16_LENGTH(c);
  }
  return L.newStrCp(cps);
}
Value isNormalized(VM& vm, CallArgs& a) {
  if (a.argc != 2) L.raise(L.t.TypeError, "is_normalized expected 2 arguments, got " + std::to_string(a.argc));
  const icu::Normalizer2* n = normalizerFor(vm, a[0]);
  icu::UnicodeString in = toIcu(vm, a[1], "is_normalized");
  UErrorCode err = U_ZERO_ERROR;
  bool r = n->isNormalized(in, err);
  return Value::boolean(U_SUCCESS(err) && r);
}

void defineAll(PyLanguage& P, Object* m, const char* version) {
  struct { const char* n; NativeFn f; } fns[] = {
      {"lookup", lookup}, {"name", name}, {"category", category}, {"bidirectional", bidirectional},
      {"combining", combining}, {"decimal", decimal}, {"digit", digit}, {"numeric", numeric},
      {"east_asian_width", eastAsianWidth}, {"mirrored", mirrored}, {"decomposition", decomposition},
      {"normalize", normalize}, {"is_normalized", isNormalized}};
  for (auto& f : fns) P.defNative(m, f.n, f.f);
  m->putDirect(P.vm, P.s("unidata_version"), P.newStr(version));
}

}  // namespace

void initUnicodedata(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  defineAll(P, m, "14.0.0");
  PyType* ucd = newNativeType(P, "UCD", "unicodedata");
  m->putDirect(vm, P.s("UCD"), Value::cell(ucd));
  Object* old = vm.heap.make<Object>(vm.emptyShape(), ucd);
  Rooted ro(vm, Value::cell(old));
  defineAll(P, old, "3.2.0");
  m->putDirect(vm, P.s("ucd_3_2_0"), ro);
}

}  // namespace dualvm::py
