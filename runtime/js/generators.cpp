// runtime/js/generators.cpp — generator objects (next/return/throw over VM::resume), async
// functions (a promise driven by awaits), async generators (a request queue of promises), and
// the iterator prototypes they hang from (%IteratorPrototype%, %GeneratorPrototype%, ...).
//
// GeneratorObject::languageData: async function -> its result promise; async generator -> an
// array of pending requests (InternalObject {promise, mode, value}). languageData2 is
// Value::boolean(true) while the frame is suspended at an `await` (not a `yield`).
#include "runtime/js/builtins.h"
#include "runtime/js/iteration.h"
#include "runtime/js/js_language.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/promise_core.h"

namespace dualvm::js {

using State = GeneratorObject::State;

static GeneratorObject* asGen(Value v) { return static_cast<GeneratorObject*>(v.asCell()); }

// ---------------------------------------------------------------------------------------------
// Synchronous generators

Value generatorResume(VM& vm, Value genValue, Value sent, ResumeMode mode) {
  if (!isKind(genValue, CellKind::Generator))
    throwTypeError(vm, "next method called on incompatible receiver " + describeForError(vm, genValue));
  Rooted rg(vm, genValue), rs(vm, sent);
  GeneratorObject* g = asGen(genValue);
  if (g->state == State::Running) throwTypeError(vm, "Generator is already running");
  if (g->state == State::SuspendedStart && mode != ResumeMode::Next) g->state = State::Completed;
  if (g->state == State::Completed) {
    if (mode == ResumeMode::Throw) vm.throwValue(sent);
    return createIterResult(vm, mode == ResumeMode::Return ? sent : Value::undefined(), true);
  }
  bool done = false;
  Value result;
  try {
    result = vm.resume(g, sent, mode, &done);
  } catch (ScriptThrow&) {
    asGen(rg)->state = State::Completed;
    throw;
  }
  if (done) asGen(rg)->state = State::Completed;
  return createIterResult(vm, result, done);
}

static Value generatorMethod(VM& vm, CallArgs& args) {
  return generatorResume(vm, args.thisValue, args[0], ResumeMode(static_cast<NativeFunction*>(args.callee)->magic));
}

// ---------------------------------------------------------------------------------------------
// Async functions

static void awaitOn(VM& vm, GeneratorObject* gen, Value v) {
  JsRealm& r = jsRealm(vm);
  Rooted rg(vm, Value::cell(gen)), rv(vm, v);
  PromiseObject* p;
  if (isPromise(v) && asObject(v)->proto() == r.promisePrototype) {
    p = asPromise(v);
  } else {
    p = newPromise(vm);
    Rooted rp(vm, Value::cell(p));
    resolvePromise(vm, p, rv);
    p = asPromise(rp);
  }
  Rooted rp(vm, Value::cell(p));
  asGen(rg)->languageData2 = Value::boolean(true);
  performPromiseThen(vm, p, rg, rg, nullptr);
}

void asyncAwait(VM& vm, GeneratorObject* gen, Value v) { awaitOn(vm, gen, v); }

static void asyncFunctionStep(VM& vm, GeneratorObject* gen, Value value, ResumeMode mode) {
  Rooted rg(vm, Value::cell(gen));
  gen->languageData2 = Value::boolean(false);
  bool done = false;
  Value result;
  try {
    result = vm.resume(gen, value, mode, &done);
  } catch (ScriptThrow&) {
    Value e = vm.exception;
    vm.exception = Value::undefined();
    Rooted re(vm, e);
    asGen(rg)->state = State::Completed;
    rejectPromise(vm, asPromise(asGen(rg)->languageData), re);
    return;
  }
  if (done) {
    Rooted rr(vm, result);
    asGen(rg)->state = State::Completed;
    resolvePromise(vm, asPromise(asGen(rg)->languageData), rr);
  }
}

Value startAsyncFunction(VM& vm, GeneratorObject* gen) {
  Rooted rg(vm, Value::cell(gen));
  PromiseObject* p = newPromise(vm);
  asGen(rg)->languageData = Value::cell(p);
  writeBarrier(asGen(rg), Value::cell(p));
  Rooted rp(vm, Value::cell(p));
  asyncFunctionStep(vm, asGen(rg), Value::undefined(), ResumeMode::Next);
  return rp;
}

// ---------------------------------------------------------------------------------------------
// Async generators

static bool isAsyncGenerator(GeneratorObject* g) {
  return g->callee && g->callee->fn->ir->isGenerator && g->callee->fn->ir->isAsync;
}

static void asyncGenDrain(VM& vm, GeneratorObject* gen);

// Settle the front request with a step's outcome and continue with the queue.
static void asyncGenSettleFront(VM& vm, GeneratorObject* gen, Value value, bool done, bool threw) {
  Rooted rg(vm, Value::cell(gen)), rv(vm, value);
  ArrayObject* q = asArray(gen->languageData);
  if (q->elements.empty()) return;
  Rooted req(vm, q->elements.front());
  q->elements.erase(q->elements.begin());
  PromiseObject* p = asPromise(static_cast<InternalObject*>(req.get().asCell())->internal[0]);
  Rooted rp(vm, Value::cell(p));
  if (threw) {
    rejectPromise(vm, p, rv);
  } else {
    Value res = createIterResult(vm, rv, done);
    fulfillPromise(vm, asPromise(rp), res);
  }
  asyncGenDrain(vm, asGen(rg));
}

static void asyncGenStep(VM& vm, GeneratorObject* gen, Value value, ResumeMode mode) {
  Rooted rg(vm, Value::cell(gen));
  gen->languageData2 = Value::boolean(false);
  bool done = false;
  Value result;
  try {
    result = vm.resume(gen, value, mode, &done);
  } catch (ScriptThrow&) {
    Value e = vm.exception;
    vm.exception = Value::undefined();
    asGen(rg)->state = State::Completed;
    asyncGenSettleFront(vm, asGen(rg), e, true, true);
    return;
  }
  if (done) {
    asGen(rg)->state = State::Completed;
    asyncGenSettleFront(vm, asGen(rg), result, true, false);
    return;
  }
  if (asGen(rg)->languageData2 == Value::boolean(true)) return;  // awaiting
  asyncGenSettleFront(vm, asGen(rg), result, false, false);
}

static void asyncGenDrain(VM& vm, GeneratorObject* gen) {
  Rooted rg(vm, Value::cell(gen));
  while (true) {
    GeneratorObject* g = asGen(rg);
    if (g->state == State::Running || g->languageData2 == Value::boolean(true)) return;
    ArrayObject* q = asArray(g->languageData);
    if (q->elements.empty()) return;
    InternalObject* req = static_cast<InternalObject*>(q->elements.front().asCell());
    ResumeMode mode = ResumeMode(req->internal[1].asInt());
    Value v = req->internal[2];
    if (g->state == State::SuspendedStart && mode != ResumeMode::Next) g->state = State::Completed;
    if (g->state == State::Completed) {
      asyncGenSettleFront(vm, g, mode == ResumeMode::Next ? Value::undefined() : v,
                          true, mode == ResumeMode::Throw);
      return;  // SettleFront drains the rest
    }
    asyncGenStep(vm, g, v, mode);
    return;
  }
}

static Value asyncGeneratorMethod(VM& vm, CallArgs& args) {
  ResumeMode mode = ResumeMode(static_cast<NativeFunction*>(args.callee)->magic);
  PromiseObject* p = newPromise(vm);
  Rooted rp(vm, Value::cell(p));
  if (!isKind(args.thisValue, CellKind::Generator) || !isAsyncGenerator(asGen(args.thisValue))) {
    Value e = makeError(vm, ErrorType::TypeError, "next method called on incompatible receiver");
    rejectPromise(vm, asPromise(rp), e);
    return rp;
  }
  Rooted rg(vm, args.thisValue);
  GeneratorObject* g = asGen(rg);
  if (!isArray(g->languageData)) {
    ArrayObject* q = newArray(vm, 0);
    asGen(rg)->languageData = Value::cell(q);
    writeBarrier(asGen(rg), Value::cell(q));
  }
  InternalObject* req = newInternalObject(vm, ClassTag::None, nullptr, 3);
  req->setInternal(0, rp);
  req->setInternal(1, Value::integer(int32_t(mode)));
  req->setInternal(2, args[0]);
  asArray(asGen(rg)->languageData)->push(Value::cell(req));
  if (asArray(asGen(rg)->languageData)->elements.size() == 1) asyncGenDrain(vm, asGen(rg));
  return rp;
}

void resumeAwaitingGenerator(VM& vm, GeneratorObject* gen, Value value, bool isReject) {
  ResumeMode mode = isReject ? ResumeMode::Throw : ResumeMode::Next;
  if (isAsyncGenerator(gen)) {
    Rooted rg(vm, Value::cell(gen));
    asyncGenStep(vm, gen, value, mode);
  } else {
    asyncFunctionStep(vm, gen, value, mode);
  }
}

// ---------------------------------------------------------------------------------------------
// %AsyncFromSyncIteratorPrototype%: internal [0] sync iterator, [1] its next method.

static Value asyncFromSyncUnwrap(VM& vm, CallArgs& args) {
  bool done = static_cast<NativeFunction*>(args.callee)->magic == 1;
  return createIterResult(vm, args[0], done);
}

// next (magic 0) / return (magic 2).
static Value asyncFromSyncMethod(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  int mode = static_cast<NativeFunction*>(args.callee)->magic;
  PromiseCapability cap;
  newPromiseCapability(vm, Value::undefined(), &cap);
  Rooted p(vm, cap.promise), res(vm, cap.resolve), rej(vm, cap.reject);
  try {
    if (!hasClassTag(args.thisValue, ClassTag::AsyncFromSyncIterator)) throwTypeError(vm, "not an async-from-sync iterator");
    InternalObject* it = static_cast<InternalObject*>(args.thisValue.asCell());
    Rooted iter(vm, it->internal[0]);
    Rooted result(vm);
    if (mode == 0) {
      Rooted next(vm, it->internal[1]);
      result = args.argc ? call(vm, next, iter, args.argv, 1) : call(vm, next, iter);
    } else {
      Value ret = getMethod(vm, iter, r.names.return_);
      if (ret.isUndefined()) {
        Value v = createIterResult(vm, args[0], true);
        call(vm, res, Value::undefined(), &v, 1);
        return p;
      }
      Rooted rr(vm, ret);
      result = args.argc ? call(vm, rr, iter, args.argv, 1) : call(vm, rr, iter);
    }
    if (!isObject(result)) throwTypeError(vm, "Iterator result " + describeForError(vm, result) + " is not an object");
    bool done = toBoolean(js::getProperty(vm, result, r.names.done));
    Rooted value(vm, js::getProperty(vm, result, r.names.value));
    Rooted wrapper(vm, promiseResolve(vm, Value::undefined(), value));
    NativeFunction* unwrap = newNativeFunction(vm, asyncFromSyncUnwrap, r.names.empty, 1, false, done ? 1 : 0);
    Rooted ru(vm, Value::cell(unwrap));
    PromiseCapability c2{p.get(), res.get(), rej.get()};
    performPromiseThen(vm, asPromise(wrapper), ru, rej, &c2);
  } catch (ScriptThrow&) {
    Value e = vm.exception;
    vm.exception = Value::undefined();
    Rooted re(vm, e);
    Value arg = re;
    call(vm, rej, Value::undefined(), &arg, 1);
  }
  return p;
}

Value createAsyncFromSyncIterator(VM& vm, Value iterator, Value nextMethod) {
  Rooted ri(vm, iterator), rn(vm, nextMethod);
  InternalObject* o = newInternalObject(vm, ClassTag::AsyncFromSyncIterator,
                                        jsRealm(vm).asyncFromSyncIteratorPrototype, 2);
  o->setInternal(0, ri);
  o->setInternal(1, rn);
  return Value::cell(o);
}

// ---------------------------------------------------------------------------------------------
// Prototypes

static Value returnThis(VM&, CallArgs& args) { return args.thisValue; }

void installIteratorBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Value toStringTag;
  auto tag = [&](Object* o, const char* t) {
    defineValue(vm, o, r.symbols.toStringTag, Value::cell(vm.intern(t)), kConfigurable);
  };
  NativeFunction* it = defineNativeMethod(vm, r.iteratorPrototype, r.symbols.iterator, returnThis, 0);
  static_cast<void>(it);
  defineNativeMethod(vm, r.asyncIteratorPrototype, r.symbols.asyncIterator, returnThis, 0);

