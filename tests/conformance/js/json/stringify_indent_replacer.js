// Indentation (number clamped to 10, string cut to 10 chars), replacer function and array.
const data = { name: "box", size: [1, 2], meta: { tags: [], empty: {} }, n: null };
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, null, "--"));
console.log(JSON.stringify([1, [2, [3]]], null, 20).split("\n")[2].length);
console.log(JSON.stringify({ a: 1 }, null, "abcdefghijklmnop"));
console.log(JSON.stringify(data, ["name", "meta", "tags"]));
console.log(JSON.stringify(data, (key, value) => (typeof value === "number" ? value * 10 : value)));
const seen = [];
JSON.stringify({ x: { y: 1 }, z: [2] }, function (key, value) { seen.push(`${key || "(root)"}:${Array.isArray(this) ? "array" : typeof this}`); return value; });
console.log(seen.join(" "));
console.log(JSON.stringify({ drop: "me", keep: 1 }, (k, v) => (k === "drop" ? undefined : v)));
console.log(JSON.stringify([], null, 2), JSON.stringify({}, null, 2), JSON.stringify([[]], null, 1));
