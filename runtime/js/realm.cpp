// runtime/js/realm.cpp — the JsRealm: interning its names and symbols, tracing its roots, the
// microtask loop, and createIntrinsics, which builds the fundamental objects in dependency order
// and calls each builtin family's installer.
#include "runtime/js/realm.h"
#include "runtime/js/builtins.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/promise_core.h"
#include "runtime/js/typed_arrays.h"

namespace dualvm::js {

JsRealm::JsRealm(VM& vm) : vm(vm) {
  vm.heap.addRootSource(this);
#define DUALVM_JS_INTERN_NAME(n) names.n = vm.intern(#n);
  DUALVM_JS_NAMES(DUALVM_JS_INTERN_NAME)
#undef DUALVM_JS_INTERN_NAME
  // Names that are C++ keywords or not identifiers.
  names.return_ = vm.intern("return");
  names.throw_ = vm.intern("throw");
  names.default_ = vm.intern("default");
  names.proto = vm.intern("__proto__");
  names.empty = vm.intern("");
#define DUALVM_JS_MAKE_SYMBOL(n)                                     \
  {                                                                  \
    Rooted desc(vm, Value::cell(vm.intern("Symbol." #n)));           \
    symbols.n = vm.heap.make<Symbol>(desc.get());                    \
  }
  DUALVM_JS_SYMBOLS(DUALVM_JS_MAKE_SYMBOL)
#undef DUALVM_JS_MAKE_SYMBOL
}

JsRealm::~JsRealm() { vm.heap.removeRootSource(this); }

void JsRealm::traceRoots(gc::Tracer& t) {
#define DUALVM_JS_TRACE_NAME(n) t.mark(names.n);
  DUALVM_JS_NAMES(DUALVM_JS_TRACE_NAME)
#undef DUALVM_JS_TRACE_NAME
#define DUALVM_JS_TRACE_SYMBOL(n) t.mark(symbols.n);
  DUALVM_JS_SYMBOLS(DUALVM_JS_TRACE_SYMBOL)
#undef DUALVM_JS_TRACE_SYMBOL
  for (Object* o : {global, globalLexicals, objectPrototype, functionPrototype, arrayPrototype,
                    objectConstructor, functionConstructor, arrayConstructor, symbolPrototype,
                    symbolConstructor, booleanPrototype, booleanConstructor, stringPrototype,
                    stringConstructor, numberPrototype, numberConstructor, bigintPrototype,
                    iteratorPrototype, asyncIteratorPrototype, arrayIteratorPrototype,
                    generatorFunctionPrototype, generatorPrototype, asyncFunctionPrototype,
                    asyncGeneratorFunctionPrototype, asyncGeneratorPrototype,
                    asyncFromSyncIteratorPrototype, promisePrototype, promiseConstructor,
                    mapPrototype, setPrototype, weakMapPrototype, weakSetPrototype, regexpPrototype,
                    regexpConstructor, datePrototype, mapIteratorPrototype, setIteratorPrototype,
                    stringIteratorPrototype, regexpStringIteratorPrototype})
    t.mark(o);
  for (Object* o : errorPrototypes) t.mark(o);
  for (Object* o : errorConstructors) t.mark(o);
  for (Value v : libraryRoots) traceValue(t, v);
  for (auto& kv : namedIntrinsics) traceValue(t, kv.second);
  for (Value v : {evalFunction, arrayProtoValues, arrayIteratorNext, throwTypeErrorFunction,
                  objectProtoToString})
    traceValue(t, v);
  t.mark(closureShape);
  t.mark(iterResultShape);
  t.mark(arrayShape);
  t.mark(nullProtoRoot);
  for (auto& kv : protoRoots) t.mark(kv.second);
  for (auto& kv : templateObjects) {
    t.mark(kv.first.first);
    traceValue(t, kv.second);
  }
  for (const Microtask& m : microtasks) {
    for (Value v : {m.a, m.b, m.c, m.d, m.e}) traceValue(t, v);
  }
  for (Value v : pendingRejections) traceValue(t, v);
}

Shape* JsRealm::rootShapeFor(Object* proto) {
  if (!proto) {
    if (!nullProtoRoot) nullProtoRoot = Shape::makeRoot(vm.heap);
    return nullProtoRoot;
  }
  if (proto == lastRootProto) return lastRoot;
  auto it = protoRoots.find(proto);
  if (it != protoRoots.end()) {
    lastRootProto = proto;
    lastRoot = it->second;
    return it->second;
  }
  Rooted rp(vm, Value::cell(proto));
  Shape* root = Shape::makeRoot(vm.heap);
  protoRoots[proto] = root;
  rootOwners[root] = proto;
  return root;
}

bool JsRealm::shapeDeterminesProto(Shape* shape, Object* proto) const {
  if (shape->isDictionary() || !proto) return false;
  Shape* s = shape;
  while (s->parent()) s = s->parent();
  auto it = rootOwners.find(s);
  return it != rootOwners.end() && it->second == proto;
}

void JsRealm::sweepWeak(gc::Tracer& t) {
  lookupCache.clear();  // its raw pointers may die in this collection
  for (auto it = protoRoots.begin(); it != protoRoots.end();) {
    if (!t.isMarked(it->first)) {
      if (it->first == lastRootProto) lastRootProto = nullptr;
      rootOwners.erase(it->second);
      it = protoRoots.erase(it);
    } else {
      ++it;
    }
  }
}

void JsRealm::runMicrotasks() {
  while (!microtasks.empty() && !exitRequested) {
    Microtask job = microtasks.front();
    microtasks.pop_front();
    if (job.kind == Microtask::CallFunction) {
      Rooted f(vm, job.a);
      call(vm, f, Value::undefined());
    } else {
      runPromiseJob(vm, job);
    }
  }
}

void createIntrinsics(VM& vm) {
  JsRealm& r = jsRealm(vm);
  // Bootstrap builds half-wired objects: hold collection off until the realm is complete.
  vm.heap.setCollectionAllowed(false);

  r.objectPrototype = newPlainObject(vm, nullptr);
  {
    NativeFunction* fp = vm.heap.make<NativeFunction>(
        vm.emptyShape(), r.objectPrototype, [](VM&, CallArgs&) { return Value::undefined(); },
        vm.language(ir::Language::JavaScript));
    r.functionPrototype = fp;
    fp->addProperty(vm, r.names.length, Value::integer(0), kConfigurable);
    fp->addProperty(vm, r.names.name, Value::cell(r.names.empty), kConfigurable);
  }
  r.global = newPlainObject(vm, r.objectPrototype);
  r.global->replaceShape(vm.emptyShape()->toDictionary(vm.heap));
  r.globalLexicals = newPlainObject(vm, nullptr);
  r.globalLexicals->replaceShape(vm.emptyShape()->toDictionary(vm.heap));

  r.arrayPrototype = vm.heap.make<ArrayObject>(vm.emptyShape(), r.objectPrototype);
  r.iteratorPrototype = newPlainObject(vm, r.objectPrototype);
  r.asyncIteratorPrototype = newPlainObject(vm, r.objectPrototype);
  r.arrayIteratorPrototype = newPlainObject(vm, r.iteratorPrototype);
  r.generatorFunctionPrototype = newPlainObject(vm, r.functionPrototype);
  r.generatorPrototype = newPlainObject(vm, r.iteratorPrototype);
  r.asyncFunctionPrototype = newPlainObject(vm, r.functionPrototype);
  r.asyncGeneratorFunctionPrototype = newPlainObject(vm, r.functionPrototype);
  r.asyncGeneratorPrototype = newPlainObject(vm, r.asyncIteratorPrototype);
  r.asyncFromSyncIteratorPrototype = newPlainObject(vm, r.asyncIteratorPrototype);
  {
    InternalObject* sp = newInternalObject(vm, ClassTag::StringObject, r.objectPrototype, 1);
    sp->internal[0] = Value::cell(r.names.empty);
    r.stringPrototype = sp;
    InternalObject* np = newInternalObject(vm, ClassTag::NumberObject, r.objectPrototype, 1);
    np->internal[0] = Value::integer(0);
    r.numberPrototype = np;
    InternalObject* bp = newInternalObject(vm, ClassTag::BooleanObject, r.objectPrototype, 1);
    bp->internal[0] = Value::boolean(false);
    r.booleanPrototype = bp;
  }
  r.symbolPrototype = newPlainObject(vm, r.objectPrototype);
  r.bigintPrototype = newPlainObject(vm, r.objectPrototype);
  r.errorPrototypes[0] = newPlainObject(vm, r.objectPrototype);
  for (size_t i = 1; i < size_t(ErrorType::Count_); i++)
    r.errorPrototypes[i] = newPlainObject(vm, r.errorPrototypes[0]);

  installPromiseCore(vm);
  installObjectBuiltins(vm);
  installFunctionBuiltins(vm);
  installArrayBuiltins(vm);
  installErrorBuiltins(vm);
  installSymbolBuiltins(vm);
  installBooleanBuiltins(vm);
  installBigIntBuiltins(vm);
  installIteratorBuiltins(vm);
  installGlobalBuiltins(vm);
  installTypedArrays(vm);
  installProxy(vm);
  installConsole(vm);
  installStandardLibrary(vm);

  vm.heap.setCollectionAllowed(true);
}

}  // namespace dualvm::js
