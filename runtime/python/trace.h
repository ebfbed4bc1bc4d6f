// runtime/python/trace.h — Python's tracing and profiling (trace.cpp, docs/decisions.md D30):
// frame objects, sys.settrace/setprofile, and the native profiler interface _lsprof uses.
#pragma once
#include "runtime/execution_hooks.h"
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

// The frame object of vm.frames[index] (a Python frame): while hooks are installed the same
// object for the frame's whole activation, as the trace function sees it.
Value frameObjectAt(PyLanguage& P, size_t index);

// Installs settrace, gettrace, setprofile, getprofile into the sys module (sys.cpp).
void installTraceFunctions(PyLanguage& P, Object* sysModule);

// A code object for fn (closure c, or null for module code); descriptor.cpp.
Value codeObjectOf(PyLanguage& P, FunctionProto* fn, Closure* c);

// A profiler implemented natively (_lsprof.Profiler): receives the profile events without
// frame objects. `owner` is the object sys.getprofile() returns.
class NativeProfiler {
 public:
  virtual ~NativeProfiler() = default;
  enum Event { Call, Return, NativeCall, NativeReturn, NativeException };
  // rec: the frame; for the native events `callee` and `self` describe the native called.
  virtual void event(Event e, ExecutionHooks::FrameRecord& rec, Value callee, Value self) = 0;
  Value owner;
};
// Installs (or with null removes) the VM's native profiler; it replaces a profile function.
void setNativeProfiler(PyLanguage& P, NativeProfiler* profiler);

}  // namespace dualvm::py
