# Events a sys.settrace function sees: calls, lines, returns, exceptions, generators,
# local trace functions, f_trace_lines, disabling from inside the trace function.
import sys

BASE = sys._getframe().f_lineno
events = []

def rel(frame):
    return frame.f_lineno - BASE

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name.startswith('tracer') or name == 'run':
        return None
    if event == 'return':
        events.append((event, name, rel(frame), repr(arg)))
    elif event == 'exception':
        events.append((event, name, rel(frame), arg[0].__name__, str(arg[1])))
    else:
        events.append((event, name, rel(frame)))
    return tracer

def show(title):
    print(title)
    for e in events:
        print('  ', e)
    events.clear()

def run(fn, *args):
    sys.settrace(tracer)
    try:
        return fn(*args)
    finally:
        sys.settrace(None)

def simple(a, b):
    c = a + b
    d = c * 2
    return d

print(run(simple, 1, 2))
show('simple')

def loop(n):
    total = 0
    for i in range(n):
        total += i
    while n > 0:
        n -= 1
    return total

print(run(loop, 3))
show('loop')

def inner(x):
    return x * 10

def outer(x):
    y = inner(x)
    z = inner(y)
    return y + z

print(run(outer, 2))
show('nested')

def fails(x):
    if x:
        raise ValueError('bad %d' % x)
    return 0

def catcher():
    try:
        fails(5)
    except ValueError as e:
        msg = str(e)
    return msg

print(run(catcher))
show('exception caught')

def propagate():
    fails(7)
    return 'unreached'

try:
    run(propagate)
except ValueError as e:
    print('caught', e)
show('exception propagated')

def gen(n):
    for i in range(n):
        yield i * i

def consume():
    out = []
    for v in gen(3):
        out.append(v)
    return out

print(run(consume))
show('generator')

def locals_seen(a):
    b = a + 1
    c = b * 2
    return c

snap = []
def tracer_locals(frame, event, arg):
    if frame.f_code.co_name == 'locals_seen':
        snap.append((event, sorted(frame.f_locals.items())))
        return tracer_locals
    return None
sys.settrace(tracer_locals)
locals_seen(4)
sys.settrace(None)
for s in snap:
    print('locals', s)

# f_trace_lines = False: no line events, but return still arrives
def no_lines(x):
    y = x + 1
    return y
def tracer_nolines(frame, event, arg):
    if frame.f_code.co_name == 'no_lines':
        frame.f_trace_lines = False
        events.append((event, frame.f_code.co_name))
        return tracer_nolines
    return None
sys.settrace(tracer_nolines)
no_lines(1)
sys.settrace(None)
show('f_trace_lines False')

# the trace function turns tracing off from inside
def stopper(frame, event, arg):
    if frame.f_code.co_name == 'three_lines':
        events.append((event, rel(frame)))
        if event == 'line' and len(events) == 3:
            sys.settrace(None)
        return stopper
    return None
def three_lines():
    a = 1
    b = 2
    c = 3
    return a + b + c
sys.settrace(stopper)
three_lines()
sys.settrace(None)
show('settrace(None) inside')
print('gettrace', sys.gettrace())

# an exception raised by the trace function removes it and propagates
def bad_tracer(frame, event, arg):
    if frame.f_code.co_name == 'victim':
        raise RuntimeError('tracer failed')
    return None
def victim():
    return 1
sys.settrace(bad_tracer)
try:
    victim()
except RuntimeError as e:
    print('trace error', e, sys.gettrace())
sys.settrace(None)

# f_back and frame identity across events
seen = {}
def tracer_ident(frame, event, arg):
    if frame.f_code.co_name == 'ident':
        seen.setdefault(id(frame), []).append(event)
        return tracer_ident
    return None
def ident():
    x = 1
    return x
sys.settrace(tracer_ident)
ident()
sys.settrace(None)
print('one frame object', len(seen), list(seen.values())[0])
