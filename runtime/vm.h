// VM: all state of one engine instance — heap, interned strings, the value stack and frames, the
// languages' hooks, options and counters. Nothing in the runtime keeps hidden mutable globals, so
// several VMs (or later several interpreter threads on one heap) can coexist.
//
// Calling convention and frames are described in runtime/interpreter.h.
#pragma once
#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>
#include "gc/heap.h"
#include "runtime/function.h"
#include "runtime/language.h"
#include "runtime/object.h"
#include "runtime/string.h"
#include "runtime/value.h"

namespace dualvm {

// Thrown (as a C++ exception) by runtime code that raises a language exception; the value is in
// VM::exception. The interpreter catches it and unwinds to the script's handler. Script `throw`
// does not use C++ exceptions.
struct ScriptThrow {};

enum class ResumeMode : uint8_t { Next = 0, Throw = 1, Return = 2 };

// A generator's registers followed by its actual arguments: the subset of std::vector's interface
// the runtime uses, with room for kInline values inside the GeneratorObject itself, so creating a
// small generator (most generator expressions) makes no second allocation. The storage does not
// move until assign() grows it: while the generator runs, its frame's registers ARE this storage.
class GeneratorRegs {
 public:
  static constexpr size_t kInline = 16;
  GeneratorRegs() = default;
  GeneratorRegs(const GeneratorRegs&) = delete;
  ~GeneratorRegs() { if (data_ != inline_) delete[] data_; }
  void assign(size_t n, Value v) {
    if (n > capacity_) {
      Value* p = new Value[n];
      if (data_ != inline_) delete[] data_;
      data_ = p;
      capacity_ = n;
    }
    std::fill(data_, data_ + n, v);
    size_ = n;
  }
  void clear() { size_ = 0; }  // keeps the storage: a frame being popped may still read it
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  size_t capacity() const { return capacity_; }
  size_t heapBytes() const { return data_ == inline_ ? 0 : capacity_ * sizeof(Value); }
  Value* data() { return data_; }
  Value& operator[](size_t i) { return data_[i]; }
  const Value* begin() const { return data_; }
  const Value* end() const { return data_ + size_; }

 private:
  Value* data_ = inline_;
  size_t size_ = 0, capacity_ = kInline;
  Value inline_[kInline];
};

// A suspended script frame (generators, async functions), owned by the language's generator
// object.
class GeneratorObject : public Object {
 public:
  GeneratorObject(Shape* shape, Object* proto) : Object(shape, proto, CellKind::Generator) {}
  enum class State : uint8_t { SuspendedStart, SuspendedYield, Running, Completed };
  State state = State::SuspendedStart;
  Closure* callee = nullptr;
  Value thisValue;
  Value newTarget;
  Environment* env = nullptr;
  GeneratorRegs regs;          // the frame's registers (also while it runs: Frame::regs points here)
  uint32_t pc = 0;             // resume point
  uint32_t envDepth = 0;
  Value delegate;              // yield*: the inner iterator being delegated to
  Value languageData;          // e.g. the promise of an async function
  Value languageData2;
  ResumeMode lastMode = ResumeMode::Next;
  void trace(gc::Tracer&) override;
  size_t memoryBytes() const override { return sizeof(GeneratorObject) + regs.heapBytes(); }
};

struct VMOptions {
  size_t maxHeapBytes = 0;        // 0 = unlimited
  uint32_t maxCallDepth = 10000;  // frames before RangeError / RecursionError
  bool jit = true;
  uint32_t jitThreshold = 1000;
};

struct Frame;  // interpreter.h
class ExecutionHooks;  // execution_hooks.h

class VM final : public gc::RootSource {
 public:
  explicit VM(const VMOptions& options = {});
  ~VM() override;
  VM(const VM&) = delete;

  gc::Heap heap;
  VMOptions options;

  // ---- strings ----
  String* intern(std::string_view utf8);
  String* intern(String* s);          // the canonical interned copy of s
  String* newString(std::string_view utf8) { return String::fromUtf8(heap, utf8); }

  // The private-name key (a Symbol flagged private) of a class private name "#x@site".
  Symbol* privateSymbol(String* name);

  // ---- shapes ----
  Shape* emptyShape() const { return emptyShape_; }

  // ---- languages ----
  // Installs a language the caller keeps alive (e.g. a test's local one).
  void setLanguage(ir::Language id, Language* lang) { languages_[int(id)] = lang; }
  // Installs a heap-allocated language the VM owns from then on (deleted by ~VM, before the heap).
  void adoptLanguage(ir::Language id, Language* lang) {
    setLanguage(id, lang);
    ownedLanguages_[int(id)] = lang;
  }
  Language* language(ir::Language id) const { return languages_[int(id)]; }

  // ---- linking: ir::Function -> FunctionProto (interns names, materialises constants) ----
  FunctionProto* link(std::shared_ptr<const ir::Function> fn);

  // ---- running script code ----
  // Call any callable from C++ (re-enters the interpreter for script functions).
  Value call(Value callee, Value thisValue, const Value* argv, uint32_t argc);
  Value construct(Value callee, const Value* argv, uint32_t argc, Value newTarget);
  // Run a linked top-level function (script, module body, eval code) with `this` and an env.
  Value runTopLevel(FunctionProto* fn, Value thisValue, Environment* env);
  // Resume a suspended generator frame; *done says whether the frame returned.
  Value resume(GeneratorObject* gen, Value sent, ResumeMode mode, bool* done);

