# cProfile and pstats over the native _lsprof: function names and call counts (never timings).
import cProfile
import pstats
import io
import _lsprof

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def helper(xs):
    return sorted(xs, reverse=True)

def main():
    total = 0
    for i in range(5):
        total += fib(i)
    data = helper([3, 1, 2])
    data.append(len(data))
    return total, data

def summary(prof):
    st = pstats.Stats(prof)
    rows = []
    for (filename, line, name), (cc, nc, tt, ct, callers) in st.stats.items():
        if filename == '~':
            rows.append((name, nc, cc))
        else:
            rows.append((name, nc, cc))
    for row in sorted(rows):
        print('  ', row)

pr = cProfile.Profile()
pr.enable()
result = main()
pr.disable()
print(result)
summary(pr)

# callers recorded for fib: main and fib itself
st = pstats.Stats(pr)
for func, (cc, nc, tt, ct, callers) in sorted(st.stats.items()):
    if func[2] == 'fib':
        print('fib callers', sorted((c[2], v[0]) for c, v in callers.items()))

# print_stats output, with timings masked
out = io.StringIO()
st = pstats.Stats(pr, stream=out)
st.sort_stats('calls', 'name').print_stats()
lines = out.getvalue().splitlines()
for line in lines:
    parts = line.split()
    if 'function calls' in line:
        print('   total', parts[0], parts[1:3])
    elif len(parts) >= 6 and parts[0][0].isdigit():
        print('   ', parts[0], parts[5].split(':')[-1] if ':' in parts[5] else ' '.join(parts[5:]))

# runcall, subcalls / builtins flags
pr2 = cProfile.Profile(builtins=False)
print(pr2.runcall(helper, [5, 4, 6]))
summary(pr2)
pr3 = cProfile.Profile(subcalls=False)
pr3.runcall(main)
print('no subcalls', all(e.calls is None for e in pr3.getstats()))
entries = pr.getstats()
e = [x for x in entries if not isinstance(x.code, str) and x.code.co_name == 'fib'][0]
print(type(e).__name__, e.callcount, e.reccallcount, type(e.totaltime).__name__, len(e) )
print(sorted(s.code.co_name for s in e.calls if not isinstance(s.code, str)))

# cProfile.run with a statement string
import sys
saved = sys.stdout
sys.stdout = io.StringIO()
cProfile.run('fib(6)', sort='ncalls')
text = sys.stdout.getvalue()
sys.stdout = saved
print('run mentions fib', 'fib' in text, 'function calls' in text)
print(sys.getprofile())
