// runtime/python/float.cpp — float: parsing (float(), PyLanguage::toFloat), methods, round().
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <double-conversion/double-conversion.h>
#include "runtime/interpreter.h"
#include "runtime/python/py_text.h"

namespace dualvm::py {

#define L (lang(vm))


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

static Value b_float(VM& vm, CallArgs& a) { return Value::number(a.argc ? L.toFloat(a[0]) : 0.0); }
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

void installFloat(PyLanguage& P) {
  P.defNative(P.t.float_, "__dualvm_ctor__", b_float);
  P.defNative(P.builtins, "round", b_round);
}

}  // namespace dualvm::py
