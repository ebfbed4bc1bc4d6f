// runtime/python/generator.cpp — generators and coroutines on the Python side (owner: pyclass).
//
// Generators, coroutines and async generators are all GeneratorObjects (runtime/vm.h); the type
// (generator / coroutine / async_generator) follows the function's flags. `await x` is CPython's
// `yield from x.__await__()`: the Await opcode calls PyLanguage::awaitValue, which stores the
// awaited iterator in gen->languageData and suspends; whoever drives the coroutine (send/throw
// here, an event loop through them) then steps that iterator first (stepGen), passing what it
// yields out and resuming the coroutine with its return value or exception. Async generators'
// __anext__/asend/athrow/aclose return small awaitables (async_generator_asend) whose steps end
// with StopIteration(yielded value). Also here: PEP 479 (StopIteration inside a generator becomes
// RuntimeError), close() and GeneratorExit, `yield from` delegation of send/throw/close, and
// keyword calls of generator functions.
#include "runtime/interpreter.h"
#include "runtime/python/py_class.h"

namespace dualvm::py {

#define L (lang(vm))

static PyType *gCoroutine, *gAsyncGen, *gAsend, *gCoroWrapper;

static GeneratorObject* asGen(Value v) { return static_cast<GeneratorObject*>(asObject(v)); }
static bool isGen(Value v) { return isKind(v, CellKind::Generator); }
static bool isCoroutine(Value v) { return isGen(v) && asGen(v)->callee->fn->ir->isAsync && !asGen(v)->callee->fn->ir->isGenerator; }
static bool isAsyncGen(Value v) { return isGen(v) && asGen(v)->callee->fn->ir->isAsync && asGen(v)->callee->fn->ir->isGenerator; }
static const char* kindName(Value g) { return isCoroutine(g) ? "coroutine" : isAsyncGen(g) ? "async generator" : "generator"; }

PyType* generatorType(PyLanguage& P, GeneratorObject* g) {
  const ir::Function& f = *g->callee->fn->ir;
  if (f.isAsync && f.isGenerator) return gAsyncGen;
  if (f.isAsync) return gCoroutine;
  return P.t.generator;
}

static Value stopIteration(PyLanguage& P, Value value) {
  VM& vm = P.vm;
  Rooted rv(vm, value.isUndefined() ? Value::null() : value);
  Rooted e(vm, P.makeException(P.t.StopIteration, ""));
  asObject(e)->putDirect(vm, P.s("args"), rv.get().isNull() ? P.newTuple(nullptr, 0) : P.newTuple(rv.address(), 1));
  asObject(e)->putDirect(vm, P.s("value"), rv);
  return e;
}

// The value a StopIteration carries.
static Value stopValue(PyLanguage& P, Value exc) {
  Value v = P.getAttr(exc, P.s("value"), false);
  return v.isMagic(Magic::Empty) ? Value::null() : v;
}

enum Step { Suspended = 0, Yielded = 1, Returned = 2 };

static Step stepGen(PyLanguage& P, Value gen, Value sent, ResumeMode mode, Value* out);

// One step of an awaited/delegated iterator: a generator-like object steps natively, anything
// else through its send/throw/__next__ methods. Returns Returned with the StopIteration value.
static Step stepIterator(PyLanguage& P, Value it, Value sent, ResumeMode mode, Value* out) {
  VM& vm = P.vm;
  if (isGen(it)) return stepGen(P, it, sent, mode, out) == Returned ? Returned : Yielded;
  Rooted rit(vm, it), rs(vm, sent);
  try {
    if (mode == ResumeMode::Throw) {
      Value th = P.getAttr(rit, P.s("throw"), false);
      if (th.isMagic(Magic::Empty)) vm.throwValue(rs);
      Rooted rth(vm, th);
      *out = P.call(rth, rs.address(), 1);
    } else if (mode == ResumeMode::Return) {
      Value cl = P.getAttr(rit, P.s("close"), false);
      if (!cl.isMagic(Magic::Empty)) { Rooted rc(vm, cl); P.call(rc, nullptr, 0); }
      *out = Value::null();
      return Returned;
    } else if (sent.isNullish()) {
      bool found = false;
      *out = P.callDunder(rit, "__next__", nullptr, 0, &found);
      if (!found) P.raise(P.t.TypeError, "'" + P.typeName(rit) + "' object is not an iterator");
    } else {
      Value sm = P.getAttr(rit, P.s("send"), false);
      if (sm.isMagic(Magic::Empty)) P.raise(P.t.AttributeError, "'" + P.typeName(rit) + "' object has no attribute 'send'");
      Rooted rsm(vm, sm);
      *out = P.call(rsm, rs.address(), 1);
    }
  } catch (ScriptThrow&) {
    if (!P.isInstance(vm.exception, P.t.StopIteration)) throw;
    Rooted e(vm, vm.exception);
    vm.exception = Value::undefined();
    *out = stopValue(P, e);
    return Returned;
  }
  return Yielded;
}

// Resumes gen (with its pending await first); out is what it yields or returns.
static Step stepGen(PyLanguage& P, Value gen, Value sent, ResumeMode mode, Value* out) {
  VM& vm = P.vm;
  Rooted rg(vm, gen), rs(vm, sent);
  for (;;) {
    GeneratorObject* g = asGen(rg);
    if (!g->languageData.isUndefined()) {
      if (g->state == GeneratorObject::State::Running)
        P.raise(P.t.ValueError, std::string(kindName(rg)) + " already executing");
      Rooted d(vm, g->languageData);
      Rooted r(vm);
      Step st;
      bool threw = false;
      try {
        Value v;
        st = stepIterator(P, d, rs, mode, &v);
        r = v;
      } catch (ScriptThrow&) {
        threw = true;
        rs = vm.exception;
        vm.exception = Value::undefined();
      }
      if (threw) {
        asGen(rg)->languageData = Value::undefined();
        mode = ResumeMode::Throw;
      } else if (st != Returned) {
        *out = r;
        return Suspended;
      } else {
        asGen(rg)->languageData = Value::undefined();
        rs = r.get();
        mode = mode == ResumeMode::Return ? ResumeMode::Return : ResumeMode::Next;
      }
    }
    bool fin = false;
    Value r;
    try {
      r = vm.resume(asGen(rg), rs, mode, &fin);
    } catch (ScriptThrow&) {
      // PEP 479: a StopIteration escaping the frame is a RuntimeError
      if (P.isInstance(vm.exception, P.t.StopIteration) || (isAsyncGen(rg) && P.isInstance(vm.exception, P.t.StopAsyncIteration))) {
        Rooted e(vm, vm.exception);
        bool async = P.isInstance(e, P.t.StopAsyncIteration);
        Value ne = P.makeException(P.t.RuntimeError, std::string(kindName(rg)) + " raised " + (async ? "StopAsyncIteration" : "StopIteration"));
        Rooted rne(vm, ne);
        asObject(rne)->putDirect(vm, P.s("__cause__"), e);
        asObject(rne)->putDirect(vm, P.s("__context__"), e);
        asObject(rne)->putDirect(vm, P.s("__suppress_context__"), Value::boolean(true));
        vm.throwValue(rne);
      }
      throw;
    }
    if (fin) { *out = r.isUndefined() ? Value::null() : r; return Returned; }
    if (!asGen(rg)->languageData.isUndefined()) {  // an await began: step the awaitable first
      rs = Value::null();
      mode = ResumeMode::Next;
      continue;
    }
    *out = r;
    return Yielded;
  }
}

// `await v` (the Await opcode): find v's iterator (a coroutine itself, else v.__await__()).
void PyLanguage::awaitValue(VM&, GeneratorObject* gen, Value v) {
  Rooted rgen(vm, Value::cell(gen)), rv(vm, v);
  Value it;
  if (isCoroutine(v)) {
    if (asGen(v)->state == GeneratorObject::State::Completed) raise(t.RuntimeError, "cannot reuse already awaited coroutine");
    it = v;
  } else {
    Value m = lookupType(typeOf(v), s("__await__"));
    if (m.isMagic(Magic::Empty) || m.isNull()) raise(t.TypeError, "object " + typeName(v) + " can't be used in 'await' expression");
    bool found;
    it = callDunder(rv, "__await__", nullptr, 0, &found);
    if (isCoroutine(it)) raise(t.TypeError, "__await__() returned a coroutine");
    if (!isGen(it) && lookupType(typeOf(it), s("__next__")).isMagic(Magic::Empty))
      raise(t.TypeError, "__await__() returned non-iterator of type '" + typeName(it) + "'");
  }
  asGen(rgen)->languageData = it;
  writeBarrier(asGen(rgen), it);
}

// ---- generator / coroutine methods ----

static Value genSelf(VM& vm, CallArgs& a) {
  Value self = nativeSelf(a);
  if (!isGen(self)) L.raise(L.t.TypeError, "descriptor requires a generator object");
  return self;
}

static Value finishStep(PyLanguage& P, Value gen, Step st, Value out) {
  if (st == Returned) {
    if (isAsyncGen(gen)) P.vm.throwValue(P.makeException(P.t.StopAsyncIteration, ""));
    P.vm.throwValue(stopIteration(P, out));
  }
  return out;
}

// __next__ (0) / send (1)
static Value g_send(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  Rooted g(vm, genSelf(vm, a));
  Value v = m == 1 ? a[0] : Value::null();
  GeneratorObject* gen = asGen(g);
  if (gen->state == GeneratorObject::State::Completed) {
    if (isCoroutine(g)) P.raise(P.t.RuntimeError, "cannot reuse already awaited coroutine");
    vm.throwValue(P.makeException(P.t.StopIteration, ""));
  }
  if (gen->state == GeneratorObject::State::SuspendedStart && !v.isNull())
    P.raise(P.t.TypeError, std::string("can't send non-None value to a just-started ") + kindName(g));
  if (gen->state == GeneratorObject::State::Running) P.raise(P.t.ValueError, std::string(kindName(g)) + " already executing");
  Value out;
  Step st = stepGen(P, g, v, ResumeMode::Next, &out);
  return finishStep(P, g, st, out);
}

static Value excFromArgs(PyLanguage& P, CallArgs& a) {
  VM& vm = P.vm;
  Value typ = a[0];
  if (isType(typ)) {
    if (!P.isSubtype(asType(typ), P.t.BaseException)) P.raise(P.t.TypeError, "exceptions must be classes or instances deriving from BaseException, not type");
    Value val = a[1];
    if (a.argc > 1 && P.isInstance(val, asType(typ))) return val;
    if (a.argc > 1 && !val.isNull()) { Rooted rv(vm, val); return P.call(typ, rv.address(), 1); }
    return P.call(typ, nullptr, 0);
  }
  if (!P.isInstance(typ, P.t.BaseException)) P.raise(P.t.TypeError, "exceptions must be classes or instances deriving from BaseException, not " + P.typeName(typ));
  if (a.argc > 1 && !a[1].isNull()) P.raise(P.t.TypeError, "instance exception may not have a separate value");
  return typ;
}

static Value g_throw(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted g(vm, genSelf(vm, a));
  Rooted exc(vm, excFromArgs(P, a));
  P.attachTraceback(exc);
  GeneratorObject* gen = asGen(g);
  if (gen->state == GeneratorObject::State::Running) P.raise(P.t.ValueError, std::string(kindName(g)) + " already executing");
  if (gen->state != GeneratorObject::State::SuspendedYield) {
    gen->state = GeneratorObject::State::Completed;
    gen->regs.clear();
    vm.throwValue(exc);
  }
  Value out;
  Step st = stepGen(P, g, exc, ResumeMode::Throw, &out);
  return finishStep(P, g, st, out);
}

// close(): GeneratorExit at the suspension point; yielding again is a RuntimeError.
static void closeGen(PyLanguage& P, Value gen, const char* what) {
  VM& vm = P.vm;
  Rooted g(vm, gen);
  GeneratorObject* gn = asGen(g);
  if (gn->state == GeneratorObject::State::Running) P.raise(P.t.ValueError, std::string(kindName(g)) + " already executing");
  if (gn->state != GeneratorObject::State::SuspendedYield) {
    gn->state = GeneratorObject::State::Completed;
    gn->regs.clear();
    return;
  }
  Rooted ge(vm, P.makeException(P.t.GeneratorExit, ""));
  Value out;
  Step st;
  try {
    st = stepGen(P, g, ge, ResumeMode::Throw, &out);
  } catch (ScriptThrow&) {
    if (P.isInstance(vm.exception, P.t.GeneratorExit) || P.isInstance(vm.exception, P.t.StopIteration)) {
      vm.exception = Value::undefined();
      return;
    }
    throw;
  }
  if (st != Returned) P.raise(P.t.RuntimeError, std::string(what) + " ignored GeneratorExit");
}

static Value g_close(VM& vm, CallArgs& a) {
  Value g = genSelf(vm, a);
  closeGen(L, g, kindName(g));
  return Value::null();
}

static Value g_iter(VM& vm, CallArgs& a) { return genSelf(vm, a); }

// coroutine.__await__(): a coroutine_wrapper iterator over the coroutine
static Value c_await(VM& vm, CallArgs& a) {
  Rooted g(vm, genSelf(vm, a));
  PyBox* w = vm.heap.make<PyBox>(vm.emptyShape(), gCoroWrapper, kTagNone);
  w->a = g;
  return Value::cell(w);
}
static Value w_iter(VM& vm, CallArgs& a) { return nativeSelf(a); }
static Value w_step(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  Value self = nativeSelf(a);
  if (P.typeOf(self) != gCoroWrapper) P.raise(P.t.TypeError, "descriptor requires a 'coroutine_wrapper' object");
  Rooted g(vm, asBox(self)->a);
  // forward to the coroutine's own methods
  CallArgs inner = a;
  inner.thisValue = g;
  if (m == 0) { Rooted none(vm, Value::null()); Value v = none; inner.argv = &v; inner.argc = 0; return g_send(vm, inner); }
  if (m == 1) return g_send(vm, inner);
  if (m == 2) return g_throw(vm, inner);
  closeGen(P, g, "coroutine");
  return Value::null();
}

// ---- async generators ----

// async_generator_asend: a = the async generator, b = the value (or exception), c = mode
// (0 asend, 1 athrow, 2 aclose; +8 once started, +16 once finished).
static Value newAsend(PyLanguage& P, Value agen, Value v, int mode) {
  VM& vm = P.vm;
  Rooted ra(vm, agen), rv(vm, v);
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), gAsend, kTagNone);
  b->a = ra; b->b = rv; b->c = Value::integer(mode);
  return Value::cell(b);
}

