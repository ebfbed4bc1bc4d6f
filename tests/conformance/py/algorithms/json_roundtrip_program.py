# A json-based program: build records, serialize, parse, aggregate, and pretty-print a report.
import json
inventory = []
for i in range(12):
    inventory.append({"sku": "SKU-%03d" % i, "qty": (i * 7) % 11, "price": round(1.25 * (i + 1), 2),
                      "tags": ["sale"] if i % 3 == 0 else [], "dims": {"w": i + 1, "h": (i % 4) + 1}})
blob = json.dumps({"version": 2, "items": inventory}, sort_keys=True)
print(len(blob), blob[:80])
data = json.loads(blob)
total_value = sum(it["qty"] * it["price"] for it in data["items"])
on_sale = [it["sku"] for it in data["items"] if "sale" in it["tags"]]
print(round(total_value, 2), on_sale)
by_h = {}
for it in data["items"]:
    by_h.setdefault(str(it["dims"]["h"]), []).append(it["sku"][-3:])
report = {"count": len(data["items"]), "by_height": by_h, "out_of_stock": [it["sku"] for it in data["items"] if it["qty"] == 0]}
print(json.dumps(report, indent=2))
assert json.loads(json.dumps(report)) == report
print(json.dumps(data["items"][1], separators=(",", ":"), sort_keys=True))
