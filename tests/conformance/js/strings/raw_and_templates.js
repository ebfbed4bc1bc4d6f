// Template literals: interpolation, multi-line, String.raw, escapes, nested templates.
const a = 5, b = 10;
console.log(`sum: ${a + b}, product: ${a * b}`, `${"nested " + `inner ${a}`}`);
console.log(`line1
line2\ttabbed`);
console.log(String.raw`C:\new\table${a}\x`, String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3));
console.log(`\u0041\x42\u{43}`, `\${not interpolated}`, `a\
b`, `tab:\t|`.length);
const tag = (strings, ...values) => strings.raw.join("|") + " / " + strings.join("|") + " / " + values.join(",");
console.log(tag`a${1}\n${2}c`);
const obj = { toString: () => "TS", valueOf: () => "VO" };
console.log(`${obj}`, "" + obj, `${[1, [2, 3]]}`, `${null} ${undefined}`);
