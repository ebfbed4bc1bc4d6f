// runtime/python/py_builtins.cpp — the builtins module (print, len, range, the type
// constructors, isinstance, min/max/sum/sorted, enumerate/zip/map/filter/reversed, ...), the
// methods of the builtin types (list, str, dict) and the format mini-language.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include "runtime/interpreter.h"
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

#define L (lang(vm))
#define SELF (a.thisValue)

static Value kwarg(PyLanguage& P, const char* name) {
  for (size_t i = 0; i < P.kwNames.size(); i++)
    if (P.kwNames[i]->toUtf8() == name) return P.kwValues[i];
  return Value::empty();
}
static void noKw(PyLanguage& P, const char* fn, std::initializer_list<const char*> allowed = {}) {
  for (String* n : P.kwNames) {
    bool ok = false;
    for (const char* x : allowed) if (n->toUtf8() == x) ok = true;
    if (!ok) P.raise(P.t.TypeError, std::string(fn) + "() got an unexpected keyword argument '" + n->toUtf8() + "'");
  }
}

// ---- format mini-language ----
std::string formatValue(PyLanguage& P, Value v, const std::string& spec) {
  if (spec.empty()) return P.str(v);
  if (isObject(v) && !P.typeOf(v)->builtin) {
    Value m = P.lookupType(P.typeOf(v), P.s("__format__"));
    if (!m.isMagic(Magic::Empty)) { Value args[2] = {v, P.newStr(spec)}; Value r = P.call(m, args, 2); return P.str(r); }
  }
  size_t i = 0;
  char fill = ' ', align = 0, sign = '-', type = 0;
  bool alt = false, zero = false, comma = false, under = false;
  int width = -1, prec = -1;
  if (spec.size() >= 2 && (spec[1] == '<' || spec[1] == '>' || spec[1] == '^' || spec[1] == '=')) { fill = spec[0]; align = spec[1]; i = 2; }
  else if (!spec.empty() && (spec[0] == '<' || spec[0] == '>' || spec[0] == '^' || spec[0] == '=')) { align = spec[0]; i = 1; }
  if (i < spec.size() && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) sign = spec[i++];
  if (i < spec.size() && spec[i] == '#') { alt = true; i++; }
  if (i < spec.size() && spec[i] == '0') { zero = true; i++; }
  while (i < spec.size() && isdigit((unsigned char)spec[i])) { width = (width < 0 ? 0 : width) * 10 + (spec[i++] - '0'); }
  if (i < spec.size() && spec[i] == ',') { comma = true; i++; }
  if (i < spec.size() && spec[i] == '_') { under = true; i++; }
  if (i < spec.size() && spec[i] == '.') { i++; prec = 0; while (i < spec.size() && isdigit((unsigned char)spec[i])) prec = prec * 10 + (spec[i++] - '0'); }
  if (i < spec.size()) type = spec[i++];
  if (i != spec.size()) P.raise(P.t.ValueError, "Invalid format specifier '" + spec + "' for object of type '" + P.typeName(v) + "'");
  std::string body, signStr;
  bool numeric = v.isInt() || v.isBool() || isBigInt(v) || v.isDouble();
  if (isString(v)) {
    if (type && type != 's') P.raise(P.t.ValueError, std::string("Unknown format code '") + type + "' for object of type 'str'");
    std::u32string cps = asString(v)->toCodePoints();
    if (prec >= 0 && size_t(prec) < cps.size()) cps.resize(prec);
    body = cpToUtf8(cps);
    if (!align) align = '<';
  } else if (numeric) {
    bool isInt = !v.isDouble();
    if (isInt && (type == 0 || type == 'd' || type == 'b' || type == 'o' || type == 'x' || type == 'X' || type == 'n' || type == 'c')) {
      Value iv = v.isBool() ? Value::integer(v.asBool()) : v;
      bool neg = bigint::sign(iv) < 0;
      Value absv = bigint::abs(P.vm.heap, iv);
      int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
      if (type == 'c') body = cpToUtf8(std::u32string(1, char32_t(absv.asInt())));
      else body = bigint::toString(absv, base);
      if (type == 'X') for (auto& c : body) c = toupper(c);
      if (comma || under) {
        std::string g; int cnt = 0; int grp = base == 10 ? 3 : 4;
        for (size_t k = body.size(); k-- > 0;) { g.insert(g.begin(), body[k]); if (++cnt % grp == 0 && k) g.insert(g.begin(), comma ? ',' : '_'); }
        body = g;
      }
      if (alt && base != 10) body = std::string("0") + (type == 'b' ? "b" : type == 'o' ? "o" : type == 'x' ? "x" : "X") + body;
      signStr = neg ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
    } else {
      double d = P.toFloat(v);
      bool neg = std::signbit(d) && !(d != d);
      double ad = std::fabs(d);
      char buf[512];
      char ty = type ? type : 0;
      if (ty == 0 && prec < 0) body = PyLanguage::floatRepr(ad);
      else {
        if (ty == 0) ty = 'g';
        if (ty == '%') { snprintf(buf, sizeof buf, "%.*f", prec < 0 ? 6 : prec, ad * 100); body = std::string(buf) + "%"; }
        else if (ty == 'f' || ty == 'F' || ty == 'e' || ty == 'E' || ty == 'g' || ty == 'G') {
          char f[8] = {'%', '.', '*', ty, 0};
          if (alt) { f[1] = '#'; f[2] = '.'; f[3] = '*'; f[4] = ty; f[5] = 0; }
          snprintf(buf, sizeof buf, f, prec < 0 ? 6 : prec, ad);
          body = buf;
          if (!type && body.find_first_of(".eEn") == std::string::npos) {}
        } else P.raise(P.t.ValueError, std::string("Unknown format code '") + type + "' for object of type '" + P.typeName(v) + "'");
      }
      if (comma || under) {
        size_t dot = body.find_first_of(".eE%");
        std::string ip = body.substr(0, dot), rest = dot == std::string::npos ? "" : body.substr(dot), g;
        int cnt = 0;
        for (size_t k = ip.size(); k-- > 0;) { g.insert(g.begin(), ip[k]); if (++cnt % 3 == 0 && k) g.insert(g.begin(), comma ? ',' : '_'); }
        body = g + rest;
      }
      signStr = neg ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
    }
    if (!align) { align = zero ? '=' : '>'; if (zero) fill = '0'; }
  } else {
    body = P.str(v);
    if (!align) align = '<';
  }
  std::u32string b32;
  { String* s = String::fromUtf8(P.vm.heap, signStr + body); b32 = s->toCodePoints(); }
  int len = int(b32.size());
  if (width <= len) return signStr + body;
  int pad = width - len;
  std::string f(1, fill);
  auto rep = [&](int n) { std::string r; for (int k = 0; k < n; k++) r += f; return r; };
  switch (align) {
    case '<': return signStr + body + rep(pad);
    case '^': return rep(pad / 2) + signStr + body + rep(pad - pad / 2);
    case '=': return signStr + rep(pad) + body;
    default: return rep(pad) + signStr + body;
  }
}

