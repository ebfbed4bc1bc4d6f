// runtime/js/timers.cpp — setTimeout/clearTimeout, setInterval/clearInterval, setImmediate/
// clearImmediate and the event loop's timer side: a queue ordered by (due time, sequence),
// registered as a macrotask source of the realm. Each call of the source runs at most one due
// callback (the loop drains microtasks in between, as node does since v11) and really sleeps
// until the next due time when nothing is due yet. A deadline is the current time at
// scheduling plus the delay (node reads the clock then; a delay below 1 ms, or above 2^31-1,
// is 1 ms). Immediates run after the timers that are already due (node's check phase follows
// its timers phase) and before timers still in the future.
#include <chrono>
#include <cmath>
#include <thread>
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/stdlib.h"
#include "runtime/js/stdlib_state.h"

namespace dualvm::js {

static double nowMs() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}


static uint64_t timerIdOf(Value v) {
  if (hasClassTag(v, ClassTag::Timer)) {
    Value id = static_cast<InternalObject*>(v.asCell())->internal[0];
    return id.isNumber() ? uint64_t(id.toDouble()) : 0;
  }
  if (v.isNumber() && v.toDouble() >= 1) return uint64_t(v.toDouble());
  return 0;
}

static void unschedule(StdlibState& st, uint64_t id) {
  auto k = st.timerKeys.find(id);
  if (k == st.timerKeys.end()) return;
  st.timerQueue.erase(k->second);
  st.timerKeys.erase(k);
}

static void schedule(StdlibState& st, uint64_t id, double due) {
  unschedule(st, id);
  std::pair<double, uint64_t> key{due, st.nextSequence++};
  st.timerQueue[key] = id;
  st.timerKeys[id] = key;
}

// setTimeout / setInterval / setImmediate: magic 0 / 1 / 2.
static Value setTimer(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  int which = static_cast<NativeFunction*>(args.callee)->magic;
  if (!isCallable(args[0]))
    throwTypeError(vm, "The \"callback\" argument must be of type function. Received " + describeForError(vm, args[0]));
  double delay = 1;
  uint32_t firstArg = which == 2 ? 1 : 2;
  if (which != 2) {
    delay = toNumber(vm, args[1]);
    if (!(delay >= 1 && delay <= 2147483647.0)) delay = 1;
    delay = std::trunc(delay);
  }
  StdlibState& st = stdlibState(vm);
  uint64_t id = st.nextTimerId++;
  Object* proto = asObject(namedIntrinsic(vm, which == 2 ? "jsstd:immediateProto" : "jsstd:timeoutProto"));
  InternalObject* handle = newInternalObject(vm, ClassTag::Timer, proto, 2);
  handle->internal[0] = Value::number(double(id));
  handle->internal[1] = Value::boolean(true);  // ref()ed
  TimerEntry e;
  e.callback = args[0];
  for (uint32_t i = firstArg; i < args.argc; i++) e.args.push_back(args[i]);
  e.intervalMs = which == 1 ? delay : -1;
  e.immediate = which == 2;
  e.delayMs = delay;
  e.handle = Value::cell(handle);
  st.timers[id] = std::move(e);
  if (which == 2) st.immediates.push_back(id);
  else schedule(st, id, nowMs() + delay);
  (void)r;
  return Value::cell(handle);
}

static Value clearTimer(VM& vm, CallArgs& args) {
  StdlibState& st = stdlibState(vm);
  uint64_t id = timerIdOf(args[0]);
  if (!id) return Value::undefined();
  unschedule(st, id);
  st.timers.erase(id);  // a cleared immediate stays in st.immediates and is skipped
  return Value::undefined();
}

// Timeout.prototype methods: ref / unref / hasRef / refresh / [Symbol.toPrimitive]: magic 0..4.
static Value timeoutMethod(VM& vm, CallArgs& args) {
  int which = static_cast<NativeFunction*>(args.callee)->magic;
  if (!hasClassTag(args.thisValue, ClassTag::Timer)) throwTypeError(vm, "Illegal invocation");
  InternalObject* handle = static_cast<InternalObject*>(args.thisValue.asCell());
  uint64_t id = timerIdOf(args.thisValue);
  StdlibState& st = stdlibState(vm);
  auto it = st.timers.find(id);
  switch (which) {
    case 0: case 1:
      handle->internal[1] = Value::boolean(which == 0);
      if (it != st.timers.end()) it->second.refed = which == 0;
      return args.thisValue;
    case 2: return handle->internal[1];
    case 3:
      if (it != st.timers.end() && !it->second.immediate)
        schedule(st, id, nowMs() + (it->second.intervalMs >= 0 ? it->second.intervalMs : it->second.delayMs));
      return args.thisValue;
    default:
      return Value::number(double(id));
  }
}

