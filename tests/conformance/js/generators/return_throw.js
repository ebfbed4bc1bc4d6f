// return() and throw() on generators, finally blocks run, try/catch inside the generator.
function* guarded() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("cleanup");
  }
}
const g = guarded();
console.log(g.next(), g.return("early"), g.next());
const unstarted = guarded();
console.log(unstarted.return("never started"));
function* catcher() {
  while (true) {
    try { yield "waiting"; } catch (e) { console.log("caught inside:", e); }
  }
}
const c = catcher();
c.next();
console.log(c.throw("oops"));
const plain = guarded();
plain.next();
try { plain.throw(new Error("propagated")); } catch (e) { console.log("outside:", e.message); }
console.log(plain.next());
function* finallyYields() { try { yield "a"; } finally { yield "from finally"; } }
const f = finallyYields();
f.next();
console.log(f.return("r"), f.next());
