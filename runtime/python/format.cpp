// runtime/python/format.cpp — Python's text formatting: the format-spec mini-language
// (format(), __format__ of int/float/str/object, f-string fields), str.format / format_map with
// nested fields and accessors, %-formatting, and float-to-text conversion with CPython's rules
// (format_float_short: repr's shortest digits, 'g' thresholds, alternate forms).
#include <double-conversion/double-conversion.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include "runtime/interpreter.h"
#include "runtime/python/py_text.h"
#include "runtime/python/value_subclass.h"

namespace dualvm::py {

#define L (lang(vm))

// ---- floats to text ----

// Lays out decimal digits (no trailing-zero requirement) whose decimal point sits after `decpt`
// digits, as CPython's format_float_short does for codes 'e' (precision = digits wanted), 'f',
// 'g' and 'r'.
static std::string layoutDigits(std::string digits, int decpt, char code, int precision, bool dot0, bool alt) {
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  if (digits == "0") decpt = 1;
  int digitsLen = int(digits.size());
  int vEnd = digitsLen;
  bool useExp = false;
  switch (code) {
    case 'e': useExp = true; vEnd = precision; break;
    case 'f': vEnd = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (dot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    default:  // 'r'
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  int exp = 0;
  if (useExp) { exp = decpt - 1; decpt = 1; }
  int vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && dot0) vEnd = std::max(vEnd, decpt + 1);
  else vEnd = std::max(vEnd, decpt);
  std::string out;
  if (decpt <= 0) {
    out.append(size_t(decpt - vStart), '0');
    out += '.';
    out.append(size_t(-decpt), '0');
  }
  if (0 < decpt && decpt <= digitsLen) {
    out.append(digits, 0, size_t(decpt));
    out += '.';
    out.append(digits, size_t(decpt), std::string::npos);
  } else {
    out += digits;
  }
  if (digitsLen < decpt) {
    out.append(size_t(decpt - digitsLen), '0');
    out += '.';
    out.append(size_t(std::max(0, vEnd - decpt)), '0');
  } else {
    out.append(size_t(std::max(0, vEnd - digitsLen)), '0');
  }
  if (!out.empty() && out.back() == '.' && !alt) out.pop_back();
  if (useExp) {
    char e[16];
    snprintf(e, sizeof e, "e%+.02d", exp);
    out += e;
  }
  return out;
}

// |d| (finite) as text for code 'e', 'f', 'g' or 'r' (shortest round-trip digits). C's printf is
// correctly rounded (ties to even on exact halves), as CPython's dtoa is.
std::string formatFloatAbs(double d, char code, int precision, bool dot0, bool alt) {
  d = std::fabs(d);
  char buf[512];
  if (code == 'r') {
    char digits[32];
    bool sign;
    int length, point;
    double_conversion::DoubleToStringConverter::DoubleToAscii(
        d, double_conversion::DoubleToStringConverter::SHORTEST, 0, digits, sizeof digits, &sign, &length, &point);
    return layoutDigits(std::string(digits, size_t(length)), point, 'r', 0, dot0, alt);
  }
  if (code == 'f' && !dot0) {
    std::vector<char> big(size_t(precision) + 400);
    snprintf(big.data(), big.size(), alt ? "%#.*f" : "%.*f", precision, d);
    return big.data();
  }
  if (code == 'e' && !dot0) {
    std::vector<char> big(size_t(precision) + 40);
    snprintf(big.data(), big.size(), alt ? "%#.*e" : "%.*e", precision, d);
    return big.data();
  }
  // 'g' (and 'e'/'f' with dot0, unused): the significant digits from %e, laid out by CPython's rules
  int p = precision == 0 ? 1 : precision;
  std::vector<char> big(size_t(p) + 40);
  snprintf(big.data(), big.size(), "%.*e", p - 1, d);
  std::string s = big.data(), digits;
  size_t epos = s.find('e');
  for (size_t i = 0; i < epos; i++) if (s[i] != '.') digits += s[i];
  int exp = atoi(s.c_str() + epos + 1);
  (void)buf;
  return layoutDigits(digits, exp + 1, 'g', p, dot0, alt);
}

std::string PyLanguage::floatRepr(double d) {
  if (d != d) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  return (std::signbit(d) ? "-" : "") + formatFloatAbs(d, 'r', 0, true, false);
}

// ---- the format-spec mini-language ----

struct FormatSpec {
  char32_t fill = ' ';
  char align = 0;  // < > ^ = or 0 (type's default)
  char sign = 0;
  bool z = false, alt = false;
  int64_t width = -1;
  char group = 0;  // ',' or '_'
  int64_t prec = -1;
  char32_t type = 0;
};

static bool isAlign(char32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static FormatSpec parseSpec(PyLanguage& P, const std::u32string& s, Value v, char defaultAlign) {
  FormatSpec f;
  size_t i = 0, n = s.size();
  bool fillGiven = false;
  if (n >= 2 && isAlign(s[1])) { f.fill = s[0]; f.align = char(s[1]); fillGiven = true; i = 2; }
  else if (n >= 1 && isAlign(s[0])) { f.align = char(s[0]); i = 1; }
  if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) f.sign = char(s[i++]);
  if (i < n && s[i] == 'z') { f.z = true; i++; }
  if (i < n && s[i] == '#') { f.alt = true; i++; }
  if (i < n && s[i] == '0' && !fillGiven) {
    f.fill = '0';
    if (!f.align && defaultAlign == '>') f.align = '=';
    i++;
  }
  auto number = [&](int64_t* out) {
    size_t st = i;
    int64_t x = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
      if (x > (INT64_MAX - 9) / 10 || i - st > 18) P.raise(P.t.ValueError, "Too many decimal digits in format string");
      x = x * 10 + (s[i++] - '0');
    }
    if (i > st) *out = x;
    return i > st;
  };
  number(&f.width);
  if (i < n && (s[i] == ',' || s[i] == '_')) {
    f.group = char(s[i++]);
    if (i < n && (s[i] == ',' || s[i] == '_')) {
      if (s[i] == char32_t(f.group)) P.raise(P.t.ValueError, std::string("Cannot specify '") + f.group + "' with '" + f.group + "'.");
      P.raise(P.t.ValueError, "Cannot specify both ',' and '_'.");
    }
  }
  if (i < n && s[i] == '.') {
    i++;
    if (!number(&f.prec)) P.raise(P.t.ValueError, "Format specifier missing precision");
  }
  if (n - i > 1) P.raise(P.t.ValueError, "Invalid format specifier '" + cpToUtf8(s) + "' for object of type '" + P.typeName(v) + "'");
  if (i < n) f.type = s[i];
  if (f.group) {
    bool ok;
    switch (f.type) {
      case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': ok = true; break;
      case 'b': case 'o': case 'x': case 'X': ok = f.group == '_'; break;
      default: ok = false;
    }
    if (!ok) {
      if (f.type >= 32 && f.type < 127) P.raise(P.t.ValueError, std::string("Cannot specify '") + f.group + "' with '" + char(f.type) + "'.");
      P.raise(P.t.ValueError, std::string("Cannot specify '") + f.group + "' with '\\x" + [&] { char b[8]; snprintf(b, sizeof b, "%x", unsigned(f.type)); return std::string(b); }() + "'.");
    }
  }
  return f;
}

static std::string typeChar(char32_t t) { return cpToUtf8(std::u32string(1, t)); }
[[noreturn]] static void unknownCode(PyLanguage& P, char32_t type, Value v) {
  P.raise(P.t.ValueError, "Unknown format code '" + typeChar(type) + "' for object of type '" + P.typeName(v) + "'");
}

// Digits with separators every `every` digits from the right, left-padded with zeros (and their
// separators) up to minWidth characters, as CPython's _PyUnicode_InsertThousandsGrouping.
static std::string groupDigits(const std::string& digits, char sep, int every, int64_t minWidth) {
  std::string d = digits;
  for (;;) {
    std::string g;
    if (!sep) g = d;
    else {
      int cnt = 0;
      for (size_t k = d.size(); k-- > 0;) {
        g.insert(g.begin(), d[k]);
        if (++cnt % every == 0 && k) g.insert(g.begin(), sep);
      }
    }
    if (int64_t(g.size()) >= minWidth) return g;
    d.insert(d.begin(), '0');
  }
}

// Pads sign + prefix + number body to the spec's width; '=' puts the fill after the sign/prefix.
static std::u32string padNumber(const FormatSpec& f, const std::string& signPrefix, const std::string& body) {
  std::u32string b = utf8ToCp(body);
  int64_t len = int64_t(signPrefix.size() + b.size());
  std::u32string sp = utf8ToCp(signPrefix);
  if (f.width <= len) return sp + b;
  size_t pad = size_t(f.width - len);
  char align = f.align ? f.align : '>';
  switch (align) {
    case '<': return sp + b + std::u32string(pad, f.fill);
    case '^': return std::u32string(pad / 2, f.fill) + sp + b + std::u32string(pad - pad / 2, f.fill);
    case '=': return sp + std::u32string(pad, f.fill) + b;
    default: return std::u32string(pad, f.fill) + sp + b;
  }
}

static std::u32string formatFloatSpec(PyLanguage& P, double d, FormatSpec f, Value v);

static std::u32string formatIntSpec(PyLanguage& P, Value iv, const FormatSpec& f, Value v) {
  char32_t type = f.type ? f.type : 'd';
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      bool of = false;
      double d = bigint::toDouble(iv, &of);
      if (of) P.raise(P.t.OverflowError, "int too large to convert to float");
      return formatFloatSpec(P, d, f, v);
    }
    case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c': break;
    default: unknownCode(P, type, v);
  }
  if (f.prec >= 0) P.raise(P.t.ValueError, "Precision not allowed in integer format specifier");
  bool neg = bigint::sign(iv) < 0;
  std::string body, prefix;
  if (type == 'c') {
    if (f.sign) P.raise(P.t.ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f.alt) P.raise(P.t.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t c = 0;
    if (!bigint::fitsInt64(iv, &c) || c < 0 || c > 0x10ffff) P.raise(P.t.OverflowError, "%c arg not in range(0x110000)");
    body = cpToUtf8(std::u32string(1, char32_t(c)));
    return padNumber(f, "", body);
  }
  int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  std::string digits = bigint::toString(bigint::abs(P.vm.heap, iv), base);
  if (type == 'X') for (auto& c : digits) c = char(toupper(c));
  if (f.alt && base != 10) prefix = std::string("0") + (type == 'b' ? "b" : type == 'o' ? "o" : type == 'x' ? "x" : "X");
  std::string sign = neg ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
  int64_t minWidth = (f.fill == '0' && f.align == '=') ? f.width - int64_t(sign.size() + prefix.size()) : 0;
  body = groupDigits(digits, f.group, base == 10 ? 3 : 4, minWidth);
  return padNumber(f, sign + prefix, body);
}

