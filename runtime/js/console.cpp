// runtime/js/console.cpp — the console object: log/info/debug (stdout), error/warn/trace
// (stderr), dir, assert, count, group/groupEnd, table-less; rendering through inspect.h.
#include <cstdio>
#include "runtime/js/builtins.h"
#include "runtime/js/inspect.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"

namespace dualvm::js {

static void writeOut(VM& vm, bool toStderr, const std::string& text) {
  JsRealm& r = jsRealm(vm);
  // Group indentation applies to every line.
  std::string indent;
  auto it = r.namedIntrinsics.find("console:groupIndent");
  if (it != r.namedIntrinsics.end() && it->second.isInt()) indent.assign(size_t(it->second.asInt()), ' ');
  std::string line;
  if (indent.empty()) {
    line = text + "\n";
  } else {
    line = indent;
    for (char c : text) {
      line.push_back(c);
      if (c == '\n') line += indent;
    }
    line += "\n";
  }
  if (toStderr) {
    if (r.writeStderr) r.writeStderr(line);
    else { fflush(stdout); fwrite(line.data(), 1, line.size(), stderr); }
  } else {
    if (r.writeStdout) r.writeStdout(line);
    else fwrite(line.data(), 1, line.size(), stdout);
  }
}

// magic: 0 log/info/debug, 1 error/warn.
static Value consoleLog(VM& vm, CallArgs& args) {
  writeOut(vm, static_cast<NativeFunction*>(args.callee)->magic == 1, formatLogArguments(vm, args.argv, args.argc));
  return Value::undefined();
}

static Value consoleTrace(VM& vm, CallArgs& args) {
  std::string msg = "Trace";
  std::string rest = formatLogArguments(vm, args.argv, args.argc);
  if (!rest.empty()) msg += ": " + rest;
  for (const VM::StackEntry& e : vm.captureStack(10)) {
    std::string where = e.file + ":" + std::to_string(e.line) + ":" + std::to_string(e.column);
    msg += e.function.empty() ? "\n    at " + where : "\n    at " + e.function + " (" + where + ")";
  }
  writeOut(vm, true, msg);
  return Value::undefined();
}

static Value consoleDir(VM& vm, CallArgs& args) {
  writeOut(vm, false, inspectValue(vm, args[0]));
  return Value::undefined();
}

static Value consoleAssert(VM& vm, CallArgs& args) {
  if (toBoolean(args[0])) return Value::undefined();
  std::string rest = args.argc > 1 ? formatLogArguments(vm, args.argv + 1, args.argc - 1) : "";
  writeOut(vm, true, rest.empty() ? "Assertion failed" : "Assertion failed: " + rest);
  return Value::undefined();
}

static Value consoleCount(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  std::string label = args[0].isUndefined() ? "default" : toStdString(vm, args[0]);
  Value& slot = r.namedIntrinsics["console:count:" + label];
  int n = slot.isInt() ? slot.asInt() + 1 : 1;
  slot = Value::integer(n);
  writeOut(vm, false, label + ": " + std::to_string(n));
  return Value::undefined();
}

static Value consoleCountReset(VM& vm, CallArgs& args) {
  std::string label = args[0].isUndefined() ? "default" : toStdString(vm, args[0]);
  jsRealm(vm).namedIntrinsics["console:count:" + label] = Value::integer(0);
  return Value::undefined();
}

// group (magic 0) / groupEnd (1).
static Value consoleGroup(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Value& slot = r.namedIntrinsics["console:groupIndent"];
  int n = slot.isInt() ? slot.asInt() : 0;
  if (static_cast<NativeFunction*>(args.callee)->magic == 0) {
    if (args.argc) writeOut(vm, false, formatLogArguments(vm, args.argv, args.argc));
    slot = Value::integer(n + 2);
  } else {
    slot = Value::integer(n >= 2 ? n - 2 : 0);
  }
  return Value::undefined();
}

void installConsole(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Object* c = newPlainObject(vm, r.objectPrototype);
  defineValue(vm, r.global, "console", Value::cell(c), kWritable | kConfigurable);
  for (const char* n : {"log", "info", "debug"}) defineNativeMethod(vm, c, n, consoleLog, 0, 0);
  for (const char* n : {"error", "warn"}) defineNativeMethod(vm, c, n, consoleLog, 0, 1);
  defineNativeMethod(vm, c, "trace", consoleTrace, 0);
  defineNativeMethod(vm, c, "dir", consoleDir, 0);
  defineNativeMethod(vm, c, "assert", consoleAssert, 0);
  defineNativeMethod(vm, c, "count", consoleCount, 0);
  defineNativeMethod(vm, c, "countReset", consoleCountReset, 0);
  defineNativeMethod(vm, c, "group", consoleGroup, 0, 0);
  defineNativeMethod(vm, c, "groupCollapsed", consoleGroup, 0, 0);
  defineNativeMethod(vm, c, "groupEnd", consoleGroup, 0, 1);
}

}  // namespace dualvm::js
