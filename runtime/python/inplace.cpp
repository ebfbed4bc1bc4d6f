// runtime/python/inplace.cpp — augmented assignment `a op= b` (the InplaceBinary opcode's slow
// path and the InplaceOp intrinsic): containers and lists update in place, user classes get
// __iadd__ & co., everything else is the binary operator. The interpreter handles numbers.
#include "runtime/python/containers.h"
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

Value PyLanguage::inplaceBinary(VM&, BinaryOp op, Value a, Value b) {
  static const char* names[] = {"__iadd__", "__isub__", "__imul__", "__itruediv__", "__imod__", "__ipow__", "__iand__", "__ior__", "__ixor__", "__ilshift__", "__irshift__", "", "__ifloordiv__", "__imatmul__"};
  if (isContainerExt(a) || isDict(a)) {  // set |= ..., bytearray +=, dict |= (containers.h)
    Value r = containerInplace(*this, op, a, b);
    if (r != notImplemented) return r;
  }
  if (op == BinaryOp::Add && isArray(a) && asObject(a)->classTag() == kTagList) {
    Rooted ra(vm, a);
    RootedVector items(vm);
    collect(b, items);
    for (size_t i = 0; i < items.size(); i++) asArray(ra)->push(items[i]);
    return ra;
  }
  if (op == BinaryOp::Mul && isArray(a) && asObject(a)->classTag() == kTagList && (isInteger(b) || b.isBool()) &&
      !isClosure(lookupType(typeOf(a), s("__imul__")))) {
    // list *= n repeats the list in place (CPython's list_inplace_repeat)
    int64_t n = toIndex(b);
    auto& els = asArray(a)->elements;
    if (n <= 0) { els.clear(); return a; }
    if (els.size() * uint64_t(n) > (1u << 28)) raise(t.MemoryError, "");
    size_t len = els.size();
    els.reserve(len * size_t(n));
    for (int64_t k = 1; k < n; k++)
      for (size_t i = 0; i < len; i++) els.push_back(els[i]);
    return a;
  }
  if (isObject(a) && !typeOf(a)->builtin) {
    bool found = false;
    Value r = callDunder(a, names[int(op)], &b, 1, &found);
    if (found && r != notImplemented) return r;
  }
  if ((isObject(a) && !typeOf(a)->builtin) || (isObject(b) && !typeOf(b)->builtin)) return binary(vm, op, a, b);
  try {
    return binary(vm, op, a, b);
  } catch (ScriptThrow&) {
    // CPython names the augmented operator: "unsupported operand type(s) for +=: ..."
    Value e = vm.exception;
    if (!isInstance(e, t.TypeError)) throw;
    std::string msg = str(e);
    const std::string prefix = "unsupported operand type(s) for ";
    size_t colon = msg.find(':', prefix.size());
    if (msg.compare(0, prefix.size(), prefix) != 0 || colon == std::string::npos) throw;
    raise(t.TypeError, msg.substr(0, colon) + "=" + msg.substr(colon));
  }
}

}  // namespace dualvm::py
