// runtime/js/proxy.h — Proxy exotic objects. A proxy of a callable target is a NativeFunction
// (so typeof / IsCallable see a function) whose data/data2 hold target/handler; any other proxy
// is an InternalObject with internal [0] target, [1] handler. Both carry ClassTag::Proxy; a
// revoked proxy has a null handler. object_ops.cpp routes every internal method of a proxy here.
// Invariant checks of the spec's proxy traps are not enforced.
#pragma once
#include "runtime/js/object_ops.h"

namespace dualvm::js {

inline bool isProxyObject(const Object* o) { return o->classTag() == uint16_t(ClassTag::Proxy); }

bool proxyGetOwnProperty(VM& vm, Object* proxy, PropertyKey key, PropertyDescriptor* out);
bool proxyDefineOwnProperty(VM& vm, Object* proxy, PropertyKey key, const PropertyDescriptor& d, bool shouldThrow);
bool proxyHas(VM& vm, Object* proxy, PropertyKey key);
Value proxyGet(VM& vm, Object* proxy, PropertyKey key, Value receiver);
bool proxySet(VM& vm, Object* proxy, PropertyKey key, Value v, Value receiver, bool shouldThrow);
bool proxyDelete(VM& vm, Object* proxy, PropertyKey key, bool shouldThrow);
void proxyOwnKeys(VM& vm, Object* proxy, RootedVector& out, bool strings, bool symbols);
// The target (for inspection without traps); undefined when revoked.
Value proxyTarget(Object* proxy);

void installProxy(VM& vm);

}  // namespace dualvm::js
