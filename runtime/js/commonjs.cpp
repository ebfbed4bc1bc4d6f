// runtime/js/commonjs.cpp — node's CommonJS loader: the `require` function of each module
// (resolution of ./x, ./x.js, ./x.json, ./x/index.js relative to the requiring file; absolute
// paths; builtin modules by name, with or without "node:"), module objects (id, filename,
// loaded, exports, children, paths, require), require.cache keyed by absolute path,
// require.main, require.resolve, cycles (a module is cached before it runs, so a cycle sees its
// partially filled exports), a module that throws while loading leaves the cache, and node's
// "Cannot find module" error with code MODULE_NOT_FOUND.
#include <sys/stat.h>
#include <unistd.h>
#include <fstream>
#include <sstream>
#include "runtime/js/js_engine.h"
#include "runtime/js/node_modules.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/stdlib.h"

namespace dualvm::js {

static bool isRegularFile(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}
static bool isDirectory(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string normalizePath(const std::string& path) {
  bool absolute = !path.empty() && path[0] == '/';
  std::vector<std::string> parts;
  std::stringstream ss(path);
  std::string part;
  while (std::getline(ss, part, '/')) {
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (!parts.empty() && parts.back() != "..") parts.pop_back();
      else if (!absolute) parts.push_back("..");
      continue;
    }
    parts.push_back(part);
  }
  std::string out = absolute ? "/" : "";
  for (size_t i = 0; i < parts.size(); i++) out += (i ? "/" : "") + parts[i];
  if (out.empty()) out = absolute ? "/" : ".";
  return out;
}

static std::string dirnameOf(const std::string& path) {
  size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string absolutePath(const std::string& p) {
  if (!p.empty() && p[0] == '/') return normalizePath(p);
  char buf[4096];
  std::string cwd = getcwd(buf, sizeof buf) ? buf : ".";
  return normalizePath(cwd + "/" + p);
}

// LOAD_AS_FILE / LOAD_AS_DIRECTORY of node's algorithm (no node_modules lookup, no package.json
// "main" beyond the common case).
static std::string resolveFile(const std::string& base) {
  for (const char* ext : {"", ".js", ".json", ".cjs"}) {
    std::string p = base + ext;
    if (isRegularFile(p)) return p;
  }
  if (isDirectory(base)) {
    std::ifstream pkg(base + "/package.json");
    if (pkg) {
      std::string text((std::istreambuf_iterator<char>(pkg)), std::istreambuf_iterator<char>());
      size_t m = text.find("\"main\"");
      if (m != std::string::npos) {
        size_t q1 = text.find('"', text.find(':', m) + 1);
        size_t q2 = q1 == std::string::npos ? q1 : text.find('"', q1 + 1);
        if (q2 != std::string::npos) {
          std::string r = resolveFile(normalizePath(base + "/" + text.substr(q1 + 1, q2 - q1 - 1)));
          if (!r.empty()) return r;
        }
      }
    }
    for (const char* index : {"/index.js", "/index.json"}) {
      if (isRegularFile(base + index)) return base + index;
    }
  }
  return "";
}

static std::string resolveModule(const std::string& request, const std::string& fromDir) {
  if (request.empty()) return "";
  if (request[0] == '/') return resolveFile(normalizePath(request));
  if (request.rfind("./", 0) == 0 || request.rfind("../", 0) == 0 || request == "." || request == "..")
    return resolveFile(normalizePath(fromDir + "/" + request));
  // Bare names: node_modules folders up the tree.
  std::string dir = fromDir;
  while (true) {
    std::string r = resolveFile(dir + "/node_modules/" + request);
    if (!r.empty()) return r;
    if (dir == "/" || dir.empty() || dir == ".") break;
    dir = dirnameOf(dir);
  }
  return "";
}

static Object* requireCache(VM& vm) { return asObject(namedIntrinsic(vm, "jsstd:requireCache")); }

[[noreturn]] static void throwModuleNotFound(VM& vm, const std::string& request, const std::string& from) {
  std::string msg = "Cannot find module '" + request + "'";
  if (!from.empty()) msg += "\nRequire stack:\n- " + from;
  Rooted e(vm, makeError(vm, ErrorType::Error, msg));
  putData(vm, asObject(e), "code", makeStringUtf8(vm, "MODULE_NOT_FOUND"));
  Rooted stackArr(vm, Value::cell(newArray(vm)));
  if (!from.empty()) asArray(stackArr)->push(makeStringUtf8(vm, from));
  putData(vm, asObject(e), "requireStack", stackArr);
  vm.throwValue(e);
}

static std::string readWholeFile(VM& vm, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throwError(vm, ErrorType::Error, "ENOENT: no such file or directory, open '" + path + "'");
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Fill a module object's node fields.
static void initModuleObject(VM& vm, Object* module, const std::string& id, const std::string& filename,
                             Value parent) {
  Rooted rm(vm, Value::cell(module));
  Rooted rp(vm, parent);
  putData(vm, module, "id", makeStringUtf8(vm, id));
  putData(vm, module, "path", makeStringUtf8(vm, dirnameOf(filename)));
  if (!hasOwnProperty(vm, module, jsRealm(vm).names.exports))
    createDataProperty(vm, module, jsRealm(vm).names.exports, Value::cell(newPlainObject(vm, jsRealm(vm).objectPrototype)));
  putData(vm, module, "filename", makeStringUtf8(vm, filename));
  putData(vm, module, "loaded", Value::boolean(false));
  putData(vm, module, "children", Value::cell(newArray(vm)));
  ArrayObject* paths = newArray(vm);
  Rooted rpaths(vm, Value::cell(paths));
  for (std::string dir = dirnameOf(filename);; dir = dirnameOf(dir)) {
    Value s = makeStringUtf8(vm, (dir == "/" ? "" : dir) + "/node_modules");
    paths->push(s);
    if (dir == "/" || dir == ".") break;
  }
  putData(vm, module, "paths", rpaths);
  (void)rp;
}

static Value loadModule(VM& vm, const std::string& request, NativeFunction* requireFn);

// require(id): data = the requiring module, data2 = its filename (a String).
static Value requireFunction(VM& vm, CallArgs& args) {
  NativeFunction* f = static_cast<NativeFunction*>(args.callee);
  if (!isString(args[0]))
    throwTypeError(vm, "The \"id\" argument must be of type string. Received " + describeForError(vm, args[0]));
  std::string request = asString(args[0])->toUtf8();
  if (request.empty()) throwTypeError(vm, "The argument 'id' must be a non-empty string. Received ''");
  return loadModule(vm, request, f);
}

static Value requireResolve(VM& vm, CallArgs& args) {
  NativeFunction* f = static_cast<NativeFunction*>(args.callee);
  std::string request = toStdString(vm, args[0]);
  if (isBuiltinModule(request)) return makeStringUtf8(vm, request);
  std::string from = asString(f->data2)->toUtf8();
  std::string resolved = resolveModule(request, dirnameOf(from));
  if (resolved.empty()) throwModuleNotFound(vm, request, from);
  return makeStringUtf8(vm, resolved);
}

static Value makeRequireFunction(VM& vm, const std::string& path, Value module) {
  Rooted rm(vm, module);
  Rooted rpath(vm, makeStringUtf8(vm, path));
  NativeFunction* req = newNativeFunction(vm, requireFunction, "require", 1);
  req->data = rm;
  req->data2 = rpath;
  Rooted rreq(vm, Value::cell(req));
  NativeFunction* res = newNativeFunction(vm, requireResolve, "resolve", 1);
  res->data = rm;
  res->data2 = rpath;
  defineValue(vm, req, "resolve", Value::cell(res));
  putData(vm, req, "cache", Value::cell(requireCache(vm)));
  putData(vm, req, "main", namedIntrinsic(vm, "module:main"));
  putData(vm, req, "extensions", Value::cell(newPlainObject(vm, jsRealm(vm).objectPrototype)));
  if (isObject(module)) putData(vm, asObject(module), "require", rreq);
  return rreq;
}

static Value loadModule(VM& vm, const std::string& request, NativeFunction* requireFn) {
  JsRealm& r = jsRealm(vm);
  Rooted rf(vm, Value::cell(requireFn));
  Rooted parent(vm, requireFn->data);
  std::string from = asString(requireFn->data2)->toUtf8();
  if (isBuiltinModule(request)) return loadBuiltinModule(vm, request);
  std::string resolved = resolveModule(request, dirnameOf(from));
  if (resolved.empty()) throwModuleNotFound(vm, request, from);
  Rooted cache(vm, Value::cell(requireCache(vm)));
  String* key = vm.intern(resolved);
  Rooted rkey(vm, Value::cell(key));
  Value cached = getProperty(vm, cache, key);
  if (isObject(cached)) return getProperty(vm, cached, r.names.exports);

  Object* module = newPlainObject(vm, r.objectPrototype);
  Rooted rmod(vm, Value::cell(module));
  initModuleObject(vm, module, resolved, resolved, parent);
  putData(vm, module, "parent", parent);
  if (isObject(parent)) {
    Value children = getProperty(vm, parent, vm.intern("children"));
    if (isArray(children)) asArray(children)->push(rmod);
  }
  createDataProperty(vm, asObject(cache), key, rmod);
  try {
    std::string source = readWholeFile(vm, resolved);
    if (resolved.size() >= 5 && resolved.compare(resolved.size() - 5, 5, ".json") == 0) {
      Rooted json(vm, globalValue(vm, "JSON"));
      Rooted text(vm, makeStringUtf8(vm, source));
      Value a = text;
      Rooted parsed(vm);
      try {
        parsed = invoke(vm, json, vm.intern("parse"), &a, 1);
      } catch (ScriptThrow&) {
        Rooted e(vm, vm.exception);
        vm.exception = Value::undefined();
        if (isObject(e)) {
          Value msg = getProperty(vm, e, r.names.message);
          std::string m = resolved + ": " + (isString(msg) ? asString(msg)->toUtf8() : "");
          defineValue(vm, asObject(e), r.names.message, makeStringUtf8(vm, m));
        }
        vm.throwValue(e);
      }
      setProperty(vm, rmod, r.names.exports, parsed, rmod, true);
    } else {
      if (source.rfind("#!", 0) == 0) source.insert(0, "//");
      runCommonJsModule(vm, resolved, source, rmod);
    }
  } catch (ScriptThrow&) {
    Rooted e(vm, vm.exception);
    vm.exception = Value::undefined();
    deleteProperty(vm, asObject(cache), key, false);
    vm.throwValue(e);
  }
  setProperty(vm, rmod, vm.intern("loaded"), Value::boolean(true), rmod, true);
  return getProperty(vm, rmod, r.names.exports);
}

void installCommonJs(VM& vm) {
  JsRealm& r = jsRealm(vm);
  r.namedIntrinsics["jsstd:requireCache"] = Value::cell(newPlainObject(vm, nullptr));
  r.makeRequire = [](VM& vm, const std::string& path, Value module) -> Value {
    JsRealm& r = jsRealm(vm);
    Rooted rm(vm, module);
    std::string abs = absolutePath(path);
    if (module == namedIntrinsic(vm, "module:main") && isObject(module) &&
        !hasOwnProperty(vm, asObject(module), vm.intern("filename"))) {
      // The main module: node gives it id "." and caches it under its absolute path.
      initModuleObject(vm, asObject(module), ".", abs, Value::null());
      putData(vm, asObject(module), "parent", Value::null());
      Rooted cache(vm, Value::cell(requireCache(vm)));
      putData(vm, asObject(cache), abs, rm);
    }
    (void)r;
    return makeRequireFunction(vm, abs, rm);
  };
}

}  // namespace dualvm::js