  // ---- exceptions ----
  [[noreturn]] void throwValue(Value v);
  [[noreturn]] void throwError(ErrorKind kind, const std::string& message, Language* lang = nullptr);
  Value exception;          // the pending exception while a ScriptThrow propagates
  // Language of the innermost running script frame (or the JS language when none).
  Language* currentLanguage() const;
  // The current script stack as (function name, file, line, column), innermost first.
  struct StackEntry { std::string function; std::string file; uint32_t line, column; };
  std::vector<StackEntry> captureStack(size_t limit = 64) const;

  // ---- GC roots held by C++ code (see Rooted below) ----
  struct RootLink { RootLink* prev; Value* slot; size_t count; };
  RootLink* rootsHead = nullptr;
  // Extra permanent roots (intrinsics, module caches). Append only.
  std::vector<Value> permanentRoots;
  void addPermanentRoot(Value v) { permanentRoots.push_back(v); }

  // ---- interpreter state (see interpreter.h) ----
  std::vector<Value> stack;       // the VM value stack: every frame's registers
  std::vector<Frame*> frames;     // active script frames, innermost last
  uint32_t nativeDepth = 0;       // nested interpreter entries from C++ (VM::call)
  Value* stackTop = nullptr;      // first free slot of `stack`; the GC traces [stack, stackTop)
  Frame* frameStore = nullptr;    // fixed array the frames live in: frames[i] == &frameStore[i]
  uint32_t frameCapacity = 0;
  uintptr_t cStackBase = 0;       // C stack address at the outermost interpreter entry
  bool inStackOverflow = false;   // building a stack-overflow error: allow a little headroom

  // Bumped by a language library when a class's attributes change (added, removed, replaced):
  // InlineCache::Typed* entries filled under another epoch miss (pyperf, D11).
  uint32_t classEpoch = 1;

  // The native the interpreter is calling directly (no C++ frame in between; null otherwise) and
  // that run's allocation-log mark (pyweak): gc.collect() may then drop the run's log entries, as
  // a LoopHeader does, so that `del x; gc.collect()` frees x.
  const void* directNative = nullptr;
  size_t directNativeRunMark = 0;

  // Profiler/tracer/debugger events (runtime/execution_hooks.h, D30): the installed hooks (null:
  // none), and a language library's hooks object kept for the VM's lifetime.
  ExecutionHooks* executionHooks = nullptr;
  std::unique_ptr<ExecutionHooks> executionHooksOwner;

  // ---- counters for --stats ----
  struct Counters {
    uint64_t instructions = 0, calls = 0, icHits = 0, icMisses = 0;
    uint64_t loopIterations = 0;    // LoopHeader executions
  } counters;

  void traceRoots(gc::Tracer&) override;
  void sweepWeak(gc::Tracer&) override;

 private:
  Value callUnscoped(Value callee, Value thisValue, const Value* argv, uint32_t argc);
  Value constructUnscoped(Value callee, const Value* argv, uint32_t argc, Value newTarget);
  Shape* emptyShape_ = nullptr;
  Language* languages_[2] = {nullptr, nullptr};
  Language* ownedLanguages_[2] = {nullptr, nullptr};
  struct InternHash { size_t operator()(const String* s) const { return s->hash(); } };
  struct InternEq { bool operator()(const String* a, const String* b) const { return a->equals(b); } };
  std::unordered_set<String*, InternHash, InternEq> interned_;
  std::unordered_map<String*, Symbol*> privateSymbols_;  // strong: class private names
};

// RAII root for a Value or an array of Values held by C++ code across allocations. LIFO.
class Rooted {
 public:
  Rooted(VM& vm, Value v = Value::undefined()) : vm_(vm), value_(v) {
    link_ = {vm.rootsHead, &value_, 1};
    vm.rootsHead = &link_;
  }
  ~Rooted() { vm_.rootsHead = link_.prev; }
  Rooted(const Rooted&) = delete;
  Rooted& operator=(Value v) { value_ = v; return *this; }
  Value get() const { return value_; }
  operator Value() const { return value_; }
  Value* address() { return &value_; }

 private:
  VM& vm_;
  Value value_;
  VM::RootLink link_;
};

// A growable rooted vector of Values (e.g. collecting an iterator's items).
class RootedVector {
 public:
  explicit RootedVector(VM& vm) : vm_(vm) { link_ = {vm.rootsHead, nullptr, 0}; vm.rootsHead = &link_; }
  ~RootedVector() { vm_.rootsHead = link_.prev; }
  RootedVector(const RootedVector&) = delete;
  void push(Value v) { items_.push_back(v); sync(); }
  void resize(size_t n) { items_.resize(n); sync(); }
  Value& operator[](size_t i) { return items_[i]; }
  Value operator[](size_t i) const { return items_[i]; }
  size_t size() const { return items_.size(); }
  Value* data() { return items_.data(); }
  std::vector<Value>& vec() { return items_; }  // call sync() after mutating directly
  void sync() { link_.slot = items_.data(); link_.count = items_.size(); }

 private:
  VM& vm_;
  std::vector<Value> items_;
  VM::RootLink link_;
};

}  // namespace dualvm