Value percentFormat(PyLanguage& P, String* fmt, Value args) {
  VM& vm = P.vm;
  Rooted ra(vm, args);
  std::u32string f = fmt->toCodePoints();
  std::string out;
  size_t ai = 0;
  bool tuple = isArray(args) && asObject(args)->classTag() == kTagTuple;
  auto nextArg = [&]() -> Value {
    if (tuple) {
      auto& els = asArray(ra)->elements;
      if (ai >= els.size()) P.raise(P.t.TypeError, "not enough arguments for format string");
      return els[ai++];
    }
    if (ai++ > 0) P.raise(P.t.TypeError, "not enough arguments for format string");
    return ra;
  };
  for (size_t i = 0; i < f.size(); i++) {
    if (f[i] != '%') { out += cpToUtf8(std::u32string(1, f[i])); continue; }
    if (++i >= f.size()) P.raise(P.t.ValueError, "incomplete format");
    std::string spec;
    Value mapArg = Value::empty();
    if (f[i] == '(') {
      size_t e = f.find(')', i);
      std::u32string key = f.substr(i + 1, e - i - 1);
      mapArg = P.getElement(vm, ra, P.newStrCp(key));
      i = e + 1;
    }
    while (i < f.size() && std::u32string(U"-+ #0123456789.").find(f[i]) != std::u32string::npos) spec += char(f[i++]);
    char c = char(f[i]);
    if (c == '%') { out += '%'; continue; }
    Rooted v(vm, mapArg.isMagic(Magic::Empty) ? nextArg() : mapArg);
    if (c == 's') { std::string s = P.str(v); out += formatValue(P, P.newStr(s), spec.empty() ? "" : (spec[0] == '-' ? "<" + spec.substr(1) : ">" + spec)); continue; }
    if (c == 'r') { out += P.repr(v); continue; }
    std::string ps;
    size_t k = 0;
    bool left = false; std::string flags;
    while (k < spec.size() && (spec[k] == '-' || spec[k] == '+' || spec[k] == ' ' || spec[k] == '#' || spec[k] == '0')) { if (spec[k] == '-') left = true; else flags += spec[k]; k++; }
    std::string rest = spec.substr(k);
    std::string conv = (c == 'i' || c == 'u') ? "d" : std::string(1, c);
    if ((conv == "d" || conv == "x" || conv == "X" || conv == "o") && v.get().isDouble()) v = P.toInt(v);
    if (conv == "f" || conv == "e" || conv == "g" || conv == "F" || conv == "E" || conv == "G") { if (!v.get().isDouble() && !isInteger(v) && !v.get().isBool()) P.raise(P.t.TypeError, "must be real number, not " + P.typeName(v)); }
    else if (!isInteger(v) && !v.get().isBool()) P.raise(P.t.TypeError, "%" + conv + " format: a real number is required, not " + P.typeName(v));
    std::string fs = (left ? "<" : "") + std::string(flags.find('+') != std::string::npos ? "+" : "") + (flags.find('0') != std::string::npos && !left ? "0" : "") + rest + conv;
    out += formatValue(P, v, fs);
  }
  if (tuple && ai < asArray(ra)->elements.size()) P.raise(P.t.TypeError, "not all arguments converted during string formatting");
  if (!tuple && ai == 0 && !isDict(ra)) P.raise(P.t.TypeError, "not all arguments converted during string formatting");
  return P.newStr(out);
}

