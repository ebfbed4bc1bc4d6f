// An invalid regular-expression literal is an early error: the whole script (or eval code, or
// Function body) fails to parse, even when the literal is in a function that is never called.
// The RegExp constructor reports the same errors at run time.
const sources = [
  "/(/",
  "/a)/",
  "/[b/",
  "/x{2,1}/",
  "/a**/",
  "/?/",
  "/(?<n>a)(?<n>b)/",
  "/(?<a>x)\\k<b>/",
  "/\\u{110000}/u",
  "/\\p{Nope}/u",
  "/[z-a]/",
  "/(a)|b)/g",
];
for (const src of sources) {
  try {
    eval("function neverCalled() { return " + src + "; } 'parsed'");
    console.log("parsed", src);
  } catch (e) {
    console.log(e.constructor.name, "|", e.message);
  }
}

let ran = false;
try {
  new Function("ran = true; return /(/;");
} catch (e) {
  console.log(e.name, "|", e.message, "| body ran:", ran);
}

for (const [p, f] of [["(", ""], ["a)", "g"], ["[b", "i"], ["x{2,1}", ""]]) {
  try {
    new RegExp(p, f);
  } catch (e) {
    console.log("RegExp", JSON.stringify(p), e.name, "|", e.message);
  }
}

// Valid literals (including ones that look odd) still parse.
console.log(/a{,5}/.test("a{,5}"), /]/.test("]"), /{/.test("{"), /\1(a)/.exec("a")[0], /[/]/.source);