static std::u32string formatFloatSpec(PyLanguage& P, double d, FormatSpec f, Value v) {
  char32_t type = f.type;
  bool dot0 = false;
  char code;
  int prec = int(std::min<int64_t>(f.prec, 100000));
  switch (type) {
    case 0:
      dot0 = true;
      if (f.prec < 0) code = 'r';
      else code = 'g';
      break;
    case 'e': case 'E': code = 'e'; break;
    case 'f': case 'F': case '%': code = 'f'; break;
    case 'g': case 'G': case 'n': code = 'g'; break;
    default: unknownCode(P, type, v);
  }
  if (f.prec < 0 && code != 'r') prec = 6;
  bool upper = type == 'E' || type == 'F' || type == 'G';
  bool neg = std::signbit(d) && !(d != d);
  std::string body;
  if (d != d || std::isinf(d)) {
    body = d != d ? "nan" : "inf";
  } else {
    double x = type == '%' ? d * 100 : d;
    body = formatFloatAbs(x, code, prec, dot0, f.alt);
    if (f.alt && code == 'r' && body.find_first_of(".e") == std::string::npos) body += ".";
  }
  if (upper) for (auto& c : body) c = char(toupper(c));
  if (type == '%') body += "%";
  // 'z': a negative zero after rounding prints without its sign
  if (neg && f.z && body.find_first_of("123456789") == std::string::npos) neg = false;
  std::string sign = neg ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
  if (f.group || (f.fill == '0' && f.align == '=')) {
    size_t end = body.find_first_not_of("0123456789");
    std::string ip = body.substr(0, end), rest = end == std::string::npos ? "" : body.substr(end);
    int64_t minWidth = (f.fill == '0' && f.align == '=') ? f.width - int64_t(sign.size() + rest.size()) : 0;
    if (!ip.empty()) body = groupDigits(ip, f.group, 3, minWidth) + rest;
  }
  return padNumber(f, sign, body);
}

