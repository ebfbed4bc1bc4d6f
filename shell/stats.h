// --stats: the VM's GC and execution counters as text or JSON, printed to stderr at exit.
#pragma once
#include <string>
#include "runtime/vm.h"
#include "shell/options.h"

namespace shell {
std::string formatStats(const dualvm::VM& vm, StatsFormat format, double wallSeconds);
}
