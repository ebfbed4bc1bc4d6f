// runtime/python/complex.h — Python's complex type (owner: pynum; complex.cpp). A complex is a
// PyComplex cell (two doubles) whose proto is `complex` or a user subclass of it. The type is a
// non-builtin PyType (as the native classes of docs/decisions.md D15), so the generic operator,
// comparison, hash, repr and truth paths reach its native dunders through callDunder with no
// complex-specific code in the language hooks.
#pragma once
#include <string>
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

enum : uint16_t { kTagComplex = 0x5110 };

class PyComplex final : public Object {
 public:
  PyComplex(Shape* s, Object* type, double re, double im) : Object(s, type, CellKind::ObjectOther), re(re), im(im) {
    setClassTag(kTagComplex);
  }
  double re, im;
};
inline bool isComplex(Value v) { return isObject(v) && asObject(v)->classTag() == kTagComplex; }
inline PyComplex* asComplex(Value v) { return static_cast<PyComplex*>(asObject(v)); }

PyType* complexType(PyLanguage& P);
// A new complex of class `type` (nullptr: complex itself).
Value newComplex(PyLanguage& P, double re, double im, PyType* type = nullptr);
// PyComplex_AsCComplex: a complex's parts, else __complex__(), else float(v) as the real part
// (TypeError as float() raises it).
void toComplexParts(PyLanguage& P, Value v, double* re, double* im);
// repr(complex(re, im)) as CPython prints it: 1j, (1+2j), (-0-1j), (nan+infj)
std::string complexRepr(double re, double im);
// (x+0j) ** (y+0j): float ** float for a negative base and a fractional exponent
Value complexPower(PyLanguage& P, double x, double y);
void installComplex(PyLanguage& P);  // the type and builtins.complex

}  // namespace dualvm::py
