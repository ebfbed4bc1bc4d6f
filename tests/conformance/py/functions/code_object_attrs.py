# Code objects: the names the compiler recorded (co_varnames: parameters then the other fast
# locals), argument counts, first line, qualified name, file name (the main script's absolute
# path, as __file__); inspect.signature and inspect.getsource (through linecache) on top of them.
import inspect
import sys


def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    y = [a]
    g = len(y)
    return g


class K:
    def method(self, p, *, q=1):
        total = p + q
        return total

    class Inner:
        def deep(self):
            return 1


co = f.__code__
print(co.co_varnames, co.co_nlocals)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_name, co.co_qualname, co.co_firstlineno)
print(K.method.__code__.co_varnames, K.method.__code__.co_qualname)
print(K.Inner.deep.__code__.co_qualname, K.Inner.deep.__code__.co_nlocals)
print((lambda x, y=1: x).__code__.co_varnames)
print(co.co_filename == __file__, sys._getframe().f_code.co_filename == __file__)
print(sys._getframe().f_code.co_name)

print(inspect.signature(f))
print(inspect.signature(K.method))
print(inspect.getsource(K.method), end="")
print(inspect.getsourcelines(f)[1])
print(inspect.getfile(f) == __file__)
