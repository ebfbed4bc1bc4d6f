// runtime/interrupts.h — asynchronous interrupts (POSIX signals) delivered at the interpreter's
// safe points. A signal handler (async-signal-safe code) only sets g_interruptPending; the
// interpreter checks the flag at every LoopHeader (one load and a predicted branch) and the
// language library that installed g_interruptHook runs its handlers there (Python's signal
// handlers, KeyboardInterrupt on SIGINT; modules/_signal.cpp). Natives that block or that send
// themselves a signal (pause, raise_signal, os.kill) call runPendingInterrupts directly, as
// CPython's PyErr_CheckSignals. The hook may throw ScriptThrow: the exception unwinds from the
// loop that was running.
#pragma once
#include <csignal>

namespace dualvm {

class VM;

inline volatile std::sig_atomic_t g_interruptPending = 0;
inline void (*g_interruptHook)(VM&) = nullptr;

inline void runPendingInterrupts(VM& vm) {
  if (!g_interruptPending) return;
  g_interruptPending = 0;
  if (g_interruptHook) g_interruptHook(vm);
}

}  // namespace dualvm
