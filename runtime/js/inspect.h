// runtime/js/inspect.h — node's util.inspect for console.log and friends: primitives, arrays
// (with node's column grouping of long arrays), objects, class instances, functions, classes,
// errors, boxed primitives, Map/Set, promises, getters, circular references, depth limits and
// node's line-breaking rules (breakLength 80, compact 3); and util.format's %-specifiers.
#pragma once
#include <string>
#include "runtime/js/realm.h"

namespace dualvm::js {

struct InspectOptions {
  int depth = 2;          // nesting shown before [Object] / [Array]; < 0 = unlimited
  int breakLength = 80;
  bool showHidden = false;
};

// util.inspect(v): strings quoted.
std::string inspectValue(VM& vm, Value v, const InspectOptions& opts = {});
// util.format(...args) / console.log's rendering of its arguments.
std::string formatLogArguments(VM& vm, const Value* argv, uint32_t argc);

}  // namespace dualvm::js
