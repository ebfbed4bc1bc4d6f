// runtime/js/string_builtins.cpp — String: the constructor, fromCharCode/fromCodePoint/raw, every
// String.prototype method of ES2022 (the regexp-taking ones dispatch through Symbol.match/
// replace/search/split/matchAll as the spec says), ICU case mapping and normalization, and the
// string iterator (by code point).
#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <algorithm>
#include <memory>
#include <cmath>
#include "runtime/js/iteration.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/stdlib.h"
#include "runtime/js/stdlib_state.h"

namespace dualvm::js {

using U16 = std::u16string;
using U16View = std::u16string_view;

size_t findUnits(U16View s, U16View search, size_t from) {
  if (from > s.size()) return U16View::npos;
  return s.find(search, from);
}

static bool isLead(char16_t c) { return c >= 0xD800 && c <= 0xDBFF; }
static bool isTrail(char16_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

// CodePointAt: the code point at i and its length in units.
static uint32_t codePointAt(U16View s, size_t i, size_t* units) {
  char16_t c = s[i];
  if (isLead(c) && i + 1 < s.size() && isTrail(s[i + 1])) {
    *units = 2;
    return 0x10000 + ((uint32_t(c) - 0xD800) << 10) + (uint32_t(s[i + 1]) - 0xDC00);
  }
  *units = 1;
  return c;
}

static void appendCodePoint(U16& out, uint32_t cp) {
  if (cp < 0x10000) {
    out.push_back(char16_t(cp));
  } else {
    cp -= 0x10000;
    out.push_back(char16_t(0xD800 + (cp >> 10)));
    out.push_back(char16_t(0xDC00 + (cp & 0x3FF)));
  }
}

static U16 argUnits(VM& vm, Value v) {
  if (isString(v)) return asString(v)->toUtf16();
  return toString(vm, v)->toUtf16();
}

// ---- constructor and statics ----

static Value stringConstructor(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Rooted s(vm, Value::cell(r.names.empty));
  if (args.argc > 0) {
    if (!args.isConstructCall() && isSymbol(args[0]))
      return makeStringUtf8(vm, keyToDisplay(asSymbol(args[0])));
    s = Value::cell(toString(vm, args[0]));
  }
  if (!args.isConstructCall()) return s;
  Object* proto = prototypeFromConstructor(vm, args.newTarget, r.stringPrototype);
  Rooted rp(vm, Value::cell(proto));
  InternalObject* o = newInternalObject(vm, ClassTag::StringObject, proto, 1);
  o->setInternal(0, s);
  return Value::cell(o);
}

static Value stringFromCharCode(VM& vm, CallArgs& args) {
  U16 out;
  out.reserve(args.argc);
  for (uint32_t i = 0; i < args.argc; i++) out.push_back(char16_t(toUint32(vm, args[i]) & 0xFFFF));
  return makeString(vm, out);
}

static Value stringFromCodePoint(VM& vm, CallArgs& args) {
  U16 out;
  for (uint32_t i = 0; i < args.argc; i++) {
    double d = toNumber(vm, args[i]);
    if (d != std::trunc(d) || d < 0 || d > 0x10FFFF || std::isnan(d))
      throwRangeError(vm, "Invalid code point " + toStdString(vm, args[i]));
    appendCodePoint(out, uint32_t(d));
  }
  return makeString(vm, out);
}

static Value stringRaw(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Rooted cooked(vm, Value::cell(toObject(vm, args[0])));
  Rooted raw(vm, Value::cell(toObject(vm, getProperty(vm, cooked, r.names.raw))));
  uint64_t len = lengthOfArrayLike(vm, raw);
  U16 out;
  for (uint64_t i = 0; i < len; i++) {
    out += argUnits(vm, getIndex(vm, raw, i));
    if (i + 1 < len && i + 1 < args.argc) out += argUnits(vm, args[uint32_t(i + 1)]);
  }
  return makeString(vm, out);
}

// ---- prototype: access ----
// The hot methods work on the String cell directly (no UTF-16 copy of the receiver).

// RequireObjectCoercible(this) + ToString as a String cell (rooted by the caller).
static String* thisString(VM& vm, CallArgs& args, const char* method) {
  if (isString(args.thisValue)) return asString(args.thisValue);
  if (args.thisValue.isNullish())
    throwTypeError(vm, std::string("String.prototype.") + method + " called on null or undefined");
  return toString(vm, args.thisValue);
}

// s[b, e) as a new string value.
static Value cellSubstring(VM& vm, String* s, uint32_t b, uint32_t e) {
  if (b >= e) return Value::cell(jsRealm(vm).names.empty);
  if (b == 0 && e == s->length()) return Value::cell(s);
  if (s->encoding() == String::Latin1) return Value::cell(String::fromLatin1(vm.heap, s->latin1View().substr(b, e - b)));
  return makeString(vm, U16View(s->twoByte() + b, e - b));
}

// Index of `search` in `s` at or after `from` (-1 when absent), any encodings.
static int64_t indexOfString(const String* s, const String* search, uint32_t from) {
  uint32_t n = s->length(), m = search->length();
  if (m == 0) return from <= n ? int64_t(from) : -1;
  if (m > n) return -1;
  uint32_t first = search->at(0);
  for (uint32_t i = from; i + m <= n; i++) {
    if (s->at(i) != first) continue;
    uint32_t k = 1;
    while (k < m && s->at(i + k) == search->at(k)) k++;
    if (k == m) return int64_t(i);
  }
  return -1;
}

static bool regionEquals(const String* s, uint32_t at, const String* search) {
  if (uint64_t(at) + search->length() > s->length()) return false;
  for (uint32_t k = 0; k < search->length(); k++)
    if (s->at(at + k) != search->at(k)) return false;
  return true;
}

// The index argument of charAt & co: ToIntegerOrInfinity with an int fast path.
static double indexArg(VM& vm, Value v) {
  if (v.isInt()) return v.asInt();
  return toIntegerOrInfinity(vm, v);
}

static Value thisStringValue(VM& vm, Value v, const char* method) {
  if (isString(v)) return v;
  if (hasClassTag(v, ClassTag::StringObject)) return static_cast<InternalObject*>(v.asCell())->internal[0];
  throwTypeError(vm, std::string("String.prototype.") + method + " requires that 'this' be a String");
}

static Value stringToString(VM& vm, CallArgs& args) { return thisStringValue(vm, args.thisValue, "toString"); }
static Value stringValueOf(VM& vm, CallArgs& args) { return thisStringValue(vm, args.thisValue, "valueOf"); }

static Value stringAt(VM& vm, CallArgs& args) {
  Rooted rs(vm, Value::cell(thisString(vm, args, "at")));
  String* s = asString(rs);
  double k = indexArg(vm, args[0]);
  if (k < 0) k += double(s->length());
  if (k < 0 || k >= double(s->length())) return Value::undefined();
  return cellSubstring(vm, s, uint32_t(k), uint32_t(k) + 1);
}

static Value stringCharAt(VM& vm, CallArgs& args) {
  Rooted rs(vm, Value::cell(thisString(vm, args, "charAt")));
  String* s = asString(rs);
  double k = indexArg(vm, args[0]);
  if (k < 0 || k >= double(s->length())) return Value::cell(jsRealm(vm).names.empty);
  return cellSubstring(vm, s, uint32_t(k), uint32_t(k) + 1);
}

static Value stringCharCodeAt(VM& vm, CallArgs& args) {
  Rooted rs(vm, Value::cell(thisString(vm, args, "charCodeAt")));
  String* s = asString(rs);
  double k = indexArg(vm, args[0]);
  if (k < 0 || k >= double(s->length())) return Value::number(NAN);
  return Value::integer(int32_t(s->at(uint32_t(k))));
}

static Value stringCodePointAt(VM& vm, CallArgs& args) {
  Rooted rs(vm, Value::cell(thisString(vm, args, "codePointAt")));
  String* s = asString(rs);
  double k = indexArg(vm, args[0]);
  if (k < 0 || k >= double(s->length())) return Value::undefined();
  uint32_t i = uint32_t(k);
  uint32_t c = s->at(i);
  if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s->length()) {
    uint32_t d = s->at(i + 1);
    if (d >= 0xDC00 && d <= 0xDFFF) return Value::integer(int32_t(0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00)));
  }
  return Value::integer(int32_t(c));
}

