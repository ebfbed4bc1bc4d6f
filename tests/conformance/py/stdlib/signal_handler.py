# signal: Python handlers run after os.kill / raise_signal to our own pid, at a loop's safe
# point for a timer signal, SIGINT raises KeyboardInterrupt by default, handler bookkeeping.
import os
import signal

print(signal.SIGUSR1, repr(signal.SIGUSR1), signal.Signals(15).name)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.getsignal(signal.SIGPIPE)))

got = []
def handler(signum, frame):
    got.append(signum)
    print("handler", signal.Signals(signum).name)

old = signal.signal(signal.SIGUSR1, handler)
print("old", repr(old), signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill", got)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", got)
signal.signal(signal.SIGUSR2, handler)
os.kill(os.getpid(), signal.SIGUSR2)
print("after SIGUSR2", got)

print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGKILL))
vs = signal.valid_signals()
print(signal.SIGINT in vs, signal.SIGKILL in vs, signal.NSIG)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)))
os.kill(os.getpid(), signal.SIGUSR1)  # ignored
print("ignored", got)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

for bad in (5, "x", None):
    try:
        signal.signal(signal.SIGUSR1, bad)
    except TypeError as e:
        print("TypeError", e)
for num in (0, 99, -1):
    try:
        signal.signal(num, signal.SIG_IGN)
    except ValueError as e:
        print("ValueError", e)
try:
    signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as e:
    print("OSError", e)

# a handler that raises: the exception comes out of the running loop
class Alarm(Exception):
    pass
def on_alarm(signum, frame):
    raise Alarm("timer fired")
signal.signal(signal.SIGALRM, on_alarm)
try:
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    n = 0
    while True:
        n += 1
except Alarm as e:
    print("loop interrupted:", e)
print(signal.getitimer(signal.ITIMER_REAL))

# SIGINT's default handler raises KeyboardInterrupt
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(3):
        pass
    print("not reached")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
print(signal.Handlers.SIG_DFL, signal.Handlers(1), sorted(signal.Sigmasks))
