# json.loads: types, unicode escapes, object_hook, parse_float/int, errors with positions.
import json
text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "str\\u00e9\\n\\ud83d\\ude00"}, "d": "", "e": 12345678901234567890}'
obj = json.loads(text)
print(obj)
print(type(obj["a"][1]).__name__, type(obj["e"]).__name__, obj["b"]["c"], len(obj["b"]["c"]))
print(json.loads("[]"), json.loads(" 42 "), json.loads('"x"'), json.loads("null"), json.loads("1.0"), json.loads("-0"), json.loads("1E3"))
print(json.loads('{"x": 1, "x": 2}'), json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads('{"p": {"x": 1, "y": 2}}', object_hook=lambda d: tuple(sorted(d.items()))))
print(json.loads("[1.5, 2]", parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[{"k": 1}]', object_pairs_hook=lambda pairs: ["pairs", pairs]))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "tru", '"unterminated', "[1] x", "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, "| pos", e.pos, "| line", e.lineno, "col", e.colno, "|", isinstance(e, ValueError))
