# Native _thread for a one-thread VM: locks, RLock's Condition protocol, _local; reprlib (which imports _thread) on top.
import _thread
l = _thread.allocate_lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0))
l.release()
print(l.locked())
with l:
    print("in", l.locked())
try: l.release()
except RuntimeError as e: print(e)
r = _thread.RLock()
r.acquire(); r.acquire()
print(r._is_owned())
st = r._release_save()
print(r._is_owned(), st[0])
r._acquire_restore(st)
r.release(); r.release()
try: r.release()
except RuntimeError as e: print(e)
print(type(_thread.get_ident()).__name__, _thread.TIMEOUT_MAX > 1e6, _thread.error is RuntimeError)
loc = _thread._local()
loc.x = 5
print(loc.x)
import reprlib
print(reprlib.repr(list(range(100))))
