// runtime/python/complex.cpp — Python's complex type (owner: pynum), as CPython 3.11's
// Objects/complexobject.c: the constructor's rules (strings as complex('1+2j') parses them,
// __complex__, __float__/__index__ operands, complex parts of complex arguments), arithmetic with
// int/float operands (Smith's division, c_powi for small integral exponents), repr, hash
// (hash(re) + 1000003 * hash(im)), ==/!= with ints (exact) and floats, abs, conjugate, real/imag,
// __format__, __getnewargs__. The literal `3j` reaches newComplex through the MakeComplex
// intrinsic (py_intrinsics.cpp). The type is a non-builtin PyType (complex.h) so the generic
// paths dispatch to these natives; subclasses get PyComplex cells through complex.__new__.
#include "runtime/python/complex.h"
#include <unicode/uchar.h>
#include <cerrno>
#include <cmath>
#include <unordered_map>
#include "runtime/interpreter.h"
#include "runtime/python/containers.h"
#include "runtime/python/py_text.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

std::unordered_map<PyLanguage*, PyType*> complexTypes;  // per PyLanguage: its complex type

struct C { double re, im; };

int magicOf(CallArgs& a) { return asNativeFunction(Value::cell(a.callee))->magic; }

// self of a complex method (unbound calls pass it first)
C selfOf(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isComplex(a.thisValue))
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' requires a 'complex' object but received a '" + L.typeName(a.thisValue) + "'");
  return {asComplex(a.thisValue)->re, asComplex(a.thisValue)->im};
}

// to_complex: an operand of a binary operator. false (NotImplemented) unless complex, int or float.
bool operand(PyLanguage& P, Value v, C* out) {
  if (isComplex(v)) { *out = {asComplex(v)->re, asComplex(v)->im}; return true; }
  if (v.isBool()) v = Value::integer(v.asBool());
  if (isInteger(v)) {
    bool of = false;
    double d = bigint::toDouble(v, &of);
    if (of) P.raise(P.t.OverflowError, "int too large to convert to float");
    *out = {d, 0.0};
    return true;
  }
  if (v.isDouble()) { *out = {v.asDouble(), 0.0}; return true; }
  if (isObject(v) && (P.isInstance(v, P.t.int_) || P.isInstance(v, P.t.float_))) {  // int/float subclasses
    *out = {P.toFloat(v), 0.0};
    return true;
  }
  return false;
}

C prod(C a, C b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// _Py_c_quot: Smith's algorithm; *edom when dividing by zero
C quot(C a, C b, bool* edom) {
  double abr = std::fabs(b.re), abi = std::fabs(b.im);
  if (abr >= abi) {
    if (abr == 0.0) { *edom = true; return {0.0, 0.0}; }
    double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abi >= abr) {
    double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};  // a NaN in b
}

C cpow(C a, C b, bool* edom) {  // _Py_c_pow
  if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) *edom = true;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.re, a.im), len = std::pow(vabs, b.re), at = std::atan2(a.im, a.re), phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

C powu(C x, long n) {  // c_powu: binary powering
  C r{1.0, 0.0}, p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = prod(r, p);
    p = prod(p, p);
  }
  return r;
}

[[noreturn]] void zeroPower(PyLanguage& P) { P.raise(P.t.ZeroDivisionError, "0.0 to a negative or complex power"); }

C power(PyLanguage& P, C a, C b) {  // complex_pow
  bool edom = false;
  C p;
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    long n = long(b.re);
    p = n > 0 ? powu(a, n) : quot({1.0, 0.0}, powu(a, -n), &edom);
  } else {
    p = cpow(a, b, &edom);
  }
  if (edom) zeroPower(P);
  if (std::isinf(p.re) || std::isinf(p.im)) P.raise(P.t.OverflowError, "complex exponentiation");
  return p;
}

