# json through the native _json: decode errors with CPython's messages and positions, scanstring,
# make_scanner's StopIteration, the escapers, the encoder's key rules, circular references,
# default hooks, allow_nan, separators.
import json
from json import decoder, scanner, encoder
print(scanner.make_scanner is not scanner.py_make_scanner, encoder.c_make_encoder is not None, decoder.scanstring is decoder.c_scanstring)
for src in ['', '[1,', '{"a" 1}', '{"a": 1,}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '{1: 2}', 'nul', '[1, 2', '"a\nb"', '01', '-', '-x', '1.', '1e', '1e+', '[]]', ' 1 x', '"\\ud83d"', '"\\ud83d\\u0041"', '"\\ud83dx"']:
    try:
        print(repr(src), "->", repr(json.loads(src)))
    except json.JSONDecodeError as e:
        print(repr(src), "JSONDecodeError:", e, e.pos, e.lineno, e.colno)
print(json.loads('"a\nb"', strict=False), json.loads('[1.5, 2, -0, -0.0, 1E5, 1e-2, 12345678901234567890]'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": [2]}', object_pairs_hook=lambda p: p), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10), json.loads('[NaN]', parse_constant=lambda c: c))
print(decoder.scanstring('"abc\\n" rest', 1), decoder.scanstring('x"', 1, False))
try: decoder.scanstring('abc', 10)
except ValueError as e: print("ValueError", e)
sc = scanner.make_scanner(json.JSONDecoder())
print(sc('  [1]', 2))
try: sc('xx', 0)
except StopIteration as e: print("StopIteration", e.value)
try: sc('[1]', 5)
except StopIteration as e: print("StopIteration", e.value)
print(encoder.encode_basestring_ascii('a"b\\c\x00\x7f\u00e9\u2603\U0001F600'), encoder.encode_basestring('a"b\\c\x00\x7f\u00e9\u2603\U0001F600\x1f'))
try: encoder.encode_basestring_ascii(1)
except TypeError as e: print("TypeError", e)
print(json.dumps([1, 2.5, "x", None, True, False, {"k": [1, {}]}, (), []]), json.dumps({3: 1, 1.5: 2, None: 3, False: 4}, sort_keys=False))
try: json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e: print("TypeError", e)
print(json.dumps({"a": 1, (1,): 2, "b": 3}, skipkeys=True), json.dumps([float("nan")]))
a = []; a.append(a)
try: json.dumps(a)
except ValueError as e: print("ValueError", e)
d = {}; d["d"] = d
try: json.dumps(d)
except ValueError as e: print("ValueError", e)
class X: pass
try: json.dumps(X())
except TypeError as e: print("TypeError", e)
try: json.dumps([X()], default=lambda o: o)
except ValueError as e: print("ValueError", e)
try: json.dumps(float("inf"), allow_nan=False)
except ValueError as e: print("ValueError", e)
print(json.dumps([1, {"a": 2}], separators=(";", "="), check_circular=False), json.dumps("é", ensure_ascii=False))
print(json.dumps(list(range(3)), indent=None), json.JSONEncoder().encode({"x": [1]}), list(json.JSONEncoder().iterencode([1, 2])))