static Value stringConcat(VM& vm, CallArgs& args) {
  U16 s = thisStringUnits(vm, args, "concat");
  for (uint32_t i = 0; i < args.argc; i++) s += argUnits(vm, args[i]);
  return makeString(vm, s);
}

static bool isRegExpValue(VM& vm, Value v) {
  if (!isObject(v)) return false;
  Value m = getProperty(vm, v, jsRealm(vm).symbols.match);
  if (!m.isUndefined()) return toBoolean(m);
  return hasClassTag(v, ClassTag::RegExp);
}

// startsWith / endsWith / includes: magic 0, 1, 2.
static Value stringSearchPredicate(VM& vm, CallArgs& args) {
  static const char* names[] = {"startsWith", "endsWith", "includes"};
  int which = static_cast<NativeFunction*>(args.callee)->magic;
  Rooted rs(vm, Value::cell(thisString(vm, args, names[which])));
  if (isRegExpValue(vm, args[0]))
    throwTypeError(vm, std::string("First argument to String.prototype.") + names[which] +
                           " must not be a regular expression");
  Rooted rsearch(vm, Value::cell(toString(vm, args[0])));
  String* s = asString(rs);
  String* search = asString(rsearch);
  double len = double(s->length());
  if (which == 0) {
    double pos = args[1].isUndefined() ? 0 : indexArg(vm, args[1]);
    uint32_t start = uint32_t(std::min(std::max(pos, 0.0), len));
    return Value::boolean(regionEquals(s, start, search));
  }
  if (which == 1) {
    double pos = args[1].isUndefined() ? len : indexArg(vm, args[1]);
    uint32_t end = uint32_t(std::min(std::max(pos, 0.0), len));
    if (search->length() > end) return Value::boolean(false);
    return Value::boolean(regionEquals(s, end - search->length(), search));
  }
  double pos = indexArg(vm, args[1]);
  uint32_t start = uint32_t(std::min(std::max(pos, 0.0), len));
  return Value::boolean(indexOfString(s, search, start) >= 0);
}

