// The first line of e.stack is "Name: message"; the frames that follow are engine-specific.
function fail() { throw new TypeError("bad thing"); }
try { fail(); } catch (e) { console.log(e.stack.split("\n")[0], typeof e.stack); }
const e = new RangeError("out of range");
console.log(e.stack.split("\n")[0]);
class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } }
console.log(new MyErr("custom").stack.split("\n")[0]);
console.log(new Error("").stack.split("\n")[0], new Error().stack.split("\n")[0]);
