// A nested document survives stringify -> parse unchanged; cycles are rejected.
const doc = {
  id: 12345, title: "Round \"trip\" ✓", ratio: 0.1 + 0.2, tags: ["a", "b"], nested: { deep: { deeper: [1, [2, [3]]] } },
  flags: { on: true, off: false, none: null }, unicode: "日本語 😀", empty: { arr: [], obj: {} },
};
const text = JSON.stringify(doc);
const back = JSON.parse(text);
console.log(text.length, JSON.stringify(back) === text, back.ratio === doc.ratio, back.nested.deep.deeper[1][1][0]);
console.log(JSON.stringify(back, null, 1).split("\n").length);
const cyclic = { name: "c" };
cyclic.self = cyclic;
try { JSON.stringify(cyclic); } catch (e) { console.log(e.name); }
const arr = [];
arr.push(arr);
try { JSON.stringify(arr); } catch (e) { console.log(e.name); }
const shared = { v: 1 };
console.log(JSON.stringify({ a: shared, b: shared }));