static Value asendStep(PyLanguage& P, Value self, Value sent, ResumeMode mode) {
  VM& vm = P.vm;
  Rooted rself(vm, self), rs(vm, sent);
  PyBox* b = asBox(self);
  int st = b->c.asInt();
  if (st & 16) P.raise(P.t.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  int kind = st & 7;
  Rooted ag(vm, b->a);
  if (!(st & 8)) {
    // first step: the operation itself
    b->c = Value::integer(st | 8);
    if (kind == 0) {
      if (!sent.isNullish()) P.raise(P.t.TypeError, "can't send non-None value to a just-started async generator");
      rs = b->b;
      mode = ResumeMode::Next;
      if (asGen(ag)->state == GeneratorObject::State::SuspendedStart && !rs.get().isNull())
        P.raise(P.t.TypeError, "can't send non-None value to a just-started async generator");
    } else {
      rs = kind == 2 ? P.makeException(P.t.GeneratorExit, "") : b->b;
      mode = ResumeMode::Throw;
    }
    if (asGen(ag)->state == GeneratorObject::State::Completed || (mode == ResumeMode::Throw && asGen(ag)->state == GeneratorObject::State::SuspendedStart)) {
      asGen(ag)->state = GeneratorObject::State::Completed;
      asBox(rself)->c = Value::integer(asBox(rself)->c.asInt() | 16);
      if (kind == 2) vm.throwValue(stopIteration(P, Value::null()));
      if (kind == 1 && asGen(ag)->state != GeneratorObject::State::Completed) vm.throwValue(rs);
      vm.throwValue(P.makeException(P.t.StopAsyncIteration, ""));
    }
  }
  Value out;
  Step r;
  try {
    r = stepGen(P, ag, rs, mode, &out);
  } catch (ScriptThrow&) {
    asBox(rself)->c = Value::integer(asBox(rself)->c.asInt() | 16);
    if (kind == 2 && (P.isInstance(vm.exception, P.t.GeneratorExit) || P.isInstance(vm.exception, P.t.StopAsyncIteration))) {
      vm.exception = Value::undefined();
      vm.throwValue(stopIteration(P, Value::null()));
    }
    throw;
  }
  if (r == Suspended) return out;  // an await inside the generator: pass the awaitable's value out
  asBox(rself)->c = Value::integer(asBox(rself)->c.asInt() | 16);
  if (r == Yielded) {
    if (kind == 2) P.raise(P.t.RuntimeError, "async generator ignored GeneratorExit");
    vm.throwValue(stopIteration(P, out));
  }
  if (kind == 2) vm.throwValue(stopIteration(P, Value::null()));
  vm.throwValue(P.makeException(P.t.StopAsyncIteration, ""));
}

static Value as_step(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  Value self = nativeSelf(a);
  if (P.typeOf(self) != gAsend) P.raise(P.t.TypeError, "descriptor requires an 'async_generator_asend' object");
  if (m == 0) return asendStep(P, self, Value::null(), ResumeMode::Next);
  if (m == 1) return asendStep(P, self, a[0], ResumeMode::Next);
  if (m == 2) { Rooted rs(vm, self); Value e = excFromArgs(P, a); return asendStep(P, rs, e, ResumeMode::Throw); }
  asBox(self)->c = Value::integer(asBox(self)->c.asInt() | 16);
  return Value::null();
}
static Value as_iter(VM& vm, CallArgs& a) { return nativeSelf(a); }

static Value ag_anext(VM& vm, CallArgs& a) { Value g = genSelf(vm, a); return newAsend(L, g, Value::null(), 0); }
static Value ag_asend(VM& vm, CallArgs& a) { Value g = genSelf(vm, a); return newAsend(L, g, a[0], 0); }
static Value ag_athrow(VM& vm, CallArgs& a) {
  Rooted g(vm, genSelf(vm, a));
  Value e = excFromArgs(L, a);
  return newAsend(L, g, e, 1);
}
static Value ag_aclose(VM& vm, CallArgs& a) { Value g = genSelf(vm, a); return newAsend(L, g, Value::null(), 2); }
static Value ag_aiter(VM& vm, CallArgs& a) { return genSelf(vm, a); }

// ---- `yield from` (YieldStar) in generators ----
int PyLanguage::delegateYield(VM&, Value iterator, uint8_t mode, Value received, Value* out) {
  Rooted ri(vm, iterator), rr(vm, received);
  if (isCoroutine(iterator)) raise(t.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
  if (mode == uint8_t(ResumeMode::Return)) {
    // close() of the outer generator: close the delegate, then finish the outer with GeneratorExit
    if (isGen(ri)) closeGen(*this, ri, kindName(ri));
    else { Value v; stepIterator(*this, ri, Value::null(), ResumeMode::Return, &v); }
    *out = received;
    return 2;
  }
  if (mode == uint8_t(ResumeMode::Throw) && isInstance(rr, t.GeneratorExit)) {
    if (isGen(ri)) closeGen(*this, ri, kindName(ri));
    else { Value v; stepIterator(*this, ri, Value::null(), ResumeMode::Return, &v); }
    vm.throwValue(rr);
  }
  Value v;
  Step st;
  if (isGen(ri)) {
    GeneratorObject* g = asGen(ri);
    if (g->state == GeneratorObject::State::SuspendedStart && mode == 0 && !rr.get().isNullish())
      raise(t.TypeError, "can't send non-None value to a just-started generator");
    st = stepGen(*this, ri, mode == 0 && rr.get().isUndefined() ? Value::null() : rr.get(), ResumeMode(mode), &v);
  } else if (isPyIter(ri) && mode == 0) {
    bool done = false;
    v = next(ri, &done);
    st = done ? Returned : Yielded;
    if (done) v = Value::null();
  } else {
    st = stepIterator(*this, ri, mode == 0 && rr.get().isUndefined() ? Value::null() : rr.get(), ResumeMode(mode), &v);
  }
  *out = v;
  return st == Returned ? 1 : 0;
}

// Calling a generator function with keyword arguments: bind them into the suspended frame.
Value startGeneratorKw(PyLanguage& P, Closure* c, const Value* argv, uint32_t argc, const ir::ConstantList* kwNames) {
  VM& vm = P.vm;
  Rooted rc(vm, Value::cell(c));
  const ir::Function& f = *c->fn->ir;
  auto* gen = vm.heap.make<GeneratorObject>(vm.emptyShape(), nullptr);
  Rooted rg(vm, Value::cell(gen));
  gen->callee = c;
  gen->thisValue = Value::undefined();
  gen->newTarget = Value::undefined();
  gen->env = c->env;
  gen->state = GeneratorObject::State::SuspendedStart;
  gen->regs.assign(size_t(f.numRegs) + argc, Value::undefined());
  for (uint32_t i = 0; i < argc; i++) gen->regs[f.numRegs + i] = argv[i];
  vm.heap.noteExternalGrowth(gen->regs.heapBytes());
  P.bindArguments(vm, c, gen->regs.data() + f.numRegs, argc, kwNames, gen->regs.data());
  return P.startGenerator(vm, gen);
}

// `async for`: iter.__aiter__() (GetAsyncIterator)
Value asyncIterator(PyLanguage& P, Value v) {
  VM& vm = P.vm;
  if (isAsyncGen(v)) return v;
  Rooted rv(vm, v);
  Value m = P.lookupType(P.typeOf(v), P.s("__aiter__"));
  if (m.isMagic(Magic::Empty) || m.isNull())
    P.raise(P.t.TypeError, "'async for' requires an object with __aiter__ method, got " + P.typeName(v));
  bool found;
  Value it = P.callDunder(rv, "__aiter__", nullptr, 0, &found);
  if (!isAsyncGen(it) && P.lookupType(P.typeOf(it), P.s("__anext__")).isMagic(Magic::Empty))
    P.raise(P.t.TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: " + P.typeName(it));
  return it;
}

// The AsyncNext / AsyncWithEnter / AsyncWithExit intrinsics.
Value asyncIntrinsic(PyLanguage& P, int which, Value* args) {
  VM& vm = P.vm;
  if (which == 0) {  // AsyncNext
    if (isAsyncGen(args[0])) return newAsend(P, args[0], Value::null(), 0);
    Rooted it(vm, args[0]);
    bool found;
    Value r = P.callDunder(it, "__anext__", nullptr, 0, &found);
    if (!found) P.raise(P.t.TypeError, "'async for' requires an iterator with __anext__ method, got " + P.typeName(it));
    return r;
  }
  if (which == 1) {  // AsyncWithEnter
    Rooted m(vm, args[0]);
    Value aexit = P.lookupType(P.typeOf(m), P.s("__aexit__"));
    Value aenter = P.lookupType(P.typeOf(m), P.s("__aenter__"));
    if (aexit.isMagic(Magic::Empty) || aenter.isMagic(Magic::Empty))
      P.raise(P.t.TypeError, "'" + P.typeName(m) + "' object does not support the asynchronous context manager protocol");
    args[1] = P.getAttr(m, P.s("__aexit__"));
    bool f;
    return P.callDunder(m, "__aenter__", nullptr, 0, &f);
  }
  // AsyncWithExit
  Value exc = args[1];
  if (exc.isNullish()) { Value a3[3] = {Value::null(), Value::null(), Value::null()}; return P.call(args[0], a3, 3); }
  Rooted rexit(vm, args[0]), rexc(vm, exc);
  Value tb = P.getAttr(rexc, P.s("__traceback__"), false);
  Value a3[3] = {Value::cell(P.typeOf(rexc)), rexc, tb.isMagic(Magic::Empty) ? Value::null() : tb};
  return P.call(rexit, a3, 3);
}

void installGenerators(PyLanguage& P) {
  gCoroutine = P.newType("coroutine", P.t.object);
  gAsyncGen = P.newType("async_generator", P.t.object);
  gAsend = P.newType("async_generator_asend", P.t.object);
  gCoroWrapper = P.newType("coroutine_wrapper", P.t.object);
  PyType* g = P.t.generator;
  P.defNative(g, "__next__", g_send, 0); P.defNative(g, "send", g_send, 1);
  P.defNative(g, "throw", g_throw); P.defNative(g, "close", g_close); P.defNative(g, "__iter__", g_iter);
  P.defNative(gCoroutine, "send", g_send, 1); P.defNative(gCoroutine, "throw", g_throw);
  P.defNative(gCoroutine, "close", g_close); P.defNative(gCoroutine, "__await__", c_await);
  P.defNative(gCoroWrapper, "__iter__", w_iter); P.defNative(gCoroWrapper, "__next__", w_step, 0);
  P.defNative(gCoroWrapper, "send", w_step, 1); P.defNative(gCoroWrapper, "throw", w_step, 2);
  P.defNative(gCoroWrapper, "close", w_step, 3);
  P.defNative(gAsyncGen, "__anext__", ag_anext); P.defNative(gAsyncGen, "asend", ag_asend);
  P.defNative(gAsyncGen, "athrow", ag_athrow); P.defNative(gAsyncGen, "aclose", ag_aclose);
  P.defNative(gAsyncGen, "__aiter__", ag_aiter);
  P.defNative(gAsend, "__next__", as_step, 0); P.defNative(gAsend, "send", as_step, 1);
  P.defNative(gAsend, "throw", as_step, 2); P.defNative(gAsend, "close", as_step, 3);
  P.defNative(gAsend, "__await__", as_iter); P.defNative(gAsend, "__iter__", as_iter);
}

}  // namespace dualvm::py
