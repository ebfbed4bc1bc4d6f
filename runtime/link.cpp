// Linking: an ir::Function (plain C++ data from a frontend) becomes a FunctionProto cell —
// constants materialised as Values, every string constant interned (names come from there),
// inline caches sized, the language resolved. Nested functions are linked lazily, on their
// first MakeClosure (interp::childFunction), sharing ownership of the root ir::Function.
//
// Constant mapping:
//   double          Language::numberConstant (JS: an integral value that fits int32 and is not
//                   -0 becomes an int; Python: stays a double — 3.0 is a float, not an int)
//   u16string/u32string  interned String
//   BigIntText      Language::integerConstant (JS: a BigInt cell even when small — 1n is not 1;
//                   Python: the normalised integer, an int32 Value when it fits)
//   ScopeInfo       an internal ArrayObject (no prototype) of the interned slot names: what
//                   PushEnv stores in Environment::scopeInfo, and GetName/SetName search
//   TemplateStrings, ConstantList   undefined: languages read them through FunctionProto::ir
#include <string>
#include "runtime/interpreter.h"
#include "runtime/vm.h"

namespace dualvm {

namespace {

Value materialise(VM& vm, Language* lang, const ir::Constant& c) {
  if (const double* d = std::get_if<double>(&c)) return lang->numberConstant(*d);
  if (const auto* s = std::get_if<std::u16string>(&c)) {
    String* str = String::fromUtf16(vm.heap, *s);
    return Value::cell(vm.intern(str));
  }
  if (const auto* s = std::get_if<std::u32string>(&c)) {
    String* str = String::fromCodePoints(vm.heap, *s);
    return Value::cell(vm.intern(str));
  }
  if (const auto* b = std::get_if<ir::BigIntText>(&c)) {
    Value v;
    if (lang->integerConstant(vm, b->decimal, &v)) return v;
    vm.throwError(ErrorKind::SyntaxError, "Invalid BigInt literal " + b->decimal);
  }
  if (const auto* si = std::get_if<ir::ScopeInfo>(&c)) {
    auto* names = vm.heap.make<ArrayObject>(vm.emptyShape(), nullptr);
    Rooted root(vm, Value::cell(names));
    for (const std::string& n : si->names) {
      String* s = vm.intern(n);
      names->push(Value::cell(s));
    }
    if (si->varScope) names->setClassTag(kVarScopeInfoTag);
    vm.heap.noteExternalGrowth(names->elements.capacity() * sizeof(Value));
    return Value::cell(names);
  }
  return Value::undefined();
}

FunctionProto* linkOne(VM& vm, std::shared_ptr<const ir::Function> irf) {
  const ir::Function& f = *irf;
  FunctionProto* proto = vm.heap.make<FunctionProto>(std::move(irf));
  Rooted root(vm, Value::cell(proto));
  proto->language = vm.language(f.language);
  proto->caches.resize(f.numCaches);
  proto->children.assign(f.functions.size(), nullptr);
  proto->constants.assign(f.constants.size(), Value::undefined());
  vm.heap.noteExternalGrowth(proto->caches.capacity() * sizeof(InlineCache) +
                             proto->constants.capacity() * sizeof(Value));
  for (size_t i = 0; i < f.constants.size(); i++) {
    Value v = materialise(vm, proto->language, f.constants[i]);  // may collect: proto is rooted, traces constants
    proto->constants[i] = v;
    writeBarrier(proto, v);
  }
  String* name = vm.intern(f.name);
  proto->name = name;
  gc::writeBarrier(proto, name);
  return proto;
}

}  // namespace

FunctionProto* VM::link(std::shared_ptr<const ir::Function> fn) {
  if (!fn) throwError(ErrorKind::Error, "internal error: link of a null function");
  std::string problem = ir::verify(*fn);
  if (!problem.empty()) throwError(ErrorKind::Error, "internal error: invalid bytecode: " + problem);
  return linkOne(*this, std::move(fn));
}

namespace interp {

FunctionProto* childFunction(VM& vm, FunctionProto* fn, uint32_t index) {
  if (FunctionProto* c = fn->children[index]) [[likely]]
    return c;
  Rooted root(vm, Value::cell(fn));
  // Aliasing constructor: the child shares ownership of the root ir::Function it lives in.
  std::shared_ptr<const ir::Function> child(fn->ir, fn->ir->functions[index].get());
  FunctionProto* c = linkOne(vm, std::move(child));
  fn->children[index] = c;
  gc::writeBarrier(fn, c);
  return c;
}

}  // namespace interp
}  // namespace dualvm