static Value stringIndexOf(VM& vm, CallArgs& args) {
  Rooted rs(vm, Value::cell(thisString(vm, args, "indexOf")));
  Rooted rsearch(vm, Value::cell(toString(vm, args[0])));
  double pos = indexArg(vm, args[1]);
  String* s = asString(rs);
  uint32_t start = uint32_t(std::min(std::max(pos, 0.0), double(s->length())));
  return Value::fromInt64(indexOfString(s, asString(rsearch), start));
}

static Value stringLastIndexOf(VM& vm, CallArgs& args) {
  U16 s = thisStringUnits(vm, args, "lastIndexOf");
  U16 search = argUnits(vm, args[0]);
  double n = toNumber(vm, args[1]);
  double pos = std::isnan(n) ? INFINITY : std::trunc(n);
  size_t start = size_t(std::min(std::max(pos, 0.0), double(s.size())));
  size_t at = U16View(s).rfind(search, start);
  return Value::fromInt64(at == U16View::npos ? -1 : int64_t(at));
}

static Value stringLocaleCompare(VM& vm, CallArgs& args) {
  U16 s = thisStringUnits(vm, args, "localeCompare");
  U16 that = argUnits(vm, args[0]);
  // Options (numeric, sensitivity) or a locale other than the default: a collator of its own.
  if (!args[1].isUndefined() || isObject(args[2])) {
    std::string locale = isString(args[1]) ? asString(args[1])->toUtf8() : "en-US";
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> coll(icu::Collator::createInstance(icu::Locale::forLanguageTag(locale, err), err));
    if (U_FAILURE(err) || !coll) {
      err = U_ZERO_ERROR;
      coll.reset(icu::Collator::createInstance(icu::Locale("en", "US"), err));
    }
    if (coll && isObject(args[2])) {
      Rooted opts(vm, args[2]);
      if (toBoolean(getProperty(vm, opts, vm.intern("numeric"))))
        coll->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, err);
      Value sens = getProperty(vm, opts, vm.intern("sensitivity"));
      if (isString(sens)) {
        std::string sv = asString(sens)->toUtf8();
        if (sv == "base") coll->setStrength(icu::Collator::PRIMARY);
        else if (sv == "accent") coll->setStrength(icu::Collator::SECONDARY);
        else if (sv == "case") {
          coll->setStrength(icu::Collator::PRIMARY);
          coll->setAttribute(UCOL_CASE_LEVEL, UCOL_ON, err);
        }
      }
      Value ip = getProperty(vm, opts, vm.intern("ignorePunctuation"));
      if (toBoolean(ip)) coll->setAttribute(UCOL_ALTERNATE_HANDLING, UCOL_SHIFTED, err);
    }
    if (coll) {
      err = U_ZERO_ERROR;
      UCollationResult res = coll->compare(reinterpret_cast<const UChar*>(s.data()), int32_t(s.size()),
                                           reinterpret_cast<const UChar*>(that.data()), int32_t(that.size()), err);
      return Value::integer(res == UCOL_LESS ? -1 : res == UCOL_GREATER ? 1 : 0);
    }
  }
  StdlibState& st = stdlibState(vm);
  if (!st.collator) {
    UErrorCode err = U_ZERO_ERROR;
    st.collator.reset(icu::Collator::createInstance(icu::Locale("en", "US"), err));
    if (U_FAILURE(err)) st.collator.reset();
  }
  if (!st.collator) return Value::integer(s < that ? -1 : s > that ? 1 : 0);
  UErrorCode err = U_ZERO_ERROR;
  UCollationResult res = st.collator->compare(reinterpret_cast<const UChar*>(s.data()), int32_t(s.size()),
                                              reinterpret_cast<const UChar*>(that.data()), int32_t(that.size()), err);
  return Value::integer(res == UCOL_LESS ? -1 : res == UCOL_GREATER ? 1 : 0);
}

