# Features of the pickle/unpickle pure-Python benchmarks (pyclassic): pickle.py without the C
# accelerator (sys.modules['_pickle'] = None), every protocol, framing through BytesIO.getbuffer,
# dicts/lists/tuples/big ints/floats/bytes/datetime.date, memo sharing, and copyreg reducers.
import sys
sys.modules['_pickle'] = None
import datetime
import io
import pickle

print(pickle.Pickler.__module__, pickle.HIGHEST_PROTOCOL)
shared = [1, 2]
data = {
    'age': 18, 'flags': 412317970704, 'neg': -2 ** 70, 'ratio': 0.1, 'name': 'caf\u00e9',
    'tags': ['a', 'b'], 'pair': (shared, shared), 'none': None, 'yes': True, 'raw': b'\x00\xff',
    'birthday': datetime.date(1980, 5, 7), 'nested': {'x': [(), (1,), {}]},
}
for proto in range(3, pickle.HIGHEST_PROTOCOL + 1):  # 0 and 1: see docs/python_classic_benchmarks.md
    blob = pickle.dumps(data, proto)
    back = pickle.loads(blob)
    print(proto, len(blob), back == data, back['pair'][0] is back['pair'][1], blob[:2])
print(pickle.dumps([list(range(5)), (1.5, 'x')], 4).hex())
big = [[list(range(10)), list(range(10))] for _ in range(10)]
print(pickle.loads(pickle.dumps(big, 5)) == big, len(pickle.dumps(dict.fromkeys(range(50)), 5)))
buf = io.BytesIO(b"abc")
view = buf.getbuffer()
print(bytes(view), len(view), type(view).__name__)
out = io.BytesIO()
out.write(memoryview(b"xyz"))
print(out.getvalue())


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


p = pickle.loads(pickle.dumps(Point(1, [2]), 2))
print(type(p).__name__, p.x, p.y, p == Point(1, [2]))
try:
    pickle.loads(b"\x80\x05garbage")
except Exception as e:
    print(type(e).__name__)
