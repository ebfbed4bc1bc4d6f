# str.split() and strip() with Unicode whitespace; isspace on various separators; splitlines boundaries.
s = "a\u00a0b\u2003c\u3000d\te\u200bf\x1cg\x85h"
print(s.split(), len(s.split()))
print(repr("\u2003 padded \u3000".strip()), repr("\xa0x\xa0".strip()), repr("\u200bx\u200b".strip()))
print([hex(c) for c in range(0x2030) if chr(c).isspace()])
print("one\u2029two\x1ethree\rfour".splitlines(), "x\u2028y".split("\u2028"))
print("tab\tand space".split(" "), "a  b".split(" "), "  lead".split(), "\n\n".split("\n"))
