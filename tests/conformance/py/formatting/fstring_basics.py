# f-strings: expressions, !r/!s/!a conversions, = debugging, nested quotes, braces escaping.
name, n, pi = "Ada", 42, 3.14159
items = [1, 2, 3]
print(f"{name} is {n} years; pi~{pi:.2f}; {n * 2 + 1}; {items[1]}; {len(items)}")
print(f"{name!r} {name!s} {'é'!a} {items!r}")
print(f"{n=} {pi=:.1f} {name = } {n * 2=} {items[0]=!r}")
print(f"{{literal}} {{{n}}} {'single' if n else 'q'}", f'{"double" + name}')
print(f"{'x' if n > 40 else 'y'} {[i * i for i in items]} {dict(a=1)['a']} {(lambda x: x + 1)(n)}")
d = {"key": "val"}
print(f"{d['key']} {d.get('nope', 'dflt')}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{n:{'^'}{width}}] [{pi:.{prec}}]")
print(f"{n:#x} {n:#o} {n:#b} {n:08b} {n:+d} {-n: d} {n:,} {10**9:_}")
print(f"multi" f"part {n}" "plain")
x = 5
print(f"{x!r:>5}|{'abc'!r:^9}|")
print(F"upper F {n}", rf"raw \n {n}", fr"{n}\t")
