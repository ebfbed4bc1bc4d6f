# Features of the logging benchmark (pyclassic): logging to a StringIO through a StreamHandler
# (level filtering, %-style arguments, propagate), StringIO seek/truncate, and atexit (logging
# registers its shutdown; callbacks run last-in first-out after the program, errors reported).
import atexit
import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream=stream)
logger = logging.getLogger("bench")
logger.propagate = False
logger.addHandler(handler)
logger.setLevel(logging.WARNING)

logger.debug("silent %s", "x")
logger.info("silent too")
logger.warning("important: %s", "some information")
logger.error("error %d of %d", 1, 2)
print(repr(stream.getvalue()))
stream.seek(0)
stream.truncate()
print(repr(stream.getvalue()), logger.isEnabledFor(logging.DEBUG), logger.getEffectiveLevel())
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
for i in range(3):
    logger.warning("line %d", i)
print(stream.getvalue().splitlines())
print(logging.getLevelName(logging.WARNING), logging.getLogger("bench") is logger)


def goodbye(name, punct="!"):
    print("goodbye", name + punct)


def broken():
    raise ValueError("ignored")


n0 = atexit._ncallbacks()
print(atexit.register(goodbye, "first") is goodbye)
atexit.register(broken)
atexit.register(goodbye, "second", punct="?")
atexit.register(goodbye, "removed")
print("callbacks:", atexit._ncallbacks() - n0)
atexit.unregister(goodbye)
atexit.register(goodbye, "last")
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("end of program")
