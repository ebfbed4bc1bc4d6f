// runtime/js/process.cpp — node's `process` object (argv, env snapshot, exit/exitCode, platform,
// version(s), pid, hrtime/hrtime.bigint, memoryUsage, cwd, uptime, nextTick, stdout/stderr.write,
// on/once/off/emit for 'exit' listeners) and `performance` (now, timeOrigin).
//
// process.nextTick: callbacks wait in StdlibState::ticks; one drain job is queued at the *front*
// of the microtask queue, so ticks run before pending promise jobs, as node does.
// process.exit(code): flushes stdout/stderr, runs 'exit' listeners and ends the process at once.
#include <sys/resource.h>
#include <unistd.h>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/stdlib.h"
#include "runtime/js/stdlib_state.h"

extern char** environ;

namespace dualvm::js {

static void writeOut(VM& vm, bool err, const std::string& s) {
  JsRealm& r = jsRealm(vm);
  auto& w = err ? r.writeStderr : r.writeStdout;
  if (w) { w(s); return; }
  if (err) fflush(stdout);
  fwrite(s.data(), 1, s.size(), err ? stderr : stdout);
}

static std::string executablePath() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  return n > 0 ? std::string(buf, size_t(n)) : std::string("dualvm");
}

static Value streamWrite(VM& vm, CallArgs& args) {
  bool err = static_cast<NativeFunction*>(args.callee)->magic == 1;
  std::string s;
  if (isString(args[0])) s = asString(args[0])->toUtf8();
  else if (isObject(args[0]) && lengthOfArrayLike(vm, args[0]) >= 0 && !args[0].isNullish()) {
    // Uint8Array / Buffer-like: bytes.
    uint64_t n = lengthOfArrayLike(vm, args[0]);
    for (uint64_t i = 0; i < n; i++) s.push_back(char(toUint32(vm, getIndex(vm, args[0], i)) & 0xFF));
  } else {
    throwTypeError(vm, "The \"chunk\" argument must be of type string or an instance of Buffer or Uint8Array. Received " +
                           describeForError(vm, args[0]));
  }
  writeOut(vm, err, s);
  for (uint32_t i = 1; i < args.argc; i++)
    if (isCallable(args[i])) { enqueueCallMicrotask(vm, args[i]); break; }
  return Value::boolean(true);
}

// ---- events ('exit', 'beforeExit', ...) kept in process[jsstd listeners] as arrays ----

static Object* listenersObject(VM& vm) { return asObject(namedIntrinsic(vm, "jsstd:processListeners")); }

// on / addListener / once / off / removeListener: magic 0 on, 1 once, 2 off.
static Value processOn(VM& vm, CallArgs& args) {
  int which = static_cast<NativeFunction*>(args.callee)->magic;
  Rooted lo(vm, Value::cell(listenersObject(vm)));
  PropertyKey key = toPropertyKey(vm, args[0]);
  Rooted rk(vm, Value::cell(key));
  Rooted list(vm, getProperty(vm, lo, key));
  if (!isArray(list)) {
    list = Value::cell(newArray(vm));
    createDataProperty(vm, asObject(lo), key, list);
  }
  ArrayObject* a = asArray(list);
  if (which == 2) {
    for (size_t i = 0; i < a->elements.size(); i++) {
      Value e = a->elements[i];
      Value fn = isArray(e) ? asArray(e)->elements[0] : e;
      if (fn == args[1]) { a->elements.erase(a->elements.begin() + long(i)); break; }
    }
    return args.thisValue;
  }
  if (!isCallable(args[1]))
    throwTypeError(vm, "The \"listener\" argument must be of type function. Received " + describeForError(vm, args[1]));
  if (which == 1) {
    Value pair[2] = {args[1], Value::boolean(true)};
    Value p = Value::cell(createArrayFromList(vm, pair, 2));
    asArray(list)->push(p);
  } else {
    asArray(list)->push(args[1]);
  }
  return args.thisValue;
}

static bool emitEvent(VM& vm, Value thisValue, PropertyKey key, const Value* argv, uint32_t argc) {
  Rooted lo(vm, Value::cell(listenersObject(vm)));
  Rooted rk(vm, Value::cell(key));
  Rooted list(vm, getProperty(vm, lo, key));
  if (!isArray(list) || asArray(list)->elements.empty()) return false;
  RootedVector snapshot(vm);
  for (Value v : asArray(list)->elements) snapshot.push(v);
  // once-listeners are removed before they run.
  std::vector<Value> keep;
  for (Value v : asArray(list)->elements)
    if (!isArray(v)) keep.push_back(v);
  asArray(list)->elements = keep;
  RootedVector a(vm);
  for (uint32_t i = 0; i < argc; i++) a.push(argv[i]);
  for (size_t i = 0; i < snapshot.size(); i++) {
    Value fn = isArray(snapshot[i]) ? asArray(snapshot[i])->elements[0] : snapshot[i];
    call(vm, fn, thisValue, a.data(), uint32_t(a.size()));
  }
  return true;
}