static std::u32string formatStrSpec(PyLanguage& P, const std::u32string& s, const FormatSpec& f, Value v) {
  if (f.type && f.type != 's') unknownCode(P, f.type, v);
  if (f.sign) P.raise(P.t.ValueError, "Sign not allowed in string format specifier");
  if (f.z) P.raise(P.t.ValueError, "Negative zero coercion (z) not allowed in format specifier");
  if (f.alt) P.raise(P.t.ValueError, "Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') P.raise(P.t.ValueError, "'=' alignment not allowed in string format specifier");
  if (f.group) P.raise(P.t.ValueError, std::string("Cannot specify '") + f.group + "' with 's'.");
  std::u32string body = s;
  if (f.prec >= 0 && size_t(f.prec) < body.size()) body.resize(size_t(f.prec));
  if (f.width <= int64_t(body.size())) return body;
  size_t pad = size_t(f.width - int64_t(body.size()));
  switch (f.align ? f.align : '<') {
    case '>': return std::u32string(pad, f.fill) + body;
    case '^': return std::u32string(pad / 2, f.fill) + body + std::u32string(pad - pad / 2, f.fill);
    default: return body + std::u32string(pad, f.fill);
  }
}

// format(v, spec) for the builtin types; other objects get object.__format__'s rule.
static std::u32string formatBuiltin(PyLanguage& P, Value v, const std::u32string& spec) {
  if (isString(v)) {
    if (spec.empty()) return asString(v)->toCodePoints();
    return formatStrSpec(P, asString(v)->toCodePoints(), parseSpec(P, spec, v, '<'), v);
  }
  if (isInteger(v) || v.isBool()) {
    if (spec.empty()) return utf8ToCp(P.str(v));
    Value iv = v.isBool() ? Value::integer(v.asBool()) : v;
    return formatIntSpec(P, iv, parseSpec(P, spec, v, '>'), v);
  }
  if (v.isDouble()) {
    if (spec.empty()) return utf8ToCp(PyLanguage::floatRepr(v.asDouble()));
    return formatFloatSpec(P, v.asDouble(), parseSpec(P, spec, v, '>'), v);
  }
  // an int/float/str subclass instance: an empty spec is str(v) (its own __str__), as CPython's
  if (isValueInstance(v) && !spec.empty()) return formatBuiltin(P, builtinValue(v), spec);
  if (!spec.empty()) P.raise(P.t.TypeError, "unsupported format string passed to " + P.typeName(v) + ".__format__");
  return utf8ToCp(P.str(v));
}

static Value objectFormat = Value::empty();  // object.__format__ (a permanent builtin)

// format(v, spec): the type's __format__ (user classes may define one), else the builtin rules.
static std::u32string formatToCp(PyLanguage& P, Value v, const std::u32string& spec) {
  PyType* ty = P.typeOf(v);
  if (!ty->builtin) {
    Value m = P.lookupType(ty, P.s("__format__"));
    // a Python __format__, or a native class's own (complex.__format__)
    if (!m.isMagic(Magic::Empty) && m != objectFormat && (isClosure(m) || isNativeFunction(m))) {
      VM& vm = P.vm;
      Rooted rv(vm, v), rm(vm, m);
      Value args[2] = {v, Value::empty()};
      Rooted rs(vm, P.newStrCp(spec));
      args[0] = rv;
      args[1] = rs;
      Value r = P.call(rm, args, 2);
      if (!isString(r)) P.raise(P.t.TypeError, "__format__ must return a str, not " + P.typeName(r));
      return asString(r)->toCodePoints();
    }
  }
  return formatBuiltin(P, v, spec);
}

std::string formatValue(PyLanguage& P, Value v, const std::string& spec) { return cpToUtf8(formatToCp(P, v, utf8ToCp(spec))); }

static Value b_format(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc < 1 || a.argc > 2) P.raise(P.t.TypeError, "format expected at most 2 arguments, got " + std::to_string(a.argc));
  std::u32string spec;
  if (a.argc > 1) {
    if (!isString(a[1])) P.raise(P.t.TypeError, "format() argument 2 must be str, not " + P.typeName(a[1]));
    spec = asString(a[1])->toCodePoints();
  }
  return P.newStrCp(formatToCp(P, a[0], spec));
}

