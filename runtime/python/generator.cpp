// runtime/python/generator.cpp — generators and coroutines on the Python side (owner: pyclass):
// the generator/coroutine/async-generator types and their methods, `await` (PyLanguage's
// awaitValue hook), and async generators' asend/athrow awaitables.
#include "runtime/python/py_class.h"

namespace dualvm::py {

void installGenerators(PyLanguage& P) { (void)P; }

}  // namespace dualvm::py
