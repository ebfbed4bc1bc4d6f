// The catch parameter is scoped to the catch block; optional catch binding.
var e = "outer";
try { throw "thrown"; } catch (e) { console.log("in catch:", e); }
console.log("after:", e);
try { throw new Error("x"); } catch { console.log("caught without binding"); }
try { throw { code: 7, info: { detail: "d" } }; } catch ({ code, info: { detail } }) { console.log(code, detail); }
const fns = [];
for (let i = 0; i < 2; i++) {
  try { throw i; } catch (v) { fns.push(() => v); }
}
console.log(fns.map((f) => f()));
