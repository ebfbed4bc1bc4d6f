// Everyday regexes: tokenizing, parsing a query string, validating, templating.
const tokens = [];
const lexer = /\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(.))/gy;
let m;
const src = "x1 = 3.14 * (rate + 2)";
while (lexer.lastIndex < src.length && (m = lexer.exec(src))) tokens.push(m[1] ? `num:${m[1]}` : m[2] ? `id:${m[2]}` : `op:${m[3]}`);
console.log(tokens.join(" "));
const query = "name=Ada%20Lovelace&lang=en&empty=&flag";
const params = {};
for (const [, k, v] of query.matchAll(/([^&=]+)=?([^&]*)/g)) params[k] = decodeURIComponent(v);
console.log(params);
const emails = ["a@b.co", "bad@", "x.y+z@mail.example.com", "@no.com"];
console.log(emails.map((e) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)));
const template = "Hello {name}, you have {count} new {item}s";
console.log(template.replace(/\{(\w+)\}/g, (_, key) => ({ name: "Bo", count: 3, item: "message" })[key]));
const csvLine = 'a,"b,c",d,"e ""quoted"""';
console.log([...csvLine.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((x) => x[1]).filter((x, i, arr) => i < arr.length - 1 || x));