Value PyLanguage::toInt(Value v) {
  if (v.isInt() || isBigInt(v)) return v;
  if (v.isBool()) return Value::integer(v.asBool());
  if (v.isDouble()) {
    double d = v.asDouble();
    if (d != d) raise(t.ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) raise(t.OverflowError, "cannot convert float infinity to integer");
    return bigint::fromDouble(vm.heap, std::trunc(d));
  }
  if (isString(v)) {
    std::string s = asString(v)->toUtf8(), clean;
    size_t a = s.find_first_not_of(" \t\n\r"), b = s.find_last_not_of(" \t\n\r");
    std::string t0 = a == std::string::npos ? "" : s.substr(a, b - a + 1);
    for (char c : t0) if (c != '_') clean += c;
    Value out;
    if (clean.empty() || !bigint::parse(vm.heap, clean, 10, &out)) raise(t.ValueError, "invalid literal for int() with base 10: " + repr(v));
    return out;
  }
  bool found = false;
  if (isObject(v) && !typeOf(v)->builtin) {
    Value r = callDunder(v, "__int__", nullptr, 0, &found);
    if (found) return r;
    r = callDunder(v, "__index__", nullptr, 0, &found);
    if (found) return r;
  }
  raise(t.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" + typeName(v) + "'");
}

double PyLanguage::toFloat(Value v) {
  if (v.isDouble()) return v.asDouble();
  if (v.isInt()) return v.asInt();
  if (v.isBool()) return v.asBool();
  if (isBigInt(v)) { bool of = false; double d = bigint::toDouble(v, &of); if (of) raise(t.OverflowError, "int too large to convert to float"); return d; }
  if (isString(v)) {
    std::string s = asString(v)->toUtf8();
    size_t a = s.find_first_not_of(" \t\n\r"), b = s.find_last_not_of(" \t\n\r");
    std::string t0 = a == std::string::npos ? "" : s.substr(a, b - a + 1);
    std::string low; for (char c : t0) low += char(tolower(c));
    if (low == "inf" || low == "+inf" || low == "infinity" || low == "+infinity") return INFINITY;
    if (low == "-inf" || low == "-infinity") return -INFINITY;
    if (low == "nan" || low == "+nan" || low == "-nan") return NAN;
    char* end = nullptr;
    double d = strtod(t0.c_str(), &end);
    if (t0.empty() || *end || low.find("x") != std::string::npos) raise(t.ValueError, "could not convert string to float: " + repr(v));
    return d;
  }
  bool found = false;
  if (isObject(v) && !typeOf(v)->builtin) {
    Value r = callDunder(v, "__float__", nullptr, 0, &found);
    if (found) return toFloat(r);
  }
  raise(t.TypeError, "float() argument must be a string or a real number, not '" + typeName(v) + "'");
}

// ---- builtin functions ----

static Value b_print(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  noKw(P, "print", {"sep", "end", "file", "flush"});
  Value sepV = kwarg(P, "sep"), endV = kwarg(P, "end"), fileV = kwarg(P, "file");
  std::string sep = sepV.isMagic(Magic::Empty) || sepV.isNull() ? " " : P.str(sepV);
  std::string end = endV.isMagic(Magic::Empty) || endV.isNull() ? "\n" : P.str(endV);
  std::vector<String*> none;
  auto saved = P.kwNames; P.kwNames.clear(); P.kwValues.clear();
  std::string out;
  for (uint32_t i = 0; i < a.argc; i++) {
    if (i) out += sep;
    out += P.str(a.argv[i]);
  }
  out += end;
  bool toErr = false;
  if (!fileV.isMagic(Magic::Empty) && !fileV.isNull()) {
    Value fd = P.getAttr(fileV, P.s("__dualvm_fd__"), false);
    if (fd.isInt() && fd.asInt() == 2) toErr = true;
    else if (!fd.isInt()) { Rooted f(vm, fileV); Value s = P.newStr(out); P.callMethod(f, "write", &s, 1); return Value::null(); }
  }
  if (toErr) { fflush(stdout); fwrite(out.data(), 1, out.size(), stderr); }
  else fwrite(out.data(), 1, out.size(), stdout);
  return Value::null();
}

static int64_t lenOf(PyLanguage& P, Value v) {
  if (isString(v)) { String* s = asString(v); return s->encoding() == String::TwoByte ? int64_t(s->toCodePoints().size()) : s->length(); }
  if (isArray(v)) return int64_t(asArray(v)->elements.size());
  if (isDict(v)) return asDict(v)->live;
  if (isBox(v, kTagRange)) {
    PyBox* r = asBox(v);
    int64_t a = P.toIndex(r->a), b = P.toIndex(r->b), st = P.toIndex(r->c);
    return st > 0 ? (b > a ? (b - a + st - 1) / st : 0) : (a > b ? (a - b - st - 1) / -st : 0);
  }
  bool found = false;
  if (isObject(v) && !P.typeOf(v)->builtin) {
    Value r = P.callDunder(v, "__len__", nullptr, 0, &found);
    if (found) {
      if (!isInteger(r)) P.raise(P.t.TypeError, "'" + P.typeName(r) + "' object cannot be interpreted as an integer");
      if (bigint::sign(r) < 0) P.raise(P.t.ValueError, "__len__() should return >= 0");
      return P.toIndex(r);
    }
  }
  P.raise(P.t.TypeError, "object of type '" + P.typeName(v) + "' has no len()");
}

static Value b_len(VM& vm, CallArgs& a) {
  if (a.argc != 1) L.raise(L.t.TypeError, "len() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  return Value::fromInt64(lenOf(L, a[0]));
}
static Value b_repr(VM& vm, CallArgs& a) { return L.reprValue(a[0]); }
static Value b_isinstance(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value cls = a[1];
  if (isArray(cls)) { for (Value c : asArray(cls)->elements) if (isType(c) && P.isInstance(a[0], asType(c))) return Value::boolean(true); return Value::boolean(false); }
  if (!isType(cls)) P.raise(P.t.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return Value::boolean(P.isInstance(a[0], asType(cls)));
}
static Value b_issubclass(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (!isType(a[0])) P.raise(P.t.TypeError, "issubclass() arg 1 must be a class");
  Value cls = a[1];
  if (isArray(cls)) { for (Value c : asArray(cls)->elements) if (isType(c) && P.isSubtype(asType(a[0]), asType(c))) return Value::boolean(true); return Value::boolean(false); }
  if (!isType(cls)) P.raise(P.t.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return Value::boolean(P.isSubtype(asType(a[0]), asType(cls)));
}
static Value b_abs(VM& vm, CallArgs& a) {
  Value v = a[0];
  if (v.isBool()) v = Value::integer(v.asBool());
  if (isInteger(v)) return bigint::abs(vm.heap, v);
  if (v.isDouble()) return Value::number(std::fabs(v.asDouble()));
  bool f = false;
  Value r = L.callDunder(v, "__abs__", nullptr, 0, &f);
  if (f) return r;
  L.raise(L.t.TypeError, "bad operand type for abs(): '" + L.typeName(v) + "'");
}
static Value minmax(VM& vm, CallArgs& a, bool isMax) {
  PyLanguage& P = L;
  Value key = kwarg(P, "key"), dflt = kwarg(P, "default");
  Rooted rk(vm, key.isMagic(Magic::Empty) ? Value::null() : key), rd(vm, dflt);
  P.kwNames.clear(); P.kwValues.clear();
  RootedVector items(vm);
  if (a.argc == 1) P.collect(a[0], items);
  else for (uint32_t i = 0; i < a.argc; i++) items.push(a.argv[i]);
  const char* name = isMax ? "max" : "min";
  if (items.size() == 0) {
    if (!rd.get().isMagic(Magic::Empty)) return rd;
    P.raise(P.t.ValueError, std::string(name) + "() arg is an empty sequence");
  }
  Rooted best(vm, items[0]), bestKey(vm, rk.get().isNull() ? items[0] : P.call(rk, &items[0], 1));
  for (size_t i = 1; i < items.size(); i++) {
    Rooted k(vm, rk.get().isNull() ? items[i] : P.call(rk, &items[i], 1));
    Value c = P.compare(vm, isMax ? CompareOp::Gt : CompareOp::Lt, k, bestKey);
    if (P.truthy(vm, c)) { best = items[i]; bestKey = k.get(); }
  }
  return best;
}
static Value b_max(VM& vm, CallArgs& a) { return minmax(vm, a, true); }
static Value b_min(VM& vm, CallArgs& a) { return minmax(vm, a, false); }
static Value b_sum(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  RootedVector items(vm);
  P.collect(a[0], items);
  Value st = kwarg(P, "start");
  Rooted acc(vm, a.argc > 1 ? a[1] : st.isMagic(Magic::Empty) ? Value::integer(0) : st);
  for (size_t i = 0; i < items.size(); i++) acc = P.binary(vm, BinaryOp::Add, acc, items[i]);
  return acc;
}
static Value b_range(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc == 0) P.raise(P.t.TypeError, "range expected at least 1 argument, got 0");
  if (a.argc > 3) P.raise(P.t.TypeError, "range expected at most 3 arguments, got " + std::to_string(a.argc));
  for (uint32_t i = 0; i < a.argc; i++) if (!isInteger(a.argv[i]) && !a.argv[i].isBool()) P.raise(P.t.TypeError, "'" + P.typeName(a.argv[i]) + "' object cannot be interpreted as an integer");
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), P.t.range, kTagRange);
  if (a.argc == 1) { b->a = Value::integer(0); b->b = a[0]; b->c = Value::integer(1); }
  else { b->a = a[0]; b->b = a[1]; b->c = a.argc > 2 ? a[2] : Value::integer(1); }
  if (P.toIndex(b->c) == 0) P.raise(P.t.ValueError, "range() arg 3 must not be zero");
  return Value::cell(b);
}
static Value b_str(VM& vm, CallArgs& a) { if (a.argc == 0) return L.newStr(""); return L.newStr(L.str(a[0])); }
static Value b_int(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc == 0) return Value::integer(0);
  Value base = a.argc > 1 ? a[1] : kwarg(P, "base");
  P.kwNames.clear(); P.kwValues.clear();
  if (!base.isMagic(Magic::Empty) && !base.isUndefined()) {
    if (!isString(a[0])) P.raise(P.t.TypeError, "int() can't convert non-string with explicit base");
    int b = int(P.toIndex(base));
    std::string s = asString(a[0])->toUtf8(), clean;
    size_t x = s.find_first_not_of(" \t\n"), y = s.find_last_not_of(" \t\n");
    std::string t0 = x == std::string::npos ? "" : s.substr(x, y - x + 1);
    for (char c : t0) if (c != '_') clean += c;
    bool neg = false;
    if (!clean.empty() && (clean[0] == '-' || clean[0] == '+')) { neg = clean[0] == '-'; clean = clean.substr(1); }
    if ((b == 16 || b == 0) && clean.size() > 2 && clean[0] == '0' && (clean[1] == 'x' || clean[1] == 'X')) { clean = clean.substr(2); b = 16; }
    else if ((b == 8 || b == 0) && clean.size() > 2 && clean[0] == '0' && (clean[1] == 'o' || clean[1] == 'O')) { clean = clean.substr(2); b = 8; }
    else if ((b == 2 || b == 0) && clean.size() > 2 && clean[0] == '0' && (clean[1] == 'b' || clean[1] == 'B')) { clean = clean.substr(2); b = 2; }
    if (b == 0) b = 10;
    Value out;
    if (clean.empty() || !bigint::parse(vm.heap, clean, b, &out))
      P.raise(P.t.ValueError, "invalid literal for int() with base " + std::to_string(P.toIndex(base)) + ": " + P.repr(a[0]));
    return neg ? bigint::negate(vm.heap, out) : out;
  }
  return P.toInt(a[0]);
}
static Value b_float(VM& vm, CallArgs& a) { return Value::number(a.argc ? L.toFloat(a[0]) : 0.0); }
static Value b_bool(VM& vm, CallArgs& a) { return Value::boolean(a.argc ? L.truthy(vm, a[0]) : false); }
static Value b_list(VM& vm, CallArgs& a) {
  RootedVector items(vm);
  if (a.argc) L.collect(a[0], items);
  return L.newList(items.data(), items.size());
}
static Value b_tuple(VM& vm, CallArgs& a) {
  if (a.argc && isArray(a[0]) && asObject(a[0])->classTag() == kTagTuple) return a[0];
  RootedVector items(vm);
  if (a.argc) L.collect(a[0], items);
  return L.newTuple(items.data(), items.size());
}
static Value b_dict(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted d(vm, P.newDict());
  if (a.argc) {
    if (isDict(a[0])) { for (size_t i = 0; i < asDict(a[0])->entries.size(); i++) { DictEntry e = asDict(a[0])->entries[i]; if (!e.key.isMagic(Magic::Empty)) P.dictSet(asDict(d), e.key, e.value); } }
    else {
      RootedVector items(vm);
      P.collect(a[0], items);
      for (size_t i = 0; i < items.size(); i++) {
        RootedVector kv(vm);
        P.collect(items[i], kv);
        if (kv.size() != 2) P.raise(P.t.ValueError, "dictionary update sequence element #" + std::to_string(i) + " has length " + std::to_string(kv.size()) + "; 2 is required");
        P.dictSet(asDict(d), kv[0], kv[1]);
      }
    }
  }
  for (size_t i = 0; i < P.kwNames.size(); i++) P.dictSet(asDict(d), Value::cell(P.kwNames[i]), P.kwValues[i]);
  P.kwNames.clear(); P.kwValues.clear();
  return d;
}
static Value b_type(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc == 1) return Value::cell(P.typeOf(a[0]));
  if (a.argc == 3) return P.createClass(P.t.type, vm.intern(asString(a[0])), a[1], asDict(a[2]));
  P.raise(P.t.TypeError, "type() takes 1 or 3 arguments");
}
static Value b_object(VM& vm, CallArgs&) { return Value::cell(vm.heap.make<Object>(vm.emptyShape(), L.t.object)); }
static Value b_exception(VM& vm, CallArgs& a) {
  // constructor of builtin exception types: thisValue is the type
  PyLanguage& P = L;
  PyType* ty = isType(a.thisValue) ? asType(a.thisValue) : P.t.Exception;
  Rooted e(vm, P.makeException(ty, ""));
  asObject(e)->setProto(ty);
  asObject(e)->putDirect(vm, P.s("args"), P.newTuple(a.argv, a.argc));
  if (ty == P.t.StopIteration || P.isSubtype(ty, P.t.StopIteration)) asObject(e)->putDirect(vm, P.s("value"), a.argc ? a[0] : Value::null());
  if (ty == P.t.SystemExit) asObject(e)->putDirect(vm, P.s("code"), a.argc ? a[0] : Value::null());
  return e;
}
static Value b_chr(VM& vm, CallArgs& a) { int64_t c = L.toIndex(a[0]); if (c < 0 || c > 0x10ffff) L.raise(L.t.ValueError, "chr() arg not in range(0x110000)"); return L.newStrCp(std::u32string(1, char32_t(c))); }
static Value b_ord(VM& vm, CallArgs& a) {
  if (!isString(a[0])) L.raise(L.t.TypeError, "ord() expected string of length 1, but " + L.typeName(a[0]) + " found");
  std::u32string c = asString(a[0])->toCodePoints();
  if (c.size() != 1) L.raise(L.t.TypeError, "ord() expected a character, but string of length " + std::to_string(c.size()) + " found");
  return Value::integer(int32_t(c[0]));
}
static Value b_hash(VM& vm, CallArgs& a) { return bigint::fromInt64(vm.heap, L.hash(a[0])); }
static Value b_id(VM& vm, CallArgs& a) { return bigint::fromInt64(vm.heap, a[0].isCell() ? int64_t(uintptr_t(a[0].asCell())) : int64_t(a[0].bits() & 0xffffffffffff)); }
static Value b_callable(VM& vm, CallArgs& a) {
  Value v = a[0];
  bool c = isClosure(v) || isNativeFunction(v) || isKind(v, CellKind::BoundFunction) || isType(v) || (isObject(v) && !L.lookupType(L.typeOf(v), L.s("__call__")).isMagic(Magic::Empty) && !L.typeOf(v)->builtin);
  return Value::boolean(c);
}
static Value b_getattr(VM& vm, CallArgs& a) {
  if (!isString(a[1])) L.raise(L.t.TypeError, "attribute name must be string, not '" + L.typeName(a[1]) + "'");
  if (a.argc > 2) {
    try { return L.getAttr(a[0], vm.intern(asString(a[1]))); }
    catch (ScriptThrow&) { if (L.isInstance(vm.exception, L.t.AttributeError)) return a[2]; throw; }
  }
  return L.getAttr(a[0], vm.intern(asString(a[1])));
}
static Value b_setattr(VM& vm, CallArgs& a) { L.setAttr(a[0], vm.intern(asString(a[1])), a[2]); return Value::null(); }
static Value b_hasattr(VM& vm, CallArgs& a) {
  try { L.getAttr(a[0], vm.intern(asString(a[1]))); return Value::boolean(true); }
  catch (ScriptThrow&) { if (L.isInstance(vm.exception, L.t.AttributeError)) return Value::boolean(false); throw; }
}
static Value b_iter(VM& vm, CallArgs& a) { return L.getIterator(vm, a[0], false); }
static Value b_next(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (!isPyIter(a[0]) && !isKind(a[0], CellKind::Generator) && P.lookupType(P.typeOf(a[0]), P.s("__next__")).isMagic(Magic::Empty))
    P.raise(P.t.TypeError, "'" + P.typeName(a[0]) + "' object is not an iterator");
  bool done = false;
  Value v = P.next(a[0], &done);
  if (done) {
    if (a.argc > 1) return a[1];
    Rooted rv(vm, v.isUndefined() ? Value::null() : v);
    Value e = P.makeException(P.t.StopIteration, "");
    Rooted re(vm, e);
    if (!rv.get().isNull()) asObject(re)->putDirect(vm, P.s("args"), P.newTuple(rv.address(), 1));
    asObject(re)->putDirect(vm, P.s("value"), rv);
    vm.throwValue(re);
  }
  return v;
}
static Value makeIter(VM& vm, PyIter::Kind k, Value src, Value extra) {
  Rooted rs(vm, src), re(vm, extra);
  PyIter* it = vm.heap.make<PyIter>(vm.emptyShape(), L.t.iterator);
  it->kind = k; it->source = rs; it->extra = re;
  return Value::cell(it);
}
static Value b_enumerate(VM& vm, CallArgs& a) {
  Value st = a.argc > 1 ? a[1] : kwarg(L, "start");
  L.kwNames.clear(); L.kwValues.clear();
  Rooted it(vm, L.getIterator(vm, a[0], false));
  Value v = makeIter(vm, PyIter::Enumerate, it, Value::undefined());
  static_cast<PyIter*>(asObject(v))->index = st.isMagic(Magic::Empty) ? 0 : L.toIndex(st);
  return v;
}
static Value b_zip(VM& vm, CallArgs& a) {
  RootedVector its(vm);
  for (uint32_t i = 0; i < a.argc; i++) its.push(L.getIterator(vm, a.argv[i], false));
  Rooted t(vm, L.newList(its.data(), its.size()));
  return makeIter(vm, PyIter::Zip, t, Value::undefined());
}
static Value b_map(VM& vm, CallArgs& a) {
  RootedVector its(vm);
  for (uint32_t i = 1; i < a.argc; i++) its.push(L.getIterator(vm, a.argv[i], false));
  Rooted t(vm, L.newList(its.data(), its.size()));
  return makeIter(vm, PyIter::Map, t, a[0]);
}
static Value b_filter(VM& vm, CallArgs& a) {
  Rooted it(vm, L.getIterator(vm, a[1], false));
  return makeIter(vm, PyIter::Filter, it, a[0]);
}
static Value b_reversed(VM& vm, CallArgs& a) {
  Rooted src(vm, a[0]);
  if (!isArray(src)) {
    bool f = false;
    if (isObject(src) && !L.typeOf(src)->builtin) { Value r = L.callDunder(src, "__reversed__", nullptr, 0, &f); if (f) return r; }
    RootedVector items(vm);
    L.collect(src, items);
    src = L.newList(items.data(), items.size());
  }
  Value v = makeIter(vm, PyIter::Reversed, src, Value::undefined());
  static_cast<PyIter*>(asObject(v))->index = int64_t(asArray(src)->elements.size()) - 1;
  return v;
}