static Value stringNormalize(VM& vm, CallArgs& args) {
  U16 s = thisStringUnits(vm, args, "normalize");
  std::string form = args[0].isUndefined() ? "NFC" : toStdString(vm, args[0]);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = nullptr;
  if (form == "NFC") n = icu::Normalizer2::getNFCInstance(err);
  else if (form == "NFD") n = icu::Normalizer2::getNFDInstance(err);
  else if (form == "NFKC") n = icu::Normalizer2::getNFKCInstance(err);
  else if (form == "NFKD") n = icu::Normalizer2::getNFKDInstance(err);
  else throwRangeError(vm, "The normalization form should be one of NFC, NFD, NFKC, NFKD.");
  if (U_FAILURE(err) || !n) throwRangeError(vm, "normalization is unavailable");
  icu::UnicodeString in(reinterpret_cast<const UChar*>(s.data()), int32_t(s.size()));
  icu::UnicodeString out = n->normalize(in, err);
  if (U_FAILURE(err)) return makeString(vm, s);
  return makeString(vm, U16View(reinterpret_cast<const char16_t*>(out.getBuffer()), size_t(out.length())));
}

// padStart / padEnd: magic 0 start, 1 end.
static Value stringPad(VM& vm, CallArgs& args) {
  bool atStart = static_cast<NativeFunction*>(args.callee)->magic == 0;
  U16 s = thisStringUnits(vm, args, atStart ? "padStart" : "padEnd");
  uint64_t maxLength = toLength(vm, args[0]);
  if (maxLength <= s.size()) return makeString(vm, s);
  U16 filler = args[1].isUndefined() ? U16(u" ") : argUnits(vm, args[1]);
  if (filler.empty()) return makeString(vm, s);
  if (maxLength > (uint64_t(1) << 29) - 24) throwRangeError(vm, "Invalid string length");
  size_t fillLen = size_t(maxLength - s.size());
  U16 fill;
  fill.reserve(fillLen);
  while (fill.size() < fillLen) fill += filler;
  fill.resize(fillLen);
  return makeString(vm, atStart ? fill + s : s + fill);
}

static Value stringRepeat(VM& vm, CallArgs& args) {
  U16 s = thisStringUnits(vm, args, "repeat");
  double n = toIntegerOrInfinity(vm, args[0]);
  if (n < 0 || std::isinf(n)) throwRangeError(vm, "Invalid count value: " + toStdString(vm, args[0]));
  if (s.empty() || n == 0) return Value::cell(jsRealm(vm).names.empty);
  if (double(s.size()) * n > double((uint64_t(1) << 29) - 24)) throwRangeError(vm, "Invalid string length");
  U16 out;
  out.reserve(size_t(s.size() * n));
  for (size_t i = 0; i < size_t(n); i++) out += s;
  return makeString(vm, out);
}

static Value stringSlice(VM& vm, CallArgs& args) {
  Rooted rs(vm, Value::cell(thisString(vm, args, "slice")));
  double len = double(asString(rs)->length());
  double start = indexArg(vm, args[0]);
  double end = args[1].isUndefined() ? len : indexArg(vm, args[1]);
  start = start < 0 ? std::max(len + start, 0.0) : std::min(start, len);
  end = end < 0 ? std::max(len + end, 0.0) : std::min(end, len);
  if (start >= end) return Value::cell(jsRealm(vm).names.empty);
  return cellSubstring(vm, asString(rs), uint32_t(start), uint32_t(end));
}

static Value stringSubstring(VM& vm, CallArgs& args) {
  Rooted rs(vm, Value::cell(thisString(vm, args, "substring")));
  double len = double(asString(rs)->length());
  double start = std::min(std::max(indexArg(vm, args[0]), 0.0), len);
  double end = args[1].isUndefined() ? len : std::min(std::max(indexArg(vm, args[1]), 0.0), len);
  if (start > end) std::swap(start, end);
  return cellSubstring(vm, asString(rs), uint32_t(start), uint32_t(end));
}