// int.__format__ / float.__format__ / str.__format__ / object.__format__ (explicit calls, super())
static Value m_format(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value self = a.thisValue;
  uint32_t k = 0;
  if (self.isUndefined()) { self = a[0]; k = 1; }
  if (a.argc != k + 1) P.raise(P.t.TypeError, "__format__() takes exactly one argument (" + std::to_string(a.argc - k) + " given)");
  if (!isString(a[k])) P.raise(P.t.TypeError, "__format__() argument must be str, not " + P.typeName(a[k]));
  std::u32string spec = asString(a[k])->toCodePoints();
  if (asNativeFunction(Value::cell(a.callee))->magic == 1) {  // object.__format__
    if (!spec.empty()) P.raise(P.t.TypeError, "unsupported format string passed to " + P.typeName(self) + ".__format__");
    return P.newStr(P.str(self));
  }
  return P.newStrCp(formatBuiltin(P, self, spec));
}

// ---- str.format / format_map ----

// Where a replacement field's argument comes from: positional arguments and keywords, or a mapping.
struct FormatArgs {
  PyLanguage& P;
  RootedVector pos;
  std::vector<String*> kwNames;
  RootedVector kwValues;
  Value mapping = Value::empty();  // format_map (rooted by the caller's arguments)
  int autoIndex = 0;               // -1 once a manual index was used
  bool manual = false;
  explicit FormatArgs(PyLanguage& p) : P(p), pos(p.vm), kwValues(p.vm) {}

