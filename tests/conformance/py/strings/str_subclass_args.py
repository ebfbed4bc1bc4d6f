# Builtins that need a str accept str-subclass instances (their value, D21): attribute names, int/float/complex/ord,
# str methods' arguments, dict keys, print's sep/end, open/encode/bytes, __import__, ** keywords.
class S(str): pass
class O: x = 3
tests = [
 "getattr(O, S('x'))", "hasattr(O, S('x'))", "setattr(O, S('y'), 1) or O.y", "delattr(O, S('y'))",
 "int(S('5'))", "float(S('1.5'))", "'-'.join([S('a'), 'b'])", "S('a') in {'a': 1}", "{S('a'): 1} == {'a': 1}",
 "{'a': 1}[S('a')]", "hash(S('a')) == hash('a')", "S('a') in {'a'}", "open(S('/dev/null')).read()",
 "'abc'.startswith(S('a'))", "'a,b'.split(S(','))", "'abc'.replace(S('b'), S('x'))", "S('ab') + 'c'", "'%s' % S('q')",
 "'{}'.format(S('f'))", "S('x') * 2", "ord(S('a'))", "complex(S('1+2j'))", "str(S('z'))", "type(S('z') + 'a')",
 "'abc'.find(S('c'))", "sorted([S('b'), 'a'])", "S('b') < 'c'", "int(S('ff'), 16)", "dict(**{S('k'): 1})",
 "print(S('p'), sep=S('-'), end=S('!\\n'))", "'x'.encode(S('utf-8'))", "bytes(S('ab'), 'ascii')", "S('a').__class__.__name__",
 "isinstance(S('a'), str)", "len(S('abc'))", "list(S('ab'))", "S('abc')[1]", "'a' == S('a')", "vars(O).get(S('x'))",
 "__import__(S('math')).pi", "getattr(O(), S('x'))", "'abc'.strip(S('a'))", "'abc'.index(S('b'))", "'x' in S('xy')",
]
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__, e)
print(open(S('/dev/null')).read() == '')
