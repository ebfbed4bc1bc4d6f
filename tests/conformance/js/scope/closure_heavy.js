// Many closures over many environments survive while their creators are gone (GC stress friendly).
function makeHandlers(n) {
  const handlers = [];
  for (let i = 0; i < n; i++) {
    const state = { id: i, hits: 0, tag: "h" + i };
    handlers.push(() => { state.hits++; return state.tag + ":" + state.hits; });
  }
  return handlers;
}
const hs = makeHandlers(2000);
let last = "";
for (let round = 0; round < 3; round++) for (const h of hs) last = h();
console.log(hs.length, last, hs[42](), hs[1999]());
const chain = [];
let f = (x) => x;
for (let i = 0; i < 200; i++) { const g = f; f = (x) => g(x) + 1; chain.push(f); }
console.log(f(0), chain[99](1000));
