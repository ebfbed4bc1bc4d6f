// padStart/padEnd and trim/trimStart/trimEnd (Unicode whitespace included).
console.log("5".padStart(3, "0"), "5".padEnd(3, "*"), "abc".padStart(2), "abc".padStart(8, "12"), "abc".padEnd(6, ""));
console.log(JSON.stringify("x".padStart(4)), "7".padStart(3, undefined), "42".padStart(5, 0));
const ws = " \t\n\u00a0\ufeffhi there\u2003\r\n ";
console.log(JSON.stringify(ws.trim()), JSON.stringify(ws.trimStart()), JSON.stringify(ws.trimEnd()));
const rows = [["apple", 1.5], ["kiwi", 12], ["watermelon", 100.25]];
for (const [name, price] of rows) console.log(name.padEnd(12, ".") + price.toFixed(2).padStart(8));