// The binary dunders; magic = BinaryOp, +64 for the reflected form.
Value c_binary(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  static const char* names[] = {"__add__", "__sub__", "__mul__", "__truediv__", "", "__pow__"};
  int m = magicOf(a);
  BinaryOp op = BinaryOp(m & 63);
  C self = selfOf(vm, a, names[int(op) < 6 ? int(op) : 0]);
  bool isPow = op == BinaryOp::Pow;
  if (a.argc < 1 || a.argc > (isPow ? 2u : 1u))
    P.raise(P.t.TypeError, "expected " + std::string(isPow ? "1 or 2 arguments" : "1 argument") + ", got " + std::to_string(a.argc));
  C other;
  if (!operand(P, a[0], &other)) return P.notImplemented;
  C x = (m & 64) ? other : self, y = (m & 64) ? self : other;
  C r;
  switch (op) {
    case BinaryOp::Add: r = {x.re + y.re, x.im + y.im}; break;
    case BinaryOp::Sub: r = {x.re - y.re, x.im - y.im}; break;
    case BinaryOp::Mul: r = prod(x, y); break;
    case BinaryOp::Div: {
      bool edom = false;
      r = quot(x, y, &edom);
      if (edom) P.raise(P.t.ZeroDivisionError, "complex division by zero");
      break;
    }
    default:  // Pow
      if (a.argc > 1 && !a[1].isNull()) P.raise(P.t.ValueError, "complex modulo");
      r = power(P, x, y);
      break;
  }
  return newComplex(P, r.re, r.im);
}

// __eq__ (magic 0) / __ne__ (1): only equality is defined (ordering is NotImplemented)
Value c_richcmp(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  bool ne = magicOf(a) == 1;
  C self = selfOf(vm, a, ne ? "__ne__" : "__eq__");
  if (a.argc != 1) P.raise(P.t.TypeError, "expected 1 argument, got " + std::to_string(a.argc));
  Value o = a[0];
  bool equal;
  if (isInteger(o) || o.isBool() || (isObject(o) && P.isInstance(o, P.t.int_))) {
    // exact int comparison through float == int, as CPython
    if (self.im == 0.0) return P.compare(vm, ne ? CompareOp::Ne : CompareOp::Eq, Value::number(self.re), o);
    equal = false;
  } else if (o.isDouble() || (isObject(o) && P.isInstance(o, P.t.float_))) {
    equal = self.re == P.toFloat(o) && self.im == 0.0;
  } else if (isComplex(o)) {
    equal = self.re == asComplex(o)->re && self.im == asComplex(o)->im;
  } else {
    return P.notImplemented;
  }
  return Value::boolean(equal != ne);
}

// repr of one part with 'r' and no ".0", as PyOS_double_to_string(x, 'r', 0, flags): the sign of
// a NaN is not shown; withSign adds '+' to a non-negative part.
std::string partRepr(double x, bool withSign) {
  std::string s;
  if (x != x) s = "nan";
  else if (std::isinf(x)) s = "inf";
  else s = formatFloatAbs(x, 'r', 0, false, false);
  bool neg = x == x && std::signbit(x);
  if (neg) return "-" + s;
  return withSign ? "+" + s : s;
}

// conjugate (0), __complex__ / __pos__ (1), __neg__ (2), __abs__ (3), __bool__ (4), __hash__ (5),
// __repr__ (6), __getnewargs__ (7)
Value c_method(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  static const char* names[] = {"conjugate", "__complex__", "__neg__", "__abs__", "__bool__", "__hash__", "__repr__", "__getnewargs__"};
  int m = magicOf(a);
  C z = selfOf(vm, a, names[m]);
  if (a.argc) P.raise(P.t.TypeError, std::string(m == 0 || m == 1 || m == 7 ? "complex." : "") + names[m] + "() takes no arguments (" + std::to_string(a.argc) + " given)");
  switch (m) {
    case 0: return newComplex(P, z.re, -z.im);
    case 1:
      if (P.typeOf(a.thisValue) == complexType(P)) return a.thisValue;
      return newComplex(P, z.re, z.im);
    case 2: return newComplex(P, -z.re, -z.im);
    case 3: {  // _Py_c_abs: an infinite part wins over a NaN
      if (std::isinf(z.re)) return Value::number(std::fabs(z.re));
      if (std::isinf(z.im)) return Value::number(std::fabs(z.im));
      if (z.re != z.re || z.im != z.im) return Value::number(NAN);
      double r = std::hypot(z.re, z.im);
      if (std::isinf(r)) P.raise(P.t.OverflowError, "absolute value too large");
      return Value::number(r);
    }
    case 4: return Value::boolean(z.re != 0.0 || z.im != 0.0);
    case 5: {
      uint64_t hr = uint64_t(P.hash(Value::number(z.re))), hi = uint64_t(P.hash(Value::number(z.im)));
      uint64_t combined = hr + 1000003ull * hi;
      if (combined == uint64_t(-1)) combined = uint64_t(-2);
      return bigint::fromInt64(P.vm.heap, int64_t(combined));
    }
    case 6: return P.newStr(complexRepr(z.re, z.im));
    default: {
      Value parts[2] = {Value::number(z.re), Value::number(z.im)};
      return P.newTuple(parts, 2);
    }
  }
}

