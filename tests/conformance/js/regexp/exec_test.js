// exec returns a match array with index/input/groups; test; global regexes advance lastIndex.
const re = /(\d{4})-(\d{2})/;
const m = re.exec("on 2024-03 and 2025-04");
console.log(m[0], m[1], m[2], m.index, m.input.length, m.groups, m.length);
console.log(re.exec("none"), /a/.test("cat"), /^a/.test("cat"), /t$/.test("cat"));
const g = /o/g;
const positions = [];
let r;
while ((r = g.exec("foo boo")) !== null) positions.push(r.index + ":" + g.lastIndex);
console.log(positions.join(" "), g.lastIndex);
const sticky = /foo/y;
console.log(sticky.test("foofoo"), sticky.lastIndex, sticky.test("foofoo"), sticky.lastIndex, sticky.test("foofoo"), sticky.lastIndex);
const gt = /x/g;
console.log(gt.test("xx"), gt.test("xx"), gt.test("xx"), gt.test("xx"));
console.log(/a|ab/.exec("abc")[0], /(a)|(b)/.exec("b"), /(?:x)(y)?/.exec("x"));
