// runtime/python/init_call.cpp — calls of plain classes without leaving the interpreter loop
// (the prepareInit / finishInit hooks). `C(args)` where C's metaclass is type, C.__new__ is
// object.__new__, its storage is a plain instance and C.__init__ is a Python function: the hook
// allocates the instance and the interpreter runs __init__ as an inline frame (no nested
// interpreter entry through instantiate / callKw). Everything else goes through callOther.
// The decision is cached per class under VM::classEpoch (attr_cache.cpp, docs/decisions.md D11).
#include "runtime/python/finalizer.h"

namespace dualvm::py {

Value PyLanguage::prepareInit(VM&, Value callee, Value* init) {
  if (!isType(callee)) return Value::hole();
  PyType* ty = asType(callee);
  if (ty->builtin || ty->proto() != t.type) return Value::hole();
  if (ty->initEpoch != vm.classEpoch) {
    Value fn = Value::empty();
    Value newFn = lookupType(ty, s("__new__"));
    PyType* base = nullptr;
    for (PyType* m : ty->mro)
      if (m->builtin) { base = m; break; }
    Value initV = lookupType(ty, s("__init__"));
    if ((newFn.isMagic(Magic::Empty) || newFn == lookupType(t.object, s("__new__"))) && base == t.object &&
        isClosure(initV) && asClosure(initV)->fn->ir->language == ir::Language::Python &&
        !asClosure(initV)->fn->ir->isGenerator && !asClosure(initV)->fn->ir->isAsync)
      fn = initV;
    ty->initFn = fn;
    ty->initEpoch = vm.classEpoch;
  }
  if (ty->initFn.isMagic(Magic::Empty)) return Value::hole();
  *init = ty->initFn;
  Object* o = vm.heap.make<Object>(vm.emptyShape(), ty);
  noteNewInstance(*this, o, ty);  // finalizer.h: registered when the class has __del__
  return Value::cell(o);
}

Value PyLanguage::finishInit(VM&, Value instance, Value returned) {
  if (!returned.isNullish()) raise(t.TypeError, "__init__() should return None, not '" + typeName(returned) + "'");
  return instance;
}

}  // namespace dualvm::py
