// runtime/python/finalizer.cpp — Python finalization (pyfinal) over the collector's PEP 442 phase
// (gc/finalizer.h). Owns: which objects are registered (instances of classes whose MRO defines
// __del__, when allocated; generators and coroutines whose function has an exception handler —
// try/finally, except or with — when created; async generators are not finalized), the per-runtime
// finalization queue, running the finalizers at safe points and at exit.
//
// The collector resurrects an unreachable registered object and queues it; the finalizers run at
// the same safe points as weakref callbacks (_weakref.cpp's interrupt hook at the next LoopHeader,
// the end of gc.collect()), after them, in allocation order: __del__(self), or close() for a
// generator suspended at a yield. An exception in a finalizer prints CPython's "Exception ignored
// in: <function D.__del__ at 0x...>" and traceback (writeUnraisable) and the program goes on. Each
// object is finalized at most once: one its __del__ stores somewhere lives on without being
// finalized again (PEP 442). As in PyPy, __del__ runs at the next collection after the object
// became unreachable, not at `del x` as with CPython's reference counts.
//
// Exit (docs/decisions.md D31): after the atexit callbacks, a collection finalizes the garbage,
// then every object still registered (reachable from module globals or elsewhere) is finalized in
// allocation order, as CPython's module teardown does for simple programs ("d = D()" at module
// level prints its __del__ output at exit).
#include "runtime/python/finalizer.h"
#include <unordered_map>
#include "runtime/python/modules/native_module.h"
#include "runtime/python/modules/weakref_state.h"

namespace dualvm::py {

namespace {

// Per runtime: the queue the collector fills (traced as a root until the finalizers ran).
struct FinalizerState final : gc::RootSource, gc::FinalizationQueue {
  explicit FinalizerState(PyLanguage& p) : P(p), heap(&p.vm.heap) {}
  PyLanguage& P;
  gc::Heap* heap;  // compared, never followed, once its VM may be gone
  bool running = false;
  void traceRoots(gc::Tracer& t) override { trace(t); }
  void requestSafePoint() override { requestPySafePoint(); }  // _weakref.cpp's hook runs us
};

// Never destroyed (a heap keeps a pointer to its state; see _weakref.cpp's statesTable).
std::unordered_map<PyLanguage*, FinalizerState*>& states() {
  static auto* table = new std::unordered_map<PyLanguage*, FinalizerState*>();
  return *table;
}

// A state is P's if P's heap traces it: a runtime created where a dead one was (same PyLanguage
// and heap addresses, as in unit tests) must not pick up the old, untraced state.
bool ownedBy(FinalizerState* s, gc::Heap& heap) { return s->heap == &heap && heap.hasRootSource(s); }

FinalizerState* findState(PyLanguage& P) {
  auto it = states().find(&P);
  return it != states().end() && ownedBy(it->second, P.vm.heap) ? it->second : nullptr;
}

FinalizerState& stateOf(PyLanguage& P) {
  if (FinalizerState* s = findState(P)) return *s;
  FinalizerState* s = new FinalizerState(P);  // a runtime at a dead one's address gets a new state
  P.vm.heap.addRootSource(s);
  states()[&P] = s;
  return *s;
}

// One queued object: __del__, or close() of a suspended generator.
void finalizeOne(PyLanguage& P, Value obj) {
  VM& vm = P.vm;
  Rooted self(vm, obj);
  if (isKind(obj, CellKind::Generator)) {
    auto* g = static_cast<GeneratorObject*>(asObject(obj));
    if (g->state != GeneratorObject::State::SuspendedYield) return;
    try {
      Rooted close(vm, P.getAttr(self, P.s("close"), true));
      P.call(close, nullptr, 0);
    } catch (ScriptThrow&) {
      writeUnraisable(P, "Exception ignored in: ", self);
    }
    return;
  }
  Rooted del(vm, P.lookupType(P.typeOf(obj), P.s("__del__")));
  if (del.get().isMagic(Magic::Empty)) return;  // __del__ removed from the class since
  try {
    Value arg = self;
    P.call(del, &arg, 1);
  } catch (ScriptThrow&) {
    writeUnraisable(P, "Exception ignored in: ", del);
  }
}

}  // namespace

bool computeTypeFinalizer(PyLanguage& P, PyType* ty) {
  ty->hasDel = !ty->builtin && !P.lookupType(ty, P.s("__del__")).isMagic(Magic::Empty);
  ty->delEpoch = P.vm.classEpoch;
  return ty->hasDel;
}

void registerFinalizable(PyLanguage& P, gc::Cell* c) {
  static FinalizerState* last = nullptr;  // the common case: one runtime
  FinalizerState* s = last && &last->P == &P && ownedBy(last, P.vm.heap) ? last : &stateOf(P);
  last = s;
  P.vm.heap.registerFinalizer(c, s);
}

void noteNewGenerator(PyLanguage& P, GeneratorObject* g) {
  const ir::Function& f = *g->callee->fn->ir;
  if (f.handlers.empty() || (f.isAsync && f.isGenerator)) return;
  registerFinalizable(P, g);
}

void runFinalizers(PyLanguage& P) {
  FinalizerState* st = findState(P);
  if (!st || st->running || st->empty()) return;
  st->running = true;
  VM& vm = P.vm;
  Rooted savedException(vm, vm.exception);  // a finalizer's own exception must not replace it
  try {
    while (!st->empty()) {
      RootedVector due(vm);
      for (gc::Cell* c : st->take()) due.push(Value::cell(c));
      for (size_t i = 0; i < due.size(); i++) finalizeOne(P, due[i]);
    }
  } catch (...) {
    st->running = false;
    throw;
  }
  vm.exception = savedException.get();
  st->running = false;
}

void runFinalizersOf(VM& vm) {
  for (auto& [lang, st] : states())
    if (ownedBy(st, vm.heap)) runFinalizers(*lang);
}

void finalizeAtExit(PyLanguage& P) {
  FinalizerState* st = findState(P);
  if (!st) return;
  VM& vm = P.vm;
  vm.heap.collect();
  runWeakrefCallbacks(P);
  runFinalizers(P);
  // What finalizers create is finalized too, within reason (a __del__ that keeps making new
  // finalizable objects must not hang the exit).
  for (int round = 0; round < 8 && vm.heap.finalizeAll(st); round++) runFinalizers(P);
}

}  // namespace dualvm::py