Value c_part(VM& vm, CallArgs& a) {  // the real (0) / imag (1) attributes
  C z = selfOf(vm, a, magicOf(a) == 0 ? "real" : "imag");
  return Value::number(magicOf(a) == 0 ? z.re : z.im);
}

// ---- complex.__format__ (CPython's format_complex_internal) ----

Value c_format(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  C z = selfOf(vm, a, "__format__");
  if (a.argc != 1) P.raise(P.t.TypeError, "__format__() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  if (!isString(a[0])) P.raise(P.t.TypeError, "__format__() argument must be str, not " + P.typeName(a[0]));
  std::u32string spec = asString(a[0])->toCodePoints();
  size_t i = 0, n = spec.size();
  auto isAlign = [](char32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  char32_t fill = ' ';
  char align = '>';
  bool fillGiven = false, alignGiven = false;
  if (n >= 2 && isAlign(spec[1])) { fill = spec[0]; align = char(spec[1]); i = 2; fillGiven = alignGiven = true; }
  else if (n >= 1 && isAlign(spec[0])) { align = char(spec[0]); i = 1; alignGiven = true; }
  std::string sign;
  if (i < n && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) sign = char(spec[i++]);
  bool zflag = false, alt = false;
  if (i < n && spec[i] == 'z') { zflag = true; i++; }
  if (i < n && spec[i] == '#') { alt = true; i++; }
  if (!fillGiven && i < n && spec[i] == '0') {  // the 0-padding shorthand
    fill = '0';
    if (!alignGiven) align = '=';
    i++;
  }
  int64_t width = -1;
  auto digits = [&](int64_t* out) {
    size_t st = i;
    int64_t v = 0;
    while (i < n && spec[i] >= '0' && spec[i] <= '9') {
      v = v * 10 + int64_t(spec[i++] - '0');
      if (v > (int64_t(1) << 40)) P.raise(P.t.ValueError, "Too many decimal digits in format string");
    }
    if (i > st) *out = v;
    return i > st;
  };
  digits(&width);
  std::string group;
  if (i < n && (spec[i] == ',' || spec[i] == '_')) group = char(spec[i++]);
  int64_t prec = -1;
  if (i < n && spec[i] == '.') {
    i++;
    if (!digits(&prec)) P.raise(P.t.ValueError, "Format specifier missing precision");
  }
  if (n - i > 1) P.raise(P.t.ValueError, "Invalid format specifier '" + cpToUtf8(spec) + "' for object of type 'complex'");
  char32_t type = i < n ? spec[i] : 0;
  if (fill == '0') P.raise(P.t.ValueError, "Zero padding is not allowed in complex format specifier");
  if (align == '=') P.raise(P.t.ValueError, "'=' alignment flag is not allowed in complex format specifier");
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: {
      std::u32string t(1, type);
      P.raise(P.t.ValueError, "Unknown format code '" + cpToUtf8(t) + "' for object of type 'complex'");
    }
  }
  bool skipRe = false, parens = false;
  char code = char(type);
  if (type == 0) {  // like str(self), with a precision
    code = 'r';
    if (z.re == 0.0 && !std::signbit(z.re)) skipRe = true; else parens = true;
  }
  if (code == 'n') code = 'g';
  if (prec >= 0 && code == 'r') code = 'g';
  // each part through float's formatting; 'r' is float's empty type without its ".0"
  auto part = [&](double x, const std::string& sgn) {
    std::string sub = sgn + (zflag ? "z" : "") + (alt ? "#" : "") + group;
    if (prec >= 0) sub += "." + std::to_string(prec);
    if (code != 'r') sub += code;
    std::string s = formatValue(P, Value::number(x), sub);
    if (code == 'r' && s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
  };
  std::string body = parens ? "(" : "";
  if (!skipRe) body += part(z.re, sign);
  body += part(z.im, skipRe ? sign : "+") + "j";
  if (parens) body += ")";
  std::u32string out = utf8ToCp(body);
  if (width > int64_t(out.size())) {
    size_t pad = size_t(width) - out.size();
    size_t left = align == '<' ? 0 : align == '^' ? pad / 2 : pad;
    out = std::u32string(left, fill) + out + std::u32string(pad - left, fill);
  }
  return P.newStrCp(out);
}

// ---- the constructor ----

bool asciiDigit(char c) { return c >= '0' && c <= '9'; }

// PyOS_string_to_double's prefix: [sign] (inf | infinity | nan | digits[.digits][e[sign]digits]);
// returns the end of what it read (== i when nothing is a float).
size_t scanFloat(const std::string& s, size_t i, double* out) {
  size_t p = i, n = s.size();
  bool neg = false;
  if (p < n && (s[p] == '+' || s[p] == '-')) neg = s[p++] == '-';
  auto word = [&](const char* w) {
    size_t k = 0;
    for (; w[k]; k++) if (p + k >= n || std::tolower((unsigned char)s[p + k]) != w[k]) return false;
    return true;
  };
  if (word("infinity")) { *out = neg ? -INFINITY : INFINITY; return p + 8; }
  if (word("inf")) { *out = neg ? -INFINITY : INFINITY; return p + 3; }
  if (word("nan")) { *out = neg ? -NAN : NAN; return p + 3; }
  size_t ds = p, nd = 0;
  while (p < n && asciiDigit(s[p])) p++, nd++;
  if (p < n && s[p] == '.') { p++; while (p < n && asciiDigit(s[p])) p++, nd++; }
  if (nd == 0) return i;
  (void)ds;
  if (p < n && (s[p] == 'e' || s[p] == 'E')) {
    size_t q = p + 1;
    if (q < n && (s[q] == '+' || s[q] == '-')) q++;
    size_t es = q;
    while (q < n && asciiDigit(s[q])) q++;
    if (q > es) p = q;
  }
  *out = strtod(s.substr(i, p - i).c_str(), nullptr);  // correctly rounded; overflow is inf
  return p;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// complex_from_string_inner
bool parseComplex(const std::string& s, double* x, double* y) {
  size_t p = 0, n = s.size();
  *x = *y = 0.0;
  while (p < n && isSpace(s[p])) p++;
  bool bracket = false;
  if (p < n && s[p] == '(') {
    bracket = true;
    p++;
    while (p < n && isSpace(s[p])) p++;
  }
  double z;
  size_t end = scanFloat(s, p, &z);
  auto isJ = [&](size_t k) { return k < n && (s[k] == 'j' || s[k] == 'J'); };
  if (end != p) {
    p = end;
    if (p < n && (s[p] == '+' || s[p] == '-')) {
      *x = z;
      size_t e2 = scanFloat(s, p, y);
      if (e2 != p) p = e2;
      else { *y = s[p] == '+' ? 1.0 : -1.0; p++; }
      if (!isJ(p)) return false;
      p++;
    } else if (isJ(p)) {
      p++;
      *y = z;
    } else {
      *x = z;
    }
  } else {
    if (p < n && (s[p] == '+' || s[p] == '-')) { *y = s[p] == '+' ? 1.0 : -1.0; p++; }
    else *y = 1.0;
    if (!isJ(p)) return false;
    p++;
  }
  while (p < n && isSpace(s[p])) p++;
  if (bracket) {
    if (p >= n || s[p] != ')') return false;
    p++;
    while (p < n && isSpace(s[p])) p++;
  }
  return p == n;
}

Value fromString(PyLanguage& P, Value str, PyType* type) {
  // _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits and spaces become ASCII; any other
  // non-ASCII character cannot parse
  std::string s;
  for (char32_t c : asString(str)->toCodePoints()) {
    if (c < 128) s += char(c);
    else if (pyIsSpace(c)) s += ' ';
    else if (u_charType(UChar32(c)) == U_DECIMAL_DIGIT_NUMBER) s += char('0' + u_charDigitValue(UChar32(c)));
    else s += '?';
  }
  // _Py_string_to_number_with_underscores: single underscores between digits only
  if (s.find('_') != std::string::npos) {
    std::string clean;
    char prev = 0;
    bool bad = false;
    for (char c : s) {
      if (c == '_') { if (!asciiDigit(prev)) bad = true; }
      else {
        if (prev == '_' && !asciiDigit(c)) bad = true;
        clean += c;
      }
      prev = c;
    }
    if (prev == '_') bad = true;
    if (bad) P.raise(P.t.ValueError, "could not convert string to complex: " + P.repr(str));
    s = clean;
  }
  double x, y;
  if (s.find('\0') != std::string::npos || !parseComplex(s, &x, &y)) P.raise(P.t.ValueError, "complex() arg is a malformed string");
  return newComplex(P, x, y, type);
}

// nb_float or nb_index or a complex: what complex() accepts as a number
bool isNumberArg(PyLanguage& P, Value v) {
  if (isInteger(v) || v.isBool() || v.isDouble() || isComplex(v)) return true;
  if (!isObject(v)) return false;
  PyType* ty = P.typeOf(v);
  if (ty->builtin) return false;
  return !P.lookupType(ty, P.s("__float__")).isMagic(Magic::Empty) || !P.lookupType(ty, P.s("__index__")).isMagic(Magic::Empty);
}

// try_complex_special_method: v.__complex__() when its type has one (empty() otherwise)
Value complexSpecial(PyLanguage& P, Value v) {
  if (!isObject(v) || P.typeOf(v)->builtin) return Value::empty();
  bool found = false;
  Value r = P.callDunder(v, "__complex__", nullptr, 0, &found);
  if (!found) return Value::empty();
  if (!isComplex(r)) P.raise(P.t.TypeError, "__complex__ returned non-complex (type " + P.typeName(r) + ")");
  return r;
}

// complex.__new__(cls, real=0, imag=0)
Value c_new(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc < 1 || !isType(a[0])) P.raise(P.t.TypeError, "complex.__new__(X): X is not a type object");
  PyType* type = asType(a[0]);
  if (!P.isSubtype(type, complexType(P))) P.raise(P.t.TypeError, "complex.__new__(" + type->name->toUtf8() + "): " + type->name->toUtf8() + " is not a subtype of complex");
  Rooted rtype(vm, a[0]);
  uint32_t npos = a.argc - 1;
  if (npos > 2) P.raise(P.t.TypeError, "complex() takes at most 2 arguments (" + std::to_string(npos) + " given)");
  Value r = npos > 0 ? a[1] : Value::empty(), i = npos > 1 ? a[2] : Value::empty();
  for (size_t k = 0; k < P.kwNames.size(); k++) {
    std::string name = P.kwNames[k]->toUtf8();
    int pos = name == "real" ? 0 : name == "imag" ? 1 : -1;
    if (pos < 0) P.raise(P.t.TypeError, "'" + name + "' is an invalid keyword argument for complex()");
    if (uint32_t(pos) < npos) P.raise(P.t.TypeError, "argument for complex() given by name ('" + name + "') and position (" + std::to_string(pos + 1) + ")");
    (pos == 0 ? r : i) = P.kwValues[k];
  }
  P.kwNames.clear(); P.kwValues.clear();
  Rooted rr(vm, r.isMagic(Magic::Empty) ? Value::integer(0) : r), ri(vm, i);
  bool hasI = !i.isMagic(Magic::Empty);
  if (isComplex(rr) && !hasI && P.typeOf(rr) == complexType(P) && type == complexType(P)) return rr;
  if (isString(builtinValue(rr))) rr = builtinValue(rr);  // a str subclass instance
  if (isString(rr)) {
    if (hasI) P.raise(P.t.TypeError, "complex() can't take second arg if first is a string");
    return fromString(P, rr, type);
  }
  if (hasI && isString(ri)) P.raise(P.t.TypeError, "complex() second arg can't be a string");
  Value special = complexSpecial(P, rr);
  if (!special.isMagic(Magic::Empty)) rr = special;
  if (!isNumberArg(P, rr)) P.raise(P.t.TypeError, "complex() first argument must be a string or a number, not '" + P.typeName(rr) + "'");
  if (hasI && !isNumberArg(P, ri)) P.raise(P.t.TypeError, "complex() second argument must be a number, not '" + P.typeName(ri) + "'");
  C cr{0.0, 0.0}, ci{0.0, 0.0};
  bool crComplex = isComplex(rr), ciComplex = false;
  if (crComplex) cr = {asComplex(rr)->re, asComplex(rr)->im};
  else cr.re = P.toFloat(rr);
  if (!hasI) ci.re = cr.im;
  else if (isComplex(ri)) { ci = {asComplex(ri)->re, asComplex(ri)->im}; ciComplex = true; }
  else ci.re = P.toFloat(ri);
  if (ciComplex) cr.re -= ci.im;
  if (crComplex && hasI) ci.re += cr.im;
  return newComplex(P, cr.re, ci.re, asType(rtype));
}

}  // namespace

PyType* complexType(PyLanguage& P) { return complexTypes.at(&P); }

Value newComplex(PyLanguage& P, double re, double im, PyType* type) {
  return Value::cell(P.vm.heap.make<PyComplex>(P.vm.emptyShape(), type ? type : complexType(P), re, im));
}

void toComplexParts(PyLanguage& P, Value v, double* re, double* im) {
  VM& vm = P.vm;
  if (isComplex(v)) { *re = asComplex(v)->re; *im = asComplex(v)->im; return; }
  Rooted rv(vm, v);
  Value special = complexSpecial(P, v);
  if (!special.isMagic(Magic::Empty)) { *re = asComplex(special)->re; *im = asComplex(special)->im; return; }
  if (isString(rv) || isBytesLike(rv))  // PyFloat_AsDouble does not parse text
    P.raise(P.t.TypeError, "must be real number, not " + P.typeName(rv));
  *re = P.toFloat(rv);
  *im = 0.0;
}

Value complexPower(PyLanguage& P, double x, double y) {
  C r = power(P, {x, 0.0}, {y, 0.0});
  return newComplex(P, r.re, r.im);
}

std::string complexRepr(double re, double im) {
  if (re == 0.0 && !std::signbit(re)) return partRepr(im, false) + "j";
  return "(" + partRepr(re, false) + partRepr(im, true) + "j)";
}

void installComplex(PyLanguage& P) {
  VM& vm = P.vm;
  PyType* ty = P.newType("complex", P.t.object, false);
  complexTypes[&P] = ty;
  ty->putDirect(vm, P.s("__qualname__"), P.newStr("complex"));
  P.defNative(ty, "__new__", c_new);
  struct { const char* n; BinaryOp op; } ops[] = {
      {"add", BinaryOp::Add}, {"sub", BinaryOp::Sub}, {"mul", BinaryOp::Mul}, {"truediv", BinaryOp::Div}, {"pow", BinaryOp::Pow}};
  for (auto& o : ops) {
    P.defNative(ty, ("__" + std::string(o.n) + "__").c_str(), c_binary, int(o.op));
    P.defNative(ty, ("__r" + std::string(o.n) + "__").c_str(), c_binary, int(o.op) | 64);
  }
  P.defNative(ty, "__eq__", c_richcmp, 0);
  P.defNative(ty, "__ne__", c_richcmp, 1);
  const char* methods[] = {"conjugate", "__complex__", "__neg__", "__abs__", "__bool__", "__hash__", "__repr__", "__getnewargs__"};
  for (int k = 0; k < 8; k++) P.defNative(ty, methods[k], c_method, k);
  P.defNative(ty, "__pos__", c_method, 1);
  P.defNative(ty, "__str__", c_method, 6);
  P.defNative(ty, "__format__", c_format);
  defGetter(P, ty, "real", c_part, 0);
  defGetter(P, ty, "imag", c_part, 1);
  P.builtins->putDirect(vm, P.s("complex"), Value::cell(ty));
}

}  // namespace dualvm::py
