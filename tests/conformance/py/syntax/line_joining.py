# Implicit line joining in brackets, explicit backslash continuation, comments and blank lines inside.
total = (1 +
         2 +   # comment inside parentheses
         3)
items = [
    "a",

    "b",  # trailing comma next
]
mapping = {
    "k": [1,
          2],
}
value = 1 + \
    2 + \
    3
def long_signature(a,
                   b=2,
                   *args,
                   **kwargs):
    return a + b
print(total, items, mapping, value, long_signature(1,
                                                   3))
if (total > 1 and
        value > 1):
    print("multi-line condition")
x = [i for i in range(10)
     if i % 2
     if i > 3]
print(x)
s = ("implicitly "
     "joined "
     "string")
print(s)
assert total == 6, \
    "continued assert message"
print("done"); print("semicolons"); y = 5; print(y)
if y: print("one-line if")
for i in range(2): print("one-line for", i)
while y > 4: y -= 1; print("one-line while body")
class K: pass
def f(): return "one-line def"
print(f(), K.__name__)
