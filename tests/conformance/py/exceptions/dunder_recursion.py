# Unbounded recursion through dunders (__getattr__, __repr__, __eq__, __hash__, __getitem__, __str__)
# raises RecursionError — with the default limit and a low one — and the program goes on.
import sys

class A:
    def __getattr__(self, n): return self.foo
class B:
    def __repr__(self): return repr(self)
class C:
    def __eq__(self, o): return self == o
class D:
    def __hash__(self): return hash(self)
class E:
    def __getitem__(self, i): return self[i]
class F:
    def __str__(self): return str(self)
class G:
    def __len__(self): return len(self)

def run():
    cases = [lambda: A().x, lambda: repr(B()), lambda: C() == C(), lambda: hash(D()),
             lambda: E()[0], lambda: str(F()), lambda: len(G()), lambda: f"{F()}"]
    for i, case in enumerate(cases):
        try:
            case()
            print(i, 'no error')
        except RecursionError as e:
            print(i, type(e).__name__, str(e).startswith('maximum recursion depth exceeded'))

run()
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
run()
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)

def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth() > 500)