static Value stringSubstr(VM& vm, CallArgs& args) {
  Rooted rs(vm, Value::cell(thisString(vm, args, "substr")));
  double len = double(asString(rs)->length());
  double start = indexArg(vm, args[0]);
  if (start < 0) start = std::max(len + start, 0.0);
  start = std::min(start, len);
  double count = args[1].isUndefined() ? len : indexArg(vm, args[1]);
  count = std::min(std::max(count, 0.0), len - start);
  if (count <= 0) return Value::cell(jsRealm(vm).names.empty);
  return cellSubstring(vm, asString(rs), uint32_t(start), uint32_t(start + count));
}

// toLowerCase / toUpperCase / toLocaleLowerCase / toLocaleUpperCase: magic bit 0 = upper.
static Value stringChangeCase(VM& vm, CallArgs& args) {
  bool upper = static_cast<NativeFunction*>(args.callee)->magic & 1;
  U16 s = thisStringUnits(vm, args, upper ? "toUpperCase" : "toLowerCase");
  bool ascii = std::all_of(s.begin(), s.end(), [](char16_t c) { return c < 0x80; });
  if (ascii) {
    for (char16_t& c : s) {
      if (upper && c >= 'a' && c <= 'z') c = char16_t(c - 32);
      if (!upper && c >= 'A' && c <= 'Z') c = char16_t(c + 32);
    }
    return makeString(vm, s);
  }
  icu::UnicodeString u(reinterpret_cast<const UChar*>(s.data()), int32_t(s.size()));
  if (upper) u.toUpper(icu::Locale::getRoot());
  else u.toLower(icu::Locale::getRoot());
  return makeString(vm, U16View(reinterpret_cast<const char16_t*>(u.getBuffer()), size_t(u.length())));
}

// trim / trimStart / trimEnd: magic 0 both, 1 start, 2 end.
static Value stringTrim(VM& vm, CallArgs& args) {
  int which = static_cast<NativeFunction*>(args.callee)->magic;
  U16 s = thisStringUnits(vm, args, which == 0 ? "trim" : which == 1 ? "trimStart" : "trimEnd");
  size_t b = 0, e = s.size();
  if (which != 2) while (b < e && isJsWhitespace(s[b])) b++;
  if (which != 1) while (e > b && isJsWhitespace(s[e - 1])) e--;
  return makeString(vm, U16View(s).substr(b, e - b));
}

static Value stringIsWellFormed(VM& vm, CallArgs& args) {
  U16 s = thisStringUnits(vm, args, "isWellFormed");
  for (size_t i = 0; i < s.size(); i++) {
    if (isLead(s[i]) && i + 1 < s.size() && isTrail(s[i + 1])) { i++; continue; }
    if (isLead(s[i]) || isTrail(s[i])) return Value::boolean(false);
  }
  return Value::boolean(true);
}

static Value stringToWellFormed(VM& vm, CallArgs& args) {
  U16 s = thisStringUnits(vm, args, "toWellFormed");
  for (size_t i = 0; i < s.size(); i++) {
    if (isLead(s[i]) && i + 1 < s.size() && isTrail(s[i + 1])) { i++; continue; }
    if (isLead(s[i]) || isTrail(s[i])) s[i] = 0xFFFD;
  }
  return makeString(vm, s);
}

// ---- regexp-aware methods ----

// this[@@sym](string, extra) when the argument provides the method; returns false otherwise.
static bool delegateToSymbol(VM& vm, CallArgs& args, Symbol* sym, Value* result, int extraArgs) {
  Value re = args[0];
  if (re.isNullish()) return false;
  Value m = getMethod(vm, re, sym);
  if (m.isUndefined()) return false;
  Rooted rm(vm, m);
  Value argv[2] = {args.thisValue, args[1]};
  *result = call(vm, rm, re, argv, uint32_t(1 + extraArgs));
  return true;
}

// RegExpCreate(pattern, flags) then invoke @@sym on it with the string.
static Value viaNewRegExp(VM& vm, Value pattern, const char* flags, Symbol* sym, Value str) {
  JsRealm& r = jsRealm(vm);
  Rooted rs(vm, str);
  Rooted rf(vm, makeStringUtf8(vm, flags));
  Value cargs[2] = {pattern.isUndefined() ? Value::undefined() : pattern, rf};
  Rooted re(vm, construct(vm, Value::cell(r.regexpConstructor), cargs, 2));
  Value a = rs;
  return invoke(vm, re, sym, &a, 1);
}