static Value processEmit(VM& vm, CallArgs& args) {
  PropertyKey key = toPropertyKey(vm, args[0]);
  return Value::boolean(emitEvent(vm, args.thisValue, key, args.argc > 1 ? args.argv + 1 : nullptr,
                                  args.argc > 1 ? args.argc - 1 : 0));
}

static Value processListenerCount(VM& vm, CallArgs& args) {
  Rooted lo(vm, Value::cell(listenersObject(vm)));
  Value list = getProperty(vm, lo, toPropertyKey(vm, args[0]));
  return Value::integer(isArray(list) ? int32_t(asArray(list)->elements.size()) : 0);
}

static void emitExit(VM& vm, int code) {
  JsRealm& r = jsRealm(vm);
  Value flag = namedIntrinsic(vm, "jsstd:exitEmitted");
  if (flag.isBool() && flag.asBool()) return;
  r.namedIntrinsics["jsstd:exitEmitted"] = Value::boolean(true);
  Rooted proc(vm, namedIntrinsic(vm, "jsstd:process"));
  Value a = Value::integer(code);
  emitEvent(vm, proc, vm.intern("exit"), &a, 1);
}

[[noreturn]] static void exitNow(VM& vm, int code) {
  JsRealm& r = jsRealm(vm);
  r.exitCode = code;
  r.exitRequested = true;
  try {
    emitExit(vm, code);
  } catch (ScriptThrow&) {
    vm.exception = Value::undefined();
  }
  fflush(stdout);
  fflush(stderr);
  std::_Exit(r.exitCode & 0xFF);
}

static Value processExit(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  int code = r.exitCode;
  if (!args[0].isUndefined()) code = toInt32(vm, args[0]);
  exitNow(vm, code);
}

static Value exitCodeGet(VM& vm, CallArgs&) {
  JsRealm& r = jsRealm(vm);
  Value set = namedIntrinsic(vm, "jsstd:exitCodeSet");
  if (!set.isBool()) return Value::undefined();
  return Value::integer(r.exitCode);
}

static Value exitCodeSet(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (args[0].isNullish()) {
    r.exitCode = 0;
    r.namedIntrinsics.erase("jsstd:exitCodeSet");
    return Value::undefined();
  }
  r.exitCode = toInt32(vm, args[0]);
  r.namedIntrinsics["jsstd:exitCodeSet"] = Value::boolean(true);
  return Value::undefined();
}

static Value processCwd(VM& vm, CallArgs&) {
  char buf[4096];
  if (!getcwd(buf, sizeof buf)) throwError(vm, ErrorType::Error, "process.cwd failed");
  return makeStringUtf8(vm, buf);
}

static Value processUptime(VM& vm, CallArgs&) { return Value::number(processUptimeMs(vm) / 1000.0); }

static Value processHrtime(VM& vm, CallArgs& args) {
  using namespace std::chrono;
  int64_t ns = duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
  int64_t sec = ns / 1000000000, nsec = ns % 1000000000;
  if (isArray(args[0])) {
    Value ps = getIndex(vm, args[0], 0), pn = getIndex(vm, args[0], 1);
    int64_t psec = int64_t(toNumber(vm, ps)), pnsec = int64_t(toNumber(vm, pn));
    sec -= psec;
    nsec -= pnsec;
    if (nsec < 0) { sec--; nsec += 1000000000; }
  }
  Value pair[2] = {Value::number(double(sec)), Value::number(double(nsec))};
  pair[0] = Value::fromDoubleNormalized(double(sec));
  pair[1] = Value::fromDoubleNormalized(double(nsec));
  return Value::cell(createArrayFromList(vm, pair, 2));
}

static Value processHrtimeBigint(VM& vm, CallArgs&) {
  using namespace std::chrono;
  int64_t ns = duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
  Value v = bigint::fromInt64(vm.heap, ns);
  if (v.isInt()) {
    // BigInt values must be BigInt cells in JS (an int Value is a Number).
    return bigint::cellFromInt64(vm.heap, ns);
  }
  return v;
}

