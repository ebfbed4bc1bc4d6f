// runtime/python/py_module.cpp — per-module globals: the namespaces Python code resolves its
// global names in (FunctionProto::globals), the GetGlobal/SetGlobal hooks, module objects'
// attributes and __dict__ ("dict mode"), and the builtins that reach a namespace: globals(),
// locals() at module level, vars(), exec(), eval(), compile().
//
// A namespace is either a module object — its names are its shape properties, so GetGlobal's
// GlobalSlot inline cache holds the module itself — or a PyDict (exec/eval given a dict). When
// code asks for a module's __dict__ (globals(), vars(m), m.__dict__) the module moves its names
// into a real dict for good and keeps it under the hidden key nsDictKey; from then on that dict is
// the namespace (writes through it are seen by the module's code), at the price of the cache.
#include <memory>
#include <vector>
#include "frontends/python/compiler.h"
#include "frontends/python/parser.h"
#include "runtime/interpreter.h"
#include "runtime/python/py_module.h"

namespace dualvm::py {

#define L (lang(vm))

// ---- namespaces ----

Object* PyLanguage::currentGlobals() {
  for (size_t i = vm.frames.size(); i-- > 0;) {
    FunctionProto* fn = vm.frames[i]->fn;
    if (fn->language == this) return fn->globals ? fn->globals : mainGlobals;
  }
  return mainGlobals;
}

// The hidden property key of module objects in dict mode (their dict) and of code objects (their
// FunctionProto), made on first use.
Symbol* hiddenKey(PyLanguage& P) {
  if (!P.nsDictKey) {
    P.nsDictKey = P.vm.heap.make<Symbol>(Value::undefined());
    P.vm.addPermanentRoot(Value::cell(P.nsDictKey));
  }
  return P.nsDictKey;
}

// The dict a module in dict mode keeps its names in, or null.
static PyDict* modeDict(PyLanguage& P, Object* ns) {
  if (!P.nsDictKey || ns->classTag() != 0) return nullptr;
  uint32_t i = ns->findOwn(P.nsDictKey);
  return i == Shape::kNotFound ? nullptr : asDict(ns->slot(i));
}

Value PyLanguage::nsGet(Object* ns, String* name) {
  if (ns->classTag() == kTagDict) return dictGet(static_cast<PyDict*>(ns), Value::cell(name));
  if (PyDict* d = modeDict(*this, ns)) return dictGet(d, Value::cell(name));
  uint32_t i = ns->findOwn(name);
  return i == Shape::kNotFound ? Value::empty() : ns->slot(i);
}

void PyLanguage::nsSet(Object* ns, String* name, Value v) {
  Rooted rv(vm, v);
  if (ns->classTag() == kTagDict) return dictSet(static_cast<PyDict*>(ns), Value::cell(name), rv);
  if (PyDict* d = modeDict(*this, ns)) return dictSet(d, Value::cell(name), rv);
  ns->putDirect(vm, name, rv);
}

bool PyLanguage::nsDel(Object* ns, String* name) {
  if (ns->classTag() == kTagDict) return dictDel(static_cast<PyDict*>(ns), Value::cell(name));
  if (PyDict* d = modeDict(*this, ns)) return dictDel(d, Value::cell(name));
  return ns->removeProperty(vm, name);
}

Value PyLanguage::nsDict(Object* ns) {
  if (ns->classTag() == kTagDict) return Value::cell(ns);
  if (PyDict* d = modeDict(*this, ns)) return Value::cell(d);
  hiddenKey(*this);
  Rooted rns(vm, Value::cell(ns));
  Rooted rd(vm, newDict());
  std::vector<String*> names;
  for (uint32_t i = 0; i < ns->propertyCount(); i++) {
    PropertyKey k = ns->keyAt(i);
    if (!isString(Value::cell(k))) continue;
    names.push_back(static_cast<String*>(k));
    dictSet(asDict(rd), Value::cell(k), ns->slot(i));
  }
  // the names now live in the dict only (removing them also changes the shape: caches miss)
  for (String* n : names) ns->removeProperty(vm, n);
  ns->putDirect(vm, nsDictKey, rd);
  return rd;
}

// ---- the GetGlobal / SetGlobal hooks ----

static Object* runningGlobals(PyLanguage& P) {
  VM& vm = P.vm;
  if (!vm.frames.empty()) {
    FunctionProto* fn = vm.frames.back()->fn;
    if (fn->globals) return fn->globals;
  }
  return P.mainGlobals;
}

// A VersionedGlobal cache (function.h): `name` read from holder's slot while neither the module
// nor the holder gains or loses a name (pyperf). For a builtin, the module's unchanged shape
// proves the name is still not a module global; `builtins.len = f` writes the slot it reads.
static void fillVersionedGlobal(InlineCache* ic, Object* module, Object* holder, uint32_t slot) {
  ic->kind = InlineCache::VersionedGlobal;
  ic->proto = module;
  ic->shape = module->shape();
  ic->epoch = module->shape()->version();
  ic->holder = holder;
  ic->holderShape = holder->shape();
  ic->holderVersion = holder->shape()->version();
  ic->slot = slot;
}

Value PyLanguage::getGlobal(VM&, String* name, bool throwIfMissing, InlineCache* ic) {
  Object* g = runningGlobals(*this);
  bool shapeNs = g->classTag() == 0 && !modeDict(*this, g);  // names are g's shape properties
  if (shapeNs) {
    uint32_t i = g->findOwn(name);
    if (i != Shape::kNotFound) {
      if (ic && !g->shape()->isDictionary()) { ic->kind = InlineCache::GlobalSlot; ic->holder = g; ic->holderShape = g->shape(); ic->slot = i; }
      else if (ic) fillVersionedGlobal(ic, g, g, i);  // a module past 64 names
      return g->slot(i);
    }
  } else {
    Value v = nsGet(g, name);
    if (!v.isMagic(Magic::Empty)) return v;
  }
  if (ic && shapeNs && builtins->classTag() == 0 && !modeDict(*this, builtins)) {
    uint32_t i = builtins->findOwn(name);
    if (i != Shape::kNotFound) {
      fillVersionedGlobal(ic, g, builtins, i);
      return builtins->slot(i);
    }
  }
  Value b = nsGet(builtins, name);
  if (!b.isMagic(Magic::Empty)) return b;
  if (!throwIfMissing) return Value::undefined();
  Rooted e(vm, makeException(t.NameError, "name '" + name->toUtf8() + "' is not defined"));
  asObject(e)->putDirect(vm, s("name"), Value::cell(name));
  vm.throwValue(e);
}

void PyLanguage::setGlobal(VM&, String* name, Value v, bool, InlineCache* ic) {
  Object* g = runningGlobals(*this);
  if (g->classTag() != 0 || modeDict(*this, g)) return nsSet(g, name, v);
  Rooted rv(vm, v);
  g->putDirect(vm, name, rv);
  uint32_t i = g->findOwn(name);
  if (ic && !g->shape()->isDictionary()) { ic->kind = InlineCache::GlobalSlot; ic->holder = g; ic->holderShape = g->shape(); ic->slot = i; }
  else if (ic) fillVersionedGlobal(ic, g, g, i);
}

// ---- compiling and running source in a namespace ----

// A Python SyntaxError (or IndentationError/TabError) for a frontend error.
[[noreturn]] void raiseSyntaxError(PyLanguage& P, const ::py::SyntaxErrorInfo& e, const std::string& file) {
  VM& vm = P.vm;
  if (e.type == "RecursionError") P.raise(P.t.RecursionError, e.message);
  Value tv = P.builtins ? P.nsGet(P.builtins, vm.intern(e.type)) : Value::empty();
  PyType* type = isType(tv) ? asType(tv) : P.t.SyntaxError;
  Rooted exc(vm, P.makeException(type, e.message));
  Object* o = asObject(exc);
  o->putDirect(vm, P.s("msg"), P.newStr(e.message));
  o->putDirect(vm, P.s("filename"), P.newStr(file));
  o->putDirect(vm, P.s("lineno"), Value::integer(e.line));
  o->putDirect(vm, P.s("offset"), Value::integer(e.column));
  o->putDirect(vm, P.s("text"), e.lineText.empty() ? Value::null() : P.newStr(e.lineText + "\n"));
  o->putDirect(vm, P.s("end_lineno"), e.endLine ? Value::integer(e.endLine) : Value::null());
  o->putDirect(vm, P.s("end_offset"), e.endColumn ? Value::integer(e.endColumn) : Value::null());
  o->putDirect(vm, P.s("print_file_and_line"), Value::null());
  vm.throwValue(exc);
}

FunctionProto* compilePython(PyLanguage& P, const std::string& source, const std::string& file, int mode) {
  std::unique_ptr<ir::Function> fn;
  try {
    fn = ::py::compileSource(source, file, ::py::CompileMode(mode));
  } catch (const ::py::SyntaxErrorInfo& e) {
    raiseSyntaxError(P, e, file);
  }
  // tracebacks quote lines of real files only ("<string>" has none, as in CPython)
  if (!file.empty() && file[0] != '<') P.sources[file] = source;
  return P.vm.link(std::shared_ptr<const ir::Function>(std::move(fn)));
}

// Runs linked top-level code with `globals` as its namespace; a proto already bound to other
// globals is linked afresh (its caches belong to the first namespace).
Value runInNamespace(PyLanguage& P, FunctionProto* proto, Object* globals) {
  VM& vm = P.vm;
  Rooted rg(vm, Value::cell(globals));
  if (proto->globals && proto->globals != globals) proto = vm.link(proto->ir);
  Rooted rp(vm, Value::cell(proto));
  proto->globals = globals;
  gc::writeBarrier(proto, globals);
  return vm.runTopLevel(proto, Value::undefined(), nullptr);
}

// Types the runtime makes for itself (code, cell, ModuleSpec) hang off the module type under
// "__dualvm_<name>__" (dir() hides such names): one per VM, reachable, no process globals.
PyType* internalType(PyLanguage& P, const char* key) {
  uint32_t i = P.t.module->findOwn(P.s(key));
  return i == Shape::kNotFound ? nullptr : asType(P.t.module->slot(i));
}
void setInternalType(PyLanguage& P, const char* key, PyType* type) {
  P.t.module->putDirect(P.vm, P.s(key), Value::cell(type));
}

static bool isCodeObject(PyLanguage& P, Value v) {
  PyType* code = internalType(P, "__dualvm_code__");
  return isObject(v) && code && asObject(v)->proto() == code && P.nsDictKey;
}

static FunctionProto* codeProto(PyLanguage& P, Value code) {
  uint32_t i = asObject(code)->findOwn(P.nsDictKey);
  return i == Shape::kNotFound ? nullptr : static_cast<FunctionProto*>(asObject(code)->slot(i).asCell());
}

static std::string sourceText(PyLanguage& P, Value src, const char* fname) {
  if (isString(src)) return asString(src)->toUtf8();
  // bytes / bytearray: their str() is b'...'; decode through .decode()
  Value m = P.getAttr(src, P.s("decode"), false);
  if (!m.isMagic(Magic::Empty)) {
    Value r = P.call(m, nullptr, 0);
    if (isString(r)) return asString(r)->toUtf8();
  }
  P.raise(P.t.TypeError, std::string(fname) + "() arg 1 must be a string, bytes or code object");
}

// The namespace for exec/eval's globals argument: a dict (a module's own dict stays the module's).
static Object* globalsArg(PyLanguage& P, Value g, const char* fname) {
  if (g.isUndefined() || g.isNull()) return P.currentGlobals();
  if (!isDict(g)) {
    if (std::string(fname) == "exec") P.raise(P.t.TypeError, "exec() globals must be a dict, not " + P.typeName(g));
    bool mapping = !P.lookupType(P.typeOf(g), P.s("__getitem__")).isMagic(Magic::Empty);
    P.raise(P.t.TypeError, mapping ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
  }
  PyDict* d = asDict(g);
  Value b = P.dictGet(d, Value::cell(P.s("__builtins__")));
  if (b.isMagic(Magic::Empty)) P.dictSet(d, Value::cell(P.s("__builtins__")), Value::cell(P.builtins));
  return d;
}

// exec/eval(source, globals, locals): with a locals mapping other than globals, the code runs on
// a merged dict (globals then locals) and the names it binds or rebinds are written to locals —
// the module-mode compiler has no separate locals (CPython's LOAD_NAME), and this is what
// `exec(src, globals, ns)` (dataclasses, namedtuple-style factories) relies on.
static Value execOrEval(VM& vm, CallArgs& a, bool isEval) {
  PyLanguage& P = L;
  const char* fname = isEval ? "eval" : "exec";
  Value src = a[0], gArg = a.argc > 1 ? a[1] : Value::null(), lArg = a.argc > 2 ? a[2] : Value::null();
  for (size_t i = 0; i < P.kwNames.size(); i++) {
    std::string k = P.kwNames[i]->toUtf8();
    if (k == "globals") gArg = P.kwValues[i];
    else if (k == "locals") lArg = P.kwValues[i];
  }
  if (a.argc < 1) P.raise(P.t.TypeError, std::string(fname) + " expected at least 1 argument, got 0");
  Rooted rsrc(vm, src), rg(vm, gArg), rl(vm, lArg);
  Object* globals = globalsArg(P, gArg, fname);
  Rooted rglobals(vm, Value::cell(globals));
  Rooted proto(vm);
  std::string text;
  if (isCodeObject(P, src)) {
    proto = Value::cell(codeProto(P, src));
  } else {
    text = sourceText(P, src, fname);
    if (isEval) { size_t b = text.find_first_not_of(" \t"); text = b == std::string::npos ? "" : text.substr(b); }
    proto = Value::cell(compilePython(P, text, "<string>", int(isEval ? ::py::CompileMode::Eval : ::py::CompileMode::Exec)));
  }
  bool separateLocals = !lArg.isNullish() && !(isObject(lArg) && asObject(lArg) == globals);
  if (!separateLocals) {
    Value r = runInNamespace(P, static_cast<FunctionProto*>(proto.get().asCell()), globals);
    return isEval ? r : Value::null();
  }
  // merged namespace: globals' names, then locals' (a dict or any mapping with keys())
  Rooted merged(vm, P.newDict());
  // a snapshot of the globals: asking a module for its dict would end its fast global cache
  Rooted gd(vm, P.newDict());
  if (globals->classTag() == 0 && globals->findOwn(hiddenKey(P)) == Shape::kNotFound) {
    for (uint32_t i = 0; i < globals->propertyCount(); i++)
      if (isString(Value::cell(globals->keyAt(i)))) P.dictSet(asDict(gd), Value::cell(globals->keyAt(i)), globals->slot(i));
  } else {
    Rooted live(vm, P.nsDict(globals));
    for (const DictEntry& e : asDict(live)->entries)
      if (!e.key.isMagic(Magic::Empty)) P.dictSet(asDict(gd), e.key, e.value);
  }
  for (const DictEntry& e : asDict(gd)->entries)
    if (!e.key.isMagic(Magic::Empty)) P.dictSet(asDict(merged), e.key, e.value);
  RootedVector lkeys(vm), lvals(vm);
  if (isDict(lArg)) {
    for (const DictEntry& e : asDict(lArg)->entries)
      if (!e.key.isMagic(Magic::Empty)) { lkeys.push(e.key); lvals.push(e.value); }
  } else {
    Rooted ks(vm, P.callMethod(lArg, "keys", nullptr, 0));
    P.collect(ks, lkeys);
    for (size_t i = 0; i < lkeys.size(); i++) lvals.push(P.getElement(vm, lArg, lkeys[i]));
  }
  for (size_t i = 0; i < lkeys.size(); i++) P.dictSet(asDict(merged), lkeys[i], lvals[i]);
  Rooted r(vm, runInNamespace(P, static_cast<FunctionProto*>(proto.get().asCell()), asObject(merged)));
  // names the code declared `global` are bound in the globals, not the locals
  std::vector<std::string> declared = isEval || text.empty() ? std::vector<std::string>{} : declaredGlobals(text);
  for (const DictEntry& e : std::vector<DictEntry>(asDict(merged)->entries)) {
    if (e.key.isMagic(Magic::Empty)) continue;
    Value before = P.dictGet(asDict(gd), e.key);
    if (!before.isMagic(Magic::Empty) && before == e.value) continue;  // untouched global
    if (isString(e.key) && std::find(declared.begin(), declared.end(), asString(e.key)->toUtf8()) != declared.end()) {
      P.nsSet(globals, vm.intern(asString(e.key)), e.value);
      continue;
    }
    P.setElement(vm, lArg, e.key, e.value, true);
  }
  return isEval ? r.get() : Value::null();
}

static Value b_exec(VM& vm, CallArgs& a) { return execOrEval(vm, a, false); }
static Value b_eval(VM& vm, CallArgs& a) { return execOrEval(vm, a, true); }

// Does the last logical line of `text` (continuation lines inside brackets belong to the line
// they continue) start indented, inside a block? Then a console cannot know the block has
// ended until an empty line comes.
static bool endsInsideBlock(const std::string& text) {
  int depth = 0;
  char quote = 0;
  bool triple = false;
  size_t lastLogicalStart = 0;
  for (size_t i = 0; i < text.size(); i++) {
    char c = text[i];
    if (quote) {
      if (c == '\\') { i++; continue; }
      if (c == quote && (!triple || text.compare(i, 3, std::string(3, quote)) == 0)) { i += triple ? 2 : 0; quote = 0; }
      continue;
    }
    if (c == '#') { while (i + 1 < text.size() && text[i + 1] != '\n') i++; continue; }
    if (c == '\'' || c == '"') {
      quote = c;
      triple = text.compare(i, 3, std::string(3, c)) == 0;
      if (triple) i += 2;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') depth++;
    if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
    if (c == '\n' && depth == 0 && (i == 0 || text[i - 1] != '\\')) lastLogicalStart = i + 1;
  }
  if (lastLogicalStart == 0 || lastLogicalStart >= text.size() || text.back() == '\n') return false;
  std::string last = text.substr(lastLogicalStart);
  return (last[0] == ' ' || last[0] == '\t') && last.find_first_not_of(" \t\r\f\n") != std::string::npos;
}

// codeop's PyCF_ALLOW_INCOMPLETE_INPUT: source that only lacks its continuation (an open bracket
// or string, a block header at the end, a block whose indented last line has no newline yet)
// raises SyntaxError("incomplete input"), so code.InteractiveConsole reads another line.
static void raiseIfIncomplete(PyLanguage& P, const std::string& text, const std::string& file) {
  ::py::SyntaxErrorInfo incomplete;
  incomplete.type = "SyntaxError";
  incomplete.message = "incomplete input";
  if (endsInsideBlock(text)) raiseSyntaxError(P, incomplete, file);
  try {
    ::py::ParseOptions options;
    options.compileChecks = false;
    ::py::parse(text, options);
  } catch (const ::py::SyntaxErrorInfo& e) {
    if (!::py::isIncompleteInput(e, text)) return;  // compiling reports the real error
    incomplete.line = e.line;
    incomplete.column = e.column;
    incomplete.lineText = e.lineText;
    raiseSyntaxError(P, incomplete, file);
  }
}

// compile(source, filename, mode): a code object holding the linked top-level function.
static Value b_compile(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value src = a[0], file = a[1], mode = a[2], flags = a.argc > 3 ? a[3] : Value::integer(0);
  for (size_t i = 0; i < P.kwNames.size(); i++) {
    std::string k = P.kwNames[i]->toUtf8();
    if (k == "source") src = P.kwValues[i];
    else if (k == "filename") file = P.kwValues[i];
    else if (k == "mode") mode = P.kwValues[i];
    else if (k == "flags") flags = P.kwValues[i];
  }
  if (isCodeObject(P, src)) return src;
  const int64_t kOnlyAst = 0x400;  // ast.PyCF_ONLY_AST
  bool onlyAst = flags.isInt() && (flags.asInt() & kOnlyAst);
  Rooted rsrc(vm, src), rfile(vm, file), rmode(vm, mode);
  P.kwNames.clear();  // the natives this one calls must not see compile()'s keywords
  P.kwValues.clear();
  if (isAstObject(P, src)) {
    if (onlyAst) return src;
    src = P.newStr(astToSource(P, src));  // ast_objects.cpp
    rsrc = src;
  }
  if (!isString(mode)) P.raise(P.t.TypeError, "compile() missing required argument 'mode' (pos 3)");
  std::string m = asString(mode)->toUtf8();
  ::py::CompileMode cm;
  if (m == "exec") cm = ::py::CompileMode::Exec;
  else if (m == "eval") cm = ::py::CompileMode::Eval;
  else if (m == "single") cm = ::py::CompileMode::Single;
  else P.raise(P.t.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  std::string fname = isString(file) ? asString(file)->toUtf8() : P.str(file);
  if (onlyAst) return astFromSource(P, sourceText(P, src, "compile"), fname, int(cm));
  const int64_t kAllowIncompleteInput = 0x4000;  // codeop.PyCF_ALLOW_INCOMPLETE_INPUT
  if (flags.isInt() && (flags.asInt() & kAllowIncompleteInput)) raiseIfIncomplete(P, sourceText(P, src, "compile"), fname);
  Rooted rproto(vm, Value::cell(compilePython(P, sourceText(P, src, "compile"), fname, int(cm))));
  Object* code = vm.heap.make<Object>(vm.emptyShape(), internalType(P, "__dualvm_code__"));
  Rooted rc(vm, Value::cell(code));
  code->putDirect(vm, hiddenKey(P), rproto);
  code->putDirect(vm, P.s("co_filename"), P.newStr(fname));
  code->putDirect(vm, P.s("co_name"), P.newStr("<module>"));
  code->putDirect(vm, P.s("co_flags"), Value::integer(0));  // codeop reads it for __future__ flags
  return rc;
}

// The BuildLocals intrinsic: (name0, value0, name1, value1, ...) -> a dict of the bound ones
// (locals() in a function; the locals eval() gets there).
Value buildLocalsDict(PyLanguage& P, const Value* args, uint32_t argc) {
  Rooted d(P.vm, P.newDict());
  for (uint32_t i = 0; i + 1 < argc; i += 2)
    if (!args[i + 1].isUninitialized()) P.dictSet(asDict(d), args[i], args[i + 1]);
  return d;
}

static Value b_globals(VM& vm, CallArgs&) { return L.nsDict(L.currentGlobals()); }

// vars(): the caller's namespace at module level; vars(obj): obj.__dict__.
static Value b_vars(VM& vm, CallArgs& a) {
  if (a.argc == 0) return L.nsDict(L.currentGlobals());
  Value d = L.getAttr(a[0], L.s("__dict__"), false);
  if (d.isMagic(Magic::Empty)) L.raise(L.t.TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

// ---- module objects ----

// Attribute access on a module: its namespace (PEP 562: a module-level __getattr__ for names it
// lacks), __dict__, then what the module type provides.
Value moduleGetAttr(PyLanguage& P, Value obj, String* name, bool throwIfMissing) {
  VM& vm = P.vm;
  Object* m = asObject(obj);
  Value v = P.nsGet(m, name);
  if (!v.isMagic(Magic::Empty)) return v;
  if (name == P.s("__dict__")) return P.nsDict(m);
  if (name == P.s("__class__")) return Value::cell(P.t.module);
  Value ga = P.nsGet(m, P.s("__getattr__"));
  if (!ga.isMagic(Magic::Empty)) {
    Rooted rga(vm, ga);
    Value arg = Value::cell(name);
    if (!throwIfMissing) {
      try { return P.call(rga, &arg, 1); } catch (ScriptThrow&) {
        if (!P.isInstance(vm.exception, P.t.AttributeError)) throw;
        vm.exception = Value::undefined();
        return Value::empty();
      }
    }
    return P.call(rga, &arg, 1);
  }
  Value tv = P.lookupType(P.t.module, name);
  if (!tv.isMagic(Magic::Empty)) {
    if (isClosure(tv) || isNativeFunction(tv)) return Value::cell(vm.heap.make<BoundFunction>(vm.emptyShape(), P.t.method, tv, obj));
    return tv;
  }
  if (!throwIfMissing) return Value::empty();
  P.raise(P.t.AttributeError, "module '" + P.moduleName(obj) + "' has no attribute '" + name->toUtf8() + "'");
}

void moduleSetAttr(PyLanguage& P, Value obj, String* name, Value v) {
  if (name == P.s("__dict__") || name == P.s("__class__")) P.raise(P.t.AttributeError, "readonly attribute");
  P.nsSet(asObject(obj), name, v);
}

void moduleDelAttr(PyLanguage& P, Value obj, String* name) {
  if (!P.nsDel(asObject(obj), name))
    P.raise(P.t.AttributeError, "module '" + P.moduleName(obj) + "' has no attribute '" + name->toUtf8() + "'");
}

// The names bound in a module's namespace, in order (dir(module)).
std::vector<String*> moduleNames(PyLanguage& P, Object* m) {
  std::vector<String*> out;
  Value d = m->findOwn(hiddenKey(P)) == Shape::kNotFound ? Value::empty() : P.nsDict(m);
  if (!d.isMagic(Magic::Empty)) {
    for (const DictEntry& e : asDict(d)->entries)
      if (!e.key.isMagic(Magic::Empty) && isString(e.key)) out.push_back(asString(e.key));
    return out;
  }
  for (uint32_t i = 0; i < m->propertyCount(); i++)
    if (isString(Value::cell(m->keyAt(i)))) out.push_back(static_cast<String*>(m->keyAt(i)));
  return out;
}

// repr(module): <module 'x' from '/path/x.py'>, <module 'sys' (built-in)>, <module 'ns' (namespace)>
std::string moduleRepr(PyLanguage& P, Value obj) {
  Object* m = asObject(obj);
  Value name = P.nsGet(m, P.s("__name__"));
  std::string n = isString(name) ? P.repr(name) : "'?'";
  Value file = P.nsGet(m, P.s("__file__"));
  if (isString(file)) return "<module " + n + " from " + P.repr(file) + ">";
  Value spec = P.nsGet(m, P.s("__spec__"));
  if (isObject(spec)) {
    Value origin = P.getAttr(spec, P.s("origin"), false);
    if (origin.isNull() && !P.nsGet(m, P.s("__path__")).isMagic(Magic::Empty)) return "<module " + n + " (namespace)>";
  }
  if (m == P.mainGlobals || spec.isNull()) return "<module " + n + ">";
  return "<module " + n + " (built-in)>";
}

// module(name, doc=None): types.ModuleType(...)
static Value m_ctor(VM& vm, CallArgs& a) {
  if (a.argc < 1 || !isString(a[0])) L.raise(L.t.TypeError, "module.__init__() argument 'name' must be str");
  Object* m = vm.heap.make<Object>(vm.emptyShape(), L.t.module);
  Rooted rm(vm, Value::cell(m));
  m->putDirect(vm, L.s("__name__"), a[0]);
  m->putDirect(vm, L.s("__doc__"), a.argc > 1 ? a[1] : Value::null());
  m->putDirect(vm, L.s("__package__"), Value::null());
  m->putDirect(vm, L.s("__loader__"), Value::null());
  m->putDirect(vm, L.s("__spec__"), Value::null());
  return rm;
}

void installModuleBuiltins(PyLanguage& P) {
  VM& vm = P.vm;
  Object* b = P.builtins;
  P.defNative(b, "globals", b_globals);
  P.defNative(b, "locals", b_globals);  // module level; the compiler handles locals() in functions
  P.defNative(b, "vars", b_vars);
  P.defNative(b, "exec", b_exec);
  P.defNative(b, "eval", b_eval);
  P.defNative(b, "compile", b_compile);
  P.defNative(P.t.module, "__dualvm_ctor__", m_ctor);
  PyType* code = P.newType("code", P.t.object);
  Rooted rcode(vm, Value::cell(code));
  setInternalType(P, "__dualvm_code__", code);
}

}  // namespace dualvm::py
