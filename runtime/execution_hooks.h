// runtime/execution_hooks.h — language-neutral execution events for profilers, tracers and
// debuggers (Python's sys.setprofile / sys.settrace, _lsprof, bdb; docs/decisions.md D30).
//
// A language library installs an ExecutionHooks object on a VM (setExecutionHooks). While any VM
// has hooks, the interpreter dispatches every instruction through a trampoline first (a second
// dispatch table, so the loop costs nothing when no hooks are installed; interpreter.cpp L_trace)
// which calls beforeInstruction; the exception path calls onUnwind. From those two calls this
// class derives the events, keeping one FrameRecord per active script frame:
//   call           a frame starts or resumes (generators) — its first instruction is about to run
//   return         Return/ReturnUndef (the value), Yield (the yielded value), Await (undefined),
//                  a frame left by an exception (the hole), or a frame that vanished without
//                  either (a yield* suspension, a foreign C++ exception: undefined)
//   exception      an exception is raised in a frame or propagates into it (once per exception
//                  object and frame: a re-raise of the same object is not reported again)
//   line           (lineEvents) the instruction starts a new source line of its frame, or a jump
//                  went backwards (a loop's next iteration on the same line)
//   native call / return / exception   a native function called by Call/CallMethod/CallKw/
//                  CallEx, reported when the caller resumes (return) or unwinds (exception)
// Callbacks run with the hooks muted (inCallback), so code they run is not reported. Frames
// already running when the hooks were installed get records without a call event (reported =
// false). Callbacks may uninstall the hooks (the records are dropped when they return).
#pragma once
#include <cstdint>
#include <vector>
#include "gc/heap.h"
#include "runtime/value.h"

namespace dualvm {

class VM;
struct Frame;
class FunctionProto;
class GeneratorObject;

class ExecutionHooks : public gc::RootSource {
 public:
  struct FrameRecord {
    Frame* frame = nullptr;           // == vm.frames[index] while the frame runs
    FunctionProto* fn = nullptr;      // with regs and gen: identifies the activation
    Value* regs = nullptr;
    GeneratorObject* gen = nullptr;
    uint32_t index = 0;               // position in vm.frames
    uint32_t lastPc = 0;              // last instruction seen in this frame
    uint32_t lastLine = 0;            // line of the last line event (or of the frame's start)
    bool reported = false;            // a call event was sent for this frame
    Value data;                       // the language's object for the frame (Python: frame object)
    Value pendingNative;              // a native called at nativePc that has not returned yet
    Value pendingSelf;                //   and its receiver (undefined: none)
    uint32_t nativePc = 0;
    Value lastException;              // the exception last reported in this frame
  };

  explicit ExecutionHooks(VM& vm);
  ~ExecutionHooks() override;
  ExecutionHooks(const ExecutionHooks&) = delete;

  VM& vm;
  bool lineEvents = false;            // report line events (settrace), not only calls (setprofile)
  bool inCallback = false;            // a callback is running: report nothing
  std::vector<FrameRecord> frames;    // frames[i] describes vm.frames[i], for i < frames.size()

  // ---- events, implemented by the language library (may throw ScriptThrow) ----
  virtual void onCall(FrameRecord&) = 0;
  virtual void onReturn(FrameRecord&, Value v) = 0;
  virtual void onException(FrameRecord&, Value exc) = 0;
  virtual void onLine(FrameRecord&, uint32_t line) = 0;
  // self: the receiver of a method call (CallMethod), else undefined.
  virtual void onNativeCall(FrameRecord&, Value callee, Value self) = 0;
  virtual void onNativeReturn(FrameRecord&, Value callee, Value self) = 0;
  virtual void onNativeException(FrameRecord&, Value callee, Value self) = 0;
  // The record is about to be dropped (its frame ended): detach `data` from the frame.
  virtual void onFrameGone(FrameRecord&) {}

  // ---- called by the interpreter ----
  // f (the innermost frame, pc synced) is about to execute the instruction at pc.
  void beforeInstruction(Frame* f, uint32_t pc);
  // An exception (vm.exception) is being thrown at pc in the innermost frame f.
  void onUnwind(Frame* f, uint32_t pc);

  // Records for the frames running now (called when the hooks are installed).
  void syncFrames();
  // Drops every record (uninstalled): onFrameGone for each.
  void dropAll();
  // The record of vm.frames[index], or null.
  FrameRecord* recordAt(size_t index);

  void traceRoots(gc::Tracer&) override;

 private:
  void dropTop(bool sendReturn);
  bool stillInstalled();
};

// Installs hooks on vm (or removes them, with null). The interpreter's tracing dispatch is on
// while any VM has hooks.
void setExecutionHooks(VM& vm, ExecutionHooks* hooks);

namespace interp {
// Switches the interpreter between its plain and its tracing dispatch table (interpreter.cpp).
void setTracingDispatch(bool on);
}  // namespace interp

}  // namespace dualvm
