# JSON round trips of nested structures; tuples become lists; key order preserved; dump/load with files.
import json
import io
records = [{"id": i, "name": "user%d" % i, "scores": [i * 10 + k for k in range(3)], "active": i % 2 == 0, "meta": {"ratio": i / 4}} for i in range(4)]
s = json.dumps(records)
back = json.loads(s)
print(back == records, len(s))
print(json.loads(json.dumps((1, (2, 3)))), json.loads(json.dumps({"t": (1,)})))
print(list(json.loads(json.dumps({"z": 1, "a": 2, "m": 3}))))
buf = io.StringIO()
json.dump({"k": [1, 2, {"x": None}]}, buf, indent=2)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
floats = [0.1, 1 / 3, 1e-7, 123456789.0, 2 ** 0.5, 5e-324]
print(json.dumps(floats), json.loads(json.dumps(floats)) == floats)
uni = {"emoji": "😀", "accents": "àéîõü", "cjk": "漢字", "control": "\x01\t"}
enc = json.dumps(uni)
print(enc)
print(json.loads(enc) == uni, json.dumps(uni, ensure_ascii=False))
class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)
print(json.dumps([1 + 2j], cls=Encoder))
