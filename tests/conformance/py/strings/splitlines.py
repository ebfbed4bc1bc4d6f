# str.splitlines with keepends and the various line boundaries.
text = "line1\nline2\r\nline3\rline4\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines(keepends=True))
print("x\x0by\x0cz\x1cw\u2028v\x85u".splitlines())
print("no newline".splitlines())
for i, line in enumerate("alpha\nbeta\ngamma".splitlines(), 1):
    print(i, line)
