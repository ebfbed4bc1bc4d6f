// runtime/js/bigint_builtins.cpp — the BigInt function (conversion, not a constructor),
// BigInt.asIntN / asUintN and BigInt.prototype (toString with radix, valueOf, toLocaleString).
// The operators on BigInts are JsLanguage's (js_language.cpp) over runtime/bigint.h.
#include <cmath>
#include "runtime/js/builtins.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"

namespace dualvm::js {

static Value toBigInt(VM& vm, Value v) {
  Value p = toPrimitive(vm, v, PreferredType::Number);
  if (isBigInt(p)) return p;
  if (p.isBool()) return toJsBigInt(vm, Value::integer(p.asBool() ? 1 : 0));
  if (isString(p)) {
    Value out;
    if (!stringToBigInt(vm, asString(p), &out)) throwSyntaxError(vm, "Cannot convert " + asString(p)->toUtf8() + " to a BigInt");
    return out;
  }
  if (p.isNumber()) throwTypeError(vm, "Cannot convert " + numberToStdString(p.toDouble()) + " to a BigInt");
  throwTypeError(vm, "Cannot convert " + describeForError(vm, p) + " to a BigInt");
}

static Value bigintFunction(VM& vm, CallArgs& args) {
  if (args.isConstructCall()) throwTypeError(vm, "BigInt is not a constructor");
  Value v = args[0];
  Value p = toPrimitive(vm, v, PreferredType::Number);
  if (p.isNumber()) {
    double d = p.toDouble();
    if (!std::isfinite(d) || d != std::trunc(d))
      throwRangeError(vm, "The number " + numberToStdString(d) + " cannot be converted to a BigInt because it is not an integer");
    return toJsBigInt(vm, bigint::fromDouble(vm.heap, d));
  }
  return toBigInt(vm, p);
}

// asIntN (magic 0) / asUintN (magic 1).
static Value bigintAsN(VM& vm, CallArgs& args) {
  bool isSigned = static_cast<NativeFunction*>(args.callee)->magic == 0;
  uint64_t bits = toIndex(vm, args[0], "value: not (convertible to) a safe integer");
  Rooted b(vm, toBigInt(vm, args[1]));
  mpz_t z, mod;
  mpz_init(z);
  mpz_init(mod);
  bigint::toMpz(b, z);
  mpz_fdiv_r_2exp(z, z, bits);  // z mod 2^bits, non-negative
  if (isSigned && bits > 0 && mpz_tstbit(z, bits - 1)) {
    mpz_setbit(mod, bits);
    mpz_sub(z, z, mod);
  }
  Value out = bigint::cellFromMpz(vm.heap, z);
  mpz_clear(z);
  mpz_clear(mod);
  return out;
}

static Value thisBigInt(VM& vm, Value v) {
  if (isBigInt(v)) return v;
  if (hasClassTag(v, ClassTag::BigIntObject)) return static_cast<InternalObject*>(v.asCell())->internal[0];
  throwTypeError(vm, "BigInt.prototype.valueOf requires that 'this' be a BigInt");
}

static Value bigintToString(VM& vm, CallArgs& args) {
  Value b = thisBigInt(vm, args.thisValue);
  int radix = 10;
  if (!args[0].isUndefined()) {
    double r = toIntegerOrInfinity(vm, args[0]);
    if (r < 2 || r > 36) throwRangeError(vm, "toString() radix must be between 2 and 36");
    radix = int(r);
  }
  return Value::cell(vm.newString(bigint::toString(b, radix)));
}

static Value bigintValueOf(VM& vm, CallArgs& args) { return thisBigInt(vm, args.thisValue); }

void installBigIntBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  NativeFunction* ctor = defineConstructor(vm, "BigInt", bigintFunction, 1, r.bigintPrototype);
  ctor->isConstructor = false;
  defineNativeMethod(vm, ctor, "asIntN", bigintAsN, 2, 0);
  defineNativeMethod(vm, ctor, "asUintN", bigintAsN, 2, 1);
  defineNativeMethod(vm, r.bigintPrototype, "toString", bigintToString, 0);
  defineNativeMethod(vm, r.bigintPrototype, "toLocaleString", bigintToString, 0);
  defineNativeMethod(vm, r.bigintPrototype, "valueOf", bigintValueOf, 0);
  defineValue(vm, r.bigintPrototype, r.symbols.toStringTag, Value::cell(vm.intern("BigInt")), kConfigurable);
}

}  // namespace dualvm::js
