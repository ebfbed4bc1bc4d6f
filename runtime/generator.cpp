// Generators and async functions: creating the suspended frame (GeneratorObject) when a
// generator/async closure is called, resuming it (VM::resume), and the default yield*
// delegation protocol. Suspension itself (Yield/Await/YieldStar) is in the interpreter loop.
//
// A generator keeps its numRegs registers in gen->regs[0..numRegs), followed by the actual
// arguments of the call (for `arguments` and rest parameters); its frame runs on them in place.
#include "runtime/interpreter.h"

namespace dualvm {

namespace interp {

Value startGenerator(VM& vm, Closure* callee, Value thisValue, Value newTarget, const Value* args,
                     uint32_t argc) {
  Rooted calleeRoot(vm, Value::cell(callee));
  Rooted thisRoot(vm, thisValue);
  Rooted ntRoot(vm, newTarget);
  const ir::Function& f = *callee->fn->ir;
  Language* lang = callee->fn->language;
  auto* gen = vm.heap.make<GeneratorObject>(vm.emptyShape(), nullptr);
  Rooted genRoot(vm, Value::cell(gen));
  gen->callee = callee;
  gen->thisValue = thisValue;
  gen->newTarget = newTarget;
  gen->env = callee->env;
  gen->pc = 0;
  gen->envDepth = 0;
  gen->state = GeneratorObject::State::SuspendedStart;
  gen->regs.assign(size_t(f.numRegs) + argc, Value::undefined());
  uint32_t n = std::min(argc, f.numParams);
  for (uint32_t i = 0; i < n; i++) gen->regs[i] = args[i];
  for (uint32_t i = 0; i < argc; i++) gen->regs[f.numRegs + i] = args[i];
  vm.heap.noteExternalGrowth(gen->regs.heapBytes());
  if (f.callConvention == ir::CallConvention::BoundByLanguage) {
    // The language binds defaults/keywords/*args/**kwargs into the saved parameter registers.
    lang->bindArguments(vm, callee, gen->regs.data() + f.numRegs, argc, nullptr, gen->regs.data());
  } else if (f.hasRest && f.numParams > 0) {
    uint32_t from = f.numParams - 1;
    Value rest = lang->makeRestArray(vm, gen->regs.data() + f.numRegs + std::min(from, argc),
                                     argc > from ? argc - from : 0);
    gen->regs[from] = rest;
  }
  return lang->startGenerator(vm, gen);
}

namespace {
bool coveredByHandler(const ir::Function& f, uint32_t pc) {
  for (const ir::Handler& h : f.handlers)
    if (pc >= h.start && pc < h.end) return true;
  return false;
}
}  // namespace

}  // namespace interp

Value VM::resume(GeneratorObject* gen, Value sent, ResumeMode mode, bool* done) {
  using State = GeneratorObject::State;
  bool ignored;
  if (!done) done = &ignored;
  *done = true;
  switch (gen->state) {
    case State::Running:
      throwError(ErrorKind::TypeError, "Generator is already running",
                 gen->callee ? gen->callee->fn->language : nullptr);
    case State::Completed:
      if (mode == ResumeMode::Throw) throwValue(sent);
      return mode == ResumeMode::Return ? sent : Value::undefined();
    case State::SuspendedStart:
      if (mode != ResumeMode::Next) {
        gen->state = State::Completed;
        gen->regs.clear();
        if (mode == ResumeMode::Throw) throwValue(sent);
        return sent;
      }
      break;
    case State::SuspendedYield: break;
  }

  const bool atSuspension = gen->state == State::SuspendedYield;
  Rooted genRoot(*this, Value::cell(gen));
  Rooted sentRoot(*this, sent);
  interp::NativeEntry entry(*this);
  const ir::Function& f = *gen->callee->fn->ir;
  Frame* fr = interp::pushGeneratorFrame(*this, gen);  // runs on gen->regs (not resized while running)
  gen->lastMode = mode;
  gen->state = State::Running;

  bool startUnwinding = false;
  if (atSuspension) {
    // Resuming at the suspending instruction.
    ir::Op op = ir::Op(f.code[fr->pc]);
    uint32_t dst = f.code[fr->pc + 1];
    if (op == ir::Op::YieldStar) {
      fr->regs[dst] = sent;  // re-executed: forwards `sent` to the delegate by lastMode
    } else if (mode == ResumeMode::Next) {
      fr->regs[dst] = sent;
      fr->pc += interp::instructionLength(op);
    } else if (mode == ResumeMode::Throw) {
      exception = sent;
      startUnwinding = true;
    } else if (interp::coveredByHandler(f, fr->pc)) {
      fr->regs[dst] = sent;  // the compiler's ResumeMode check performs the return
      fr->pc += interp::instructionLength(op);
    } else {
      gen->state = State::Completed;
      gen->regs.clear();
      gen->delegate = Value::undefined();
      return sent;  // NativeEntry pops the frame
    }
  }
  bool yielded = false;
  Value result = interp::run(*this, &yielded, startUnwinding);
  *done = !yielded;
  return result;
}

int Language::delegateYield(VM& vm, Value iterator, uint8_t mode, Value received, Value* out) {
  Rooted iter(vm, iterator);
  Rooted recv(vm, received);
  auto method = [&](const char* name) { return getProperty(vm, iter, vm.intern(name), nullptr); };
  Rooted result(vm);
  if (mode == uint8_t(ResumeMode::Next)) {
    Rooted next(vm, method("next"));
    result = vm.call(next, iter, recv.address(), 1);
  } else if (mode == uint8_t(ResumeMode::Throw)) {
    Rooted thrower(vm, method("throw"));
    if (thrower.get().isNullish()) {
      iteratorClose(vm, iter);
      vm.throwError(ErrorKind::TypeError, "The iterator does not provide a 'throw' method", this);
    }
    result = vm.call(thrower, iter, recv.address(), 1);
  } else {
    Rooted returner(vm, method("return"));
    if (returner.get().isNullish()) {
      *out = recv;
      return 2;
    }
    result = vm.call(returner, iter, recv.address(), 1);
  }
  if (!isObject(result)) {
    vm.throwError(ErrorKind::TypeError,
                  "Iterator result " + std::string(result.get().isUndefined() ? "undefined" : "value") +
                      " is not an object",
                  this);
  }
  Value doneV = getProperty(vm, result, vm.intern("done"), nullptr);
  bool isDone = doneV.isBool() ? doneV.asBool() : doneV.isInt() ? doneV.asInt() != 0 : truthy(vm, doneV);
  *out = getProperty(vm, result, vm.intern("value"), nullptr);
  if (!isDone) return 0;
  return mode == uint8_t(ResumeMode::Return) ? 2 : 1;
}

}  // namespace dualvm