// Run one callback of a timer or immediate (id); intervals are rescheduled before they run.
static void runTimerCallback(VM& vm, StdlibState& st, uint64_t id, double now) {
  auto it = st.timers.find(id);
  if (it == st.timers.end()) return;
  RootedVector callArgs(vm);
  for (Value v : it->second.args) callArgs.push(v);
  Rooted callback(vm, it->second.callback);
  Rooted handle(vm, it->second.handle);
  if (it->second.intervalMs >= 0) schedule(st, id, now + it->second.intervalMs);
  else st.timers.erase(it);
  st.inMicrotaskPhase = false;
  try {
    call(vm, callback, handle, callArgs.data(), uint32_t(callArgs.size()));
  } catch (ScriptThrow&) {
    queuePhaseMarker(vm);
    throw;
  }
  queuePhaseMarker(vm);
}

// The macrotask source: a due timer, else an immediate, else sleep until the next timer.
static bool runTimers(VM& vm) {
  StdlibState& st = stdlibState(vm);
  while (!st.immediates.empty() && !st.timers.count(st.immediates.front())) st.immediates.pop_front();
  bool anyRefed = false;
  for (auto& kv : st.timerQueue) {
    auto it = st.timers.find(kv.second);
    if (it != st.timers.end() && it->second.refed) { anyRefed = true; break; }
  }
  for (uint64_t id : st.immediates) {
    auto it = st.timers.find(id);
    if (it != st.timers.end() && it->second.refed) { anyRefed = true; break; }
  }
  if (!anyRefed) return false;
  double now = nowMs();
  bool timerDue = !st.timerQueue.empty() && st.timerQueue.begin()->first.first <= now;
  if (!timerDue && !st.immediates.empty()) {
    uint64_t id = st.immediates.front();
    st.immediates.pop_front();
    runTimerCallback(vm, st, id, now);
    return true;
  }
  auto first = st.timerQueue.begin();
  double due = first->first.first;
  if (due > now) {
    std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(due - now));
    now = nowMs();
  }
  uint64_t id = first->second;
  unschedule(st, id);
  runTimerCallback(vm, st, id, now);
  return true;
}

void installTimers(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Object* g = r.global;
  defineNativeMethod(vm, g, "setTimeout", setTimer, 2, 0);
  defineNativeMethod(vm, g, "setInterval", setTimer, 2, 1);
  defineNativeMethod(vm, g, "setImmediate", setTimer, 1, 2);
  defineNativeMethod(vm, g, "clearTimeout", clearTimer, 1);
  defineNativeMethod(vm, g, "clearInterval", clearTimer, 1);
  defineNativeMethod(vm, g, "clearImmediate", clearTimer, 1);
  const char* names[] = {"Timeout", "Immediate"};
  for (int i = 0; i < 2; i++) {
    Object* proto = newPlainObject(vm, r.objectPrototype);
    // A constructor-less class name for inspect: Timeout { ... }.
    NativeFunction* ctor = newNativeFunction(vm, [](VM& vm, CallArgs&) -> Value {
      throwTypeError(vm, "Illegal constructor");
    }, names[i], 0);
    defineValue(vm, ctor, "prototype", Value::cell(proto), 0);
    defineValue(vm, proto, "constructor", Value::cell(ctor));
    defineNativeMethod(vm, proto, "ref", timeoutMethod, 0, 0);
    defineNativeMethod(vm, proto, "unref", timeoutMethod, 0, 1);
    defineNativeMethod(vm, proto, "hasRef", timeoutMethod, 0, 2);
    if (i == 0) defineNativeMethod(vm, proto, "refresh", timeoutMethod, 0, 3);
    if (i == 0) defineNativeMethod(vm, proto, r.symbols.toPrimitive, timeoutMethod, 1, 4);
    r.namedIntrinsics[i == 0 ? "jsstd:timeoutProto" : "jsstd:immediateProto"] = Value::cell(proto);
  }
  r.macrotaskSources.push_back(runTimers);
}

}  // namespace dualvm::js