Value builtinIterNext(PyLanguage& P, PyIter* it, bool* done) {
  VM& vm = P.vm;
  Rooted rit(vm, Value::cell(it));
  switch (it->kind) {
    case PyIter::Enumerate: {
      Value v = P.next(it->source, done);
      if (*done) return v;
      Rooted rv(vm, v);
      PyIter* self = static_cast<PyIter*>(asObject(rit));
      Value pair[2] = {bigint::fromInt64(vm.heap, self->index++), rv};
      Rooted k(vm, pair[0]);
      pair[0] = k;
      return P.newTuple(pair, 2);
    }
    case PyIter::Zip: {
      RootedVector vals(vm);
      size_t n = asArray(it->source)->elements.size();
      if (n == 0) { *done = true; return Value::undefined(); }
      for (size_t i = 0; i < n; i++) {
        Value v = P.next(asArray(static_cast<PyIter*>(asObject(rit))->source)->elements[i], done);
        if (*done) return Value::undefined();
        vals.push(v);
      }
      return P.newTuple(vals.data(), vals.size());
    }
    case PyIter::Map: {
      RootedVector vals(vm);
      size_t n = asArray(it->source)->elements.size();
      for (size_t i = 0; i < n; i++) {
        Value v = P.next(asArray(static_cast<PyIter*>(asObject(rit))->source)->elements[i], done);
        if (*done) return Value::undefined();
        vals.push(v);
      }
      return P.call(static_cast<PyIter*>(asObject(rit))->extra, vals.data(), uint32_t(vals.size()));
    }
    case PyIter::Filter: {
      for (;;) {
        Value v = P.next(static_cast<PyIter*>(asObject(rit))->source, done);
        if (*done) return v;
        Rooted rv(vm, v);
        Value fn = static_cast<PyIter*>(asObject(rit))->extra;
        bool keep = fn.isNullish() ? P.truthy(vm, rv) : P.truthy(vm, P.call(fn, rv.address(), 1));
        if (keep) return rv;
      }
    }
    default: *done = true; return Value::undefined();
  }
}

