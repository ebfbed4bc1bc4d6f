# Recursion close to (but below) the default limit works; mutual recursion; recursion in methods and lambdas.
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(sys.getrecursionlimit(), depth(900))
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(800), odd(801))
class Walker:
    def walk(self, n, acc=0):
        return acc if n == 0 else self.walk(n - 1, acc + n)
print(Walker().walk(800))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(len(str(fact(700))))
def sum_list(xs):
    return 0 if not xs else xs[0] + sum_list(xs[1:])
print(sum_list(list(range(500))))