  // %GeneratorFunction.prototype% and %GeneratorPrototype%.
  defineValue(vm, r.generatorFunctionPrototype, r.names.prototype, Value::cell(r.generatorPrototype), kConfigurable);
  defineValue(vm, r.generatorPrototype, r.names.constructor, Value::cell(r.generatorFunctionPrototype), kConfigurable);
  tag(r.generatorFunctionPrototype, "GeneratorFunction");
  tag(r.generatorPrototype, "Generator");
  defineNativeMethod(vm, r.generatorPrototype, "next", generatorMethod, 1, int32_t(ResumeMode::Next));
  defineNativeMethod(vm, r.generatorPrototype, "return", generatorMethod, 1, int32_t(ResumeMode::Return));
  defineNativeMethod(vm, r.generatorPrototype, "throw", generatorMethod, 1, int32_t(ResumeMode::Throw));

  defineValue(vm, r.asyncGeneratorFunctionPrototype, r.names.prototype, Value::cell(r.asyncGeneratorPrototype), kConfigurable);
  defineValue(vm, r.asyncGeneratorPrototype, r.names.constructor, Value::cell(r.asyncGeneratorFunctionPrototype), kConfigurable);
  tag(r.asyncGeneratorFunctionPrototype, "AsyncGeneratorFunction");
  tag(r.asyncGeneratorPrototype, "AsyncGenerator");
  defineNativeMethod(vm, r.asyncGeneratorPrototype, "next", asyncGeneratorMethod, 1, int32_t(ResumeMode::Next));
  defineNativeMethod(vm, r.asyncGeneratorPrototype, "return", asyncGeneratorMethod, 1, int32_t(ResumeMode::Return));
  defineNativeMethod(vm, r.asyncGeneratorPrototype, "throw", asyncGeneratorMethod, 1, int32_t(ResumeMode::Throw));

  tag(r.asyncFunctionPrototype, "AsyncFunction");
  defineNativeMethod(vm, r.asyncFromSyncIteratorPrototype, "next", asyncFromSyncMethod, 1, 0);
  defineNativeMethod(vm, r.asyncFromSyncIteratorPrototype, "return", asyncFromSyncMethod, 1, 2);
}

}  // namespace dualvm::js