static Value processMemoryUsage(VM& vm, CallArgs&) {
  JsRealm& r = jsRealm(vm);
  struct rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  double rss = double(ru.ru_maxrss) * 1024.0;
  double heap = double(vm.heap.liveEstimate());
  Object* o = newPlainObject(vm, r.objectPrototype);
  Rooted ro(vm, Value::cell(o));
  const char* names[] = {"rss", "heapTotal", "heapUsed", "external", "arrayBuffers"};
  double values[] = {rss, heap, heap, 0, 0};
  for (int i = 0; i < 5; i++) putData(vm, o, names[i], Value::number(values[i]));
  return ro;
}

static Value drainTicks(VM& vm, CallArgs&) {
  StdlibState& st = stdlibState(vm);
  JsRealm& r = jsRealm(vm);
  // Queued from a microtask: wait until the rest of the microtask queue has run.
  if (st.inMicrotaskPhase && !r.microtasks.empty()) {
    enqueueCallMicrotask(vm, namedIntrinsic(vm, "jsstd:drainTicks"));
    return Value::undefined();
  }
  st.tickDrainQueued = false;
  while (!st.ticks.empty()) {
    RootedVector tick(vm);
    for (Value v : st.ticks.front()) tick.push(v);
    st.ticks.pop_front();
    call(vm, tick[0], Value::undefined(), tick.data() + 1, uint32_t(tick.size() - 1));
  }
  return Value::undefined();
}

static Value phaseMarker(VM& vm, CallArgs&) {
  stdlibState(vm).inMicrotaskPhase = true;
  return Value::undefined();
}

void queuePhaseMarker(VM& vm) {
  JsRealm& r = jsRealm(vm);
  r.microtasks.push_front(Microtask{Microtask::CallFunction, 0, namedIntrinsic(vm, "jsstd:phaseMarker"),
                                    Value::undefined(), Value::undefined(), Value::undefined(), Value::undefined()});
}

static Value processNextTick(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (!isCallable(args[0]))
    throwTypeError(vm, "The \"callback\" argument must be of type function. Received " + describeForError(vm, args[0]));
  StdlibState& st = stdlibState(vm);
  std::vector<Value> tick(args.argv, args.argv + args.argc);
  st.ticks.push_back(std::move(tick));
  if (!st.tickDrainQueued) {
    st.tickDrainQueued = true;
    Value drain = namedIntrinsic(vm, "jsstd:drainTicks");
    Microtask job{Microtask::CallFunction, 0, drain, Value::undefined(), Value::undefined(), Value::undefined(),
                  Value::undefined()};
    if (st.inMicrotaskPhase) r.microtasks.push_back(job);
    else r.microtasks.push_front(job);
  }
  return Value::undefined();
}

static Value performanceNow(VM& vm, CallArgs&) { return Value::number(processUptimeMs(vm)); }

// The last macrotask source: when nothing else is pending, emit 'beforeExit'/'exit' once.
static bool exitSource(VM& vm) {
  JsRealm& r = jsRealm(vm);
  size_t before = r.microtasks.size();
  emitExit(vm, r.exitCode);
  return r.microtasks.size() != before;
}

static Object* makeStream(VM& vm, int fd) {
  JsRealm& r = jsRealm(vm);
  Object* s = newPlainObject(vm, r.objectPrototype);
  Rooted rs(vm, Value::cell(s));
  defineNativeMethod(vm, s, "write", streamWrite, 1, fd == 2 ? 1 : 0);
  putData(vm, s, "isTTY", Value::boolean(isatty(fd)));
  putData(vm, s, "fd", Value::integer(fd));
  if (isatty(fd)) putData(vm, s, "columns", Value::integer(80));
  return s;
}

