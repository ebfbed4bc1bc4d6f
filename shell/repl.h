// The interactive prompt (no file given): line editing with libedit, one VM for the session.
#pragma once
#include "runtime/vm.h"
#include "shell/options.h"

namespace shell {
int runRepl(dualvm::VM& vm, const ShellOptions& options);
}