// sorting: stable merge sort with key/reverse
static void sortValues(PyLanguage& P, RootedVector& items, Value key, bool reverse) {
  VM& vm = P.vm;
  Rooted rk(vm, key);
  RootedVector keys(vm);
  for (size_t i = 0; i < items.size(); i++) keys.push(key.isNullish() ? items[i] : P.call(rk, &items[i], 1));
  std::vector<size_t> idx(items.size());
  for (size_t i = 0; i < idx.size(); i++) idx[i] = i;
  std::stable_sort(idx.begin(), idx.end(), [&](size_t x, size_t y) {
    Value a = reverse ? keys[y] : keys[x], b = reverse ? keys[x] : keys[y];
    if (a.isInt() && b.isInt()) return a.asInt() < b.asInt();
    return P.truthy(vm, P.compare(vm, CompareOp::Lt, a, b));
  });
  std::vector<Value> out;
  for (size_t i : idx) out.push_back(items[i]);
  items.vec() = out;
  items.sync();
}
static Value b_sorted(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value key = kwarg(P, "key"), rev = kwarg(P, "reverse");
  Rooted rk(vm, key.isMagic(Magic::Empty) ? Value::null() : key);
  bool reverse = !rev.isMagic(Magic::Empty) && P.truthy(vm, rev);
  P.kwNames.clear(); P.kwValues.clear();
  RootedVector items(vm);
  P.collect(a[0], items);
  sortValues(P, items, rk, reverse);
  return P.newList(items.data(), items.size());
}
static Value b_any(VM& vm, CallArgs& a) { RootedVector items(vm); L.collect(a[0], items); for (size_t i = 0; i < items.size(); i++) if (L.truthy(vm, items[i])) return Value::boolean(true); return Value::boolean(false); }
static Value b_all(VM& vm, CallArgs& a) { RootedVector items(vm); L.collect(a[0], items); for (size_t i = 0; i < items.size(); i++) if (!L.truthy(vm, items[i])) return Value::boolean(false); return Value::boolean(true); }
static Value b_divmod(VM& vm, CallArgs& a) {
  Rooted q(vm, L.binary(vm, BinaryOp::FloorDiv, a[0], a[1]));
  Rooted r(vm, L.binary(vm, BinaryOp::Mod, a[0], a[1]));
  Value p[2] = {q, r};
  return L.newTuple(p, 2);
}
static Value b_pow(VM& vm, CallArgs& a) {
  if (a.argc == 3) {
    mpz_t b, e, m, r; mpz_inits(b, e, m, r, nullptr);
    bigint::toMpz(L.toInt(a[0]), b); bigint::toMpz(L.toInt(a[1]), e); bigint::toMpz(L.toInt(a[2]), m);
    if (mpz_sgn(m) == 0) { mpz_clears(b, e, m, r, nullptr); L.raise(L.t.ValueError, "pow() 3rd argument cannot be 0"); }
    mpz_powm(r, b, e, m);
    if (mpz_sgn(r) != 0 && mpz_sgn(m) < 0) mpz_add(r, r, m);
    Value out = bigint::fromMpz(vm.heap, r);
    mpz_clears(b, e, m, r, nullptr);
    return out;
  }
  return L.binary(vm, BinaryOp::Pow, a[0], a[1]);
}
static Value b_round(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value v = a[0];
  if (isInteger(v) || v.isBool()) return P.toInt(v);
  if (!v.isDouble()) { bool f; Value r = P.callDunder(v, "__round__", a.argv + 1, a.argc > 1 ? 1 : 0, &f); if (f) return r; P.raise(P.t.TypeError, "type " + P.typeName(v) + " doesn't define __round__ method"); }
  double d = v.asDouble();
  if (a.argc < 2 || a[1].isNull()) {
    if (std::isinf(d)) P.raise(P.t.OverflowError, "cannot convert float infinity to integer");
    if (d != d) P.raise(P.t.ValueError, "cannot convert float NaN to integer");
    double r = std::nearbyint(d);  // banker's rounding (default FE_TONEAREST)
    return bigint::fromDouble(vm.heap, r);
  }
  int64_t nd = P.toIndex(a[1]);
  char buf[512];
  snprintf(buf, sizeof buf, "%.*f", int(std::max<int64_t>(0, std::min<int64_t>(nd, 300))), d);
  double r = strtod(buf, nullptr);
  if (nd < 0) { double p = std::pow(10.0, double(-nd)); r = std::nearbyint(d / p) * p; }
  return Value::number(r);
}
static Value b_hex(VM& vm, CallArgs& a) { Value v = L.toInt(a[0]); bool neg = bigint::sign(v) < 0; return L.newStr(std::string(neg ? "-" : "") + "0x" + bigint::toString(bigint::abs(vm.heap, v), 16)); }
static Value b_bin(VM& vm, CallArgs& a) { Value v = L.toInt(a[0]); bool neg = bigint::sign(v) < 0; return L.newStr(std::string(neg ? "-" : "") + "0b" + bigint::toString(bigint::abs(vm.heap, v), 2)); }
static Value b_oct(VM& vm, CallArgs& a) { Value v = L.toInt(a[0]); bool neg = bigint::sign(v) < 0; return L.newStr(std::string(neg ? "-" : "") + "0o" + bigint::toString(bigint::abs(vm.heap, v), 8)); }
static Value b_format(VM& vm, CallArgs& a) { return L.newStr(formatValue(L, a[0], a.argc > 1 ? L.str(a[1]) : "")); }
static Value b_input(VM& vm, CallArgs& a) {
  if (a.argc) { std::string p = L.str(a[0]); fwrite(p.data(), 1, p.size(), stdout); fflush(stdout); }
  std::string line;
  if (!std::getline(std::cin, line)) L.raise(L.t.RuntimeError, "EOF when reading a line");
  return L.newStr(line);
}
static Value b_property(VM& vm, CallArgs& a) {
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), L.t.property, kTagProperty);
  b->a = a.argc > 0 ? a[0] : Value::null();
  b->b = a.argc > 1 ? a[1] : Value::null();
  b->c = a.argc > 2 ? a[2] : Value::null();
  return Value::cell(b);
}
static Value b_classmethod(VM& vm, CallArgs& a) { PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), L.t.classmethod, kTagClassMethod); b->a = a[0]; return Value::cell(b); }
static Value b_staticmethod(VM& vm, CallArgs& a) { PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), L.t.staticmethod, kTagStaticMethod); b->a = a[0]; return Value::cell(b); }
static Value prop_setter(VM& vm, CallArgs& a) {
  PyBox* old = asBox(a.thisValue);
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), L.t.property, kTagProperty);
  old = asBox(a.thisValue);
  b->a = old->a; b->b = old->b; b->c = old->c;
  if (asNativeFunction(Value::cell(a.callee))->magic == 0) b->b = a[0]; else if (asNativeFunction(Value::cell(a.callee))->magic == 1) b->a = a[0]; else b->c = a[0];
  return Value::cell(b);
}
static Value b_super(VM& vm, CallArgs& a) {
  if (a.argc != 2 || !isType(a[0])) L.raise(L.t.RuntimeError, "super(): no arguments");
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), L.t.super, kTagSuper);
  b->a = a[0];
  b->b = a[1];
  return Value::cell(b);
}
static Value b_exit(VM& vm, CallArgs& a) {
  Value args[1] = {a.argc ? a[0] : Value::null()};
  Value e = L.call(Value::cell(L.t.SystemExit), args, a.argc ? 1 : 0);
  vm.throwValue(e);
}