void installProcess(VM& vm) {
  JsRealm& r = jsRealm(vm);
  {
    using namespace std::chrono;
    r.namedIntrinsics["jsstd:startTime"] =
        Value::number(duration<double, std::milli>(steady_clock::now().time_since_epoch()).count());
  }
  Object* p = newPlainObject(vm, r.objectPrototype);
  defineValue(vm, r.global, "process", Value::cell(p));
  r.namedIntrinsics["jsstd:process"] = Value::cell(p);
  r.namedIntrinsics["jsstd:processListeners"] = Value::cell(newPlainObject(vm, nullptr));
  defineValue(vm, p, r.symbols.toStringTag, makeStringUtf8(vm, "process"), kConfigurable);
  putData(vm, p, "title", makeStringUtf8(vm, "dualvm"));
  putData(vm, p, "version", makeStringUtf8(vm, "v20.0.0-dualvm"));
  Object* versions = newPlainObject(vm, r.objectPrototype);
  putData(vm, p, "versions", Value::cell(versions));
  putData(vm, versions, "node", makeStringUtf8(vm, "20.0.0-dualvm"));
  putData(vm, versions, "dualvm", makeStringUtf8(vm, "0.1.0"));
  putData(vm, p, "platform", makeStringUtf8(vm, "linux"));
  putData(vm, p, "arch", makeStringUtf8(vm, "x64"));
  putData(vm, p, "pid", Value::integer(int32_t(getpid())));
  putData(vm, p, "ppid", Value::integer(int32_t(getppid())));
  putData(vm, p, "execPath", makeStringUtf8(vm, executablePath()));
  putData(vm, p, "execArgv", Value::cell(newArray(vm)));
  // argv is filled lazily: runMainScript sets realm.argv after the realm exists.
  defineNativeAccessor(vm, p, vm.intern("argv"), [](VM& vm, CallArgs& args) -> Value {
    JsRealm& r = jsRealm(vm);
    Value cached = namedIntrinsic(vm, "jsstd:argv");
    if (isArray(cached)) return cached;
    ArrayObject* a = newArray(vm);
    Rooted ra(vm, Value::cell(a));
    std::vector<std::string> items = r.argv;
    if (items.empty()) items.push_back("dualvm");
    items[0] = executablePath();
    if (items.size() >= 2 && !items[1].empty() && items[1][0] != '/' && items[1] != "-") {
      char buf[4096];
      if (realpath(items[1].c_str(), buf)) items[1] = buf;
    }
    for (const std::string& item : items) {
      Value s = makeStringUtf8(vm, item);
      a->push(s);
    }
    r.namedIntrinsics["jsstd:argv"] = ra;
    (void)args;
    return ra;
  }, [](VM& vm, CallArgs& args) -> Value {
    jsRealm(vm).namedIntrinsics["jsstd:argv"] = args[0];
    return Value::undefined();
  }, kEnumerable | kConfigurable);
  Object* env = newPlainObject(vm, r.objectPrototype);
  putData(vm, p, "env", Value::cell(env));
  for (char** e = environ; e && *e; e++) {
    std::string kv = *e;
    size_t eq = kv.find('=');
    if (eq == std::string::npos) continue;
    putData(vm, env, kv.substr(0, eq), makeStringUtf8(vm, kv.substr(eq + 1)));
  }
  defineNativeAccessor(vm, p, vm.intern("exitCode"), exitCodeGet, exitCodeSet, kEnumerable | kConfigurable);
  defineNativeMethod(vm, p, "exit", processExit, 1);
  defineNativeMethod(vm, p, "cwd", processCwd, 0);
  defineNativeMethod(vm, p, "uptime", processUptime, 0);
  NativeFunction* hr = defineNativeMethod(vm, p, "hrtime", processHrtime, 1);
  defineNativeMethod(vm, hr, "bigint", processHrtimeBigint, 0);
  defineNativeMethod(vm, p, "memoryUsage", processMemoryUsage, 0);
  defineNativeMethod(vm, p, "nextTick", processNextTick, 1);
  defineNativeMethod(vm, p, "on", processOn, 2, 0);
  defineNativeMethod(vm, p, "addListener", processOn, 2, 0);
  defineNativeMethod(vm, p, "once", processOn, 2, 1);
  defineNativeMethod(vm, p, "off", processOn, 2, 2);
  defineNativeMethod(vm, p, "removeListener", processOn, 2, 2);
  defineNativeMethod(vm, p, "emit", processEmit, 1);
  defineNativeMethod(vm, p, "listenerCount", processListenerCount, 1);
  putData(vm, p, "stdout", Value::cell(makeStream(vm, 1)));
  putData(vm, p, "stderr", Value::cell(makeStream(vm, 2)));
  r.namedIntrinsics["jsstd:drainTicks"] = Value::cell(newNativeFunction(vm, drainTicks, "processTicks", 0));
  r.namedIntrinsics["jsstd:phaseMarker"] = Value::cell(newNativeFunction(vm, phaseMarker, "phaseMarker", 0));
  stdlibState(vm).inMicrotaskPhase = false;
  queuePhaseMarker(vm);  // the main script is the first macrotask

  Object* perf = newPlainObject(vm, r.objectPrototype);
  defineValue(vm, r.global, "performance", Value::cell(perf));
  r.namedIntrinsics["jsstd:performance"] = Value::cell(perf);
  defineNativeMethod(vm, perf, "now", performanceNow, 0);
  {
    using namespace std::chrono;
    createDataProperty(vm, perf, vm.intern("timeOrigin"),
                       Value::number(duration<double, std::milli>(system_clock::now().time_since_epoch()).count()));
  }
  r.macrotaskSources.push_back(exitSource);
}

}  // namespace dualvm::js
