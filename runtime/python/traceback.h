// runtime/python/traceback.h — CPython's traceback chains (owner: pyintro).
// See traceback.cpp for how an exception's __traceback__ grows as it unwinds.
#pragma once
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

// An exception is raised here: remember the frames it is raised through (the innermost one
// excluded for a bare `raise`, which CPython does not add again).
void recordRaise(PyLanguage& P, Value exc, bool bareReraise);
// The exception is caught by the innermost Python frame (except, with): its traceback gains one
// entry per frame from this one to where it was raised, in front of what it had.
void tracebackCaught(PyLanguage& P, Value exc);
// exc.__traceback__ (None when it has none); entries for frames that have finished are added
// first (an exception caught by native code, or printed after it ended the program).
Value tracebackOf(PyLanguage& P, Value exc);
void setTraceback(PyLanguage& P, Value exc, Value tb);
// Copies __traceback__ (and what is pending) from one exception to another (exception groups).
void copyTraceback(PyLanguage& P, Value from, Value to);
// The traceback chain as CPython's printer shows it ("Traceback (most recent call last):" and
// one "  File ..." entry per tb, with repeated lines collapsed); "" when there is none.
std::string formatTracebackEntries(PyLanguage& P, Value tb);

// The traceback type (exception.cpp installs the exception side).
PyType* tracebackType(PyLanguage& P);
void installTracebackType(PyLanguage& P);

}  // namespace dualvm::py