// ---- methods of builtin types (self = thisValue) ----
static ArrayObject* listSelf(VM& vm, CallArgs& a) {
  if (!isArray(a.thisValue)) L.raise(L.t.TypeError, "descriptor requires a 'list' object");
  return asArray(a.thisValue);
}
static Value l_append(VM& vm, CallArgs& a) { listSelf(vm, a)->push(a[0]); return Value::null(); }
static Value l_extend(VM& vm, CallArgs& a) { RootedVector items(vm); L.collect(a[0], items); for (size_t i = 0; i < items.size(); i++) listSelf(vm, a)->push(items[i]); return Value::null(); }
static Value l_pop(VM& vm, CallArgs& a) {
  auto& els = listSelf(vm, a)->elements;
  if (els.empty()) L.raise(L.t.IndexError, "pop from empty list");
  int64_t i = a.argc ? L.toIndex(a[0]) : int64_t(els.size()) - 1;
  if (i < 0) i += int64_t(els.size());
  if (i < 0 || i >= int64_t(els.size())) L.raise(L.t.IndexError, "pop index out of range");
  Value v = els[i];
  els.erase(els.begin() + i);
  return v;
}
static Value l_insert(VM& vm, CallArgs& a) {
  auto* l = listSelf(vm, a);
  int64_t n = int64_t(l->elements.size()), i = L.toIndex(a[0]);
  if (i < 0) { i += n; if (i < 0) i = 0; } else if (i > n) i = n;
  writeBarrier(l, a[1]);
  l->elements.insert(l->elements.begin() + i, a[1]);
  return Value::null();
}
static Value l_index(VM& vm, CallArgs& a) {
  Rooted self(vm, a.thisValue);
  for (size_t i = 0; i < asArray(self)->elements.size(); i++) if (L.eq(asArray(self)->elements[i], a[0])) return Value::fromInt64(int64_t(i));
  L.raise(L.t.ValueError, (asObject(self)->classTag() == kTagTuple ? "tuple.index(x): x not in tuple" : L.repr(a[0]) + " is not in list"));
}
static Value l_count(VM& vm, CallArgs& a) {
  Rooted self(vm, a.thisValue);
  int64_t c = 0;
  for (size_t i = 0; i < asArray(self)->elements.size(); i++) if (L.eq(asArray(self)->elements[i], a[0])) c++;
  return Value::fromInt64(c);
}
static Value l_remove(VM& vm, CallArgs& a) {
  Rooted self(vm, a.thisValue);
  for (size_t i = 0; i < asArray(self)->elements.size(); i++)
    if (L.eq(asArray(self)->elements[i], a[0])) { asArray(self)->elements.erase(asArray(self)->elements.begin() + i); return Value::null(); }
  L.raise(L.t.ValueError, "list.remove(x): x not in list");
}
static Value l_reverse(VM& vm, CallArgs& a) { auto& e = listSelf(vm, a)->elements; std::reverse(e.begin(), e.end()); return Value::null(); }
static Value l_clear(VM& vm, CallArgs& a) { listSelf(vm, a)->elements.clear(); return Value::null(); }
static Value l_copy(VM& vm, CallArgs& a) { auto* l = listSelf(vm, a); return L.newList(l->elements.data(), l->elements.size()); }
static Value l_sort(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value key = kwarg(P, "key"), rev = kwarg(P, "reverse");
  Rooted rk(vm, key.isMagic(Magic::Empty) ? Value::null() : key);
  bool reverse = !rev.isMagic(Magic::Empty) && P.truthy(vm, rev);
  P.kwNames.clear(); P.kwValues.clear();
  Rooted self(vm, a.thisValue);
  RootedVector items(vm);
  for (Value v : asArray(self)->elements) items.push(v);
  sortValues(P, items, rk, reverse);
  asArray(self)->elements = items.vec();
  return Value::null();
}

