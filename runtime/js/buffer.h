// runtime/js/buffer.h — node's Buffer global (buffer.cpp, owner jsfix): a Uint8Array subclass.
#pragma once
#include <string>
#include "runtime/js/realm.h"

namespace dualvm::js {

void installBuffer(VM& vm);
// A new Buffer holding these bytes (fs.readFileSync without an encoding).
Value newBufferFromBytes(VM& vm, const std::string& bytes);
// v is a Uint8Array whose prototype chain has Buffer.prototype.
bool isBuffer(VM& vm, Value v);
// node's util.inspect of a Buffer: "<Buffer 68 69>" (the first 50 bytes, then "... N more bytes").
std::string inspectBuffer(VM& vm, Value v);

}  // namespace dualvm::js
