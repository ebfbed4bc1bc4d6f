# _abc (native): ABCMeta on the C helpers — __abstractmethods__, register (and its cycle/type
# errors), __subclasshook__, instance/subclass caches and the negative cache's invalidation
# (through _get_dump and get_cache_token), _abc_registry_clear/_abc_caches_clear, and the
# collections.abc ABCs.
import abc, _abc
from abc import ABC, ABCMeta, abstractmethod, get_cache_token
import collections.abc as cabc
print(abc.ABCMeta.__module__, abc.get_cache_token is _abc.get_cache_token, sorted(n for n in dir(_abc) if not n.startswith('__')))

def dump(cls):
    reg, cache, neg, ver = _abc._get_dump(cls)
    names = lambda s: sorted(r().__name__ for r in s if r() is not None)
    return names(reg), names(cache), names(neg), ver == get_cache_token()

class Base(ABC):
    @abstractmethod
    def f(self): ...
    @property
    @abstractmethod
    def p(self): ...
    def g(self): return 'g'
class Mid(Base):
    def f(self): return 1
class Leaf(Mid):
    p = 3
print(sorted(Base.__abstractmethods__), sorted(Mid.__abstractmethods__), sorted(Leaf.__abstractmethods__))
for c in (Base, Mid):
    try: c()
    except TypeError as e: print(e)
print(Leaf().f(), Leaf().p, Leaf().g(), type(Base._abc_impl).__name__)

class Other: pass
t0 = get_cache_token()
print(isinstance(Other(), Base), dump(Base))
print(Base.register(Other) is Other, get_cache_token() - t0, dump(Base))
print(isinstance(Other(), Base), issubclass(Other, Base), dump(Base))
class OtherChild(Other): pass
print(issubclass(OtherChild, Base), isinstance(OtherChild(), Mid), dump(Base))
print(Base.register(Leaf) is Leaf, get_cache_token() - t0)
try: Base.register(1)
except TypeError as e: print('TypeError', e)
try: Leaf.register(Base)
except RuntimeError as e: print('RuntimeError', e)
Base.register(Base)
Base._abc_caches_clear(); print(dump(Base))
Base._abc_registry_clear(); print(dump(Base), issubclass(Other, Base))

class Sized2(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return True if hasattr(C, '__len__') else NotImplemented
        return NotImplemented
class Bad(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C): return 42
print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance('x', Sized2), dump(Sized2))
try: issubclass(int, Bad)
except AssertionError as e: print('AssertionError', e)
try: issubclass(1, Sized2)
except TypeError as e: print('TypeError', e)

print(isinstance({}, cabc.Mapping), isinstance([], cabc.Sequence), isinstance((), cabc.MutableSequence),
      isinstance(iter([]), cabc.Iterator), issubclass(dict, cabc.MutableMapping), isinstance(1, cabc.Hashable),
      isinstance([], cabc.Hashable), isinstance(len, cabc.Callable), '__abc_tpflags__' in cabc.Sequence.__dict__)
class MyMap(cabc.Mapping):
    def __getitem__(self, k): return k
    def __len__(self): return 0
    def __iter__(self): return iter(())
print(isinstance(MyMap(), cabc.Mapping), isinstance(MyMap(), cabc.Container), issubclass(MyMap, cabc.Sized), dict(MyMap()))
@cabc.Sequence.register
class S: pass
print(issubclass(S, cabc.Sequence), issubclass(S, cabc.Reversible), issubclass(S, cabc.MutableSequence))
class Meta2(ABCMeta): pass
class X(metaclass=Meta2):
    @abstractmethod
    def m(self): ...
print(type(X).__name__, sorted(X.__abstractmethods__), abc.update_abstractmethods(X) is X)
for t in ['_abc._abc_init()', '_abc._abc_register(Base)', '_abc._get_dump(int)', '_abc.get_cache_token(1)']:
    try: eval(t)
    except Exception as e: print(t, type(e).__name__, e)
