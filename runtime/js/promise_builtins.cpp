// runtime/js/promise_builtins.cpp — the Promise constructor, Promise.resolve/reject/all/
// allSettled/race/any (AggregateError), and Promise.prototype.then/catch/finally, on top of
// promise_core.h (states, reactions, capabilities).
#include "runtime/js/iteration.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/promise_core.h"
#include "runtime/js/stdlib.h"

namespace dualvm::js {

static Value promiseConstructor(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (!args.isConstructCall()) throwTypeError(vm, "Promise constructor cannot be invoked without 'new'");
  if (!isCallable(args[0])) throwTypeError(vm, "Promise resolver " + describeForError(vm, args[0]) + " is not a function");
  Object* proto = prototypeFromConstructor(vm, args.newTarget, r.promisePrototype);
  Rooted rproto(vm, Value::cell(proto));
  PromiseObject* p = newPromise(vm, proto);
  Rooted rp(vm, Value::cell(p));
  RootedVector fns(vm);
  fns.resize(2);
  createResolvingFunctions(vm, p, fns.data());
  try {
    call(vm, args[0], Value::undefined(), fns.data(), 2);
  } catch (ScriptThrow&) {
    Rooted e(vm, vm.exception);
    vm.exception = Value::undefined();
    Value a = e;
    call(vm, fns[1], Value::undefined(), &a, 1);
  }
  return rp;
}

// SpeciesConstructor(p, %Promise%) simplified to p.constructor (undefined -> %Promise%).
static Value speciesConstructor(VM& vm, Value p) {
  JsRealm& r = jsRealm(vm);
  Value c = getProperty(vm, p, r.names.constructor);
  if (c.isUndefined()) return Value::cell(r.promiseConstructor);
  if (!isObject(c)) throwTypeError(vm, "The .constructor property is not an object");
  Rooted rc(vm, c);
  Value s = getProperty(vm, c, r.symbols.species);
  if (s.isNullish()) return Value::cell(r.promiseConstructor);
  return s;
}

static Value promiseThen(VM& vm, CallArgs& args) {
  if (!isPromise(args.thisValue))
    throwTypeError(vm, "Method Promise.prototype.then called on incompatible receiver " + describeForError(vm, args.thisValue));
  JsRealm& r = jsRealm(vm);
  Rooted c(vm, speciesConstructor(vm, args.thisValue));
  RootedVector cap(vm);
  cap.resize(3);
  if (c.get() == Value::cell(r.promiseConstructor)) {
    // Intrinsic: the derived promise is resolved directly by the reaction job.
    cap[0] = Value::cell(newPromise(vm));
  } else {
    PromiseCapability pc;
    newPromiseCapability(vm, c, &pc);
    cap[0] = pc.promise; cap[1] = pc.resolve; cap[2] = pc.reject;
  }
  PromiseCapability pc{cap[0], cap[1], cap[2]};
  performPromiseThen(vm, asPromise(args.thisValue), args[0], args[1], &pc);
  return cap[0];
}

static Value promiseCatch(VM& vm, CallArgs& args) {
  Value argv[2] = {Value::undefined(), args[0]};
  return invoke(vm, args.thisValue, jsRealm(vm).names.then, argv, 2);
}

// finally's wrappers: data = onFinally, data2 = the constructor; magic 0 = then, 1 = catch.
// The inner "value thunk"/"thrower": data = the value, magic 2 = return it, 3 = throw it.
static Value finallyValueThunk(VM& vm, CallArgs& args) {
  NativeFunction* f = static_cast<NativeFunction*>(args.callee);
  if (f->magic == 3) vm.throwValue(f->data);
  return f->data;
}

static Value finallyReaction(VM& vm, CallArgs& args) {
  NativeFunction* f = static_cast<NativeFunction*>(args.callee);
  Rooted self(vm, Value::cell(f));
  Rooted value(vm, args[0]);
  Rooted result(vm, call(vm, f->data, Value::undefined()));
  Rooted promise(vm, promiseResolve(vm, f->data2, result));
  NativeFunction* thunk = newNativeFunction(vm, finallyValueThunk, vm.intern(""), 0, false,
                                            f->magic == 0 ? 2 : 3);
  thunk->data = value;
  Value a = Value::cell(thunk);
  return invoke(vm, promise, jsRealm(vm).names.then, &a, 1);
}

static Value promiseFinally(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (!isObject(args.thisValue)) throwTypeError(vm, "Promise.prototype.finally called on a non-object");
  Rooted c(vm, speciesConstructor(vm, args.thisValue));
  Rooted onFinally(vm, args[0]);
  RootedVector handlers(vm);
  handlers.resize(2);
  if (!isCallable(onFinally)) {
    handlers[0] = onFinally;
    handlers[1] = onFinally;
  } else {
    for (int i = 0; i < 2; i++) {
      NativeFunction* f = newNativeFunction(vm, finallyReaction, vm.intern(""), 1, false, i);
      f->data = onFinally;
      f->data2 = c;
      handlers[i] = Value::cell(f);
    }
  }
  return invoke(vm, args.thisValue, r.names.then, handlers.data(), 2);
}

static Value promiseResolveStatic(VM& vm, CallArgs& args) {
  if (!isObject(args.thisValue)) throwTypeError(vm, "PromiseResolve called on non-object");
  return promiseResolve(vm, args.thisValue, args[0]);
}

static Value promiseRejectStatic(VM& vm, CallArgs& args) {
  PromiseCapability pc;
  newPromiseCapability(vm, args.thisValue, &pc);
  Rooted p(vm, pc.promise), res(vm, pc.resolve), rej(vm, pc.reject);
  Value a = args[0];
  call(vm, rej, Value::undefined(), &a, 1);
  return p;
}

// ---- combinators ----
// Shared state of all/allSettled/any: an InternalObject {values array, remaining count (int),
// capability resolve, capability reject}.
enum CombinatorSlot { kValues = 0, kRemaining, kResolve, kReject, kSlots };
enum Combinator { kAll = 0, kAllSettled, kAny, kRace };

// Element functions: data = the shared state, data2 = {index, alreadyCalled} InternalObject;
// magic: 0 all-resolve, 1 allSettled-fulfilled, 2 allSettled-rejected, 3 any-reject.
static Value combinatorElement(VM& vm, CallArgs& args) {
  NativeFunction* f = static_cast<NativeFunction*>(args.callee);
  InternalObject* info = static_cast<InternalObject*>(f->data2.asCell());
  if (info->internal[1].asBool()) return Value::undefined();
  info->internal[1] = Value::boolean(true);
  JsRealm& r = jsRealm(vm);
  Rooted state(vm, f->data);
  InternalObject* st = static_cast<InternalObject*>(state.get().asCell());
  uint32_t index = uint32_t(info->internal[0].asInt());
  Rooted item(vm, args[0]);
  if (f->magic == 1 || f->magic == 2) {
    Object* o = newPlainObject(vm, r.objectPrototype);
    Rooted ro(vm, Value::cell(o));
    putData(vm, o, "status", makeStringUtf8(vm, f->magic == 1 ? "fulfilled" : "rejected"));
    putData(vm, o, f->magic == 1 ? "value" : "reason", item);
    item = ro.get();
  }
  Rooted values(vm, st->internal[kValues]);
  setIndex(vm, values, index, item);
  int remaining = st->internal[kRemaining].asInt() - 1;
  st->internal[kRemaining] = Value::integer(remaining);
  if (remaining == 0) {
    if (f->magic == 3) {
      Rooted err(vm, makeError(vm, ErrorType::AggregateError, "All promises were rejected"));
      defineValue(vm, asObject(err), r.names.errors, values, kWritable | kConfigurable);
      Value a = err;
      call(vm, st->internal[kReject], Value::undefined(), &a, 1);
    } else {
      Value a = values;
      call(vm, st->internal[kResolve], Value::undefined(), &a, 1);
    }
  }
  return Value::undefined();
}

static Value makeElementFunction(VM& vm, Value state, uint32_t index, int magic) {
  Rooted rs(vm, state);
  InternalObject* info = newInternalObject(vm, ClassTag::None, nullptr, 2);
  info->internal[0] = Value::integer(int32_t(index));
  info->internal[1] = Value::boolean(false);
  Rooted ri(vm, Value::cell(info));
  NativeFunction* f = newNativeFunction(vm, combinatorElement, vm.intern(""), 1, false, magic);
  f->data = rs;
  f->data2 = ri;
  return Value::cell(f);
}

static Value promiseCombinator(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  int which = static_cast<NativeFunction*>(args.callee)->magic;
  Rooted c(vm, args.thisValue);
  PromiseCapability pc;
  newPromiseCapability(vm, c, &pc);
  Rooted capPromise(vm, pc.promise), capResolve(vm, pc.resolve), capReject(vm, pc.reject);
  try {
    Rooted promiseResolveFn(vm, getProperty(vm, c, vm.intern("resolve")));
    if (!isCallable(promiseResolveFn)) throwTypeError(vm, "Promise resolve or reject function is not callable");
    InternalObject* st = newInternalObject(vm, ClassTag::None, nullptr, kSlots);
    Rooted state(vm, Value::cell(st));
    st->setInternal(kValues, Value::cell(newArray(vm)));
    st->internal[kRemaining] = Value::integer(1);
    st->setInternal(kResolve, capResolve);
    st->setInternal(kReject, capReject);
    IteratorRecord rec;
    Rooted iter(vm), next(vm);
    getIterator(vm, args[0], &rec);
    iter = rec.iterator;
    next = rec.nextMethod;
    uint32_t index = 0;
    Rooted item(vm);
    while (true) {
      rec.iterator = iter;
      rec.nextMethod = next;
      Value v;
      if (!iteratorStep(vm, rec, &v)) break;
      item = v;
      Value a = item;
      Rooted nextPromise(vm, call(vm, promiseResolveFn, c, &a, 1));
      RootedVector handlers(vm);
      handlers.resize(2);
      if (which == kRace) {
        handlers[0] = capResolve;
        handlers[1] = capReject;
      } else {
        Rooted values(vm, st->internal[kValues]);
        setIndex(vm, values, index, Value::undefined());
        st->internal[kRemaining] = Value::integer(st->internal[kRemaining].asInt() + 1);
        if (which == kAll) {
          handlers[0] = makeElementFunction(vm, state, index, 0);
          handlers[1] = capReject;
        } else if (which == kAllSettled) {
          handlers[0] = makeElementFunction(vm, state, index, 1);
          handlers[1] = makeElementFunction(vm, state, index, 2);
        } else {
          handlers[0] = capResolve;
          handlers[1] = makeElementFunction(vm, state, index, 3);
        }
      }
      invoke(vm, nextPromise, r.names.then, handlers.data(), 2);
      index++;
    }
    if (which != kRace) {
      int remaining = st->internal[kRemaining].asInt() - 1;
      st->internal[kRemaining] = Value::integer(remaining);
      if (remaining == 0) {
        Rooted values(vm, st->internal[kValues]);
        if (which == kAny) {
          Rooted err(vm, makeError(vm, ErrorType::AggregateError, "All promises were rejected"));
          defineValue(vm, asObject(err), r.names.errors, values, kWritable | kConfigurable);
          Value a = err;
          call(vm, capReject, Value::undefined(), &a, 1);
        } else {
          Value a = values;
          call(vm, capResolve, Value::undefined(), &a, 1);
        }
      }
    }
  } catch (ScriptThrow&) {
    Rooted e(vm, vm.exception);
    vm.exception = Value::undefined();
    Value a = e;
    call(vm, capReject, Value::undefined(), &a, 1);
  }
  return capPromise;
}

static Value promiseWithResolvers(VM& vm, CallArgs& args) {
  PromiseCapability pc;
  newPromiseCapability(vm, args.thisValue, &pc);
  Rooted p(vm, pc.promise), res(vm, pc.resolve), rej(vm, pc.reject);
  Object* o = newPlainObject(vm, jsRealm(vm).objectPrototype);
  Rooted ro(vm, Value::cell(o));
  putData(vm, o, "promise", p);
  putData(vm, o, "resolve", res);
  putData(vm, o, "reject", rej);
  return ro;
}

static Value returnThis(VM&, CallArgs& args) { return args.thisValue; }

void installPromiseBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Object* proto = r.promisePrototype;
  NativeFunction* ctor = defineConstructor(vm, "Promise", promiseConstructor, 1, proto);
  r.promiseConstructor = ctor;
  defineNativeMethod(vm, proto, "then", promiseThen, 2);
  defineNativeMethod(vm, proto, "catch", promiseCatch, 1);
  defineNativeMethod(vm, proto, "finally", promiseFinally, 1);
  defineNativeMethod(vm, ctor, "resolve", promiseResolveStatic, 1);
  defineNativeMethod(vm, ctor, "reject", promiseRejectStatic, 1);
  defineNativeMethod(vm, ctor, "all", promiseCombinator, 1, kAll);
  defineNativeMethod(vm, ctor, "allSettled", promiseCombinator, 1, kAllSettled);
  defineNativeMethod(vm, ctor, "any", promiseCombinator, 1, kAny);
  defineNativeMethod(vm, ctor, "race", promiseCombinator, 1, kRace);
  defineNativeMethod(vm, ctor, "withResolvers", promiseWithResolvers, 0);
  defineNativeAccessor(vm, ctor, r.symbols.species, returnThis, nullptr);
}

}  // namespace dualvm::js
