// runtime/js/promise_core.h — the Promise machinery the language itself needs (async functions,
// await, the microtask queue): promise objects with their states and reactions, resolving
// functions with thenable adoption, PerformPromiseThen, NewPromiseCapability, PromiseResolve.
// The Promise constructor, Promise.prototype.then/catch/finally and the statics (all, race, ...)
// are the standard library's (jsstd) and build on these functions.
#pragma once
#include <vector>
#include "runtime/js/realm.h"

namespace dualvm::js {

struct PromiseReaction {
  Value capPromise, capResolve, capReject;  // the derived promise's capability (may be undefined)
  Value handler;                            // callable or undefined (identity / thrower)
};

class PromiseObject final : public Object {
 public:
  enum class State : uint8_t { Pending, Fulfilled, Rejected };
  PromiseObject(Shape* shape, Object* proto) : Object(shape, proto, CellKind::ObjectOther) {
    setClassTag(uint16_t(ClassTag::Promise));
  }
  State state = State::Pending;
  bool isHandled = false;
  Value result;
  std::vector<PromiseReaction> fulfillReactions, rejectReactions;
  void trace(gc::Tracer& t) override;
  size_t memoryBytes() const override;
};

inline bool isPromise(Value v) { return hasClassTag(v, ClassTag::Promise); }
inline PromiseObject* asPromise(Value v) { return static_cast<PromiseObject*>(v.asCell()); }

struct PromiseCapability {
  Value promise, resolve, reject;
};

// A new pending promise with the given prototype (realm.promisePrototype when nullptr).
PromiseObject* newPromise(VM& vm, Object* proto = nullptr);
// CreateResolvingFunctions: writes resolve/reject functions into out[0], out[1] (rooted by caller).
void createResolvingFunctions(VM& vm, PromiseObject* p, Value* out);
// Resolve/reject a promise directly (as its resolving functions would; thenables are adopted).
void resolvePromise(VM& vm, PromiseObject* p, Value resolution);
void rejectPromise(VM& vm, PromiseObject* p, Value reason);
void fulfillPromise(VM& vm, PromiseObject* p, Value value);
// NewPromiseCapability(C): for the intrinsic constructor (or undefined) makes the promise
// directly; otherwise constructs C with an executor. Values written into *out (root them).
void newPromiseCapability(VM& vm, Value constructor, PromiseCapability* out);
// PromiseResolve(C, x): x itself if it is a promise whose constructor is C.
Value promiseResolve(VM& vm, Value constructor, Value x);
// PerformPromiseThen(p, onFulfilled, onRejected, capability (may be null)).
void performPromiseThen(VM& vm, PromiseObject* p, Value onFulfilled, Value onRejected,
                        const PromiseCapability* cap);
// An awaited promise settled: continue the async function / async generator frame
// (generators.cpp).
void resumeAwaitingGenerator(VM& vm, GeneratorObject* gen, Value value, bool isReject);
// Run one promise microtask (called by JsRealm::runMicrotasks).
void runPromiseJob(VM& vm, const Microtask& job);
// Creates realm.promisePrototype (with Symbol.toStringTag "Promise") if jsstd has not.
void installPromiseCore(VM& vm);

}  // namespace dualvm::js