static std::u32string cps(Value v) { return asString(v)->toCodePoints(); }
static String* strSelf(VM& vm, CallArgs& a) {
  if (!isString(a.thisValue)) L.raise(L.t.TypeError, "descriptor requires a 'str' object");
  return asString(a.thisValue);
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
static Value s_format(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  std::u32string f = strSelf(vm, a)->toCodePoints();
  auto kwn = P.kwNames; std::vector<Value> kwv = P.kwValues;
  P.kwNames.clear(); P.kwValues.clear();
  RootedVector kwRoot(vm);
  for (Value v : kwv) kwRoot.push(v);
  std::string out;
  size_t autoIdx = 0;
  for (size_t i = 0; i < f.size(); i++) {
    char32_t c = f[i];
    if (c == '{') {
      if (i + 1 < f.size() && f[i + 1] == '{') { out += '{'; i++; continue; }
      size_t e = i + 1; int depth = 1;
      while (e < f.size() && depth) { if (f[e] == '{') depth++; else if (f[e] == '}') depth--; if (depth) e++; }
      if (e >= f.size()) P.raise(P.t.ValueError, "Single '{' encountered in format string");
      std::u32string field = f.substr(i + 1, e - i - 1);
      i = e;
      std::u32string name = field, spec, conv;
      size_t colon = field.find(':'), bang = field.find('!');
      if (colon != std::u32string::npos) { spec = field.substr(colon + 1); name = field.substr(0, colon); }
      if (bang != std::u32string::npos && bang < name.size()) { conv = name.substr(bang + 1); name = name.substr(0, bang); }
      std::u32string head = name, rest;
      size_t dot = name.find_first_of(U".[");
      if (dot != std::u32string::npos) { head = name.substr(0, dot); rest = name.substr(dot); }
      Rooted v(vm);
      if (head.empty()) { if (autoIdx >= a.argc) P.raise(P.t.IndexError, "Replacement index " + std::to_string(autoIdx) + " out of range for positional args tuple"); v = a.argv[autoIdx++]; }
      else if (head[0] >= '0' && head[0] <= '9') { size_t k = std::stoul(cpToUtf8(head)); if (k >= a.argc) P.raise(P.t.IndexError, "Replacement index " + std::to_string(k) + " out of range for positional args tuple"); v = a.argv[k]; }
      else {
        bool found = false;
        for (size_t k = 0; k < kwn.size(); k++) if (kwn[k]->toCodePoints() == head) { v = kwRoot[k]; found = true; }
        if (!found) P.raise(P.t.KeyError, "'" + cpToUtf8(head) + "'");
      }
      while (!rest.empty()) {
        if (rest[0] == '.') { size_t n = rest.find_first_of(U".[", 1); std::u32string at = rest.substr(1, n == std::u32string::npos ? n : n - 1); v = P.getAttr(v, vm.intern(cpToUtf8(at))); rest = n == std::u32string::npos ? U"" : rest.substr(n); }
        else { size_t n = rest.find(']'); std::u32string key = rest.substr(1, n - 1); Value k = (!key.empty() && key[0] >= '0' && key[0] <= '9') ? Value::integer(std::stoi(cpToUtf8(key))) : P.newStrCp(key); v = P.getElement(vm, v, k); rest = rest.substr(n + 1); }
      }
      if (conv == U"r") v = P.reprValue(v); else if (conv == U"s") v = P.newStr(P.str(v));
      out += formatValue(P, v, cpToUtf8(spec));
    } else if (c == '}') {
      if (i + 1 < f.size() && f[i + 1] == '}') { out += '}'; i++; continue; }
      P.raise(P.t.ValueError, "Single '}' encountered in format string");
    } else out += cpToUtf8(std::u32string(1, c));
  }
  return P.newStr(out);
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

static PyDict* dictSelf(VM& vm, CallArgs& a) {
  if (!isDict(a.thisValue)) L.raise(L.t.TypeError, "descriptor requires a 'dict' object");
  return asDict(a.thisValue);
}
static Value d_get(VM& vm, CallArgs& a) { Value v = L.dictGet(dictSelf(vm, a), a[0]); return v.isMagic(Magic::Empty) ? (a.argc > 1 ? a[1] : Value::null()) : v; }
static Value d_view(VM& vm, CallArgs& a) {
  // keys()/values()/items(): materialised as lists (views later)
  PyDict* d = dictSelf(vm, a);
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  Rooted self(vm, Value::cell(d));
  RootedVector out(vm);
  for (size_t i = 0; i < asDict(self)->entries.size(); i++) {
    DictEntry e = asDict(self)->entries[i];
    if (e.key.isMagic(Magic::Empty)) continue;
    if (m == 0) out.push(e.key);
    else if (m == 1) out.push(e.value);
    else { Value p[2] = {e.key, e.value}; out.push(L.newTuple(p, 2)); }
  }
  return L.newList(out.data(), out.size());
}
static Value d_pop(VM& vm, CallArgs& a) {
  PyDict* d = dictSelf(vm, a);
  Value v = L.dictGet(d, a[0]);
  if (v.isMagic(Magic::Empty)) { if (a.argc > 1) return a[1]; L.deleteElement(vm, a.thisValue, a[0], true); }
  Rooted rv(vm, v);
  L.dictDel(asDict(a.thisValue), a[0]);
  return rv;
}
static Value d_setdefault(VM& vm, CallArgs& a) {
  Value v = L.dictGet(dictSelf(vm, a), a[0]);
  if (!v.isMagic(Magic::Empty)) return v;
  Value d = a.argc > 1 ? a[1] : Value::null();
  L.dictSet(asDict(a.thisValue), a[0], d);
  return d;
}
static Value d_update(VM& vm, CallArgs& a) {
  Rooted self(vm, a.thisValue);
  if (a.argc) {
    Rooted src(vm, a[0]);
    if (isDict(src)) { for (size_t i = 0; i < asDict(src)->entries.size(); i++) { DictEntry e = asDict(src)->entries[i]; if (!e.key.isMagic(Magic::Empty)) L.dictSet(asDict(self), e.key, e.value); } }
    else {
      RootedVector items(vm);
      L.collect(src, items);
      for (size_t i = 0; i < items.size(); i++) { RootedVector kv(vm); L.collect(items[i], kv); L.dictSet(asDict(self), kv[0], kv[1]); }
    }
  }
  for (size_t i = 0; i < L.kwNames.size(); i++) L.dictSet(asDict(self), Value::cell(L.kwNames[i]), L.kwValues[i]);
  L.kwNames.clear(); L.kwValues.clear();
  return Value::null();
}
static Value d_copy(VM& vm, CallArgs& a) {
  Rooted self(vm, a.thisValue);
  Rooted d(vm, L.newDict());
  for (size_t i = 0; i < asDict(self)->entries.size(); i++) { DictEntry e = asDict(self)->entries[i]; if (!e.key.isMagic(Magic::Empty)) L.dictSet(asDict(d), e.key, e.value); }
  return d;
}
static Value d_clear(VM& vm, CallArgs& a) { PyDict* d = dictSelf(vm, a); d->entries.clear(); d->index.clear(); d->live = 0; return Value::null(); }

static Value g_send(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  auto* g = static_cast<GeneratorObject*>(asObject(a.thisValue));
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  if (m == 0 || m == 1) {
    if (g->state == GeneratorObject::State::Completed) { vm.throwValue(P.makeException(P.t.StopIteration, "")); }
    if (m == 1 && g->state == GeneratorObject::State::SuspendedStart && !a[0].isNull())
      P.raise(P.t.TypeError, "can't send non-None value to a just-started generator");
    bool done = false;
    Value r = vm.resume(g, m == 1 ? a[0] : Value::null(), ResumeMode::Next, &done);
    if (done) {
      Rooted rv(vm, r.isUndefined() ? Value::null() : r);
      Rooted e(vm, P.makeException(P.t.StopIteration, ""));
      if (!rv.get().isNull()) asObject(e)->putDirect(vm, P.s("args"), P.newTuple(rv.address(), 1));
      asObject(e)->putDirect(vm, P.s("value"), rv);
      vm.throwValue(e);
    }
    return r;
  }
  if (m == 2) {  // throw
    Value exc = a[0];
    if (isType(exc)) exc = P.call(exc, a.argc > 1 ? a.argv + 1 : nullptr, a.argc > 1 ? 1 : 0);
    if (g->state == GeneratorObject::State::Completed || g->state == GeneratorObject::State::SuspendedStart) {
      g->state = GeneratorObject::State::Completed;
      vm.throwValue(exc);
    }
    bool done = false;
    Value r = vm.resume(g, exc, ResumeMode::Throw, &done);
    if (done) vm.throwValue(P.makeException(P.t.StopIteration, ""));
    return r;
  }
  // close
  if (g->state != GeneratorObject::State::SuspendedYield) { g->state = GeneratorObject::State::Completed; return Value::null(); }
  Rooted ge(vm, P.makeException(P.t.GeneratorExit, ""));
  try {
    bool done = false;
    vm.resume(g, ge, ResumeMode::Throw, &done);
    if (!done) P.raise(P.t.RuntimeError, "generator ignored GeneratorExit");
  } catch (ScriptThrow&) {
    if (P.isInstance(vm.exception, P.t.GeneratorExit) || P.isInstance(vm.exception, P.t.StopIteration)) return Value::null();
    throw;
  }
  return Value::null();
}
static Value it_iter(VM&, CallArgs& a) { return a.thisValue; }
static Value it_next(VM& vm, CallArgs& a) {
  bool done = false;
  Value v = L.next(a.thisValue, &done);
  if (done) vm.throwValue(L.makeException(L.t.StopIteration, ""));
  return v;
}
static Value o_init(VM&, CallArgs&) { return Value::null(); }
static Value o_eq(VM& vm, CallArgs& a) { return a.thisValue == a[0] ? Value::boolean(true) : L.notImplemented; }
static Value o_repr(VM& vm, CallArgs& a) { return L.reprValue(a.thisValue); }
static Value o_str(VM& vm, CallArgs& a) { return L.newStr(L.str(a.thisValue)); }
static Value o_new(VM& vm, CallArgs& a) {
  // object.__new__(cls): an instance with an empty __dict__
  Value cls = a.thisValue.isUndefined() || !isType(a.thisValue) ? a[0] : a.thisValue;
  if (!isType(cls)) L.raise(L.t.TypeError, "object.__new__(X): X is not a type object");
  return Value::cell(vm.heap.make<Object>(vm.emptyShape(), asType(cls)));
}

void installBuiltins(PyLanguage& P) {
  VM& vm = P.vm;
  Object* b = P.builtins;
  struct { const char* n; NativeFn f; } fns[] = {
      {"print", b_print}, {"len", b_len}, {"repr", b_repr}, {"isinstance", b_isinstance}, {"issubclass", b_issubclass},
      {"abs", b_abs}, {"max", b_max}, {"min", b_min}, {"sum", b_sum}, {"chr", b_chr}, {"ord", b_ord}, {"hash", b_hash},
      {"id", b_id}, {"callable", b_callable}, {"getattr", b_getattr}, {"setattr", b_setattr}, {"hasattr", b_hasattr},
      {"iter", b_iter}, {"next", b_next}, {"sorted", b_sorted}, {"any", b_any}, {"all", b_all}, {"divmod", b_divmod},
      {"pow", b_pow}, {"round", b_round}, {"hex", b_hex}, {"bin", b_bin}, {"oct", b_oct}, {"format", b_format},
      {"input", b_input}, {"exit", b_exit}, {"quit", b_exit}};
  for (auto& f : fns) P.defNative(b, f.n, f.f);
  // constructors: builtin types called through __dualvm_ctor__
  struct { PyType* t; NativeFn f; } ctors[] = {
      {P.t.int_, b_int}, {P.t.float_, b_float}, {P.t.bool_, b_bool}, {P.t.str, b_str}, {P.t.list, b_list},
      {P.t.tuple, b_tuple}, {P.t.dict, b_dict}, {P.t.type, b_type}, {P.t.object, b_object}, {P.t.range, b_range},
      {P.t.property, b_property}, {P.t.classmethod, b_classmethod}, {P.t.staticmethod, b_staticmethod},
      {P.t.iterator, b_enumerate}, {P.t.super, b_super}};
  for (auto& c : ctors) P.defNative(c.t, "__dualvm_ctor__", c.f);
  struct { const char* n; NativeFn f; } iters[] = {{"enumerate", b_enumerate}, {"zip", b_zip}, {"map", b_map}, {"filter", b_filter}, {"reversed", b_reversed}};
  for (auto& f : iters) P.defNative(b, f.n, f.f);
  // exceptions
  PyType* excs[] = {P.t.BaseException, P.t.Exception, P.t.TypeError, P.t.ValueError, P.t.NameError, P.t.UnboundLocalError,
                    P.t.AttributeError, P.t.IndexError, P.t.KeyError, P.t.LookupError, P.t.ZeroDivisionError, P.t.ArithmeticError,
                    P.t.OverflowError, P.t.RuntimeError, P.t.RecursionError, P.t.NotImplementedError, P.t.StopIteration,
                    P.t.StopAsyncIteration, P.t.AssertionError, P.t.ImportError, P.t.ModuleNotFoundError, P.t.SystemExit,
                    P.t.KeyboardInterrupt, P.t.MemoryError, P.t.SyntaxError, P.t.GeneratorExit, P.t.UnicodeError, P.t.OSError,
                    P.t.FileNotFoundError};
  for (PyType* e : excs) P.defNative(e, "__dualvm_ctor__", b_exception);
  PyType* named[] = {P.t.int_, P.t.float_, P.t.bool_, P.t.str, P.t.list, P.t.tuple, P.t.dict, P.t.type, P.t.object, P.t.range,
                     P.t.property, P.t.classmethod, P.t.staticmethod, P.t.slice, P.t.super};
  for (PyType* ty : named) b->putDirect(vm, ty->name, Value::cell(ty));
  for (PyType* e : excs) b->putDirect(vm, e->name, Value::cell(e));
  b->putDirect(vm, P.s("NotImplemented"), P.notImplemented);
  b->putDirect(vm, P.s("Ellipsis"), P.ellipsis);
  b->putDirect(vm, P.s("None"), Value::null());

  // methods
  P.defNative(P.t.list, "append", l_append); P.defNative(P.t.list, "extend", l_extend); P.defNative(P.t.list, "pop", l_pop);
  P.defNative(P.t.list, "insert", l_insert); P.defNative(P.t.list, "index", l_index); P.defNative(P.t.list, "count", l_count);
  P.defNative(P.t.list, "remove", l_remove); P.defNative(P.t.list, "reverse", l_reverse); P.defNative(P.t.list, "clear", l_clear);
  P.defNative(P.t.list, "copy", l_copy); P.defNative(P.t.list, "sort", l_sort);
  P.defNative(P.t.tuple, "index", l_index); P.defNative(P.t.tuple, "count", l_count);
  P.defNative(P.t.str, "join", s_join); P.defNative(P.t.str, "split", s_split);
  P.defNative(P.t.str, "strip", s_strip, 0); P.defNative(P.t.str, "lstrip", s_strip, 1); P.defNative(P.t.str, "rstrip", s_strip, 2);
  P.defNative(P.t.str, "upper", s_case, 0); P.defNative(P.t.str, "lower", s_case, 1); P.defNative(P.t.str, "capitalize", s_case, 2);
  P.defNative(P.t.str, "title", s_case, 3); P.defNative(P.t.str, "swapcase", s_case, 4);
  P.defNative(P.t.str, "isdigit", s_pred, 0); P.defNative(P.t.str, "isalpha", s_pred, 1); P.defNative(P.t.str, "isalnum", s_pred, 2);
  P.defNative(P.t.str, "isspace", s_pred, 3); P.defNative(P.t.str, "islower", s_pred, 4); P.defNative(P.t.str, "isupper", s_pred, 5);
  P.defNative(P.t.str, "isnumeric", s_pred, 0); P.defNative(P.t.str, "isdecimal", s_pred, 0);
  P.defNative(P.t.str, "replace", s_replace); P.defNative(P.t.str, "startswith", s_startswith, 0); P.defNative(P.t.str, "endswith", s_startswith, 1);
  P.defNative(P.t.str, "find", s_find, 0); P.defNative(P.t.str, "rfind", s_find, 1); P.defNative(P.t.str, "index", s_find, 2);
  P.defNative(P.t.str, "rindex", s_find, 3); P.defNative(P.t.str, "count", s_find, 4); P.defNative(P.t.str, "format", s_format);
  P.defNative(P.t.str, "ljust", s_pad, 0); P.defNative(P.t.str, "rjust", s_pad, 1); P.defNative(P.t.str, "center", s_pad, 2);
  P.defNative(P.t.str, "zfill", s_pad, 3);
  P.defNative(P.t.dict, "get", d_get); P.defNative(P.t.dict, "keys", d_view, 0); P.defNative(P.t.dict, "values", d_view, 1);
  P.defNative(P.t.dict, "items", d_view, 2); P.defNative(P.t.dict, "pop", d_pop); P.defNative(P.t.dict, "setdefault", d_setdefault);
  P.defNative(P.t.dict, "update", d_update); P.defNative(P.t.dict, "copy", d_copy); P.defNative(P.t.dict, "clear", d_clear);
  P.defNative(P.t.generator, "__next__", g_send, 0); P.defNative(P.t.generator, "send", g_send, 1);
  P.defNative(P.t.generator, "throw", g_send, 2); P.defNative(P.t.generator, "close", g_send, 3);
  P.defNative(P.t.generator, "__iter__", it_iter);
  P.defNative(P.t.iterator, "__iter__", it_iter); P.defNative(P.t.iterator, "__next__", it_next);
  P.defNative(P.t.object, "__init__", o_init); P.defNative(P.t.object, "__eq__", o_eq);
  P.defNative(P.t.object, "__repr__", o_repr); P.defNative(P.t.object, "__str__", o_str);
  P.defNative(P.t.object, "__new__", o_new);
  P.defNative(P.t.property, "setter", prop_setter, 0); P.defNative(P.t.property, "getter", prop_setter, 1);
  P.defNative(P.t.property, "deleter", prop_setter, 2);
}

}  // namespace dualvm::py