static Value stringMatch(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (args.thisValue.isNullish()) throwTypeError(vm, "String.prototype.match called on null or undefined");
  Value res;
  if (delegateToSymbol(vm, args, r.symbols.match, &res, 0)) return res;
  Rooted s(vm, Value::cell(toString(vm, args.thisValue)));
  return viaNewRegExp(vm, args[0], "", r.symbols.match, s);
}

static Value stringMatchAll(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (args.thisValue.isNullish()) throwTypeError(vm, "String.prototype.matchAll called on null or undefined");
  if (!args[0].isNullish() && isRegExpValue(vm, args[0])) {
    Value flags = getProperty(vm, args[0], r.names.flags);
    if (flags.isNullish()) throwTypeError(vm, "String.prototype.matchAll called with a non-global RegExp argument");
    if (argUnits(vm, flags).find(u'g') == U16::npos)
      throwTypeError(vm, "String.prototype.matchAll called with a non-global RegExp argument");
  }
  Value res;
  if (delegateToSymbol(vm, args, r.symbols.matchAll, &res, 0)) return res;
  Rooted s(vm, Value::cell(toString(vm, args.thisValue)));
  return viaNewRegExp(vm, args[0], "g", r.symbols.matchAll, s);
}

static Value stringSearch(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (args.thisValue.isNullish()) throwTypeError(vm, "String.prototype.search called on null or undefined");
  Value res;
  if (delegateToSymbol(vm, args, r.symbols.search, &res, 0)) return res;
  Rooted s(vm, Value::cell(toString(vm, args.thisValue)));
  return viaNewRegExp(vm, args[0], "", r.symbols.search, s);
}

