// The interpreter loop: one function, computed-goto dispatch over every opcode of
// shared-ir/opcodes.def (frame layout and calling convention: interpreter.h).
//
// Hot state lives in C++ locals (ip, regs, constants, caches, language) and is reloaded from the
// Frame only when the frame changes. `ip` points at the current instruction until its handler
// finishes, so a C++ exception thrown by a slow path knows the throwing instruction exactly.
// Before anything that can call out (slow paths, calls), SYNC() stores the pc into the frame so
// stack traces and re-entrant code see where each frame is.
//
// Fast paths are the cases where both languages agree (DESIGN.md "The shared IR"); everything
// else goes to the running function's Language.
#include "runtime/interpreter.h"
#include "runtime/execution_hooks.h"
#include "runtime/interrupts.h"
#include <algorithm>
#include <climits>

namespace dualvm {
namespace interp {

namespace {

constexpr uint32_t lengthOf(const char* fmt) {
  uint32_t n = 1;
  while (*fmt++) n++;
  return n;
}
#define OP(name, fmt) constexpr uint32_t kLen_##name = lengthOf(fmt);
#include "shared-ir/opcodes.def"
#undef OP
constexpr uint32_t kOpLength[] = {
#define OP(name, fmt) lengthOf(fmt),
#include "shared-ir/opcodes.def"
#undef OP
};

constexpr uint32_t kFrameHeadroom = 256;  // as in vm.cpp: frames kept for building errors
constexpr size_t kStackSlack = 256;       // values kept free above the top frame

// The spread-call opcodes (CallSpread, NewSpread, SuperCallFrom, SuperCallSpread) receive their
// arguments as an array built by the compiler; this copies it onto the value stack above the top
// frame (holes read as undefined) and returns the arguments' base. The caller resets stackTop.
static Value* pushSpreadArguments(VM& vm, Value arr, const char* op, Language* lang, uint32_t* argc) {
  if (!isArray(arr)) [[unlikely]]
    vm.throwError(ErrorKind::TypeError, std::string("internal error: ") + op + " arguments are not an array", lang);
  const auto& els = asArray(arr)->elements;
  Value* base = vm.stackTop;
  if (base + els.size() + kStackSlack > vm.stack.data() + vm.stack.size()) throwStackOverflow(vm, lang);
  for (size_t i = 0; i < els.size(); i++) base[i] = els[i].isHole() ? Value::undefined() : els[i];
  vm.stackTop = base + els.size();
  *argc = uint32_t(els.size());
  return base;
}

__attribute__((always_inline)) inline Frame* pushFrameInline(VM& vm, Closure* callee, FunctionProto* fn, Environment* env, Value thisValue,
                              Value newTarget, const Value* args, uint32_t argc, uint32_t retReg,
                              uint8_t flags) {
  const ir::Function& ir = *fn->ir;
  const size_t depth = vm.frames.size();
  Value* regs = vm.stackTop;
  uint32_t limit = std::min(vm.options.maxCallDepth, vm.frameCapacity - kFrameHeadroom);
  if (vm.inStackOverflow) limit += kFrameHeadroom / 2;
  if (depth >= limit || regs + ir.numRegs + kStackSlack > vm.stack.data() + vm.stack.size()) [[unlikely]]
    throwStackOverflow(vm, fn->language);
  Frame* f = &vm.frameStore[depth];
  f->callee = callee;
  f->fn = fn;
  f->regs = regs;
  f->top = regs + ir.numRegs;
  f->savedTop = regs;
  f->args = args;
  f->argc = argc;
  f->pc = 0;
  f->retReg = retReg;
  f->envDepth = 0;
  f->thisValue = thisValue;
  f->newTarget = newTarget;
  f->env = env;
  f->gen = nullptr;
  f->flags = flags;
  const uint32_t n = std::min(argc, ir.numParams);
  uint32_t i = 0;
  for (; i < n; i++) regs[i] = args[i];
  for (; i < ir.numRegs; i++) regs[i] = Value::undefined();
  vm.stackTop = f->top;
  vm.frames.push_back(f);
  fn->hotCount++;
  vm.counters.calls++;
  return f;
}

inline void popFrameInline(VM& vm) {
  Frame* f = vm.frames.back();
  vm.stackTop = f->savedTop;
  vm.frames.pop_back();
}

inline bool truthyFast(VM& vm, Language* lang, Value v) {
  if (v.isBool()) return v.asBool();
  if (v.isInt()) return v.asInt() != 0;
  if (v.isNullish()) return false;
  if (v.isDouble()) {
    double d = v.asDouble();
    if (d != 0 && d == d) return true;  // 0, -0 and NaN differ between the languages
  }
  return lang->truthy(vm, v);
}

// Environment lookup by name for GetName/SetName/TypeOfName (direct eval): scope infos are
// arrays of interned names (runtime/link.cpp); after an environment's slots come the vars a
// sloppy eval declared there (Environment::evalVars: *outHolder is that object, *outSlot its slot).
bool findName(Environment* e, gc::Cell* name, Environment** outEnv, uint32_t* outSlot, Object** outHolder) {
  *outHolder = nullptr;
  for (; e; e = e->parent) {
    if (isArray(e->scopeInfo)) {
      const auto& names = asArray(e->scopeInfo)->elements;
      for (size_t i = names.size(); i-- > 0;) {
        if (names[i].isCell() && names[i].asCell() == name && i < e->slots.size()) {
          *outEnv = e;
          *outSlot = uint32_t(i);
          return true;
        }
      }
    }
    if (e->evalVars) {
      uint32_t s = e->evalVars->findOwn(name);
      if (s != Shape::kNotFound) {
        *outEnv = e;
        *outSlot = s;
        *outHolder = e->evalVars;
        return true;
      }
    }
  }
  return false;
}

// DeclareEvalVar: the caller's var scope is the innermost environment marked by the compiler
// (ScopeInfo::varScope); an existing binding of the name on the way there is reused.
static Environment* evalVarScope(Environment* e) {
  for (; e; e = e->parent) {
    if (!isArray(e->scopeInfo)) continue;
    ArrayObject* info = asArray(e->scopeInfo);
    if (info->classTag() == kVarScopeInfoTag) return e;
  }
  return nullptr;
}

// The environment `hops` levels out with `slot` in range; a compiler bug (bad hops/slot) becomes
// an internal error instead of a wild read.
[[noreturn]] void badEnvAccess(VM& vm, Language* lang, uint32_t hops, uint32_t slot) {
  vm.throwError(ErrorKind::Error,
                "internal error: environment access out of range (hops " + std::to_string(hops) + ", slot " +
                    std::to_string(slot) + ")",
                lang);
}
inline Environment* envAt(VM& vm, Language* lang, Environment* e, uint32_t hops, uint32_t slot) {
  for (uint32_t h = hops; h && e; h--) e = e->parent;
  if (!e || slot >= e->slots.size()) [[unlikely]]
    badEnvAccess(vm, lang, hops, slot);
  return e;
}

std::string nameText(Value v) { return isString(v) ? asString(v)->toUtf8() : std::string("?"); }

ErrorKind errorKindOperand(uint32_t k) {
  switch (k) {
    case 0: return ErrorKind::TypeError;
    case 1: return ErrorKind::ReferenceError;
    case 2: return ErrorKind::SyntaxError;
    default: return ErrorKind::RangeError;
  }
}

constexpr const char* kThisUninitialized =
    "Must call super constructor in derived class before accessing 'this' or returning from derived constructor";

// Integer power when exact in int32 (both languages agree on int ** non-negative int).
// InlineCache::VersionedGlobal (Python globals and builtins, function.h).
inline bool versionedGlobalValid(const InlineCache& ic) {
  return ic.proto->shape() == ic.shape && ic.shape->version() == ic.epoch &&
         ic.holder->shape() == ic.holderShape && ic.holderShape->version() == ic.holderVersion;
}

inline bool intPow(int32_t base, int32_t exp, int32_t* out) {
  if (exp < 0) return false;
  int64_t r = 1, b = base;
  while (exp) {
    if (exp & 1) {
      r *= b;
      if (r > INT32_MAX || r < INT32_MIN) return false;
    }
    exp >>= 1;
    if (exp) {
      b *= b;
      if (b > INT32_MAX || b < -int64_t(INT32_MAX)) {
        if (r == 0) break;
        return false;
      }
    }
  }
  *out = int32_t(r);
  return true;
}

void saveGeneratorFrame(Frame* f, GeneratorObject* g, uint32_t pc) {
  // The frame's registers are the generator's own (pushGeneratorFrame): nothing to copy.
  g->pc = pc;
  g->env = f->env;
  g->envDepth = f->envDepth;
  g->thisValue = f->thisValue;
  g->state = GeneratorObject::State::SuspendedYield;
}

void finishGenerator(GeneratorObject* g) {
  g->state = GeneratorObject::State::Completed;
  g->regs.clear();
  g->delegate = Value::undefined();
}

}  // namespace

// ---- out-of-line entry points used by vm.cpp / generator.cpp ----

Frame* pushFrame(VM& vm, Closure* callee, FunctionProto* fn, Environment* env, Value thisValue, Value newTarget,
                 const Value* args, uint32_t argc, uint32_t retReg, uint8_t flags) {
  return pushFrameInline(vm, callee, fn, env, thisValue, newTarget, args, argc, retReg, flags);
}

void popFrame(VM& vm) { popFrameInline(vm); }

Frame* pushGeneratorFrame(VM& vm, GeneratorObject* gen) {
  FunctionProto* fn = gen->callee->fn;
  const ir::Function& ir = *fn->ir;
  const size_t depth = vm.frames.size();
  uint32_t limit = std::min(vm.options.maxCallDepth, vm.frameCapacity - kFrameHeadroom);
  if (vm.inStackOverflow) limit += kFrameHeadroom / 2;
  if (depth >= limit || vm.stackTop + kStackSlack > vm.stack.data() + vm.stack.size()) [[unlikely]]
    throwStackOverflow(vm, fn->language);
  Frame* f = &vm.frameStore[depth];
  f->callee = gen->callee;
  f->fn = fn;
  f->regs = gen->regs.data();  // no window on the value stack: calls it makes go at stackTop
  f->top = vm.stackTop;
  f->savedTop = vm.stackTop;
  f->args = gen->regs.data() + ir.numRegs;
  f->argc = uint32_t(gen->regs.size() - ir.numRegs);
  f->pc = gen->pc;
  f->retReg = 0;
  f->envDepth = gen->envDepth;
  f->thisValue = gen->thisValue;
  f->newTarget = gen->newTarget;
  f->env = gen->env;
  f->gen = gen;
  f->flags = Frame::kEntry;
  vm.frames.push_back(f);
  fn->hotCount++;
  vm.counters.calls++;
  return f;
}

uint32_t instructionLength(ir::Op op) { return kOpLength[size_t(op)]; }

void fillRestParameter(VM& vm, Frame* f) {
  const ir::Function& ir = *f->fn->ir;
  if (ir.numParams == 0) return;
  const uint32_t from = ir.numParams - 1;
  const uint32_t argc = f->argc;
  Value rest = f->fn->language->makeRestArray(vm, f->args + std::min(from, argc), argc > from ? argc - from : 0);
  f->regs[from] = rest;
}

bool isConstructorClosure(const Closure* c) {
  const ir::Function& f = *c->fn->ir;
  return !f.isArrow && !f.isMethod && !f.isGenerator && !f.isAsync && !f.isGetter && !f.isSetter;
}

Value constructResult(VM& vm, Frame* f, Value returned) {
  if (isObject(returned)) return returned;
  if (f->fn->ir->isDerivedConstructor) {
    if (!returned.isUndefined())
      vm.throwError(ErrorKind::TypeError, "Derived constructors may only return object or undefined",
                    f->fn->language);
    if (f->thisValue.isUninitialized()) vm.throwError(ErrorKind::ReferenceError, kThisUninitialized, f->fn->language);
  }
  return f->thisValue;
}

// ---- the loop ----

// Opcodes with a handler below (keep in sync when adding one).
#define DUALVM_HANDLED_OPS(X) X(Nop) X(Mov) X(LoadK) X(LoadInt) X(LoadUndef) X(LoadNull) \
   X(LoadTrue) X(LoadFalse) X(LoadUninit) X(CheckInit) X(LoadThis) X(LoadCallee) \
   X(LoadNewTarget) X(LoadMappedArguments) X(LoadArguments) X(LoadRest) X(PushEnv) X(PopEnv) X(CopyEnv) X(GetEnv) \
   X(GetEnvChecked) X(SetEnv) X(SetEnvChecked) X(InitEnv) X(GetGlobal) X(GetGlobalOrUndef) \
   X(SetGlobal) X(DeclareEvalVar) X(DeclareGlobal) X(GetName) X(SetName) X(TypeOfName) X(GetProp) X(SetProp) \
   X(GetElem) X(SetElem) X(DeleteName) X(DelProp) X(DelElem) X(In) X(InstanceOf) X(TypeOf) X(DefineField) \
   X(DefineMethod) X(DefineGetter) X(DefineSetter) X(CopyDataProps) X(CopyDataPropsExcept) \
   X(SetProto) X(GetSuper) X(SetSuper) X(GetPrivate) X(SetPrivate) X(DefinePrivate) \
   X(HasPrivate) X(LoadHomeObject) X(GetSuperFrom) X(SetSuperFrom) X(NewObject) X(NewArray) \
   X(ArrayPush) X(ArrayPushHole) X(ArraySpread) X(NewRegExp) X(MakeClosure) X(MakeClass) \
   X(TemplateObject) X(SetHomeObject) X(SetFieldInit) X(Add) X(Sub) X(Mul) X(Div) X(Mod) X(Pow) X(BitAnd) \
   X(BitOr) X(BitXor) X(Shl) X(Shr) X(UShr) X(Neg) X(Plus) X(BitNot) X(Not) X(Inc) X(Dec) \
   X(ToNumeric) X(ToPropertyKey) X(ToStringForConcat) X(Concat) X(Eq) X(Ne) X(StrictEq) \
   X(StrictNe) X(Lt) X(Le) X(Gt) X(Ge) X(Jump) X(LoopHeader) X(JumpIfTrue) X(JumpIfFalse) \
   X(JumpIfNullish) X(JumpIfNotNullish) X(JumpIfUndefined) X(JumpIfNotUndefined) X(Call) \
   X(CallSpread) X(New) X(NewSpread) X(SuperCall) X(SuperCallFrom) X(SuperCallSpread) X(Return) X(ReturnUndef) \
   X(AdoptThis) X(CheckThisInitialized) X(Eval) X(Throw) X(ThrowError) X(ThrowConstAssign) X(GetIterator) \
   X(GetAsyncIterator) X(IteratorNext) X(IteratorClose) X(ForInStart) X(ForInNext) X(Yield) \
   X(Await) X(ResumeMode) X(YieldStar) X(Debugger) \
   X(CallIntrinsic) X(CallKw) X(CallEx) X(FloorDiv) X(MatMul) X(Is) X(IsNot) \
   X(GetMethod) X(CallMethod) X(InplaceBinary)


// ---- polymorphic Typed* caches (pyperf, docs/decisions.md D27) ----
// A site that sees receivers of several classes keeps the earlier decisions in ic.poly: before
// the language refills the cache for a new (shape, class), the interpreter moves the current
// Typed* entry there, and a miss of the main entry tries those before calling the language.
static inline bool typedGuard(const InlineCache& e, const Object* o, uint32_t epoch) {
  return o->shape() == e.shape && o->proto() == e.proto && e.epoch == epoch;
}

static void rememberPoly(FunctionProto* fn, InlineCache& ic, uint32_t epoch) {
  bool typed = (ic.kind >= InlineCache::TypedOwnSlot && ic.kind <= InlineCache::TypedMethod) ||
               ic.kind == InlineCache::TypedClassObject || ic.kind == InlineCache::TypedClassData;
  if (!typed || ic.epoch != epoch) return;
  constexpr uint32_t n = InlineCache::kPolyEntries;
  if (!ic.poly) {
    fn->polyCaches.push_back(std::make_unique<InlineCache[]>(n));
    ic.poly = fn->polyCaches.back().get();
  }
  uint32_t victim = n;
  for (uint32_t i = 0; i < n; i++) {
    const InlineCache& e = ic.poly[i];
    if (e.kind == ic.kind && e.shape == ic.shape && e.proto == ic.proto && e.epoch == epoch) return;
    if (victim == n && (e.kind == InlineCache::Empty || e.epoch != epoch)) victim = i;
  }
  if (victim == n) victim = ic.misses++ % n;  // all live: replace round robin
  InlineCache* poly = ic.poly;
  poly[victim] = ic;
  poly[victim].poly = nullptr;
  poly[victim].misses = 0;
}

// The tracing dispatch (runtime/execution_hooks.h, D30): while some VM has execution hooks, every
// entry of the loop's table points at its L_trace trampoline, which reports to the VM's hooks and
// continues through gRealDispatch; otherwise the table is the plain one and costs nothing.
static const void** gDispatch = nullptr;
static const void* gRealDispatch[size_t(ir::Op::Count_)];
static const void* gTraceEntry = nullptr;
static bool gTracingDispatch = false;

void setTracingDispatch(bool on) {
  gTracingDispatch = on;
  if (!gDispatch) return;  // run() applies it when it builds the table
  for (size_t i = 0; i < size_t(ir::Op::Count_); i++) gDispatch[i] = on ? gTraceEntry : gRealDispatch[i];
}

// (tried: optimize("no-gcse") made the loop slower with GCC 12)
Value run(VM& vm, bool* yielded, bool startUnwinding) {
  // The dispatch table: every opcode this loop implements; an opcode added to opcodes.def but
  // not yet here dispatches to L_unimplemented (a clear internal error, not a broken build).
  static const void* kLabels[size_t(ir::Op::Count_)];
  static bool labelsReady = false;
  if (!labelsReady) [[unlikely]] {
    for (auto& l : kLabels) l = &&L_unimplemented;
#define SET_LABEL(name) kLabels[size_t(ir::Op::name)] = &&L_##name;
    DUALVM_HANDLED_OPS(SET_LABEL)
#undef SET_LABEL
    for (size_t i = 0; i < size_t(ir::Op::Count_); i++) gRealDispatch[i] = kLabels[i];
    gTraceEntry = &&L_trace;
    gDispatch = kLabels;
    setTracingDispatch(gTracingDispatch);
    labelsReady = true;
  }

  const size_t entryIndex = vm.frames.size() - 1;  // the kEntry frame this run returns from
  const size_t runAllocMark = vm.heap.allocationMark();  // allocations before this run stay logged
  // Limits of the inline call path (the stack never moves; nested error construction runs in a
  // nested run() that recomputes them with the overflow headroom).
  Value* const stackEnd = vm.stack.data() + vm.stack.size() - kStackSlack;
  const size_t depthLimit = std::min(vm.options.maxCallDepth, vm.frameCapacity - kFrameHeadroom) +
                            (vm.inStackOverflow ? kFrameHeadroom / 2 : 0);
  Frame* f = vm.frames.back();
  FunctionProto* fn;
  const uint32_t* code;
  const uint32_t* ip;
  Value* regs;
  const Value* K;
  InlineCache* ics;
  Language* lang;
  bool unwinding = startUnwinding;
  Value retVal;
  Frame* done = nullptr;
  // Operands of the generic call sequence (L_invoke).
  Value cCallee, cThis, cNewTarget;
  Value* cArgv = nullptr;
  uint32_t cArgc = 0, cDst = 0;
  bool cConstruct = false;
  uint8_t cFrameFlags = 0;  // extra Frame flags for the generic call path (Frame::kInit)
  const ir::ConstantList* cKwNames = nullptr;  // CallKw: the keyword names of the last args

#define LOAD_FRAME()                 \
  do {                               \
    fn = f->fn;                      \
    code = fn->code();               \
    ip = code + f->pc;               \
    regs = f->regs;                  \
    K = fn->constants.data();        \
    ics = fn->caches.data();         \
    lang = fn->language;             \
  } while (0)
#define DISPATCH() goto* kLabels[*ip]
#define NEXT(name)       \
  do {                   \
    ip += kLen_##name;   \
    DISPATCH();          \
  } while (0)
#define SYNC() (f->pc = uint32_t(ip - code))
#define CASE(name) L_##name:
#define R(i) regs[ip[i]]
#define NAME(i) (K[ip[i]].asCell())
#define RESUME_AFTER_CALL()  \
  do {                       \
    ip += kOpLength[*ip];    \
    DISPATCH();              \
  } while (0)

  LOAD_FRAME();
  for (;;) {
    try {
      if (unwinding) {
        unwinding = false;
        goto L_unwind;
      }
      DISPATCH();

      // ---- moves and constants ----
      CASE(Nop) NEXT(Nop);
      CASE(Mov) R(1) = R(2); NEXT(Mov);
      CASE(LoadK) R(1) = K[ip[2]]; NEXT(LoadK);
      CASE(LoadInt) R(1) = Value::integer(int32_t(ip[2])); NEXT(LoadInt);
      CASE(LoadUndef) R(1) = Value::undefined(); NEXT(LoadUndef);
      CASE(LoadNull) R(1) = Value::null(); NEXT(LoadNull);
      CASE(LoadTrue) R(1) = Value::boolean(true); NEXT(LoadTrue);
      CASE(LoadFalse) R(1) = Value::boolean(false); NEXT(LoadFalse);
      CASE(LoadUninit) R(1) = Value::uninitialized(); NEXT(LoadUninit);
      CASE(CheckInit) {
        if (R(1).isUninitialized()) [[unlikely]] {
          SYNC();
          vm.throwValue(lang->makeUninitializedError(vm, nameText(K[ip[2]])));
        }
        NEXT(CheckInit);
      }
      CASE(LoadThis) {
        Value t = f->thisValue;
        if (!isObject(t)) [[unlikely]] {
          SYNC();
          if (t.isUninitialized()) vm.throwError(ErrorKind::ReferenceError, kThisUninitialized, lang);
          if (!fn->ir->strict) {
            t = lang->coerceSloppyThis(vm, t);
            f->thisValue = t;
          }
        }
        R(1) = t;
        NEXT(LoadThis);
      }
      CASE(LoadCallee) R(1) = f->callee ? Value::cell(f->callee) : Value::undefined(); NEXT(LoadCallee);
      CASE(LoadNewTarget) R(1) = f->newTarget; NEXT(LoadNewTarget);
      CASE(LoadArguments) {
        SYNC();
        Value callee = f->callee ? Value::cell(f->callee) : Value::undefined();
        R(1) = lang->makeArguments(vm, callee, f->args, f->argc);
        NEXT(LoadArguments);
      }
      CASE(LoadMappedArguments) {
        SYNC();
        Value callee = f->callee ? Value::cell(f->callee) : Value::undefined();
        const auto& list = std::get<std::shared_ptr<ir::ConstantList>>(fn->ir->constants[ip[2]]);
        R(1) = lang->makeMappedArguments(vm, callee, f->args, f->argc, f->env, list.get());
        NEXT(LoadMappedArguments);
      }
      CASE(LoadRest) {
        SYNC();
        uint32_t from = ip[2], argc = f->argc;
        R(1) = lang->makeRestArray(vm, f->args + std::min(from, argc), argc > from ? argc - from : 0);
        NEXT(LoadRest);
      }

      // ---- environments ----
      CASE(PushEnv) {
        SYNC();
        Value scope = ip[2] == UINT32_MAX ? Value::undefined() : K[ip[2]];
        Environment* e = vm.heap.make<Environment>(f->env, ip[1], scope);
        f->env = e;
        f->envDepth++;
        NEXT(PushEnv);
      }
      CASE(PopEnv) {
        if (f->envDepth == 0) [[unlikely]]
          vm.throwError(ErrorKind::Error, "internal error: PopEnv without a pushed environment", lang);
        f->env = f->env->parent;
        f->envDepth--;
        NEXT(PopEnv);
      }
      CASE(CopyEnv) {
        SYNC();
        Environment* old = f->env;
        Environment* e = vm.heap.make<Environment>(old->parent, uint32_t(old->slots.size()), old->scopeInfo);
        old = f->env;  // (still rooted through the frame)
        for (size_t i = 0; i < old->slots.size(); i++) e->set(uint32_t(i), old->slots[i]);
        f->env = e;
        NEXT(CopyEnv);
      }
      CASE(GetEnv) R(1) = envAt(vm, lang, f->env, ip[2], ip[3])->slots[ip[3]]; NEXT(GetEnv);
      CASE(GetEnvChecked) {
        Value v = envAt(vm, lang, f->env, ip[2], ip[3])->slots[ip[3]];
        if (v.isUninitialized()) [[unlikely]] {
          SYNC();
          vm.throwValue(lang->makeUninitializedError(vm, nameText(K[ip[4]])));
        }
        R(1) = v;
        NEXT(GetEnvChecked);
      }
      CASE(SetEnv) envAt(vm, lang, f->env, ip[1], ip[2])->set(ip[2], R(3)); NEXT(SetEnv);
      CASE(SetEnvChecked) {
        Environment* e = envAt(vm, lang, f->env, ip[1], ip[2]);
        if (e->slots[ip[2]].isUninitialized()) [[unlikely]] {
          SYNC();
          vm.throwValue(lang->makeUninitializedError(vm, nameText(K[ip[4]])));
        }
        e->set(ip[2], R(3));
        NEXT(SetEnvChecked);
      }
      CASE(InitEnv) envAt(vm, lang, f->env, ip[1], ip[2])->set(ip[2], R(3)); NEXT(InitEnv);

      // ---- globals and dynamic names ----
      CASE(GetGlobal) {
        InlineCache& ic = ics[ip[3]];
        if (ic.kind == InlineCache::GlobalSlot && ic.holder->shape() == ic.holderShape) [[likely]] {
          Value v = ic.holder->slot(ic.slot);
          if (!v.isUninitialized()) [[likely]] {
            vm.counters.icHits++;
            R(1) = v;
            NEXT(GetGlobal);
          }
        } else if (ic.kind == InlineCache::VersionedGlobal && versionedGlobalValid(ic)) {
          Value v = ic.holder->slot(ic.slot);
          if (!v.isUninitialized()) [[likely]] {
            vm.counters.icHits++;
            R(1) = v;
            NEXT(GetGlobal);
          }
        }
        SYNC();
        vm.counters.icMisses++;
        R(1) = lang->getGlobal(vm, asString(K[ip[2]]), true, &ic);
        NEXT(GetGlobal);
      }
      CASE(GetGlobalOrUndef) {
        InlineCache& ic = ics[ip[3]];
        if (ic.kind == InlineCache::GlobalSlot && ic.holder->shape() == ic.holderShape) {
          Value v = ic.holder->slot(ic.slot);
          if (!v.isUninitialized()) {
            R(1) = v;
            NEXT(GetGlobalOrUndef);
          }
        } else if (ic.kind == InlineCache::VersionedGlobal && versionedGlobalValid(ic)) {
          Value v = ic.holder->slot(ic.slot);
          if (!v.isUninitialized()) {
            R(1) = v;
            NEXT(GetGlobalOrUndef);
          }
        }
        SYNC();
        R(1) = lang->getGlobal(vm, asString(K[ip[2]]), false, &ic);
        NEXT(GetGlobalOrUndef);
      }
      CASE(SetGlobal) {
        InlineCache& ic = ics[ip[3]];
        if (ic.kind == InlineCache::GlobalSlot && ic.holder->shape() == ic.holderShape &&
            !ic.holder->slot(ic.slot).isUninitialized()) [[likely]] {
          vm.counters.icHits++;
          ic.holder->setSlot(ic.slot, R(2));
          NEXT(SetGlobal);
        }
        if (ic.kind == InlineCache::VersionedGlobal && ic.holder == ic.proto && versionedGlobalValid(ic) &&
            !ic.holder->slot(ic.slot).isUninitialized()) {
          vm.counters.icHits++;
          ic.holder->setSlot(ic.slot, R(2));
          NEXT(SetGlobal);
        }
        SYNC();
        vm.counters.icMisses++;
        lang->setGlobal(vm, asString(K[ip[1]]), R(2), fn->ir->strict, &ic);
        NEXT(SetGlobal);
      }
      CASE(DeclareEvalVar) {
        SYNC();
        Environment* e;
        uint32_t slot;
        Object* holder;
        Environment* scope = evalVarScope(f->env);
        if (!scope) {
          lang->declareGlobal(vm, asString(K[ip[1]]), ip[2]);  // eval at the top level, or indirect
        } else if (!findName(f->env, NAME(1), &e, &slot, &holder) || e != scope) {
          if (!scope->evalVars) {
            Object* vars = vm.heap.make<Object>(vm.emptyShape(), nullptr);
            gc::writeBarrier(scope, vars);
            scope->evalVars = vars;
          }
          scope->evalVars->putDirect(vm, NAME(1), Value::undefined());
        }
        NEXT(DeclareEvalVar);
      }
      CASE(DeclareGlobal) {
        SYNC();
        lang->declareGlobal(vm, asString(K[ip[1]]), ip[2]);
        NEXT(DeclareGlobal);
      }
      CASE(GetName) {
        SYNC();
        Environment* e;
        uint32_t slot;
        Object* holder;
        if (findName(f->env, NAME(2), &e, &slot, &holder)) {
          Value v = holder ? holder->slot(slot) : e->slots[slot];
          if (v.isUninitialized()) vm.throwValue(lang->makeUninitializedError(vm, nameText(K[ip[2]])));
          R(1) = v;
        } else {
          R(1) = lang->getGlobal(vm, asString(K[ip[2]]), true, nullptr);
        }
        NEXT(GetName);
      }
      CASE(SetName) {
        SYNC();
        Environment* e;
        uint32_t slot;
        Object* holder;
        if (findName(f->env, NAME(1), &e, &slot, &holder)) {
          if (holder) {
            holder->setSlot(slot, R(2));
            NEXT(SetName);
          }
          if (e->slots[slot].isUninitialized()) vm.throwValue(lang->makeUninitializedError(vm, nameText(K[ip[1]])));
          e->set(slot, R(2));
        } else {
          lang->setGlobal(vm, asString(K[ip[1]]), R(2), fn->ir->strict, nullptr);
        }
        NEXT(SetName);
      }
      CASE(TypeOfName) {
        SYNC();
        Environment* e;
        uint32_t slot;
        Object* holder;
        Value v;
        if (findName(f->env, NAME(2), &e, &slot, &holder)) {
          v = holder ? holder->slot(slot) : e->slots[slot];
          if (v.isUninitialized()) vm.throwValue(lang->makeUninitializedError(vm, nameText(K[ip[2]])));
        } else {
          v = lang->getGlobal(vm, asString(K[ip[2]]), false, nullptr);
        }
        R(1) = lang->typeOf(vm, v);
        NEXT(TypeOfName);
      }

      // ---- properties ----
      CASE(GetProp) {
        Value o = R(2);
        InlineCache& ic = ics[ip[4]];
        if (o.isCell()) [[likely]] {
          gc::Cell* c = o.asCell();
          switch (ic.kind) {
            case InlineCache::OwnSlot:
              if (isObjectKind(c->kind) && static_cast<Object*>(c)->shape() == ic.shape) [[likely]] {
                vm.counters.icHits++;
                R(1) = static_cast<Object*>(c)->slot(ic.slot);
                NEXT(GetProp);
              }
              break;
            case InlineCache::ProtoSlot:
              if (isObjectKind(c->kind) && static_cast<Object*>(c)->shape() == ic.shape &&
                  ic.holder->shape() == ic.holderShape) [[likely]] {
                vm.counters.icHits++;
                R(1) = ic.holder->slot(ic.slot);
                NEXT(GetProp);
              }
              break;
            case InlineCache::ArrayLength:
              if (c->kind == uint8_t(CellKind::Array)) {
                vm.counters.icHits++;
                R(1) = Value::fromInt64(int64_t(static_cast<ArrayObject*>(c)->elements.size()));
                NEXT(GetProp);
              }
              break;
            case InlineCache::StringLength:
              if (c->kind == uint8_t(CellKind::String)) {
                vm.counters.icHits++;
                R(1) = Value::fromInt64(int64_t(static_cast<String*>(c)->length()));
                NEXT(GetProp);
              }
              break;
            case InlineCache::TypedOwnSlot:
            case InlineCache::TypedClassSlot:
              if (isObjectKind(c->kind) && static_cast<Object*>(c)->shape() == ic.shape &&
                  static_cast<Object*>(c)->proto() == ic.proto && ic.epoch == vm.classEpoch) [[likely]] {
                vm.counters.icHits++;
                R(1) = (ic.kind == InlineCache::TypedOwnSlot ? static_cast<Object*>(c) : ic.holder)->slot(ic.slot);
                NEXT(GetProp);
              }
              break;
            case InlineCache::TypedClassObject:
            case InlineCache::TypedClassData:
              if (c == ic.proto && ic.epoch == vm.classEpoch) {
                vm.counters.icHits++;
                R(1) = ic.kind == InlineCache::TypedClassObject ? Value::cell(ic.holder) : ic.holder->slot(ic.slot);
                NEXT(GetProp);
              }
              break;
            default: break;
          }
          if (ic.poly && isObjectKind(c->kind)) {
            Object* obj = static_cast<Object*>(c);
            for (uint32_t i = 0; i < InlineCache::kPolyEntries; i++) {
              const InlineCache& e = ic.poly[i];
              if ((e.kind == InlineCache::TypedOwnSlot || e.kind == InlineCache::TypedClassSlot) &&
                  typedGuard(e, obj, vm.classEpoch)) {
                vm.counters.icHits++;
                R(1) = (e.kind == InlineCache::TypedOwnSlot ? obj : e.holder)->slot(e.slot);
                NEXT(GetProp);
              }
              if ((e.kind == InlineCache::TypedClassObject || e.kind == InlineCache::TypedClassData) &&
                  c == e.proto && e.epoch == vm.classEpoch) {
                vm.counters.icHits++;
                R(1) = e.kind == InlineCache::TypedClassObject ? Value::cell(e.holder) : e.holder->slot(e.slot);
                NEXT(GetProp);
              }
            }
          }
        }
        SYNC();
        vm.counters.icMisses++;
        rememberPoly(fn, ic, vm.classEpoch);
        R(1) = lang->getProperty(vm, o, NAME(3), &ic);
        NEXT(GetProp);
      }
      CASE(GetMethod) {
        // dst, self, obj, name, cache: the callee of obj.name(...) without a bound method.
        Value o = R(3);
        InlineCache& ic = ics[ip[5]];
        if (o.isCell() && ic.epoch == vm.classEpoch) [[likely]] {
          gc::Cell* c = o.asCell();
          if (ic.kind == InlineCache::TypedMethod) {
            if (ic.shape ? isObjectKind(c->kind) && static_cast<Object*>(c)->shape() == ic.shape &&
                               static_cast<Object*>(c)->proto() == ic.proto
                         : c->kind == uint8_t(CellKind::String)) [[likely]] {
              vm.counters.icHits++;
              R(1) = ic.holder->slot(ic.slot);
              R(2) = o;
              NEXT(GetMethod);
            }
          } else if ((ic.kind == InlineCache::TypedOwnSlot || ic.kind == InlineCache::TypedClassSlot) &&
                     isObjectKind(c->kind) && static_cast<Object*>(c)->shape() == ic.shape &&
                     static_cast<Object*>(c)->proto() == ic.proto) {
            vm.counters.icHits++;
            R(1) = (ic.kind == InlineCache::TypedOwnSlot ? static_cast<Object*>(c) : ic.holder)->slot(ic.slot);
            R(2) = Value::hole();
            NEXT(GetMethod);
          } else if (ic.kind == InlineCache::TypedClassObject && c == ic.proto) {
            vm.counters.icHits++;
            R(1) = Value::cell(ic.holder);
            R(2) = ic.slot ? o : Value::hole();
            NEXT(GetMethod);
          } else if (ic.kind == InlineCache::TypedClassData && c == ic.proto) {
            vm.counters.icHits++;
            R(1) = ic.holder->slot(ic.slot);
            R(2) = Value::hole();
            NEXT(GetMethod);
          }
        }
        if (ic.poly && o.isCell() && isObjectKind(o.asCell()->kind)) {
          Object* obj = static_cast<Object*>(o.asCell());
          for (uint32_t i = 0; i < InlineCache::kPolyEntries; i++) {
            const InlineCache& e = ic.poly[i];
            if (e.kind == InlineCache::TypedClassObject && obj == e.proto && e.epoch == vm.classEpoch) {
              vm.counters.icHits++;
              R(1) = Value::cell(e.holder);
              R(2) = e.slot ? o : Value::hole();
              NEXT(GetMethod);
            }
            if (e.kind == InlineCache::TypedClassData && obj == e.proto && e.epoch == vm.classEpoch) {
              vm.counters.icHits++;
              R(1) = e.holder->slot(e.slot);
              R(2) = Value::hole();
              NEXT(GetMethod);
            }
            if (e.kind == InlineCache::Empty || !e.shape || !typedGuard(e, obj, vm.classEpoch)) continue;
            if (e.kind == InlineCache::TypedMethod) {
              vm.counters.icHits++;
              R(1) = e.holder->slot(e.slot);
              R(2) = o;
              NEXT(GetMethod);
            }
            if (e.kind == InlineCache::TypedOwnSlot || e.kind == InlineCache::TypedClassSlot) {
              vm.counters.icHits++;
              R(1) = (e.kind == InlineCache::TypedOwnSlot ? obj : e.holder)->slot(e.slot);
              R(2) = Value::hole();
              NEXT(GetMethod);
            }
          }
        }
        SYNC();
        vm.counters.icMisses++;
        rememberPoly(fn, ic, vm.classEpoch);
        {
          Value self = Value::hole();
          Value callee = lang->loadMethod(vm, o, NAME(4), &ic, &self);
          R(1) = callee;
          R(2) = self;
        }
        NEXT(GetMethod);
      }
      CASE(SetProp) {
        Value o = R(1);
        InlineCache& ic = ics[ip[4]];
        if (o.isCell() && isObjectKind(o.asCell()->kind)) [[likely]] {
          Object* obj = asObject(o);
          if (obj->shape() == ic.shape) {
            if (ic.kind == InlineCache::OwnSlot) [[likely]] {
              vm.counters.icHits++;
              obj->setSlot(ic.slot, R(3));
              NEXT(SetProp);
            }
            if (ic.kind == InlineCache::AddSlot && obj->isExtensible()) {
              vm.counters.icHits++;
              obj->appendSlotWithShape(ic.newShape, R(3));
              NEXT(SetProp);
            }
            if (obj->proto() == ic.proto && ic.epoch == vm.classEpoch) {
              if (ic.kind == InlineCache::TypedOwnSlot) {
                vm.counters.icHits++;
                obj->setSlot(ic.slot, R(3));
                NEXT(SetProp);
              }
              if (ic.kind == InlineCache::TypedAddSlot) {
                vm.counters.icHits++;
                obj->appendSlotWithShape(ic.newShape, R(3));
                NEXT(SetProp);
              }
            }
          }
          if (ic.poly) {
            for (uint32_t i = 0; i < InlineCache::kPolyEntries; i++) {
              const InlineCache& e = ic.poly[i];
              if (e.kind == InlineCache::Empty || !typedGuard(e, obj, vm.classEpoch)) continue;
              if (e.kind == InlineCache::TypedOwnSlot) {
                vm.counters.icHits++;
                obj->setSlot(e.slot, R(3));
                NEXT(SetProp);
              }
              if (e.kind == InlineCache::TypedAddSlot) {
                vm.counters.icHits++;
                obj->appendSlotWithShape(e.newShape, R(3));
                NEXT(SetProp);
              }
            }
          }
        }
        SYNC();
        vm.counters.icMisses++;
        rememberPoly(fn, ic, vm.classEpoch);
        lang->setProperty(vm, o, NAME(2), R(3), fn->ir->strict, &ic);
        NEXT(SetProp);
      }
      CASE(GetElem) {
        Value o = R(2), k = R(3);
        if (isArray(o) && k.isInt()) [[likely]] {
          ArrayObject* a = asArray(o);
          uint32_t i = uint32_t(k.asInt());
          if (a->fastElements && i < a->elements.size()) {
            Value v = a->elements[i];
            if (!v.isHole()) [[likely]] {
              R(1) = v;
              NEXT(GetElem);
            }
          }
        }
        SYNC();
        R(1) = lang->getElement(vm, o, k);
        NEXT(GetElem);
      }
      CASE(SetElem) {
        Value o = R(1), k = R(2);
        if (isArray(o) && k.isInt()) [[likely]] {
          ArrayObject* a = asArray(o);
          uint32_t i = uint32_t(k.asInt());
          if (a->fastElements && i < a->elements.size()) [[likely]] {
            a->setElement(i, R(3));
            NEXT(SetElem);
          }
        }
        SYNC();
        lang->setElement(vm, o, k, R(3), fn->ir->strict);
        NEXT(SetElem);
      }
      CASE(DeleteName) {
        SYNC();
        Environment* e;
        uint32_t slot;
        Object* holder;
        if (findName(f->env, NAME(2), &e, &slot, &holder))
          R(1) = Value::boolean(holder && holder->removeProperty(vm, NAME(2)));  // declared bindings stay
        else
          R(1) = Value::boolean(lang->deleteElement(vm, R(3), K[ip[2]], fn->ir->strict));
        NEXT(DeleteName);
      }
      CASE(DelProp) {
        SYNC();
        R(1) = Value::boolean(lang->deleteElement(vm, R(2), K[ip[3]], fn->ir->strict));
        NEXT(DelProp);
      }
      CASE(DelElem) {
        SYNC();
        R(1) = Value::boolean(lang->deleteElement(vm, R(2), R(3), fn->ir->strict));
        NEXT(DelElem);
      }
      CASE(In) {
        SYNC();
        R(1) = Value::boolean(lang->hasProperty(vm, R(3), R(2)));
        NEXT(In);
      }
      CASE(InstanceOf) {
        SYNC();
        R(1) = Value::boolean(lang->instanceOf(vm, R(2), R(3)));
        NEXT(InstanceOf);
      }
      CASE(TypeOf) {
        SYNC();
        R(1) = lang->typeOf(vm, R(2));
        NEXT(TypeOf);
      }
      CASE(DefineField) {
        SYNC();
        lang->defineProperty(vm, R(1), R(2), R(3), 0, 1);
        NEXT(DefineField);
      }
      CASE(DefineMethod) {
        SYNC();
        if (isClosure(R(3))) {
          Closure* c = asClosure(R(3));
          c->homeObject = R(1);
          writeBarrier(c, R(1));
        }
        lang->defineProperty(vm, R(1), R(2), R(3), 1, ip[4]);
        NEXT(DefineMethod);
      }
      CASE(DefineGetter) {
        SYNC();
        if (isClosure(R(3))) {
          Closure* c = asClosure(R(3));
          c->homeObject = R(1);
          writeBarrier(c, R(1));
        }
        lang->defineProperty(vm, R(1), R(2), R(3), 2, ip[4]);
        NEXT(DefineGetter);
      }
      CASE(DefineSetter) {
        SYNC();
        if (isClosure(R(3))) {
          Closure* c = asClosure(R(3));
          c->homeObject = R(1);
          writeBarrier(c, R(1));
        }
        lang->defineProperty(vm, R(1), R(2), R(3), 3, ip[4]);
        NEXT(DefineSetter);
      }
      CASE(CopyDataProps) {
        SYNC();
        lang->copyDataProperties(vm, R(1), R(2), Value::undefined());
        NEXT(CopyDataProps);
      }
      CASE(CopyDataPropsExcept) {
        SYNC();
        lang->copyDataProperties(vm, R(1), R(2), R(3));
        NEXT(CopyDataPropsExcept);
      }
      CASE(SetProto) {
        SYNC();
        lang->setPrototypeOf(vm, R(1), R(2));
        NEXT(SetProto);
      }
      CASE(GetSuper) {
        SYNC();
        Value home = f->callee ? f->callee->homeObject : Value::undefined();
        if (f->thisValue.isUninitialized()) vm.throwError(ErrorKind::ReferenceError, kThisUninitialized, lang);
        R(1) = lang->getSuper(vm, home, f->thisValue, R(2));
        NEXT(GetSuper);
      }
      CASE(SetSuper) {
        SYNC();
        Value home = f->callee ? f->callee->homeObject : Value::undefined();
        if (f->thisValue.isUninitialized()) vm.throwError(ErrorKind::ReferenceError, kThisUninitialized, lang);
        lang->setSuper(vm, home, f->thisValue, R(1), R(2));
        NEXT(SetSuper);
      }

      CASE(GetPrivate) {
        SYNC();
        R(1) = getPrivate(vm, lang, R(2), asString(K[ip[3]]));
        NEXT(GetPrivate);
      }
      CASE(SetPrivate) {
        SYNC();
        setPrivate(vm, lang, R(1), asString(K[ip[2]]), R(3));
        NEXT(SetPrivate);
      }
      CASE(DefinePrivate) {
        SYNC();
        definePrivate(vm, lang, R(1), asString(K[ip[2]]), R(3), ip[4]);
        NEXT(DefinePrivate);
      }
      CASE(HasPrivate) {
        SYNC();
        R(1) = Value::boolean(hasPrivate(vm, lang, R(2), asString(K[ip[3]])));
        NEXT(HasPrivate);
      }
      CASE(LoadHomeObject) R(1) = f->callee ? f->callee->homeObject : Value::undefined(); NEXT(LoadHomeObject);
      CASE(GetSuperFrom) {
        SYNC();
        if (R(3).isUninitialized()) vm.throwError(ErrorKind::ReferenceError, kThisUninitialized, lang);
        R(1) = lang->getSuper(vm, R(2), R(3), R(4));
        NEXT(GetSuperFrom);
      }
      CASE(SetSuperFrom) {
        SYNC();
        if (R(2).isUninitialized()) vm.throwError(ErrorKind::ReferenceError, kThisUninitialized, lang);
        lang->setSuper(vm, R(1), R(2), R(3), R(4));
        NEXT(SetSuperFrom);
      }

      // ---- creation ----
      CASE(NewObject) {
        SYNC();
        R(1) = lang->newObject(vm);
        NEXT(NewObject);
      }
      CASE(NewArray) {
        SYNC();
        R(1) = lang->newArray(vm, ip[2]);
        NEXT(NewArray);
      }
      CASE(ArrayPush) {
        Value a = R(1);
        if (!isArray(a)) [[unlikely]] {
          SYNC();
          vm.throwError(ErrorKind::TypeError, "internal error: ArrayPush on a non-array", lang);
        }
        asArray(a)->push(R(2));
        NEXT(ArrayPush);
      }
      CASE(ArrayPushHole) {
        Value a = R(1);
        if (!isArray(a)) [[unlikely]] {
          SYNC();
          vm.throwError(ErrorKind::TypeError, "internal error: ArrayPushHole on a non-array", lang);
        }
        asArray(a)->push(Value::hole());
        NEXT(ArrayPushHole);
      }
      CASE(ArraySpread) {
        SYNC();
        lang->arraySpread(vm, R(1), R(2));
        NEXT(ArraySpread);
      }
      CASE(NewRegExp) {
        SYNC();
        R(1) = lang->newRegExp(vm, K[ip[2]], K[ip[3]]);
        NEXT(NewRegExp);
      }
      CASE(MakeClosure) {
        SYNC();
        FunctionProto* child = childFunction(vm, fn, ip[2]);
        Value c = lang->makeClosure(vm, child, f->env);
        // Arrows see the enclosing method's home object (super inside an arrow).
        if (child->ir->isArrow && f->callee && isClosure(c)) {
          asClosure(c)->homeObject = f->callee->homeObject;
          writeBarrier(asClosure(c), f->callee->homeObject);
        }
        R(1) = c;
        NEXT(MakeClosure);
      }
      CASE(MakeClass) {
        SYNC();
        // "No superclass" is the hole; compilers can only load the TDZ marker (LoadUninit).
        Value super = R(3).isUninitialized() ? Value::hole() : R(3);
        R(1) = lang->makeClass(vm, R(2), super);
        NEXT(MakeClass);
      }
      CASE(SetHomeObject) {
        if (isClosure(R(1))) {
          asClosure(R(1))->homeObject = R(2);
          writeBarrier(asClosure(R(1)), R(2));
        }
        NEXT(SetHomeObject);
      }
      CASE(SetFieldInit) {
        if (!isClosure(R(1))) [[unlikely]] {
          SYNC();
          vm.throwError(ErrorKind::TypeError, "internal error: SetFieldInit on a non-closure", lang);
        }
        asClosure(R(1))->fieldInit = R(2);
        writeBarrier(asClosure(R(1)), R(2));
        NEXT(SetFieldInit);
      }
      CASE(TemplateObject) {
        SYNC();
        R(1) = lang->templateObject(vm, fn, ip[2]);
        NEXT(TemplateObject);
      }

      // ---- arithmetic ----
#define BINARY_SLOW(name)                                          \
  do {                                                             \
    SYNC();                                                        \
    R(1) = lang->binary(vm, BinaryOp::name, R(2), R(3));           \
    NEXT(name);                                                    \
  } while (0)
      CASE(Add) {
        Value a = R(2), b = R(3);
        if (a.isInt() && b.isInt()) [[likely]] {
          int32_t r;
          if (!__builtin_add_overflow(a.asInt(), b.asInt(), &r)) [[likely]] {
            R(1) = Value::integer(r);
            NEXT(Add);
          }
        } else if (a.isNumber() && b.isNumber()) {
          R(1) = Value::number(a.toDouble() + b.toDouble());
          NEXT(Add);
        }
        BINARY_SLOW(Add);
      }
      CASE(Sub) {
        Value a = R(2), b = R(3);
        if (a.isInt() && b.isInt()) [[likely]] {
          int32_t r;
          if (!__builtin_sub_overflow(a.asInt(), b.asInt(), &r)) [[likely]] {
            R(1) = Value::integer(r);
            NEXT(Sub);
          }
        } else if (a.isNumber() && b.isNumber()) {
          R(1) = Value::number(a.toDouble() - b.toDouble());
          NEXT(Sub);
        }
        BINARY_SLOW(Sub);
      }
      CASE(Mul) {
        Value a = R(2), b = R(3);
        if (a.isInt() && b.isInt()) [[likely]] {
          int32_t r;
          // A zero product with a negative operand is -0 in JS and 0 in Python: slow path.
          if (!__builtin_mul_overflow(a.asInt(), b.asInt(), &r) && (r != 0 || (a.asInt() >= 0 && b.asInt() >= 0))) {
            R(1) = Value::integer(r);
            NEXT(Mul);
          }
        } else if (a.isNumber() && b.isNumber()) {
          R(1) = Value::number(a.toDouble() * b.toDouble());
          NEXT(Mul);
        }
        BINARY_SLOW(Mul);
      }
      CASE(Div) {
        Value a = R(2), b = R(3);
        // Division by zero: Infinity in JS, ZeroDivisionError in Python.
        if (a.isNumber() && b.isNumber()) {
          double d = b.toDouble();
          if (d != 0) {
            R(1) = Value::number(a.toDouble() / d);
            NEXT(Div);
          }
        }
        BINARY_SLOW(Div);
      }
      CASE(Mod) {
        Value a = R(2), b = R(3);
        if (a.isInt() && b.isInt() && a.asInt() >= 0 && b.asInt() > 0) [[likely]] {
          R(1) = Value::integer(a.asInt() % b.asInt());
          NEXT(Mod);
        }
        BINARY_SLOW(Mod);
      }
      CASE(Pow) {
        Value a = R(2), b = R(3);
        int32_t r;
        if (a.isInt() && b.isInt() && intPow(a.asInt(), b.asInt(), &r)) {
          R(1) = Value::integer(r);
          NEXT(Pow);
        }
        BINARY_SLOW(Pow);
      }
      CASE(BitAnd) {
        Value a = R(2), b = R(3);
        if (a.isInt() && b.isInt()) [[likely]] {
          R(1) = Value::integer(a.asInt() & b.asInt());
          NEXT(BitAnd);
        }
        BINARY_SLOW(BitAnd);
      }
      CASE(BitOr) {
        Value a = R(2), b = R(3);
        if (a.isInt() && b.isInt()) [[likely]] {
          R(1) = Value::integer(a.asInt() | b.asInt());
          NEXT(BitOr);
        }
        BINARY_SLOW(BitOr);
      }
      CASE(BitXor) {
        Value a = R(2), b = R(3);
        if (a.isInt() && b.isInt()) [[likely]] {
          R(1) = Value::integer(a.asInt() ^ b.asInt());
          NEXT(BitXor);
        }
        BINARY_SLOW(BitXor);
      }
      CASE(Shl) {
        Value a = R(2), b = R(3);
        if (a.isInt() && b.isInt() && uint32_t(b.asInt()) < 32) {
          int64_t r = int64_t(a.asInt()) * (int64_t(1) << b.asInt());
          if (r >= INT32_MIN && r <= INT32_MAX) {  // no wrap: JS and Python agree
            R(1) = Value::integer(int32_t(r));
            NEXT(Shl);
          }
        }
        BINARY_SLOW(Shl);
      }
      CASE(Shr) {
        Value a = R(2), b = R(3);
        if (a.isInt() && b.isInt() && uint32_t(b.asInt()) < 32) {
          R(1) = Value::integer(a.asInt() >> b.asInt());
          NEXT(Shr);
        }
        BINARY_SLOW(Shr);
      }
      CASE(UShr) {
        Value a = R(2), b = R(3);
        if (a.isInt() && b.isInt() && a.asInt() >= 0 && uint32_t(b.asInt()) < 32) {
          R(1) = Value::integer(a.asInt() >> b.asInt());
          NEXT(UShr);
        }
        BINARY_SLOW(UShr);
      }
#undef BINARY_SLOW
#define UNARY_SLOW(name)                                 \
  do {                                                   \
    SYNC();                                              \
    R(1) = lang->unary(vm, UnaryOp::name, R(2));         \
    NEXT(name);                                          \
  } while (0)
      CASE(Neg) {
        Value a = R(2);
        if (a.isInt() && a.asInt() != 0 && a.asInt() != INT32_MIN) {
          R(1) = Value::integer(-a.asInt());
          NEXT(Neg);
        }
        if (a.isDouble()) {
          R(1) = Value::number(-a.asDouble());
          NEXT(Neg);
        }
        UNARY_SLOW(Neg);
      }
      CASE(Plus) {
        Value a = R(2);
        if (a.isNumber()) {
          R(1) = a;
          NEXT(Plus);
        }
        UNARY_SLOW(Plus);
      }
      CASE(BitNot) {
        Value a = R(2);
        if (a.isInt()) {
          R(1) = Value::integer(~a.asInt());
          NEXT(BitNot);
        }
        UNARY_SLOW(BitNot);
      }
      CASE(Not) {
        Value a = R(2);
        if (a.isBool()) {
          R(1) = Value::boolean(!a.asBool());
          NEXT(Not);
        }
        SYNC();
        R(1) = Value::boolean(!truthyFast(vm, lang, a));
        NEXT(Not);
      }
      CASE(Inc) {
        Value a = R(2);
        if (a.isInt() && a.asInt() != INT32_MAX) [[likely]] {
          R(1) = Value::integer(a.asInt() + 1);
          NEXT(Inc);
        }
        if (a.isDouble()) {
          R(1) = Value::number(a.asDouble() + 1);
          NEXT(Inc);
        }
        UNARY_SLOW(Inc);
      }
      CASE(Dec) {
        Value a = R(2);
        if (a.isInt() && a.asInt() != INT32_MIN) [[likely]] {
          R(1) = Value::integer(a.asInt() - 1);
          NEXT(Dec);
        }
        if (a.isDouble()) {
          R(1) = Value::number(a.asDouble() - 1);
          NEXT(Dec);
        }
        UNARY_SLOW(Dec);
      }
      CASE(ToNumeric) {
        Value a = R(2);
        if (a.isNumber()) {
          R(1) = a;
          NEXT(ToNumeric);
        }
        UNARY_SLOW(ToNumeric);
      }
#undef UNARY_SLOW
      CASE(ToPropertyKey) {
        Value a = R(2);
        if (isString(a) || isSymbol(a)) {
          R(1) = a;
          NEXT(ToPropertyKey);
        }
        SYNC();
        R(1) = lang->toPropertyKey(vm, a);
        NEXT(ToPropertyKey);
      }
      CASE(ToStringForConcat) {
        Value a = R(2);
        if (isString(a)) {
          R(1) = a;
          NEXT(ToStringForConcat);
        }
        SYNC();
        R(1) = lang->toStringForConcat(vm, a);
        NEXT(ToStringForConcat);
      }
      CASE(Concat) {
        SYNC();
        Value a = R(2), b = R(3);
        if (isString(a) && isString(b)) [[likely]]
          R(1) = Value::cell(concatStrings(vm, asString(a), asString(b)));
        else
          R(1) = lang->binary(vm, BinaryOp::Add, a, b);
        NEXT(Concat);
      }

      // ---- comparison ----
// A compare whose result feeds the next instruction's JumpIfFalse/JumpIfTrue on the same
// register branches at once (the register is still written: later code may read it).
#define BRANCH_ON(result, name)                                                         \
  do {                                                                                  \
    const bool res_ = (result);                                                         \
    R(1) = Value::boolean(res_);                                                        \
    const uint32_t* nx_ = ip + kLen_##name;                                             \
    if (nx_[0] == uint32_t(ir::Op::JumpIfFalse) && nx_[1] == ip[1]) {                  \
      ip = res_ ? nx_ + kLen_JumpIfFalse : code + nx_[2];                               \
      DISPATCH();                                                                       \
    }                                                                                   \
    if (nx_[0] == uint32_t(ir::Op::JumpIfTrue) && nx_[1] == ip[1]) {                   \
      ip = res_ ? code + nx_[2] : nx_ + kLen_JumpIfTrue;                                \
      DISPATCH();                                                                       \
    }                                                                                   \
    ip = nx_;                                                                           \
    DISPATCH();                                                                         \
  } while (0)
#define COMPARE_NUMBERS(name, op)                                            \
  do {                                                                       \
    Value a = R(2), b = R(3);                                                \
    if (a.isInt() && b.isInt()) [[likely]]                                   \
      BRANCH_ON(a.asInt() op b.asInt(), name);                               \
    if (a.isNumber() && b.isNumber())                                        \
      BRANCH_ON(a.toDouble() op b.toDouble(), name);                         \
    if (isString(a) && isString(b)) {                                        \
      R(1) = Value::boolean(asString(a)->compare(asString(b)) op 0);         \
      NEXT(name);                                                            \
    }                                                                        \
    SYNC();                                                                  \
    R(1) = lang->compare(vm, CompareOp::name, a, b);                         \
    NEXT(name);                                                              \
  } while (0)
      CASE(Lt) COMPARE_NUMBERS(Lt, <);
      CASE(Le) COMPARE_NUMBERS(Le, <=);
      CASE(Gt) COMPARE_NUMBERS(Gt, >);
      CASE(Ge) COMPARE_NUMBERS(Ge, >=);
#undef COMPARE_NUMBERS
#define LOOSE_EQUALITY(name, negate)                                                       \
  do {                                                                                     \
    Value a = R(2), b = R(3);                                                              \
    if (a.isInt() && b.isInt()) [[likely]]                                                 \
      BRANCH_ON((a.asInt() == b.asInt()) != negate, name);                                 \
    if (a.isNumber() && b.isNumber()) {                                                    \
      R(1) = Value::boolean((a.toDouble() == b.toDouble()) != negate);                     \
      NEXT(name);                                                                          \
    }                                                                                      \
    if (isString(a) && isString(b)) {                                                      \
      R(1) = Value::boolean((a == b || asString(a)->equals(asString(b))) != negate);       \
      NEXT(name);                                                                          \
    }                                                                                      \
    if (a.isNullish() && a == b) {                                                         \
      R(1) = Value::boolean(!negate);                                                      \
      NEXT(name);                                                                          \
    }                                                                                      \
    SYNC();                                                                                \
    R(1) = lang->compare(vm, CompareOp::name, a, b);                                       \
    NEXT(name);                                                                            \
  } while (0)
      CASE(Eq) LOOSE_EQUALITY(Eq, false);
      CASE(Ne) LOOSE_EQUALITY(Ne, true);
#undef LOOSE_EQUALITY
      // Strict equality (JS ===; also fine for identity tests): decided here only where every
      // reading agrees — both ints, distinct non-NaN doubles, equal non-number bits, strings,
      // and differing values where one side is a non-number immediate or both are objects.
#define STRICT_EQUALITY(name, negate)                                                       \
  do {                                                                                      \
    Value a = R(2), b = R(3);                                                               \
    int r = -1;                                                                             \
    if (a.isInt() && b.isInt()) r = a.asInt() == b.asInt();                                 \
    else if (a.isDouble() && b.isDouble()) {                                                \
      double x = a.asDouble(), y = b.asDouble();                                            \
      if (x == x && y == y && (x != y || a == b)) r = x == y;                               \
    } else if (!a.isNumber() && !b.isNumber()) {                                            \
      if (a == b) r = 1;                                                                    \
      else if (isString(a) && isString(b)) r = asString(a)->equals(asString(b));            \
      else if (!a.isCell() || !b.isCell() ||                                                \
               (isObjectKind(a.asCell()->kind) && isObjectKind(b.asCell()->kind)))          \
        r = 0;                                                                              \
    }                                                                                       \
    if (r >= 0) [[likely]]                                                                  \
      BRANCH_ON(bool(r) != negate, name);                                                   \
    SYNC();                                                                                 \
    R(1) = lang->compare(vm, CompareOp::name, a, b);                                        \
    NEXT(name);                                                                             \
  } while (0)
      CASE(StrictEq) STRICT_EQUALITY(StrictEq, false);
      CASE(StrictNe) STRICT_EQUALITY(StrictNe, true);
#undef STRICT_EQUALITY
#undef BRANCH_ON

      // ---- control flow ----
      CASE(Jump) ip = code + ip[1]; DISPATCH();
      CASE(LoopHeader)
        vm.counters.loopIterations++;
        // A safe point: every live value is in a register or the heap (heap.h allocation log).
        vm.heap.truncateAllocations(runAllocMark);
        if (g_interruptPending) [[unlikely]] {  // a signal arrived (runtime/interrupts.h)
          SYNC();
          runPendingInterrupts(vm);
        }
        NEXT(LoopHeader);
      CASE(JumpIfTrue) {
        Value v = R(1);
        bool t;
        if (v.isBool()) [[likely]] t = v.asBool();
        else {
          SYNC();
          t = truthyFast(vm, lang, v);
        }
        if (t) {
          ip = code + ip[2];
          DISPATCH();
        }
        NEXT(JumpIfTrue);
      }
      CASE(JumpIfFalse) {
        Value v = R(1);
        bool t;
        if (v.isBool()) [[likely]] t = v.asBool();
        else {
          SYNC();
          t = truthyFast(vm, lang, v);
        }
        if (!t) {
          ip = code + ip[2];
          DISPATCH();
        }
        NEXT(JumpIfFalse);
      }
      CASE(JumpIfNullish) {
        if (R(1).isNullish()) { ip = code + ip[2]; DISPATCH(); }
        NEXT(JumpIfNullish);
      }
      CASE(JumpIfNotNullish) {
        if (!R(1).isNullish()) { ip = code + ip[2]; DISPATCH(); }
        NEXT(JumpIfNotNullish);
      }
      CASE(JumpIfUndefined) {
        if (R(1).isUndefined()) { ip = code + ip[2]; DISPATCH(); }
        NEXT(JumpIfUndefined);
      }
      CASE(JumpIfNotUndefined) {
        if (!R(1).isUndefined()) { ip = code + ip[2]; DISPATCH(); }
        NEXT(JumpIfNotUndefined);
      }

      // ---- calls ----
      CASE(InplaceBinary) {
        // dst, op, a, b: the number cases of Add/Sub/Mul (same rules as those opcodes' fast paths)
        Value a = R(3), b = R(4);
        const BinaryOp op = BinaryOp(ip[2]);
        if (a.isInt() && b.isInt()) {
          int32_t r;
          bool overflow = true;
          if (op == BinaryOp::Add) overflow = __builtin_add_overflow(a.asInt(), b.asInt(), &r);
          else if (op == BinaryOp::Sub) overflow = __builtin_sub_overflow(a.asInt(), b.asInt(), &r);
          else if (op == BinaryOp::Mul)
            overflow = __builtin_mul_overflow(a.asInt(), b.asInt(), &r) || (r == 0 && (a.asInt() < 0 || b.asInt() < 0));
          if (!overflow) {
            R(1) = Value::integer(r);
            NEXT(InplaceBinary);
          }
        } else if (a.isDouble() && b.isDouble() && (op == BinaryOp::Add || op == BinaryOp::Sub || op == BinaryOp::Mul)) {
          const double x = a.asDouble(), y = b.asDouble();
          R(1) = Value::number(op == BinaryOp::Add ? x + y : op == BinaryOp::Sub ? x - y : x * y);
          NEXT(InplaceBinary);
        }
        SYNC();
        R(1) = lang->inplaceBinary(vm, op, a, b);
        NEXT(InplaceBinary);
      }
      CASE(CallMethod) {
        // regs[base]: the receiver from GetMethod, or the hole (call the callee as is).
        cCallee = R(2);
        cDst = ip[1];
        {
          Value self = regs[ip[3]];
          if (self.isHole()) {
            cThis = Value::undefined();
            cArgv = regs + ip[3] + 1;
            cArgc = ip[4];
          } else if (isClosure(cCallee) && asClosure(cCallee)->fn->ir->callConvention == ir::CallConvention::BoundByLanguage) {
            cThis = Value::undefined();
            cArgv = regs + ip[3];
            cArgc = ip[4] + 1;
          } else {
            cThis = self;
            cArgv = regs + ip[3] + 1;
            cArgc = ip[4];
          }
        }
        goto L_callInline;
      }
      CASE(Call) {
        cCallee = R(2);
        cThis = regs[ip[3]];
        cArgv = regs + ip[3] + 1;
        cArgc = ip[4];
        cDst = ip[1];
      L_callInline:
        // The common case inline: a plain script function.
        if (isClosure(cCallee)) [[likely]] {
          Closure* c = asClosure(cCallee);
          FunctionProto* cfn = c->fn;
          const ir::Function& cir = *cfn->ir;
          // (Python keyword-only parameters count in numParams: their calls need bindArguments)
          if (!(cir.isGenerator | cir.isAsync | cir.isClassConstructor | cir.hasRest | cir.hasKwArgs | (cir.numKwOnly != 0)) &&
              (cArgc == cir.numParams || cir.callConvention != ir::CallConvention::BoundByLanguage)) [[likely]] {
            // pushFrameInline, specialised: limits precomputed at entry, args in our registers.
            SYNC();
            Value* nregs = f->top;
            const size_t depth = vm.frames.size();
            // depthLimit is the limit at entry; the limit may have been raised since
            // (Python's sys.setrecursionlimit), so the slow path checks the current one
            if (depth >= depthLimit || nregs + cir.numRegs > stackEnd) [[unlikely]]
              if (nregs + cir.numRegs > stackEnd ||
                  depth >= std::min(vm.options.maxCallDepth, vm.frameCapacity - kFrameHeadroom) +
                               (vm.inStackOverflow ? kFrameHeadroom / 2 : 0))
                throwStackOverflow(vm, cfn->language);
            Frame* nf = &vm.frameStore[depth];
            nf->callee = c;
            nf->fn = cfn;
            nf->regs = nregs;
            nf->top = nregs + cir.numRegs;
            nf->savedTop = nregs;
            nf->args = cArgv;
            nf->argc = cArgc;
            nf->pc = 0;
            nf->retReg = cDst;
            nf->envDepth = 0;
            nf->thisValue = cThis;
            nf->newTarget = Value::undefined();
            nf->env = c->env;
            nf->gen = nullptr;
            nf->flags = 0;
            const uint32_t np = cir.numParams, nr = cir.numRegs, n = cArgc < np ? cArgc : np;
            uint32_t i = 0;
            for (; i < n; i++) nregs[i] = cArgv[i];
            for (; i < nr; i++) nregs[i] = Value::undefined();
            vm.stackTop = nf->top;
            vm.frames.push_back(nf);
            cfn->hotCount++;
            f = nf;
            fn = cfn;
            code = cfn->code();
            ip = code;
            regs = nregs;
            K = cfn->constants.data();
            ics = cfn->caches.data();
            lang = cfn->language;
            DISPATCH();
          }
        } else if (cArgv == regs + ip[3] + 1) {
          // A class call that only allocates and runs an initializer: run the initializer as
          // an inline frame, the new instance in the (free) this slot as its first argument.
          SYNC();
          Value init;
          Value inst = lang->prepareInit(vm, cCallee, &init);
          if (!inst.isHole()) {
            regs[ip[3]] = inst;
            cCallee = init;
            cThis = inst;
            cArgv = regs + ip[3];
            cArgc++;
            cFrameFlags = Frame::kInit;
          }
        }
        cConstruct = false;
        cNewTarget = Value::undefined();
        goto L_invoke;
      }
      CASE(CallSpread) {
        SYNC();
        cArgv = pushSpreadArguments(vm, R(4), "CallSpread", lang, &cArgc);
        cCallee = R(2);
        cThis = R(3);
        cDst = ip[1];
        cConstruct = false;
        cNewTarget = Value::undefined();
        goto L_invoke;
      }
      CASE(New) {
        cCallee = R(2);
        cThis = Value::undefined();
        cArgv = regs + ip[3] + 1;
        cArgc = ip[4];
        cDst = ip[1];
        cConstruct = true;
        cNewTarget = cCallee;
        goto L_invoke;
      }
      CASE(NewSpread) {
        SYNC();
        cArgv = pushSpreadArguments(vm, R(3), "NewSpread", lang, &cArgc);
        cCallee = R(2);
        cThis = Value::undefined();
        cDst = ip[1];
        cConstruct = true;
        cNewTarget = cCallee;
        goto L_invoke;
      }
      CASE(Eval) {
        SYNC();
        if (lang->isEvalIntrinsic(vm, R(2))) {
          uint32_t base = ip[3], argc = ip[4];
          Value src = argc ? regs[base + 1] : Value::undefined();
          R(1) = lang->directEval(vm, src, f->env, f->thisValue, fn->ir->strict, fn);
          NEXT(Eval);
        }
        cCallee = R(2);
        cThis = regs[ip[3]];
        cArgv = regs + ip[3] + 1;
        cArgc = ip[4];
        cDst = ip[1];
        cConstruct = false;
        cNewTarget = Value::undefined();
        goto L_invoke;
      }
    L_invoke: {
        // Generic call/construct of cCallee with (cThis, cArgv[0..cArgc)) into register cDst.
        const uint8_t extraFlags = cFrameFlags;  // taken before anything can throw
        cFrameFlags = 0;
        SYNC();
        if (isClosure(cCallee)) {
          Closure* c = asClosure(cCallee);
          FunctionProto* cfn = c->fn;
          const ir::Function& cir = *cfn->ir;
          Value thisV = cThis;
          if (cConstruct) {
            if (!isConstructorClosure(c)) lang->throwNotCallable(vm, cCallee, describeRegister(*fn->ir, f->pc, ip[2], f->env), true);
            thisV = cir.isDerivedConstructor ? Value::uninitialized() : cfn->language->createThis(vm, c, cNewTarget);
          } else if (cir.isClassConstructor) {
            vm.throwError(ErrorKind::TypeError,
                          "Class constructor " + cir.name + " cannot be invoked without 'new'", lang);
          } else if (cir.isGenerator || cir.isAsync) {
            // keyword arguments (Python) are bound by the language into the suspended frame
            const ir::ConstantList* kw = cKwNames;
            cKwNames = nullptr;
            Value g = kw ? cfn->language->callWithKeywords(vm, cCallee, cArgv, cArgc, kw)
                         : startGenerator(vm, c, cThis, Value::undefined(), cArgv, cArgc);
            vm.stackTop = f->top;
            regs[cDst] = g;
            RESUME_AFTER_CALL();
          }
          Value* callerTop = f->top;
          const uint8_t frameFlags = uint8_t((cConstruct ? Frame::kConstruct : 0) | extraFlags);
          Frame* nf = pushFrameInline(vm, c, cfn, c->env, thisV, cNewTarget, cArgv, cArgc, cDst, frameFlags);
          nf->savedTop = callerTop;
          f = nf;
          LOAD_FRAME();
          if (cir.callConvention == ir::CallConvention::BoundByLanguage) {
            // The language binds defaults, *args, **kwargs, keywords into the new frame's parameters.
            const ir::ConstantList* kw = cKwNames;
            cKwNames = nullptr;
            cfn->language->bindArguments(vm, c, cArgv, cArgc, kw, f->regs);
          } else if (cir.hasRest) fillRestParameter(vm, f);
          if (cConstruct && !cir.isDerivedConstructor && !c->fieldInit.isUndefined())
            vm.call(c->fieldInit, f->thisValue, nullptr, 0);
          DISPATCH();
        }
        Value result;
        if (cKwNames) {
          // Keyword call of a native / class / bound method: the language binds (pylib).
          const ir::ConstantList* kw = cKwNames;
          cKwNames = nullptr;
          result = lang->callWithKeywords(vm, cCallee, cArgv, cArgc, kw);
        } else if (isNativeFunction(cCallee)) {
          NativeFunction* nfn = asNativeFunction(cCallee);
          if (cConstruct && !nfn->isConstructor)
            lang->throwNotCallable(vm, cCallee, describeRegister(*fn->ir, f->pc, ip[2], f->env), true);
          CallArgs ca{cConstruct ? Value::undefined() : cThis, cNewTarget, cArgv, cArgc, nfn};
          vm.counters.calls++;
          const size_t allocMark = vm.heap.allocationMark();
          vm.directNative = nfn;
          vm.directNativeRunMark = runAllocMark;
          result = nfn->fn(vm, ca);
          vm.directNative = nullptr;
          vm.heap.truncateAllocations(allocMark);  // the result goes straight into a register
        } else {
          if (!isObject(cCallee)) lang->throwNotCallable(vm, cCallee, describeRegister(*fn->ir, f->pc, ip[2], f->env), cConstruct);
          result = cConstruct ? lang->constructOther(vm, cCallee, cArgv, cArgc, cNewTarget)
                              : lang->callOther(vm, cCallee, cThis, cArgv, cArgc);
        }
        vm.stackTop = f->top;
        regs[cDst] = result;
        RESUME_AFTER_CALL();
      }
      CASE(SuperCall) {
        SYNC();
        Closure* self = f->callee;
        if (!self) vm.throwError(ErrorKind::SyntaxError, "'super' keyword unexpected here", lang);
        if (!f->thisValue.isUninitialized())
          vm.throwError(ErrorKind::ReferenceError, "Super constructor may only be called once", lang);
        Value parent = self->proto() ? Value::cell(self->proto()) : Value::null();
        Value r = vm.construct(parent, regs + ip[2] + 1, ip[3], f->newTarget);
        if (!f->thisValue.isUninitialized())
          vm.throwError(ErrorKind::ReferenceError, "Super constructor may only be called once", lang);
        f->thisValue = r;
        if (!self->fieldInit.isUndefined()) vm.call(self->fieldInit, r, nullptr, 0);
        R(1) = r;
        NEXT(SuperCall);
      }
      CASE(SuperCallFrom) {
        SYNC();
        if (!R(4).isUninitialized() || !isClosure(R(2)))
          vm.throwError(ErrorKind::ReferenceError, "Super constructor may only be called once", lang);
        Closure* ctor = asClosure(R(2));
        uint32_t argc;
        Value* base = pushSpreadArguments(vm, R(5), "SuperCallFrom", lang, &argc);
        Value parent = ctor->proto() ? Value::cell(ctor->proto()) : Value::null();
        Value r = vm.construct(parent, base, argc, R(3));
        vm.stackTop = f->top;
        if (!ctor->fieldInit.isUndefined()) vm.call(ctor->fieldInit, r, nullptr, 0);
        R(1) = r;
        NEXT(SuperCallFrom);
      }
      CASE(SuperCallSpread) {
        SYNC();
        Closure* self = f->callee;
        if (!self) vm.throwError(ErrorKind::SyntaxError, "'super' keyword unexpected here", lang);
        if (!f->thisValue.isUninitialized())
          vm.throwError(ErrorKind::ReferenceError, "Super constructor may only be called once", lang);
        uint32_t argc;
        Value* base = pushSpreadArguments(vm, R(2), "SuperCallSpread", lang, &argc);
        Value parent = self->proto() ? Value::cell(self->proto()) : Value::null();
        Value r = vm.construct(parent, base, argc, f->newTarget);
        vm.stackTop = f->top;
        if (!f->thisValue.isUninitialized())
          vm.throwError(ErrorKind::ReferenceError, "Super constructor may only be called once", lang);
        f->thisValue = r;
        if (!self->fieldInit.isUndefined()) vm.call(self->fieldInit, r, nullptr, 0);
        R(1) = r;
        NEXT(SuperCallSpread);
      }
      CASE(Return) retVal = R(1); goto L_return;
      CASE(ReturnUndef) retVal = Value::undefined(); goto L_return;
    L_return: {
        done = f;
        if (done->gen) finishGenerator(done->gen);
        popFrameInline(vm);
        if (done->flags & Frame::kEntry) goto L_exit_return;
        f = vm.frames.back();
        LOAD_FRAME();  // ip at the caller's call instruction
        if (done->flags & Frame::kConstruct) retVal = constructResult(vm, done, retVal);
        if (done->flags & Frame::kInit) [[unlikely]] retVal = done->fn->language->finishInit(vm, done->thisValue, retVal);
        regs[done->retReg] = retVal;
        RESUME_AFTER_CALL();
      }
      CASE(AdoptThis) {
        if (f->thisValue.isUninitialized() && !R(1).isUninitialized()) f->thisValue = R(1);
        NEXT(AdoptThis);
      }
      CASE(CheckThisInitialized) {
        if (f->thisValue.isUninitialized()) {
          SYNC();
          vm.throwError(ErrorKind::ReferenceError, kThisUninitialized, lang);
        }
        NEXT(CheckThisInitialized);
      }

      // ---- exceptions ----
      CASE(Throw) {
        SYNC();
        vm.exception = R(1);
        goto L_unwind;
      }
      CASE(ThrowError) {
        SYNC();
        vm.exception = lang->makeError(vm, errorKindOperand(ip[1]), nameText(K[ip[2]]));
        goto L_unwind;
      }
      CASE(ThrowConstAssign) {
        SYNC();
        vm.exception = lang->makeError(vm, ErrorKind::TypeError, "Assignment to constant variable.");
        goto L_unwind;
      }
    L_unwind: {
        // vm.exception is the thrown value; ip is the throwing instruction of frame f.
        const uint32_t pc = uint32_t(ip - code);
        if (vm.executionHooks) [[unlikely]] vm.executionHooks->onUnwind(f, pc);  // (D30)
        for (const ir::Handler& h : fn->ir->handlers) {
          if (pc >= h.start && pc < h.end) {
            while (f->envDepth > h.envDepth) {
              f->env = f->env->parent;
              f->envDepth--;
            }
            vm.stackTop = f->top;
            regs[h.exceptionReg] = vm.exception;
            vm.exception = Value::undefined();
            ip = code + h.handler;
            DISPATCH();
          }
        }
        done = f;
        if (done->gen) finishGenerator(done->gen);
        popFrameInline(vm);
        if (done->flags & Frame::kEntry) goto L_exit_throw;
        f = vm.frames.back();
        LOAD_FRAME();  // the caller's call instruction is the throw point
        goto L_unwind;
      }

      // ---- iteration ----
      CASE(GetIterator) {
        SYNC();
        R(1) = lang->getIterator(vm, R(2), false);
        NEXT(GetIterator);
      }
      CASE(GetAsyncIterator) {
        SYNC();
        R(1) = lang->getIterator(vm, R(2), true);
        NEXT(GetAsyncIterator);
      }
      CASE(IteratorNext) {
        SYNC();
        Value out;
        if (lang->iteratorStep(vm, R(2), &out)) {
          R(1) = out;
          NEXT(IteratorNext);
        }
        ip = code + ip[3];
        DISPATCH();
      }
      CASE(IteratorClose) {
        SYNC();
        lang->iteratorClose(vm, R(1));
        NEXT(IteratorClose);
      }
      CASE(ForInStart) {
        SYNC();
        R(1) = lang->forInStart(vm, R(2));
        NEXT(ForInStart);
      }
      CASE(ForInNext) {
        SYNC();
        Value key;
        if (lang->forInNext(vm, R(2), &key)) {
          R(1) = key;
          NEXT(ForInNext);
        }
        ip = code + ip[3];
        DISPATCH();
      }

      // ---- generators and async ----
      CASE(Yield) {
        SYNC();
        GeneratorObject* g = f->gen;
        if (!g || !(f->flags & Frame::kEntry)) [[unlikely]]
          vm.throwError(ErrorKind::SyntaxError, "internal error: Yield outside a generator frame", lang);
        saveGeneratorFrame(f, g, f->pc);
        retVal = R(2);
        popFrameInline(vm);
        goto L_exit_yield;
      }
      CASE(Await) {
        SYNC();
        GeneratorObject* g = f->gen;
        if (!g || !(f->flags & Frame::kEntry)) [[unlikely]]
          vm.throwError(ErrorKind::SyntaxError, "internal error: Await outside an async frame", lang);
        lang->awaitValue(vm, g, R(2));  // schedules the resumption; may throw at the Await
        saveGeneratorFrame(f, g, f->pc);
        retVal = Value::undefined();
        popFrameInline(vm);
        goto L_exit_yield;
      }
      CASE(ResumeMode) {
        GeneratorObject* g = f->gen;
        R(1) = Value::integer(g ? int32_t(g->lastMode) : 0);
        NEXT(ResumeMode);
      }
      CASE(YieldStar) {
        SYNC();
        GeneratorObject* g = f->gen;
        if (!g || !(f->flags & Frame::kEntry)) [[unlikely]]
          vm.throwError(ErrorKind::SyntaxError, "internal error: yield* outside a generator frame", lang);
        uint8_t mode;
        Value received;
        if (g->delegate.isUndefined()) {
          Value it = lang->getIterator(vm, R(2), fn->ir->isAsync);
          g->delegate = it;
          writeBarrier(g, it);
          mode = uint8_t(ResumeMode::Next);
          received = Value::undefined();
        } else {
          mode = uint8_t(g->lastMode);
          received = R(1);
        }
        Value out;
        int step;
        try {
          step = lang->delegateYield(vm, g->delegate, mode, received, &out);
        } catch (ScriptThrow&) {
          g->delegate = Value::undefined();  // the delegation ends with the exception
          throw;
        }
        if (step == 0) {  // yield the inner value; resuming re-executes this instruction
          saveGeneratorFrame(f, g, f->pc);
          retVal = out;
          popFrameInline(vm);
          goto L_exit_yield;
        }
        g->delegate = Value::undefined();
        R(1) = out;
        if (step == 1) NEXT(YieldStar);
        // A return completion forwarded from the inner iterator.
        bool covered = false;
        for (const ir::Handler& h : fn->ir->handlers)
          if (f->pc >= h.start && f->pc < h.end) covered = true;
        if (covered) NEXT(YieldStar);  // the compiler's ResumeMode check performs the return
        retVal = out;
        goto L_return;
      }

      // ---- misc ----
      CASE(Debugger) NEXT(Debugger);

      // ---- Python (pylib; operands in shared-ir/opcodes.def) ----
      CASE(CallIntrinsic) {
        SYNC();
        R(1) = lang->callIntrinsic(vm, ip[2], regs + ip[3], ip[4]);
        NEXT(CallIntrinsic);
      }
      CASE(CallKw) {
        cCallee = R(2);
        cThis = regs[ip[3]];
        cArgv = regs + ip[3] + 1;
        cArgc = ip[4];
        cDst = ip[1];
        cConstruct = false;
        cNewTarget = Value::undefined();
        {
          const auto* list = std::get_if<std::shared_ptr<ir::ConstantList>>(&fn->ir->constants[ip[5]]);
          cKwNames = list && *list && !(*list)->items.empty() ? list->get() : nullptr;
        }
        if (cKwNames && isClosure(cCallee) && asClosure(cCallee)->fn->ir->callConvention != ir::CallConvention::BoundByLanguage) {
          SYNC();
          vm.throwError(ErrorKind::TypeError, "keyword arguments passed to a non-Python function", lang);
        }
        goto L_invoke;
      }
      CASE(CallEx) {
        SYNC();
        R(1) = lang->callUnpacked(vm, R(2), R(3), R(4));
        NEXT(CallEx);
      }
      CASE(FloorDiv) {
        Value a = R(2), b = R(3);
        if (a.isInt() && b.isInt() && b.asInt() != 0 && !(a.asInt() == INT32_MIN && b.asInt() == -1)) [[likely]] {
          int32_t x = a.asInt(), y = b.asInt(), q = x / y;
          if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
          R(1) = Value::integer(q);
          NEXT(FloorDiv);
        }
        SYNC(); R(1) = lang->binary(vm, BinaryOp::FloorDiv, R(2), R(3)); NEXT(FloorDiv);
      }
      CASE(MatMul) SYNC(); R(1) = lang->binary(vm, BinaryOp::MatMul, R(2), R(3)); NEXT(MatMul);
      CASE(Is) R(1) = Value::boolean(R(2) == R(3)); NEXT(Is);
      CASE(IsNot) R(1) = Value::boolean(R(2) != R(3)); NEXT(IsNot);
    L_trace: {
        // Tracing dispatch (setTracingDispatch): report the instruction, then run it.
        if (ExecutionHooks* h = vm.executionHooks) {
          SYNC();
          h->beforeInstruction(f, f->pc);
        }
        goto* gRealDispatch[*ip];
      }
    L_unimplemented: {
        SYNC();
        vm.throwError(ErrorKind::Error,
                      std::string("internal error: opcode ") + ir::opInfo(ir::Op(*ip)).name +
                          " is not implemented by the interpreter",
                      lang);
      }
    } catch (ScriptThrow&) {
      unwinding = true;
    } catch (gc::HeapExhausted&) {
      size_t limit = vm.heap.maxBytes();
      vm.heap.setMaxBytes(0);  // room to build the error
      try {
        Language* l = vm.frames.size() > entryIndex ? vm.frames.back()->fn->language : lang;
        vm.exception = l->makeError(vm, l->outOfMemoryKind(), l->outOfMemoryMessage());
      } catch (ScriptThrow&) {
      }
      vm.heap.setMaxBytes(limit);
      unwinding = true;
    } catch (...) {
      // A foreign C++ exception: leave the VM consistent for whoever catches it.
      while (vm.frames.size() > entryIndex) popFrameInline(vm);
      throw;
    }
    // Unwinding resumes in whatever frame is innermost now (nested entries popped their own).
    if (vm.frames.size() <= entryIndex) throw ScriptThrow{};
    if (vm.frames.back() != f) {
      f = vm.frames.back();
      LOAD_FRAME();
    }
  }

L_exit_return:
  if (yielded) *yielded = false;
  if (done->flags & Frame::kConstruct) return constructResult(vm, done, retVal);
  return retVal;
L_exit_yield:
  if (yielded) *yielded = true;
  return retVal;
L_exit_throw:
  throw ScriptThrow{};

#undef LOAD_FRAME
#undef DISPATCH
#undef NEXT
#undef SYNC
#undef CASE
#undef R
#undef NAME
#undef RESUME_AFTER_CALL
}

}  // namespace interp
}  // namespace dualvm
