// runtime/js/promise_core.cpp — promise states, reactions and jobs (ECMA-262 §27.2.1-27.2.2).
#include "runtime/js/promise_core.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"

namespace dualvm::js {

void PromiseObject::trace(gc::Tracer& t) {
  Object::trace(t);
  traceValue(t, result);
  for (auto* list : {&fulfillReactions, &rejectReactions}) {
    for (const PromiseReaction& r : *list) {
      traceValue(t, r.capPromise);
      traceValue(t, r.capResolve);
      traceValue(t, r.capReject);
      traceValue(t, r.handler);
    }
  }
}

size_t PromiseObject::memoryBytes() const {
  return Object::memoryBytes() +
         (fulfillReactions.capacity() + rejectReactions.capacity()) * sizeof(PromiseReaction);
}

PromiseObject* newPromise(VM& vm, Object* proto) {
  if (!proto) proto = jsRealm(vm).promisePrototype;
  return vm.heap.make<PromiseObject>(vm.emptyShape(), proto);
}

static void triggerReactions(VM& vm, std::vector<PromiseReaction>& reactions, Value argument, bool reject) {
  JsRealm& r = jsRealm(vm);
  for (const PromiseReaction& re : reactions) {
    Microtask m{Microtask::PromiseReaction, uint8_t(reject ? 1 : 0), re.handler, argument,
                re.capPromise, re.capResolve, re.capReject};
    r.microtasks.push_back(m);
  }
  reactions.clear();
}

void fulfillPromise(VM& vm, PromiseObject* p, Value value) {
  if (p->state != PromiseObject::State::Pending) return;
  p->result = value;
  writeBarrier(p, value);
  p->state = PromiseObject::State::Fulfilled;
  p->rejectReactions.clear();
  triggerReactions(vm, p->fulfillReactions, value, false);
}

void rejectPromise(VM& vm, PromiseObject* p, Value reason) {
  if (p->state != PromiseObject::State::Pending) return;
  p->result = reason;
  writeBarrier(p, reason);
  p->state = PromiseObject::State::Rejected;
  p->fulfillReactions.clear();
  if (!p->isHandled) jsRealm(vm).pendingRejections.push_back(Value::cell(p));
  triggerReactions(vm, p->rejectReactions, reason, true);
}

void resolvePromise(VM& vm, PromiseObject* p, Value resolution) {
  if (p->state != PromiseObject::State::Pending) return;
  JsRealm& r = jsRealm(vm);
  if (resolution == Value::cell(p)) {
    Rooted rp(vm, Value::cell(p));
    Value err = makeError(vm, ErrorType::TypeError, "Chaining cycle detected for promise #<Promise>");
    rejectPromise(vm, p, err);
    return;
  }
  if (!isObject(resolution)) { fulfillPromise(vm, p, resolution); return; }
  Rooted rp(vm, Value::cell(p)), rres(vm, resolution);
  Value then;
  try {
    then = getProperty(vm, resolution, r.names.then);
  } catch (ScriptThrow&) {
    Value e = vm.exception;
    vm.exception = Value::undefined();
    rejectPromise(vm, p, e);
    return;
  }
  if (!isCallable(then)) { fulfillPromise(vm, p, rres); return; }
  r.microtasks.push_back(Microtask{Microtask::PromiseResolveThenable, 0, rp, rres, then});
}

// Resolving functions: data = the promise, data2 = a shared "already resolved" cell (an
// InternalObject whose internal[0] is a boolean), magic 0 = resolve, 1 = reject.
static Value resolvingFunction(VM& vm, CallArgs& args) {
  NativeFunction* f = static_cast<NativeFunction*>(args.callee);
  InternalObject* flag = static_cast<InternalObject*>(f->data2.asCell());
  if (flag->internal[0].asBool()) return Value::undefined();
  flag->internal[0] = Value::boolean(true);
  PromiseObject* p = asPromise(f->data);
  if (f->magic == 0) resolvePromise(vm, p, args[0]);
  else rejectPromise(vm, p, args[0]);
  return Value::undefined();
}

void createResolvingFunctions(VM& vm, PromiseObject* p, Value* out) {
  Rooted rp(vm, Value::cell(p));
  InternalObject* flag = newInternalObject(vm, ClassTag::None, nullptr, 1);
  flag->internal[0] = Value::boolean(false);
  Rooted rflag(vm, Value::cell(flag));
  String* empty = vm.intern("");
  NativeFunction* res = newNativeFunction(vm, resolvingFunction, empty, 1, false, 0);
  res->data = rp; res->data2 = rflag;
  Rooted rres(vm, Value::cell(res));
  NativeFunction* rej = newNativeFunction(vm, resolvingFunction, empty, 1, false, 1);
  rej->data = rp; rej->data2 = rflag;
  out[0] = rres;
  out[1] = Value::cell(rej);
}

// GetCapabilitiesExecutor: data = an InternalObject {resolve, reject}.
static Value capabilityExecutor(VM& vm, CallArgs& args) {
  NativeFunction* f = static_cast<NativeFunction*>(args.callee);
  InternalObject* cap = static_cast<InternalObject*>(f->data.asCell());
  if (!cap->internal[0].isUndefined()) throwTypeError(vm, "Promise executor has already been invoked with non-undefined arguments");
  if (!cap->internal[1].isUndefined()) throwTypeError(vm, "Promise executor has already been invoked with non-undefined arguments");
  cap->setInternal(0, args[0]);
  cap->setInternal(1, args[1]);
  return Value::undefined();
}

void newPromiseCapability(VM& vm, Value constructor, PromiseCapability* out) {
  JsRealm& r = jsRealm(vm);
  if (constructor.isUndefined() || constructor == Value::cell(r.promiseConstructor)) {
    PromiseObject* p = newPromise(vm);
    Rooted rp(vm, Value::cell(p));
    Value fns[2];
    RootedVector keep(vm);
    createResolvingFunctions(vm, p, fns);
    out->promise = rp;
    out->resolve = fns[0];
    out->reject = fns[1];
    return;
  }
  if (!isConstructor(constructor)) throwTypeError(vm, describeForError(vm, constructor) + " is not a constructor");
  Rooted rc(vm, constructor);
  InternalObject* cap = newInternalObject(vm, ClassTag::None, nullptr, 2);
  Rooted rcap(vm, Value::cell(cap));
  NativeFunction* exec = newNativeFunction(vm, capabilityExecutor, vm.intern(""), 2);
  exec->data = rcap;
  Rooted rexec(vm, Value::cell(exec));
  Value arg = rexec;
  Value promise = construct(vm, rc, &arg, 1);
  if (!isCallable(cap->internal[0])) throwTypeError(vm, "Promise resolve or reject function is not callable");
  if (!isCallable(cap->internal[1])) throwTypeError(vm, "Promise resolve or reject function is not callable");
  out->promise = promise;
  out->resolve = cap->internal[0];
  out->reject = cap->internal[1];
}

Value promiseResolve(VM& vm, Value constructor, Value x) {
  JsRealm& r = jsRealm(vm);
  Rooted rc(vm, constructor), rx(vm, x);
  if (isPromise(x)) {
    Value ctor = getProperty(vm, x, r.names.constructor);
    if (ctor == constructor || (constructor.isUndefined() && ctor == Value::cell(r.promiseConstructor)))
      return x;
  }
  PromiseCapability cap;
  newPromiseCapability(vm, rc, &cap);
  Rooted p(vm, cap.promise), res(vm, cap.resolve), rej(vm, cap.reject);
  Value arg = rx;
  call(vm, res, Value::undefined(), &arg, 1);
  return p;
}

void performPromiseThen(VM& vm, PromiseObject* p, Value onFulfilled, Value onRejected,
                        const PromiseCapability* cap) {
  JsRealm& r = jsRealm(vm);
  PromiseReaction fr{}, rr{};
  if (cap) {
    fr.capPromise = rr.capPromise = cap->promise;
    fr.capResolve = rr.capResolve = cap->resolve;
    fr.capReject = rr.capReject = cap->reject;
  }
  // A GeneratorObject handler resumes an awaiting async frame (awaitValue) without allocating
  // closures.
  auto usable = [](Value h) { return isCallable(h) || isKind(h, CellKind::Generator); };
  fr.handler = usable(onFulfilled) ? onFulfilled : Value::undefined();
  rr.handler = usable(onRejected) ? onRejected : Value::undefined();
  switch (p->state) {
    case PromiseObject::State::Pending:
      p->fulfillReactions.push_back(fr);
      p->rejectReactions.push_back(rr);
      for (Value v : {fr.capPromise, fr.capResolve, fr.capReject, fr.handler, rr.handler}) writeBarrier(p, v);
      break;
    case PromiseObject::State::Fulfilled:
      r.microtasks.push_back(Microtask{Microtask::PromiseReaction, 0, fr.handler, p->result,
                                       fr.capPromise, fr.capResolve, fr.capReject});
      break;
    case PromiseObject::State::Rejected:
      if (!p->isHandled) {
        auto& pend = r.pendingRejections;
        for (size_t i = 0; i < pend.size(); i++)
          if (pend[i] == Value::cell(p)) { pend.erase(pend.begin() + i); break; }
      }
      r.microtasks.push_back(Microtask{Microtask::PromiseReaction, 1, rr.handler, p->result,
                                       rr.capPromise, rr.capResolve, rr.capReject});
      break;
  }
  p->isHandled = true;
}

void runPromiseJob(VM& vm, const Microtask& job) {
  RootedVector roots(vm);
  for (Value v : {job.a, job.b, job.c, job.d, job.e}) roots.push(v);
  if (job.kind == Microtask::PromiseResolveThenable) {
    PromiseObject* p = asPromise(job.a);
    Value fns[2];
    createResolvingFunctions(vm, p, fns);
    roots.push(fns[0]);
    roots.push(fns[1]);
    try {
      call(vm, job.c, job.b, fns, 2);
    } catch (ScriptThrow&) {
      Value e = vm.exception;
      vm.exception = Value::undefined();
      Rooted re(vm, e);
      Value arg = re;
      call(vm, roots[6], Value::undefined(), &arg, 1);
    }
    return;
  }
  // PromiseReactionJob.
  bool isReject = job.flags & 1;
  Value handlerResult;
  bool threw = false;
  if (isKind(job.a, CellKind::Generator)) {
    resumeAwaitingGenerator(vm, static_cast<GeneratorObject*>(job.a.asCell()), job.b, isReject);
    return;
  }
  if (job.a.isUndefined()) {
    handlerResult = job.b;
    threw = isReject;
  } else {
    try {
      Value arg = job.b;
      handlerResult = call(vm, job.a, Value::undefined(), &arg, 1);
    } catch (ScriptThrow&) {
      handlerResult = vm.exception;
      vm.exception = Value::undefined();
      threw = true;
    }
  }
  if (job.c.isUndefined()) {
    if (threw && !job.a.isUndefined()) {
      // No capability (await reactions): an exception here has nowhere to go but the caller.
      vm.exception = handlerResult;
      throw ScriptThrow{};
    }
    return;
  }
  Rooted rr(vm, handlerResult);
  Value arg = rr;
  if (isPromise(job.c) && job.d.isUndefined()) {
    // Capability made by the runtime without resolving functions.
    if (threw) rejectPromise(vm, asPromise(job.c), arg);
    else resolvePromise(vm, asPromise(job.c), arg);
    return;
  }
  call(vm, threw ? job.e : job.d, Value::undefined(), &arg, 1);
}

static Value promiseToStringTagPlaceholder(VM&, CallArgs&) { return Value::undefined(); }

void installPromiseCore(VM& vm) {
  JsRealm& r = jsRealm(vm);
  if (r.promisePrototype) return;
  (void)promiseToStringTagPlaceholder;
  Object* proto = newPlainObject(vm, r.objectPrototype);
  r.promisePrototype = proto;
  defineValue(vm, proto, r.symbols.toStringTag, Value::cell(vm.intern("Promise")), kConfigurable);
}

}  // namespace dualvm::js
