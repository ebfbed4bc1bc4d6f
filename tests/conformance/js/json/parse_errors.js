// Invalid JSON raises SyntaxError; the message text is engine-specific, so only the type is printed.
const bad = ["{a: 1}", "[1, 2,]", "'single'", "01", "1.", ".5", "NaN", "undefined", '{"a":1}x', "", "[", '"\t"', "tru", '"\\x41"', "+1"];
for (const s of bad) {
  try {
    JSON.parse(s);
    console.log("parsed?!", JSON.stringify(s));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e instanceof SyntaxError);
  }
}
const good = ["0", "-0.0e+0", '"\\u0041\\/"', "[]", "{}", " \n\t\r 1 "];
for (const s of good) console.log(JSON.stringify(s), JSON.stringify(JSON.parse(s)));
