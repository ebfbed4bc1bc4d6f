// runtime/python/value_subclass.h — instances of user subclasses of int, float and str (owner:
// pyclass; docs/decisions.md D21). Subclasses of the builtin types whose values are cells with a
// proto (list, dict, tuple, set, frozenset, bytes, exceptions) use that cell with proto = the
// subclass. int, float and str values have no proto, so an instance of `class E(int)` is a PyBox
// tagged kTagValueInstance whose `a` is the base-type value (an int, a double or a String) and
// whose proto is the subclass; its shape holds the instance's __dict__ as for any instance.
#pragma once
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

enum : uint16_t { kTagValueInstance = 0x5040 };

inline bool isValueInstance(Value v) { return isObject(v) && asObject(v)->classTag() == kTagValueInstance; }
// The value the builtin paths work on: the stored int/float/str of a value instance, else v.
inline Value builtinValue(Value v) { return isValueInstance(v) ? asBox(v)->a : v; }

// The receiver a native method m (found as obj's class attribute `name`) is called with: the
// stored value when obj is a value instance and m is not one of object's natives (str.upper
// works on the str; object.__reduce_ex__ needs the instance), else obj.
Value nativeReceiver(PyLanguage& P, Value obj, Value m, String* name);
// The type whose values an instance of cls stores (int, float, str), or nullptr.
PyType* valueBaseOf(PyLanguage& P, PyType* cls);
// Adds __new__ and the dunders the generic paths dispatch to (comparisons, str's operators,
// __getnewargs__, ...) to int, float and str where they do not have them (value_subclass.cpp).
void installValueSubclasses(PyLanguage& P);

}  // namespace dualvm::py
