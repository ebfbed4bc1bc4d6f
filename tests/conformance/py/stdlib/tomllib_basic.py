# tomllib (3.11's pure-Python TOML parser): tables, arrays, inline tables, strings, numbers,
# dates, and TOMLDecodeError. (It needs typing.re's `re.__name__ = 'typing.re'` to rename the
# class, not rebind sys.modules['re'].)
import sys
import tomllib
import typing

print(sys.modules['re'].__name__, typing.re.__name__)

doc = '''
title = "TOML Example"
count = 42
ratio = 0.5
hexa = 0xff
big = 1_000_000
flag = true
neg_inf = -inf
literal = 'C:\\path'
multi = """
line one
line two"""

[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
day = 1979-05-27
at = 07:32:00

[database]
ports = [ 8000, 8001, 8002 ]
data = [ ["gamma", "delta"], [1, 2] ]
inline = { x = 1, y = "two" }

[[products]]
name = "Hammer"
sku = 738594937

[[products]]
name = "Nail"
color = "gray"

[a.b.c]
d = "nested"
'''
data = tomllib.loads(doc)
for key in data:
    print(key, repr(data[key]))
print(tomllib.loads("x = 1.5e3\ny = nan")["x"])
print(tomllib.loads("v = 3", parse_float=str))

for bad in ("x = ", "a = 1\na = 2", "[t]\n[t]", "k = [1,", "s = \"unterminated"):
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError:", e)
