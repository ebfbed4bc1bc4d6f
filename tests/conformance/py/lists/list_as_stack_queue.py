# Lists used as stacks and queues, plus list-based algorithms: balanced brackets, rotate, dedupe preserving order.
stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok in "+-*":
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if tok == "+" else a - b if tok == "-" else a * b)
    else:
        stack.append(int(tok))
print("rpn", stack)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
print([balanced(s) for s in ["()[]{}", "([)]", "((", "{[()()]}", ""]])
q = [1, 2, 3]
q.append(4)
print(q.pop(0), q.pop(0), q)
def rotate(lst, k):
    k %= len(lst)
    return lst[-k:] + lst[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([1], 10))
def dedupe(xs):
    seen = set()
    return [x for x in xs if not (x in seen or seen.add(x))]
print(dedupe([3, 1, 3, 2, 1, 4]), list(dict.fromkeys("mississippi")))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [row[::-1] for row in matrix[::-1]], sum(matrix, []))
