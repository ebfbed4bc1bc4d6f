// runtime/js/js_engine.cpp — installing the JS language on a VM, running a main script as
// node does (CommonJS module wrapper, then the event loop until no work is left), and printing
// uncaught errors and syntax errors the way node prints them.
#include "runtime/js/js_engine.h"
#include <cstdio>
#include <iostream>
#include "frontends/js/ast_dump.h"
#include "frontends/js/compiler.h"
#include "frontends/js/parser.h"
#include "frontends/js/scope.h"
#include "runtime/js/inspect.h"
#include "runtime/js/js_language.h"
#include "runtime/js/node_modules.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/promise_core.h"

namespace dualvm::js {

JsRealm& installJsRealm(VM& vm) {
  if (!vm.language(ir::Language::JavaScript)) {
    JsLanguage* lang = new JsLanguage(vm);
    vm.adoptLanguage(ir::Language::JavaScript, lang);
    lang->initRealm(vm);
  }
  return jsRealm(vm);
}

static std::string sourceLine(const std::string& source, int line) {
  int cur = 1;
  size_t start = 0;
  for (size_t i = 0; i < source.size() && cur < line; i++) {
    if (source[i] == '\n') { cur++; start = i + 1; }
  }
  size_t end = source.find('\n', start);
  return source.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

static void writeErr(VM& vm, const std::string& s) {
  JsRealm& r = jsRealm(vm);
  fflush(stdout);
  if (r.writeStderr) r.writeStderr(s);
  else fwrite(s.data(), 1, s.size(), stderr);
}

void runCommonJsModule(VM& vm, const std::string& path, const std::string& source, Value module) {
  JsRealm& r = jsRealm(vm);
  Rooted rmod(vm, module);
  ::js::SourceOptions opts;
  opts.kind = ::js::SourceKind::Module;
  ::js::CompileResult res = ::js::compileSource(source, path, opts);
  if (!res.ok()) {
    Value e = makeError(vm, ErrorType::SyntaxError, res.error->message);
    Rooted re(vm, e);
    // Remember where: reportUncaught prints the line like node.
    std::string where = path + ":" + std::to_string(res.error->line) + ":" + std::to_string(res.error->column);
    defineValue(vm, asObject(re), vm.intern("__dualvmSyntaxLocation"), Value::cell(vm.newString(where)), kWritable | kConfigurable);
    vm.throwValue(re);
  }
  std::shared_ptr<const ir::Function> f(std::move(res.function));
  FunctionProto* fp = vm.link(f);
  Rooted rfp(vm, Value::cell(fp));
  Rooted fn(vm, vm.language(ir::Language::JavaScript)->makeClosure(vm, fp, nullptr));
  Rooted exports(vm, js::getProperty(vm, rmod, r.names.exports));
  Rooted require(vm);
  if (r.makeRequire) require = r.makeRequire(vm, path, rmod);
  // node gives every module its absolute path, the main one too.
  std::string abs = absolutePath(path);
  std::string dir = abs.substr(0, abs.find_last_of('/'));
  if (dir.empty()) dir = "/";
  Rooted filename(vm, Value::cell(vm.newString(abs)));
  Rooted dirname(vm, Value::cell(vm.newString(dir)));
  Value args[5] = {exports, require, rmod, filename, dirname};
  vm.call(fn, exports, args, 5);
}

void reportUncaught(VM& vm, Value exception) {
  JsRealm& r = jsRealm(vm);
  Rooted re(vm, exception);
  std::string out;
  // Throw site: the first stack frame of an error (node prints the throw statement's line).
  std::string stack;
  if (isObject(re)) {
    Value loc = js::getPropertyFromObject(vm, asObject(re), vm.intern("__dualvmSyntaxLocation"), re);
    std::string where;
    if (isString(loc)) {
      where = asString(loc)->toUtf8();
    } else {
      Value st = isObject(re) ? js::getPropertyFromObject(vm, asObject(re), r.names.stack, re) : Value::undefined();
      if (isString(st)) {
        stack = asString(st)->toUtf8();
        size_t at = stack.find("\n    at ");
        if (at != std::string::npos) {
          size_t lineEnd = stack.find('\n', at + 1);
          std::string frame = stack.substr(at + 8, lineEnd == std::string::npos ? std::string::npos : lineEnd - at - 8);
          size_t open = frame.rfind('(');
          if (open != std::string::npos) frame = frame.substr(open + 1, frame.size() - open - 2);
          where = frame;
        }
      }
    }
    if (!where.empty()) {
      size_t c2 = where.rfind(':');
      size_t c1 = c2 == std::string::npos ? std::string::npos : where.rfind(':', c2 - 1);
      if (c1 != std::string::npos) {
        std::string file = where.substr(0, c1);
        int line = std::atoi(where.c_str() + c1 + 1);
        int col = std::atoi(where.c_str() + c2 + 1);
        FILE* f = fopen(file.c_str(), "rb");
        if (f) {
          std::string src;
          char buf[65536];
          size_t n;
          while ((n = fread(buf, 1, sizeof buf, f)) > 0) src.append(buf, n);
          fclose(f);
          out += file + ":" + std::to_string(line) + "\n" + sourceLine(src, line) + "\n" +
                 std::string(size_t(col > 0 ? col - 1 : 0), ' ') + "^\n\n";
        }
      }
    }
  }
  try {
    if (isObject(re) && asObject(re)->classTag() == uint16_t(ClassTag::Error)) {
      if (!stack.empty()) out += stack;
      else out += inspectValue(vm, re);
      // Extra own enumerable properties are shown like node does: `{ code: 'X' }`.
    } else {
      out += "Uncaught " + inspectValue(vm, re);
    }
  } catch (ScriptThrow&) {
    vm.exception = Value::undefined();
    out += "Uncaught exception";
  }
  out += "\n";
  writeErr(vm, out);
}

int runEventLoop(VM& vm) {
  JsRealm& r = jsRealm(vm);
  while (!r.exitRequested) {
    try {
      r.runMicrotasks();
    } catch (ScriptThrow&) {
      Value e = vm.exception;
      vm.exception = Value::undefined();
      reportUncaught(vm, e);
      return 1;
    }
    if (r.exitRequested) break;
    // Unhandled rejections terminate the process as in node >= 15.
    for (size_t i = 0; i < r.pendingRejections.size(); i++) {
      Value p = r.pendingRejections[i];
      if (isPromise(p) && !asPromise(p)->isHandled) {
        Rooted rv(vm, asPromise(p)->result);
        r.pendingRejections.clear();
        if (isObject(rv) && asObject(rv)->classTag() == uint16_t(ClassTag::Error)) {
          reportUncaught(vm, rv);
        } else {
          std::string shown;
          try { shown = inspectValue(vm, rv); } catch (ScriptThrow&) { vm.exception = Value::undefined(); }
          writeErr(vm, "[UnhandledPromiseRejection: This error originated either by throwing inside of an async "
                       "function without a catch block, or by rejecting a promise which was not handled with "
                       ".catch(). The promise rejected with the reason \"" + shown + "\".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n");
        }
        return 1;
      }
    }
    r.pendingRejections.clear();
    bool more = false;
    try {
      for (auto& src : r.macrotaskSources) {
        if (src(vm)) { more = true; break; }
      }
    } catch (ScriptThrow&) {
      Value e = vm.exception;
      vm.exception = Value::undefined();
      reportUncaught(vm, e);
      return 1;
    }
    if (!more && r.microtasks.empty()) break;
  }
  return r.exitCode;
}

int runMainScript(VM& vm, const std::string& path, const std::string& source,
                  const std::vector<std::string>& argv) {
  JsRealm& r = installJsRealm(vm);
  r.mainFile = path;
  r.argv = argv;
  {
    ::js::SourceOptions opts;
    opts.kind = ::js::SourceKind::Module;
    ::js::CompileResult res = ::js::compileSource(source, path, opts);
    if (!res.ok()) {
      const ::js::SyntaxError& e = *res.error;
      std::string out = path + ":" + std::to_string(e.line) + "\n" + sourceLine(source, e.line) + "\n" +
                        std::string(size_t(e.column > 0 ? e.column - 1 : 0), ' ') + "^\n\nSyntaxError: " +
                        e.message + "\n";
      writeErr(vm, out);
      return 1;
    }
  }
  int code = 0;
  try {
    Object* module = newPlainObject(vm, r.objectPrototype);
    Rooted rm(vm, Value::cell(module));
    Object* exports = newPlainObject(vm, r.objectPrototype);
    Rooted re(vm, Value::cell(exports));
    module->addProperty(vm, r.names.exports, re);
    r.namedIntrinsics["module:main"] = rm;
    runCommonJsModule(vm, path, source, rm);
    js::setProperty(vm, rm, vm.intern("loaded"), Value::boolean(true), rm, true);  // as node, once the body ran
  } catch (ScriptThrow&) {
    Value e = vm.exception;
    vm.exception = Value::undefined();
    if (!r.exitRequested) {
      reportUncaught(vm, e);
      fflush(stdout);
      return 1;
    }
  }
  if (!r.exitRequested) code = runEventLoop(vm);
  else code = r.exitCode;
  if (code == 0) code = r.exitCode;
  fflush(stdout);
  return code;
}

std::string dumpAst(const std::string& path, const std::string& source) {
  ::js::ParseOptions po;
  po.sourceName = path;
  auto program = ::js::parseProgram(source, po);
  ::js::analyzeScopes(*program);
  return ::js::dumpAst(*program);
}

std::string dumpIr(const std::string& path, const std::string& source) {
  ::js::ParseOptions po;
  po.sourceName = path;
  auto program = ::js::parseProgram(source, po);
  ::js::analyzeScopes(*program);
  ::js::CompileOptions co;
  co.fileName = path;
  co.sourceUtf8 = source;
  auto f = ::js::compileModule(*program, co);
  return ir::disassemble(*f);
}

}  // namespace dualvm::js
