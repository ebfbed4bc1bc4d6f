# Pickling builtin functions (by name, builtins.<name>) and bound methods (getattr(self, name)), as CPython.
import pickle, copy
class C:
    def m(self, x): return x + 1
for o in (len, max, getattr, [].append, {}.get, C().m, 'abc'.upper):
    for proto in (0, 2, 4):
        s = pickle.dumps(o, proto)
        r = pickle.loads(s)
        print(proto, callable(r), r is o if o in (len, max, getattr) else r.__name__)
print(pickle.loads(pickle.dumps(C().m))(1), pickle.loads(pickle.dumps('abc'.upper))())
print(len.__reduce__(), max.__reduce_ex__(2), len.__module__, len.__qualname__, len.__name__)
f = [1].append.__reduce__(); print(f[0] is getattr, f[1])
print(copy.copy(len) is len, copy.deepcopy([len, max]))
