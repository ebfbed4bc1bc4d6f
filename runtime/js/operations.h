// runtime/js/operations.h — ECMAScript abstract operations on values (ECMA-262 §7): type
// conversion, equality, callability, calls. Everything throws through VM::throwValue (a
// ScriptThrow C++ exception) on a JS error. Values passed in must be rooted by the caller;
// results that are cells are unrooted (root them before the next allocation).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include "runtime/bigint.h"
#include "runtime/js/realm.h"

namespace dualvm::js {

enum class PreferredType : uint8_t { Default, Number, String };

// ---- type tests ----
inline bool isCallable(Value v) {
  if (!v.isCell()) return false;
  uint8_t k = v.asCell()->kind;
  return isFunctionKind(k);
}
bool isConstructor(Value v);
// IsArray: arrays, and proxies whose target IsArray (TypeError for a revoked proxy).
bool isArrayValue(VM& vm, Value v);
// Closure whose function is a class constructor.
bool isClassConstructor(Value v);

// ---- conversions (§7.1) ----
Value toPrimitive(VM& vm, Value v, PreferredType hint = PreferredType::Default);
bool toBoolean(Value v);
double toNumber(VM& vm, Value v);
// Number or BigInt (as a Value; numbers stay ints when they are).
Value toNumeric(VM& vm, Value v);
String* toString(VM& vm, Value v);
std::string toStdString(VM& vm, Value v);  // ToString as UTF-8
// An interned String* or a Symbol* (as a gc::Cell*).
PropertyKey toPropertyKey(VM& vm, Value v);
Object* toObject(VM& vm, Value v);
int32_t toInt32(VM& vm, Value v);
uint32_t toUint32(VM& vm, Value v);
int32_t doubleToInt32(double d);
double toIntegerOrInfinity(VM& vm, Value v);
uint64_t toLength(VM& vm, Value v);   // clamps to [0, 2^53-1]
// ToIndex (typed arrays etc.): RangeError "Invalid index" style errors for bad values.
uint64_t toIndex(VM& vm, Value v, const char* what);
// Relative index helper of slice/splice/at: clamps relative start into [0, len].
uint64_t relativeIndex(VM& vm, Value v, uint64_t len, uint64_t defaultValue);

// ---- numbers and strings ----
// Number::toString(x) (radix 10) with the ECMAScript formatting rules.
std::string numberToStdString(double d);
String* numberToString(VM& vm, double d);
// Number::toString with radix 2..36 (radix 10 delegates to numberToStdString).
std::string numberToRadixString(double d, int radix);
// StringToNumber (§7.1.4.1.1): whitespace trimmed, 0x/0o/0b prefixes, Infinity, "" -> 0, else NaN.
double stringToNumber(const String* s);
double stringToNumber(std::u16string_view s);
// The JS white space + line terminator set (String.prototype.trim, StringToNumber).
bool isJsWhitespace(uint32_t unit);
// A canonical numeric string that is an array index of this Value, if any (ints, doubles, strings).
bool valueToArrayIndex(Value v, uint32_t* index);

// ---- strings ----
String* concatStrings(VM& vm, String* a, String* b);  // allocates; a and b must be rooted
String* internedName(VM& vm, std::string_view utf8);   // = vm.intern
// Index-key strings "0".."N" are interned on demand.
String* indexToKey(VM& vm, uint32_t index);

// ---- equality (§7.2) ----
bool sameValue(Value a, Value b);
bool sameValueZero(Value a, Value b);
bool isStrictlyEqual(Value a, Value b);
bool isLooselyEqual(VM& vm, Value a, Value b);
// Number/String/BigInt comparison a < b (nullopt-like: returns 0 false, 1 true, 2 undefined/NaN).
int lessThan(VM& vm, Value a, Value b, bool leftFirst);

// ---- calls (§7.3) ----
Value call(VM& vm, Value f, Value thisValue, const Value* argv = nullptr, uint32_t argc = 0);
Value construct(VM& vm, Value f, const Value* argv = nullptr, uint32_t argc = 0,
                Value newTarget = Value::undefined());
// v[key](args...); TypeError "<key> is not a function" when not callable.
Value invoke(VM& vm, Value v, PropertyKey key, const Value* argv = nullptr, uint32_t argc = 0);
// instanceof (§13.10.2), with Symbol.hasInstance.
bool instanceOf(VM& vm, Value v, Value target);
bool ordinaryHasInstance(VM& vm, Value c, Value o);
// GetMethod: undefined/null -> undefined, non-callable -> TypeError.
Value getMethod(VM& vm, Value v, PropertyKey key);

// ---- BigInt (JS BigInts are always BigInt cells, even when small) ----
// A JS BigInt cell for an integer Value (int32 Values from bigint:: results are boxed).
Value toJsBigInt(VM& vm, Value integer);
// StringToBigInt: false when the text is not a valid integer literal.
bool stringToBigInt(VM& vm, const String* s, Value* out);

// ---- display helpers for error messages ----
// How V8 shows a value in "Cannot read properties of X" / "X is not iterable" messages.
std::string describeForError(VM& vm, Value v);
// The text of a property key ("x", "Symbol(foo)").
std::string keyToDisplay(PropertyKey key);

}  // namespace dualvm::js
