// runtime/execution_hooks.cpp — the frame records and event derivation of ExecutionHooks
// (runtime/execution_hooks.h, docs/decisions.md D30): which instruction starts a line, which
// frame is new, which frame left, which native call is pending.
#include "runtime/execution_hooks.h"
#include "runtime/interpreter.h"

namespace dualvm {

namespace {

// Processes whose VMs have hooks installed: the tracing dispatch is on while this is non-zero.
// (The dispatch table is the loop's one static table, shared by every VM of the process; the
// trampoline checks its own VM's hooks.)
int gVMsWithHooks = 0;

// Restores the hooks' muted state after a callback.
struct Muted {
  ExecutionHooks& h;
  bool saved;
  explicit Muted(ExecutionHooks& hooks) : h(hooks), saved(hooks.inCallback) { h.inCallback = true; }
  ~Muted() { h.inCallback = saved; }
};

bool sameActivation(const ExecutionHooks::FrameRecord& r, const Frame* f) {
  return r.frame == f && r.fn == f->fn && r.regs == f->regs && r.gen == f->gen;
}

}  // namespace

ExecutionHooks::ExecutionHooks(VM& v) : vm(v) { vm.heap.addRootSource(this); }

ExecutionHooks::~ExecutionHooks() {
  if (vm.executionHooks == this) setExecutionHooks(vm, nullptr);
  vm.heap.removeRootSource(this);
}

void ExecutionHooks::traceRoots(gc::Tracer& t) {
  for (FrameRecord& r : frames) {
    t.mark(r.fn);
    t.mark(r.gen);
    traceValue(t, r.data);
    traceValue(t, r.pendingNative);
    traceValue(t, r.pendingSelf);
    traceValue(t, r.lastException);
  }
}

ExecutionHooks::FrameRecord* ExecutionHooks::recordAt(size_t index) {
  if (index >= frames.size() || index >= vm.frames.size()) return nullptr;
  FrameRecord& r = frames[index];
  return sameActivation(r, vm.frames[index]) ? &r : nullptr;
}

static ExecutionHooks::FrameRecord newRecord(Frame* f, size_t index, uint32_t pc, bool fresh) {
  ExecutionHooks::FrameRecord r;
  r.frame = f;
  r.fn = f->fn;
  r.regs = f->regs;
  r.gen = f->gen;
  r.index = uint32_t(index);
  r.lastPc = pc;
  // A new function frame counts as being on its `def` line, so the first line event is its
  // first statement's (as CPython); top-level code reports its first line. A resumed generator
  // and a frame that was running already are on their current line.
  if (fresh && pc == 0) r.lastLine = f->fn->ir->isScript ? 0 : f->fn->ir->line;
  else r.lastLine = interp::positionAt(*f->fn->ir, pc).line;
  return r;
}

void ExecutionHooks::syncFrames() {
  while (!frames.empty() && (frames.size() > vm.frames.size() || !sameActivation(frames.back(), vm.frames[frames.size() - 1])))
    dropTop(false);
  for (size_t i = frames.size(); i < vm.frames.size(); i++) frames.push_back(newRecord(vm.frames[i], i, vm.frames[i]->pc, false));
}

void ExecutionHooks::dropAll() {
  while (!frames.empty()) dropTop(false);
}

void ExecutionHooks::dropTop(bool sendReturn) {
  if (sendReturn && frames.back().reported && !inCallback) {
    Muted m(*this);
    onReturn(frames.back(), Value::undefined());
  }
  if (frames.empty()) return;  // a callback uninstalled the hooks (dropAll ran)
  {
    Muted m(*this);
    onFrameGone(frames.back());
  }
  frames.pop_back();
}

bool ExecutionHooks::stillInstalled() {
  if (vm.executionHooks == this) return true;
  dropAll();
  return false;
}

void ExecutionHooks::beforeInstruction(Frame* f, uint32_t pc) {
  if (inCallback) return;
  const size_t index = vm.frames.size() - 1;
  // Records of frames that left without an event (a yield* suspension, a foreign exception).
  while (frames.size() > index + 1 || (frames.size() == index + 1 && !sameActivation(frames.back(), f))) {
    dropTop(true);
    if (!stillInstalled()) return;
  }
  // Frames between the last record and f (entered from C++ before any of their instructions
  // ran here — rare) are new too.
  while (frames.size() <= index) {
    size_t i = frames.size();
    Frame* g = vm.frames[i];
    frames.push_back(newRecord(g, i, i == index ? pc : g->pc, true));
    frames.back().reported = true;
    {
      Muted m(*this);
      onCall(frames.back());
    }
    if (!stillInstalled()) return;
  }
  FrameRecord* r = &frames[index];
  if (!r->pendingNative.isUndefined() && pc != r->nativePc) {
    Rooted callee(vm, r->pendingNative), self(vm, r->pendingSelf);
    r->pendingNative = r->pendingSelf = Value::undefined();
    {
      Muted m(*this);
      onNativeReturn(*r, callee, self);
    }
    if (!stillInstalled()) return;
    r = &frames[index];
  }
  const uint32_t* ip = f->fn->code() + pc;
  const ir::Op op = ir::Op(*ip);
  if (lineEvents) {
    uint32_t line = interp::positionAt(*f->fn->ir, pc).line;
    if (line != 0 && (line != r->lastLine || pc < r->lastPc)) {
      r->lastLine = line;
      r->lastPc = pc;
      {
        Muted m(*this);
        onLine(*r, line);
      }
      if (!stillInstalled()) return;
      r = &frames[index];
    }
  }
  r->lastPc = pc;
  switch (op) {
    case ir::Op::Return:
    case ir::Op::ReturnUndef:
    case ir::Op::Yield:
    case ir::Op::Await: {
      Value v = op == ir::Op::ReturnUndef || op == ir::Op::Await ? Value::undefined()
                : f->regs[ip[op == ir::Op::Yield ? 2 : 1]];
      {
        Muted m(*this);
        onReturn(*r, v);
      }
      if (!stillInstalled()) return;
      dropTop(false);
      break;
    }
    case ir::Op::Call:
    case ir::Op::CallMethod:
    case ir::Op::CallKw:
    case ir::Op::CallEx: {
      Value callee = f->regs[ip[2]];
      if (isNativeFunction(callee)) {
        Value self = op == ir::Op::CallMethod ? f->regs[ip[3]] : Value::undefined();
        if (self.isHole()) self = Value::undefined();
        r->pendingNative = callee;
        r->pendingSelf = self;
        r->nativePc = pc;
        Muted m(*this);
        onNativeCall(*r, callee, self);
      }
      if (!stillInstalled()) return;
      break;
    }
    default: break;
  }
}

void ExecutionHooks::onUnwind(Frame* f, uint32_t pc) {
  if (inCallback) return;
  const size_t index = vm.frames.size() - 1;
  FrameRecord* r = recordAt(index);
  if (!r) return;  // a frame that has run no instruction under the hooks yet
  Rooted exc(vm, vm.exception);
  if (!r->pendingNative.isUndefined()) {
    Rooted callee(vm, r->pendingNative), self(vm, r->pendingSelf);
    r->pendingNative = r->pendingSelf = Value::undefined();
    {
      Muted m(*this);
      onNativeException(*r, callee, self);
    }
    vm.exception = exc;
    if (!stillInstalled()) return;
    r = &frames[index];
  }
  if (r->lastException != exc.get()) {
    r->lastException = exc;
    {
      Muted m(*this);
      onException(*r, exc);
    }
    vm.exception = exc;
    if (!stillInstalled()) return;
    r = &frames[index];
  }
  for (const ir::Handler& h : f->fn->ir->handlers)
    if (pc >= h.start && pc < h.end) return;  // caught here
  // The frame is left by the exception: a return event with no value.
  {
    Muted m(*this);
    onReturn(*r, Value::hole());
  }
  vm.exception = exc;
  if (!stillInstalled()) return;
  dropTop(false);
}

void setExecutionHooks(VM& vm, ExecutionHooks* hooks) {
  ExecutionHooks* old = vm.executionHooks;
  if (old == hooks) return;
  vm.executionHooks = hooks;
  // (records are kept while a callback runs: the event that called it holds one; they are
  // dropped or re-checked when it returns)
  if (old && !old->inCallback) old->dropAll();
  if (hooks && !hooks->inCallback) hooks->syncFrames();
  int before = gVMsWithHooks;
  gVMsWithHooks += (hooks ? 1 : 0) - (old ? 1 : 0);
  if ((before == 0) != (gVMsWithHooks == 0)) interp::setTracingDispatch(gVMsWithHooks != 0);
}

}  // namespace dualvm
