# __code__ argument counts and the co_flags bits inspect reads (CO_NESTED only for nested functions).
import inspect
def top(a, b=1, *args, c, **kw): pass
def gen(): yield 1
async def co(): pass
def outer():
    def inner(x, /, y): pass
    return inner
for f in (top, gen, co, outer, outer(), lambda: 0):
    c = f.__code__
    print(f.__name__, c.co_flags, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
          inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f))
