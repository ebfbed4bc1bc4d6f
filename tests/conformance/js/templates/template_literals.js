// Untagged templates: expression evaluation order, toString calls, multi-line and nesting.
const order = [];
const v = (x) => { order.push(x); return x; };
const s = `${v(1)}-${v(2)}-${v(3)}`;
console.log(s, order.join(""));
const items = ["apple", "pear"];
const list = `
<ul>
${items.map((i) => `  <li>${i}</li>`).join("\n")}
</ul>`;
console.log(list);
const obj = { toString() { return "toString"; }, valueOf() { return "valueOf"; } };
console.log(`${obj}`, obj + "", `${[1, 2]}`, `${{}}`);
console.log(`a${`b${`c${"d"}`}`}`, `${1}${2}` === "12", `\`backtick\``, `$notexpr {x}`);
