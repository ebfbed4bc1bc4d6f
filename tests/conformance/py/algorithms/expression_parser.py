# A recursive-descent calculator: tokenizer, parser to tuples, evaluator with variables and errors.
import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(\*\*|[-+*/%()=]))")
def tokenize(s):
    pos, out = 0, []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m:
            raise SyntaxError("bad char at %d: %r" % (pos, s[pos]))
        num, name, op = m.groups()
        out.append(("num", float(num) if "." in num else int(num)) if num else ("name", name) if name else ("op", op))
        pos = m.end()
    return out
class Parser:
    def __init__(self, toks):
        self.toks, self.i = toks, 0
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)
    def take(self):
        t = self.peek()
        self.i += 1
        return t
    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = (self.take()[1], node, self.term())
        return node
    def term(self):
        node = self.power()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            node = (self.take()[1], node, self.power())
        return node
    def power(self):
        base = self.unary()
        if self.peek() == ("op", "**"):
            self.take()
            return ("**", base, self.power())
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind in ("num", "name"):
            return (kind, val)
        if (kind, val) == ("op", "("):
            node = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return node
        raise SyntaxError("unexpected %r" % (val,))
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}
def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "name":
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    return OPS[kind](evaluate(node[1], env), evaluate(node[2], env))
env = {"x": 3, "pi": 3.14159}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x ** 2", "10 / 4", "17 % 5 - x", "pi * x ** 2", "2 * (3 + ", "y + 1", "1 / 0", "4 $ 4"]:
    try:
        tree = Parser(tokenize(src)).expr()
        print(src, "=>", tree, "=", evaluate(tree, env))
    except (SyntaxError, KeyError, ZeroDivisionError) as e:
        print(src, "=>", type(e).__name__, e)
