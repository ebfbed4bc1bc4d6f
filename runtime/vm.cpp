// VM: construction, string interning (a weak table), GC roots, entry points from C++ into the
// interpreter (call, construct, runTopLevel), errors and stack capture.
#include "runtime/vm.h"
#include <sys/resource.h>
#include <algorithm>
#include <stdexcept>
#include "runtime/execution_hooks.h"
#include "runtime/interpreter.h"

namespace dualvm {

namespace {
constexpr size_t kStackSlots = size_t(1) << 20;  // 8 MiB of Values; never reallocated
constexpr uint32_t kFrameHeadroom = 256;         // frames reserved for building overflow errors
}  // namespace

VM::VM(const VMOptions& opts) : options(opts) {
  heap.addRootSource(this);
  heap.setMaxBytes(opts.maxHeapBytes);
  stack.assign(kStackSlots, Value::undefined());
  stackTop = stack.data();
  frameCapacity = std::max<uint32_t>(opts.maxCallDepth, 1u << 16) + kFrameHeadroom;
  frameStore = new Frame[frameCapacity];
  frames.reserve(frameCapacity);
  emptyShape_ = Shape::makeRoot(heap);
}

VM::~VM() {
  // Adopted languages go before the heap they point into.
  for (Language*& l : ownedLanguages_) {
    delete l;
    l = nullptr;
  }
  heap.removeRootSource(this);
  delete[] frameStore;
}

// ---- strings ----

String* VM::intern(std::string_view utf8) {
  return intern(String::fromUtf8(heap, utf8));
}

String* VM::intern(String* s) {
  if (s->isInterned()) return s;
  auto it = interned_.find(s);
  if (it != interned_.end()) return *it;
  s->markInterned();
  interned_.insert(s);
  return s;
}

Symbol* VM::privateSymbol(String* name) {
  name = intern(name);
  auto it = privateSymbols_.find(name);
  if (it != privateSymbols_.end()) return it->second;
  Rooted root(*this, Value::cell(name));
  // The description is the source spelling: "#x@site" shows as "#x".
  std::string text = name->toUtf8();
  size_t at = text.find('@');
  Value desc = at == std::string::npos ? Value::cell(name) : Value::cell(newString(text.substr(0, at)));
  Rooted descRoot(*this, desc);
  Symbol* sym = heap.make<Symbol>(desc);
  sym->cellFlags |= Symbol::kPrivateFlag;
  privateSymbols_.emplace(name, sym);
  return sym;
}

// ---- roots ----

void VM::traceRoots(gc::Tracer& t) {
  t.mark(emptyShape_);
  for (Value* p = stack.data(); p < stackTop; p++) traceValue(t, *p);
  for (Frame* f : frames) {
    t.mark(f->callee);
    t.mark(f->fn);
    traceValue(t, f->thisValue);
    traceValue(t, f->newTarget);
    t.mark(f->env);
    t.mark(f->gen);
  }
  for (RootLink* l = rootsHead; l; l = l->prev)
    for (size_t i = 0; i < l->count; i++) traceValue(t, l->slot[i]);
  for (Value v : permanentRoots) traceValue(t, v);
  traceValue(t, exception);
  for (auto& [name, sym] : privateSymbols_) {
    t.mark(name);
    t.mark(sym);
  }
}

void VM::sweepWeak(gc::Tracer& t) {
  for (auto it = interned_.begin(); it != interned_.end();) {
    if (!t.isMarked(*it)) it = interned_.erase(it);
    else ++it;
  }
}

// ---- errors ----

void VM::throwValue(Value v) {
  exception = v;
  throw ScriptThrow{};
}

void VM::throwError(ErrorKind kind, const std::string& message, Language* lang) {
  if (!lang) lang = currentLanguage();
  if (!lang) throw std::runtime_error("dualvm: " + message + " (no language registered)");
  throwValue(lang->makeError(*this, kind, message));
}

Language* VM::currentLanguage() const {
  if (!frames.empty() && frames.back()->fn->language) return frames.back()->fn->language;
  return languages_[int(ir::Language::JavaScript)] ? languages_[int(ir::Language::JavaScript)]
                                                   : languages_[int(ir::Language::Python)];
}

std::vector<VM::StackEntry> VM::captureStack(size_t limit) const {
  std::vector<StackEntry> out;
  for (size_t i = frames.size(); i-- > 0 && out.size() < limit;) {
    const Frame* f = frames[i];
    const ir::Function& fn = *f->fn->ir;
    ir::LinePos pos = interp::positionAt(fn, f->pc);
    out.push_back({fn.name, fn.fileName, pos.line, pos.column});
  }
  return out;
}

// ---- entries from C++ ----

namespace {

// Copies C++-held arguments onto the value stack so they are rooted and addressable by frames.
Value* pushArgs(VM& vm, const Value* argv, uint32_t argc, Language* lang) {
  Value* base = vm.stackTop;
  if (base + argc + 64 > vm.stack.data() + vm.stack.size()) interp::throwStackOverflow(vm, lang);
  for (uint32_t i = 0; i < argc; i++) base[i] = argv[i];
  vm.stackTop = base + argc;
  return base;
}

[[noreturn]] void throwClassCallError(VM& vm, Closure* c) {
  std::string name = c->fn->ir->name;
  vm.throwError(ErrorKind::TypeError,
                "Class constructor " + name + " cannot be invoked without 'new'", c->fn->language);
}

}  // namespace

Value VM::callUnscoped(Value callee, Value thisValue, const Value* argv, uint32_t argc) {
  if (isClosure(callee)) {
    Closure* c = asClosure(callee);
    const ir::Function& f = *c->fn->ir;
    if (f.isClassConstructor) throwClassCallError(*this, c);
    interp::NativeEntry entry(*this);
    Value* args = pushArgs(*this, argv, argc, c->fn->language);
    if (f.isGenerator || f.isAsync)
      return interp::startGenerator(*this, c, thisValue, Value::undefined(), args, argc);
    Frame* fr = interp::pushFrame(*this, c, c->fn, c->env, thisValue, Value::undefined(), args, argc, 0,
                                  Frame::kEntry);
    if (f.callConvention == ir::CallConvention::BoundByLanguage) c->fn->language->bindArguments(*this, c, args, argc, nullptr, fr->regs);
    else if (f.hasRest) interp::fillRestParameter(*this, fr);
    return interp::run(*this);
  }
  if (isNativeFunction(callee)) {
    interp::NativeEntry entry(*this);
    NativeFunction* nf = asNativeFunction(callee);
    Value* args = pushArgs(*this, argv, argc, nf->language);
    CallArgs ca{thisValue, Value::undefined(), args, argc, nf};
    counters.calls++;
    return nf->fn(*this, ca);
  }
  Language* lang = currentLanguage();
  if (!isObject(callee)) lang->throwNotCallable(*this, callee, "", false);
  interp::NativeEntry entry(*this);
  Value* args = pushArgs(*this, argv, argc, lang);
  return lang->callOther(*this, callee, thisValue, args, argc);
}

Value VM::constructUnscoped(Value callee, const Value* argv, uint32_t argc, Value newTarget) {
  if (newTarget.isUndefined()) newTarget = callee;
  if (isClosure(callee)) {
    Closure* c = asClosure(callee);
    Language* lang = c->fn->language;
    if (!interp::isConstructorClosure(c)) lang->throwNotCallable(*this, callee, "", true);
    interp::NativeEntry entry(*this);
    Rooted nt(*this, newTarget);
    Value* args = pushArgs(*this, argv, argc, lang);
    const ir::Function& f = *c->fn->ir;
    Value thisValue = f.isDerivedConstructor ? Value::uninitialized() : lang->createThis(*this, c, newTarget);
    Frame* fr = interp::pushFrame(*this, c, c->fn, c->env, thisValue, newTarget, args, argc, 0,
                                  Frame::kEntry | Frame::kConstruct);
    if (f.hasRest) interp::fillRestParameter(*this, fr);
    if (!f.isDerivedConstructor && !c->fieldInit.isUndefined()) call(c->fieldInit, thisValue, nullptr, 0);
    return interp::run(*this);
  }
  if (isNativeFunction(callee)) {
    NativeFunction* nf = asNativeFunction(callee);
    if (!nf->isConstructor) nf->language->throwNotCallable(*this, callee, "", true);
    interp::NativeEntry entry(*this);
    Value* args = pushArgs(*this, argv, argc, nf->language);
    CallArgs ca{Value::undefined(), newTarget, args, argc, nf};
    counters.calls++;
    return nf->fn(*this, ca);
  }
  Language* lang = currentLanguage();
  if (!isObject(callee)) lang->throwNotCallable(*this, callee, "", true);
  interp::NativeEntry entry(*this);
  Value* args = pushArgs(*this, argv, argc, lang);
  return lang->constructOther(*this, callee, args, argc, newTarget);
}

Value VM::runTopLevel(FunctionProto* fn, Value thisValue, Environment* env) {
  interp::NativeEntry entry(*this);
  interp::pushFrame(*this, nullptr, fn, env, thisValue, Value::undefined(), nullptr, 0, 0, Frame::kEntry);
  return interp::run(*this);
}

// ---- interpreter entry guard ----

namespace interp {

namespace {
// Bytes of C stack nested interpreter entries may use: most of the thread's stack, with a
// margin for the native code between entries and for building the overflow error.
size_t cStackLimit() {
  static const size_t limit = [] {
    size_t size = 8u << 20;
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) size = std::min<size_t>(size, rl.rlim_cur);
    return size > (2u << 20) ? size - (1u << 20) : size / 2;
  }();
  return limit;
}
}  // namespace

void checkNativeStack(VM& vm) {
  char probe;
  uintptr_t here = reinterpret_cast<uintptr_t>(&probe);
  size_t used = vm.cStackBase > here ? vm.cStackBase - here : 0;
  size_t limit = cStackLimit() + (vm.inStackOverflow ? (256u << 10) : 0);
  if (used > limit) throwStackOverflow(vm, vm.currentLanguage());
}

NativeEntry::NativeEntry(VM& vm) : vm_(vm), savedTop_(vm.stackTop), savedFrames_(vm.frames.size()) {
  if (vm.nativeDepth == 0) {
    char probe;
    vm.cStackBase = reinterpret_cast<uintptr_t>(&probe);
  } else {
    checkNativeStack(vm);
  }
  vm.nativeDepth++;
}

NativeEntry::~NativeEntry() {
  vm_.nativeDepth--;
  while (vm_.frames.size() > savedFrames_) vm_.frames.pop_back();
  vm_.stackTop = savedTop_;
}

[[noreturn]] void throwStackOverflow(VM& vm, Language* lang) {
  if (!lang) lang = vm.currentLanguage();
  if (vm.inStackOverflow || !lang) {
    // Overflowing again while building the error: throw the message as a plain string.
    vm.throwValue(Value::cell(vm.newString(lang ? lang->stackOverflowMessage() : "stack overflow")));
  }
  vm.inStackOverflow = true;
  Value err;
  try {
    err = lang->makeError(vm, lang->stackOverflowKind(), lang->stackOverflowMessage());
  } catch (...) {
    vm.inStackOverflow = false;
    throw;
  }
  vm.inStackOverflow = false;
  vm.throwValue(err);
}

ir::LinePos positionAt(const ir::Function& fn, uint32_t pc) {
  const auto& lines = fn.lines;
  auto it = std::upper_bound(lines.begin(), lines.end(), pc,
                             [](uint32_t p, const ir::LinePos& l) { return p < l.pc; });
  if (it == lines.begin()) return {pc, fn.line, fn.column};
  return *(it - 1);
}

}  // namespace interp
// Each call from C++ is an allocation-log activation (gc/heap.h): garbage made by the callee is
// released when it returns, and the result stays logged for the C++ caller.
Value VM::call(Value callee, Value thisValue, const Value* argv, uint32_t argc) {
  const size_t mark = heap.allocationMark();
  Value result = callUnscoped(callee, thisValue, argv, argc);
  heap.truncateAllocations(mark);
  if (result.isCell()) heap.retain(result.asCell());
  return result;
}

Value VM::construct(Value callee, const Value* argv, uint32_t argc, Value newTarget) {
  const size_t mark = heap.allocationMark();
  Value result = constructUnscoped(callee, argv, argc, newTarget);
  heap.truncateAllocations(mark);
  if (result.isCell()) heap.retain(result.asCell());
  return result;
}

}  // namespace dualvm
