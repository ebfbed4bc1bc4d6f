# Recursion, mutual recursion, function attributes, __name__/__qualname__/__doc__, RecursionError.
def fact(n):
    """Return n factorial."""
    return 1 if n <= 1 else n * fact(n - 1)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(fact(20), fact(30), is_even(100), is_odd(7))
print(fact.__name__, fact.__qualname__, fact.__doc__, fact.__module__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
fact.calls = 0
fact.calls += 1
print(fact.calls, getattr(fact, "missing", "none"))
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), [fib(i) for i in range(15)])
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