std::u16string getSubstitution(VM& vm, U16View matched, U16View str, size_t position,
                               const RootedVector& captures, Value namedCaptures,
                               U16View replacement) {
  U16 out;
  size_t m = captures.size();
  size_t tailPos = std::min(position + matched.size(), str.size());
  for (size_t i = 0; i < replacement.size(); i++) {
    char16_t c = replacement[i];
    if (c != u'$' || i + 1 >= replacement.size()) { out.push_back(c); continue; }
    char16_t n = replacement[i + 1];
    if (n == u'$') { out.push_back(u'$'); i++; }
    else if (n == u'&') { out += matched; i++; }
    else if (n == u'`') { out += str.substr(0, position); i++; }
    else if (n == u'\'') { out += str.substr(tailPos); i++; }
    else if (n >= u'0' && n <= u'9') {
      size_t d1 = n - u'0';
      bool two = i + 2 < replacement.size() && replacement[i + 2] >= u'0' && replacement[i + 2] <= u'9';
      size_t d2 = two ? d1 * 10 + (replacement[i + 2] - u'0') : 0;
      if (two && d2 >= 1 && d2 <= m) {
        Value cap = captures[d2 - 1];
        if (isString(cap)) out += asString(cap)->toUtf16();
        i += 2;
      } else if (d1 >= 1 && d1 <= m) {
        Value cap = captures[d1 - 1];
        if (isString(cap)) out += asString(cap)->toUtf16();
        i += 1;
      } else {
        out.push_back(c);
      }
    } else if (n == u'<') {
      if (namedCaptures.isUndefined()) { out.push_back(c); continue; }
      size_t close = replacement.find(u'>', i + 2);
      if (close == U16View::npos) { out.push_back(c); continue; }
      U16 name(replacement.substr(i + 2, close - i - 2));
      Rooted nc(vm, namedCaptures);
      Value v = getProperty(vm, nc, vm.intern(String::fromUtf16(vm.heap, name)));
      if (!v.isUndefined()) out += argUnits(vm, v);
      i = close;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// replace / replaceAll: magic 0 / 1.
static Value stringReplace(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  bool all = static_cast<NativeFunction*>(args.callee)->magic == 1;
  const char* name = all ? "replaceAll" : "replace";
  if (args.thisValue.isNullish())
    throwTypeError(vm, std::string("String.prototype.") + name + " called on null or undefined");
  if (all && !args[0].isNullish() && isRegExpValue(vm, args[0])) {
    Value flags = getProperty(vm, args[0], r.names.flags);
    if (flags.isNullish() || argUnits(vm, flags).find(u'g') == U16::npos)
      throwTypeError(vm, "String.prototype.replaceAll called with a non-global RegExp argument");
  }
  Value res;
  if (delegateToSymbol(vm, args, r.symbols.replace, &res, 1)) return res;
  U16 s = argUnits(vm, args.thisValue);
  U16 search = argUnits(vm, args[0]);
  Rooted replaceValue(vm, args[1]);
  bool functional = isCallable(replaceValue);
  U16 replacement;
  if (!functional) replacement = argUnits(vm, replaceValue);
  std::vector<size_t> positions;
  size_t advance = std::max<size_t>(1, search.size());
  size_t pos = findUnits(s, search, 0);
  while (pos != U16::npos) {
    positions.push_back(pos);
    if (!all) break;
    pos = findUnits(s, search, pos + advance);
  }
  if (positions.empty()) return makeString(vm, s);
  U16 out;
  size_t end = 0;
  RootedVector noCaptures(vm);
  for (size_t p : positions) {
    out += U16View(s).substr(end, p - end);
    if (functional) {
      Rooted m(vm, makeString(vm, search));
      Rooted str(vm, makeString(vm, s));
      Value argv[3] = {m, Value::fromInt64(int64_t(p)), str};
      out += argUnits(vm, call(vm, replaceValue, Value::undefined(), argv, 3));
    } else {
      out += getSubstitution(vm, search, s, p, noCaptures, Value::undefined(), replacement);
    }
    end = p + search.size();
  }
  out += U16View(s).substr(std::min(end, s.size()));
  return makeString(vm, out);
}

static Value stringSplit(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (args.thisValue.isNullish()) throwTypeError(vm, "String.prototype.split called on null or undefined");
  Value res;
  if (delegateToSymbol(vm, args, r.symbols.split, &res, 1)) return res;
  U16 s = argUnits(vm, args.thisValue);
  uint32_t lim = args[1].isUndefined() ? 0xFFFFFFFFu : toUint32(vm, args[1]);
  U16 sep = argUnits(vm, args[0]);
  Rooted arr(vm, Value::cell(newArray(vm)));
  if (lim == 0) return arr;
  if (args[0].isUndefined()) {
    asArray(arr)->push(makeString(vm, s));
    return arr;
  }
  if (s.empty()) {
    if (!sep.empty()) asArray(arr)->push(makeString(vm, s));
    return arr;
  }
  if (sep.empty()) {
    for (size_t i = 0; i < s.size() && asArray(arr)->elements.size() < lim; i++) {
      Value piece = makeString(vm, U16View(s).substr(i, 1));
      asArray(arr)->push(piece);
    }
    return arr;
  }
  size_t p = 0;
  size_t q = findUnits(s, sep, 0);
  while (q != U16::npos) {
    Value piece = makeString(vm, U16View(s).substr(p, q - p));
    asArray(arr)->push(piece);
    if (asArray(arr)->elements.size() >= lim) return arr;
    p = q + sep.size();
    q = findUnits(s, sep, p);
  }
  Value tail = makeString(vm, U16View(s).substr(p));
  asArray(arr)->push(tail);
  return arr;
}

// ---- iterator ----

static Value stringIterator(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (args.thisValue.isNullish())
    throwTypeError(vm, "String.prototype[Symbol.iterator] called on null or undefined");
  Rooted s(vm, Value::cell(toString(vm, args.thisValue)));
  InternalObject* it = newInternalObject(vm, ClassTag::StringIterator, r.stringIteratorPrototype, 2);
  it->internal[0] = s;
  it->internal[1] = Value::integer(0);
  return Value::cell(it);
}

static Value stringIteratorNext(VM& vm, CallArgs& args) {
  if (!hasClassTag(args.thisValue, ClassTag::StringIterator))
    throwTypeError(vm, "next method called on incompatible " + describeForError(vm, args.thisValue));
  InternalObject* it = static_cast<InternalObject*>(args.thisValue.asCell());
  if (it->internal[0].isUndefined()) return createIterResult(vm, Value::undefined(), true);
  String* s = asString(it->internal[0]);
  uint32_t i = uint32_t(it->internal[1].asInt());
  if (i >= s->length()) {
    it->internal[0] = Value::undefined();
    return createIterResult(vm, Value::undefined(), true);
  }
  char16_t buf[2];
  buf[0] = char16_t(s->at(i));
  size_t n = 1;
  if (isLead(buf[0]) && i + 1 < s->length() && isTrail(char16_t(s->at(i + 1)))) {
    buf[1] = char16_t(s->at(i + 1));
    n = 2;
  }
  it->internal[1] = Value::integer(int32_t(i + n));
  Rooted piece(vm, makeString(vm, U16View(buf, n)));
  return createIterResult(vm, piece, false);
}

void installStringBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Object* proto = r.stringPrototype;
  NativeFunction* ctor = defineConstructor(vm, "String", stringConstructor, 1, proto);
  r.stringConstructor = ctor;
  defineNativeMethod(vm, ctor, "fromCharCode", stringFromCharCode, 1);
  defineNativeMethod(vm, ctor, "fromCodePoint", stringFromCodePoint, 1);
  defineNativeMethod(vm, ctor, "raw", stringRaw, 1);

  defineNativeMethod(vm, proto, "toString", stringToString, 0);
  defineNativeMethod(vm, proto, "valueOf", stringValueOf, 0);
  defineNativeMethod(vm, proto, "at", stringAt, 1);
  defineNativeMethod(vm, proto, "charAt", stringCharAt, 1);
  defineNativeMethod(vm, proto, "charCodeAt", stringCharCodeAt, 1);
  defineNativeMethod(vm, proto, "codePointAt", stringCodePointAt, 1);
  defineNativeMethod(vm, proto, "concat", stringConcat, 1);
  defineNativeMethod(vm, proto, "startsWith", stringSearchPredicate, 1, 0);
  defineNativeMethod(vm, proto, "endsWith", stringSearchPredicate, 1, 1);
  defineNativeMethod(vm, proto, "includes", stringSearchPredicate, 1, 2);
  defineNativeMethod(vm, proto, "indexOf", stringIndexOf, 1);
  defineNativeMethod(vm, proto, "lastIndexOf", stringLastIndexOf, 1);
  defineNativeMethod(vm, proto, "localeCompare", stringLocaleCompare, 1);
  defineNativeMethod(vm, proto, "normalize", stringNormalize, 0);
  defineNativeMethod(vm, proto, "padStart", stringPad, 1, 0);
  defineNativeMethod(vm, proto, "padEnd", stringPad, 1, 1);
  defineNativeMethod(vm, proto, "repeat", stringRepeat, 1);
  defineNativeMethod(vm, proto, "slice", stringSlice, 2);
  defineNativeMethod(vm, proto, "substring", stringSubstring, 2);
  defineNativeMethod(vm, proto, "substr", stringSubstr, 2);
  defineNativeMethod(vm, proto, "toLowerCase", stringChangeCase, 0, 0);
  defineNativeMethod(vm, proto, "toUpperCase", stringChangeCase, 0, 1);
  defineNativeMethod(vm, proto, "toLocaleLowerCase", stringChangeCase, 0, 2);
  defineNativeMethod(vm, proto, "toLocaleUpperCase", stringChangeCase, 0, 3);
  defineNativeMethod(vm, proto, "trim", stringTrim, 0, 0);
  defineNativeMethod(vm, proto, "trimStart", stringTrim, 0, 1);
  defineNativeMethod(vm, proto, "trimEnd", stringTrim, 0, 2);
  // Annex B aliases are the same function objects.
  Value trimStart = getProperty(vm, Value::cell(proto), vm.intern("trimStart"));
  Value trimEnd = getProperty(vm, Value::cell(proto), vm.intern("trimEnd"));
  defineValue(vm, proto, "trimLeft", trimStart);
  defineValue(vm, proto, "trimRight", trimEnd);
  defineNativeMethod(vm, proto, "isWellFormed", stringIsWellFormed, 0);
  defineNativeMethod(vm, proto, "toWellFormed", stringToWellFormed, 0);
  defineNativeMethod(vm, proto, "match", stringMatch, 1);
  defineNativeMethod(vm, proto, "matchAll", stringMatchAll, 1);
  defineNativeMethod(vm, proto, "search", stringSearch, 1);
  defineNativeMethod(vm, proto, "replace", stringReplace, 2, 0);
  defineNativeMethod(vm, proto, "replaceAll", stringReplace, 2, 1);
  defineNativeMethod(vm, proto, "split", stringSplit, 2);
  defineNativeMethod(vm, proto, r.symbols.iterator, stringIterator, 0);

  r.stringIteratorPrototype = newPlainObject(vm, r.iteratorPrototype);
  defineNativeMethod(vm, r.stringIteratorPrototype, "next", stringIteratorNext, 0);
  defineValue(vm, r.stringIteratorPrototype, r.symbols.toStringTag,
              makeStringUtf8(vm, "String Iterator"), kConfigurable);
}

}  // namespace dualvm::js