  Value byIndex(int64_t i) {
    if (i >= int64_t(pos.size())) P.raise(P.t.IndexError, "Replacement index " + std::to_string(i) + " out of range for positional args tuple");
    return pos[size_t(i)];
  }
  Value byName(const std::u32string& name) {
    if (!mapping.isMagic(Magic::Empty)) return P.getElement(P.vm, mapping, P.newStrCp(name));
    for (size_t k = 0; k < kwNames.size(); k++)
      if (kwNames[k]->toCodePoints() == name) return kwValues[k];
    VM& vm = P.vm;
    Value key = P.newStrCp(name);
    vm.throwValue(P.call(Value::cell(P.t.KeyError), &key, 1));
  }
};

static bool allDigits(const std::u32string& s) {
  if (s.empty()) return false;
  for (char32_t c : s) if (c < '0' || c > '9') return false;
  return true;
}
static int64_t digitsValue(PyLanguage& P, const std::u32string& s) {
  int64_t x = 0;
  for (char32_t c : s) {
    if (x > INT64_MAX / 10 - 10) P.raise(P.t.ValueError, "Too many decimal digits in format string");
    x = x * 10 + (c - '0');
  }
  return x;
}

// The object a field name names: arg_name ("" = next automatic index) then .attr / [key] accessors.
static Value resolveField(FormatArgs& A, const std::u32string& name) {
  PyLanguage& P = A.P;
  VM& vm = P.vm;
  size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') i++;
  std::u32string head = name.substr(0, i);
  Rooted v(vm);
  if (head.empty() || allDigits(head)) {
    int64_t idx;
    if (head.empty()) {
      if (A.manual) P.raise(P.t.ValueError, "cannot switch from manual field specification to automatic field numbering");
      idx = A.autoIndex++;
    } else {
      if (A.autoIndex > 0) P.raise(P.t.ValueError, "cannot switch from automatic field numbering to manual field specification");
      A.manual = true;
      idx = digitsValue(P, head);
    }
    if (!A.mapping.isMagic(Magic::Empty) && A.pos.size() == 0) P.raise(P.t.ValueError, "Format string contains positional fields");
    v = A.byIndex(idx);
  } else {
    v = A.byName(head);
  }
  while (i < name.size()) {
    if (name[i] == '.') {
      size_t j = ++i;
      while (j < name.size() && name[j] != '.' && name[j] != '[') j++;
      if (j == i) P.raise(P.t.ValueError, "Empty attribute in format string");
      v = P.getAttr(v, vm.intern(String::fromCodePoints(vm.heap, name.substr(i, j - i))));
      i = j;
    } else {  // '['
      size_t j = name.find(']', i + 1);
      if (j == std::u32string::npos) P.raise(P.t.ValueError, "Missing ']' in format string");
      std::u32string key = name.substr(i + 1, j - i - 1);
      if (key.empty()) P.raise(P.t.ValueError, "Empty attribute in format string");
      Value k = allDigits(key) ? bigint::fromInt64(vm.heap, digitsValue(P, key)) : P.newStrCp(key);
      v = P.getElement(vm, v, k);
      i = j + 1;
      if (i < name.size() && name[i] != '.' && name[i] != '[') P.raise(P.t.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return v;
}

static std::u32string vformat(FormatArgs& A, const std::u32string& f, int depth) {
  PyLanguage& P = A.P;
  VM& vm = P.vm;
  if (depth < 0) P.raise(P.t.ValueError, "Max string recursion exceeded");
  std::u32string out;
  size_t n = f.size();
  for (size_t i = 0; i < n; i++) {
    char32_t c = f[i];
    if (c == '}') {
      if (i + 1 < n && f[i + 1] == '}') { out += '}'; i++; continue; }
      P.raise(P.t.ValueError, "Single '}' encountered in format string");
    }
    if (c != '{') { out += c; continue; }
    if (i + 1 < n && f[i + 1] == '{') { out += '{'; i++; continue; }
    if (i + 1 == n) P.raise(P.t.ValueError, "Single '{' encountered in format string");
    // the field runs to the matching '}'
    size_t j = i + 1;
    int count = 1;
    while (j < n) {
      if (f[j] == '[') { while (j < n && f[j] != ']') j++; if (j < n) j++; continue; }
      if (f[j] == '{') count++;
      else if (f[j] == '}' && --count == 0) break;
      j++;
    }
    if (j >= n) P.raise(P.t.ValueError, count > 1 ? "unmatched '{' in format spec" : "expected '}' before end of string");
    std::u32string field = f.substr(i + 1, j - i - 1);
    i = j;
    // field name up to '!' or ':' (brackets may hold either)
    size_t k = 0;
    while (k < field.size() && field[k] != '!' && field[k] != ':') {
      if (field[k] == '{') P.raise(P.t.ValueError, "unexpected '{' in field name");
      if (field[k] == '[') { while (k < field.size() && field[k] != ']') k++; if (k == field.size()) break; }
      k++;
    }
    std::u32string name = field.substr(0, k), spec;
    char32_t conv = 0;
    if (k < field.size() && field[k] == '!') {
      if (k + 1 >= field.size()) P.raise(P.t.ValueError, "end of string while looking for conversion specifier");
      conv = field[k + 1];
      k += 2;
      if (k < field.size() && field[k] != ':') P.raise(P.t.ValueError, "expected ':' after conversion specifier");
    }
    if (k < field.size()) spec = field.substr(k + 1);
    Rooted v(vm, resolveField(A, name));
    if (conv) {
      if (conv == 'r') v = P.reprValue(v);
      else if (conv == 's') v = P.newStr(P.str(v));
      else if (conv == 'a') v = P.newStr(asciiRepr(P, v));
      else P.raise(P.t.ValueError, "Unknown conversion specifier " + cpToUtf8(std::u32string(1, conv)));
    }
    if (spec.find('{') != std::u32string::npos) spec = vformat(A, spec, depth - 1);
    out += formatToCp(P, v, spec);
  }
  return out;
}

static Value s_format(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  std::u32string f = selfText(vm, a);
  FormatArgs A(P);
  A.kwNames.swap(P.kwNames);
  std::vector<Value> kv;
  kv.swap(P.kwValues);
  for (Value v : kv) A.kwValues.push(v);
  for (uint32_t i = 0; i < a.argc; i++) A.pos.push(a.argv[i]);
  return P.newStrCp(vformat(A, f, 2));
}
static Value s_format_map(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  std::u32string f = selfText(vm, a);
  noKw(P, "format_map");
  if (a.argc != 1) P.raise(P.t.TypeError, "format_map() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  FormatArgs A(P);
  A.mapping = a[0];
  return P.newStrCp(vformat(A, f, 2));
}

// ---- %-formatting ----

// Integer text for %d %i %u %x %X %o with printf's flags: precision = minimum digits.
static std::string percentInt(PyLanguage& P, Value iv, char conv, bool alt, int64_t prec) {
  int base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
  std::string digits = bigint::toString(bigint::abs(P.vm.heap, iv), base);
  if (conv == 'X') for (auto& c : digits) c = char(toupper(c));
  if (prec > int64_t(digits.size())) digits.insert(0, size_t(prec - int64_t(digits.size())), '0');
  if (alt && base != 10) digits = std::string("0") + (conv == 'o' ? "o" : conv == 'x' ? "x" : "X") + digits;
  return digits;
}

Value percentFormat(PyLanguage& P, String* fmt, Value args) {
  VM& vm = P.vm;
  Rooted ra(vm, args);
  std::u32string f = fmt->toCodePoints(), out;
  bool tuple = isArray(args) && asObject(args)->classTag() == kTagTuple;
  // a mapping argument (anything subscriptable but a tuple or str) allows %(name)s
  bool mapping = !tuple && !isString(args) && (isDict(args) || isArray(args) ||
                  (isObject(args) && !P.lookupType(P.typeOf(args), P.s("__getitem__")).isMagic(Magic::Empty)));
  size_t argc = tuple ? asArray(args)->elements.size() : 1, ai = 0;
  bool usedMapping = false;
  auto nextArg = [&]() -> Value {
    if (ai >= argc) P.raise(P.t.TypeError, "not enough arguments for format string");
    return tuple ? asArray(ra)->elements[ai++] : (ai++, ra.get());
  };
  for (size_t i = 0; i < f.size(); i++) {
    if (f[i] != '%') { out += f[i]; continue; }
    size_t start = i;
    if (++i >= f.size()) P.raise(P.t.ValueError, "incomplete format");
    Rooted v(vm, Value::empty());
    if (f[i] == '(') {
      if (!mapping) P.raise(P.t.TypeError, "format requires a mapping");
      int depth = 1;
      size_t k = ++i;
      while (k < f.size() && depth) { if (f[k] == '(') depth++; else if (f[k] == ')') depth--; if (depth) k++; }
      if (depth) P.raise(P.t.ValueError, "incomplete format key");
      v = P.getElement(vm, ra, P.newStrCp(f.substr(i, k - i)));
      usedMapping = true;
      i = k + 1;
    }
    bool left = false, plus = false, space = false, alt = false, zero = false;
    for (; i < f.size(); i++) {
      char32_t c = f[i];
      if (c == '-') left = true; else if (c == '+') plus = true; else if (c == ' ') space = true;
      else if (c == '#') alt = true; else if (c == '0') zero = true; else break;
    }
    auto num = [&](int64_t* outv) {
      if (i < f.size() && f[i] == '*') {
        Value w = nextArg();
        if (!isInteger(w) && !w.isBool()) P.raise(P.t.TypeError, "* wants int");
        *outv = P.toIndex(w);
        i++;
        return true;
      }
      bool any = false;
      int64_t x = 0;
      while (i < f.size() && f[i] >= '0' && f[i] <= '9') {
        if (x > (INT32_MAX - 9) / 10) P.raise(P.t.ValueError, "width too big");
        x = x * 10 + (f[i++] - '0');
        any = true;
      }
      if (any) *outv = x;
      return any;
    };
    int64_t width = -1, prec = -1;
    num(&width);
    if (width < 0 && width != -1) { left = true; width = -width; }
    if (i < f.size() && f[i] == '.') { i++; prec = 0; num(&prec); }
    while (i < f.size() && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) i++;  // length modifiers are ignored
    if (i >= f.size()) P.raise(P.t.ValueError, "incomplete format");
    char32_t conv = f[i];
    if (conv == '%') { out += '%'; continue; }
    if (v.get().isMagic(Magic::Empty)) v = nextArg();
    std::string sign, body;
    bool numeric = true;
    switch (conv) {
      case 's': case 'r': case 'a': {
        numeric = false;
        std::u32string s = utf8ToCp(conv == 's' ? P.str(v) : conv == 'r' ? P.repr(v) : asciiRepr(P, v));
        if (prec >= 0 && size_t(prec) < s.size()) s.resize(size_t(prec));
        body = cpToUtf8(s);
        break;
      }
      case 'c': {
        numeric = false;
        if (isString(v)) {
          std::u32string s = asString(v)->toCodePoints();
          if (s.size() != 1) P.raise(P.t.TypeError, "%c requires int or char");
          body = cpToUtf8(s);
        } else if (isInteger(v) || v.get().isBool()) {
          int64_t c = 0;
          if (!bigint::fitsInt64(P.toInt(v), &c) || c < 0 || c > 0x10ffff) P.raise(P.t.OverflowError, "%c arg not in range(0x110000)");
          body = cpToUtf8(std::u32string(1, char32_t(c)));
        } else P.raise(P.t.TypeError, "%c requires int or char");
        break;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        Value iv;
        if (isInteger(v) || v.get().isBool()) iv = P.toInt(v);
        else if (conv != 'x' && conv != 'X' && conv != 'o' && (v.get().isDouble() || (isObject(v) && !P.lookupType(P.typeOf(v), P.s("__int__")).isMagic(Magic::Empty))))
          iv = P.toInt(v);
        else if (isObject(v) && !P.lookupType(P.typeOf(v), P.s("__index__")).isMagic(Magic::Empty)) iv = P.toInt(v);
        else if (conv == 'x' || conv == 'X' || conv == 'o')
          P.raise(P.t.TypeError, "%" + typeChar(conv) + " format: an integer is required, not " + P.typeName(v));
        else P.raise(P.t.TypeError, "%" + typeChar(conv) + " format: a real number is required, not " + P.typeName(v));
        Rooted riv(vm, iv);
        if (bigint::sign(riv) < 0) sign = "-";
        body = percentInt(P, riv, char(conv), alt, prec);
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d;
        if (v.get().isDouble() || isInteger(v) || v.get().isBool()) d = P.toFloat(v);
        else if (isObject(v) && (!P.lookupType(P.typeOf(v), P.s("__float__")).isMagic(Magic::Empty) ||
                                 !P.lookupType(P.typeOf(v), P.s("__index__")).isMagic(Magic::Empty))) d = P.toFloat(v);
        else P.raise(P.t.TypeError, "must be real number, not " + P.typeName(v));
        if (std::signbit(d) && d == d) sign = "-";
        char code = char(tolower(int(conv)));
        if (d != d || std::isinf(d)) body = d != d ? "nan" : "inf";
        else body = formatFloatAbs(d, code, int(prec < 0 ? 6 : std::min<int64_t>(prec, 100000)), false, alt);
        if (conv == 'E' || conv == 'F' || conv == 'G') for (auto& c : body) c = char(toupper(c));
        break;
      }
      default: {
        char b[16];
        snprintf(b, sizeof b, "%x", unsigned(conv));
        std::string shown = conv >= 32 && conv < 127 ? std::string(1, char(conv)) : "?";
        P.raise(P.t.ValueError, "unsupported format character '" + shown + "' (0x" + b + ") at index " + std::to_string(i));
      }
    }
    (void)start;
    if (numeric && sign.empty()) sign = plus ? "+" : space ? " " : "";
    std::u32string b = utf8ToCp(body);
    int64_t len = int64_t(sign.size() + b.size());
    if (width > len) {
      size_t pad = size_t(width - len);
      if (left) out += utf8ToCp(sign) + b + std::u32string(pad, U' ');
      else if (zero && numeric) {
        // zeros go after the sign and any 0x/0o prefix
        size_t pre = (alt && (conv == 'x' || conv == 'X' || conv == 'o')) ? 2 : 0;
        out += utf8ToCp(sign) + b.substr(0, pre) + std::u32string(pad, U'0') + b.substr(pre);
      } else out += std::u32string(pad, U' ') + utf8ToCp(sign) + b;
    } else out += utf8ToCp(sign) + b;
  }
  if (ai < argc && !mapping) P.raise(P.t.TypeError, "not all arguments converted during string formatting");
  (void)usedMapping;
  return P.newStrCp(out);
}

void installFormat(PyLanguage& P) {
  P.defNative(P.builtins, "format", b_format);
  P.defNative(P.t.str, "format", s_format);
  P.defNative(P.t.str, "format_map", s_format_map);
  P.defNative(P.t.int_, "__format__", m_format, 0);
  P.defNative(P.t.float_, "__format__", m_format, 0);
  P.defNative(P.t.str, "__format__", m_format, 0);
  P.defNative(P.t.object, "__format__", m_format, 1);
  objectFormat = P.lookupType(P.t.object, P.s("__format__"));
}

}  // namespace dualvm::py
