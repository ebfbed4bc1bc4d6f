# Events a sys.setprofile function sees: Python calls and returns, calls of builtins
# (c_call/c_return/c_exception), generators, exceptions leaving frames, getprofile.
import sys

events = []

def profiler(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith('c_'):
        events.append((event, name, arg.__name__))
    elif event == 'return':
        events.append((event, name, repr(arg)))
    else:
        events.append((event, name))

def show(title):
    print(title)
    for e in events:
        print('  ', e)
    events.clear()

def square(x):
    return x * x

def work(n):
    out = []
    for i in range(n):
        out.append(square(i))
    return len(out), sum(out)

sys.setprofile(profiler)
r = work(3)
sys.setprofile(None)
print(r)
show('calls')

def gen(n):
    for i in range(n):
        yield i

def use_gen():
    return list(gen(2))

sys.setprofile(profiler)
use_gen()
sys.setprofile(None)
show('generator')

def raiser():
    raise KeyError('k')

def handler():
    try:
        raiser()
    except KeyError:
        pass
    try:
        int('x')
    except ValueError:
        pass
    return 'ok'

sys.setprofile(profiler)
handler()
sys.setprofile(None)
show('exceptions')

class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

def methods():
    b = Box(5)
    d = {}
    d.setdefault('a', b.get())
    return sorted(d)

sys.setprofile(profiler)
methods()
sys.setprofile(None)
show('methods')

print(sys.getprofile())
sys.setprofile(profiler)
print(sys.getprofile() is profiler)
sys.setprofile(None)
events.clear()

# a profile function that raises is removed
def bad(frame, event, arg):
    if event == 'call':
        raise RuntimeError('profiler failed')
sys.setprofile(bad)
try:
    square(2)
except RuntimeError as e:
    print('profile error', e, sys.getprofile())
