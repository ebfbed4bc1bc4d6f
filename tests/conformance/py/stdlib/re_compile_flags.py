# re.compile and flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII; lookahead/lookbehind; backreferences.
import re
p = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
cfg = "name: dualvm\nlang: py js\n bad line\nmode:"
print(p.findall(cfg), p.pattern, p.groups, bool(p.flags & re.MULTILINE))
print(re.findall(r"^a", "ab\nac"), re.findall(r"^a", "ab\nac", re.M), re.findall(r"b$", "ab\ncb", re.M))
print(re.search(r"a.c", "a\nc"), re.search(r"a.c", "a\nc", re.DOTALL).group() == "a\nc")
print(re.findall(r"python", "Python PYTHON python", re.IGNORECASE), re.compile("ß", re.I).match("SS"))
verbose = re.compile(r"""
    (?P<int>\d+)      # integer part
    (?:\.(?P<frac>\d+))?  # optional fraction
""", re.VERBOSE)
print([m.groupdict() for m in verbose.finditer("3.14 and 42")])
print(re.findall(r"\w+(?=!)", "hey! you! there"), re.findall(r"(?<=\$)\d+", "cost $30 or $45"), re.findall(r"\b(?!un)\w+", "undo redo unzip zip"))
print(re.findall(r"(?<!-)\b\d+", "5 -6 7"), re.search(r"(\w)\1", "abccd").group(), re.findall(r"(\w+) \1", "the the cat cat dog"))
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'quoted' rest").group())
print(re.findall(r"\w+", "naïve café"), re.findall(r"\w+", "naïve café", re.ASCII))
print(re.compile(r"\d+").sub("N", "a1b22"), re.compile(r"x").split("axbxc"), re.compile(r"(?i)AB").fullmatch("ab") is not None)
print(re.search(r"(?s:a.b)|zzz", "a\nb").group() == "a\nb", re.findall(r"(?m)^\w", "a\nb"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, e.pos)
print(re.findall(r"[A-Z][a-z]+|\d+", "HelloWorld42Foo7"), re.sub(r"(?<=[a-z])(?=[A-Z])", "_", "camelCaseName").lower())
