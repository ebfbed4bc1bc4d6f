# time: perf_counter/monotonic/time types and monotonicity only; no values are printed.
import time
a = time.perf_counter()
b = time.perf_counter()
print(type(a).__name__, b >= a)
m1 = time.monotonic()
time.sleep(0.001)
m2 = time.monotonic()
print(type(m1).__name__, m2 >= m1, m2 - m1 >= 0)
print(type(time.time()).__name__, time.time() > 1.6e9, type(time.perf_counter_ns()).__name__, time.perf_counter_ns() > 0)
print(type(time.monotonic_ns()).__name__, type(time.process_time()).__name__)
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.gmtime(86400 * 365).tm_year, time.strftime("%a %b %d", time.gmtime(1_000_000_000)))
