# Features of the json_dumps/json_loads benchmarks (pyclassic): dumps/loads of nested dicts with
# non-ASCII text, big ints, floats and lists; records mutated through type(key)(value) with a
# seeded random.Random; globals() lookups of module constants.
import json
import random
import sys

DICT = {'age': 18, 'country': 'BR', 'flags': 412317970704, 'tags': ['a', 'b'], 'key': '\u0105\u0107\u017c',
        'nested': {'t': True, 'n': None, 'f': 0.5}}
SIMPLE = ({'key1': 0, 'key2': True}, 3)


def mutate(orig, rnd):
    new = dict(orig)
    for key, value in new.items():
        rand_val = rnd.random() * sys.maxsize
        if isinstance(key, (int, bytes, str)):
            new[key] = type(key)(rand_val)
    return new


rnd = random.Random(5)
group = [mutate(DICT, rnd) for _ in range(2)]
text = json.dumps(DICT)
print(text)
print(json.loads(text) == DICT, json.dumps(group)[:80])
print(json.loads(json.dumps(group)) == group, json.dumps(globals()['SIMPLE']))
print(json.dumps([265867233, 45526486, [1.5, -0.0, 1e20]]), json.loads('[1, 2.5e3, "x\\u00e9", {"a": []}]'))
print(json.dumps(DICT, sort_keys=True, indent=1, ensure_ascii=False)[:60])
