// runtime/language_hooks.cpp — default implementations of Language hooks: constant
// materialisation (exact values), and the optional hooks that only some languages use (Python's
// intrinsics, argument binding and keyword calls): reaching one of those from a language that
// does not implement it is an internal error, reported as such.
#include "runtime/language.h"
#include "runtime/bigint.h"
#include "runtime/vm.h"

namespace dualvm {

bool Language::integerConstant(VM& vm, const std::string& decimal, Value* out) {
  return bigint::parse(vm.heap, decimal, 10, out);
}

Value Language::callIntrinsic(VM& vm, uint32_t id, Value*, uint32_t) {
  vm.throwError(ErrorKind::Error, "internal error: intrinsic " + std::to_string(id) + " is not supported by this language", this);
}

void Language::bindArguments(VM& vm, Closure*, const Value*, uint32_t, const ir::ConstantList*, Value*) {
  vm.throwError(ErrorKind::Error, "internal error: argument binding is not supported by this language", this);
}

Value Language::callWithKeywords(VM& vm, Value, const Value*, uint32_t, const ir::ConstantList*) {
  vm.throwError(ErrorKind::TypeError, "keyword arguments are not supported by this language", this);
}

Value Language::callUnpacked(VM& vm, Value, Value, Value) {
  vm.throwError(ErrorKind::TypeError, "argument unpacking calls are not supported by this language", this);
}

}  // namespace dualvm
