# pdb driven by a scripted stdin (break, continue, print, next, step, where, quit), and the
# trace module's line counts: both run on sys.settrace.
import bdb
import io
import os
import re
import pdb
import sys
import trace

BASE = sys._getframe().f_lineno

def compute(n):
    x = n * 2
    y = x + 1
    for i in range(2):
        y += i
    z = helper(y)
    return z

def helper(v):
    w = v - 1
    return w

def clean(text):
    # file names and line numbers relative to BASE, so the output does not depend on the path;
    # frames of bdb itself (bt) are left out
    here = os.path.abspath(__file__)
    text = text.replace(here, 'FILE').replace(os.path.basename(here), 'FILE')
    text = re.sub(r'FILE\((\d+)\)', lambda m: 'FILE(+%d)' % (int(m.group(1)) - BASE), text)
    text = re.sub(r'FILE:(\d+)', lambda m: 'FILE:+%d' % (int(m.group(1)) - BASE), text)
    lines = text.splitlines()
    out = []
    skip = False
    for line in lines:
        if skip:
            skip = False
            continue
        if 'bdb.py' in line:
            skip = True
            continue
        out.append(line)
    return '\n'.join(out)

def session(commands, fn, *args):
    out = io.StringIO()
    dbg = pdb.Pdb(stdin=io.StringIO(commands), stdout=out, nosigint=True, readrc=False)
    dbg.use_rawinput = False
    try:
        result = dbg.runcall(fn, *args)
    except bdb.BdbQuit:
        result = 'quit'
    finally:
        sys.settrace(None)
    bdb.Breakpoint.clearBreakpoints()
    print(clean(out.getvalue()))
    print('result:', result)

session('n\np x\nn\np x, y\nc\n', compute, 5)
print('---')
session('b helper\nc\np v\nbt\nc\n', compute, 1)
print('---')
session('s\ns\nn\nn\np n\nq\n', compute, 2)
print('---')
session('until\na\nr\np __return__\nc\n', compute, 3)
print('---')

tracer = trace.Trace(count=1, trace=0)
print(tracer.runfunc(compute, 4))
counts = tracer.results().counts
here = os.path.abspath(__file__)
rows = sorted((line - BASE, n) for (fname, line), n in counts.items() if os.path.abspath(fname) == here)
print(rows)
print(sys.gettrace())
