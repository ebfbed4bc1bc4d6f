// runtime/python/format.cpp — the format mini-language (format(), __format__ of builtin types,
// f-string fields), str.format and %-formatting.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include "runtime/interpreter.h"
#include "runtime/python/py_text.h"

namespace dualvm::py {

#define L (lang(vm))

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

static Value b_format(VM& vm, CallArgs& a) { return L.newStr(formatValue(L, a[0], a.argc > 1 ? L.str(a[1]) : "")); }
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

void installFormat(PyLanguage& P) {
  P.defNative(P.builtins, "format", b_format);
  P.defNative(P.t.str, "format", s_format);
}

}  // namespace dualvm::py
