// Tagged templates: strings/raw arrays, values, identity of the strings array per call site.
function tag(strings, ...values) {
  return JSON.stringify({ strings: [...strings], raw: strings.raw, values, frozen: Object.isFrozen(strings) });
}
console.log(tag`a${1}b${2 + 3}c`);
console.log(tag`\n${"x"}\u0041`);
console.log(tag``);
const sites = [];
function remember(strings) { sites.push(strings); return strings.length; }
for (let i = 0; i < 2; i++) remember`same site ${i}`;
remember`other site ${0}`;
console.log(sites[0] === sites[1], sites[0] === sites[2]);
const html = (s, ...v) => s.reduce((out, str, i) => out + str + (i < v.length ? String(v[i]).replace(/[<>&]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;" })[c]) : ""), "");
console.log(html`<p>${"<script>"} & ${"a&b"}</p>`);
console.log(tag`bad escape \unicode ok`.includes("null") ? "invalid escape cooks to undefined" : "?");
const member = { fn(s, ...v) { return this === member ? `this ok ${v}` : "no this"; } };
console.log(member.fn`x${1}`);
