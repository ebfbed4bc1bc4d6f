# SyntaxError and IndentationError details from compile(): message, line number and column offset.
samples = [
    "x = (1, 2",
    "def f(:\n    pass",
    "if True\n    pass",
    "x = 1 +",
    "return 5",
    "for x in range(3):\npass",
    "def f():\n    x = 1\n      y = 2",
    "  x = 1",
    "a = 1 = 2",
    "f(x for x in y, 1)",
    "print 'hello'",
    "x = 'unterminated",
    "break",
    "class C:\n    def m(self):\n        nonlocal q",
    "x += 1 = 2",
    "def f(a, a): pass",
    "lambda: (yield)",
    "del f()",
    "1 = x",
    "f(a=1, 2)",
    "x = 08",
    "def f(a=1, b): pass",
    "a, *b, *c = d",
    "try:\n    pass\n",
    "else:\n    pass",
]
for src in samples:
    try:
        compile(src, "<sample>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "| line", e.lineno, "| offset", e.offset)
