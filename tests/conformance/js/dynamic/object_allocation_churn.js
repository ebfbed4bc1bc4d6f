// Many short-lived objects, arrays and strings with a few long-lived survivors (allocator/GC churn).
const survivors = [];
let checksum = 0;
for (let i = 0; i < 20000; i++) {
  const tmp = { i, sq: i * i, tag: "t" + (i % 100), list: [i, i + 1] };
  checksum = (checksum + tmp.sq + tmp.list[1] + tmp.tag.length) % 1000000007;
  if (i % 1000 === 0) survivors.push(tmp);
}
console.log(checksum, survivors.length, survivors[7].tag, survivors[19].list);
let chain = null;
for (let i = 0; i < 1000; i++) chain = { next: chain, value: i };
let len = 0, sum = 0;
for (let n = chain; n; n = n.next) { len++; sum += n.value; }
console.log(len, sum);
const map = new Map();
for (let i = 0; i < 5000; i++) { map.set("key" + i, { v: i }); if (i >= 100) map.delete("key" + (i - 100)); }
console.log(map.size, map.get("key4950").v, map.has("key4899"));
