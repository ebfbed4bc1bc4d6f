# sys: argv[0] basename, maxsize, recursion limit get/set, stdout.write, version_info major, platform-independent bits.
import sys
import os
print(os.path.basename(sys.argv[0]), len(sys.argv))
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize > 2 ** 31, type(sys.maxsize).__name__)
old = sys.getrecursionlimit()
print(old >= 1000)
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(2000))
sys.setrecursionlimit(old)
n = sys.stdout.write("written via sys.stdout.write\n")
print(n)
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")
print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 0), isinstance(sys.version, str))
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__, type(sys.path).__name__)
print(sys.byteorder in ("little", "big"), sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit > 0)
print(sys.getsizeof(0) > 0, callable(sys.exit), sys.stdin is not None, sys.stderr is not sys.stdout)
print(hasattr(sys, "getrefcount") or True, sys.flags.optimize, type(sys.hexversion).__name__)
